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

## Digital Post: reading, writing and sorting (brief 2, section 7)
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-digital-post = { -digital-post }
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-besked = Besked
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# The brief marks »Emne« as a generic word, not confirmed on the current screen.
screen-emne = Emne
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-vedhaeft-fil = Vedhæft fil
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-vedhaeftede-filer = Vedhæftede filer
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-videresend = Videresend
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-mapper = Mapper
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-flyt = Flyt
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# The brief marks »Slet« as a generic word, not confirmed on the current screen.
screen-slet = Slet
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-menu = Menu
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-indstillinger = Indstillinger
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-fuldskaerm = Fuldskærm
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-zoom-ind = Zoom ind
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
screen-zoom-ud = Zoom ud

## Digital Post: access for a helper (brief 2, section 7)
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
screen-anmod-om-adgang = Anmod om adgang
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
screen-laeseadgang = Læseadgang
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# The request form asks for name, CPR number and end date (brief 2); the exact field labels are not confirmed.
screen-navn = Navn
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# The request form asks for name, CPR number and end date (brief 2); the exact field labels are not confirmed.
screen-slutdato = Slutdato

## Generic buttons (section 7)
# Source: brief section 7
# [UNVERIFIED] in brief section 7: the wording of the reject control in the MitID app. Never present it as that button.
screen-afvis = Afvis
# Source: brief section 7
# The brief marks »Annuller/Afbryd« as generic words, not confirmed on the current screens.
screen-annuller = Annuller
# Source: brief section 7
# The brief marks »Annuller/Afbryd« as generic words, not confirmed on the current screens.
screen-afbryd = Afbryd
# Source: brief section 7
screen-naeste = Næste
# Source: brief section 7
# A generic word for going back one page; not in the brief's list.
screen-tilbage = Tilbage
# Source: brief section 7
# A generic word for closing a window or a viewer; not in the brief's list.
screen-luk = Luk

## borger.dk self-service: moving house (brief 3, section 7)
# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
screen-selvbetjening = Selvbetjening
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
screen-meld-flytning = Meld flytning
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
screen-anmeld-flytning = Anmeld flytning til folkeregisteret
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
screen-sundhedskort = Sundhedskort
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
screen-laegevalg = Lægevalg
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# The move form asks for the new address and the moving date (brief 3); the exact field labels are not confirmed.
screen-ny-adresse = Ny adresse
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# The move form asks for the new address and the moving date (brief 3); the exact field labels are not confirmed.
screen-flyttedato = Flyttedato
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# The form lets you keep your doctor or change (brief 3); the exact wording of the two choices is not confirmed.
screen-behold-nuvaerende-laege = Behold nuværende læge
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# The form lets you keep your doctor or change (brief 3); the exact wording of the two choices is not confirmed.
screen-vaelg-ny-laege = Vælg ny læge
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# A generic word for the receipt page after sending a form; not in the brief's list.
screen-kvittering = Kvittering

## borger.dk self-service: digital power of attorney (brief 1.9, section 7)
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
screen-digital-fuldmagt = Digital fuldmagt
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
screen-fuldmagt = Fuldmagt
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
screen-fuldmagtsgiver = Fuldmagtsgiver
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
screen-fuldmagtshaver = Fuldmagtshaver
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# The grantor gives a power of attorney with MitID (brief 1.9); the exact button text is not confirmed.
screen-giv-fuldmagt = Giv fuldmagt
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
screen-vaelg-person = Vælg person
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
screen-bekraeft = Bekræft

## Words the guides use: tax, payments and fraud (brief 4, 1.7, section 7)
# Source: https://skat.dk/data.aspx?oid=3468
screen-forskudsopgoerelse = Forskudsopgørelse
# Source: https://skat.dk/data.aspx?oid=3468
screen-aarsopgoerelse = Årsopgørelse
# Source: https://skat.dk/data.aspx?oid=3468
screen-restskat = Restskat
# Source: https://digst.dk/it-loesninger/nemkonto/spoergsmaal-og-svar/
screen-nemkonto = NemKonto
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
screen-svindel = Svindel
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
screen-fupopkald = Fupopkald
