### Facilitator notes: self-service on borger.dk. For the digital ambassador only, one note per guide step and per practice screen.
### Say: what to say or show the group. Ask: a question for the group, or a common question with a short answer.
### Watch out: a common mistake and how to help. Danish screen words stay in Danish, in “…”.
### Not legal advice: questions about duties, fines and a person's own case go to Borgerservice, MitID Support or Den Digitale Hotline.

## Guide: self-service-on-borger-dk

note-guide-self-service-on-borger-dk-what =
    Say: “Selvbetjening” (self-service) means that you deal with a matter with the public authorities yourself on the internet, for example on { -borger-dk }, instead of at an office.
    Ask: Which matters have you already dealt with on the internet, and which did you take to an office?
    Watch out: Some think that you can log in for them. Say clearly that you always log in with your own { -mitid } through “Log på” (log in).

note-guide-self-service-on-borger-dk-mandatory =
    Say: Some self-services are mandatory for people who can use them: for example moving, “Sundhedskort” (health card), childcare, school enrolment, housing benefit and state pension.
    Ask: Who is soon going to move, or apply for childcare or state pension? Use the group's own examples.
    Watch out: Some get scared of doing something wrong. Say that help is available, and that the next step is about exemption.

note-guide-self-service-on-borger-dk-exemption =
    Say: If you cannot use digital services, you can apply for an exemption from { -digital-post } at { -borgerservice }. Then you are also free from mandatory self-service.
    Ask: Do you have to explain why? No, you do not have to say which reason applies. You go there in person with ID and sign on your word of honour.
    Watch out: Say nothing about who can get an exemption, or how long it lasts. Pass questions like that on to { -borgerservice }.

note-guide-self-service-on-borger-dk-hotline =
    Say: { -digital-hotline } helps with public self-service on { $digital-hotline-phone }. You can also get help at { -borgerservice }.
    Ask: Who has the number saved in their phone? Let the group save it now, while you are together.
    Watch out: Some think that they must say their codes on the phone. Codes are never shared with anyone, not even with a hotline.

note-guide-self-service-on-borger-dk-helper =
    Say: Someone else may help, but nobody may use another person's { -mitid }. The helper logs in with their own and can use a “Digital fuldmagt” (digital power of attorney).
    Ask: May my son use my { -mitid } if I say yes? No. He logs in with his own { -mitid } and chooses you inside the service.
    Watch out: This also goes for you as an ambassador: use only your own { -mitid }, and never know or keep a participant's codes or phone.

## Guide: report-a-move

note-guide-report-a-move-how =
    Say: You report a move yourself on { -borger-dk } under “Meld flytning” (report a move), and fill in “Anmeld flytning til folkeregisteret” (report the move to the population register) with the new address and the moving date.
    Ask: Who has moved in Denmark before? How did you report the move then?
    Watch out: The fields on the real page may have slightly different names than in the practice. Say that they must find the place for the new address and the date.

note-guide-report-a-move-when =
    Say: You can report a move at the earliest { $move-report-days-before } days before, and at the latest { $move-report-days-after } days after you have moved.
    Ask: What happens if you report too late? You can get a fine. Questions about a person's own case go to { -borgerservice }.
    Watch out: Many wait until they have moved in. Write the deadline on the board, and give no legal advice about fines.

note-guide-report-a-move-doctor =
    Say: In the same form comes “Lægevalg” (choice of doctor): you can keep your doctor or choose a new one. Changing is free when you move.
    Ask: When do you get the choice? When you move more than { $doctor-change-km } km; in Copenhagen, Frederiksberg, Tårnby and Dragør, more than { $doctor-change-km-capital } km.
    Watch out: Some think that they must change doctor. Say that they may keep the doctor they have.

note-guide-report-a-move-after =
    Say: When the move has been reported, a new “Sundhedskort” (health card) comes in about { $health-card-weeks } weeks.
    Ask: Do you have to give the postal service the new address yourself? No, that happens automatically.
    Watch out: Some think that they must call around about the address themselves. Refer to the guide, and do not promise more than it says.

note-guide-report-a-move-help =
    Say: If you need help, you can call { -digital-hotline } on { $digital-hotline-phone }. Someone else can also report the move with a “Digital fuldmagt” (digital power of attorney).
    Ask: May my daughter report my move with my { -mitid }? No. She logs in with her own { -mitid } and uses the power of attorney.
    Watch out: Never offer to report a move for a participant with their { -mitid }. Show them the hotline or the power of attorney instead.

## Guide: digital-power-of-attorney

note-guide-digital-power-of-attorney-what =
    Say: With a “Digital fuldmagt” (digital power of attorney), someone else can see information or act for you in a matter on the internet, for example see test results or report a move.
    Ask: Who gives, and who gets? The “Fuldmagtsgiver” (the giver) gives the power of attorney, and the “Fuldmagtshaver” (the holder) gets it.
    Watch out: The words look alike. Write them on the board with an arrow from giver to holder.

note-guide-digital-power-of-attorney-covers =
    Say: A power of attorney only covers certain public self-services, usually one task. Not all authorities take part.
    Ask: Does a power of attorney to report a move also cover everything else? No, usually only that one task.
    Watch out: Do not promise that a power of attorney works in a particular place. If in doubt, ask { -borgerservice }.

note-guide-digital-power-of-attorney-who =
    Say: At least one of them must have { -mitid }. Both must be over { $power-of-attorney-min-age } years old and understand what the power of attorney means.
    Ask: What if my mother cannot manage { -mitid } alone? Then { -borgerservice } may not give her { -mitid }. A power of attorney or an exemption can help.
    Watch out: Do not decide yourself whether a person understands a power of attorney. Refer people to { -borgerservice }.

note-guide-digital-power-of-attorney-give =
    Say: The giver can give the power of attorney themselves on { -borger-dk } with their { -mitid }, and chooses who gets it and what it covers.
    Ask: Can the helper ask for the power of attorney? Yes. Then the giver signs digitally or on paper. On paper, all the pages are handed in at { -borgerservice }.
    Watch out: The giver approves themselves with their own { -mitid }. If a PIN must be typed, look away, and let the person type it themselves.

note-guide-digital-power-of-attorney-use =
    Say: The person who has the power of attorney logs in with their own { -mitid }, presses “Vælg person” (choose person), chooses the person and presses “Bekræft” (confirm).
    Ask: Which button comes first? “Vælg person”, then “Bekræft”.
    Watch out: Where “Vælg person” is can vary from service to service. Let the participants look for the word, not for a particular place.

note-guide-digital-power-of-attorney-own-mitid =
    Say: Nobody may use another person's { -mitid }, not even family, guardians or the person who has a power of attorney.
    Ask: What happens if I give my details to someone else? You may end up paying for the misuse yourself.
    Watch out: Do not mention amounts, and give no legal advice. Refer questions to { -borgerservice } or { -mitid-support }.

## Practice: report-a-move

note-practice-report-a-move-self-service =
    Say: Show the front page, and say that moving is a self-service. Ask the participants to find the link “Meld flytning” (report a move).
    Ask: When do you use the link “Digital fuldmagt” (digital power of attorney)? When someone else is going to help you with a matter.
    Watch out: Some press “Digital fuldmagt”. That is perfectly fine; show them back to “Meld flytning”.

note-practice-report-a-move-move-page =
    Say: Before the form, you must log in with your own { -mitid }. Point to the button “Log på” (log in).
    Ask: Whose { -mitid } do you use here? Always your own.
    Watch out: Some look for the form straight away. It only comes after “Log på”.

note-practice-report-a-move-mitid-box =
    Say: Now the { -mitid } box is open. Type the practice user ID “{ $practice-user-id }” in “Bruger-ID” (user ID), and press “Fortsæt” (continue).
    Ask: What is “Glemt bruger-ID?” (forgotten user ID?) for? For when you have forgotten your user ID. Here you know it.
    Watch out: Some type their real user ID. Stop them kindly. In real life the person types it themselves, and you should not know it.

note-practice-report-a-move-app-request =
    Say: The box shows “Åbn { -mitid } app og godkend” (open the { -mitid } app and approve). Read the request in the app aloud: { -borger-dk } is asking, and you started it yourself, so you swipe to approve.
    Ask: When should you not approve? When the text does not match, or you did not start anything yourself.
    Watch out: In real life you open the app with your PIN. Look away, and let the person type it themselves.

note-practice-report-a-move-form =
    Say: Now you fill in “Anmeld flytning til folkeregisteret” (report the move to the population register): “Ny adresse” (new address) and “Flyttedato” (moving date). Then press “Næste” (next).
    Ask: When may you report? From { $move-report-days-before } days before to { $move-report-days-after } days after the move. Reporting too late can give a fine.
    Watch out: The practice only accepts “{ $practice-move-date }” as the date; anything else gives an error page. Write the date and “{ $practice-address }” on the board.

note-practice-report-a-move-date-error =
    Say: Mistakes happen to everyone. Press “Prøv igen” (try again), and type the date again.
    Ask: What do you think was wrong? Compare the date with the board, character by character.
    Watch out: Do not correct it yourself on the participant's screen. Read “{ $practice-move-date }” aloud, and let the person type.

note-practice-report-a-move-doctor =
    Say: Now comes “Lægevalg” (choice of doctor). In the practice you move more than { $doctor-change-km } km and want a doctor close to the new home.
    Ask: Does it cost anything to change doctor when you move? No, it is free.
    Watch out: “Behold nuværende læge” (keep current doctor) is not wrong in real life. Here “Vælg ny læge” (choose new doctor) is right because of the practice story.

note-practice-report-a-move-doctor-list =
    Say: Here you choose a new doctor. The new address is in Øvelsby, so choose “Læge Hanne Øvelsen, Øvelsby”.
    Ask: Which town is the new address in? Look at the address you typed: “{ $practice-address }”.
    Watch out: The doctors in the practice are made up. Say so, so that nobody looks for them in real life.

note-practice-report-a-move-summary =
    Say: Check together that the address, the date and the doctor are right before you press “Send”.
    Ask: What do you do if something is wrong? You press “Tilbage” (back) and correct it.
    Watch out: Many press “Send” without reading. Ask them to read the page aloud to the person next to them first.

note-practice-report-a-move-receipt =
    Say: “Kvittering” (receipt) shows that the move has been reported. A new “Sundhedskort” (health card) comes in about { $health-card-weeks } weeks.
    Ask: Do you have to give the postal service the new address yourself? No, that happens automatically.
    Watch out: The text on the receipt is made for the practice. The real page may look different.

## Practice: power-of-attorney-give

note-practice-power-of-attorney-give-start =
    Say: Here the participant gives { $practice-holder-name } a power of attorney, so that { $practice-holder-name } can report the participant's move. Press “Log på” (log in).
    Ask: Who logs in here, the giver or the helper? The giver, with their own { -mitid }.
    Watch out: Some mix up giving and using a power of attorney. Using it is in another practice.

note-practice-power-of-attorney-give-mitid-box =
    Say: Type the practice user ID “{ $practice-user-id }” in “Bruger-ID” (user ID), and press “Fortsæt” (continue).
    Ask: Why never the real user ID in a practice? It is personal, and a helper must not know it.
    Watch out: When you help in real life, the person types their user ID themselves, and you look away.

note-practice-power-of-attorney-give-app-login =
    Say: The request in the app comes from { -borger-dk }. You started logging in yourself, so you swipe to approve.
    Ask: What do you read before you approve? Who is asking, and what you are approving.
    Watch out: In real life the person opens the app with their PIN. Look away, and let the person type it themselves.

note-practice-power-of-attorney-give-overview =
    Say: Now you are logged in to “Digital fuldmagt”. You are giving the power of attorney, so you are the “Fuldmagtsgiver” (the giver). Press “Giv fuldmagt” (give power of attorney).
    Ask: What is the person who gets the power of attorney called? The “Fuldmagtshaver” (the holder).
    Watch out: The pages in the practice are simplified. The real page may look different, so look for the words, not for the place.

note-practice-power-of-attorney-give-holder =
    Say: Type who gets the power of attorney: “{ $practice-holder-name }” in “Navn” (name) and “{ $practice-cpr }” in “CPR-nummer” (CPR number). Press “Næste” (next).
    Ask: Who can get a power of attorney? Both must be over { $power-of-attorney-min-age } years old and understand what a power of attorney means.
    Watch out: Some type a real CPR number. Use only the practice number, so that no real information is typed.

note-practice-power-of-attorney-give-task =
    Say: Choose what the power of attorney should cover. A power of attorney usually covers one task, here “Meld flytning” (report a move).
    Ask: Why not “Se prøvesvar” (see test results)? Because { $practice-holder-name } only needs to help with the move.
    Watch out: Some want to allow everything. Explain that you choose the task that the helper needs to do.

note-practice-power-of-attorney-give-end-date =
    Say: In “Slutdato” (end date) you type how long the power of attorney should last, in the practice “{ $practice-end-date }”. Then press “Bekræft” (confirm).
    Ask: What happens with “Annuller” (cancel)? Then you stop, and the power of attorney is not given.
    Watch out: It is not certain how the end date is chosen on the real page. Write the practice date on the board.

note-practice-power-of-attorney-give-app-sign =
    Say: You give the power of attorney with your { -mitid }. Read in the app: { -borger-dk } is asking, and it is about “Giv fuldmagt”. Swipe to approve.
    Ask: When should you not approve? When you did not start anything yourself, or the text does not match.
    Watch out: The giver always approves themselves. If a PIN must be typed, look away, and let the person type it.

note-practice-power-of-attorney-give-done =
    Say: The power of attorney has been given. { $practice-holder-name } logs in with their own { -mitid }, not with the giver's.
    Ask: Who can answer questions about your own power of attorney? { -borgerservice }.
    Watch out: The receipt in the practice is made up. The real page may look different.

## Practice: power-of-attorney-use

note-practice-power-of-attorney-use-start =
    Say: Now the participant is the “Fuldmagtshaver” (the holder). The mother, { $practice-mother-name }, has given a power of attorney, so the participant can report her move. Press “Log på” (log in).
    Ask: Whose { -mitid } do you use when you help your mother? Your own.
    Watch out: The next screen has a trap about the mother's user ID. Do not give it away too early.

note-practice-power-of-attorney-use-mitid-box =
    Say: The mother says: “Du kan bare bruge mit bruger-ID.” (you can just use my user ID). Ask the group if that is all right before anyone types.
    Ask: May you use the mother's user ID with a power of attorney? No. Nobody may use another person's { -mitid }. You type your own: “{ $practice-user-id }”.
    Watch out: If someone types something else, they end up in the trap on the mother's phone. That is the idea, so let them learn from it.

note-practice-power-of-attorney-use-other-phone =
    Say: The request is now on the mother's phone. If it is approved, you log in as her, and nobody may do that. It must be rejected.
    Ask: Why is that wrong? You act as another person. If you give your details to someone else, you can be held responsible yourself.
    Watch out: The text on the buttons in the real app is not certain. Talk about rejecting the request, not about a particular button.

note-practice-power-of-attorney-use-app-login =
    Say: Now the request is on your own phone, because you typed your own user ID. { -borger-dk } is asking, so swipe to approve.
    Ask: What is different from the trap? Now it is your own { -mitid }, and you started it yourself.
    Watch out: In real life the person opens the app with their PIN. Look away, and let the person type it themselves.

note-practice-power-of-attorney-use-logged-in =
    Say: You are logged in as yourself. To act for the mother, you press “Vælg person” (choose person).
    Ask: Why is the mother not already on the page? Because you always log in as yourself and switch inside the service.
    Watch out: Where “Vælg person” is on the real page can vary. Let the participants look for the word.

note-practice-power-of-attorney-use-people =
    Say: Here you choose who you act for. Choose “{ $practice-mother-name }”, not “Dig selv” (yourself).
    Ask: What would happen with “Dig selv”? Then you would report your own move.
    Watch out: The list in the practice is made up. On the real page it may look different.

note-practice-power-of-attorney-use-confirm =
    Say: You have chosen the mother. Press “Bekræft” (confirm) to act for her.
    Ask: What does “Annuller” (cancel) do? You stop, and you do not act for the mother.
    Watch out: Some think that “Bekræft” gives them the mother's { -mitid }. No, you are still logged in with your own.

note-practice-power-of-attorney-use-move-form =
    Say: At the top it says who you are acting for. Type the mother's new address and moving date, and press “Send”.
    Ask: How can you see that you are acting for the mother? The line “Du handler for: { $practice-mother-name }” (you are acting for) at the top.
    Watch out: Use the practice values: “{ $practice-address }” and “{ $practice-move-date }”. Write them on the board.

note-practice-power-of-attorney-use-done =
    Say: The move has been reported for the mother. You used your own { -mitid } and switched with “Vælg person” and “Bekræft”.
    Ask: What is the most important rule of the practice? Always log in with your own { -mitid }, never with someone else's.
    Watch out: If someone has questions about their own power of attorney, refer them to { -borgerservice }.
