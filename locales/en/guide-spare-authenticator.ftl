guide-spare-authenticator-title = Keep a spare for { -mitid }
guide-spare-authenticator-summary = Why you should have an extra authenticator, and which ones you can choose from.

guide-spare-authenticator-why-title = Why a spare?
guide-spare-authenticator-why-body =
    If you lose your phone, you cannot use the { -mitid } app on it.
    That is why { -mitid } recommends having a spare: an extra authenticator (“Identifikationsmiddel”).
    Then you still have something to log in with.

guide-spare-authenticator-tablet-title = The app on a tablet
guide-spare-authenticator-tablet-body =
    You can have the { -mitid } app on more than one device, for example on your phone and on a tablet.
    You can have at most { $max-active-apps ->
        [one] { $max-active-apps } active { -mitid } app
       *[other] { $max-active-apps } active { -mitid } apps
    }.
    You can copy the app from your phone to the tablet.
    Several people can share the same tablet, each with their own user ID.
    Then everyone must open the app with their PIN, not with a fingerprint or their face.

guide-spare-authenticator-code-display-title = A code display
guide-spare-authenticator-code-display-body =
    A code display (“Kodeviser”) is a small device that shows a code with six digits.
    The code is a one-time code (“Engangskode”): you can use it only once.
    You use it together with your password (“Adgangskode”).

guide-spare-authenticator-reader-chip-title = Audio code reader and chip
guide-spare-authenticator-reader-chip-body =
    An audio code reader (“Kodeoplæser”) is for blind and partially sighted people. It reads the code aloud.
    It has a red button with a dot that you can feel with your finger.
    A { -mitid } chip is for people who use { -mitid } often.
    It comes for USB, Bluetooth and NFC.

guide-spare-authenticator-choose-title = Use your spare when you log in
guide-spare-authenticator-choose-body =
    Type your user ID in the { -mitid } box, and press “Fortsæt” (continue).
    After that you find the link “Skift { -mitid } identifikationsmiddel” (change authenticator).
    It opens the list “Vælg identifikationsmiddel” (choose authenticator).
    Choose, for example, “{ -mitid } kodeviser” or “{ -mitid } chip” instead of “{ -mitid } app”.

guide-spare-authenticator-safe-title = Notifications and safety
guide-spare-authenticator-safe-body =
    Choose two ways to get notifications from { -mitid }: in the app, by text message (SMS) or by e-mail.
    Then you are still warned if you lose your phone.
    Never share your codes or your authenticators with anyone. This also goes for your spare.
