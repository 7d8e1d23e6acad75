### Guide: Give a helper access to your Digital Post.
### Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### This guide is not legal advice. Where duties come up, it points to Borgerservice and
### Den Digitale Hotline.
### Variables such as { $digital-hotline-phone } are facts kept in src-tauri/content/facts.toml.

guide-digital-post-access-title = Giv en hjælper adgang til din { -digital-post }
guide-digital-post-access-summary = Hvad en hjælper kan med »Læseadgang« og med »Læse- og skriveadgang«, og hvordan adgangen bliver givet.

## Step: read access

guide-digital-post-access-read-title = »Læseadgang«
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# "the activity log" is rendered as "an overview of what has happened in the mailbox".
guide-digital-post-access-read-body =
    Du kan give en anden person adgang til din { -digital-post }. Der er to slags adgang.
    Med »Læseadgang« kan personen læse dine breve og videresende dem.
    Personen kan også flytte breve til mapper og markere dem som læst eller ulæst.
    Og personen kan se en oversigt over, hvad der er sket i postkassen.
    Men personen kan ikke slette breve helt, ikke skrive, ikke svare og ikke give andre adgang.

## Step: read and write access

guide-digital-post-access-read-write-title = »Læse- og skriveadgang«
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# "myndigheden" = the public authority that gets the message.
guide-digital-post-access-read-write-body =
    Med »Læse- og skriveadgang« kan personen det samme som med »Læseadgang«.
    Derudover kan personen skrive nye beskeder og svare på breve for dig.
    Myndigheden kan se, hvem der har hjulpet dig.

## Step: how the helper asks

guide-digital-post-access-ask-title = Sådan beder hjælperen om adgang
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
guide-digital-post-access-ask-body =
    Hjælperen logger på sin egen { -digital-post } med sit eget { -mitid }.
    Ingen må bruge dit { -mitid }, heller ikke din familie.
    Hjælperen trykker på »Menu«, så på »Læse- og skriveadgang« og så på »Anmod om adgang«.
    Hjælperen skriver dit navn, dit CPR-nummer og en slutdato for adgangen.
    Til sidst trykker hjælperen på »Send«.

## Step: the owner approves

guide-digital-post-access-approve-title = Du godkender selv
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
guide-digital-post-access-approve-body =
    Hjælperen får ikke adgang med det samme.
    Du skal først godkende anmodningen i din egen { -digital-post }.
    Læs, hvem der beder om adgang, og hvilken slags adgang det er.
    Godkend kun, hvis du kender personen og vil give adgangen.

## Step: help at Borgerservice

guide-digital-post-access-borgerservice-title = Få hjælp hos { -borgerservice }
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
guide-digital-post-access-borgerservice-body =
    { -borgerservice } kan også give adgangen for dig.
    Kan du ikke selv komme, kan hjælperen tage en fuldmagt fra dig med.

## Step: what access covers

guide-digital-post-access-limits-title = Det skal du vide
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
# "Den Digitale Hotline" is the name of a public help line; keep the name in Danish.
# $digital-hotline-phone is a phone number (text).
guide-digital-post-access-limits-body =
    Adgangen gælder din offentlige post alle fire steder: på { -borger-dk }, i appen { -digital-post }, i { -e-boks } og på { -mit-dk }.
    Den gælder ikke breve fra private firmaer, fx din bank.
    Du har stadig selv pligt til at læse din post, også når en anden hjælper dig.
    Har du spørgsmål, så spørg { -borgerservice } eller ring til { -digital-hotline } på { $digital-hotline-phone }.
