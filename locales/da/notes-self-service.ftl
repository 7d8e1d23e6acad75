### Facilitator notes: borger.dk self-service. One note per guide step and per practice screen, for the ambassador only.
### Danish words in »…« are the words on the (practice) screen. Numbers, names and practice values
### come from src-tauri/content/facts.toml. Not legal advice: questions about duties, fines and
### a person's own case go to Borgerservice, MitID Support or Den Digitale Hotline.

## Guide: self-service-on-borger-dk

# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-self-service-on-borger-dk-what =
    Sig: »Selvbetjening« betyder, at man selv klarer en sag med det offentlige på nettet, fx på { -borger-dk }, i stedet for på et kontor.
    Spørg: Hvilke sager har I allerede klaret på nettet, og hvilke gik I på et kontor med?
    Pas på: Nogle tror, at du kan logge på for dem. Sig tydeligt, at man altid logger på med sit eget { -mitid } via »Log på«.

# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
note-guide-self-service-on-borger-dk-mandatory =
    Sig: Nogle selvbetjeninger er obligatoriske for dem, der kan bruge dem: fx flytning, »Sundhedskort«, pasning, skoleindskrivning, boligstøtte og folkepension.
    Spørg: Hvem skal snart flytte, søge pasning eller folkepension? Brug gruppens egne eksempler.
    Pas på: Nogle bliver bange for at gøre noget forkert. Sig, at der er hjælp at få, og at næste trin handler om fritagelse.

# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
note-guide-self-service-on-borger-dk-exemption =
    Sig: Kan man ikke bruge det digitale, kan man søge fritagelse for { -digital-post } hos { -borgerservice }. Så er man også fri for obligatorisk selvbetjening.
    Spørg: Skal man forklare hvorfor? Nej, man skal ikke sige, hvilken grund der gælder. Man møder op med legitimation og skriver under på tro og love.
    Pas på: Sig intet om, hvem der kan få fritagelse, eller hvor længe den gælder. Send den slags spørgsmål videre til { -borgerservice }.

# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
note-guide-self-service-on-borger-dk-hotline =
    Sig: { -digital-hotline } hjælper med offentlig selvbetjening på { $digital-hotline-phone }. Man kan også få hjælp hos { -borgerservice }.
    Spørg: Hvem har nummeret gemt i telefonen? Lad gruppen gemme det nu, mens I er sammen.
    Pas på: Nogle tror, at de skal sige deres koder i telefonen. Koder deles aldrig med nogen, heller ikke med en hotline.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-self-service-on-borger-dk-helper =
    Sig: En anden må gerne hjælpe, men ingen må bruge en andens { -mitid }. Hjælperen logger på med sit eget og kan bruge en »Digital fuldmagt«.
    Spørg: Må min søn bruge mit { -mitid }, hvis jeg siger ja? Nej. Han logger på med sit eget { -mitid } og vælger dig inde i tjenesten.
    Pas på: Det gælder også dig som ambassadør: brug kun dit eget { -mitid }, og kend eller behold aldrig en deltagers koder eller telefon.

## Guide: report-a-move

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-guide-report-a-move-how =
    Sig: Man melder selv flytning på { -borger-dk } under »Meld flytning« og udfylder »Anmeld flytning til folkeregisteret« med ny adresse og flyttedag.
    Spørg: Hvem har prøvet at flytte i Danmark? Hvordan meldte I flytningen dengang?
    Pas på: Felterne på den rigtige side kan hedde lidt andet end i øvelsen. Sig, at de skal finde stedet til den nye adresse og datoen.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-guide-report-a-move-when =
    Sig: Man kan melde flytning tidligst { $move-report-days-before } dage før og senest { $move-report-days-after } dage efter, man er flyttet.
    Spørg: Hvad sker der, hvis man melder for sent? Man kan få en bøde. Spørgsmål om ens egen sag går til { -borgerservice }.
    Pas på: Mange venter, til de er flyttet ind. Skriv fristen op på tavlen, og giv ingen juridiske råd om bøder.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-guide-report-a-move-doctor =
    Sig: I samme formular kommer »Lægevalg«: man kan beholde sin læge eller vælge en ny. Det er gratis at skifte, når man flytter.
    Spørg: Hvornår får man valget? Ved flytning over { $doctor-change-km } km, i København, Frederiksberg, Tårnby og Dragør over { $doctor-change-km-capital } km.
    Pas på: Nogle tror, at de skal skifte læge. Sig, at de gerne må beholde den læge, de har.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-guide-report-a-move-after =
    Sig: Når flytningen er meldt, kommer et nyt »Sundhedskort« om cirka { $health-card-weeks } uger.
    Spørg: Skal man selv give postvæsenet den nye adresse? Nej, det sker automatisk.
    Pas på: Nogle tror, at de selv skal ringe rundt om adressen. Henvis til guiden, og lov ikke mere, end den siger.

# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-guide-report-a-move-help =
    Sig: Har man brug for hjælp, kan man ringe til { -digital-hotline } på { $digital-hotline-phone }. En anden kan også melde flytning med en »Digital fuldmagt«.
    Spørg: Må min datter melde min flytning med mit { -mitid }? Nej. Hun logger på med sit eget { -mitid } og bruger fuldmagten.
    Pas på: Tilbyd aldrig at melde flytning for en deltager med deres { -mitid }. Vis hotlinen eller fuldmagten i stedet.

## Guide: digital-power-of-attorney

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
note-guide-digital-power-of-attorney-what =
    Sig: Med en »Digital fuldmagt« kan en anden se oplysninger eller handle for en i en sag på nettet, fx se prøvesvar eller melde flytning.
    Spørg: Hvem giver, og hvem får? »Fuldmagtsgiver« giver fuldmagten, »Fuldmagtshaver« får den.
    Pas på: Ordene ligner hinanden. Skriv dem op på tavlen med en pil fra giver til haver.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
note-guide-digital-power-of-attorney-covers =
    Sig: En fuldmagt gælder kun bestemte offentlige selvbetjeninger, som regel én opgave. Ikke alle myndigheder er med.
    Spørg: Gælder en fuldmagt til at melde flytning også til alt andet? Nej, som regel kun den ene opgave.
    Pas på: Lov ikke, at en fuldmagt virker et bestemt sted. Er man i tvivl, så spørg { -borgerservice }.

# Source: https://vejen.dk/selvbetjening/selvbetjening/digital-fuldmagt/
# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
note-guide-digital-power-of-attorney-who =
    Sig: Mindst én af dem skal have { -mitid }. Begge skal være over { $power-of-attorney-min-age } år og forstå, hvad fuldmagten betyder.
    Spørg: Hvad hvis min mor ikke kan klare { -mitid } alene? Så må { -borgerservice } ikke give hende { -mitid }. En fuldmagt eller fritagelse kan hjælpe.
    Pas på: Vurdér ikke selv, om en person forstår en fuldmagt. Henvis til { -borgerservice }.

# Source: https://aalborg.dk/mit-liv/personlige-forhold/post-mitid-og-digital-post/digital-fuldmagt
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-digital-power-of-attorney-give =
    Sig: Giveren kan selv give fuldmagten på { -borger-dk } med sit { -mitid } og vælger, hvem der får den, og hvad den gælder.
    Spørg: Kan hjælperen bede om fuldmagten? Ja. Så skriver giveren under digitalt eller på papir. Alle sider på papir afleveres hos { -borgerservice }.
    Pas på: Giveren godkender selv med sit { -mitid }. Skal der skrives PIN-kode, så kig væk, og lad personen skrive selv.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
note-guide-digital-power-of-attorney-use =
    Sig: Den, der har fuldmagten, logger på med sit eget { -mitid }, trykker på »Vælg person«, vælger personen og trykker på »Bekræft«.
    Spørg: Hvilken knap kommer først? »Vælg person«, derefter »Bekræft«.
    Pas på: Hvor »Vælg person« står, kan variere fra tjeneste til tjeneste. Lad deltagerne lede efter ordet, ikke efter et bestemt sted.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
note-guide-digital-power-of-attorney-own-mitid =
    Sig: Ingen må bruge en andens { -mitid }, heller ikke familie, værger eller den, der har en fuldmagt.
    Spørg: Hvad sker der, hvis jeg giver mine oplysninger til en anden? Man kan selv komme til at betale for misbrug.
    Pas på: Nævn ingen beløb og giv ingen juridiske råd. Henvis spørgsmål til { -borgerservice } eller { -mitid-support }.

## Practice: report-a-move

# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
note-practice-report-a-move-self-service =
    Sig: Vis forsiden, og sig, at flytning er en selvbetjening. Bed deltagerne finde linket »Meld flytning«.
    Spørg: Hvornår bruger man linket »Digital fuldmagt«? Når en anden skal hjælpe en med en sag.
    Pas på: Nogle trykker på »Digital fuldmagt«. Det er helt i orden; vis dem tilbage til »Meld flytning«.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-practice-report-a-move-move-page =
    Sig: Før formularen skal man logge på med sit eget { -mitid }. Peg på knappen »Log på«.
    Spørg: Hvis { -mitid } bruger man her? Altid sit eget.
    Pas på: Nogle leder efter formularen med det samme. Den kommer først efter »Log på«.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-report-a-move-mitid-box =
    Sig: Nu er { -mitid }-boksen åben. Skriv øve-bruger-ID »{ $practice-user-id }« i »Bruger-ID«, og tryk på »Fortsæt«.
    Spørg: Hvad er »Glemt bruger-ID?« til? Til når man har glemt sit bruger-ID. Her kender man det.
    Pas på: Nogle skriver deres rigtige bruger-ID. Stop dem venligt. I virkeligheden skriver personen selv, og du skal ikke kende det.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-report-a-move-app-request =
    Sig: Boksen viser »Åbn { -mitid } app og godkend«. Læs anmodningen i appen højt: { -borger-dk } spørger, og man startede selv, så man stryger for at godkende.
    Spørg: Hvornår skal man ikke godkende? Når teksten ikke passer, eller man ikke selv har startet noget.
    Pas på: I virkeligheden åbner man appen med sin PIN-kode. Kig væk, og lad personen selv skrive den.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-practice-report-a-move-form =
    Sig: Nu udfylder man »Anmeld flytning til folkeregisteret«: »Ny adresse« og »Flyttedato«. Tryk så på »Næste«.
    Spørg: Hvornår må man melde? Fra { $move-report-days-before } dage før til { $move-report-days-after } dage efter flytningen. For sent kan give en bøde.
    Pas på: Øvelsen godtager kun »{ $practice-move-date }« som dato, ellers kommer en fejlside. Skriv dato og »{ $practice-address }« på tavlen.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-practice-report-a-move-date-error =
    Sig: Fejl sker for alle. Tryk på »Prøv igen«, og skriv datoen igen.
    Spørg: Hvad tror I, der var galt? Sammenlign datoen med tavlen, tegn for tegn.
    Pas på: Ret ikke selv på deltagerens skærm. Læs »{ $practice-move-date }« højt, og lad personen skrive.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-practice-report-a-move-doctor =
    Sig: Nu kommer »Lægevalg«. I øvelsen flytter man mere end { $doctor-change-km } km og vil have en læge tæt på det nye hjem.
    Spørg: Koster det noget at skifte læge, når man flytter? Nej, det er gratis.
    Pas på: »Behold nuværende læge« er ikke forkert i virkeligheden. Her er »Vælg ny læge« rigtigt på grund af øvelsens historie.

note-practice-report-a-move-doctor-list =
    Sig: Her vælger man en ny læge. Den nye adresse ligger i Øvelsby, så vælg »Læge Hanne Øvelsen, Øvelsby«.
    Spørg: Hvilken by ligger den nye adresse i? Se på adressen, I skrev: »{ $practice-address }«.
    Pas på: Lægerne i øvelsen er opdigtede. Sig det, så ingen leder efter dem i virkeligheden.

note-practice-report-a-move-summary =
    Sig: Tjek sammen, at adresse, dato og læge er rigtige, før I trykker på »Send«.
    Spørg: Hvad gør man, hvis noget er forkert? Man trykker på »Tilbage« og retter det.
    Pas på: Mange trykker på »Send« uden at læse. Bed dem læse siden højt for sidemanden først.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-practice-report-a-move-receipt =
    Sig: »Kvittering« viser, at flytningen er meldt. Et nyt »Sundhedskort« kommer om cirka { $health-card-weeks } uger.
    Spørg: Skal man selv give postvæsenet den nye adresse? Nej, det sker automatisk.
    Pas på: Teksten på kvitteringen er lavet til øvelsen. Den rigtige side kan se anderledes ud.

## Practice: power-of-attorney-give

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
note-practice-power-of-attorney-give-start =
    Sig: Her giver deltageren { $practice-holder-name } en fuldmagt, så { $practice-holder-name } kan melde deltagerens flytning. Tryk på »Log på«.
    Spørg: Hvem logger på her, giveren eller hjælperen? Giveren, med sit eget { -mitid }.
    Pas på: Nogle blander at give og at bruge en fuldmagt sammen. At bruge den øver I i en anden øvelse.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-power-of-attorney-give-mitid-box =
    Sig: Skriv øve-bruger-ID »{ $practice-user-id }« i »Bruger-ID«, og tryk på »Fortsæt«.
    Spørg: Hvorfor aldrig det rigtige bruger-ID i en øvelse? Det er personligt, og en hjælper må ikke kende det.
    Pas på: Hjælper du i virkeligheden, skriver personen selv sit bruger-ID, og du kigger væk.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-power-of-attorney-give-app-login =
    Sig: Anmodningen i appen kommer fra { -borger-dk }. Man startede selv at logge på, så man stryger for at godkende.
    Spørg: Hvad læser man, før man godkender? Hvem der spørger, og hvad man godkender.
    Pas på: I virkeligheden åbner personen appen med sin PIN-kode. Kig væk, og lad personen selv skrive den.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
note-practice-power-of-attorney-give-overview =
    Sig: Nu er man logget på »Digital fuldmagt«. Man giver fuldmagten og er derfor »Fuldmagtsgiver«. Tryk på »Giv fuldmagt«.
    Spørg: Hvad hedder den, der får fuldmagten? »Fuldmagtshaver«.
    Pas på: Siderne i øvelsen er forenklede. Den rigtige side kan se anderledes ud, så led efter ordene, ikke efter stedet.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# Source: https://vejen.dk/selvbetjening/selvbetjening/digital-fuldmagt/
note-practice-power-of-attorney-give-holder =
    Sig: Skriv, hvem der får fuldmagten: »{ $practice-holder-name }« i »Navn« og »{ $practice-cpr }« i »CPR-nummer«. Tryk på »Næste«.
    Spørg: Hvem kan få en fuldmagt? Begge skal være over { $power-of-attorney-min-age } år og forstå, hvad en fuldmagt betyder.
    Pas på: Nogle skriver et rigtigt CPR-nummer. Brug kun øvelsens nummer, så ingen rigtige oplysninger bliver skrevet.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
note-practice-power-of-attorney-give-task =
    Sig: Vælg, hvad fuldmagten skal gælde. En fuldmagt gælder som regel én opgave, her »Meld flytning«.
    Spørg: Hvorfor ikke »Se prøvesvar«? Fordi { $practice-holder-name } kun skal hjælpe med flytningen.
    Pas på: Nogle vil give lov til det hele. Forklar, at man vælger den opgave, hjælperen skal klare.

note-practice-power-of-attorney-give-end-date =
    Sig: I »Slutdato« skriver man, hvor længe fuldmagten skal gælde, i øvelsen »{ $practice-end-date }«. Tryk så på »Bekræft«.
    Spørg: Hvad sker der med »Annuller«? Så stopper man, og fuldmagten bliver ikke givet.
    Pas på: Hvordan slutdatoen vælges på den rigtige side, er ikke sikkert. Skriv øvelsens dato på tavlen.

# Source: https://aalborg.dk/mit-liv/personlige-forhold/post-mitid-og-digital-post/digital-fuldmagt
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-power-of-attorney-give-app-sign =
    Sig: Man giver fuldmagten med sit { -mitid }. Læs i appen: { -borger-dk } spørger, og det gælder »Giv fuldmagt«. Stryg for at godkende.
    Spørg: Hvornår skal man ikke godkende? Når man ikke selv har startet noget, eller teksten ikke passer.
    Pas på: Giveren godkender altid selv. Skal der skrives PIN-kode, så kig væk, og lad personen skrive den.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-practice-power-of-attorney-give-done =
    Sig: Fuldmagten er givet. { $practice-holder-name } logger på med sit eget { -mitid }, ikke med giverens.
    Spørg: Hvem kan svare på spørgsmål om ens egen fuldmagt? { -borgerservice }.
    Pas på: Kvitteringen i øvelsen er opdigtet. Den rigtige side kan se anderledes ud.

## Practice: power-of-attorney-use

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
note-practice-power-of-attorney-use-start =
    Sig: Nu er deltageren »Fuldmagtshaver«. Moren, { $practice-mother-name }, har givet en fuldmagt, så deltageren kan melde hendes flytning. Tryk på »Log på«.
    Spørg: Hvis { -mitid } bruger man, når man hjælper sin mor? Sit eget.
    Pas på: Næste skærm har en fælde om morens bruger-ID. Afslør den ikke før tid.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-practice-power-of-attorney-use-mitid-box =
    Sig: Moren siger: »Du kan bare bruge mit bruger-ID.« Spørg gruppen, om det er i orden, før nogen skriver.
    Spørg: Må man bruge morens bruger-ID med en fuldmagt? Nej. Ingen må bruge en andens { -mitid }. Man skriver sit eget: »{ $practice-user-id }«.
    Pas på: Skriver nogen noget andet, havner de i fælden på morens telefon. Det er meningen, så lad dem lære af det.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
note-practice-power-of-attorney-use-other-phone =
    Sig: Anmodningen er nu på morens telefon. Bliver den godkendt, logger man på som hende, og det må ingen. Den skal afvises.
    Spørg: Hvorfor er det galt? Man handler som en anden person. Giver man sine oplysninger til en anden, kan man selv blive ansvarlig.
    Pas på: Teksten på knapperne i den rigtige app er ikke sikker. Tal om at afvise anmodningen, ikke om en bestemt knap.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-practice-power-of-attorney-use-app-login =
    Sig: Nu er anmodningen på ens egen telefon, fordi man skrev sit eget bruger-ID. { -borger-dk } spørger, så stryg for at godkende.
    Spørg: Hvad er forskellen fra fælden? Nu er det ens eget { -mitid }, og man har selv startet.
    Pas på: I virkeligheden åbner personen appen med sin PIN-kode. Kig væk, og lad personen selv skrive den.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
note-practice-power-of-attorney-use-logged-in =
    Sig: Man er logget på som sig selv. For at handle for moren trykker man på »Vælg person«.
    Spørg: Hvorfor står moren ikke allerede på siden? Fordi man altid logger på som sig selv og skifter inde i tjenesten.
    Pas på: Hvor »Vælg person« står på den rigtige side, kan variere. Lad deltagerne lede efter ordet.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
note-practice-power-of-attorney-use-people =
    Sig: Her vælger man, hvem man handler for. Vælg »{ $practice-mother-name }«, ikke »Dig selv«.
    Spørg: Hvad ville ske med »Dig selv«? Så meldte man sin egen flytning.
    Pas på: Listen i øvelsen er opdigtet. På den rigtige side kan den se anderledes ud.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
note-practice-power-of-attorney-use-confirm =
    Sig: Man har valgt moren. Tryk på »Bekræft« for at handle for hende.
    Spørg: Hvad gør »Annuller«? Man stopper og handler ikke for moren.
    Pas på: Nogle tror, at »Bekræft« giver dem morens { -mitid }. Nej, man er stadig logget på med sit eget.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
note-practice-power-of-attorney-use-move-form =
    Sig: Øverst står, hvem man handler for. Skriv morens nye adresse og flyttedato, og tryk på »Send«.
    Spørg: Hvordan ser man, at man handler for moren? Linjen »Du handler for: { $practice-mother-name }« øverst.
    Pas på: Brug øvelsens værdier: »{ $practice-address }« og »{ $practice-move-date }«. Skriv dem på tavlen.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
note-practice-power-of-attorney-use-done =
    Sig: Flytningen er meldt for moren. Man brugte sit eget { -mitid } og skiftede med »Vælg person« og »Bekræft«.
    Spørg: Hvad er øvelsens vigtigste regel? Log altid på med dit eget { -mitid }, aldrig med en andens.
    Pas på: Har nogen spørgsmål om deres egen fuldmagt, så henvis til { -borgerservice }.
