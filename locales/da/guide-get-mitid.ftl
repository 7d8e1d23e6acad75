### Guide: How to get MitID. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $mitid-min-age } are facts kept in src-tauri/content/facts.toml.

guide-get-mitid-title = Sådan får du { -mitid }
guide-get-mitid-summary = Få { -mitid } hos { -borgerservice } eller selv hjemme i appen med dit pas.

## Step: two ways

guide-get-mitid-two-ways-title = To måder at få { -mitid } på
# Source: https://www.mitid.dk/en-gb/about-mitid
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
# $mitid-min-age is an age in years (a number).
guide-get-mitid-two-ways-body =
    Du kan få { -mitid }, når du er fyldt { $mitid-min-age } år.
    Du kan få det hos { -borgerservice } i din kommune.
    Eller du kan selv få det hjemme i { -mitid }-appen.
    Så skal du have et pas eller et ID-kort med chip.

## Step: at Borgerservice

guide-get-mitid-borgerservice-title = Hos { -borgerservice }
# Source: https://digst.dk/it-loesninger/mitid/lovgivning/
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
# »Bestil tid« = book an appointment. »Legitimation« = papers that show who you are.
guide-get-mitid-borgerservice-body =
    Bestil en tid hos { -borgerservice }, før du går derhen. Se efter »Bestil tid«.
    Tag gyldig »Legitimation« med.
    Det kan være et pas, et kørekort eller et opholdskort med billede.
    Har du ikke det, så tag to papirer med. Det ene skal vise dit CPR-nummer.

## Step: control questions or a witness

guide-get-mitid-witness-title = Spørgsmål eller et vidne
# Source: https://digst.dk/it-loesninger/mitid/lovgivning/
# Source: https://www.herning.dk/borger/borgerservice/digital-post-nemidmitid-og-bestil-tid/nemidmitid/
# "Vidne" = witness: a person who comes with you and confirms who you are.
# $witness-min-age is an age in years. $witness-mitid-days and $witness-period-days are numbers
# of days; $witness-max-people is a number of people. All are numbers: give each plural form.
guide-get-mitid-witness-body =
    Hos { -borgerservice } skal du svare på nogle kontrolspørgsmål om dig selv. De bygger på dit CPR-nummer.
    I stedet kan du tage et vidne med.
    Vidnet skal være fyldt { $witness-min-age } år.
    Vidnet skal selv have haft { -mitid } i mere end { $witness-mitid-days ->
        [one] { $witness-mitid-days } dag
       *[other] { $witness-mitid-days } dage
    }.
    Den samme person kan højst være vidne for { $witness-max-people ->
        [one] { $witness-max-people } person
       *[other] { $witness-max-people } personer
    } på { $witness-period-days ->
        [one] { $witness-period-days } dag
       *[other] { $witness-period-days } dage
    }.

## Step: decide your user ID first

guide-get-mitid-user-id-title = Find på dit bruger-ID først
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
# $user-id-min-length and $user-id-max-length: how many characters a user ID may have.
# $user-id-forbidden-digits: a user ID may not be any number with this many digits.
guide-get-mitid-user-id-body =
    Beslut dit »Bruger-ID«, før du går til { -borgerservice }.
    Det skal have { $user-id-min-length } til { $user-id-max-length } tegn.
    Det må ikke være dit CPR-nummer eller et andet tal med { $user-id-forbidden-digits } cifre.
    Det må ikke begynde eller slutte med et mellemrum. Og ingen anden må have det i forvejen.

## Step: at home with a chip passport or ID card

guide-get-mitid-at-home-title = Hjemme med pas og app
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
# "Chipmærket" = the small chip symbol that shows that a passport or ID card has a chip.
# »Kom i gang« = get started: the button in the MitID app.
guide-get-mitid-at-home-body =
    Tjek først, at { -mitid }-appen virker på din telefon.
    Dit pas eller ID-kort skal være gyldigt og have en chip. Se efter chipmærket.
    Åbn appen, og tryk på »Kom i gang«.
    På ældre telefoner finder du det i menuen.

## Step: scan the passport, the chip and your face

guide-get-mitid-scan-title = Scan pas, chip og ansigt
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
# »P« and »I« are the first letters of the code that the app scans. Keep them as they are.
# "Coveret" = the phone's case.
guide-get-mitid-scan-body =
    Først scanner du koden på siden med dit billede. Hold telefonen vandret.
    På et pas begynder koden med »P«. På et ID-kort står den på bagsiden og begynder med »I«.
    Så læser telefonen chippen: Tag coveret af telefonen, og læg telefonen på passet.
    Til sidst scanner du dit ansigt.

## Step: user ID, phone number and PIN

guide-get-mitid-activate-title = Bruger-ID og PIN-kode
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/get-mitid-app/step-4
# »På denne telefon« = on this phone: the choice in the app to use MitID on the phone in your hand.
guide-get-mitid-activate-body =
    Vælg dit bruger-ID, og skriv dit mobilnummer. Du får en kode i en SMS, som du skriver ind.
    Vælg »På denne telefon«. Så får du en midlertidig PIN-kode i en SMS.
    Vælg derefter din egen PIN-kode. Hvis du vil, kan du også åbne appen med fingeraftryk eller ansigt.
    Til sidst siger du ja til beskeder fra appen.

## Step: a foreign passport, and help from a relative

guide-get-mitid-help-title = Udenlandsk pas og hjælp til at scanne
# Source: https://www.signaturgruppen.dk/get-mitid-with-a-foreign-passport
# Source: https://mitid.dk/kom-i-gang-med-mitid/hjaelp-en-anden-med-at-faa-mitid-med-udenlandsk-pasid-kort
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# "P-kode" is the name of a code from MitID Support for people with no CPR number. Keep the name.
# »Aktivér« and »Hjælp en anden med at aktivere« are words in the MitID app's menu.
# $mitid-support-phone is a phone number (text).
# $p-code-digits is how many digits a P-code has; $p-code-attempts is how many tries one P-code gives.
guide-get-mitid-help-body =
    Har du et udenlandsk pas og intet CPR-nummer? Så skal du først have en P-kode fra { -mitid-support } på { $mitid-support-phone }.
    En P-kode har { $p-code-digits ->
        [one] { $p-code-digits } ciffer
       *[other] { $p-code-digits } cifre
    }. Du har { $p-code-attempts } forsøg med den samme P-kode.
    En pårørende kan scanne for dig på sin egen telefon. I appens menu trykker hun eller han på »Aktivér« og så på »Hjælp en anden med at aktivere«.
    Du skal selv være til stede imens.
    Den, der hjælper dig, må ikke kende din PIN-kode eller dit bruger-ID.
