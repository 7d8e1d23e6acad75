practice-report-a-move-title = Report a move on { -borger-dk }

practice-report-a-move-self-service-guidance =
    You are going to move. You report the move yourself on { -borger-dk }.
    This is a self-service (“Selvbetjening”): a form you fill in yourself.
    Find the link “Meld flytning” (report a move).
practice-report-a-move-self-service-hint = Press the link “Meld flytning”.
practice-report-a-move-self-service-power-of-attorney-feedback = “Digital fuldmagt” (digital power of attorney) is for when another person is going to help you. Here you want to report your move yourself. Press “Meld flytning”.

practice-report-a-move-move-page-guidance =
    Here you report a move.
    First you must log in with your { -mitid }.
    Press “Log på” (log in).
practice-report-a-move-move-page-hint = Press the “Log på” button.

practice-report-a-move-mitid-box-guidance =
    Now the { -mitid } box is open.
    Type a practice user ID in the “Bruger-ID” field. Never type your real one.
    Then press “Fortsæt” (continue).
practice-report-a-move-mitid-box-hint = For example, type “{ $practice-user-id }” and press “Fortsæt”.
practice-report-a-move-mitid-box-forgot-feedback = That link is for when you have forgotten your user ID. Here you know it: type it in the field and press “Fortsæt”.

practice-report-a-move-app-request-guidance =
    Now a request comes up in the { -mitid } app on your phone.
    Read who is asking: { -borger-dk }. You started the login yourself, so the text matches.
    Swipe to approve.
practice-report-a-move-app-request-hint = Drag the arrow across the field to approve.
practice-report-a-move-app-request-reject-feedback = Here you started logging in to { -borger-dk } yourself, and the text matches. So it is right to approve. Only reject when you did not start anything yourself.

practice-report-a-move-form-guidance =
    You are logged in. Now you fill in the form “Anmeld flytning til folkeregisteret” (report your move to the population register).
    Type your new address and the day you move.
    You can report your move from { $move-report-days-before ->
        [one] { $move-report-days-before } day
       *[other] { $move-report-days-before } days
    } before you move until { $move-report-days-after ->
        [one] { $move-report-days-after } day
       *[other] { $move-report-days-after } days
    } after.
    If you report it too late, you can get a fine.
    If you have questions, ask { -borgerservice }.
practice-report-a-move-form-hint = Type “{ $practice-address }” in “Ny adresse” (new address) and “{ $practice-move-date }” in “Flyttedato” (moving date). Then press “Næste” (next).
practice-report-a-move-form-next-check-feedback = The date in “Flyttedato” (moving date) is not right. In this practice you move on { $practice-move-date }. Type the date exactly like that.

practice-report-a-move-date-error-guidance = The date was not accepted. Press “Prøv igen” (try again), and type the date again.
practice-report-a-move-date-error-hint = Press “Prøv igen”.

practice-report-a-move-doctor-guidance =
    Now you come to “Lægevalg” (choice of doctor).
    You can keep your doctor, or you can choose a new one.
    In this practice you move more than { $doctor-change-km } km.
    You would like a doctor close to your new home.
    It is free to choose a new doctor when you move.
practice-report-a-move-doctor-hint = Press “Vælg ny læge” (choose new doctor).
practice-report-a-move-doctor-keep-feedback = You may keep your doctor. But here you want a doctor close to your new home. Press “Vælg ny læge”.

practice-report-a-move-doctor-list-guidance =
    Here are doctors you can choose.
    Your new address is in Øvelsby.
    Choose the doctor in Øvelsby.
practice-report-a-move-doctor-list-hint = Press the doctor in Øvelsby.
practice-report-a-move-doctor-list-far-feedback = That doctor is in Gammelby, far from your new home. Choose the doctor in Øvelsby, close to your new address.

practice-report-a-move-summary-guidance =
    Check that the address, the date and the doctor are right.
    Everything is right. Press “Send”.
practice-report-a-move-summary-hint = Press the “Send” button.
practice-report-a-move-summary-back-feedback = With “Tilbage” (back) you can correct something. Here everything is right. Press “Send”.

practice-report-a-move-receipt-guidance =
    Well done! You have reported your move.
    You do not have to tell PostNord (the Danish postal service) yourself. That happens automatically.
    You get a new “Sundhedskort” (health card) in about { $health-card-weeks ->
        [one] { $health-card-weeks } week
       *[other] { $health-card-weeks } weeks
    }.
