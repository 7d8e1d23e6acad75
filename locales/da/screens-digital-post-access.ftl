### Made-up Danish screen text for the practice »Give a helper access to your Digital Post«:
### the names of the people, the letters in the two inboxes and the short page texts.
### Danish only: the app always shows these in Danish, in every language. Never translate them;
### there is no such file in other locales.
### The line below tells the locale check that no other locale should have this file.
### reference-only

## The helper's own inbox

# A made-up letter from the made-up municipality, already in the helper's inbox.
screen-digital-post-give-access-inbox-letter-subject = Svar på din henvendelse
screen-digital-post-give-access-inbox-letter-date = I går

## The page »Læse- og skriveadgang«

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Made-up page text that explains the two kinds of access; the real page's wording is not known.
screen-digital-post-give-access-access-explanation =
    Her kan du anmode om adgang til en anden persons { -digital-post }.
    Med læseadgang kan du læse personens post.
    Med læse- og skriveadgang kan du også skrive og svare.

## After »Send«

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Made-up text: the real page after »Send« is not known.
screen-digital-post-give-access-sent-heading = Din anmodning er sendt
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
screen-digital-post-give-access-sent-waiting = Personen skal godkende anmodningen i sin egen { -digital-post }.

## The mother's inbox and the request

# The mother's made-up name, shown at the top of her inbox.
screen-digital-post-give-access-mother-name = { $practice-mother-name }
# Made-up letter: how the request reaches the owner is not confirmed.
screen-digital-post-give-access-request-subject = Anmodning om læse- og skriveadgang
screen-digital-post-give-access-request-sender = { -digital-post }
screen-digital-post-give-access-request-date = I dag
# Made-up letter text. »Sara Øvelsen« is the made-up name that stands for the helper.
screen-digital-post-give-access-request-body =
    Sara Øvelsen anmoder om læse- og skriveadgang til din { -digital-post }.
    Slutdato: { $practice-end-date }
    Godkend kun, hvis du kender personen og vil give adgang.
# A made-up letter from the made-up municipality, already in the mother's inbox.
screen-digital-post-give-access-other-subject = Ny plan for affaldsindsamling
screen-digital-post-give-access-other-date = I går

## The end

# Made-up text: the real confirmation is not known.
screen-digital-post-give-access-done-heading = Anmodningen er godkendt
