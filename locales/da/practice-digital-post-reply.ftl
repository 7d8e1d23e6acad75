# Practice: reply to a letter when the authority allows it, and write a new message when it
# does not (content brief 2).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The letters are made up: Øvelse Kommune is a made-up municipality, and the
# letters from Udbetaling Danmark and Skattestyrelsen are practice letters, not real ones.
# Words in »…« are the Danish words on the screen. Translators: keep them in Danish, exactly as
# written. In the hints, the short Danish examples in »…« (»Jeg kommer gerne.« and so on) are
# what the learner may type on the Danish screen: keep them in Danish, and you may add what
# they mean in your language in brackets.
# "myndighed" = a public authority, such as the municipality or Udbetaling Danmark.

practice-digital-post-reply-title = Svar på et brev, eller skriv en ny besked

## The inbox

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-inbox-guidance =
    Du er i din »Indbakke«. Du har fået et nyt brev fra Øvelse Kommune.
    Kommunen inviterer dig til et møde.
    Tryk på brevets titel for at åbne det.
practice-digital-post-reply-inbox-hint = Tryk på titlen »Invitation til møde«.
practice-digital-post-reply-inbox-open-housing-feedback = Det brev kommer du til bagefter. Åbn først brevet fra Øvelse Kommune.
practice-digital-post-reply-inbox-open-tax-feedback = Det brev har du allerede læst. Åbn det nye brev fra Øvelse Kommune.
practice-digital-post-reply-inbox-new-message-feedback = Du vil svare på kommunens brev. Åbn først brevet. Så kan du se, om du kan svare direkte på det.

## The letter that allows replies

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-letter-meeting-guidance =
    Kommunen spørger, om du kan komme til mødet.
    Brevet har knappen »Besvar«. Den er der kun, når myndigheden tillader svar.
    Så kan du svare direkte på brevet. Tryk på »Besvar«.
practice-digital-post-reply-letter-meeting-hint = Tryk på »Besvar«.
practice-digital-post-reply-letter-meeting-new-message-feedback = Du kan godt skrive en ny besked. Men her kan du svare direkte på brevet, fordi der står »Besvar«. Tryk på »Besvar«.
practice-digital-post-reply-letter-meeting-forward-feedback = »Videresend« sender brevet videre til en anden. Du vil svare kommunen: tryk på »Besvar«.
practice-digital-post-reply-letter-meeting-move-feedback = »Flyt« lægger brevet i en mappe. Svar først på brevet: tryk på »Besvar«.
practice-digital-post-reply-letter-meeting-delete-feedback = Slet ikke brevet. Du skal svare på det, og du kan få brug for det igen. Tryk på »Besvar«.

## Writing the reply

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-reply-form-guidance =
    Her skriver du dit svar til kommunen.
    Skriv en kort overskrift i feltet »Emne«.
    Skriv dit svar i feltet »Besked«.
    Tryk så på »Send«.
practice-digital-post-reply-reply-form-hint = Skriv fx »Mødet« i »Emne« og »Jeg kommer gerne.« i »Besked«. Tryk så på »Send«.
practice-digital-post-reply-reply-form-cancel-feedback = »Annuller« stopper dit svar, og så bliver det ikke sendt. Skriv dit svar, og tryk på »Send«.

## The reply is sent

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-reply-sent-guidance =
    Dit svar er sendt til kommunen.
    Nu vil du spørge Udbetaling Danmark om din boligstøtte.
    Åbn først deres brev, og se, om du kan svare på det.
practice-digital-post-reply-reply-sent-hint = Tryk på titlen på brevet fra Udbetaling Danmark.
practice-digital-post-reply-reply-sent-open-meeting-feedback = Det brev har du svaret på. Åbn nu brevet fra Udbetaling Danmark.
practice-digital-post-reply-reply-sent-new-message-feedback = Om lidt skal du måske skrive en ny besked. Åbn først brevet fra Udbetaling Danmark, og se, om du kan svare direkte på det.

## The letter without »Besvar«

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-letter-housing-guidance =
    Se på knapperne ved brevet. Der er ingen »Besvar«.
    Udbetaling Danmark tillader ikke svar på dette brev.
    Så skriver du en ny besked i stedet.
    Tryk på »Skriv ny besked«.
practice-digital-post-reply-letter-housing-hint = Der er ingen »Besvar«. Tryk på »Skriv ny besked« i menuen.
practice-digital-post-reply-letter-housing-forward-feedback = »Videresend« sender brevet videre til en anden. Du vil skrive til Udbetaling Danmark: tryk på »Skriv ny besked«.
practice-digital-post-reply-letter-housing-move-feedback = »Flyt« lægger brevet i en mappe. Du vil skrive til Udbetaling Danmark: tryk på »Skriv ny besked«.
practice-digital-post-reply-letter-housing-delete-feedback = Slet ikke brevet. Du kan få brug for det igen. Tryk på »Skriv ny besked«.

## A new message: who gets it

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-compose-guidance =
    Du skriver en ny besked.
    Først vælger du, hvem beskeden skal til.
    Tryk på »Vælg myndighed«.
practice-digital-post-reply-compose-hint = Tryk på »Vælg myndighed«.
practice-digital-post-reply-compose-cancel-feedback = »Annuller« stopper den nye besked. Tryk på »Vælg myndighed« for at vælge, hvem beskeden skal til.

## The list of authorities

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-authority-list-guidance =
    Her er en liste over myndigheder.
    Dit spørgsmål handler om brevet fra Udbetaling Danmark.
    Vælg »Udbetaling Danmark«.
practice-digital-post-reply-authority-list-hint = Tryk på »Udbetaling Danmark«.
practice-digital-post-reply-authority-list-municipality-feedback = Dit spørgsmål handler om brevet fra Udbetaling Danmark, ikke kommunen. Vælg »Udbetaling Danmark«.
practice-digital-post-reply-authority-list-tax-feedback = Dit spørgsmål handler om boligstøtte, ikke skat. Vælg »Udbetaling Danmark«.

## Writing the new message

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-form-guidance =
    Nu skriver du beskeden til Udbetaling Danmark.
    Skriv en kort overskrift i »Emne« og dit spørgsmål i »Besked«.
    Du vil også sende din lejekontrakt med. Tryk på »Vedhæft fil«.
practice-digital-post-reply-form-hint = Skriv fx »Min boligstøtte« i »Emne« og »Her er min lejekontrakt.« i »Besked«. Tryk så på »Vedhæft fil«.
practice-digital-post-reply-form-send-feedback = Vent lidt med at sende. Her øver du også at sende en fil med. Tryk først på »Vedhæft fil«.
practice-digital-post-reply-form-cancel-feedback = »Annuller« stopper beskeden, og så bliver den ikke sendt. Tryk på »Vedhæft fil« for at sende din lejekontrakt med.

## Choosing the file

# The list of files is the learner's own computer, not Digital Post.
practice-digital-post-reply-choose-file-guidance =
    Nu ser du filerne på din computer.
    Vælg den fil, du vil sende med: din lejekontrakt.
    Send kun det, myndigheden skal bruge.
practice-digital-post-reply-choose-file-hint = Tryk på »Lejekontrakt.pdf«.
practice-digital-post-reply-choose-file-photo-feedback = Det billede har ikke noget med din boligstøtte at gøre. Send kun det, myndigheden skal bruge. Vælg »Lejekontrakt.pdf«.
practice-digital-post-reply-choose-file-list-feedback = Den fil skal Udbetaling Danmark ikke have. Vælg »Lejekontrakt.pdf«.
practice-digital-post-reply-choose-file-cancel-feedback = Så kommer der ingen fil med. Vælg »Lejekontrakt.pdf«.

## The message with the file

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-form-attached-guidance =
    Filen er vedhæftet. Du ser den under »Vedhæftede filer«.
    Se, om emne, besked og fil er rigtige.
    Tryk så på »Send«.
practice-digital-post-reply-form-attached-hint = Tryk på »Send«.
practice-digital-post-reply-form-attached-attach-feedback = Filen er allerede vedhæftet. Du behøver ikke vedhæfte den igen. Tryk på »Send«.
practice-digital-post-reply-form-attached-cancel-feedback = »Annuller« stopper beskeden, og så bliver den ikke sendt. Tryk på »Send«.

## Done

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-reply-sent-guidance =
    Godt gået! Din besked er sendt til Udbetaling Danmark.
    Husk: står der »Besvar« ved et brev, kan du svare direkte på det.
    Står der ikke »Besvar«, så skriv en ny besked med »Skriv ny besked«.
