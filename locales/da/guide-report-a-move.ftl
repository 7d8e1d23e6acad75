### Guide: Report a move. Reference text; every fact has its source in a comment.
### Readers may read slowly: short sentences, one idea each, "du".
### Words in »…« are the Danish words on the real screen. Translators: keep them in Danish,
### exactly as written, and explain them in your language where it helps.
### Variables such as { $move-report-days-after } are facts kept in src-tauri/content/facts.toml.
### This guide is not legal advice. Where duties come up, it points to Borgerservice.

guide-report-a-move-title = Meld flytning
guide-report-a-move-summary = Sådan melder du flytning på { -borger-dk }, og hvornår du skal gøre det.

## Step: how

guide-report-a-move-how-title = Meld flytning på { -borger-dk }
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# "folkeregisteret" = the national register of where people live.
guide-report-a-move-how-body =
    Når du flytter, melder du det selv på { -borger-dk }.
    Find »Meld flytning«, og log på med dit { -mitid }.
    Så udfylder du formularen »Anmeld flytning til folkeregisteret«.
    Du skriver din nye adresse og den dag, du flytter.

## Step: when

guide-report-a-move-when-title = Hvornår skal du melde flytning?
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# $move-report-days-before and $move-report-days-after are numbers of days: give each plural form.
# Translators: say the fine plainly, without adding legal detail. Keep the last sentence, which
# sends questions to Borgerservice.
guide-report-a-move-when-body =
    Du kan melde flytning tidligst { $move-report-days-before ->
        [one] { $move-report-days-before } dag
       *[other] { $move-report-days-before } dage
    } før, du flytter.
    Du skal gøre det senest { $move-report-days-after ->
        [one] { $move-report-days-after } dag
       *[other] { $move-report-days-after } dage
    } efter, du er flyttet.
    Melder du for sent, kan du få en bøde.
    Har du spørgsmål, så spørg { -borgerservice }.

## Step: choice of doctor

guide-report-a-move-doctor-title = Vælg læge
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# »Lægevalg« = choice of doctor. $doctor-change-km and $doctor-change-km-capital are distances
# in kilometres (numbers). København, Frederiksberg, Tårnby and Dragør are municipalities in and
# around Copenhagen; keep their Danish names.
guide-report-a-move-doctor-body =
    I den samme formular kommer »Lægevalg«.
    Du kan beholde din nuværende læge. Eller du kan vælge en ny læge.
    Du får valget, hvis du flytter mere end { $doctor-change-km } km.
    I København, Frederiksberg, Tårnby og Dragør gælder det allerede, når du flytter mere end { $doctor-change-km-capital } km.
    Det er gratis at skifte læge, når du flytter.

## Step: after the move is reported

guide-report-a-move-after-title = Når du har sendt
# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
# PostNord is the Danish postal service; keep the name. »Sundhedskort« = health card (the
# yellow card). $health-card-weeks is a number of weeks: give each plural form.
guide-report-a-move-after-body =
    PostNord får automatisk besked om din nye adresse. Du behøver ikke selv sige det.
    Du får et nyt »Sundhedskort« om cirka { $health-card-weeks ->
        [one] { $health-card-weeks } uge
       *[other] { $health-card-weeks } uger
    }.

## Step: help

guide-report-a-move-help-title = Få hjælp
# Source: https://www.holstebro.dk/borger/personlige-forhold/digital-post/laeseadgang-til-digital-post
# Source: https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen
guide-report-a-move-help-body =
    Har du brug for hjælp, så ring til { -digital-hotline } på { $digital-hotline-phone }.
    En anden kan også melde flytning for dig med en »Digital fuldmagt«.
    Så logger den anden på med sit eget { -mitid }, ikke med dit.

## Question: when to report

# Source: https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte
guide-report-a-move-question-deadline = Du flytter i næste uge. Kan du melde flytning allerede nu?
guide-report-a-move-question-deadline-before = Ja. Jeg kan melde den nu.
guide-report-a-move-question-deadline-before-feedback = Rigtigt. Du kan melde flytning op til { $move-report-days-before ->
        [one] { $move-report-days-before } dag
       *[other] { $move-report-days-before } dage
    } før, du flytter.
guide-report-a-move-question-deadline-month-after = Nej. Jeg venter, til jeg har boet der en måned.
guide-report-a-move-question-deadline-month-after-feedback = Nej. Du skal melde flytning senest { $move-report-days-after ->
        [one] { $move-report-days-after } dag
       *[other] { $move-report-days-after } dage
    } efter, du er flyttet. Melder du for sent, kan du få en bøde.
