### Guide: Exemption from Digital Post (fritagelse).
### Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen or form. Translators: keep them in
### Danish, exactly as written, and explain them in your language where it helps.
### This guide is not legal advice. It points to Borgerservice for questions.
### Do not add how long an exemption lasts: that is not confirmed.

guide-digital-post-exemption-title = Fritagelse fra { -digital-post }
guide-digital-post-exemption-summary = Hvem kan blive fritaget, hvordan du søger, og hvad fritagelsen betyder.

## Step: who can be exempted

guide-digital-post-exemption-who-title = Hvem kan blive fritaget?
# Source: https://familieretshuset.dk/om-familieretshuset/saadan-kontakter-du-os/kontakt-fritagelse-fra-digital-post
# "kognitivt handicap" = a disability that affects thinking, memory or understanding.
# "sprogbarrierer" = the language is a barrier, for example you do not read Danish well enough.
# "udvandret" = registered as having moved out of Denmark.
guide-digital-post-exemption-who-body =
    Du kan søge om fritagelse, hvis mindst én af disse grunde passer på dig:
    Du har et fysisk eller kognitivt handicap.
    Du har ikke en computer med internet derhjemme. En smartphone eller en tablet tæller som en computer.
    Du har sprogbarrierer.
    Du er registreret som udvandret, eller du har ingen fast adresse, fx fordi du er hjemløs.
    Det er i praksis svært for dig at få { -mitid }.

## Step: how to apply

guide-digital-post-exemption-how-title = Sådan søger du
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# »på tro og love« means that you promise that what you write is true. Keep the Danish words and
# explain them.
guide-digital-post-exemption-how-body =
    Du skal møde op personligt hos { -borgerservice }.
    Tag din legitimation med.
    Du skriver under på en blanket »på tro og love«. Det betyder, at du lover, at det er sandt.
    Du behøver ikke sige, hvilken grund der passer på dig.

## Step: a relative can apply for you

guide-digital-post-exemption-relative-title = En pårørende kan søge for dig
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/digital-kontakt-til-det-offentlige/gode-raad/bliv-fritaget-for-digital-post
# "pårørende" = a close family member or someone close to you.
guide-digital-post-exemption-relative-body =
    Kan du ikke selv komme, kan en pårørende søge for dig.
    Så skal den pårørende have en fuldmagt med.
    Fuldmagten er en blanket, som du har skrevet under på.

## Step: also free from digital self-service

guide-digital-post-exemption-self-service-title = Også fri for digital selvbetjening
# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
# "selvbetjening" = forms you fill in yourself online, on borger.dk.
guide-digital-post-exemption-self-service-body =
    Nogle ting skal man normalt selv klare digitalt, fx at melde flytning eller søge om sundhedskort.
    Siden 1. juni 2023 gælder fritagelsen også for det.
    Er du fritaget, behøver du altså heller ikke at bruge den digitale selvbetjening.
    Spørg { -borgerservice }, hvordan du så gør.

## Step: help instead of exemption

guide-digital-post-exemption-help-instead-title = Hjælp i stedet for fritagelse
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/other-needs/refused/?language=en-gb
guide-digital-post-exemption-help-instead-body =
    Vil du gerne beholde { -digital-post }, men have hjælp?
    Så kan du give en, du stoler på, adgang til din post.
    Med »Læse- og skriveadgang« kan personen også svare for dig.
    Du kan også få både en fuldmagt og en fritagelse. Spørg { -borgerservice }, hvad der passer til dig.

## Step: you can cancel

guide-digital-post-exemption-cancel-title = Du kan fortryde
# Source: https://holbaek.dk/borger/personlige-forhold/nemid-mitid-og-digital-post/obligatorisk-selvbetjening/
guide-digital-post-exemption-cancel-body =
    Du kan altid fortryde din fritagelse.
    Har du spørgsmål om fritagelse, så spørg { -borgerservice }.
