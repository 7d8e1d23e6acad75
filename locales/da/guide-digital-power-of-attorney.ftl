### Guide: Digital power of attorney. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $power-of-attorney-min-age } are facts kept in src-tauri/content/facts.toml.
### This guide is not legal advice. Where rights or duties come up, it points to Borgerservice
### and MitID Support.
### "Fuldmagt" = power of attorney: a permission that lets another person act for you.

guide-digital-power-of-attorney-title = Digital fuldmagt
guide-digital-power-of-attorney-summary = Lad en anden klare en sag for dig på nettet, eller klar en sag for en anden.

## Step: what it is

guide-digital-power-of-attorney-what-title = Hvad er en digital fuldmagt?
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# »Fuldmagtsgiver« = the person who gives the power of attorney. »Fuldmagtshaver« = the person
# who gets it.
guide-digital-power-of-attorney-what-body =
    Med en »Digital fuldmagt« kan en anden person hjælpe dig med en sag på nettet.
    Den, der giver fuldmagten, hedder »Fuldmagtsgiver«.
    Den, der får fuldmagten, hedder »Fuldmagtshaver«.
    »Fuldmagtshaver« kan se oplysninger eller handle for dig, fx se dine prøvesvar eller melde din flytning.

## Step: what it covers

guide-digital-power-of-attorney-covers-title = Hvad gælder den?
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# "Myndighed" = a public authority.
guide-digital-power-of-attorney-covers-body =
    En fuldmagt gælder kun bestemte selvbetjeninger hos det offentlige.
    Som regel gælder den én opgave.
    Ikke alle myndigheder er med. Så du kan ikke bruge en fuldmagt alle steder.

## Step: who can use it

guide-digital-power-of-attorney-who-title = Hvem kan bruge den?
# Source: https://vejen.dk/selvbetjening/selvbetjening/digital-fuldmagt/
# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
# $power-of-attorney-min-age is an age in years (a number).
guide-digital-power-of-attorney-who-body =
    Mindst én af jer skal have { -mitid }.
    I skal begge være over { $power-of-attorney-min-age } år.
    I skal også begge forstå, hvad fuldmagten betyder.
    Kan en person ikke selv klare { -mitid }, må { -borgerservice } ikke give personen { -mitid }.
    Så kan en fuldmagt eller en fritagelse hjælpe i stedet.

## Step: give a power of attorney

guide-digital-power-of-attorney-give-title = Sådan giver du en fuldmagt
# Source: https://aalborg.dk/mit-liv/personlige-forhold/post-mitid-og-digital-post/digital-fuldmagt
# »Giv fuldmagt« = give power of attorney. "Skriver under" = signs.
guide-digital-power-of-attorney-give-body =
    Du kan selv give fuldmagten på { -borger-dk } med dit { -mitid }.
    Du vælger, hvem der skal have den, og hvad den skal gælde.
    Hjælperen kan også bede om fuldmagten. Så skriver du under, digitalt eller på papir.
    Skriver du under på papir, skal alle sider afleveres hos { -borgerservice }.

## Step: use a power of attorney

guide-digital-power-of-attorney-use-title = Sådan bruger du en fuldmagt
# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
# »Vælg person« = choose person. »Bekræft« = confirm.
guide-digital-power-of-attorney-use-body =
    Har du fået en fuldmagt, logger du på med dit eget { -mitid }.
    Tryk så på »Vælg person«, og vælg den person, du hjælper.
    Tryk på »Bekræft«.
    Nu handler du for den anden person.

## Step: always your own MitID

guide-digital-power-of-attorney-own-mitid-title = Altid dit eget { -mitid }
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
# "Værge" = guardian. Translators: keep the rule as plain and strong as it is here. Say the
# liability plainly, without adding legal detail, and keep the last sentence, which sends
# questions to Borgerservice and MitID Support.
guide-digital-power-of-attorney-own-mitid-body =
    Ingen må bruge en andens { -mitid }.
    Det gælder også familie, værger og den, der har en fuldmagt.
    Du logger altid på med dit eget { -mitid } og skifter til den anden person inde i selvbetjeningen.
    Giver du dine { -mitid }-oplysninger til en anden, kan du selv komme til at betale for misbrug.
    Har du spørgsmål, så spørg { -borgerservice } eller { -mitid-support }.

## Question: how to log in

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
guide-digital-power-of-attorney-question-log-in = Din far har givet dig en fuldmagt. Du skal melde flytning for ham. Hvordan logger du på?
guide-digital-power-of-attorney-question-log-in-own = Med mit eget { -mitid }. Så trykker jeg på »Vælg person«.
guide-digital-power-of-attorney-question-log-in-own-feedback = Rigtigt. Du logger på med dit eget { -mitid } og vælger din far inde på siden.
guide-digital-power-of-attorney-question-log-in-grantor = Med min fars { -mitid }, for han har givet mig lov.
guide-digital-power-of-attorney-question-log-in-grantor-feedback = Nej. Ingen må bruge en andens { -mitid }, heller ikke med en fuldmagt. Log på med dit eget { -mitid }, og tryk på »Vælg person«.
