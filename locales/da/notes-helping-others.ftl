### Facilitator notes: helping others. One note per guide step and per practice screen, for the ambassador only.
### Danish words in »…« are the words on the screen. Phone numbers and ages come from
### src-tauri/content/facts.toml. Not legal advice: questions about liability and a person's own
### case go to Borgerservice or MitID Support.

## Guide: helping-others

# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-helping-others-may =
    Sig: En hjælper må finde information og skrive telefonnummer, e-mail og koden fra sms, når telefonnummeret skal tjekkes.
    Spørg: Må jeg hjælpe med bruger-ID og adgangskode? Du må forklare, hvordan et sikkert bruger-ID og en sikker adgangskode ser ud. Personen vælger selv.
    Pas på: Koden fra sms, der tjekker telefonnummeret, er ikke PIN-koden. Sms-koden må en hjælper skrive, PIN-koden aldrig.

# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-user/i-have-forgotten-my-user-id/?language=en-gb
note-guide-helping-others-may-not =
    Sig: En hjælper må ikke kende personens PIN-kode, adgangskode eller bruger-ID og må ikke beholde personens telefon eller kodeviser.
    Spørg: Må jeg skrive min mors bruger-ID ned, så hun ikke glemmer det? Nej. Glemmer hun det, kan { -borgerservice } eller { -mitid-support } hjælpe.
    Pas på: Mange deltagere vil selv sige deres kode højt. Stop dem venligt, før de siger den.

# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-helping-others-look-away =
    Sig: Når personen skriver sin PIN-kode eller adgangskode, kigger hjælperen væk. Personen skal selv være til stede.
    Spørg: Må jeg ordne noget med min venindes { -mitid }, mens hun er på arbejde? Nej. Hun skal selv være der.
    Pas på: Vis det med kroppen: vend dig væk, hver gang nogen skriver en kode i øvelserne, så det bliver en vane i gruppen.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
note-guide-helping-others-own-mitid =
    Sig: Ingen må bruge en andens { -mitid }, heller ikke familie, en værge eller en med fuldmagt. Hjælperen logger på med sit eget.
    Spørg: Hvordan hjælper jeg så min far? Log på med dit eget { -mitid }, og tryk på »Vælg person« og derefter på »Bekræft«.
    Pas på: Nogle har længe brugt en slægtnings { -mitid }. Døm ikke. Forklar reglen, og vis fuldmagten som vejen frem.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# Source: https://vejen.dk/selvbetjening/selvbetjening/digital-fuldmagt/
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
note-guide-helping-others-power =
    Sig: Skal man hjælpe tit, kan personen give en »Digital fuldmagt« på { -borger-dk }. Den gælder tit kun én opgave.
    Spørg: Hvem kan give og få en fuldmagt? Begge skal være over { $power-of-attorney-min-age } år. Til { -digital-post } findes fx »Læse- og skriveadgang«.
    Pas på: En fuldmagt og adgang til { -digital-post } er ikke det samme. Hjælp med at skelne, og henvis til { -borgerservice } ved tvivl.

# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
note-guide-helping-others-refused =
    Sig: Kan personen ikke klare { -mitid } alene, skal { -borgerservice } sige nej. Så kan en fuldmagt, adgang til { -digital-post } eller »Fritagelse« hjælpe.
    Spørg: Kan familien søge fritagelse for personen? Ja, med en underskrevet fuldmagt hos { -borgerservice }.
    Pas på: Afgør ikke selv, hvad der passer bedst til personen. Det spørger man { -borgerservice } om.

## Guide: safety-online

# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
note-guide-safety-online-never-approve =
    Sig: Godkend aldrig noget i { -mitid }, fordi nogen ringer, skriver eller kommer forbi. Svindlere lader som om, de er fra banken eller politiet.
    Spørg: Hvem har fået et mærkeligt opkald eller en mærkelig sms? Ringer { -mitid-support } eller { -borgerservice } og beder om at godkende? Aldrig.
    Pas på: Nogle skammer sig, hvis de er blevet snydt. Tal om svindlerne, ikke om ofrene, og vis, at det sidste trin handler om hjælp.

# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
note-guide-safety-online-signs =
    Sig: Tegn på et falsk opkald: de beder om personlige oplysninger, nummeret er skjult, meget langt eller udenlandsk, eller de presser på.
    Spørg: Kan man stole på et nummer, der ser rigtigt ud? Nej, det kan være falsk. Læg på, og ring selv til { -mitid-support } på { $mitid-support-phone }.
    Pas på: Nogle ringer tilbage til det nummer, der ringede. Ring i stedet selv til det nummer, der står i guiden.

# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
note-guide-safety-online-secrets =
    Sig: Koder deles aldrig, og telefon og kodeviser lånes ikke ud. Bruger-ID gives kun til { -mitid-support }, når man selv har ringet.
    Spørg: Hvad læser man i appen, før man godkender? Hvem der spørger, og hvad man godkender. Har man ikke selv startet det, godkender man ikke.
    Pas på: Det gælder også dig: bed aldrig om en deltagers kode, og kig væk, når en PIN-kode eller adgangskode bliver skrevet.

# Source: https://www.banken.gl/da/privat/netbank/mitid
note-guide-safety-online-address =
    Sig: Når { -mitid }-boksen åbner, så peg på adressen øverst i browseren, og læs sammen, hvad den skal ende på.
    Spørg: Hvad gør man, hvis adressen ikke passer? Man skriver ikke noget og lukker siden.
    Pas på: Mange ser aldrig på adresselinjen. Vis på projektoren præcis, hvor den står.

# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://www.mitid.dk/en-gb/security/security-advice/good-habits/
note-guide-safety-online-lost-phone =
    Sig: Bliver telefonen væk, så spær { -mitid }-appen med det samme, fx via { -mitid-support } på { $mitid-support-phone }. Spær også SIM-kortet.
    Spørg: Hvordan får man en advarsel uden sin telefon? Vælg en ekstra måde at få beskeder på ud over appen, fx sms eller e-mail.
    Pas på: Hjælp med at finde nummeret, men lad personen selv ringe og svare på spørgsmålene.

# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
note-guide-safety-online-if-it-happened =
    Sig: Er { -mitid } misbrugt, så ring til hotlinen for identitetstyveri, { $identity-theft-phone } (hele døgnet), eller Cyberhotline, { $cyber-hotline-phone }.
    Spørg: Hvem betaler for misbruget? Har man givet sine oplysninger til en anden, kan man selv blive ansvarlig. Spørg { -mitid-support }.
    Pas på: Nævn ingen beløb, og giv ingen juridiske råd. Henvis til { -mitid-support } på { $mitid-support-phone }.
