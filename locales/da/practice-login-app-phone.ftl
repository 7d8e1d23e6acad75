# Practice: log in with the MitID app on the phone itself (content brief 1.4).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The service is made up: no real site is shown.

practice-login-app-phone-title = Log på med { -mitid } appen på telefonen
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-login-app-phone-service-guidance = Du er på en kommunes hjemmeside på din telefon. Du vil logge på. Find knappen »Log på«.
practice-login-app-phone-service-hint = Knappen »Log på« står øverst på siden.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-login-app-phone-mitid-box-guidance = Nu er { -mitid }-boksen åben. Øverst står, hvor du logger på. Skriv et øve-bruger-ID i feltet »Bruger-ID«, aldrig dit rigtige. Tryk så på »Fortsæt«.
practice-login-app-phone-mitid-box-hint = Skriv for eksempel »{ $practice-user-id }« og tryk på »Fortsæt«.
practice-login-app-phone-mitid-box-forgot-feedback = Det link er til, når du har glemt dit bruger-ID. Her kender du det: skriv det i feltet og tryk på »Fortsæt«.
# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
practice-login-app-phone-switch-guidance = På en telefon er der ingen QR-kode. Knappen »Åbn { -mitid } app« skifter direkte over til appen på den samme telefon.
practice-login-app-phone-switch-hint = Tryk på knappen »Åbn { -mitid } app«.
practice-login-app-phone-switch-change-feedback = Det link bruger du, hvis du vil godkende på en anden måde, for eksempel med en kodeviser. Her bruger du appen: tryk på »Åbn { -mitid } app«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-login-app-phone-app-pin-guidance = Nu er du i { -mitid } appen. Den beder om din PIN-kode. Her øver du: skriv øve-koden { $practice-pin }. Tryk så på »Fortsæt«.
practice-login-app-phone-app-pin-hint = Skriv { $practice-pin } og tryk på »Fortsæt«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-login-app-phone-app-request-guidance = Læs, hvem der spørger, og hvad du godkender. Du startede selv at logge på, og teksten passer. Stryg for at godkende.
practice-login-app-phone-app-request-hint = Træk pilen hen over feltet for at godkende.
practice-login-app-phone-app-request-reject-feedback = Her startede du selv at logge på, og teksten passer. Så er det rigtigt at godkende. Afvis kun, når du ikke selv har startet noget.
practice-login-app-phone-done-guidance = Du er logget på. Godt gået! Telefonen skiftede selv tilbage til hjemmesiden. Sådan logger du på med { -mitid } appen på telefonen.
