practice-power-of-attorney-give-title = Give a digital power of attorney

practice-power-of-attorney-give-start-guidance =
    { $practice-holder-name } wants to help you report your move.
    Then you must give { $practice-holder-name } a digital power of attorney on { -borger-dk }.
    First you log in with your own { -mitid }. Press “Log på” (log in).
practice-power-of-attorney-give-start-hint = Press the “Log på” button.

practice-power-of-attorney-give-mitid-box-guidance =
    Now the { -mitid } box is open.
    Type a practice user ID in the “Bruger-ID” field. Never type your real one.
    Then press “Fortsæt” (continue).
practice-power-of-attorney-give-mitid-box-hint = For example, type “{ $practice-user-id }” and press “Fortsæt”.

practice-power-of-attorney-give-app-login-guidance =
    Now a request comes up in the { -mitid } app on your phone.
    Read who is asking: { -borger-dk }. You started the login yourself, so the text matches.
    Swipe to approve.
practice-power-of-attorney-give-app-login-hint = Drag the arrow across the field to approve.
practice-power-of-attorney-give-app-login-reject-feedback = Here you started logging in to { -borger-dk } yourself, and the text matches. So it is right to approve. Only reject when you did not start anything yourself.

practice-power-of-attorney-give-overview-guidance =
    You are logged in to “Digital fuldmagt” (digital power of attorney).
    You give the power of attorney, so you are the “Fuldmagtsgiver” (the giver).
    Press “Giv fuldmagt” (give power of attorney).
practice-power-of-attorney-give-overview-hint = Press the “Giv fuldmagt” button.

practice-power-of-attorney-give-holder-guidance =
    Type who gets the power of attorney. This person is called the “Fuldmagtshaver” (the holder).
    In this practice it is { $practice-holder-name }.
    You must both be over { $power-of-attorney-min-age } years old and understand what a power of attorney means.
    Type the name and the CPR number, and press “Næste” (next).
practice-power-of-attorney-give-holder-hint = Type “{ $practice-holder-name }” in “Navn” (name) and “{ $practice-cpr }” in “CPR-nummer”. Then press “Næste”.

practice-power-of-attorney-give-task-guidance =
    Choose what the power of attorney is for.
    A power of attorney is usually for one task.
    { $practice-holder-name } is going to help you report a move.
practice-power-of-attorney-give-task-hint = Press “Meld flytning” (report a move).
practice-power-of-attorney-give-task-test-results-feedback = That power of attorney is for your test results. Here { $practice-holder-name } is only going to help you report a move. Press “Meld flytning”.

practice-power-of-attorney-give-end-date-guidance =
    In “Slutdato” (end date), type how long the power of attorney is valid.
    Then press “Bekræft” (confirm).
practice-power-of-attorney-give-end-date-hint = Type “{ $practice-end-date }” in “Slutdato”. Then press “Bekræft”.
practice-power-of-attorney-give-end-date-cancel-feedback = With “Annuller” (cancel) you stop, and the power of attorney is not given. You want to give it. Press “Bekræft”.

practice-power-of-attorney-give-app-sign-guidance =
    You give the power of attorney with your { -mitid }.
    In the app, read who is asking and what you are approving. It is { -borger-dk }, and it is about the power of attorney.
    That matches. Swipe to approve.
practice-power-of-attorney-give-app-sign-hint = Drag the arrow across the field to approve.
practice-power-of-attorney-give-app-sign-reject-feedback = You started the power of attorney yourself, and the text matches. So it is right to approve. Only reject when you did not start anything yourself.

practice-power-of-attorney-give-done-guidance =
    Well done! You have given { $practice-holder-name } a power of attorney to report a move for you.
    { $practice-holder-name } logs in with their own { -mitid }, not with yours.
    If you have questions about powers of attorney, ask { -borgerservice }.
