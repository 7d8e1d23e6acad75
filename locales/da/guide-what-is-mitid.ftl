### Guide: What is MitID. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $mitid-min-age } are facts kept in src-tauri/content/facts.toml.

guide-what-is-mitid-title = Hvad er { -mitid }?
guide-what-is-mitid-summary = Hvad { -mitid } er, hvordan du logger på, og hvordan du undgår svindel.

## Step: what MitID is for

guide-what-is-mitid-what-title = Det bruger du { -mitid } til
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# Source: https://www.datatilsynet.dk/afgoerelser/afgoerelser/2024/maj/datatilsynet-udtaler-alvorlig-kritik-i-sag-om-nedbrud-af-nemid
# The date is fixed history; write it the normal way for your language.
guide-what-is-mitid-what-body =
    Med { -mitid } viser du, at det er dig, når du logger på.
    Du bruger det fx på { -borger-dk }, i { -digital-post } og i din bank.
    { -mitid } har afløst { -nemid }.
    { -nemid } lukkede den 31. oktober 2023.

## Step: price and age

guide-what-is-mitid-free-and-age-title = Pris og alder
# Source: https://www.mitid.dk/en-gb/about-mitid
# Source: https://www.mitid.dk/en-gb/help/help-universe/15-years-old/
# $mitid-min-age and $digital-post-min-age are ages in years (numbers).
guide-what-is-mitid-free-and-age-body =
    { -mitid } er gratis.
    Du skal være mindst { $mitid-min-age } år for at få det, og nogle tjenester har en højere aldersgrænse.
    Når du fylder { $digital-post-min-age } år, får du automatisk { -digital-post }.
    Så skal du bruge { -mitid }.

## Step: your user ID

guide-what-is-mitid-user-id-title = Dit bruger-ID
# Source: https://www.herning.dk/borger/borgerservice/digital-post-mitid-og-bestil-tid/mitid/
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
# $user-id-min-length and $user-id-max-length: how many characters a user ID may have.
# $user-id-forbidden-digits: a user ID may not be any number with this many digits (a CPR number has that many).
guide-what-is-mitid-user-id-body =
    Dit »Bruger-ID« er et navn, som du selv vælger og logger på med.
    Det skal have { $user-id-min-length } til { $user-id-max-length } tegn.
    Det må ikke være dit CPR-nummer eller et andet tal med { $user-id-forbidden-digits } cifre.
    Fortæl det kun til { -mitid-support }, og kun når du selv har ringet til dem.

## Step: authenticators

guide-what-is-mitid-authenticators-title = Dit identifikationsmiddel
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
# Source: https://www.mitid.dk/mitid-chip
# "Identifikationsmiddel" = authenticator: the thing you prove it is you with.
guide-what-is-mitid-authenticators-body =
    Et identifikationsmiddel er det, du bruger til at vise, at det er dig.
    Du kan bruge { -mitid }-appen på din telefon.
    En kodeviser viser en kode, som du bruger sammen med din adgangskode.
    En kodeoplæser læser koden højt for blinde og svagtseende, og en { -mitid }-chip er til dem, der bruger { -mitid } tit.

## Step: what a login looks like

guide-what-is-mitid-login-title = Sådan ser et login ud
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# The labels in »…« are copied from the real MitID box (content brief 1.4 and 7).
# »Log på hos« is followed by the name of the service on the real screen.
guide-what-is-mitid-login-body =
    Når du logger på en tjeneste, åbner { -mitid }-boksen.
    Øverst står der »Log på hos« og navnet på tjenesten.
    Skriv dit bruger-ID i feltet »Bruger-ID«, og tryk på »Fortsæt«.
    Så står der »Åbn { -mitid } app og godkend«.

## Step: approve in the app

guide-what-is-mitid-approve-title = Godkend i appen
# Source: https://www.criipto.com/blog/mitid-app-qr-code-app-switch
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
# Translators: say "swipe to approve" in your own words. Do not quote a button text from
# inside the app: its exact wording is not confirmed.
guide-what-is-mitid-approve-body =
    På en computer viser boksen en QR-kode: Åbn appen, fx med din PIN-kode, og scan koden.
    På en telefon trykker du i stedet på »Åbn { -mitid } app«.
    Læs i appen, hvem der spørger, og hvad du skal godkende.
    Passer det, så swiper du for at godkende.

## Step: stay safe

guide-what-is-mitid-stay-safe-title = Pas på svindel
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
# $mitid-support-phone is a phone number (text).
guide-what-is-mitid-stay-safe-body =
    Godkend aldrig noget, som du ikke selv har startet.
    Banken, politiet, { -mitid-support } og { -borgerservice } beder dig aldrig om at godkende noget i et opkald, en mail eller ved et besøg.
    Del aldrig dine koder eller dit identifikationsmiddel med andre.
    Er du i tvivl, så læg på, og ring selv til { -mitid-support } på { $mitid-support-phone }.
