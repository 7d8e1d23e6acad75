# Skattestyrelsen (the Danish tax agency) and Udbetaling Danmark (the public office that pays
# out benefits) are the names the screen shows: they stay in Danish.

practice-digital-post-read-title = Read a letter and open the attached file

practice-digital-post-read-inbox-guidance =
    You are in your { -digital-post } on { -borger-dk }. The front page is your “Indbakke” (inbox).
    Your letters are here. Two of them are new. You have not read them yet.
    The new letter from Skattestyrelsen (the Danish tax agency) has a file with it.
    Press the title of the letter to open it.
practice-digital-post-read-inbox-hint = Press the title “Din forskudsopgørelse er klar” (your preliminary income assessment is ready).
practice-digital-post-read-inbox-open-meeting-feedback = That letter is also new, and you can read it afterwards. Here you practise opening a file. Open the letter from Skattestyrelsen.
practice-digital-post-read-inbox-open-housing-feedback = You have already read that letter. Open the new letter from Skattestyrelsen. It has a file with it.
practice-digital-post-read-inbox-new-message-feedback = With “Skriv ny besked” (write new message) you write to a public authority yourself. Now you are going to read a letter. Press the title of the letter from Skattestyrelsen.
practice-digital-post-read-inbox-folders-feedback = In “Mapper” (folders) you can keep letters you have sorted. The new letter is here in “Indbakke” (inbox). Press the title of the letter from Skattestyrelsen.

practice-digital-post-read-letter-guidance =
    The letter is open. You see the subject, who it is from, and a short text.
    Read the text.
    The letter has a file with it. Press the name of the file to open it.
practice-digital-post-read-letter-hint = Press the name of the file: “Forskudsopgørelse.pdf”.
practice-digital-post-read-letter-forward-feedback = “Videresend” (forward) sends the letter on to another person. You do not need that now. Press the name of the file to open it.
practice-digital-post-read-letter-move-feedback = “Flyt” (move) puts the letter in a folder. You can do that another time. First open the file: press the name of the file.
practice-digital-post-read-letter-delete-feedback = Do not delete the letter. You may need it again. Press the name of the file to open the file.
practice-digital-post-read-letter-inbox-feedback = You have not seen the file yet. Stay in the letter, and press the name of the file to open it.

practice-digital-post-read-viewer-guidance =
    The file is open. You can read it here.
    If the text is too small, you can make it bigger.
    Press “Zoom ind” (zoom in).
practice-digital-post-read-viewer-hint = Press “Zoom ind”. Then the text gets bigger.
practice-digital-post-read-viewer-full-screen-feedback = “Fuldskærm” (full screen) shows the file on the whole screen. You are welcome to use it. Here you practise making the text bigger: press “Zoom ind”.
practice-digital-post-read-viewer-close-feedback = Do not close the file yet. Here you first practise making the text bigger with “Zoom ind”. Read the file, and close it afterwards.

practice-digital-post-read-viewer-zoomed-guidance =
    Now the text is bigger. Read it.
    It is a practice letter, so there are no real numbers in it.
    When you are done, you close the file with “Luk” (close).
practice-digital-post-read-viewer-zoomed-hint = Press “Luk”.
practice-digital-post-read-viewer-zoomed-zoom-out-feedback = “Zoom ud” (zoom out) makes the text smaller again. You have read the file. Close it with “Luk”.
practice-digital-post-read-viewer-zoomed-zoom-in-feedback = The text is already bigger. Can you read it now? Then close the file with “Luk”.

practice-digital-post-read-letter-read-guidance =
    The file is closed, and you are back in the letter.
    Now you have read both the letter and the file.
    Go back to your “Indbakke” (inbox).
practice-digital-post-read-letter-read-hint = Press “Indbakke” in the menu.
practice-digital-post-read-letter-read-open-file-feedback = You have already read the file. Now go back to “Indbakke”.
practice-digital-post-read-letter-read-delete-feedback = Do not delete the letter. You may need it again. Go back to “Indbakke”.
practice-digital-post-read-letter-read-new-message-feedback = You do not need to write anything now. Go back to “Indbakke”.

practice-digital-post-read-inbox-done-guidance =
    Well done! You are back in “Indbakke” (inbox).
    The letter from Skattestyrelsen is not new any more, because now you have read it.
    This is how you open a letter and the file in it.
    Remember: you have a duty to read your { -digital-post }.
