### Facilitator notes: Digital Post. One note per guide step and per practice screen, for the ambassador only.
### Each note: Sig = what to say or show the group; Spørg = a question for the group, or a
### common question and its short answer; Pas på = a common mistake and how to help.
### Words in »…« are the Danish words on the screen. Facts come from /work/shared/content-brief.md.
### Not legal advice: questions about duties and rights go to Borgerservice or Den Digitale Hotline.

## Guide: what-is-digital-post

# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-what-is-digital-post-what =
    Sig: { -digital-post } er en sikker postkasse til breve fra det offentlige. Man åbner den med sit eget { -mitid }.
    Spørg: Hvornår får man { -digital-post }? Svar: Automatisk, når man fylder { $digital-post-min-age } år.
    Pas på: Mange tror, det er almindelig mail. Forklar, at man kun kommer ind med sit eget { -mitid }, og at ingen andre må bruge det.

# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post---e-boks
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
note-guide-what-is-digital-post-duty =
    Sig: Man har pligt til at læse sin { -digital-post }. Et brev tæller som modtaget, når det er kommet frem, også selv om man ikke har åbnet det.
    Spørg: Hvad hvis jeg ikke læser et brev? Svar: Det tæller stadig som modtaget. Spørgsmål om pligter går til { -borgerservice }.
    Pas på: Giv ikke juridiske råd om frister eller følger. Henvis til { -borgerservice } eller { -digital-hotline } på { $digital-hotline-phone }.

# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
# Source: https://aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post
note-guide-what-is-digital-post-where =
    Sig: Det er den samme postkasse, uanset hvor man åbner den: på { -borger-dk }, i appen { -digital-post }, i { -e-boks } eller på { -mit-dk }.
    Spørg: Hvor læser I jeres post i dag? Lad nogle stykker vise, hvilket sted de bruger.
    Pas på: { -e-boks } viser først offentlig post, når man har givet lov. Mangler den offentlige post dér, så prøv { -borger-dk } eller appen.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# Source: https://www.rksk.dk/borger/den-digitale-borger
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-what-is-digital-post-inbox =
    Sig: På { -borger-dk } er forsiden »Indbakke«. Man klikker på titlen på et brev for at åbne det. Vis billedet af indbakken.
    Spørg: Hvordan opdager jeg ny post? Svar: Man kan få en mail eller sms, hvis man har skrevet sine kontaktoplysninger ind.
    Pas på: Uden kontaktoplysninger kommer der ingen besked om ny post. Du må gerne hjælpe med telefonnummer og mail, men lad personen selv logge på.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-guide-what-is-digital-post-reply =
    Sig: »Besvar« findes kun, når myndigheden tillader svar. Ellers trykker man »Skriv ny besked«, vælger under »Vælg myndighed« og trykker »Send«.
    Spørg: Hvad gør I, hvis der ikke er nogen knap »Besvar«? Svar: Skriv en ny besked til den samme myndighed.
    Pas på: Mange leder længe efter »Besvar«. Sig, at det er helt normalt, at den mangler, og at en ny besked er den rigtige vej.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-what-is-digital-post-access =
    Sig: Man kan give en anden »Læseadgang« eller »Læse- og skriveadgang« til sin { -digital-post }. { -borgerservice } kan hjælpe med at give den.
    Spørg: Skal jeg så ikke selv læse min post mere? Svar: Jo. Man har stadig selv pligt til at læse sin post.
    Pas på: At give adgang er ikke det samme som at dele { -mitid }. Ingen må bruge en andens { -mitid }, heller ikke familien.

# Source: https://familieretshuset.dk/om-familieretshuset/saadan-kontakter-du-os/kontakt-fritagelse-fra-digital-post
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# How long an exemption lasts is not confirmed: the note tells the ambassador not to say it.
note-guide-what-is-digital-post-exemption =
    Sig: Kan man ikke bruge { -digital-post }, kan man søge om fritagelse. Man møder selv op hos { -borgerservice } med legitimation. Vis billedet.
    Spørg: Skal jeg forklare, hvorfor jeg vil fritages? Svar: Nej, man behøver ikke sige, hvilken grund der gælder.
    Pas på: Lov ikke noget om, hvor længe en fritagelse gælder. Sig, at man altid kan fortryde, og henvis til { -borgerservice }.

## Guide: digital-post-where

# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
note-guide-digital-post-where-places =
    Sig: Der er én postkasse, men man kan åbne den flere steder: { -borger-dk }, appen { -digital-post }, { -e-boks } og { -mit-dk }.
    Spørg: Hvilket sted passer bedst til jer: telefonen eller computeren?
    Pas på: Nogle tror, de har flere postkasser med forskellige breve. Forklar, at den offentlige post er den samme alle steder.

# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-digital-post-where-app-and-e-boks =
    Sig: Appen { -digital-post } kommer fra det offentlige og viser kun offentlig post. { -e-boks } viser først den offentlige post, når man har givet lov.
    Spørg: Hvorfor ser jeg ikke kommunens breve i { -e-boks }? Svar: Måske har du ikke givet lov. Læs dem på { -borger-dk } eller i appen.
    Pas på: Lad deltagerne selv åbne appen på deres egen telefon. Kig væk, når de taster deres PIN-kode.

# Source: https://aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
note-guide-digital-post-where-private =
    Sig: Private firmaer, fx banken, vælger selv, om de sender til { -e-boks } eller til { -mit-dk }. Appen { -digital-post } viser ikke breve fra firmaer.
    Spørg: Jeg venter et brev fra banken. Hvor er det? Svar: Kig både i { -e-boks } og på { -mit-dk }.
    Pas på: Bland ikke offentlig og privat post sammen. Adgang til en andens { -digital-post } gælder ikke breve fra private firmaer.

# Source: https://www.rksk.dk/borger/den-digitale-borger
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post---e-boks
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# NemSMS is left out: whether it still exists is not confirmed.
note-guide-digital-post-where-notices =
    Sig: Man kan få en mail eller sms, når der kommer ny post, men kun hvis man har skrevet sine kontaktoplysninger ind.
    Spørg: Hvorfor er det vigtigt? Svar: Et brev tæller som modtaget, når det er kommet frem, også hvis man ikke har læst det.
    Pas på: Du må gerne hjælpe med at skrive telefonnummer og mail ind. Lad personen selv logge på, og kig væk ved PIN-koden.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-guide-digital-post-where-borger-dk =
    Sig: Vis billedet: forsiden er »Indbakke«. »Fuldskærm« viser brevet på hele skærmen, »Zoom ind« og »Zoom ud« gør teksten større og mindre.
    Spørg: Hvem synes, teksten på skærmen tit er for lille? Hvad kan man så trykke på?
    Pas på: Nogle giver op, fordi teksten er for lille. Lad dem prøve »Zoom ind« og »Fuldskærm« i øvelsen, før de prøver hjemme.

# Source: https://www.randers.dk/borger/personligt/hjaelp-og-service/alt-om-digital-post/digital-post-for-dig-paa-15-aar/
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-digital-post-where-at-15 =
    Sig: Når man fylder { $digital-post-min-age } år, får man automatisk sin egen { -digital-post }. Den unge og forældrene får et brev om det før fødselsdagen.
    Spørg: Får jeg som forælder stadig mit barns breve? Svar: Nej, ikke fra fødselsdagen. De kommer i barnets egen { -digital-post }.
    Pas på: Den unge skal bruge sit eget { -mitid }. Forældre må ikke logge på med barnets { -mitid }. Spørgsmål om adgang: { -borgerservice }.

## Guide: digital-post-access

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
note-guide-digital-post-access-read =
    Sig: Med »Læseadgang« kan hjælperen læse, videresende, flytte breve til mapper, markere læst eller ulæst og se, hvad der er sket i postkassen.
    Spørg: Kan hjælperen svare for mig? Svar: Ikke med »Læseadgang«. Den giver ikke lov til at skrive, svare, slette helt eller give andre adgang.
    Pas på: Nogle vælger »Læseadgang«, selv om de vil have hjælp til at svare. Spørg først, hvad personen har brug for hjælp til.

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
note-guide-digital-post-access-read-write =
    Sig: »Læse- og skriveadgang« giver det samme som »Læseadgang«, og så kan hjælperen også skrive nye beskeder og svare på breve.
    Spørg: Kan myndigheden se, at det var min datter, der skrev? Svar: Ja, myndigheden kan se, hvem der har hjulpet.
    Pas på: Giv kun skriveadgang til en, man stoler på. Ejeren har stadig selv pligt til at læse sin post.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# The layout of the real request pages is not confirmed: the note names the words, not where they stand.
note-guide-digital-post-access-ask =
    Sig: Hjælperen logger på sin egen { -digital-post }: »Menu«, »Læse- og skriveadgang«, »Anmod om adgang«. Så navn, CPR-nummer, slutdato og »Send«.
    Spørg: Hvorfor logger hjælperen ikke bare på med mors { -mitid }? Svar: Ingen må bruge en andens { -mitid }, heller ikke familien.
    Pas på: Den rigtige side kan se anderledes ud. Led efter ordene, ikke efter hvor de står. Kig væk, når nogen taster sin PIN-kode.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# How the owner's approval looks is not confirmed: the note does not describe the page.
note-guide-digital-post-access-approve =
    Sig: Hjælperen får ikke adgang med det samme. Ejeren skal selv godkende anmodningen i sin egen { -digital-post }.
    Spørg: Hvad skal jeg tjekke, før jeg godkender? Svar: Hvem der beder om adgang, og hvilken slags. Godkend kun, hvis du kender personen.
    Pas på: Ejeren logger selv på med sit eget { -mitid }. Kig væk, mens PIN-koden tastes, og lad ejeren selv trykke.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
note-guide-digital-post-access-borgerservice =
    Sig: { -borgerservice } kan også give adgangen. Kan ejeren ikke selv komme, kan hjælperen tage en fuldmagt fra ejeren med. Vis billedet.
    Spørg: Hvad gør vi, hvis min mor ikke selv kan godkende? Svar: Spørg { -borgerservice }. De kan give adgangen, evt. med en fuldmagt.
    Pas på: Lov ikke, hvilke papirer { -borgerservice } kræver i den enkelte sag. Bed deltageren spørge { -borgerservice } først.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
note-guide-digital-post-access-limits =
    Sig: Adgangen gælder den offentlige post på { -borger-dk }, i appen { -digital-post }, i { -e-boks } og på { -mit-dk }. Ikke breve fra firmaer.
    Spørg: Kan min søn så også se mine breve fra banken? Svar: Nej, adgangen gælder ikke breve fra private firmaer.
    Pas på: Ejeren har stadig selv pligt til at læse sin post. Ved tvivl: { -borgerservice } eller { -digital-hotline } på { $digital-hotline-phone }.

## Guide: digital-post-exemption

# Source: https://familieretshuset.dk/om-familieretshuset/saadan-kontakter-du-os/kontakt-fritagelse-fra-digital-post
note-guide-digital-post-exemption-who =
    Sig: Grunde kan fx være et handicap, sprogbarrierer, ingen computer med internet derhjemme, ingen fast adresse, eller at { -mitid } er svært at få.
    Spørg: Tæller min smartphone som en computer? Svar: Ja, en smartphone eller en tablet tæller som en computer.
    Pas på: Vurdér ikke selv, om en person kan blive fritaget. Forklar grundene, og henvis til { -borgerservice }.

# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
note-guide-digital-post-exemption-how =
    Sig: Man møder selv op hos { -borgerservice } med legitimation og skriver under »på tro og love«. Det betyder, at man lover, at det er sandt.
    Spørg: Skal jeg bevise min grund? Svar: Nej, man behøver ikke sige, hvilken grund der gælder.
    Pas på: Mind deltagerne om at tage legitimation med. Er de i tvivl om noget, så lad dem spørge { -borgerservice } på forhånd.

# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-digital-post-exemption-relative =
    Sig: Kan personen ikke selv komme, kan en pårørende søge for dem. Den pårørende skal have en fuldmagt med, som personen har skrevet under på.
    Spørg: Kan jeg søge for min far? Svar: Ja, med en fuldmagt, som han har skrevet under. Er I i tvivl, så spørg { -borgerservice }.
    Pas på: Den pårørende søger med fuldmagten, ikke med personens { -mitid }. Ingen må bruge en andens { -mitid }.

# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
note-guide-digital-post-exemption-self-service =
    Sig: En fritagelse gælder også den digitale selvbetjening, som man ellers skal bruge, fx til at melde flytning eller søge om sundhedskort.
    Spørg: Hvordan melder jeg så flytning? Svar: Det kan { -borgerservice } forklare. Spørg dem.
    Pas på: Lov ikke en bestemt vej uden om selvbetjeningen. Lad { -borgerservice } forklare, hvordan man gør i stedet.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-digital-post-exemption-help-instead =
    Sig: Vil man beholde { -digital-post } og have hjælp, kan man give en, man stoler på, adgang. Med »Læse- og skriveadgang« kan personen også svare.
    Spørg: Kan man have både fuldmagt og fritagelse? Svar: Ja. Spørg { -borgerservice }, hvad der passer bedst.
    Pas på: Hjælp aldrig ved at låne en andens { -mitid } eller koder. Adgang, fuldmagt eller fritagelse er de rigtige veje.

# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# How long an exemption lasts is not confirmed: the answer sends the question to Borgerservice.
note-guide-digital-post-exemption-cancel =
    Sig: En fritagelse kan altid fortrydes. Man kan altså begynde at bruge { -digital-post } igen senere.
    Spørg: Hvor længe gælder en fritagelse? Svar: Det ved vi ikke sikkert. Spørg { -borgerservice }.
    Pas på: Giv ikke råd om, hvorvidt nogen bør fortryde. Henvis spørgsmål om fritagelse til { -borgerservice }.

## Practice: digital-post-read

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-read-inbox =
    Sig: Forsiden er »Indbakke«. Nogle af brevene er nye. Bed deltagerne trykke på titlen »Din forskudsopgørelse er klar«.
    Spørg: Hvilke breve er nye her, og hvem er de fra?
    Pas på: Åbner nogen et andet brev, forklarer øvelsen det. Peg så på brevet fra Skattestyrelsen. Alle brevene er opdigtede.

# How attachments are shown is not confirmed: the note says to look for the file's name.
note-practice-digital-post-read-letter =
    Sig: Brevet er åbent: emne, afsender og en kort tekst. Der følger en fil med. Læs teksten, og tryk på »Forskudsopgørelse.pdf«.
    Spørg: Hvem er brevet fra, og hvad handler det om?
    Pas på: På de rigtige sider kan filen se anderledes ud. Lær dem at lede efter filens navn, ikke et bestemt sted på siden.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-read-viewer =
    Sig: Filen er åben. »Zoom ind« gør teksten større, og »Fuldskærm« viser den på hele skærmen. Bed dem trykke på »Zoom ind«.
    Spørg: Er teksten let at læse for jer? Hvad gør I, når den er for lille?
    Pas på: Nogle lukker filen med »Luk«, før de har læst den. Lad dem zoome ind og læse først.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# Source: https://skat.dk/data.aspx?oid=3468
note-practice-digital-post-read-viewer-zoomed =
    Sig: Nu er teksten større, og »Zoom ud« gør den mindre igen. Det er et øvebrev uden rigtige tal. Luk filen med »Luk«.
    Spørg: Hvad er en forskudsopgørelse? Svar: Skattestyrelsens budget for næste år. Den kommer midt i november.
    Pas på: Giv ikke skatteråd ud fra øvebrevet. Spørgsmål om ens egen sag går til { -borgerservice }.

note-practice-digital-post-read-letter-read =
    Sig: Filen er lukket, og vi er tilbage i brevet. Nu er både brevet og filen læst. Tryk på »Indbakke« i menuen.
    Spørg: Hvad kunne man gøre med brevet nu? Fx gemme det i en mappe, videresende det eller lade det ligge.
    Pas på: Nogle vil slette et brev, så snart de har læst det. Sig, at man kan få brug for det igen.

# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally
note-practice-digital-post-read-inbox-done =
    Sig: Godt gået. Brevet fra Skattestyrelsen er ikke nyt mere. Sådan åbner man et brev og filen i det.
    Spørg: Hvor tit vil I kigge i jeres { -digital-post } derhjemme?
    Pas på: Mind dem om pligten til at læse sin { -digital-post }. Spørgsmål om pligter går til { -borgerservice }.

## Practice: digital-post-reply

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-inbox =
    Sig: Der er et nyt brev fra »Øvelse Kommune« om et møde. Bed dem åbne det med titlen »Invitation til møde«.
    Spørg: Hvordan ser man, om man må svare direkte på et brev? Svar: Åbn brevet, og se, om der står »Besvar«.
    Pas på: Nogle trykker straks på »Skriv ny besked«. Bed dem åbne brevet først, så de kan se, om de kan svare direkte.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-letter-meeting =
    Sig: Dette brev har knappen »Besvar«. Den er der kun, når myndigheden tillader svar. Bed dem trykke på »Besvar«.
    Spørg: Hvad spørger kommunen om i brevet?
    Pas på: »Videresend« bliver tit forvekslet med at svare. Det sender brevet til en anden, ikke tilbage til kommunen.

# The fields are not checked in the practice; the person may type anything.
note-practice-digital-post-reply-reply-form =
    Sig: Her skrives svaret: en kort overskrift i »Emne« og selve svaret i »Besked«. Tryk så på »Send«.
    Spørg: Hvad er en god overskrift? Svar: Kort og klar, så myndigheden kan se, hvad det handler om.
    Pas på: Lad deltageren selv skrive, og skriv ingen rigtige personoplysninger i øvelsen. Et kort svar som »Jeg kommer gerne.« er nok.

# Source: https://www.atp.dk/vores-opgaver/administration-af-velfaerdsydelser/udbetaling-danmark
note-practice-digital-post-reply-reply-sent =
    Sig: Svaret er sendt. Nu vil vi spørge Udbetaling Danmark om boligstøtte. Åbn først deres brev, og se, om man kan svare på det.
    Spørg: Hvad laver Udbetaling Danmark? Svar: De udbetaler fx boligstøtte, folkepension og ydelser til børnefamilier.
    Pas på: Teksten »Dit svar er sendt.« er opdigtet. På den rigtige side kan bekræftelsen se anderledes ud.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-letter-housing =
    Sig: Se på knapperne: der er ingen »Besvar«. Så tillader myndigheden ikke svar, og man skriver en ny besked med »Skriv ny besked«.
    Spørg: Kan man så slet ikke kontakte dem? Svar: Jo, man skriver bare en ny besked til dem.
    Pas på: Nogle tror, knappen er gemt eller gået i stykker. Forklar, at den ikke er der, når svar ikke er tilladt.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-compose =
    Sig: En ny besked starter med at vælge modtager. Bed dem trykke på »Vælg myndighed«.
    Spørg: Hvem skal beskeden til, og hvorfor?
    Pas på: »Annuller« stopper den nye besked. Trykker nogen på den ved en fejl, så start forfra med »Skriv ny besked«.

# How the real list of authorities looks is not confirmed.
note-practice-digital-post-reply-authority-list =
    Sig: Her er en liste over myndigheder. Spørgsmålet handler om boligstøtte, så vælg »Udbetaling Danmark«.
    Spørg: Hvem ville I skrive til med et spørgsmål om skat? Og om et møde på kommunen?
    Pas på: Den rigtige liste kan se anderledes ud end her. Vælg den myndighed, som brevet kom fra.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-form =
    Sig: Skriv en overskrift i »Emne« og spørgsmålet i »Besked«. Lejekontrakten skal med, så tryk på »Vedhæft fil«.
    Spørg: Har I prøvet at sende et papir med til en myndighed? Hvordan gjorde I?
    Pas på: Nogle trykker på »Send« for tidligt. Vedhæft filen først. Lad deltagerne skrive selv, og brug kun opdigtet tekst.

# The list is the computer's own files, not Digital Post; the file names are made up.
note-practice-digital-post-reply-choose-file =
    Sig: Nu ser vi filerne på computeren, ikke { -digital-post }. Vælg »Lejekontrakt.pdf«.
    Spørg: Hvorfor skal »Feriebillede.jpg« og »Indkøbsliste.docx« ikke med? Svar: Send kun det, myndigheden skal bruge.
    Pas på: På en rigtig computer ser listen anderledes ud. Hjælp med at finde filen, men lad personen selv vælge, hvad der sendes.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-form-attached =
    Sig: Filen er vedhæftet og står under »Vedhæftede filer«. Tjek emne, besked og fil, og tryk så på »Send«.
    Spørg: Hvad tjekker I, før I trykker på »Send«?
    Pas på: Nogle trykker på »Vedhæft fil« igen. Filen er allerede med og skal ikke vedhæftes en gang til.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-reply-sent =
    Sig: Godt gået. Står der »Besvar« ved et brev, kan man svare direkte. Ellers skriver man en ny besked med »Skriv ny besked«.
    Spørg: Hvem kan forklare forskellen på »Besvar« og »Skriv ny besked« med egne ord?
    Pas på: Teksten »Din besked er sendt.« er opdigtet. På den rigtige side kan bekræftelsen se anderledes ud.

## Practice: digital-post-folders

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-folders-inbox =
    Sig: Vi gemmer brevet fra Udbetaling Danmark i en mappe, så det er let at finde igen. Åbn brevet »Din boligstøtte«.
    Spørg: Hvilke slags breve ville I gerne samle i mapper derhjemme?
    Pas på: Nogle går direkte til »Mapper«. I øvelsen flytter man brevet inde fra selve brevet, så åbn det først.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-folders-letter-housing =
    Sig: Brevet er åbent. Med »Flyt« lægger man det i en mappe. Bed dem trykke på »Flyt«.
    Spørg: Hvad er forskellen på »Flyt« og »Slet«?
    Pas på: »Flyt« og »Slet« kan forveksles. Bed dem læse knappen højt, før de trykker.

# How »Flyt« lets you choose a folder on the real page is not confirmed; the folder names are made up.
note-practice-digital-post-folders-choose-folder =
    Sig: Vælg en mappe. Brevet handler om bolig, så vælg »Bolig«. Mappernes navne er opdigtede til øvelsen.
    Spørg: Hvilken mappe ville et brev fra Skattestyrelsen høre til?
    Pas på: Hvordan man vælger mappe på den rigtige side, ved vi ikke præcist. Led efter ordet »Flyt« og mappens navn.

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
note-practice-digital-post-folders-inbox-moved =
    Sig: Brevet ligger nu i »Bolig« og er væk fra »Indbakke«. Det er ikke slettet. Åbn nu »Påmindelse om møde«.
    Spørg: Hvor finder man brevet om boligstøtte igen? Svar: Under »Mapper«, i mappen »Bolig«.
    Pas på: Nogle bliver bange, når brevet forsvinder fra indbakken. Vis, at det bare er flyttet.

# Source: brief section 7 (»Slet« = delete, in Digital Post; the word is not confirmed on the current screens)
note-practice-digital-post-folders-letter-reminder =
    Sig: Mødet er overstået, så brevet kan slettes. Tryk på »Slet«. Slet kun breve, man er sikker på, at man ikke skal bruge igen.
    Spørg: Hvilke breve ville I aldrig slette? Lad gruppen give eksempler.
    Pas på: Ordet »Slet« er ikke bekræftet på de rigtige sider. Er man i tvivl, så flyt hellere brevet til en mappe.

# Source: https://skat.dk/data.aspx?oid=3468
note-practice-digital-post-folders-inbox-deleted =
    Sig: Brevet er slettet. Nu finder vi et gammelt brev om forskudsopgørelsen. Det ligger i en mappe, så tryk på »Mapper«.
    Spørg: Hvor ville I lede efter et brev fra sidste år?
    Pas på: Det nye brev »Din årsopgørelse er klar« er ikke det, vi leder efter. Årsopgørelse og forskudsopgørelse er ikke det samme.

note-practice-digital-post-folders-folder-list =
    Sig: Her er mapperne »Bolig«, »Skat« og »Kommunen«. Brevet fra Skattestyrelsen ligger i »Skat«. Åbn den.
    Spørg: Hvilken mappe ligger brevet om boligstøtte i nu?
    Pas på: Mappernes navne er opdigtede. Derhjemme kan mapperne hedde noget andet.

# Source: https://skat.dk/data.aspx?oid=3468
note-practice-digital-post-folders-folder-tax =
    Sig: I mappen »Skat« ligger gamle breve fra Skattestyrelsen. Læs titlerne, og åbn »Din forskudsopgørelse er klar«.
    Spørg: Hvad er forskellen? Svar: Forskudsopgørelsen er budgettet for næste år. Årsopgørelsen er resultatet for sidste år.
    Pas på: Titlerne ligner hinanden. Bed dem læse hele titlen og datoen, før de trykker.

note-practice-digital-post-folders-old-letter =
    Sig: Her er det gamle brev, fundet i mappen »Skat«. Nu er vi færdige med vores egen post. Tryk på »Indbakke«.
    Spørg: Hvad gør I med et brev, I måske skal bruge igen? Svar: Gem det i en mappe, og slet det ikke.
    Pas på: Næste skærm er en ny situation: at hjælpe en anden. Sig det højt, så ingen tror, de stadig er i deres egen post.

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# How a helper switches to another person's mailbox is not confirmed, so the practice does not show it.
note-practice-digital-post-folders-mother-letter =
    Sig: Man hjælper sin mor, { $practice-mother-name }, som har givet »Læseadgang«. Man må læse, videresende og flytte, men ikke slette helt, skrive eller svare.
    Spørg: Hvorfor virker »Besvar« ikke her? Svar: Det kræver »Læse- og skriveadgang«.
    Pas på: Hjælperen bruger sit eget { -mitid }, aldrig mors. Hvordan man skifter til en andens postkasse, viser øvelsen ikke.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
note-practice-digital-post-folders-forwarded =
    Sig: Godt gået. Brevet er sendt videre, og det må man med »Læseadgang«. Mor har stadig selv pligt til at læse sin post.
    Spørg: Hvilken adgang skal mor give, hvis hun også vil have hjælp til at svare? Svar: »Læse- og skriveadgang«.
    Pas på: Teksten »Brevet er videresendt.« er opdigtet. Spørgsmål om adgang går til { -borgerservice }.

## Practice: digital-post-give-access

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-digital-post-give-access-inbox =
    Sig: Deltageren er hjælperen, logget på sin egen { -digital-post } med sit eget { -mitid }. Mor vil have hjælp til at læse og svare. Tryk på »Menu«.
    Spørg: Hvorfor starter hjælperen i sin egen postkasse? Svar: Ingen må bruge en andens { -mitid }, heller ikke familien.
    Pas på: En hjælper må aldrig kende en andens PIN-kode eller bruger-ID. Kig væk, når nogen taster sin kode.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
note-practice-digital-post-give-access-menu =
    Sig: Menuen er åben. Adgang til en andens post ligger under »Læse- og skriveadgang«. Tryk der.
    Spørg: Hvad finder man under »Indstillinger«? Svar: Indstillinger for ens egen postkasse, ikke adgang til andres.
    Pas på: Man går ind under »Læse- og skriveadgang«, også hvis man kun vil bede om »Læseadgang«. Det kan forvirre.

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# The page text is made up: the real page's wording is not known.
note-practice-digital-post-give-access-access =
    Sig: »Læseadgang« er til at læse posten. »Læse- og skriveadgang« er til også at skrive og svare. Tryk på »Anmod om adgang«.
    Spørg: Hvilken adgang passer til en, der kun vil holde øje med, om der er kommet post?
    Pas på: Teksten på siden er opdigtet til øvelsen. Den rigtige side kan se anderledes ud. Led efter »Anmod om adgang«.

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Where the kind of access is chosen on the real pages is not confirmed.
note-practice-digital-post-give-access-kind =
    Sig: Vælg, hvilken adgang der bedes om. Mor vil have hjælp til både at læse og svare, så det er »Læse- og skriveadgang«.
    Spørg: Hvad kan man ikke med »Læseadgang«? Svar: Skrive, svare, slette breve helt eller give andre adgang.
    Pas på: Lad gruppen svare, før nogen trykker. Hvor man vælger slags adgang på den rigtige side, ved vi ikke sikkert.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# The name, CPR number and end date are practice values; the CPR number belongs to nobody.
note-practice-digital-post-give-access-form =
    Sig: Skriv navn, CPR-nummer og slutdato. Brug kun øvelsens: { $practice-mother-name }, { $practice-cpr } og { $practice-end-date }. Tryk så på »Send«.
    Spørg: Hvad er en slutdato? Svar: Den sidste dag, adgangen gælder.
    Pas på: Skriv aldrig et rigtigt CPR-nummer i øvelsen. Et forkert ciffer giver en fejlskærm. Det er helt normalt.

# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
note-practice-digital-post-give-access-error =
    Sig: Det er en fejlskærm. Den kommer, når noget ikke passede, her CPR-nummeret. Der sker ikke noget slemt. Tryk på »Prøv igen«.
    Spørg: Hvad gør I ved en fejl på en rigtig side? Svar: Prøv igen, og ring ellers til { -digital-hotline } på { $digital-hotline-phone }.
    Pas på: Ros forsøget. Tjek sammen, at der står { $practice-cpr }, men lad deltageren selv rette det.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
note-practice-digital-post-give-access-sent =
    Sig: Anmodningen er sendt. Nu skal mor godkende den i sin egen { -digital-post }. Tryk på »Luk« for at se mors side.
    Spørg: Får hjælperen adgang med det samme? Svar: Nej, først når ejeren har godkendt.
    Pas på: Teksten efter »Send« er opdigtet. Sig højt, at øvelsen nu skifter til mors side, så ingen bliver forvirret.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# That the request reaches the owner as a letter in the inbox is not confirmed.
note-practice-digital-post-give-access-mother-inbox =
    Sig: Nu ser vi mors side. Hun er logget på sin egen { -digital-post } med sit eget { -mitid }. Hun åbner brevet med anmodningen.
    Spørg: Hvem må logge på med mors { -mitid }? Svar: Kun mor selv, heller ikke hendes børn.
    Pas på: Når mor logger på i virkeligheden, kigger hjælperen væk, mens hun taster sin PIN-kode. Hun gør det selv.

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# How the real approval looks is not confirmed. »Sara Øvelsen« is the made-up name on the screen.
note-practice-digital-post-give-access-request =
    Sig: Brevet viser, hvem der beder om adgang, og hvilken slags. »Sara Øvelsen« er et opdigtet navn for hjælperen. Mor trykker »Godkend«.
    Spørg: Hvornår trykker man »Afvis«? Svar: Hvis man ikke kender personen eller ikke vil give adgang.
    Pas på: Godkend kun, hvis man kender personen. Lad ejeren selv læse og trykke, også når du sidder ved siden af.

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
note-practice-digital-post-give-access-done =
    Sig: Godt gået. Nu kan hjælperen læse, skrive og svare på mors post fra det offentlige. Myndigheden kan se, hvem der har hjulpet.
    Spørg: Kan hjælperen nu se mors breve fra banken? Svar: Nej, adgangen gælder ikke breve fra private firmaer.
    Pas på: Mor har stadig selv pligt til at læse sin post. Spørgsmål: { -borgerservice } eller { -digital-hotline } på { $digital-hotline-phone }.
