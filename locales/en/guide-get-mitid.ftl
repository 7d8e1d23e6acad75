guide-get-mitid-title = How to get { -mitid }
guide-get-mitid-summary = Get { -mitid } at { -borgerservice }, or yourself at home in the app with your passport.

guide-get-mitid-two-ways-title = Two ways to get { -mitid }
guide-get-mitid-two-ways-body =
    You can get { -mitid } when you are { $mitid-min-age } years old or older.
    You can get it at { -borgerservice } in your municipality.
    Or you can get it yourself at home in the { -mitid } app.
    For that, you need a passport or an ID card with a chip.

guide-get-mitid-borgerservice-title = At { -borgerservice }
guide-get-mitid-borgerservice-body =
    Book an appointment at { -borgerservice } before you go. Look for “Bestil tid” (book an appointment).
    Bring valid ID (“Legitimation”).
    This can be a passport, a driving licence or a residence card with a photo.
    If you do not have one, bring two papers. One of them must show your CPR number.

guide-get-mitid-witness-title = Questions or a witness
guide-get-mitid-witness-body =
    At { -borgerservice } you must answer some control questions about yourself. They are based on your CPR number.
    Instead, you can bring a witness.
    The witness must be { $witness-min-age ->
        [one] { $witness-min-age } year
       *[other] { $witness-min-age } years
    } old or older.
    The witness must have had { -mitid } for more than { $witness-mitid-days ->
        [one] { $witness-mitid-days } day
       *[other] { $witness-mitid-days } days
    }.
    The same person can be a witness for at most { $witness-max-people ->
        [one] { $witness-max-people } person
       *[other] { $witness-max-people } people
    } in { $witness-period-days ->
        [one] { $witness-period-days } day
       *[other] { $witness-period-days } days
    }.

guide-get-mitid-user-id-title = Think of your user ID first
guide-get-mitid-user-id-body =
    Decide on your “Bruger-ID” (user ID) before you go to { -borgerservice }.
    It must have { $user-id-min-length } to { $user-id-max-length } characters.
    It must not be your CPR number or any other number with { $user-id-forbidden-digits } digits.
    It must not begin or end with a space. And nobody else may have it already.

guide-get-mitid-at-home-title = At home with a passport and the app
guide-get-mitid-at-home-body =
    First check that the { -mitid } app works on your phone.
    Your passport or ID card must be valid and have a chip. Look for the chip symbol.
    Open the app and press “Kom i gang” (get started).
    On older phones you find it in the menu.

guide-get-mitid-scan-title = Scan your passport, the chip and your face
guide-get-mitid-scan-body =
    First you scan the code on the page with your photo. Hold the phone sideways.
    On a passport the code begins with “P”. On an ID card it is on the back and begins with “I”.
    Then the phone reads the chip: take the case off your phone, and lay the phone on the passport.
    Last, you scan your face.

guide-get-mitid-activate-title = User ID and PIN
guide-get-mitid-activate-body =
    Choose your user ID and type your mobile number. You get a code in a text message (SMS), and you type it in.
    Choose “På denne telefon” (on this phone). Then you get a temporary PIN in a text message.
    Then choose your own PIN. If you like, you can also open the app with your fingerprint or your face.
    Last, say yes to notifications from the app.

guide-get-mitid-help-title = A foreign passport, and help with the scan
guide-get-mitid-help-body =
    Do you have a foreign passport and no CPR number? Then you first need a P-code from { -mitid-support } on { $mitid-support-phone }.
    A P-code has { $p-code-digits ->
        [one] { $p-code-digits } digit
       *[other] { $p-code-digits } digits
    }. You have { $p-code-attempts ->
        [one] { $p-code-attempts } try
       *[other] { $p-code-attempts } tries
    } with the same P-code.
    A relative can do the scan for you on their own phone. In the app's menu, they press “Aktivér” (activate) and then “Hjælp en anden med at aktivere” (help someone else to activate).
    You must be there in person while they do it.
    The person who helps you must not know your PIN or your user ID.
