### Guide: Self-service on borger.dk. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $digital-hotline-phone } are facts kept in src-tauri/content/facts.toml.
### This guide is not legal advice. Where duties come up, it points to Borgerservice.

guide-self-service-on-borger-dk-title = Selvbetjening på { -borger-dk }
guide-self-service-on-borger-dk-summary = Klar dine sager med det offentlige selv på nettet, og find hjælp, når du har brug for det.

## Step: what self-service is

guide-self-service-on-borger-dk-what-title = Hvad er selvbetjening?
# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# »Selvbetjening« = self-service: you fill in a form on the internet yourself, instead of going
# to an office. "Det offentlige" = the public authorities (state, municipality and so on).
guide-self-service-on-borger-dk-what-body =
    »Selvbetjening« betyder, at du selv klarer en sag med det offentlige på nettet.
    Du udfylder en formular og sender den.
    Mange selvbetjeninger finder du på { -borger-dk }.
    Du logger på med dit eget { -mitid }. Se efter »Log på«.

## Step: the mandatory self-services

guide-self-service-on-borger-dk-mandatory-title = Nogle sager skal du klare selv på nettet
# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
# The list gives examples. "Boligstøtte" = housing benefit; "folkepension" = state pension;
# "pasning" = childcare (nursery, kindergarten).
guide-self-service-on-borger-dk-mandatory-body =
    Nogle selvbetjeninger er obligatoriske, hvis du kan bruge dem.
    Så skal du bruge nettet og ikke et papir.
    Det gælder fx, når du flytter, og når du skal have et »Sundhedskort«.
    Det gælder også pasning af børn, skoleindskrivning, boligstøtte og folkepension.

## Step: exemption

guide-self-service-on-borger-dk-exemption-title = Fritagelse
# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# »Fritagelse« = exemption. Do not add how long an exemption lasts.
guide-self-service-on-borger-dk-exemption-body =
    Kan du ikke bruge det digitale, kan du søge om fritagelse for { -digital-post }.
    Siden 1. juni 2023 er du så også fritaget for obligatorisk selvbetjening.
    Du søger personligt hos { -borgerservice } og tager legitimation med.
    Har du spørgsmål om dine pligter, så spørg { -borgerservice }.

## Step: help on the phone

guide-self-service-on-borger-dk-hotline-title = Ring og få hjælp
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
guide-self-service-on-borger-dk-hotline-body =
    Har du brug for hjælp til en selvbetjening, så ring til { -digital-hotline }.
    Nummeret er { $digital-hotline-phone }.
    Du kan også få hjælp hos { -borgerservice }.

## Step: when someone helps you

guide-self-service-on-borger-dk-helper-title = Når en anden hjælper dig
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# »Digital fuldmagt« = digital power of attorney: a permission that lets another person act for you.
guide-self-service-on-borger-dk-helper-body =
    En anden må gerne hjælpe dig. Men ingen må bruge dit { -mitid }.
    Hjælperen logger på med sit eget { -mitid }.
    Med en »Digital fuldmagt« kan hjælperen så klare bestemte sager for dig.

## Question: stuck in a form

# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
guide-self-service-on-borger-dk-question-no-help = Du kan ikke finde ud af en formular på { -borger-dk }. Hvad gør du?
guide-self-service-on-borger-dk-question-no-help-hotline = Jeg ringer til { -digital-hotline }.
guide-self-service-on-borger-dk-question-no-help-hotline-feedback = Rigtigt. { -digital-hotline } hjælper med selvbetjening. Nummeret er { $digital-hotline-phone }.
guide-self-service-on-borger-dk-question-no-help-give-mitid = Jeg giver min nabo mit { -mitid }, så han kan gøre det.
guide-self-service-on-borger-dk-question-no-help-give-mitid-feedback = Nej. Ingen må bruge dit { -mitid }. Ring til { -digital-hotline } på { $digital-hotline-phone }, eller spørg { -borgerservice }.
guide-self-service-on-borger-dk-question-no-help-give-up = Jeg lader være med at gøre det.
guide-self-service-on-borger-dk-question-no-help-give-up-feedback = Nej. Nogle sager skal du klare selv på nettet, fx når du flytter. Få hjælp: ring til { -digital-hotline } på { $digital-hotline-phone }.
