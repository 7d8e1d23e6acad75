### The meaning of each Danish screen word, in plain language: one or two short sentences.
### One message per term in src-tauri/content/glossary.toml: glossary-<term id>.
### The Danish word itself is shown beside it (screens.ftl), so the meaning need not repeat it.
### Translators: you may start with the word in your language, then a colon and the meaning.

## MitID login box and app
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
glossary-log-paa = Du går ind på en tjeneste og viser, hvem du er. Nogle steder står der »Log ind« i stedet.
glossary-log-paa-example = På en offentlig hjemmeside trykker du på »Log på«, når du vil ind med dit { -mitid }.
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
glossary-bruger-id = Det navn, du selv har valgt til { -mitid }. Du skriver det, når du logger på.
glossary-bruger-id-example = Når { -mitid }-boksen åbner, skriver du dit bruger-ID i feltet »Bruger-ID«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
glossary-fortsaet = Knappen, du trykker på for at gå videre til næste trin.
glossary-fortsaet-example = Når du har skrevet dit bruger-ID, trykker du på »Fortsæt«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
glossary-aabn-mitid-app-og-godkend = Boksen venter på dig. Åbn { -mitid }-appen, og godkend kun, hvis det er dig, der er ved at logge på.
glossary-aabn-mitid-app-og-godkend-example = Når { -mitid }-boksen viser »Åbn { -mitid } app og godkend«, tager du din telefon og åbner appen.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
glossary-aabn-mitid-app = En knap på telefonen, der åbner { -mitid }-appen med det samme.
glossary-aabn-mitid-app-example = Logger du på fra din telefon, trykker du på »Åbn { -mitid } app«, og appen åbner med det samme.
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
glossary-godkend = Du siger ja til det, du har læst. Godkend kun noget, du selv har startet.
glossary-godkend-example = Når du ser ordet »Godkend«, skal du først læse, hvem der spørger, og hvad du siger ja til.
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
glossary-pin-kode = Din hemmelige kode til { -mitid }-appen. Del den aldrig med nogen.
glossary-pin-kode-example = Når du åbner { -mitid }-appen, kan den bede om din »PIN-kode«.

## Authenticators
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
# Source: https://www.mitid.dk/mitid-chip
glossary-identifikationsmiddel = Det, du bruger til at vise, at det er dig: { -mitid }-appen, en kodeviser, en kodeoplæser eller en { -mitid }-chip.
glossary-identifikationsmiddel-example = På MitID.dk kan du se hvert »Identifikationsmiddel«, du har, fx din { -mitid }-app.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
glossary-kodeviser = Et apparat, der viser en kode, som du kun kan bruge én gang. Du bruger den sammen med din adgangskode.
glossary-kodeviser-example = Med en »Kodeviser« logger du på med koden fra det lille apparat og din adgangskode.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
glossary-kodeoplaeser = Et apparat, der læser koden højt. Det er til blinde og svagtseende.
glossary-kodeoplaeser-example = Er du blind eller svagtseende, kan en »Kodeoplæser« læse koden højt for dig.
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
glossary-adgangskode = Dit hemmelige kodeord. Du bruger det sammen med en kodeviser eller en kodeoplæser.
glossary-adgangskode-example = Bruger du en kodeviser, skriver du også din »Adgangskode«, når du logger på.

## Everywhere
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
glossary-cpr-nummer = Dit personnummer i Danmark. Det må ikke være dit bruger-ID.
glossary-cpr-nummer-example = Når du beder om adgang til en andens { -digital-post }, skriver du personens »CPR-nummer«.
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
glossary-legitimation = Papirer, der viser, hvem du er, fx pas, kørekort eller opholdskort.
glossary-legitimation-example = Skal du have { -mitid } hos { -borgerservice }, tager du »Legitimation« med, fx dit pas.

## Digital Post
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-indbakke = Stedet, hvor dine breve og beskeder ligger.
glossary-indbakke-example = Når du åbner din { -digital-post } på { -borger-dk }, ser du først din »Indbakke«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-besvar = Svar på et brev. Du kan kun bruge det, når myndigheden tillader svar.
glossary-besvar-example = Brevet fra kommunen har en knap »Besvar«. Så kan du svare direkte på brevet.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-skriv-ny-besked = Skriv en ny besked til en myndighed. Brug det, når »Besvar« ikke er der.
glossary-skriv-ny-besked-example = Er der ingen knap »Besvar« på brevet, trykker du på »Skriv ny besked«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# "myndighed" = a public authority.
glossary-vaelg-myndighed = Vælg, hvilken myndighed du vil skrive til.
glossary-vaelg-myndighed-example = Når du skriver en ny besked, vælger du modtageren under »Vælg myndighed«, fx din kommune.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
glossary-send = Sender din besked af sted.
glossary-send-example = Når du har skrevet din besked færdig, trykker du på »Send«.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
glossary-laese-og-skriveadgang = En anden person må læse din { -digital-post } og også skrive og svare for dig.
glossary-laese-og-skriveadgang-example = Vil din datter svare på breve for dig, kan du give hende »Læse- og skriveadgang« til din { -digital-post }.
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
glossary-fritagelse = At du ikke skal bruge { -digital-post }. Du søger om det personligt hos { -borgerservice }.
glossary-fritagelse-example = Kan du ikke bruge { -digital-post }, kan du spørge { -borgerservice } om »Fritagelse«.

# Source: brief section 7 (MitID login link)
glossary-glemt-bruger-id = Et link til hjælp, hvis du ikke kan huske dit bruger-ID.
glossary-glemt-bruger-id-example = Kan du ikke huske dit bruger-ID, trykker du på linket »Glemt bruger-ID?« i { -mitid }-boksen.
# Source: brief 1.4 and section 7 (MitID box link)
glossary-skift-mitid-identifikationsmiddel = Et link, hvor du vælger en anden måde at godkende på, for eksempel en kodeviser i stedet for appen.
glossary-skift-mitid-identifikationsmiddel-example = Vil du logge på med en kodeviser i stedet for appen, trykker du på »Skift { -mitid } identifikationsmiddel«.

## Added for the practice flows
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
glossary-log-paa-hos = Øverst i { -mitid }-boksen står, hvor du logger på. Tjek, at det er det sted, du selv valgte.
glossary-log-paa-hos-example = I øvelsen står der »Log på hos Øvelse Kommune« øverst i { -mitid }-boksen. Så ved du, hvor du logger på.
# Source: brief 1.4 and section 7
glossary-husk-mig = Et felt, du kan sætte flueben i. Så husker siden dit bruger-ID på denne computer. Gør det kun på din egen computer.
glossary-husk-mig-example = I øvelsen står der »Husk mig hos Øvelse Kommune« under feltet til dit bruger-ID. Sæt kun flueben på din egen computer.
# Source: brief 1.4
glossary-vaelg-identifikationsmiddel = En liste, hvor du vælger, hvad du vil godkende med: appen, en kodeviser eller en chip.
glossary-vaelg-identifikationsmiddel-example = Trykker du på »Skift { -mitid } identifikationsmiddel«, åbner listen »Vælg identifikationsmiddel«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
glossary-mitid-app = Godkend med { -mitid }-appen på din telefon eller tablet.
glossary-mitid-app-example = Vil du godkende med din telefon, trykker du på »{ -mitid } app« i listen.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
glossary-mitid-kodeviser = Godkend med en kodeviser: et lille apparat, der viser en kode på seks cifre.
glossary-mitid-kodeviser-example = Vil du logge på med en kodeviser, trykker du på »{ -mitid } kodeviser« i listen.
# Source: https://www.mitid.dk/mitid-chip
glossary-mitid-chip = Godkend med en { -mitid }-chip, som du sætter i computeren eller holder op til den.
glossary-mitid-chip-example = Har du en chip til { -mitid }, trykker du på »{ -mitid } chip« i listen.
# Source: brief 1.3 and section 7
glossary-engangskode = En kode, du kun kan bruge én gang. Kodeviseren viser en ny kode hver gang.
glossary-engangskode-example = Kodeviseren viser en »Engangskode«, som du skriver i { -mitid }-boksen.
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
glossary-indtast-din-adgangskode = Skriv din adgangskode her. Den hører til kodeviseren. Del den aldrig med nogen.
glossary-indtast-din-adgangskode-example = Når du har skrevet koden fra kodeviseren, står der »Indtast din adgangskode«.
# Source: brief 1.4 and section 7
glossary-proev-igen = Noget gik ikke som det skulle. Tryk her for at prøve en gang til.
glossary-proev-igen-example = Går noget galt, når du logger på, kan du trykke på »Prøv igen«.

## Added for the MitID guides: getting MitID, a lost phone, a spare
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
glossary-bestil-tid = Vælg en dag og et tidspunkt, hvor du kan komme til { -borgerservice }. Gør det, før du går derhen.
glossary-bestil-tid-example = Før du går til { -borgerservice }, trykker du på »Bestil tid« på kommunens hjemmeside.
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
glossary-kom-i-gang = En knap i { -mitid }-appen. Du trykker på den for at begynde, fx når du vil have { -mitid } med dit pas.
glossary-kom-i-gang-example = Vil du have { -mitid } med dit pas, åbner du appen og trykker på »Kom i gang«.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://taenk.dk/forbrugerliv/elektronik-og-digitale-tjenester/vaerd-at-vide-om-mitid
glossary-spaer = Luk for noget, så ingen kan bruge det. Spær din { -mitid }-app med det samme, hvis du mister din telefon.
glossary-spaer-example = Mister du din telefon, skal appen spærres med det samme. Ordet »Spær« møder du på MitID.dk.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/mitid-authenticator-is-blocked/
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
glossary-aktiveringskode = En kode, som du kan få hos { -borgerservice }. Med den aktiverer du { -mitid }-appen, fx på en ny telefon, eller når appen er spærret.
glossary-aktiveringskode-example = Har du fået en ny telefon, kan du få en »Aktiveringskode« hos { -borgerservice } og aktivere appen med den.
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
glossary-mitid-support = { -mitid }s egen hjælp på telefon: { $mitid-support-phone }. Ring selv til dem, hvis noget er galt med dit { -mitid }. De kan spærre det med det samme.
glossary-mitid-support-example = Gem nummeret i din telefon som »{ -mitid } Support«, så du selv kan ringe, hvis noget er galt.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
glossary-borgerservice = Kommunens kontor for borgere. Du bestiller tid og møder op. Her kan du få { -mitid } og få hjælp.
glossary-borgerservice-example = Skal du have { -mitid }, bestiller du først tid hos »{ -borgerservice }« i din kommune.

## Digital Post: reading, writing and sorting
# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally (brief 2, section 7)
# "det offentlige" = the public authorities (state, municipality and so on).
glossary-digital-post = Din sikre postkasse til breve fra det offentlige. Du har pligt til at læse dine breve.
glossary-digital-post-example = Breve fra kommunen kommer i din »{ -digital-post }«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-besked = En kort skrevet tekst, som du sender til en myndighed eller får fra den.
glossary-besked-example = I { -digital-post } kan du skrive en »Besked« til en myndighed, fx din kommune.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
# [UNVERIFIED] in brief section 7: »Emne« is a generic word, not confirmed on the current screen.
glossary-emne = En kort overskrift, der fortæller, hvad dit brev eller din tekst handler om.
glossary-emne-example = Når du skriver en besked, kan der være et felt »Emne« til en kort overskrift.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-vedhaeft-fil = Læg en fil med i det, du sender, fx et dokument eller et billede.
glossary-vedhaeft-fil-example = Vil du sende et billede af et papir med din besked, trykker du på »Vedhæft fil«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
# [UNVERIFIED] in brief 2: how attachments are shown and opened. Do not describe it.
glossary-vedhaeftede-filer = Filer, der følger med et brev, fx et dokument.
glossary-vedhaeftede-filer-example = Et brev kan have »Vedhæftede filer«, fx et dokument, som du også skal læse.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-videresend = Send et brev, du har fået, videre til en anden.
glossary-videresend-example = Har du fået et brev, som en anden også skal se, kan du bruge »Videresend«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-mapper = Steder i postkassen, hvor du kan samle dine breve, så de er lette at finde igen.
glossary-mapper-example = I »Mapper« kan du samle dine breve, fx alle breve om skat.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-flyt = Læg et brev over i en anden mappe.
glossary-flyt-example = Vil du lægge et brev i en anden mappe, bruger du »Flyt«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
# [UNVERIFIED] in brief section 7: »Slet« is a generic word, not confirmed on the current screen.
glossary-slet = Fjern noget, fx et brev, så det ikke er der mere.
glossary-slet-example = Brug kun »Slet«, hvis du er sikker på, at du ikke skal bruge brevet igen.
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden (brief 2, section 7)
glossary-menu = En liste med flere valg. Her finder du fx, hvem der må se din post.
glossary-menu-example = I { -digital-post } på { -borger-dk } finder du »Læse- og skriveadgang« under »Menu«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-indstillinger = Stedet, hvor du kan ændre, hvordan tingene virker for dig.
glossary-indstillinger-example = I { -digital-post } kan du åbne »Indstillinger« og ændre, hvordan tingene virker for dig.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-fuldskaerm = Vis brevet på hele skærmen, så det er lettere at læse.
glossary-fuldskaerm-example = Er brevet svært at læse, kan du trykke på »Fuldskærm«, så det fylder hele skærmen.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-zoom-ind = Gør teksten større.
glossary-zoom-ind-example = Er teksten i brevet for lille, trykker du på »Zoom ind«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post (brief 2, section 7)
glossary-zoom-ud = Gør teksten mindre.
glossary-zoom-ud-example = Er teksten blevet for stor, trykker du på »Zoom ud«.

## Digital Post: access for a helper
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden (brief 2, section 7)
glossary-anmod-om-adgang = Bed om lov til at se en andens { -digital-post }. Personen skal selv sige ja i sin egen { -digital-post }.
glossary-anmod-om-adgang-example = Vil du hjælpe din mor med hendes { -digital-post }, trykker du på »Anmod om adgang«. Hun skal så sige ja i sin egen { -digital-post }.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post (brief 2, section 7)
glossary-laeseadgang = En anden person må læse din { -digital-post }. Personen må ikke skrive eller svare for dig.
glossary-laeseadgang-example = Med »Læseadgang« kan din søn læse dine breve, men han kan ikke svare på dem for dig.
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden (brief 2, section 7)
# The request form asks for a name; the exact field label is not confirmed.
glossary-navn = Her skriver du, hvad personen hedder.
glossary-navn-example = I en formular skriver du tit, hvad en person hedder, i feltet »Navn«.
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden (brief 2, section 7)
# The request form asks for an end date; the exact field label is not confirmed.
glossary-slutdato = Den sidste dag, noget gælder, fx hvor længe en anden må se din post.
glossary-slutdato-example = Et felt »Slutdato« spørger, hvor længe noget skal gælde.

## Generic buttons
# Source: brief section 7
# [UNVERIFIED] in brief 1.4 and section 7: the wording of the reject control in the MitID app.
# Keep the meaning general; do not say it is the button in the app.
glossary-afvis = Sig nej til noget, du bliver bedt om.
glossary-afvis-example = Står der »Afvis«, kan du trykke der, hvis du vil sige nej.
# Source: brief section 7
# [UNVERIFIED] in brief section 7: »Annuller« is a generic word, not confirmed on the current screens.
glossary-annuller = Fortryd og stop det, du er i gang med.
glossary-annuller-example = Har du trykket forkert, kan du ofte trykke på »Annuller« og starte forfra.
# Source: brief section 7
# [UNVERIFIED] in brief section 7: »Afbryd« is a generic word, not confirmed on the current screens.
glossary-afbryd = Stop noget, før det er færdigt.
glossary-afbryd-example = Vil du stoppe midt i noget, kan der være en knap »Afbryd«.
# Source: brief section 7
glossary-naeste = Gå videre til den følgende side.
glossary-naeste-example = I en formular trykker du på »Næste«, når du er færdig med en side.
# Source: brief section 7
glossary-tilbage = Gå en side bagud, til det du så før.
glossary-tilbage-example = Har du glemt noget på siden før, trykker du på »Tilbage«.
# Source: brief section 7
glossary-luk = Fjern et vindue fra skærmen, når du er færdig med det.
glossary-luk-example = Når du har læst et dokument færdigt, kan du trykke på »Luk«.

## borger.dk self-service: moving house
# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/ (brief 3, section 7)
glossary-selvbetjening = Sider på nettet, hvor du selv klarer sager med det offentlige, fx når du flytter. Kan du bruge dem, skal du gøre det der.
glossary-selvbetjening-example = Når du skal melde flytning, bruger du en »Selvbetjening« på { -borger-dk }.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
glossary-meld-flytning = Fortæl det offentlige, at du flytter til et nyt sted.
glossary-meld-flytning-example = Skal du flytte, finder du »Meld flytning« på { -borger-dk }.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# $move-report-days-before and $move-report-days-after are numbers of days.
glossary-anmeld-flytning = Formularen, hvor du giver din nye adresse. Du kan sende den fra { $move-report-days-before ->
        [one] { $move-report-days-before } dag
       *[other] { $move-report-days-before } dage
    } før, til { $move-report-days-after ->
        [one] { $move-report-days-after } dag
       *[other] { $move-report-days-after } dage
    } efter, at du flytter.
glossary-anmeld-flytning-example = Når du flytter, udfylder du »Anmeld flytning til folkeregisteret« på { -borger-dk }.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# $health-card-weeks is a number of weeks.
glossary-sundhedskort = Dit gule kort fra det offentlige. Når du flytter, kommer der et nyt efter cirka { $health-card-weeks ->
        [one] { $health-card-weeks } uge
       *[other] { $health-card-weeks } uger
    }.
glossary-sundhedskort-example = Når du har meldt flytning, får du et nyt »Sundhedskort«.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
glossary-laegevalg = Her vælger du, hvilken læge du vil have. Når du flytter, kan du beholde din læge eller skifte.
glossary-laegevalg-example = Når du melder flytning, kommer du også til »Lægevalg«. Der beholder du din læge eller skifter.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# The exact field label is not confirmed.
glossary-ny-adresse = Feltet, hvor du skriver, hvor du flytter hen.
glossary-ny-adresse-example = I en formular om flytning kan der stå »Ny adresse«. Der skriver du, hvor du flytter hen.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# The exact field label is not confirmed.
glossary-flyttedato = Den dag, du flytter til dit nye sted.
glossary-flyttedato-example = Står der »Flyttedato«, skriver du den dag, du flytter.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# The exact wording of this choice is not confirmed.
glossary-behold-nuvaerende-laege = Vælg dette, hvis du vil have den samme læge som nu.
glossary-behold-nuvaerende-laege-example = Står der »Behold nuværende læge«, vælger du det, hvis du vil have den samme læge som før.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# The exact wording of this choice is not confirmed. $doctor-change-km is a number of kilometres;
# in a few places in and near Copenhagen a shorter move is enough, so the sentence stays true there.
glossary-vaelg-ny-laege = Vælg dette, hvis du vil skifte til en anden læge. Flytter du mere end { $doctor-change-km } km, kan du skifte gratis.
glossary-vaelg-ny-laege-example = Står der »Vælg ny læge«, vælger du det, hvis du vil skifte læge.
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte (brief 3, section 7)
# A generic word for the page shown after a form is sent.
glossary-kvittering = Siden, der viser, at det, du har sendt, er kommet frem.
glossary-kvittering-example = Når du har sendt en formular, kan en »Kvittering« vise, at den er kommet frem.

## borger.dk self-service: digital power of attorney
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen (brief 1.9, section 7)
glossary-digital-fuldmagt = En selvbetjening på { -borger-dk }. Her giver du en anden lov til at se dine oplysninger eller gøre noget for dig.
glossary-digital-fuldmagt-example = Vil du lade din søn melde flytning for dig, kan du bruge »Digital fuldmagt« på { -borger-dk }.
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen (brief 1.9, section 7)
glossary-fuldmagt = Lov, som du giver en anden person til at gøre noget for dig, fx melde flytning. Den gælder tit kun én opgave.
glossary-fuldmagt-example = Med en »Fuldmagt« kan din datter se dine prøvesvar på sundhed.dk.
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen (brief 1.9, section 7)
glossary-fuldmagtsgiver = Den person, der giver en anden lov til at gøre noget for sig.
glossary-fuldmagtsgiver-example = Giver du din søn lov til at hjælpe dig, er du »Fuldmagtsgiver«.
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen (brief 1.9, section 7)
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb (brief 1.8)
glossary-fuldmagtshaver = Den person, der får lov til at gøre noget for en anden. Personen logger på med sit eget { -mitid }.
glossary-fuldmagtshaver-example = Har din mor givet dig lov til at hjælpe hende, er du »Fuldmagtshaver«.
# Source: https://aalborg.dk/mit-liv/personlige-forhold/post-mitid-og-digital-post/digital-fuldmagt (brief 1.9, section 7)
# The exact button text is not confirmed.
glossary-giv-fuldmagt = Her giver du en anden person lov til at hjælpe dig. Du bekræfter med dit { -mitid }.
glossary-giv-fuldmagt-example = Står der »Giv fuldmagt«, er det her, du giver en anden lov til at hjælpe dig.
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962 (brief 1.9, section 7)
glossary-vaelg-person = Når du hjælper en anden med en fuldmagt, vælger du her den person, du vil hjælpe.
glossary-vaelg-person-example = Når du har logget på med dit eget { -mitid } for at hjælpe din far, trykker du på »Vælg person«.
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962 (brief 1.9, section 7)
glossary-bekraeft = Sig, at det er rigtigt, og gå videre.
glossary-bekraeft-example = Når du har valgt den person, du hjælper, trykker du på »Bekræft«.

## Tax, payments and fraud
# Source: https://skat.dk/data.aspx?oid=3468 (brief 4, section 7)
glossary-forskudsopgoerelse = Et budget for din indkomst og skat næste år. Den kommer i midten af november, og du retter den, hvis din indkomst ændrer sig.
glossary-forskudsopgoerelse-example = Får du et nyt arbejde med en anden løn, skal du rette din »Forskudsopgørelse« på skat.dk.
# Source: https://skat.dk/data.aspx?oid=3468 (brief 4, section 7)
glossary-aarsopgoerelse = Resultatet for din skat sidste år. Den viser, om du får penge tilbage, eller om du skal betale mere.
glossary-aarsopgoerelse-example = Fra marts kan du se din »Årsopgørelse« for sidste år på skat.dk.
# Source: https://skat.dk/data.aspx?oid=3468 (brief 4, section 7)
glossary-restskat = Skat, som du stadig mangler at betale for sidste år.
glossary-restskat-example = Står der »Restskat« på din årsopgørelse, skal du betale mere i skat.
# Source: https://digst.dk/it-loesninger/nemkonto/spoergsmaal-og-svar/ (brief 4, section 7)
glossary-nemkonto = Din almindelige bankkonto, hvor det offentlige sætter penge ind, fx penge tilbage i skat. Det offentlige kan ikke se, hvad der står på kontoen.
glossary-nemkonto-example = Når du får penge tilbage i skat, kommer de ind på din »NemKonto«.
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald (brief 1.7, section 7)
glossary-svindel = Når nogen snyder dig for at få dine penge, dine oplysninger eller dit { -mitid }.
glossary-svindel-example = Ringer nogen og beder dig godkende noget i { -mitid }-appen, er det »Svindel«.
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald (brief 1.7, section 7)
glossary-fupopkald = Et falsk opkald fra en, der lader som om, de er fra banken, politiet, { -mitid-support } eller { -borgerservice }. De vil have dig til at godkende noget eller give dine oplysninger.
glossary-fupopkald-example = Siger en, der ringer, at han er fra banken, og beder om dine oplysninger, er det et »Fupopkald«.
