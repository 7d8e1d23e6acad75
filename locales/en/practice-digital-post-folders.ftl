# »Bolig«, »Skat« and »Kommunen« are made-up folder names on the screen: they stay in Danish.

practice-digital-post-folders-title = Folders, deleting and read access

practice-digital-post-folders-inbox-guidance =
    You are in your “Indbakke” (inbox). There is a letter here from Udbetaling Danmark about your housing benefit.
    You want to keep it in a folder. Then it is easy to find again.
    Open the letter.
practice-digital-post-folders-inbox-hint = Press the title “Din boligstøtte” (your housing benefit).
practice-digital-post-folders-inbox-open-reminder-feedback = You will come to that letter soon. First open the letter “Din boligstøtte”.
practice-digital-post-folders-inbox-open-tax-feedback = That letter can stay where it is. Open the letter “Din boligstøtte”.
practice-digital-post-folders-inbox-folders-feedback = In “Mapper” (folders) you see your folders. First the letter must go into a folder: open the letter “Din boligstøtte”.

practice-digital-post-folders-letter-housing-guidance =
    The letter is open.
    Press “Flyt” (move) to put it in a folder.
practice-digital-post-folders-letter-housing-hint = Press “Flyt”.
practice-digital-post-folders-letter-housing-delete-feedback = You want to keep the letter, not delete it. Press “Flyt”.
practice-digital-post-folders-letter-housing-forward-feedback = “Videresend” (forward) sends the letter on to another person. You want to keep it in a folder: press “Flyt”.

practice-digital-post-folders-choose-folder-guidance =
    Choose a folder for the letter.
    The letter is about your home. Choose the folder “Bolig” (home).
    Then your letters about your home are in the same place.
practice-digital-post-folders-choose-folder-hint = Press “Bolig”.
practice-digital-post-folders-choose-folder-tax-feedback = The letter is about housing benefit, not tax. Choose the folder “Bolig”.
practice-digital-post-folders-choose-folder-municipality-feedback = The letter is from Udbetaling Danmark, not from the municipality. Choose the folder “Bolig”.
practice-digital-post-folders-choose-folder-cancel-feedback = Then the letter is not moved. Choose the folder “Bolig”.

practice-digital-post-folders-inbox-moved-guidance =
    The letter is now in the folder “Bolig”. It is no longer in “Indbakke”.
    Now you tidy up.
    The letter “Påmindelse om møde” (meeting reminder) is about a meeting that is over. Open it.
practice-digital-post-folders-inbox-moved-hint = Press the title “Påmindelse om møde”.
practice-digital-post-folders-inbox-moved-open-tax-feedback = You must keep that letter. Open “Påmindelse om møde”.
practice-digital-post-folders-inbox-moved-folders-feedback = You will need “Mapper” soon. First you tidy up: open “Påmindelse om møde”.

practice-digital-post-folders-letter-reminder-guidance =
    The meeting is over. You do not need the letter any more.
    Press “Slet” (delete).
    Only delete letters that you are sure you will not need again.
practice-digital-post-folders-letter-reminder-hint = Press “Slet”.
practice-digital-post-folders-letter-reminder-move-feedback = You can keep the letter in a folder, yes. But the meeting is over, and you do not need the letter any more. Press “Slet”.
practice-digital-post-folders-letter-reminder-forward-feedback = The letter does not need to be sent on. The meeting is over. Press “Slet”.

practice-digital-post-folders-inbox-deleted-guidance =
    The letter is deleted.
    Now you want to find an old letter from Skattestyrelsen (the Danish tax agency) about your preliminary income assessment.
    It is in a folder. Press “Mapper” (folders).
practice-digital-post-folders-inbox-deleted-hint = Press “Mapper” in the menu.
practice-digital-post-folders-inbox-deleted-open-tax-feedback = This is a new letter about your annual tax statement. The old letter about your preliminary income assessment is in a folder. Press “Mapper”.
practice-digital-post-folders-inbox-deleted-new-message-feedback = You do not need to write anything now. Press “Mapper” to find the old letter.

practice-digital-post-folders-folder-list-guidance =
    Here are your folders.
    The letter from Skattestyrelsen is in the folder “Skat” (tax).
    Open the folder.
practice-digital-post-folders-folder-list-hint = Press “Skat”.
practice-digital-post-folders-folder-list-housing-feedback = The letter about housing benefit, which you just moved, is in “Bolig”. Open the folder “Skat”.
practice-digital-post-folders-folder-list-municipality-feedback = Letters from the municipality are in “Kommunen” (the municipality). The letter from Skattestyrelsen is in “Skat”.

practice-digital-post-folders-folder-tax-guidance =
    You are in the folder “Skat” (tax). There are two old letters from Skattestyrelsen here.
    You are looking for the letter about your preliminary income assessment.
    Read the titles, and open the right letter.
practice-digital-post-folders-folder-tax-hint = Press the title “Din forskudsopgørelse er klar” (your preliminary income assessment is ready).
practice-digital-post-folders-folder-tax-open-old-annual-feedback = That letter is about an old annual tax statement. You are looking for the preliminary income assessment. Press “Din forskudsopgørelse er klar”.
practice-digital-post-folders-folder-tax-folders-feedback = You are already in the right folder. Open the letter “Din forskudsopgørelse er klar”.

practice-digital-post-folders-old-letter-guidance =
    Here is the old letter. You found it in the folder “Skat”.
    Now you are done with your own post.
    Press “Indbakke” (inbox). After that, you practise something new: helping another person with their post.
practice-digital-post-folders-old-letter-hint = Press “Indbakke” in the menu.
practice-digital-post-folders-old-letter-delete-feedback = Keep the letter. You may need it again. Press “Indbakke”.
practice-digital-post-folders-old-letter-move-feedback = The letter is already in the right folder. Press “Indbakke”.

practice-digital-post-folders-mother-letter-guidance =
    Now you practise something new. You are helping your mother, { $practice-mother-name }, with her { -digital-post }.
    She has given you “Læseadgang” (read access). You see a letter in her post.
    With “Læseadgang” you may read her letters, send them on and move them to folders.
    You may not delete letters for good, write new messages or reply. That is why those buttons do not work here.
    Your mother wants the letter sent on. Press “Videresend” (forward).
practice-digital-post-folders-mother-letter-hint = Press “Videresend”. You may do that with “Læseadgang”.
practice-digital-post-folders-mother-letter-delete-feedback = “Slet” (delete) does not work here. With “Læseadgang” you may not delete letters for good. The letter stays where it is. Press “Videresend”.
practice-digital-post-folders-mother-letter-reply-feedback = “Besvar” (reply) does not work here. With “Læseadgang” you may not reply to letters. For that, you need “Læse- og skriveadgang” (read and write access). Press “Videresend”.
practice-digital-post-folders-mother-letter-new-message-feedback = “Skriv ny besked” (write new message) does not work here. With “Læseadgang” you may not write new messages. For that, you need “Læse- og skriveadgang” (read and write access), and { -borgerservice } can help to give it. Now press “Videresend”.
practice-digital-post-folders-mother-letter-move-feedback = You may do that with “Læseadgang”. But here your mother wants the letter sent on. Press “Videresend”.

practice-digital-post-folders-forwarded-guidance =
    Well done! You sent the letter on. You may do that with “Læseadgang”.
    You have also moved a letter to a folder, deleted a letter and found an old letter.
    Remember: your mother still has the duty to read her post herself.
    If you have questions about access, ask { -borgerservice }.
