### Facilitator notes: Digital Post. For the digital ambassador only, one note per guide step and per practice screen.
### Say: what to say or show the group. Ask: a question for the group, or a common question with a short answer.
### Watch out: a common mistake and how to help. Danish screen words stay in Danish, in “…”.
### Not legal advice: questions about duties and rights go to Borgerservice or Den Digitale Hotline.

## Guide: what-is-digital-post

note-guide-what-is-digital-post-what =
    Say: { -digital-post } is a secure mailbox for letters from public authorities. You open it with your own { -mitid }.
    Ask: When do you get { -digital-post }? Answer: Automatically, when you turn { $digital-post-min-age }.
    Watch out: Many think it is ordinary e-mail. Explain that you can only get in with your own { -mitid }, and that nobody else may use it.

note-guide-what-is-digital-post-duty =
    Say: You have a duty to read your { -digital-post }. A letter counts as received when it has arrived, even if you have not opened it.
    Ask: What if I do not read a letter? Answer: It still counts as received. Questions about duties go to { -borgerservice }.
    Watch out: Do not give legal advice about deadlines or consequences. Refer people to { -borgerservice } or { -digital-hotline } on { $digital-hotline-phone }.

note-guide-what-is-digital-post-where =
    Say: It is the same mailbox wherever you open it: on { -borger-dk }, in the { -digital-post } app, in { -e-boks } or on { -mit-dk }.
    Ask: Where do you read your post today? Let a few people show which place they use.
    Watch out: { -e-boks } only shows public post after you have given permission. If the public post is missing there, try { -borger-dk } or the app.

note-guide-what-is-digital-post-inbox =
    Say: On { -borger-dk } the front page is “Indbakke” (inbox). You click the title of a letter to open it. Show the picture of the inbox.
    Ask: How do I find out about new post? Answer: You can get an e-mail or a text message, if you have entered your contact details.
    Watch out: Without contact details, no message about new post comes. You may help with the phone number and e-mail, but let the person log in themselves.

note-guide-what-is-digital-post-reply =
    Say: “Besvar” (reply) is only there when the authority allows replies. If not, you press “Skriv ny besked” (write new message), choose under “Vælg myndighed” (choose authority) and press “Send”.
    Ask: What do you do if there is no “Besvar” button? Answer: Write a new message to the same authority.
    Watch out: Many look for “Besvar” for a long time. Say that it is quite normal for it to be missing, and that a new message is the right way.

note-guide-what-is-digital-post-access =
    Say: You can give another person “Læseadgang” (read access) or “Læse- og skriveadgang” (read and write access) to your { -digital-post }. { -borgerservice } can help you give it.
    Ask: So I do not have to read my post myself any more? Answer: Yes, you do. You still have the duty to read your post yourself.
    Watch out: Giving access is not the same as sharing { -mitid }. Nobody may use another person's { -mitid }, not even family.

note-guide-what-is-digital-post-exemption =
    Say: If you cannot use { -digital-post }, you can apply for an exemption. You go in person to { -borgerservice } with ID. Show the picture.
    Ask: Do I have to explain why I want an exemption? Answer: No, you do not have to say which reason applies.
    Watch out: Do not promise anything about how long an exemption lasts. Say that you can always cancel it, and refer people to { -borgerservice }.

## Guide: digital-post-where

note-guide-digital-post-where-places =
    Say: There is one mailbox, but you can open it in several places: { -borger-dk }, the { -digital-post } app, { -e-boks } and { -mit-dk }.
    Ask: Which place suits you best: the phone or the computer?
    Watch out: Some think they have several mailboxes with different letters. Explain that the public post is the same everywhere.

note-guide-digital-post-where-app-and-e-boks =
    Say: The { -digital-post } app comes from the public authorities and shows only public post. { -e-boks } only shows the public post after you have given permission.
    Ask: Why do I not see the municipality's letters in { -e-boks }? Answer: Maybe you have not given permission. Read them on { -borger-dk } or in the app.
    Watch out: Let the participants open the app on their own phone themselves. Look away when they type their PIN.

note-guide-digital-post-where-private =
    Say: Private companies, such as the bank, choose themselves whether they send to { -e-boks } or to { -mit-dk }. The { -digital-post } app does not show letters from companies.
    Ask: I am waiting for a letter from the bank. Where is it? Answer: Look both in { -e-boks } and on { -mit-dk }.
    Watch out: Do not mix up public and private post. Access to another person's { -digital-post } does not cover letters from private companies.

note-guide-digital-post-where-notices =
    Say: You can get an e-mail or a text message when new post arrives, but only if you have entered your contact details.
    Ask: Why is that important? Answer: A letter counts as received when it has arrived, even if you have not read it.
    Watch out: You may help type the phone number and e-mail. Let the person log in themselves, and look away at the PIN.

note-guide-digital-post-where-borger-dk =
    Say: Show the picture: the front page is “Indbakke” (inbox). “Fuldskærm” (full screen) shows the letter on the whole screen; “Zoom ind” and “Zoom ud” make the text bigger and smaller.
    Ask: Who often finds the text on the screen too small? What can you press then?
    Watch out: Some give up because the text is too small. Let them try “Zoom ind” and “Fuldskærm” in the practice before they try at home.

note-guide-digital-post-where-at-15 =
    Say: When you turn { $digital-post-min-age }, you automatically get your own { -digital-post }. The young person and the parents get a letter about it before the birthday.
    Ask: As a parent, do I still get my child's letters? Answer: No, not from the birthday. They come in the child's own { -digital-post }.
    Watch out: The young person must use their own { -mitid }. Parents may not log in with the child's { -mitid }. Questions about access: { -borgerservice }.

## Guide: digital-post-access

note-guide-digital-post-access-read =
    Say: With “Læseadgang” (read access), the helper can read, forward, move letters to folders, mark them as read or unread, and see what has happened in the mailbox.
    Ask: Can the helper reply for me? Answer: Not with “Læseadgang”. It does not allow writing, replying, deleting for good or giving others access.
    Watch out: Some choose “Læseadgang” even though they want help to reply. First ask what the person needs help with.

note-guide-digital-post-access-read-write =
    Say: “Læse- og skriveadgang” (read and write access) gives the same as “Læseadgang”, and the helper can also write new messages and reply to letters.
    Ask: Can the authority see that it was my daughter who wrote? Answer: Yes, the authority can see who has helped.
    Watch out: Only give write access to someone you trust. The owner still has the duty to read their post themselves.

note-guide-digital-post-access-ask =
    Say: The helper logs in to their own { -digital-post }: “Menu”, “Læse- og skriveadgang”, “Anmod om adgang” (request access). Then name, CPR number, end date and “Send”.
    Ask: Why does the helper not just log in with their mother's { -mitid }? Answer: Nobody may use another person's { -mitid }, not even family.
    Watch out: The real page may look different. Look for the words, not for where they are. Look away when someone types their PIN.

note-guide-digital-post-access-approve =
    Say: The helper does not get access straight away. The owner must approve the request themselves, in their own { -digital-post }.
    Ask: What should I check before I approve? Answer: Who is asking for access, and what kind. Only approve if you know the person.
    Watch out: The owner logs in themselves with their own { -mitid }. Look away while the PIN is typed, and let the owner press the button themselves.

note-guide-digital-post-access-borgerservice =
    Say: { -borgerservice } can also give the access. If the owner cannot come themselves, the helper can bring a power of attorney from the owner. Show the picture.
    Ask: What do we do if my mother cannot approve it herself? Answer: Ask { -borgerservice }. They can give the access, maybe with a power of attorney.
    Watch out: Do not promise which papers { -borgerservice } will ask for in a particular case. Ask the participant to ask { -borgerservice } first.

note-guide-digital-post-access-limits =
    Say: The access covers the public post on { -borger-dk }, in the { -digital-post } app, in { -e-boks } and on { -mit-dk }. Not letters from companies.
    Ask: Can my son then also see my letters from the bank? Answer: No, the access does not cover letters from private companies.
    Watch out: The owner still has the duty to read their post themselves. If in doubt: { -borgerservice } or { -digital-hotline } on { $digital-hotline-phone }.

## Guide: digital-post-exemption

note-guide-digital-post-exemption-who =
    Say: Reasons can be, for example, a disability, language barriers, no computer with internet at home, no fixed address, or that { -mitid } is hard to get.
    Ask: Does my smartphone count as a computer? Answer: Yes, a smartphone or a tablet counts as a computer.
    Watch out: Do not decide yourself whether a person can get an exemption. Explain the reasons, and refer people to { -borgerservice }.

note-guide-digital-post-exemption-how =
    Say: You go in person to { -borgerservice } with ID and sign “på tro og love” (on your word of honour). It means that you promise it is true.
    Ask: Do I have to prove my reason? Answer: No, you do not have to say which reason applies.
    Watch out: Remind the participants to bring ID. If they are unsure about anything, let them ask { -borgerservice } beforehand.

note-guide-digital-post-exemption-relative =
    Say: If the person cannot come themselves, a relative can apply for them. The relative must bring a power of attorney that the person has signed.
    Ask: Can I apply for my father? Answer: Yes, with a power of attorney that he has signed. If you are unsure, ask { -borgerservice }.
    Watch out: The relative applies with the power of attorney, not with the person's { -mitid }. Nobody may use another person's { -mitid }.

note-guide-digital-post-exemption-self-service =
    Say: An exemption also covers the digital self-service that you would otherwise have to use, for example to report a move or to apply for a health card.
    Ask: How do I report a move then? Answer: { -borgerservice } can explain that. Ask them.
    Watch out: Do not promise a particular way around the self-service. Let { -borgerservice } explain what to do instead.

note-guide-digital-post-exemption-help-instead =
    Say: If you want to keep { -digital-post } and get help, you can give access to someone you trust. With “Læse- og skriveadgang” (read and write access) the person can also reply.
    Ask: Can you have both a power of attorney and an exemption? Answer: Yes. Ask { -borgerservice } what suits you best.
    Watch out: Never help by borrowing another person's { -mitid } or codes. Access, a power of attorney or an exemption are the right ways.

note-guide-digital-post-exemption-cancel =
    Say: You can always cancel an exemption. So you can start using { -digital-post } again later.
    Ask: How long does an exemption last? Answer: We do not know for sure. Ask { -borgerservice }.
    Watch out: Do not give advice on whether someone should cancel. Refer questions about exemption to { -borgerservice }.

## Practice: digital-post-read

note-practice-digital-post-read-inbox =
    Say: The front page is “Indbakke” (inbox). Some of the letters are new. Ask the participants to press the title “Din forskudsopgørelse er klar” (your preliminary income assessment is ready).
    Ask: Which letters are new here, and who are they from?
    Watch out: If someone opens a different letter, the practice explains it. Then point to the letter from Skattestyrelsen (the Danish Tax Agency). All the letters are made up.

note-practice-digital-post-read-letter =
    Say: The letter is open: subject, sender and a short text. A file comes with it. Read the text, and press “Forskudsopgørelse.pdf”.
    Ask: Who is the letter from, and what is it about?
    Watch out: On the real pages the file may look different. Teach them to look for the file's name, not a particular place on the page.

note-practice-digital-post-read-viewer =
    Say: The file is open. “Zoom ind” (zoom in) makes the text bigger, and “Fuldskærm” (full screen) shows it on the whole screen. Ask them to press “Zoom ind”.
    Ask: Is the text easy for you to read? What do you do when it is too small?
    Watch out: Some close the file with “Luk” (close) before they have read it. Let them zoom in and read first.

note-practice-digital-post-read-viewer-zoomed =
    Say: Now the text is bigger, and “Zoom ud” (zoom out) makes it smaller again. It is a practice letter with no real numbers. Close the file with “Luk”.
    Ask: What is a preliminary income assessment (forskudsopgørelse)? Answer: Skattestyrelsen's budget for next year. It comes in the middle of November.
    Watch out: Do not give tax advice based on the practice letter. Questions about a person's own case go to { -borgerservice }.

note-practice-digital-post-read-letter-read =
    Say: The file is closed, and we are back in the letter. Now both the letter and the file have been read. Press “Indbakke” in the menu.
    Ask: What could you do with the letter now? For example, keep it in a folder, forward it or leave it where it is.
    Watch out: Some want to delete a letter as soon as they have read it. Say that you may need it again.

note-practice-digital-post-read-inbox-done =
    Say: Well done. The letter from Skattestyrelsen is no longer new. This is how you open a letter and the file in it.
    Ask: How often will you look in your { -digital-post } at home?
    Watch out: Remind them of the duty to read their { -digital-post }. Questions about duties go to { -borgerservice }.

## Practice: digital-post-reply

note-practice-digital-post-reply-inbox =
    Say: There is a new letter from “Øvelse Kommune” about a meeting. Ask them to open it by its title, “Invitation til møde” (invitation to a meeting).
    Ask: How can you see whether you may reply directly to a letter? Answer: Open the letter, and see if it says “Besvar” (reply).
    Watch out: Some press “Skriv ny besked” (write new message) straight away. Ask them to open the letter first, so they can see whether they can reply directly.

note-practice-digital-post-reply-letter-meeting =
    Say: This letter has the “Besvar” (reply) button. It is only there when the authority allows replies. Ask them to press “Besvar”.
    Ask: What does the municipality ask about in the letter?
    Watch out: “Videresend” (forward) is often mistaken for replying. It sends the letter to someone else, not back to the municipality.

note-practice-digital-post-reply-reply-form =
    Say: Here you write the reply: a short heading in “Emne” (subject) and the reply itself in “Besked” (message). Then press “Send”.
    Ask: What is a good heading? Answer: Short and clear, so the authority can see what it is about.
    Watch out: Let the participant type themselves, and do not type any real personal details in the practice. A short reply like “Jeg kommer gerne.” (I am happy to come.) is enough.

note-practice-digital-post-reply-reply-sent =
    Say: The reply has been sent. Now we want to ask Udbetaling Danmark about housing benefit. First open their letter, and see whether you can reply to it.
    Ask: What does Udbetaling Danmark do? Answer: They pay out, for example, housing benefit, state pension and benefits for families with children.
    Watch out: The text “Dit svar er sendt.” (your reply has been sent) is made up. On the real page the confirmation may look different.

note-practice-digital-post-reply-letter-housing =
    Say: Look at the buttons: there is no “Besvar”. That means the authority does not allow replies, and you write a new message with “Skriv ny besked”.
    Ask: So can you not contact them at all? Answer: Yes, you can. You just write a new message to them.
    Watch out: Some think the button is hidden or broken. Explain that it is not there when replies are not allowed.

note-practice-digital-post-reply-compose =
    Say: A new message starts with choosing who gets it. Ask them to press “Vælg myndighed” (choose authority).
    Ask: Who should the message go to, and why?
    Watch out: “Annuller” (cancel) stops the new message. If someone presses it by mistake, start again with “Skriv ny besked”.

note-practice-digital-post-reply-authority-list =
    Say: Here is a list of authorities. The question is about housing benefit, so choose “Udbetaling Danmark”.
    Ask: Who would you write to with a question about tax? And about a meeting at the municipality?
    Watch out: The real list may look different from this one. Choose the authority that the letter came from.

note-practice-digital-post-reply-form =
    Say: Write a heading in “Emne” (subject) and the question in “Besked” (message). The tenancy agreement must go with it, so press “Vedhæft fil” (attach file).
    Ask: Have you tried sending a paper to an authority? How did you do it?
    Watch out: Some press “Send” too early. Attach the file first. Let the participants type themselves, and use only made-up text.

note-practice-digital-post-reply-choose-file =
    Say: Now we see the files on the computer, not { -digital-post }. Choose “Lejekontrakt.pdf” (tenancy agreement).
    Ask: Why should “Feriebillede.jpg” (holiday photo) and “Indkøbsliste.docx” (shopping list) not go with it? Answer: Only send what the authority needs.
    Watch out: On a real computer the list looks different. Help find the file, but let the person choose themselves what is sent.

note-practice-digital-post-reply-form-attached =
    Say: The file is attached and is listed under “Vedhæftede filer” (attached files). Check the subject, the message and the file, and then press “Send”.
    Ask: What do you check before you press “Send”?
    Watch out: Some press “Vedhæft fil” again. The file is already there and should not be attached a second time.

note-practice-digital-post-reply-sent =
    Say: Well done. If a letter has “Besvar”, you can reply directly. If not, you write a new message with “Skriv ny besked”.
    Ask: Who can explain the difference between “Besvar” and “Skriv ny besked” in their own words?
    Watch out: The text “Din besked er sendt.” (your message has been sent) is made up. On the real page the confirmation may look different.

## Practice: digital-post-folders

note-practice-digital-post-folders-inbox =
    Say: We are going to keep the letter from Udbetaling Danmark in a folder, so it is easy to find again. Open the letter “Din boligstøtte” (your housing benefit).
    Ask: What kinds of letters would you like to keep together in folders at home?
    Watch out: Some go straight to “Mapper” (folders). In the practice you move the letter from inside the letter itself, so open it first.

note-practice-digital-post-folders-letter-housing =
    Say: The letter is open. With “Flyt” (move) you put it in a folder. Ask them to press “Flyt”.
    Ask: What is the difference between “Flyt” and “Slet” (delete)?
    Watch out: “Flyt” and “Slet” are easy to mix up. Ask them to read the button aloud before they press it.

note-practice-digital-post-folders-choose-folder =
    Say: Choose a folder. The letter is about housing, so choose “Bolig” (housing). The folder names are made up for the practice.
    Ask: Which folder would a letter from Skattestyrelsen belong in?
    Watch out: We do not know exactly how you choose a folder on the real page. Look for the word “Flyt” and the folder's name.

note-practice-digital-post-folders-inbox-moved =
    Say: The letter is now in “Bolig” and gone from “Indbakke”. It has not been deleted. Now open “Påmindelse om møde” (reminder about a meeting).
    Ask: Where do you find the letter about housing benefit again? Answer: Under “Mapper”, in the folder “Bolig”.
    Watch out: Some get scared when the letter disappears from the inbox. Show that it has only been moved.

note-practice-digital-post-folders-letter-reminder =
    Say: The meeting is over, so the letter can be deleted. Press “Slet” (delete). Only delete letters that you are sure you will not need again.
    Ask: Which letters would you never delete? Let the group give examples.
    Watch out: The word “Slet” is not confirmed on the real pages. If in doubt, it is better to move the letter to a folder.

note-practice-digital-post-folders-inbox-deleted =
    Say: The letter has been deleted. Now we find an old letter about the preliminary income assessment. It is in a folder, so press “Mapper” (folders).
    Ask: Where would you look for a letter from last year?
    Watch out: The new letter “Din årsopgørelse er klar” (your annual tax statement is ready) is not the one we are looking for. The annual tax statement and the preliminary income assessment are not the same.

note-practice-digital-post-folders-folder-list =
    Say: Here are the folders “Bolig”, “Skat” and “Kommunen” (housing, tax, the municipality). The letter from Skattestyrelsen is in “Skat”. Open it.
    Ask: Which folder is the letter about housing benefit in now?
    Watch out: The folder names are made up. At home the folders may have other names.

note-practice-digital-post-folders-folder-tax =
    Say: In the folder “Skat” are old letters from Skattestyrelsen. Read the titles, and open “Din forskudsopgørelse er klar”.
    Ask: What is the difference? Answer: The preliminary income assessment (forskudsopgørelse) is the budget for next year. The annual tax statement (årsopgørelse) is the result for last year.
    Watch out: The titles look alike. Ask them to read the whole title and the date before they press.

note-practice-digital-post-folders-old-letter =
    Say: Here is the old letter, found in the folder “Skat”. Now we are done with our own post. Press “Indbakke” (inbox).
    Ask: What do you do with a letter you may need again? Answer: Keep it in a folder, and do not delete it.
    Watch out: The next screen is a new situation: helping another person. Say it aloud, so nobody thinks they are still in their own post.

note-practice-digital-post-folders-mother-letter =
    Say: You are helping your mother, { $practice-mother-name }, who has given you “Læseadgang” (read access). You may read, forward and move, but not delete for good, write or reply.
    Ask: Why does “Besvar” not work here? Answer: It needs “Læse- og skriveadgang” (read and write access).
    Watch out: The helper uses their own { -mitid }, never their mother's. The practice does not show how you switch to another person's mailbox.

note-practice-digital-post-folders-forwarded =
    Say: Well done. The letter has been forwarded, and you may do that with “Læseadgang”. The mother still has the duty to read her post herself.
    Ask: Which access must the mother give if she also wants help to reply? Answer: “Læse- og skriveadgang”.
    Watch out: The text “Brevet er videresendt.” (the letter has been forwarded) is made up. Questions about access go to { -borgerservice }.

## Practice: digital-post-give-access

note-practice-digital-post-give-access-inbox =
    Say: The participant is the helper, logged in to their own { -digital-post } with their own { -mitid }. The mother wants help to read and reply. Press “Menu”.
    Ask: Why does the helper start in their own mailbox? Answer: Nobody may use another person's { -mitid }, not even family.
    Watch out: A helper must never know another person's PIN or user ID. Look away when someone types their code.

note-practice-digital-post-give-access-menu =
    Say: The menu is open. Access to another person's post is under “Læse- og skriveadgang” (read and write access). Press there.
    Ask: What do you find under “Indstillinger” (settings)? Answer: Settings for your own mailbox, not access to other people's.
    Watch out: You go in under “Læse- og skriveadgang” even if you only want to ask for “Læseadgang” (read access). This can be confusing.

note-practice-digital-post-give-access-access =
    Say: “Læseadgang” is for reading the post. “Læse- og skriveadgang” is for also writing and replying. Press “Anmod om adgang” (request access).
    Ask: Which access suits someone who only wants to keep an eye on whether post has arrived?
    Watch out: The text on the page is made up for the practice. The real page may look different. Look for “Anmod om adgang”.

note-practice-digital-post-give-access-kind =
    Say: Choose which access to ask for. The mother wants help to both read and reply, so it is “Læse- og skriveadgang” (read and write access).
    Ask: What can you not do with “Læseadgang”? Answer: Write, reply, delete letters for good, or give others access.
    Watch out: Let the group answer before anyone presses. We do not know for sure where you choose the kind of access on the real page.

note-practice-digital-post-give-access-form =
    Say: Type the name, CPR number and end date. Use only the practice ones: { $practice-mother-name }, { $practice-cpr } and { $practice-end-date }. Then press “Send”.
    Ask: What is an end date? Answer: The last day that the access is valid.
    Watch out: Never type a real CPR number in the practice. One wrong digit gives an error screen. That is quite normal.

note-practice-digital-post-give-access-error =
    Say: This is an error screen. It comes when something did not match, here the CPR number. Nothing bad happens. Press “Prøv igen” (try again).
    Ask: What do you do about an error on a real page? Answer: Try again, or else call { -digital-hotline } on { $digital-hotline-phone }.
    Watch out: Praise the attempt. Check together that it says { $practice-cpr }, but let the participant correct it themselves.

note-practice-digital-post-give-access-sent =
    Say: The request has been sent. Now the mother must approve it in her own { -digital-post }. Press “Luk” (close) to see the mother's page.
    Ask: Does the helper get access straight away? Answer: No, only when the owner has approved.
    Watch out: The text after “Send” is made up. Say aloud that the practice now switches to the mother's page, so nobody gets confused.

note-practice-digital-post-give-access-mother-inbox =
    Say: Now we see the mother's page. She is logged in to her own { -digital-post } with her own { -mitid }. She opens the letter with the request.
    Ask: Who may log in with the mother's { -mitid }? Answer: Only the mother herself, not even her children.
    Watch out: When the mother logs in in real life, the helper looks away while she types her PIN. She does it herself.

note-practice-digital-post-give-access-request =
    Say: The letter shows who is asking for access, and what kind. “Sara Øvelsen” is a made-up name for the helper. The mother presses “Godkend” (approve).
    Ask: When do you press “Afvis” (reject)? Answer: If you do not know the person, or do not want to give access.
    Watch out: Only approve if you know the person. Let the owner read and press themselves, also when you sit next to them.

note-practice-digital-post-give-access-done =
    Say: Well done. Now the helper can read, write and reply to the mother's post from public authorities. The authority can see who has helped.
    Ask: Can the helper now see the mother's letters from the bank? Answer: No, the access does not cover letters from private companies.
    Watch out: The mother still has the duty to read her post herself. Questions: { -borgerservice } or { -digital-hotline } on { $digital-hotline-phone }.
