# Øvelse Kommune (a made-up municipality), Udbetaling Danmark (the public office that pays out
# benefits) and Skattestyrelsen (the Danish tax agency) stay in Danish, as on the screen.

practice-digital-post-reply-title = Reply to a letter, or write a new message

practice-digital-post-reply-inbox-guidance =
    You are in your “Indbakke” (inbox). You have a new letter from Øvelse Kommune.
    The municipality invites you to a meeting.
    Press the title of the letter to open it.
practice-digital-post-reply-inbox-hint = Press the title “Invitation til møde” (invitation to a meeting).
practice-digital-post-reply-inbox-open-housing-feedback = You will come to that letter afterwards. First open the letter from Øvelse Kommune.
practice-digital-post-reply-inbox-open-tax-feedback = You have already read that letter. Open the new letter from Øvelse Kommune.
practice-digital-post-reply-inbox-new-message-feedback = You want to reply to the municipality's letter. First open the letter. Then you can see if you can reply directly to it.

practice-digital-post-reply-letter-meeting-guidance =
    The municipality asks if you can come to the meeting.
    The letter has the button “Besvar” (reply). It is only there when the authority allows replies.
    Then you can reply directly to the letter. Press “Besvar”.
practice-digital-post-reply-letter-meeting-hint = Press “Besvar”.
practice-digital-post-reply-letter-meeting-new-message-feedback = You can write a new message, yes. But here you can reply directly to the letter, because it says “Besvar” (reply). Press “Besvar”.
practice-digital-post-reply-letter-meeting-forward-feedback = “Videresend” (forward) sends the letter on to another person. You want to answer the municipality: press “Besvar”.
practice-digital-post-reply-letter-meeting-move-feedback = “Flyt” (move) puts the letter in a folder. First reply to the letter: press “Besvar”.
practice-digital-post-reply-letter-meeting-delete-feedback = Do not delete the letter. You must reply to it, and you may need it again. Press “Besvar”.

practice-digital-post-reply-reply-form-guidance =
    Here you write your reply to the municipality.
    Write a short heading in the “Emne” (subject) field.
    Write your reply in the “Besked” (message) field.
    Then press “Send”.
practice-digital-post-reply-reply-form-hint = For example, type “Mødet” (the meeting) in “Emne” and “Jeg kommer gerne.” (I will be glad to come) in “Besked”. Then press “Send”.
practice-digital-post-reply-reply-form-cancel-feedback = “Annuller” (cancel) stops your reply, and then it is not sent. Write your reply, and press “Send”.

practice-digital-post-reply-reply-sent-guidance =
    Your reply has been sent to the municipality.
    Now you want to ask Udbetaling Danmark about your housing benefit.
    First open their letter, and see if you can reply to it.
practice-digital-post-reply-reply-sent-hint = Press the title of the letter from Udbetaling Danmark.
practice-digital-post-reply-reply-sent-open-meeting-feedback = You have replied to that letter. Now open the letter from Udbetaling Danmark.
practice-digital-post-reply-reply-sent-new-message-feedback = Soon you may need to write a new message. First open the letter from Udbetaling Danmark, and see if you can reply directly to it.

practice-digital-post-reply-letter-housing-guidance =
    Look at the buttons by the letter. There is no “Besvar” (reply).
    Udbetaling Danmark does not allow replies to this letter.
    So you write a new message instead.
    Press “Skriv ny besked” (write new message).
practice-digital-post-reply-letter-housing-hint = There is no “Besvar”. Press “Skriv ny besked” in the menu.
practice-digital-post-reply-letter-housing-forward-feedback = “Videresend” (forward) sends the letter on to another person. You want to write to Udbetaling Danmark: press “Skriv ny besked”.
practice-digital-post-reply-letter-housing-move-feedback = “Flyt” (move) puts the letter in a folder. You want to write to Udbetaling Danmark: press “Skriv ny besked”.
practice-digital-post-reply-letter-housing-delete-feedback = Do not delete the letter. You may need it again. Press “Skriv ny besked”.

practice-digital-post-reply-compose-guidance =
    You are writing a new message.
    First you choose who gets the message.
    Press “Vælg myndighed” (choose authority).
practice-digital-post-reply-compose-hint = Press “Vælg myndighed”.
practice-digital-post-reply-compose-cancel-feedback = “Annuller” (cancel) stops the new message. Press “Vælg myndighed” to choose who gets the message.

practice-digital-post-reply-authority-list-guidance =
    Here is a list of public authorities.
    Your question is about the letter from Udbetaling Danmark.
    Choose “Udbetaling Danmark”.
practice-digital-post-reply-authority-list-hint = Press “Udbetaling Danmark”.
practice-digital-post-reply-authority-list-municipality-feedback = Your question is about the letter from Udbetaling Danmark, not the municipality. Choose “Udbetaling Danmark”.
practice-digital-post-reply-authority-list-tax-feedback = Your question is about housing benefit, not tax. Choose “Udbetaling Danmark”.

practice-digital-post-reply-form-guidance =
    Now you write the message to Udbetaling Danmark.
    Write a short heading in “Emne” (subject) and your question in “Besked” (message).
    You also want to send your rental contract with it. Press “Vedhæft fil” (attach file).
practice-digital-post-reply-form-hint = For example, type “Min boligstøtte” (my housing benefit) in “Emne” and “Her er min lejekontrakt.” (here is my rental contract) in “Besked”. Then press “Vedhæft fil”.
practice-digital-post-reply-form-send-feedback = Wait a little before you send. Here you also practise sending a file with the message. First press “Vedhæft fil”.
practice-digital-post-reply-form-cancel-feedback = “Annuller” (cancel) stops the message, and then it is not sent. Press “Vedhæft fil” to send your rental contract with it.

practice-digital-post-reply-choose-file-guidance =
    Now you see the files on your computer.
    Choose the file you want to send with the message: your rental contract.
    Only send what the authority needs.
practice-digital-post-reply-choose-file-hint = Press “Lejekontrakt.pdf” (rental contract).
practice-digital-post-reply-choose-file-photo-feedback = That picture has nothing to do with your housing benefit. Only send what the authority needs. Choose “Lejekontrakt.pdf”.
practice-digital-post-reply-choose-file-list-feedback = Udbetaling Danmark does not need that file. Choose “Lejekontrakt.pdf”.
practice-digital-post-reply-choose-file-cancel-feedback = Then no file goes with the message. Choose “Lejekontrakt.pdf”.

practice-digital-post-reply-form-attached-guidance =
    The file is attached. You see it under “Vedhæftede filer” (attached files).
    Check that the subject, the message and the file are right.
    Then press “Send”.
practice-digital-post-reply-form-attached-hint = Press “Send”.
practice-digital-post-reply-form-attached-attach-feedback = The file is already attached. You do not need to attach it again. Press “Send”.
practice-digital-post-reply-form-attached-cancel-feedback = “Annuller” (cancel) stops the message, and then it is not sent. Press “Send”.

practice-digital-post-reply-sent-guidance =
    Well done! Your message has been sent to Udbetaling Danmark.
    Remember: if a letter has “Besvar” (reply), you can reply directly to it.
    If there is no “Besvar”, write a new message with “Skriv ny besked”.
