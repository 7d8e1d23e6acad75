guide-safety-online-title = Watch out for fraud
guide-safety-online-summary = How to spot a fake call, and what to do if something has gone wrong.

guide-safety-online-never-approve-title = Never approve because someone asks you to
guide-safety-online-never-approve-body =
    Never approve anything in { -mitid } because someone calls, sends an e-mail or visits you.
    Fraudsters pretend to be from the bank, the police, { -mitid-support } or { -borgerservice }.
    None of them contact you in that way.

guide-safety-online-signs-title = Signs of a fake call
guide-safety-online-signs-body =
    Watch out if the caller asks for your personal details.
    Watch out if the number is hidden, very long or from abroad.
    Watch out if you are pushed to hurry.
    A number or a name on a text message can be fake, even if it looks right.
    If you are not sure, hang up. Call { -mitid-support } yourself on { $mitid-support-phone }.

guide-safety-online-secrets-title = Your codes are yours only
guide-safety-online-secrets-body =
    Never share your codes with anyone, and never lend your phone or code display to anyone.
    Only give your user ID to { -mitid-support }, and only when you called them yourself.
    Always read what you approve, and who is asking.
    If you did not start it yourself, do not approve.

guide-safety-online-address-title = Check the address
guide-safety-online-address-body =
    When the { -mitid } box opens, look at the address at the top of the browser.
    It must end in “mitid.dk”.
    If it does not, do not type anything, and close the page.

guide-safety-online-lost-phone-title = If you lose your phone
guide-safety-online-lost-phone-body =
    If you lose your phone, block the { -mitid } app straight away. Block the SIM card too.
    Choose two ways to get messages from { -mitid }, for example the app and text message or e-mail.
    Then you still get a warning, even when the phone is gone.

guide-safety-online-if-it-happened-title = If it has happened
guide-safety-online-if-it-happened-body =
    Do you think someone has misused your { -mitid } or your details? Then call for help.
    The identity theft hotline: { $identity-theft-phone }. It is open day and night.
    Cyber hotline: { $cyber-hotline-phone }.
    { -mitid-support }: { $mitid-support-phone }.
    If you have given your details to another person, you can be responsible for the misuse yourself.
    Ask { -mitid-support } what this means for you.
