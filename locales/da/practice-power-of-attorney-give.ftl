# Practice: give a digital power of attorney on borger.dk (content brief 1.9, 1.8, 1.4).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The helper's name and CPR number are made up.
# "Fuldmagt" = power of attorney: a permission that lets another person act for you.
# »Fuldmagtsgiver« = the person who gives it (here: the learner). »Fuldmagtshaver« = the person
# who gets it (here: the helper).
# Variables such as { $practice-holder-name } are facts kept in src-tauri/content/facts.toml.

practice-power-of-attorney-give-title = Giv en digital fuldmagt

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
practice-power-of-attorney-give-start-guidance =
    { $practice-holder-name } vil hjælpe dig med at melde din flytning.
    Så skal du give { $practice-holder-name } en digital fuldmagt på { -borger-dk }.
    Først logger du på med dit eget { -mitid }. Tryk på »Log på«.
practice-power-of-attorney-give-start-hint = Tryk på knappen »Log på«.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/
practice-power-of-attorney-give-mitid-box-guidance =
    Nu er { -mitid }-boksen åben.
    Skriv et øve-bruger-ID i feltet »Bruger-ID«. Skriv aldrig dit rigtige.
    Tryk så på »Fortsæt«.
practice-power-of-attorney-give-mitid-box-hint = Skriv for eksempel »{ $practice-user-id }« og tryk på »Fortsæt«.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-power-of-attorney-give-app-login-guidance =
    Nu kommer en anmodning i { -mitid } appen på din telefon.
    Læs, hvem der spørger: { -borger-dk }. Du startede selv at logge på, så teksten passer.
    Stryg for at godkende.
practice-power-of-attorney-give-app-login-hint = Træk pilen hen over feltet for at godkende.
practice-power-of-attorney-give-app-login-reject-feedback = Her startede du selv at logge på { -borger-dk }, og teksten passer. Så er det rigtigt at godkende. Afvis kun, når du ikke selv har startet noget.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
practice-power-of-attorney-give-overview-guidance =
    Du er logget på »Digital fuldmagt«.
    Du giver fuldmagten, så du er »Fuldmagtsgiver«.
    Tryk på »Giv fuldmagt«.
practice-power-of-attorney-give-overview-hint = Tryk på knappen »Giv fuldmagt«.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
# Source: https://vejen.dk/selvbetjening/selvbetjening/digital-fuldmagt/
# $power-of-attorney-min-age is an age in years (a number).
practice-power-of-attorney-give-holder-guidance =
    Skriv, hvem der får fuldmagten. Personen hedder »Fuldmagtshaver«.
    I denne øvelse er det { $practice-holder-name }.
    I skal begge være over { $power-of-attorney-min-age } år og forstå, hvad en fuldmagt betyder.
    Skriv navn og CPR-nummer, og tryk på »Næste«.
practice-power-of-attorney-give-holder-hint = Skriv »{ $practice-holder-name }« i »Navn« og »{ $practice-cpr }« i »CPR-nummer«. Tryk så på »Næste«.

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
practice-power-of-attorney-give-task-guidance =
    Vælg, hvad fuldmagten skal gælde.
    En fuldmagt gælder som regel én opgave.
    { $practice-holder-name } skal hjælpe dig med at melde flytning.
practice-power-of-attorney-give-task-hint = Tryk på »Meld flytning«.
practice-power-of-attorney-give-task-test-results-feedback = Den fuldmagt gælder dine prøvesvar. Her skal { $practice-holder-name } kun hjælpe dig med at melde flytning. Tryk på »Meld flytning«.

# The end date is the last day the power of attorney lasts.
practice-power-of-attorney-give-end-date-guidance =
    Skriv, hvor længe fuldmagten skal gælde, i »Slutdato«.
    Tryk så på »Bekræft«.
practice-power-of-attorney-give-end-date-hint = Skriv »{ $practice-end-date }« i »Slutdato«. Tryk så på »Bekræft«.
practice-power-of-attorney-give-end-date-cancel-feedback = Med »Annuller« stopper du, og fuldmagten bliver ikke givet. Du vil gerne give den. Tryk på »Bekræft«.

# Source: https://aalborg.dk/mit-liv/personlige-forhold/post-mitid-og-digital-post/digital-fuldmagt
practice-power-of-attorney-give-app-sign-guidance =
    Du giver fuldmagten med dit { -mitid }.
    Læs i appen, hvem der spørger, og hvad du godkender. Det er { -borger-dk }, og det gælder fuldmagten.
    Det passer. Stryg for at godkende.
practice-power-of-attorney-give-app-sign-hint = Træk pilen hen over feltet for at godkende.
practice-power-of-attorney-give-app-sign-reject-feedback = Du startede selv fuldmagten, og teksten passer. Så er det rigtigt at godkende. Afvis kun, når du ikke selv har startet noget.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
practice-power-of-attorney-give-done-guidance =
    Godt gået! Du har givet { $practice-holder-name } en fuldmagt til at melde flytning for dig.
    { $practice-holder-name } logger på med sit eget { -mitid }, ikke med dit.
    Har du spørgsmål om fuldmagter, så spørg { -borgerservice }.
