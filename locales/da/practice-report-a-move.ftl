# Practice: report a move on borger.dk, with the choice of doctor (content brief 3, 1.4).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The doctors and the address are made up.
# Variables such as { $move-report-days-before } are facts kept in src-tauri/content/facts.toml.

practice-report-a-move-title = Meld flytning på { -borger-dk }

# Source: https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/
# »Selvbetjening« = self-service: forms you fill in yourself on borger.dk.
practice-report-a-move-self-service-guidance =
    Du skal flytte. Du melder selv flytningen på { -borger-dk }.
    Det er en selvbetjening.
    Find linket »Meld flytning«.
practice-report-a-move-self-service-hint = Tryk på linket »Meld flytning«.
practice-report-a-move-self-service-power-of-attorney-feedback = »Digital fuldmagt« er til, når en anden skal hjælpe dig. Her vil du selv melde din flytning. Tryk på »Meld flytning«.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
practice-report-a-move-move-page-guidance =
    Her melder du flytning.
    Først skal du logge på med dit { -mitid }.
    Tryk på »Log på«.
practice-report-a-move-move-page-hint = Tryk på knappen »Log på«.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-report-a-move-mitid-box-guidance =
    Nu er { -mitid }-boksen åben.
    Skriv et øve-bruger-ID i feltet »Bruger-ID«. Skriv aldrig dit rigtige.
    Tryk så på »Fortsæt«.
practice-report-a-move-mitid-box-hint = Skriv for eksempel »{ $practice-user-id }« og tryk på »Fortsæt«.
practice-report-a-move-mitid-box-forgot-feedback = Det link er til, når du har glemt dit bruger-ID. Her kender du det: skriv det i feltet og tryk på »Fortsæt«.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-report-a-move-app-request-guidance =
    Nu kommer en anmodning i { -mitid } appen på din telefon.
    Læs, hvem der spørger: { -borger-dk }. Du startede selv at logge på, så teksten passer.
    Stryg for at godkende.
practice-report-a-move-app-request-hint = Træk pilen hen over feltet for at godkende.
practice-report-a-move-app-request-reject-feedback = Her startede du selv at logge på { -borger-dk }, og teksten passer. Så er det rigtigt at godkende. Afvis kun, når du ikke selv har startet noget.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# "folkeregisteret" = the national register of where people live.
# $move-report-days-before and $move-report-days-after are numbers of days: give each plural form.
# Translators: say the fine plainly, without adding legal detail. Keep the last sentence, which
# sends questions to Borgerservice.
practice-report-a-move-form-guidance =
    Du er logget på. Nu udfylder du formularen »Anmeld flytning til folkeregisteret«.
    Skriv din nye adresse og den dag, du flytter.
    Du kan melde flytning fra { $move-report-days-before ->
        [one] { $move-report-days-before } dag
       *[other] { $move-report-days-before } dage
    } før, til { $move-report-days-after ->
        [one] { $move-report-days-after } dag
       *[other] { $move-report-days-after } dage
    } efter du flytter.
    Melder du for sent, kan du få en bøde.
    Har du spørgsmål, så spørg { -borgerservice }.
practice-report-a-move-form-hint = Skriv »{ $practice-address }« i »Ny adresse« og »{ $practice-move-date }« i »Flyttedato«. Tryk så på »Næste«.
practice-report-a-move-form-next-check-feedback = Datoen i »Flyttedato« passer ikke. I denne øvelse flytter du den { $practice-move-date }. Skriv datoen præcis sådan.

practice-report-a-move-date-error-guidance = Datoen blev ikke godkendt. Tryk på »Prøv igen«, og skriv datoen igen.
practice-report-a-move-date-error-hint = Tryk på »Prøv igen«.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# »Lægevalg« = choice of doctor. $doctor-change-km is a distance in kilometres (a number).
practice-report-a-move-doctor-guidance =
    Nu kommer »Lægevalg«.
    Du kan beholde din læge, eller du kan vælge en ny.
    I denne øvelse flytter du mere end { $doctor-change-km } km.
    Du vil gerne have en læge tæt på dit nye hjem.
    Det er gratis at vælge en ny læge, når du flytter.
practice-report-a-move-doctor-hint = Tryk på »Vælg ny læge«.
practice-report-a-move-doctor-keep-feedback = Du må godt beholde din læge. Men her vil du have en læge tæt på dit nye hjem. Tryk på »Vælg ny læge«.

practice-report-a-move-doctor-list-guidance =
    Her er læger, du kan vælge.
    Din nye adresse er i Øvelsby.
    Vælg lægen i Øvelsby.
practice-report-a-move-doctor-list-hint = Tryk på lægen i Øvelsby.
practice-report-a-move-doctor-list-far-feedback = Den læge er i Gammelby, langt fra dit nye hjem. Vælg lægen i Øvelsby, tæt på din nye adresse.

practice-report-a-move-summary-guidance =
    Tjek, at adressen, datoen og lægen er rigtige.
    Alt passer. Tryk på »Send«.
practice-report-a-move-summary-hint = Tryk på knappen »Send«.
practice-report-a-move-summary-back-feedback = Med »Tilbage« kan du rette noget. Her er alt rigtigt. Tryk på »Send«.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# »Sundhedskort« = health card (the yellow card). PostNord is the Danish postal service; keep
# the name. $health-card-weeks is a number of weeks: give each plural form.
practice-report-a-move-receipt-guidance =
    Godt gået! Du har meldt din flytning.
    Du behøver ikke selv sige det til PostNord. Det sker automatisk.
    Du får et nyt »Sundhedskort« om cirka { $health-card-weeks ->
        [one] { $health-card-weeks } uge
       *[other] { $health-card-weeks } uger
    }.
