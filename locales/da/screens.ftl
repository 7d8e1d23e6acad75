### The Danish labels exactly as the citizen sees them on the real screens
### (content brief section 7, including capitalisation). Danish only: the app always shows
### these in Danish, in every language. Never translate them; there is no such file in other locales.
### One message per term in src-tauri/content/glossary.toml: screen-<term id>.
### The line below tells the locale check that no other locale should have this file.
### reference-only

## MitID login box and app
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# The box header reads "Log på hos" followed by the service's name.
screen-log-paa = Log på
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
screen-bruger-id = Bruger-ID
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
screen-fortsaet = Fortsæt
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
screen-aabn-mitid-app-og-godkend = Åbn { -mitid } app og godkend
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
screen-aabn-mitid-app = Åbn { -mitid } app
# The general word for approve (as in »Åbn MitID app og godkend«). The exact text of the
# approve control inside the app is not confirmed, so do not present it as that button.
screen-godkend = Godkend
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
screen-pin-kode = PIN-kode

## Authenticators
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
screen-identifikationsmiddel = Identifikationsmiddel
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
screen-kodeviser = Kodeviser
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
screen-kodeoplaeser = Kodeoplæser
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
screen-adgangskode = Adgangskode

## Everywhere
screen-cpr-nummer = CPR-nummer
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
screen-legitimation = Legitimation

## Digital Post
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-indbakke = Indbakke
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-besvar = Besvar
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-skriv-ny-besked = Skriv ny besked
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-vaelg-myndighed = Vælg myndighed
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-send = Send
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
screen-laese-og-skriveadgang = Læse- og skriveadgang
# Source: https://familieretshuset.dk/om-familieretshuset/saadan-kontakter-du-os/kontakt-fritagelse-fra-digital-post
screen-fritagelse = Fritagelse

## Brand and service names as drawn on the simulated screens
screen-mitid = { -mitid }
screen-borger-dk = { -borger-dk }
screen-borgerservice = { -borgerservice }

## Added for the practice flows
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/ (brief section 7)
screen-glemt-bruger-id = Glemt bruger-ID?
# Source: brief section 7 (MitID box link)
screen-skift-mitid-identifikationsmiddel = Skift { -mitid } identifikationsmiddel
# The made-up municipality the practice flows log in to, as the MitID app names who is asking.
screen-practice-service = Øvelse Kommune
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/ (the box header names the
# service; here the made-up one)
screen-log-paa-hos = Log på hos Øvelse Kommune
# Source: brief 1.4 and section 7 (checkbox under the Bruger-ID field, naming the service)
screen-husk-mig = Husk mig hos Øvelse Kommune
# Source: brief 1.4 (the list that »Skift MitID identifikationsmiddel« opens)
screen-vaelg-identifikationsmiddel = Vælg identifikationsmiddel
# Source: brief 1.4 (entries in »Vælg identifikationsmiddel«)
screen-mitid-app = { -mitid } app
screen-mitid-kodeviser = { -mitid } kodeviser
screen-mitid-chip = { -mitid } chip
# Source: brief section 7 ("Engangskode": the code a code display shows). The exact label of the
# code field in the box is not confirmed; the word is the one MitID uses for the code itself.
screen-engangskode = Engangskode
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
screen-indtast-din-adgangskode = Indtast din adgangskode
# Source: brief 1.4 and section 7 (error screens)
screen-proev-igen = Prøv igen

## Added for the MitID guides: getting MitID, a lost phone, a spare
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/ (brief 1.2 and section 7)
screen-bestil-tid = Bestil tid
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/ (brief 1.2 and section 7)
screen-kom-i-gang = Kom i gang
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/ (brief 1.6 and section 7)
screen-spaer = Spær
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/mitid-authenticator-is-blocked/ (brief 1.5 and section 7)
screen-aktiveringskode = Aktiveringskode
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri (the name in the phone's contacts)
screen-mitid-support = { -mitid } Support
# The made-up bank a fraudster pretends to call from, as the MitID app names who is asking.
screen-practice-bank = Øvelse Bank
