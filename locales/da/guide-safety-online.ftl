### Guide: Stay safe from MitID fraud. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $mitid-support-phone } are facts kept in src-tauri/content/facts.toml.
### "MitID.dk" and »mitid.dk« are web addresses: keep them exactly as written.
### This guide is not legal advice. Where liability comes up, it points to MitID Support.

guide-safety-online-title = Pas på svindel
guide-safety-online-summary = Sådan kender du et falsk opkald, og hvad du gør, hvis noget er gået galt.

## Step: never approve because someone asks

guide-safety-online-never-approve-title = Godkend aldrig, fordi nogen beder dig
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
guide-safety-online-never-approve-body =
    Godkend aldrig noget i { -mitid }, fordi nogen ringer, skriver en mail eller kommer på besøg.
    Svindlere lader som om, de er fra banken, politiet, { -mitid-support } eller { -borgerservice }.
    Ingen af dem kontakter dig på den måde.

## Step: signs of a fake call

guide-safety-online-signs-title = Tegn på et falsk opkald
# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
# "skjult nummer" = the phone shows no number. Translators: keep the three signs as a short list in sentences.
# $mitid-support-phone is a phone number (text).
guide-safety-online-signs-body =
    Pas på, hvis den, der ringer, beder om dine personlige oplysninger.
    Pas på, hvis nummeret er skjult, meget langt eller fra udlandet.
    Pas på, hvis du bliver presset til at skynde dig.
    Et nummer eller et navn på en sms kan være falsk, selvom det ser rigtigt ud.
    Er du i tvivl, så læg på. Ring selv til { -mitid-support } på { $mitid-support-phone }.

## Step: keep your codes to yourself

guide-safety-online-secrets-title = Dine koder er kun dine
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
guide-safety-online-secrets-body =
    Del aldrig dine koder med nogen, og lån aldrig din telefon eller kodeviser ud.
    Dit bruger-ID giver du kun til { -mitid-support }, når du selv har ringet til dem.
    Læs altid, hvad du godkender, og hvem der spørger.
    Har du ikke selv startet det, så godkend ikke.

## Step: check the address

guide-safety-online-address-title = Tjek adressen
# Source: https://www.banken.gl/da/privat/netbank/mitid
guide-safety-online-address-body =
    Når { -mitid }-boksen åbner, så se på adressen øverst i browseren.
    Den skal ende på »mitid.dk«.
    Gør den ikke det, så skriv ikke noget, og luk siden.

## Step: if your phone is lost

guide-safety-online-lost-phone-title = Hvis din telefon bliver væk
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# Source: https://www.mitid.dk/en-gb/security/security-advice/good-habits/
guide-safety-online-lost-phone-body =
    Bliver din telefon væk, så spær { -mitid }-appen med det samme. Spær også SIM-kortet.
    Vælg to måder at få beskeder fra { -mitid } på, fx appen og sms eller e-mail.
    Så får du stadig en advarsel, selvom telefonen er væk.

## Step: if it has happened

guide-safety-online-if-it-happened-title = Hvis det er sket
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
# Source: https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri
# Source: https://sikkerdigital.dk/hotline-ved-identitetstyveri
# Translators: do not add an amount or any legal detail about liability.
# $identity-theft-phone, $cyber-hotline-phone and $mitid-support-phone are phone numbers (text).
# The hotline for identity theft is open day and night.
guide-safety-online-if-it-happened-body =
    Tror du, at nogen har misbrugt dit { -mitid } eller dine oplysninger? Så ring efter hjælp.
    Hotlinen for identitetstyveri: { $identity-theft-phone }. Den har åbent hele døgnet.
    Cyberhotline: { $cyber-hotline-phone }.
    { -mitid-support }: { $mitid-support-phone }.
    Har du givet dine oplysninger til en anden, kan du selv blive ansvarlig for misbruget.
    Spørg { -mitid-support }, hvad det betyder for dig.
