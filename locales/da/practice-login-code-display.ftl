# Practice: log in with a code display (kodeviser) and a password (content brief 1.4).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The service is made up: no real site is shown.

practice-login-code-display-title = Log på med kodeviser og adgangskode
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-login-code-display-service-guidance = Du er på en kommunes hjemmeside. Du vil logge på med din kodeviser. Find knappen »Log på«.
practice-login-code-display-service-hint = Knappen »Log på« står øverst på siden.
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
practice-login-code-display-mitid-box-guidance = Skriv et øve-bruger-ID i feltet »Bruger-ID«, aldrig dit rigtige. Tryk så på »Fortsæt«.
practice-login-code-display-mitid-box-hint = Skriv for eksempel »{ $practice-user-id }« og tryk på »Fortsæt«.
practice-login-code-display-mitid-box-forgot-feedback = Det link er til, når du har glemt dit bruger-ID. Her kender du det: skriv det i feltet og tryk på »Fortsæt«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
practice-login-code-display-waiting-guidance = Boksen venter på { -mitid } appen. Men i dag bruger du en kodeviser. Første gang vælger du den under »Skift { -mitid } identifikationsmiddel«.
practice-login-code-display-waiting-hint = Tryk på linket »Skift { -mitid } identifikationsmiddel« under QR-koden.
practice-login-code-display-waiting-scan-feedback = QR-koden er til { -mitid } appen. Du bruger en kodeviser: tryk på »Skift { -mitid } identifikationsmiddel«.
# Source: brief 1.4 (the list »Vælg identifikationsmiddel«)
practice-login-code-display-choose-guidance = Her vælger du, hvad du vil godkende med. Vælg »{ -mitid } kodeviser«.
practice-login-code-display-choose-hint = Tryk på »{ -mitid } kodeviser« i listen.
practice-login-code-display-choose-app-feedback = Det er appen. Den er god, men i denne øvelse bruger du en kodeviser. Vælg »{ -mitid } kodeviser«.
practice-login-code-display-choose-chip-feedback = En chip sætter du i computeren. I denne øvelse har du en kodeviser. Vælg »{ -mitid } kodeviser«.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
practice-login-code-display-code-guidance = Tænd kodeviseren. Den viser en kode på seks cifre. Skriv koden i feltet, og tryk på »Fortsæt«. Koden virker kun én gang.
practice-login-code-display-code-hint = Skriv de seks cifre fra kodeviseren ved siden af: { $practice-one-time-code }.
practice-login-code-display-code-continue-check-feedback = Koden passede ikke. Det sker let: et ciffer for meget eller for lidt. Tryk på »Prøv igen«, og skriv koden fra kodeviseren en gang til.
# Source: brief 1.4 (error screens offer »Prøv igen«)
practice-login-code-display-error-guidance = Det er en fejlskærm. Den kommer, når noget ikke passede. Der sker ikke noget slemt: tryk på »Prøv igen«.
practice-login-code-display-error-hint = Tryk på knappen »Prøv igen«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
practice-login-code-display-password-guidance = Nu beder boksen om din adgangskode. Her øver du: skriv øve-adgangskoden »{ $practice-password }«. Ingen må se dig skrive den rigtige.
practice-login-code-display-password-hint = Skriv »{ $practice-password }« og tryk på »Fortsæt«.
practice-login-code-display-done-guidance = Du er logget på med kodeviser og adgangskode. Godt gået!
