# Practice: use a digital power of attorney on borger.dk (content brief 1.9, 1.8, 1.4, 3).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The mother and her move are made up.
# "Fuldmagt" = power of attorney: a permission that lets another person act for you.
# The key rule of this practice: you always log in with your OWN MitID, never with the other
# person's. Translators: keep this rule as plain and strong as it is here.
# Variables such as { $practice-mother-name } are facts kept in src-tauri/content/facts.toml.

practice-power-of-attorney-use-title = Brug en digital fuldmagt

# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
practice-power-of-attorney-use-start-guidance =
    Din mor, { $practice-mother-name }, flytter.
    Hun har givet dig en digital fuldmagt til at melde flytning for hende.
    Du starter med at logge på. Tryk på »Log på«.
practice-power-of-attorney-use-start-hint = Tryk på knappen »Log på«.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
practice-power-of-attorney-use-mitid-box-guidance =
    Din mor siger: »Du kan bare bruge mit bruger-ID.«
    Det må du ikke. Ingen må bruge en andens { -mitid }, heller ikke med en fuldmagt.
    Du logger på med dit eget { -mitid }. Skriv dit eget øve-bruger-ID, og tryk på »Fortsæt«.
practice-power-of-attorney-use-mitid-box-hint = Skriv dit eget øve-bruger-ID »{ $practice-user-id }« og tryk på »Fortsæt«.
practice-power-of-attorney-use-mitid-box-continue-check-feedback = Det er ikke dit eget øve-bruger-ID. Med en andens bruger-ID logger du på som den anden person. Det må du aldrig. Dit eget øve-bruger-ID er »{ $practice-user-id }«.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://www.borger.dk/internet-og-sikkerhed/gode-raad-til-en-sikker-digital-hverdag/pas-paa-mitid
practice-power-of-attorney-use-other-phone-guidance =
    Du skrev ikke dit eget bruger-ID. Forestil dig, at det var din mors.
    Nu er anmodningen kommet i { -mitid } appen på din mors telefon.
    Bliver den godkendt, logger du på som hende. Det må ingen.
    Afvis anmodningen, og log på med dit eget { -mitid }.
practice-power-of-attorney-use-other-phone-hint = Godkend ikke. Tryk på knappen under anmodningen, som afviser den.
practice-power-of-attorney-use-other-phone-approve-feedback =
    Stop: det er din mors { -mitid }. Ingen må bruge en andens { -mitid }. Det gælder også familie og den, der har en fuldmagt.
    Du logger altid på med dit eget { -mitid } og vælger den anden person inde på siden.
    Afvis anmodningen.

# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-power-of-attorney-use-app-login-guidance =
    Nu kommer en anmodning i { -mitid } appen på din egen telefon.
    Læs, hvem der spørger: { -borger-dk }. Du startede selv at logge på, så teksten passer.
    Stryg for at godkende.
practice-power-of-attorney-use-app-login-hint = Træk pilen hen over feltet for at godkende.
practice-power-of-attorney-use-app-login-reject-feedback = Her startede du selv at logge på { -borger-dk } med dit eget { -mitid }, og teksten passer. Så er det rigtigt at godkende.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
# »Vælg person« = choose person: where you switch to the person you have a power of attorney for.
practice-power-of-attorney-use-logged-in-guidance =
    Du er logget på som dig selv.
    Du vil melde flytning for din mor. Så skal du skifte til hende.
    Tryk på »Vælg person«.
practice-power-of-attorney-use-logged-in-hint = Tryk på knappen »Vælg person«.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
practice-power-of-attorney-use-people-guidance =
    Her vælger du, hvem du vil handle for.
    Vælg din mor, { $practice-mother-name }.
practice-power-of-attorney-use-people-hint = Tryk på »{ $practice-mother-name }«.
practice-power-of-attorney-use-people-self-feedback = Det er dig selv. Så ville du melde din egen flytning. Vælg din mor, { $practice-mother-name }.

# Source: https://www.personregistrering.dk/hc/en-gb/articles/4401908306962
practice-power-of-attorney-use-confirm-guidance =
    Du har valgt din mor.
    Tryk på »Bekræft« for at handle for hende.
practice-power-of-attorney-use-confirm-hint = Tryk på knappen »Bekræft«.
practice-power-of-attorney-use-confirm-cancel-feedback = Med »Annuller« stopper du, og du handler ikke for din mor. Tryk på »Bekræft«.

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
practice-power-of-attorney-use-move-form-guidance =
    Nu handler du for din mor.
    Skriv hendes nye adresse og den dag, hun flytter.
    Tryk så på »Send«.
practice-power-of-attorney-use-move-form-hint = Skriv »{ $practice-address }« i »Ny adresse« og »{ $practice-move-date }« i »Flyttedato«. Tryk så på »Send«.

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
practice-power-of-attorney-use-done-guidance =
    Godt gået! Du har meldt flytning for din mor.
    Du brugte dit eget { -mitid } og skiftede til hende med »Vælg person« og »Bekræft«.
    Sådan bruger du en fuldmagt.
