### The meaning of each Danish screen word, in plain language: one or two short sentences.
### One message per term in src-tauri/content/glossary.toml: glossary-<term id>.
### The Danish word itself is shown beside it (screens.ftl), so the meaning need not repeat it.
### Translators: you may start with the word in your language, then a colon and the meaning.

## MitID login box and app
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
glossary-log-paa = Du går ind på en tjeneste og viser, hvem du er. Nogle steder står der »Log ind« i stedet.
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
glossary-bruger-id = Det navn, du selv har valgt til { -mitid }. Du skriver det, når du logger på.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
glossary-fortsaet = Knappen, du trykker på for at gå videre til næste trin.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
glossary-aabn-mitid-app-og-godkend = Boksen venter på dig. Åbn { -mitid }-appen, og godkend kun, hvis det er dig, der er ved at logge på.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
glossary-aabn-mitid-app = En knap på telefonen, der åbner { -mitid }-appen med det samme.
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
glossary-godkend = Du siger ja til det, du har læst. Godkend kun noget, du selv har startet.
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
glossary-pin-kode = Din hemmelige kode til { -mitid }-appen. Del den aldrig med nogen.

## Authenticators
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
# Source: https://www.mitid.dk/mitid-chip
glossary-identifikationsmiddel = Det, du bruger til at vise, at det er dig: { -mitid }-appen, en kodeviser, en kodeoplæser eller en { -mitid }-chip.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
glossary-kodeviser = Et apparat, der viser en kode, som du kun kan bruge én gang. Du bruger den sammen med din adgangskode.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
glossary-kodeoplaeser = Et apparat, der læser koden højt. Det er til blinde og svagtseende.
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
glossary-adgangskode = Dit hemmelige kodeord. Du bruger det sammen med en kodeviser eller en kodeoplæser.

## Everywhere
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
glossary-cpr-nummer = Dit personnummer i Danmark. Det må ikke være dit bruger-ID.
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
glossary-legitimation = Papirer, der viser, hvem du er, fx pas, kørekort eller opholdskort.

## Digital Post
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-indbakke = Stedet, hvor dine breve og beskeder ligger.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-besvar = Svar på et brev. Du kan kun bruge det, når myndigheden tillader svar.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-skriv-ny-besked = Skriv en ny besked til en myndighed. Brug det, når »Besvar« ikke er der.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# "myndighed" = a public authority.
glossary-vaelg-myndighed = Vælg, hvilken myndighed du vil skrive til.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-send = Sender din besked af sted.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
glossary-laese-og-skriveadgang = En anden person må læse din { -digital-post } og også skrive og svare for dig.
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
glossary-fritagelse = At du ikke skal bruge { -digital-post }. Du søger om det personligt hos { -borgerservice }.

# Source: brief section 7 (MitID login link)
glossary-glemt-bruger-id = Et link til hjælp, hvis du ikke kan huske dit bruger-ID.
# Source: brief 1.4 and section 7 (MitID box link)
glossary-skift-mitid-identifikationsmiddel = Et link, hvor du vælger en anden måde at godkende på, for eksempel en kodeviser i stedet for appen.

## Added for the practice flows
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
glossary-log-paa-hos = Øverst i { -mitid }-boksen står, hvor du logger på. Tjek, at det er det sted, du selv valgte.
# Source: brief 1.4 and section 7
glossary-husk-mig = Et felt, du kan sætte flueben i. Så husker siden dit bruger-ID på denne computer. Gør det kun på din egen computer.
# Source: brief 1.4
glossary-vaelg-identifikationsmiddel = En liste, hvor du vælger, hvad du vil godkende med: appen, en kodeviser eller en chip.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
glossary-mitid-app = Godkend med { -mitid }-appen på din telefon eller tablet.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
glossary-mitid-kodeviser = Godkend med en kodeviser: et lille apparat, der viser en kode på seks cifre.
# Source: https://www.mitid.dk/mitid-chip
glossary-mitid-chip = Godkend med en { -mitid }-chip, som du sætter i computeren eller holder op til den.
# Source: brief 1.3 and section 7
glossary-engangskode = En kode, du kun kan bruge én gang. Kodeviseren viser en ny kode hver gang.
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
glossary-indtast-din-adgangskode = Skriv din adgangskode her. Den hører til kodeviseren. Del den aldrig med nogen.
# Source: brief 1.4 and section 7
glossary-proev-igen = Noget gik ikke som det skulle. Tryk her for at prøve en gang til.

## Added for the MitID guides: getting MitID, a lost phone, a spare
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
glossary-bestil-tid = Vælg en dag og et tidspunkt, hvor du kan komme til { -borgerservice }. Gør det, før du går derhen.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
glossary-kom-i-gang = En knap i { -mitid }-appen. Du trykker på den for at begynde, fx når du vil have { -mitid } med dit pas.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://taenk.dk/forbrugerliv/elektronik-og-digitale-tjenester/vaerd-at-vide-om-mitid
glossary-spaer = Luk for noget, så ingen kan bruge det. Spær din { -mitid }-app med det samme, hvis du mister din telefon.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/mitid-authenticator-is-blocked/
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
glossary-aktiveringskode = En kode, som du kan få hos { -borgerservice }. Med den aktiverer du { -mitid }-appen, fx på en ny telefon, eller når appen er spærret.
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
glossary-mitid-support = { -mitid }s egen hjælp på telefon: { $mitid-support-phone }. Ring selv til dem, hvis noget er galt med dit { -mitid }. De kan spærre det med det samme.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
glossary-borgerservice = Kommunens kontor for borgere. Du bestiller tid og møder op. Her kan du få { -mitid } og få hjælp.
