### Guide: What a helper may and may not do. Reference text; every fact has its source in a comment.
### For digital ambassadors and relatives who help someone with MitID.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $power-of-attorney-min-age } are facts kept in src-tauri/content/facts.toml.
### This guide is not legal advice. Where rights and duties come up, it points to Borgerservice.

guide-helping-others-title = Når du hjælper en anden
guide-helping-others-summary = Hvad du må, og hvad du ikke må, når du hjælper en i familien eller en anden med { -mitid }.

## Step: what a helper may do

guide-helping-others-may-title = Det må du gerne
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# "koden på sms" = the code sent by SMS to check that a phone number is right.
guide-helping-others-may-body =
    Du må gerne hjælpe en anden med { -mitid }.
    Du må finde information for personen.
    Du må skrive personens telefonnummer og e-mail.
    Du må også skrive den kode, der kommer på sms, når telefonnummeret skal tjekkes.
    Du må forklare, hvordan et sikkert bruger-ID og en sikker adgangskode ser ud.

## Step: what a helper may not do

guide-helping-others-may-not-title = Det må du ikke
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
# "kodeviser" = code display, the small device that shows a code.
guide-helping-others-may-not-body =
    Du må ikke kende personens koder.
    Det gælder PIN-koden, adgangskoden og bruger-ID'et.
    Du må heller ikke beholde personens telefon eller kodeviser.

## Step: look away, and the person is there

guide-helping-others-look-away-title = Kig væk, og hjælp kun, når personen er der
# Source: https://mitid.dk/en-gb/help/help-universe/help-others
guide-helping-others-look-away-body =
    Når personen skriver sin PIN-kode eller adgangskode, kigger du væk.
    Personen skal selv være til stede, når du hjælper.
    Du må aldrig ordne noget med personens { -mitid }, når personen ikke er der.

## Step: always your own MitID

guide-helping-others-own-mitid-title = Brug altid dit eget { -mitid }
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
# "værge" = a guardian, a person appointed to look after someone's affairs.
# "fuldmagt" = power of attorney: permission to act for someone else.
guide-helping-others-own-mitid-body =
    Ingen må bruge en andens { -mitid }.
    Det gælder også familie, en værge og en, der har fuldmagt.
    Som hjælper logger du altid på med dit eget { -mitid }.
    Inde i tjenesten skifter du så til den person, du hjælper.
    Med en digital fuldmagt trykker du på »Vælg person« og derefter på »Bekræft«.

## Step: a power of attorney or access to Digital Post

guide-helping-others-power-title = En fuldmagt eller adgang til posten
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# Source: https://vejen.dk/selvbetjening/selvbetjening/digital-fuldmagt/
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# $power-of-attorney-min-age is an age in years.
guide-helping-others-power-body =
    Skal du hjælpe tit, kan personen give dig en fuldmagt på { -borger-dk } med »Digital fuldmagt«.
    Så må du se oplysninger eller gøre noget for personen i bestemte tjenester.
    En fuldmagt gælder tit kun én opgave.
    I skal begge være over { $power-of-attorney-min-age } år.
    Personen kan også give dig adgang til sin { -digital-post }, fx »Læse- og skriveadgang«.

## Step: when MitID is too hard

guide-helping-others-refused-title = Når { -mitid } er for svært
# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# Translators: keep the last sentence; it sends questions to Borgerservice.
guide-helping-others-refused-body =
    Kan personen ikke klare { -mitid } alene, skal { -borgerservice } sige nej til at give personen { -mitid }.
    Så kan personen i stedet give en anden fuldmagt eller adgang til sin { -digital-post }.
    Personen kan også søge om »Fritagelse« fra { -digital-post }.
    Det sker personligt hos { -borgerservice }. En i familien kan søge for personen med en underskrevet fuldmagt.
    Spørg { -borgerservice }, hvad der passer bedst.

## Check: the neighbour's PIN

# Source: https://mitid.dk/en-gb/help/help-universe/help-others
guide-helping-others-question-pin = Din nabo skriver sin PIN-kode i { -mitid }-appen. Hvad gør du?
guide-helping-others-question-pin-look-away = Jeg kigger væk.
guide-helping-others-question-pin-look-away-feedback = Rigtigt. PIN-koden er kun hendes. Du kigger væk, mens hun skriver den.
guide-helping-others-question-pin-remember = Jeg husker koden, så jeg kan hjælpe hende næste gang.
guide-helping-others-question-pin-remember-feedback = Nej. En hjælper må ikke kende en andens koder. Kig væk, mens hun skriver.
guide-helping-others-question-pin-type-for-her = Jeg skriver koden for hende.
guide-helping-others-question-pin-type-for-her-feedback = Nej. Så kender du hendes kode, og det må en hjælper ikke. Hun skriver den selv, og du kigger væk.

## Check: helping a father who gave a power of attorney

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
guide-helping-others-question-own-mitid = Din far har givet dig en digital fuldmagt. Nu skal du hjælpe ham på en offentlig hjemmeside. Hvordan logger du på?
guide-helping-others-question-own-mitid-own = Med mit eget { -mitid }. Så vælger jeg ham inde i tjenesten.
guide-helping-others-question-own-mitid-own-feedback = Rigtigt. Du logger altid på med dit eget { -mitid }. Så trykker du på »Vælg person« og »Bekræft«.
guide-helping-others-question-own-mitid-his = Med hans { -mitid }, fordi jeg har fuldmagt.
guide-helping-others-question-own-mitid-his-feedback = Nej. Ingen må bruge en andens { -mitid }, heller ikke med en fuldmagt. Log på med dit eget.
guide-helping-others-question-own-mitid-ask-pin = Jeg beder ham sige sin PIN-kode højt.
guide-helping-others-question-own-mitid-ask-pin-feedback = Nej. En hjælper må ikke kende en andens PIN-kode. Log på med dit eget { -mitid }.

## Check: the person is not there

# Source: https://mitid.dk/en-gb/help/help-universe/help-others
guide-helping-others-question-present = Din veninde beder dig ordne noget med hendes { -mitid }, mens hun er på arbejde. Hvad gør du?
guide-helping-others-question-present-wait = Jeg venter, til hun selv er der.
guide-helping-others-question-present-wait-feedback = Rigtigt. Personen skal selv være til stede, når du hjælper med { -mitid }.
guide-helping-others-question-present-borrow-phone = Jeg låner hendes telefon og gør det alene.
guide-helping-others-question-present-borrow-phone-feedback = Nej. Du må ikke beholde en andens telefon, og hun skal selv være der.

## Check: what a helper may do

# Source: https://mitid.dk/en-gb/help/help-universe/help-others
guide-helping-others-question-may = Du hjælper din onkel med at få { -mitid }. Hvad må du gerne gøre?
guide-helping-others-question-may-sms-code = Skrive hans telefonnummer og koden fra sms'en.
guide-helping-others-question-may-sms-code-feedback = Rigtigt. En hjælper må gerne skrive telefonnummer, e-mail og den kode, der kommer på sms.
guide-helping-others-question-may-choose-pin = Vælge hans PIN-kode for ham.
guide-helping-others-question-may-choose-pin-feedback = Nej. Så kender du hans PIN-kode. Han vælger den selv, og du kigger væk.
guide-helping-others-question-may-note-user-id = Skrive hans bruger-ID ned, så jeg selv har det.
guide-helping-others-question-may-note-user-id-feedback = Nej. En hjælper må ikke kende en andens bruger-ID. Du må gerne forklare, hvordan et sikkert bruger-ID ser ud.
