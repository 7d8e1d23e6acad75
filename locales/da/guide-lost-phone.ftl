### Guide: You lost your phone. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $mitid-support-phone } are facts kept in src-tauri/content/facts.toml.
### "MitID.dk" is a web address: keep it exactly as written.

guide-lost-phone-title = Du har mistet din telefon
guide-lost-phone-summary = Hvad du skal gøre med det samme, når din telefon med { -mitid }-appen er væk eller stjålet.

## Step: block the app at once

guide-lost-phone-block-app-title = Spær appen med det samme
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# »Mine identifikationsmidler« = my authenticators: a page on MitID.dk.
# $mitid-support-phone is a phone number (text).
guide-lost-phone-block-app-body =
    Er din telefon væk eller stjålet? Så spær din { -mitid }-app med det samme.
    Det kan du gøre på MitID.dk under »Mine identifikationsmidler«.
    Du kan også ringe til { -mitid-support } på { $mitid-support-phone } og få dem til at spærre den.

## Step: block the SIM card too

guide-lost-phone-sim-title = Spær også dit SIM-kort
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://www.mitid.dk/en-gb/security/security-advice/good-habits/
guide-lost-phone-sim-body =
    Spær også SIM-kortet fra telefonen.
    Det er godt at få beskeder fra { -mitid } to steder, fx i appen og på e-mail.
    Så får du stadig en advarsel, selvom telefonen er væk.

## Step: block your whole MitID for a while

guide-lost-phone-block-all-title = Spær hele dit { -mitid }
# Source: https://taenk.dk/forbrugerliv/elektronik-og-digitale-tjenester/vaerd-at-vide-om-mitid
guide-lost-phone-block-all-body =
    Du kan også selv spærre hele dit { -mitid } for en tid. Det gør du på MitID.dk.
    Så kan ingen bruge det.
    Men husk: For at åbne det igen skal du selv møde op hos { -borgerservice }.

## Step: MitID on a new phone

guide-lost-phone-new-phone-title = { -mitid } på en ny telefon
# Source: https://www.mitid.dk/en-gb/help/help-universe/have-a-spare-mitid/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/mitid-authenticator-is-blocked/
# Source: https://www.mitid.dk/hjaelp/hjaelpeunivers/mitid-adgangskode/faa-en-ny-mitid-adgangskode/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
# »Aktiveringskode« = activation code. "Sikkerhedstid" = a waiting time for your safety.
# $copy-app-wait-hours is a number of hours; $copy-app-qr-minutes is a number of minutes.
guide-lost-phone-new-phone-body =
    På en ny telefon skal du aktivere { -mitid }-appen igen.
    Det gør du med dit pas eller med en »Aktiveringskode« fra { -borgerservice }.
    Det samme gælder, hvis appen er spærret, eller hvis du har glemt din PIN-kode.
    Har du stadig den gamle telefon, kan du i stedet kopiere appen fra den. Slå Bluetooth til.
    Der er en sikkerhedstid på { $copy-app-wait-hours ->
        [one] { $copy-app-wait-hours } time
       *[other] { $copy-app-wait-hours } timer
    }, før du kan kopiere.
    Når du kopierer, bruger du en QR-kode. Den virker kun i { $copy-app-qr-minutes ->
        [one] { $copy-app-qr-minutes } minut
       *[other] { $copy-app-qr-minutes } minutter
    }.

## Step: if someone misused your MitID

guide-lost-phone-misuse-title = Har nogen misbrugt dit { -mitid }?
# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
# $identity-theft-phone is a phone number (text). The hotline is open day and night.
guide-lost-phone-misuse-body =
    Tror du, at nogen har brugt dit { -mitid } eller dine oplysninger?
    Så ring til hotlinen for identitetstyveri på { $identity-theft-phone }.
    Den har åbent hele døgnet.

## Step: keep a spare

guide-lost-phone-spare-title = Hav en reserve klar
# Source: https://www.mitid.dk/en-gb/help/help-universe/have-a-spare-mitid/
guide-lost-phone-spare-body =
    Det er en god idé at have en reserve.
    Det kan være { -mitid }-appen på en tablet eller en kodeviser.
    Så har du stadig noget at logge på med, hvis telefonen bliver væk.
