guide-what-is-mitid-title = What is { -mitid }?
guide-what-is-mitid-summary = What { -mitid } is, how to log in, and how to avoid fraud.

guide-what-is-mitid-what-title = What you use { -mitid } for
guide-what-is-mitid-what-body =
    With { -mitid } you show that it is really you when you log in.
    You use it, for example, on { -borger-dk }, in { -digital-post } and at your bank.
    { -mitid } replaced { -nemid }.
    { -nemid } closed on 31 October 2023.

guide-what-is-mitid-free-and-age-title = Price and age
guide-what-is-mitid-free-and-age-body =
    { -mitid } is free.
    You must be at least { $mitid-min-age } years old to get it, and some services have a higher age limit.
    When you turn { $digital-post-min-age }, you automatically get { -digital-post }.
    Then you need { -mitid }.

guide-what-is-mitid-user-id-title = Your user ID
guide-what-is-mitid-user-id-body =
    Your “Bruger-ID” (user ID) is a name that you choose yourself and log in with.
    It must have { $user-id-min-length } to { $user-id-max-length } characters.
    It must not be your CPR number or any other number with { $user-id-forbidden-digits } digits.
    Tell it only to { -mitid-support }, and only when you called them yourself.

guide-what-is-mitid-authenticators-title = Your authenticator
guide-what-is-mitid-authenticators-body =
    An authenticator (“identifikationsmiddel”) is what you use to show that it is you.
    You can use the { -mitid } app on your phone.
    A code display (“kodeviser”) shows a code that you use together with your password.
    An audio code reader (“kodeoplæser”) reads the code aloud for blind and partially sighted people, and a { -mitid } chip is for people who use { -mitid } often.

guide-what-is-mitid-login-title = What a login looks like
guide-what-is-mitid-login-body =
    When you log in to a service, the { -mitid } box opens.
    At the top it says “Log på hos” and the name of the service.
    Type your user ID in the “Bruger-ID” field, and press “Fortsæt”.
    The box then says “Åbn { -mitid } app og godkend”.

guide-what-is-mitid-approve-title = Approve in the app
guide-what-is-mitid-approve-body =
    On a computer, the box shows a QR code: open the app, for example with your PIN, and scan the code.
    On a phone, press “Åbn { -mitid } app” instead.
    In the app, read who is asking and what you are approving.
    If it matches, swipe to approve.

guide-what-is-mitid-stay-safe-title = Watch out for fraud
guide-what-is-mitid-stay-safe-body =
    Never approve anything that you did not start yourself.
    The bank, the police, { -mitid-support } and { -borgerservice } never ask you to approve anything in a phone call, an e-mail or a visit.
    Never share your codes or your authenticator with anyone.
    If you are in doubt, hang up, and call { -mitid-support } yourself on { $mitid-support-phone }.
