# The key rule of this practice: you always log in with your OWN MitID.

practice-power-of-attorney-use-title = Use a digital power of attorney

practice-power-of-attorney-use-start-guidance =
    Your mother, { $practice-mother-name }, is moving.
    She has given you a digital power of attorney to report the move for her.
    You start by logging in. Press “Log på” (log in).
practice-power-of-attorney-use-start-hint = Press the “Log på” button.

practice-power-of-attorney-use-mitid-box-guidance =
    Your mother says: “You can just use my user ID.”
    You must not do that. Nobody may use another person's { -mitid }, not even with a power of attorney.
    You log in with your own { -mitid }. Type your own practice user ID, and press “Fortsæt” (continue).
practice-power-of-attorney-use-mitid-box-hint = Type your own practice user ID “{ $practice-user-id }” and press “Fortsæt”.
practice-power-of-attorney-use-mitid-box-continue-check-feedback = That is not your own practice user ID. With another person's user ID, you log in as that person. You must never do that. Your own practice user ID is “{ $practice-user-id }”.

practice-power-of-attorney-use-other-phone-guidance =
    You did not type your own user ID. Imagine that it was your mother's.
    Now the request has come up in the { -mitid } app on your mother's phone.
    If you approve, you log in as her. Nobody may do that.
    Reject the request, and log in with your own { -mitid }.
practice-power-of-attorney-use-other-phone-hint = Do not approve. Under the request, press the button that rejects it.
practice-power-of-attorney-use-other-phone-approve-feedback =
    Stop: this is your mother's { -mitid }. Nobody may use another person's { -mitid }. This also goes for family and for a person with a power of attorney.
    You always log in with your own { -mitid } and choose the other person inside the page.
    Reject the request.

practice-power-of-attorney-use-app-login-guidance =
    Now a request comes up in the { -mitid } app on your own phone.
    Read who is asking: { -borger-dk }. You started the login yourself, so the text matches.
    Swipe to approve.
practice-power-of-attorney-use-app-login-hint = Drag the arrow across the field to approve.
practice-power-of-attorney-use-app-login-reject-feedback = Here you started logging in to { -borger-dk } yourself with your own { -mitid }, and the text matches. So it is right to approve.

practice-power-of-attorney-use-logged-in-guidance =
    You are logged in as yourself.
    You want to report a move for your mother. So you must change to her.
    Press “Vælg person” (choose person).
practice-power-of-attorney-use-logged-in-hint = Press the “Vælg person” button.

practice-power-of-attorney-use-people-guidance =
    Here you choose who you want to act for.
    Choose your mother, { $practice-mother-name }.
practice-power-of-attorney-use-people-hint = Press “{ $practice-mother-name }”.
practice-power-of-attorney-use-people-self-feedback = That is you. Then you would report your own move. Choose your mother, { $practice-mother-name }.

practice-power-of-attorney-use-confirm-guidance =
    You have chosen your mother.
    Press “Bekræft” (confirm) to act for her.
practice-power-of-attorney-use-confirm-hint = Press the “Bekræft” button.
practice-power-of-attorney-use-confirm-cancel-feedback = With “Annuller” (cancel) you stop, and you do not act for your mother. Press “Bekræft”.

practice-power-of-attorney-use-move-form-guidance =
    Now you are acting for your mother.
    Type her new address and the day she moves.
    Then press “Send”.
practice-power-of-attorney-use-move-form-hint = Type “{ $practice-address }” in “Ny adresse” (new address) and “{ $practice-move-date }” in “Flyttedato” (moving date). Then press “Send”.

practice-power-of-attorney-use-done-guidance =
    Well done! You have reported a move for your mother.
    You used your own { -mitid } and changed to her with “Vælg person” and “Bekræft”.
    This is how you use a power of attorney.
