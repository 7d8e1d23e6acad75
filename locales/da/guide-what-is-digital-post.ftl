### Guide: What is Digital Post. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### This guide is not legal advice. Where duties come up, it points to Borgerservice.

guide-what-is-digital-post-title = Hvad er { -digital-post }?
guide-what-is-digital-post-summary = Din sikre postkasse til breve fra det offentlige, og hvordan du bruger den.

## Step: what Digital Post is

guide-what-is-digital-post-what-title = En sikker postkasse
# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# "det offentlige" = the public authorities (state, municipality and so on).
guide-what-is-digital-post-what-body =
    { -digital-post } er en sikker postkasse til breve fra det offentlige.
    Du får den automatisk, når du fylder { $digital-post-min-age } år.
    Du skal bruge { -mitid } for at åbne den.

## Step: the duty to read it

guide-what-is-digital-post-duty-title = Du skal læse din post
# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post---e-boks
# Translators: state the duty plainly, without adding legal detail. The last sentence sends
# questions to Borgerservice; keep it.
guide-what-is-digital-post-duty-body =
    { -digital-post } er obligatorisk, hvis du er fyldt { $digital-post-min-age } år, har et CPR-nummer og bor i Danmark.
    Du har pligt til at læse din post.
    Et brev tæller som modtaget, når det er kommet frem, også hvis du ikke har læst det.
    Har du spørgsmål om dine pligter, så spørg { -borgerservice }.

## Step: where to read it

guide-what-is-digital-post-where-title = Én postkasse, fire steder
# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
# Source: https://aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post
# "appen { -digital-post }" is the app called Digital Post, made by Digitaliseringsstyrelsen.
guide-what-is-digital-post-where-body =
    Du kan åbne den samme postkasse fire steder: på { -borger-dk }, i appen { -digital-post }, i { -e-boks } og på { -mit-dk }.
    Appen { -digital-post } viser kun post fra det offentlige.
    { -e-boks } viser først offentlig post, når du har givet lov til det.
    Breve fra private firmaer, fx din bank, kan komme i { -e-boks } eller på { -mit-dk }.

## Step: the inbox and new letters

guide-what-is-digital-post-inbox-title = Indbakken og nye breve
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# Source: https://www.rksk.dk/borger/den-digitale-borger
guide-what-is-digital-post-inbox-body =
    På { -borger-dk } er forsiden din »Indbakke«.
    Klik på titlen på et brev for at åbne det.
    Når der kommer ny post, får du en mail eller en sms, hvis du har skrevet dine kontaktoplysninger ind.

## Step: reply to a letter

guide-what-is-digital-post-reply-title = Svar på et brev
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# "myndighed" = a public authority. »Vælg myndighed« is where you choose who gets the message.
guide-what-is-digital-post-reply-body =
    Du kan kun bruge »Besvar«, når myndigheden tillader svar.
    Er »Besvar« der ikke, så skriv en ny besked i stedet.
    Tryk på »Skriv ny besked«, og vælg modtager under »Vælg myndighed«.
    Skriv emne og tekst, og tryk på »Send«.

## Step: let someone help you

guide-what-is-digital-post-access-title = Lad en anden hjælpe dig
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# "læseadgang" = read access; »Læse- og skriveadgang« = read and write access.
guide-what-is-digital-post-access-body =
    Du kan give en anden person adgang til din { -digital-post }.
    Med læseadgang kan personen læse dine breve, og med »Læse- og skriveadgang« kan personen også skrive og svare for dig.
    Du har stadig selv pligt til at læse din post.
    { -borgerservice } kan hjælpe med at give adgangen.

## Step: exemption

guide-what-is-digital-post-exemption-title = Fritagelse
# Source: https://familieretshuset.dk/om-familieretshuset/saadan-kontakter-du-os/kontakt-fritagelse-fra-digital-post
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# The reasons listed are examples, not the full list. Do not add how long an exemption lasts.
guide-what-is-digital-post-exemption-body =
    Kan du ikke bruge { -digital-post }, kan du søge om fritagelse.
    Grunde kan fx være sprogbarrierer, et handicap, eller at du ikke har en computer med internet derhjemme (en smartphone eller tablet tæller som en computer).
    Du skal møde op personligt hos { -borgerservice } med legitimation.
    Du behøver ikke sige, hvilken grund der gælder, og du kan altid fortryde fritagelsen.
