### Guide: Where to read Digital Post, and how to hear about new post.
### Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $digital-post-min-age } are facts kept in src-tauri/content/facts.toml.

guide-digital-post-where-title = Hvor læser du { -digital-post }?
guide-digital-post-where-summary = De fire steder, du kan læse din post, og hvordan du får besked om nye breve.

## Step: one mailbox, four places

guide-digital-post-where-places-title = Én postkasse, fire steder
# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
# "appen { -digital-post }" is the app called Digital Post.
guide-digital-post-where-places-body =
    { -digital-post } er én postkasse.
    Du kan åbne den samme postkasse fire steder:
    på { -borger-dk }, i appen { -digital-post }, i { -e-boks } og på { -mit-dk }.
    Du kan vælge det sted, der passer dig bedst.

## Step: the app and e-Boks

guide-digital-post-where-app-and-e-boks-title = Appen og { -e-boks }
# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
# Translators: "det offentlige" = the public authorities (state, municipality and so on).
guide-digital-post-where-app-and-e-boks-body =
    Appen { -digital-post } kommer fra det offentlige.
    Den viser kun post fra det offentlige.
    { -e-boks } viser først din offentlige post, når du har givet lov til det.
    Har du ikke givet lov, kan du læse posten på { -borger-dk } eller i appen.

## Step: letters from companies

guide-digital-post-where-private-title = Breve fra firmaer
# Source: https://aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post
# Source: https://lemvig.dk/borger/borgerservice/mitid-og-digital-post/digital-post
guide-digital-post-where-private-body =
    Private firmaer, fx din bank, vælger selv, hvor de sender breve hen.
    De sender enten til { -e-boks } eller til { -mit-dk }.
    Venter du et brev fra et firma, så kig begge steder.
    Appen { -digital-post } viser ikke breve fra firmaer.

## Step: notices about new post

guide-digital-post-where-notices-title = Få besked om ny post
# Source: https://www.rksk.dk/borger/den-digitale-borger
# Source: https://www.aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/d/digitalisering/digital-post---e-boks
guide-digital-post-where-notices-body =
    Du kan få en mail eller en sms, når der kommer ny post.
    Det sker kun, hvis du har skrevet dine kontaktoplysninger ind.
    Gør det, så du ikke overser et brev.
    Et brev tæller nemlig som modtaget, når det er kommet frem, også hvis du ikke har læst det.

## Step: reading on borger.dk

guide-digital-post-where-borger-dk-title = Læs på { -borger-dk }
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
guide-digital-post-where-borger-dk-body =
    På { -borger-dk } er forsiden din »Indbakke«.
    Klik på titlen på et brev for at åbne det.
    Med »Fuldskærm« fylder brevet hele skærmen.
    Med »Zoom ind« bliver teksten større, og med »Zoom ud« bliver den mindre.

## Step: when a child turns 15

guide-digital-post-where-at-15-title = Når dit barn fylder { $digital-post-min-age } år
# Source: https://www.randers.dk/borger/personligt/hjaelp-og-service/alt-om-digital-post/digital-post-for-dig-paa-15-aar/
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# $digital-post-min-age is an age in years; $digital-post-letter-weeks is a number of weeks.
guide-digital-post-where-at-15-body =
    Når man fylder { $digital-post-min-age } år, får man automatisk sin egen { -digital-post }.
    Cirka { $digital-post-letter-weeks ->
        [one] { $digital-post-letter-weeks } uge
       *[other] { $digital-post-letter-weeks } uger
    } før fødselsdagen får både den unge og forældrene et brev om det.
    Fra fødselsdagen får forældrene ikke længere barnets breve.
    Den unge skal bruge sit eget { -mitid } for at læse sin post.
