guide-lost-phone-title = You lost your phone
guide-lost-phone-summary = What to do straight away when your phone with the { -mitid } app is lost or stolen.

guide-lost-phone-block-app-title = Block the app straight away
guide-lost-phone-block-app-body =
    Is your phone lost or stolen? Then block your { -mitid } app straight away.
    You can do this on MitID.dk under “Mine identifikationsmidler” (my authenticators).
    You can also call { -mitid-support } on { $mitid-support-phone } and ask them to block it.

guide-lost-phone-sim-title = Block your SIM card too
guide-lost-phone-sim-body =
    Also block the SIM card from the phone.
    It is good to get notifications from { -mitid } in two places, for example in the app and by e-mail.
    Then you are still warned, even when the phone is gone.

guide-lost-phone-block-all-title = Block all of your { -mitid }
guide-lost-phone-block-all-body =
    You can also block all of your { -mitid } yourself for a while. You do this on MitID.dk.
    Then nobody can use it.
    But remember: to open it again, you must go to { -borgerservice } in person.

guide-lost-phone-new-phone-title = { -mitid } on a new phone
guide-lost-phone-new-phone-body =
    On a new phone you must activate the { -mitid } app again.
    You do this with your passport, or with an activation code (“Aktiveringskode”) from { -borgerservice }.
    It is the same if the app is blocked, or if you have forgotten your PIN.
    If you still have the old phone, you can copy the app from it instead. Turn on Bluetooth.
    For your safety, you must wait { $copy-app-wait-hours ->
        [one] { $copy-app-wait-hours } hour
       *[other] { $copy-app-wait-hours } hours
    } before you can copy.
    When you copy, you use a QR code. It works for only { $copy-app-qr-minutes ->
        [one] { $copy-app-qr-minutes } minute
       *[other] { $copy-app-qr-minutes } minutes
    }.

guide-lost-phone-misuse-title = Has someone misused your { -mitid }?
guide-lost-phone-misuse-body =
    Do you think someone has used your { -mitid } or your personal details?
    Then call the identity theft hotline on { $identity-theft-phone }.
    It is open day and night.

guide-lost-phone-spare-title = Keep a spare ready
guide-lost-phone-spare-body =
    It is a good idea to have a spare.
    This can be the { -mitid } app on a tablet, or a code display.
    Then you still have something to log in with if your phone is lost.
