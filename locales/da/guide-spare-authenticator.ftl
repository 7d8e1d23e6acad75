### Guide: Keep a spare for MitID. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Prices are left out on purpose: they change. Do not add them in a translation.

guide-spare-authenticator-title = Hav en reserve til { -mitid }
guide-spare-authenticator-summary = Hvorfor du bør have et ekstra identifikationsmiddel, og hvilke du kan vælge imellem.

## Step: why a spare

guide-spare-authenticator-why-title = Hvorfor en reserve?
# Source: https://www.mitid.dk/en-gb/help/help-universe/have-a-spare-mitid/
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
# »Identifikationsmiddel« = authenticator: the thing you prove it is you with.
guide-spare-authenticator-why-body =
    Mister du din telefon, kan du ikke bruge { -mitid }-appen på den.
    Derfor anbefaler { -mitid } at have en reserve: et ekstra »Identifikationsmiddel«.
    Så har du stadig noget at logge på med.

## Step: the app on a tablet

guide-spare-authenticator-tablet-title = Appen på en tablet
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-app/copy-app/
# $max-active-apps is how many active MitID apps one person may have (a number).
guide-spare-authenticator-tablet-body =
    Du kan have { -mitid }-appen på mere end én enhed, fx både på din telefon og på en tablet.
    Du kan højst have { $max-active-apps ->
        [one] { $max-active-apps } aktiv { -mitid }-app
       *[other] { $max-active-apps } aktive { -mitid }-apps
    }.
    Du kan kopiere appen fra din telefon til tabletten.
    Flere personer kan dele den samme tablet, hver med sit eget bruger-ID.
    Så skal alle åbne appen med deres PIN-kode, ikke med fingeraftryk eller ansigt.

## Step: a code display

guide-spare-authenticator-code-display-title = En kodeviser
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/mitid-authenticators/mitid-code-display
# »Kodeviser« = code display. »Engangskode« = one-time code. »Adgangskode« = password.
guide-spare-authenticator-code-display-body =
    En »Kodeviser« er et lille apparat, der viser en kode på seks cifre.
    Koden er en »Engangskode«: Du kan kun bruge den én gang.
    Du bruger den sammen med din »Adgangskode«.

## Step: an audio code reader and a chip

guide-spare-authenticator-reader-chip-title = Kodeoplæser og chip
# Source: https://www.mitid.dk/en-gb/get-started-with-mitid/how-to-use-mitid/mitid-audio-code-reader
# Source: https://www.mitid.dk/mitid-chip
# »Kodeoplæser« = audio code reader. Its red button has one raised dot that you can feel.
guide-spare-authenticator-reader-chip-body =
    En »Kodeoplæser« er til blinde og svagtseende. Den læser koden højt.
    Den har en rød knap med en prik, som du kan mærke med fingeren.
    En { -mitid }-chip er til dem, der bruger { -mitid } tit.
    Den findes til USB, Bluetooth og NFC.

## Step: choose your spare when you log in

guide-spare-authenticator-choose-title = Brug din reserve, når du logger på
# Source: https://www.mitid.dk/en-gb/help/help-universe/log-on-and-approve/log-on-and-approve-code-display/?language=en-gb
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
# The labels in »…« are copied from the real MitID box (content brief 1.4 and 7).
guide-spare-authenticator-choose-body =
    Skriv dit bruger-ID i { -mitid }-boksen, og tryk på »Fortsæt«.
    Derefter finder du linket »Skift { -mitid } identifikationsmiddel«.
    Det åbner listen »Vælg identifikationsmiddel«.
    Vælg fx »{ -mitid } kodeviser« eller »{ -mitid } chip« i stedet for »{ -mitid } app«.

## Step: notices and safety

guide-spare-authenticator-safe-title = Beskeder og sikkerhed
# Source: https://www.mitid.dk/en-gb/security/security-advice/good-habits/
# Source: https://en.rigsombudsmanden.fo/fields-of-responsibility/mitid/take-good-care-of-your-mitid/
guide-spare-authenticator-safe-body =
    Vælg to måder at få beskeder fra { -mitid } på: i appen, på SMS eller på e-mail.
    Så får du stadig en advarsel, hvis du mister din telefon.
    Del aldrig dine koder eller dine identifikationsmidler med andre. Det gælder også din reserve.
