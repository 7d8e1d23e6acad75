### Facilitator notes: MitID. One note per guide step and per practice screen, for the ambassador only.
### Danish reference text for the digital ambassador. »…« = the Danish words on the real screen.
### Variables such as { $mitid-support-phone } are facts kept in src-tauri/content/facts.toml.
### { -mitid }.dk is the web address MitID.dk, written with the brand term.

## Guide: what-is-mitid

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://www.datatilsynet.dk/afgoerelser/afgoerelser/2024/maj/datatilsynet-udtaler-alvorlig-kritik-i-sag-om-nedbrud-af-nemid
note-guide-what-is-mitid-what =
    Sig: Med { -mitid } viser man, at det er én selv, når man logger på, fx på { -borger-dk }, i { -digital-post } og i banken.
    Spørg: Hvem har brugt { -nemid } før? Svar: { -mitid } har afløst { -nemid }, og { -nemid } er lukket.
    Pas på: Sig tydeligt, at alt her er øvelse. Ingen skal skrive deres rigtige bruger-ID, PIN-kode eller adgangskode.

# Source: https://www.mitid.dk/en-gb/about-mitid
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
note-guide-what-is-mitid-free-and-age =
    Sig: { -mitid } er gratis. Man kan få det fra { $mitid-min-age } år, men nogle tjenester har en højere aldersgrænse.
    Spørg: Hvad sker der, når et barn fylder { $digital-post-min-age } år? Svar: Det får automatisk { -digital-post } og skal så bruge { -mitid }.
    Pas på: Giv ikke råd om pligter og rettigheder. Henvis til { -borgerservice } eller { -digital-hotline } på { $digital-hotline-phone }.

# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-what-is-mitid-user-id =
    Sig: Bruger-ID er et navn, man selv vælger: { $user-id-min-length } til { $user-id-max-length } tegn, ikke CPR-nummeret.
    Spørg: Må jeg sige mit bruger-ID til min søn? Svar: Nej. Sig det kun til { -mitid-support }, når du selv har ringet til dem.
    Pas på: Bed aldrig nogen sige deres bruger-ID højt, og skriv det ikke ned for dem. Du må gerne forklare, hvad et godt bruger-ID er.

# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
# Source: https://www.mitid.dk/mitid-chip
note-guide-what-is-mitid-authenticators =
    Sig: Vis de forskellige identifikationsmidler: appen, kodeviseren, kodeoplæseren og chippen. De viser alle, at det er dig.
    Spørg: Hvem har ikke en smartphone? Svar: En kodeviser bruges sammen med en adgangskode. Kodeoplæseren er til blinde og svagtseende.
    Pas på: Sig ikke priser fra hukommelsen; de ændrer sig. Henvis til { -mitid }.dk eller { -borgerservice }.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# Source: https://www.banken.gl/da/privat/netbank/mitid
note-guide-what-is-mitid-login =
    Sig: Vis boksen: Øverst står »Log på hos« og tjenestens navn. Man skriver i »Bruger-ID« og trykker på »Fortsæt«.
    Spørg: Hvad står der i boksen efter »Fortsæt«? Svar: »Åbn { -mitid } app og godkend«.
    Pas på: Vis allerede nu, at adressen på boksen skal ende på »mitid.dk«. Svindeløvelsen går mere i dybden.

# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
note-guide-what-is-mitid-approve =
    Sig: På computeren scanner man QR-koden med appen; på telefonen trykker man på »Åbn { -mitid } app«. Læs, hvem der spørger, og swipe.
    Spørg: Hvad gør du, hvis teksten i appen ikke passer med det, du er i gang med? Svar: Stop, og godkend ikke.
    Pas på: Når personen åbner appen med sin PIN-kode, så kig væk og lad personen selv taste. Nævn ikke en tidsgrænse.

# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
note-guide-what-is-mitid-stay-safe =
    Sig: Godkend aldrig noget, du ikke selv har startet. Banken, politiet, { -mitid-support } og { -borgerservice } beder aldrig om det i telefonen.
    Spørg: Hvad gør du, hvis nogen ringer og presser dig? Svar: Læg på, og ring selv til { -mitid-support } på { $mitid-support-phone }.
    Pas på: Har nogen godkendt for en svindler, så døm ikke. Hjælp dem med selv at ringe til hotlinen for identitetstyveri på { $identity-theft-phone }.

## Guide: get-mitid

# Source: https://www.mitid.dk/en-gb/about-mitid
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
note-guide-get-mitid-two-ways =
    Sig: Man kan få { -mitid } hos { -borgerservice } i kommunen eller selv hjemme i appen med et pas eller ID-kort med chip.
    Spørg: Hvem har et pas eller ID-kort med chipmærke? De kan måske gøre det hjemme. Andre går til { -borgerservice }.
    Pas på: Man skal være fyldt { $mitid-min-age } år. Hjemme kræver en telefon, der kan bruge appen, og et gyldigt pas med chip.

# Source: https://digst.dk/it-loesninger/mitid/lovgivning/
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
note-guide-get-mitid-borgerservice =
    Sig: Bestil tid først (»Bestil tid«), og tag gyldig »Legitimation« med: pas, kørekort eller opholdskort med billede.
    Spørg: Hvad hvis man ikke har billed-ID? Svar: Så kan man kombinere papirer, hvor et af dem viser CPR-nummeret.
    Pas på: Kan personen ikke klare { -mitid } selv, skal { -borgerservice } sige nej. Så kan fuldmagt eller fritagelse være vejen; spørg { -borgerservice }.

# Source: https://digst.dk/it-loesninger/mitid/lovgivning/
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
note-guide-get-mitid-witness =
    Sig: Hos { -borgerservice } svarer man på kontrolspørgsmål ud fra sit CPR-nummer. I stedet kan man tage et vidne med.
    Spørg: Hvem kan være vidne? Svar: En, der er fyldt { $witness-min-age } år og selv har haft { -mitid } i mere end { $witness-mitid-days } dage.
    Pas på: Samme vidne må højst være vidne for { $witness-max-people } personer på { $witness-period-days } dage. Tjek det før besøget.

# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-get-mitid-user-id =
    Sig: Vælg bruger-ID hjemmefra: { $user-id-min-length } til { $user-id-max-length } tegn, ikke et tal med { $user-id-forbidden-digits } cifre. Hav et ekstra bud.
    Spørg: Hvorfor kan et bruger-ID blive afvist? Svar: Det er optaget, eller det begynder eller slutter med et mellemrum.
    Pas på: Du må forklare reglerne, men personen vælger og husker selv sit bruger-ID. Skriv det ikke ned for personen.

# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
note-guide-get-mitid-at-home =
    Sig: Tjek først, at telefonen kan bruge { -mitid }-appen, og at passet er gyldigt med chip. Åbn appen, og tryk på »Kom i gang«.
    Spørg: Hvem kan finde chipmærket på deres pas eller ID-kort?
    Pas på: På ældre telefoner står »Kom i gang« i menuen. Lad personen selv holde telefonen og passet; vis på projektoren.

# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
note-guide-get-mitid-scan =
    Sig: Først scannes koden på billedsiden med telefonen vandret. Så læses chippen med telefonen på passet. Til sidst scannes ansigtet.
    Spørg: Hvor er koden på et ID-kort? Svar: På bagsiden, og den begynder med »I«. På et pas begynder den med »P«.
    Pas på: Læser telefonen ikke chippen? Tag coveret af telefonen, og læg den på passet.

# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/get-mitid-app/step-4
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-get-mitid-activate =
    Sig: Personen vælger bruger-ID og skriver sit mobilnummer. Så kommer en SMS-kode, en midlertidig PIN-kode og til sidst den egne PIN-kode.
    Spørg: Hvem vil åbne appen med fingeraftryk eller ansigt? Svar: Det kan man vælge til, men man behøver ikke.
    Pas på: Mobilnummer og SMS-kode må du gerne hjælpe med. Når PIN-koden vælges, så kig væk og lad personen taste selv.

# Source: https://www.signaturgruppen.dk/get-mitid-with-a-foreign-passport
# Source: https://mitid.dk/kom-i-gang-med-mitid/hjaelp-en-anden-med-at-faa-mitid-med-udenlandsk-pasid-kort
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-get-mitid-help =
    Sig: Med udenlandsk pas og uden CPR-nummer skal man først have en P-kode fra { -mitid-support } på { $mitid-support-phone }.
    Spørg: Må en pårørende scanne? Svar: Ja, på sin egen telefon via »Aktivér« og »Hjælp en anden med at aktivere«, mens personen er til stede.
    Pas på: En P-kode giver { $p-code-attempts } forsøg, så gå roligt frem. Hjælperen må ikke kende personens PIN-kode eller bruger-ID.

## Guide: lost-phone

# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-lost-phone-block-app =
    Sig: Er telefonen væk, så spær appen med det samme på { -mitid }.dk under »Mine identifikationsmidler« eller hos { -mitid-support }.
    Spørg: Hvem har gemt nummeret til { -mitid-support }? Lad alle gemme det nu: { $mitid-support-phone }.
    Pas på: Log aldrig på med personens { -mitid } for at spærre. Personen logger selv på eller ringer selv; du kigger væk ved koder.

# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://www.mitid.dk/en-gb/security/security-advice/good-habits/
note-guide-lost-phone-sim =
    Sig: Spær også SIM-kortet. Få beskeder fra { -mitid } flere steder, fx i appen og på e-mail, så advarslen kommer, selvom telefonen er væk.
    Spørg: Hvor får I beskeder fra { -mitid } i dag? Kun på telefonen? Så kommer der ingen advarsel, hvis den er væk.
    Pas på: Guiden siger ikke, hvordan man spærrer SIM-kortet. Gæt ikke; lad personen selv kontakte sit teleselskab.

# Source: https://taenk.dk/forbrugerliv/elektronik-og-digitale-tjenester/vaerd-at-vide-om-mitid
note-guide-lost-phone-block-all =
    Sig: Man kan selv spærre hele sit { -mitid } for en tid på { -mitid }.dk. Så kan ingen bruge det.
    Spørg: Hvad skal man gøre for at åbne det igen? Svar: Man skal selv møde op hos { -borgerservice }.
    Pas på: Sig det tydeligt, før nogen spærrer: Det kræver et besøg hos { -borgerservice } at åbne igen.

# Source: https://www.mitid.dk/en-gb/help/help-universe/have-a-spare-mitid/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/mitid-authenticator-is-blocked/
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
note-guide-lost-phone-new-phone =
    Sig: På en ny telefon aktiverer man appen med pas eller en »Aktiveringskode« fra { -borgerservice }. Har man den gamle telefon, kan man kopiere.
    Spørg: Hvad skal man huske ved kopiering? Svar: Bluetooth slået til, en sikkerhedstid først, og QR-koden virker kun kort tid.
    Pas på: Når den nye PIN-kode vælges, så kig væk og lad personen taste selv. Det gælder også ved glemt PIN-kode eller spærret app.

# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
note-guide-lost-phone-misuse =
    Sig: Tror man, at nogen har misbrugt ens { -mitid }, så ring til hotlinen for identitetstyveri på { $identity-theft-phone }. Den har døgnåbent.
    Spørg: Hvem kender til mistænkelige opkald? Lad dem fortælle kort, uden navne, koder eller beløb.
    Pas på: Giv ikke råd om ansvar eller penge. Henvis til hotlinen, { -mitid-support } eller { -borgerservice }, og lad personen selv ringe.

# Source: https://www.mitid.dk/en-gb/help/help-universe/have-a-spare-mitid/
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-guide-lost-phone-spare =
    Sig: Anbefal en reserve: { -mitid }-appen på en tablet eller en kodeviser. Så kan man stadig logge på, hvis telefonen forsvinder.
    Spørg: Hvad ville I gøre i morgen, hvis telefonen var væk? Hvem har allerede en reserve?
    Pas på: Reserven er kun til personen selv. Identifikationsmidler og koder må aldrig deles, heller ikke med familien.

## Guide: spare-authenticator

# Source: https://www.mitid.dk/en-gb/help/help-universe/have-a-spare-mitid/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
note-guide-spare-authenticator-why =
    Sig: Mister man telefonen, kan man ikke bruge appen på den. Derfor anbefaler { -mitid } et ekstra »Identifikationsmiddel«.
    Spørg: Hvad ville I gøre, hvis telefonen gik i stykker i dag? Lad gruppen tænke højt.
    Pas på: En reserve er en anbefaling, ikke et krav. Pres ikke nogen til at købe noget.

# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
note-guide-spare-authenticator-tablet =
    Sig: Appen kan også ligge på en tablet, og man kan kopiere den fra telefonen. Antal aktive apps pr. person: højst { $max-active-apps }.
    Spørg: Må familien dele en tablet? Svar: Ja, hver med sit eget bruger-ID, men så skal alle bruge PIN-kode, ikke fingeraftryk eller ansigt.
    Pas på: Når hver person skriver sin PIN-kode på den fælles tablet, så kig væk, og mind familien om også at gøre det.

# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-guide-spare-authenticator-code-display =
    Sig: En »Kodeviser« er et lille apparat, der viser en »Engangskode«. Man bruger den sammen med sin »Adgangskode«.
    Spørg: Hvorfor hedder det en engangskode? Svar: Koden virker kun én gang. Næste gang bruger man en ny.
    Pas på: Kig væk, når adgangskoden skrives, og skriv den aldrig ned for personen. Kodeviseren må ikke lånes ud.

# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
# Source: https://www.mitid.dk/mitid-chip
note-guide-spare-authenticator-reader-chip =
    Sig: En »Kodeoplæser« læser koden højt for blinde og svagtseende. En { -mitid }-chip til USB, Bluetooth eller NFC er til dem, der bruger { -mitid } tit.
    Spørg: Hvordan finder man knappen på kodeoplæseren uden at se? Svar: Den er rød og har en prik, man kan mærke.
    Pas på: Sig ikke priser fra hukommelsen; de ændrer sig. Henvis til { -mitid }.dk eller { -borgerservice }.

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
note-guide-spare-authenticator-choose =
    Sig: Efter »Fortsæt« finder man linket »Skift { -mitid } identifikationsmiddel«. Det åbner listen »Vælg identifikationsmiddel«.
    Spørg: Hvad vælger du, hvis du har en kodeviser? Svar: »{ -mitid } kodeviser«.
    Pas på: Mange leder efter linket, før de har skrevet bruger-ID. Det kommer først efter »Fortsæt«.

# Source: https://www.mitid.dk/en-gb/security/security-advice/good-habits/
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-guide-spare-authenticator-safe =
    Sig: Få beskeder fra { -mitid } flere steder: i appen, på SMS eller på e-mail. Så kommer advarslen, selvom telefonen er væk.
    Spørg: Må man låne sin kodeviser ud til sin ægtefælle? Svar: Nej. Koder og identifikationsmidler deles aldrig, heller ikke reserven.
    Pas på: Log ikke på med personens { -mitid } for at ændre noget. Personen logger selv på, og du kigger væk ved koder.

## Practice: login-app-computer

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
note-practice-login-app-computer-service =
    Sig: Man starter altid på tjenestens egen side og trykker på »Log på«. Kommunen her er opdigtet.
    Spørg: Hvor plejer I at finde »Log på« på en hjemmeside?
    Pas på: Sig tydeligt, at det er en øvelse. Ingen skal bruge deres rigtige bruger-ID eller koder.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-login-app-computer-mitid-box =
    Sig: Boksen viser »Log på hos Øvelse Kommune«. Skriv øve-bruger-ID'et »{ $practice-user-id }« i »Bruger-ID«, og tryk på »Fortsæt«.
    Spørg: Hvor kan man se, hvem man logger på hos? Svar: Øverst i boksen, efter »Log på hos«.
    Pas på: Skriver nogen deres rigtige bruger-ID, så kig væk, og bed dem slette det. I virkeligheden må du ikke kende det.

# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
# Source: https://meremobil.dk/2023/08/mitid-qr-koden-guide/
note-practice-login-app-computer-waiting =
    Sig: På en computer står der »Åbn { -mitid } app og godkend« og en QR-kode. Man åbner appen og scanner koden.
    Spørg: Hvorfor mon der er en QR-kode? Svar: Den kom for at beskytte mod falske loginsider.
    Pas på: Nævn ikke en tidsgrænse for QR-koden.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-login-app-computer-app-pin =
    Sig: Appen åbner. Her skriver man øve-koden { $practice-pin } og trykker på »Fortsæt«. I virkeligheden kan man også bruge fingeraftryk eller ansigt.
    Spørg: Hvem må se dig skrive din rigtige PIN-kode? Svar: Ingen, heller ikke en hjælper eller et familiemedlem.
    Pas på: Kig væk, også i øvelsen, og lad personen taste selv. Skriver nogen deres rigtige PIN-kode, så bed dem slette den.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
note-practice-login-app-computer-app-request =
    Sig: Læs højt, hvem der spørger (»Øvelse Kommune«), og hvad det gælder. Passer det med det, man selv startede, swiper man for at godkende.
    Spørg: Hvornår skal man afvise i stedet? Svar: Når teksten ikke passer, eller når man ikke selv har startet noget.
    Pas på: Mange swiper uden at læse. Bed personen læse teksten højt først. Nævn ikke et bestemt knapnavn i appen.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
note-practice-login-app-computer-done =
    Sig: Personen er logget på. Gennemgå rækkefølgen: »Log på«, bruger-ID, »Fortsæt«, QR-kode, PIN-kode, læs og swipe.
    Spørg: Hvilket trin var sværest? Prøv det trin igen sammen.
    Pas på: Mind om, at man aldrig godkender noget, man ikke selv har startet, og aldrig bruger rigtige koder i øvelsen.

## Practice: login-app-phone

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
note-practice-login-app-phone-service =
    Sig: Nu logger vi på med telefonen. Også her starter man på tjenestens side og trykker på »Log på«.
    Spørg: Hvem logger mest på med telefonen, og hvem med computeren?
    Pas på: Telefonen på skærmen er en øvelse. Ingen skal tage deres egen telefon frem og logge på med rigtigt { -mitid }.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-login-app-phone-mitid-box =
    Sig: Boksen er den samme som på computeren. Skriv »{ $practice-user-id }« i »Bruger-ID«, og tryk på »Fortsæt«.
    Spørg: Hvad står der øverst i boksen? Svar: »Log på hos Øvelse Kommune«, altså hvor man logger på.
    Pas på: I virkeligheden er bruger-ID'et personens eget. Kig væk, og lad personen skrive selv.

# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
note-practice-login-app-phone-switch =
    Sig: På en telefon er der ingen QR-kode. Knappen »Åbn { -mitid } app« skifter direkte over til appen på samme telefon.
    Spørg: Hvorfor er der ingen QR-kode her? Svar: Appen ligger på den samme telefon, så knappen åbner den direkte.
    Pas på: Linket »Skift { -mitid } identifikationsmiddel« er til fx kodeviser. Her skal man trykke på »Åbn { -mitid } app«.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-login-app-phone-app-pin =
    Sig: Telefonen skifter til { -mitid }-appen. Her skriver man øve-koden { $practice-pin } og trykker på »Fortsæt«.
    Spørg: Hvad gør du, hvis nogen står ved siden af, når du skriver PIN-koden? Svar: Bed dem kigge væk.
    Pas på: Kig selv væk, også i øvelsen, så gruppen ser, hvordan en god hjælper gør. Lad personen taste selv.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
note-practice-login-app-phone-app-request =
    Sig: Læs, hvem der spørger, og hvad det gælder. Det er samme anmodning som på computeren, og den skal læses, før man swiper.
    Spørg: Hvad er forskellen fra computeren? Svar: På telefonen er der ingen QR-kode. Resten er det samme.
    Pas på: På telefonen går det hurtigt, og mange swiper uden at læse. Bed personen læse teksten højt først.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
note-practice-login-app-phone-done =
    Sig: Telefonen skiftede selv tilbage til hjemmesiden, og personen er logget på.
    Spørg: Hvem vil prøve det samme på computeren? Øvelsen »Log på med { -mitid } appen på en computer« viser QR-koden.
    Pas på: Mind om, at man aldrig godkender noget, man ikke selv har startet, heller ikke på telefonen.

## Practice: login-code-display

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-practice-login-code-display-service =
    Sig: Nu logger vi på med kodeviser og adgangskode i stedet for appen. Man starter med »Log på« som altid.
    Spørg: Hvem her bruger kodeviser i stedet for appen?
    Pas på: Lån aldrig en deltagers rigtige kodeviser til at vise med. Øvelsen har sin egen kodeviser på skærmen.

# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-user/i-have-forgotten-my-user-id/?language=en-gb
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-login-code-display-mitid-box =
    Sig: Skriv »{ $practice-user-id }« i »Bruger-ID«, og tryk på »Fortsæt«. Boksen er den samme, uanset hvad man godkender med.
    Spørg: Hvad hvis man har glemt sit bruger-ID? Svar: Brug »Glemt bruger-ID?«, eller få hjælp hos { -borgerservice } eller { -mitid-support }.
    Pas på: I virkeligheden må du ikke kende personens bruger-ID. Kig væk, og lad personen skrive selv.

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
note-practice-login-code-display-waiting =
    Sig: Boksen venter på appen og viser en QR-kode. Med kodeviser trykker man på »Skift { -mitid } identifikationsmiddel«.
    Spørg: Hvornår skal man bruge linket? Svar: Første gang man logger på med kodeviser, vælger man den via linket.
    Pas på: Mange prøver at scanne QR-koden eller venter bare. Peg på linket under QR-koden.

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
note-practice-login-code-display-choose =
    Sig: Listen »Vælg identifikationsmiddel« viser »{ -mitid } app«, »{ -mitid } kodeviser« og »{ -mitid } chip«. Vælg »{ -mitid } kodeviser«.
    Spørg: Hvad ville du vælge, hvis du havde en chip? Svar: »{ -mitid } chip«.
    Pas på: Nogen vælger appen af vane. Læs valgene højt, og lad personen selv pege på kodeviseren.

# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
note-practice-login-code-display-code =
    Sig: Kodeviseren ved siden af viser en engangskode, her { $practice-one-time-code }. Skriv den i feltet, og tryk på »Fortsæt«.
    Spørg: Kan man bruge den samme kode igen i morgen? Svar: Nej, en engangskode virker kun én gang.
    Pas på: Ved en rigtig kodeviser kigger du væk og lader personen taste selv. Vis den vane allerede i øvelsen.

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
note-practice-login-code-display-error =
    Sig: En fejlskærm er ikke farlig. Tryk på »Prøv igen«, og skriv koden fra kodeviseren en gang til.
    Spørg: Hvad kan gå galt, når man skriver koden? Svar: Et ciffer for meget eller for lidt, eller cifre i forkert rækkefølge.
    Pas på: Tag ikke tastaturet for at skrive koden for personen. Lad personen selv prøve igen i roligt tempo.

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-login-code-display-password =
    Sig: Nu står der »Indtast din adgangskode«. I øvelsen skriver man »{ $practice-password }« og trykker på »Fortsæt«.
    Spørg: Hvem må kende din rigtige adgangskode? Svar: Kun dig selv, heller ikke en hjælper.
    Pas på: Kig væk, og lad personen taste selv, også i øvelsen. Glemt adgangskode: henvis til { -mitid-support } eller { -borgerservice }.

# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-practice-login-code-display-done =
    Sig: Personen er logget på: bruger-ID, skift identifikationsmiddel, engangskode og adgangskode.
    Spørg: Hvad er forskellen fra appen? Svar: Man skriver en engangskode og en adgangskode i stedet for at swipe i appen.
    Pas på: Mind om, at kodeviser og adgangskode aldrig må deles med andre, heller ikke med familien.

## Practice: fraud-traps

# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
note-practice-fraud-traps-bank-call =
    Sig: En mand siger, han er fra banken, og der kommer en anmodning i appen. Banken beder aldrig om at godkende noget i telefonen.
    Spørg: Kan man se på nummeret, om det er banken? Svar: Nej, numre kan forfalskes. Læg på, og ring selv til et nummer, du kender.
    Pas på: Nogen i gruppen kan have oplevet det selv. Døm ikke dem, der har godkendt før; henvis til { -mitid-support }.

# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
note-practice-fraud-traps-pressure =
    Sig: Opkalderen presser: Skynd dig! Pres er et tegn på svindel. Læg på.
    Spørg: Hvilke andre tegn kender I? Svar: Krav om personlige oplysninger og et skjult, meget langt eller udenlandsk nummer.
    Pas på: Mange synes, det er uhøfligt at lægge på. Sig, at det er helt i orden, og at man selv kan ringe op bagefter.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
note-practice-fraud-traps-unexpected =
    Sig: Pludselig kommer en anmodning i appen, men personen har ikke selv startet noget. Så afviser man.
    Spørg: Hvorfor kommer der en anmodning, når man ikke har gjort noget? Svar: Så prøver en anden at bruge ens { -mitid }.
    Pas på: Mange godkender bare for at få beskeden væk. Nævn ikke et bestemt knapnavn; sig: godkend ikke, afvis.

# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
note-practice-fraud-traps-whom =
    Sig: Ring selv til { -mitid-support } på { $mitid-support-phone }. De kan spærre { -mitid } med det samme.
    Spørg: Hvorfor ikke { -borgerservice }? Svar: Der skal man bestille tid, og lige nu skal det gå hurtigt.
    Pas på: Er nogen allerede kommet ind, så ring også til hotlinen for identitetstyveri på { $identity-theft-phone }. Lad personen selv ringe.

# Source: https://www.banken.gl/da/privat/netbank/mitid
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-practice-fraud-traps-fake-box =
    Sig: Siden ligner { -mitid }-boksen, men adressen øverst ender ikke på »mitid.dk«. Skriv ikke noget, og luk siden.
    Spørg: Hvad er forkert ved adressen? Svar: Den begynder med »mitid.dk«, men ender på »log-ind.net«. Det er slutningen, der tæller.
    Pas på: Har nogen skrevet rigtige oplysninger på en falsk side, så hjælp dem med selv at ringe til { -mitid-support }.

# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
note-practice-fraud-traps-done =
    Sig: Gennemgå vanerne: afvis det, du ikke selv startede, læg på ved pres, ring selv til { -mitid-support }, og tjek adressen.
    Spørg: Hvem vil gemme nummeret til { -mitid-support } i telefonen nu? Det er { $mitid-support-phone }.
    Pas på: Har nogen fortalt om egne oplevelser, så tal med dem bagefter alene, og henvis til hotlinen for identitetstyveri på { $identity-theft-phone }.
