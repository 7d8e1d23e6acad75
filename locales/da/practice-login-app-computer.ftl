# Practice: log in with the MitID app on a computer, with the QR code (content brief 1.4).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The service is made up: no real site is shown.

practice-login-app-computer-title = Log på med { -mitid } appen på en computer
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-login-app-computer-service-guidance = Du er på en kommunes hjemmeside. Du vil logge på. Find knappen »Log på«.
practice-login-app-computer-service-hint = Knappen »Log på« står øverst på siden.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-login-app-computer-mitid-box-guidance = Nu er { -mitid }-boksen åben. Skriv et øve-bruger-ID i feltet »Bruger-ID«. Skriv aldrig dit rigtige. Tryk så på »Fortsæt«.
practice-login-app-computer-mitid-box-hint = Skriv for eksempel »{ $practice-user-id }« og tryk på »Fortsæt«.
practice-login-app-computer-mitid-box-forgot-feedback = Det link er til, når du har glemt dit bruger-ID. Her kender du det: skriv det i feltet og tryk på »Fortsæt«.
# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
practice-login-app-computer-waiting-guidance = Boksen viser en QR-kode. Åbn { -mitid } appen på din telefon, og scan koden med den.
practice-login-app-computer-waiting-hint = Tryk på QR-koden for at scanne den med telefonen.
practice-login-app-computer-waiting-change-feedback = Det link bruger du, hvis du vil godkende på en anden måde, for eksempel med en kodeviser. Her bruger du appen: scan QR-koden.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-login-app-computer-app-pin-guidance = Appen beder om din PIN-kode. Her øver du: skriv øve-koden { $practice-pin }. Tryk så på »Fortsæt«.
practice-login-app-computer-app-pin-hint = Skriv { $practice-pin } og tryk på »Fortsæt«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-login-app-computer-app-request-guidance = Læs, hvem der spørger, og hvad du godkender. Du startede selv at logge på, og teksten passer. Stryg for at godkende.
practice-login-app-computer-app-request-hint = Træk pilen hen over feltet for at godkende.
practice-login-app-computer-app-request-reject-feedback = Her startede du selv at logge på, og teksten passer. Så er det rigtigt at godkende. Afvis kun, når du ikke selv har startet noget.
practice-login-app-computer-done-guidance = Du er logget på. Godt gået! Sådan logger du på med { -mitid } appen på en computer.
