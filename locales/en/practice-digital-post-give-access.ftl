# The names, the CPR number and the date are practice values: they stay exactly as they are.

practice-digital-post-give-access-title = Give a helper access to { -digital-post }

practice-digital-post-give-access-inbox-guidance = Your mother would like help to read and reply to her letters from public authorities. You ask for access from your own { -digital-post }. You are logged in with your own { -mitid }. Press “Menu”.
practice-digital-post-give-access-inbox-hint = Find the “Menu” button, and press it.
practice-digital-post-give-access-inbox-new-message-feedback = With “Skriv ny besked” (write new message) you write to a public authority. You find access to your mother's post under “Menu”.
practice-digital-post-give-access-inbox-letter-feedback = That is a letter to you. Now you are going to ask for access to your mother's post. Press “Menu”.

practice-digital-post-give-access-menu-guidance = The menu is open. You find access to another person's post under “Læse- og skriveadgang” (read and write access).
practice-digital-post-give-access-menu-hint = Press “Læse- og skriveadgang”.
practice-digital-post-give-access-menu-settings-feedback = “Indstillinger” (settings) is for your own mailbox. You find access to your mother's post under “Læse- og skriveadgang”.

practice-digital-post-give-access-access-guidance = There are two kinds of access. With “Læseadgang” (read access) you can read the post. With “Læse- og skriveadgang” (read and write access) you can also write and reply. Press “Anmod om adgang” (request access).
practice-digital-post-give-access-access-hint = Press the “Anmod om adgang” button.

practice-digital-post-give-access-kind-guidance = Choose which access you ask for. Your mother wants help both to read and to reply to letters. Which access fits that?
practice-digital-post-give-access-kind-hint = Your mother also wants help to reply. Choose “Læse- og skriveadgang”.
practice-digital-post-give-access-kind-read-feedback = With “Læseadgang” (read access) you can read and forward letters, move them to folders, mark them as read or unread, and see an overview of what has happened. But you cannot write or reply, cannot delete letters for good, and cannot give access to others. Your mother also wants help to reply. Choose “Læse- og skriveadgang”.

practice-digital-post-give-access-form-guidance = Type your mother's name, her CPR number and an end date for the access. Here you are practising, so never type a real CPR number. In the practice, your mother is called { $practice-mother-name }. Use the practice CPR number { $practice-cpr } and the end date { $practice-end-date }. Then press “Send”.
practice-digital-post-give-access-form-hint = Type { $practice-mother-name } in “Navn”, { $practice-cpr } in “CPR-nummer” and { $practice-end-date } in “Slutdato”. Then press “Send”.
practice-digital-post-give-access-form-send-check-feedback = The CPR number was not right. That happens easily: one digit too many or too few. Press “Prøv igen” (try again), and type the practice CPR number { $practice-cpr }.

practice-digital-post-give-access-error-guidance = This is an error screen. It comes when something was not right. Nothing bad happens: press “Prøv igen” (try again).
practice-digital-post-give-access-error-hint = Press the “Prøv igen” button.

practice-digital-post-give-access-sent-guidance = Your request has been sent. Now your mother must approve it in her own { -digital-post }. Close the page. Then you see what your mother sees.
practice-digital-post-give-access-sent-hint = Press “Luk” (close).

practice-digital-post-give-access-mother-inbox-guidance = Now you see your mother's side. She is logged in to her own { -digital-post } with her own { -mitid }. Nobody else may use her { -mitid }, not even you. She opens the letter with the request.
practice-digital-post-give-access-mother-inbox-hint = Press the letter “Anmodning om læse- og skriveadgang” (request for read and write access).
practice-digital-post-give-access-mother-inbox-other-feedback = That letter is about something else. Find the letter with the request for access.

practice-digital-post-give-access-request-guidance = The letter shows who is asking for access, and what kind. Here it shows a made-up name instead of yours. Your mother knows you and would like help. So she approves. Only approve if you know the person.
practice-digital-post-give-access-request-hint = Press “Godkend” (approve).
practice-digital-post-give-access-request-reject-feedback = You use “Afvis” (reject) when you do not know the person or do not want to give access. Your mother would like your help. Press “Godkend”.

practice-digital-post-give-access-done-guidance = Well done! Now you can read, write and reply to your mother's letters from public authorities. The public authority can see that it was you who helped. The access does not cover letters from private companies. Your mother still has the duty to read her post herself.
