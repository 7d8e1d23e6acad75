### Made-up Danish screen text for the Digital Post practices »Read a letter and open its
### attachment«, »Reply, or write a new message« and »Folders, deleting and read access«:
### the letters' subjects, senders, dates and texts, the file names, folder names and the short
### confirmations. Everything here is made up and harmless; only the authorities are real.
### Danish only: the app always shows these in Danish, in every language. Never translate them;
### there is no such file in other locales.
### The line below tells the locale check that no other locale should have this file.
### reference-only

## Read a letter and open its attachment

# Source: https://skat.dk/data.aspx?oid=3468 (the preliminary tax assessment, from the tax authority)
screen-digital-post-read-tax-sender = Skattestyrelsen
# A made-up letter. The preliminary assessment comes out in the middle of November (brief 4).
screen-digital-post-read-tax-subject = Din forskudsopgørelse er klar
screen-digital-post-read-tax-date = 14. november
# Made-up letter text.
screen-digital-post-read-tax-body =
    Kære modtager
    Din forskudsopgørelse er klar.
    Du kan læse den i den vedhæftede fil.
    Dette er et øvebrev.
# A made-up file name.
screen-digital-post-read-tax-file = Forskudsopgørelse.pdf
# The made-up file's text: it holds no real amounts.
# Source: https://skat.dk/data.aspx?oid=3468 (the preliminary assessment is next year's budget)
screen-digital-post-read-tax-document =
    Forskudsopgørelse
    Dette er et øvebrev fra { -trinvis }.
    Her står ingen rigtige tal.
    I et rigtigt brev står, hvad Skattestyrelsen regner med, at du tjener og betaler i skat næste år.
# A made-up letter from the made-up municipality (sender: screen-practice-service).
screen-digital-post-read-meeting-subject = Invitation til møde
screen-digital-post-read-meeting-date = 12. november
# Source: https://www.atp.dk/vores-opgaver/administration-af-velfaerdsydelser/udbetaling-danmark
screen-digital-post-read-housing-sender = Udbetaling Danmark
# A made-up letter, already read.
screen-digital-post-read-housing-subject = Din boligstøtte
screen-digital-post-read-housing-date = 3. november

## Reply, or write a new message

# A made-up letter from the made-up municipality (sender: screen-practice-service). The
# municipality allows replies, so the letter has »Besvar«.
screen-digital-post-reply-meeting-subject = Invitation til møde
screen-digital-post-reply-meeting-date = 12. november
screen-digital-post-reply-meeting-body =
    Kære modtager
    Vi vil gerne invitere dig til et møde på kommunen tirsdag kl. 10.
    Skriv til os, om du kan komme.
    Dette er et øvebrev.
# Source: https://www.atp.dk/vores-opgaver/administration-af-velfaerdsydelser/udbetaling-danmark
screen-digital-post-reply-housing-sender = Udbetaling Danmark
# A made-up letter that does not allow replies, so it has no »Besvar«.
screen-digital-post-reply-housing-subject = Vi har modtaget din ansøgning om boligstøtte
screen-digital-post-reply-housing-date = 10. november
screen-digital-post-reply-housing-body =
    Kære modtager
    Vi har modtaget din ansøgning om boligstøtte.
    Du kan ikke svare på dette brev.
    Har du spørgsmål, kan du skrive en ny besked til Udbetaling Danmark.
    Dette er et øvebrev.
# Source: https://skat.dk/data.aspx?oid=3468
screen-digital-post-reply-tax-sender = Skattestyrelsen
# A made-up letter, already read.
screen-digital-post-reply-tax-subject = Din forskudsopgørelse er klar
screen-digital-post-reply-tax-date = 3. november
# Who the reply or the new message goes to, at the top of the form. Made up: the real form's
# wording is not known.
screen-digital-post-reply-to-municipality = Til: Øvelse Kommune
screen-digital-post-reply-to-udbetaling = Til: Udbetaling Danmark
# Made-up confirmation after the reply: the real page's wording is not known.
screen-digital-post-reply-reply-sent = Dit svar er sendt.
# The heading of the computer's own list of files, opened by »Vedhæft fil«. Made up.
screen-digital-post-reply-choose-file = Vælg en fil
# Made-up file names on the learner's computer. Only the lease belongs with the message.
screen-digital-post-reply-file-lease = Lejekontrakt.pdf
screen-digital-post-reply-file-photo = Feriebillede.jpg
screen-digital-post-reply-file-list = Indkøbsliste.docx
# Made-up confirmation after »Send«: the real page's wording is not known.
screen-digital-post-reply-message-sent = Din besked er sendt.

## Folders, deleting and read access

# Source: https://www.atp.dk/vores-opgaver/administration-af-velfaerdsydelser/udbetaling-danmark
screen-digital-post-folders-housing-sender = Udbetaling Danmark
# A made-up letter, moved into the folder »Bolig«.
screen-digital-post-folders-housing-subject = Din boligstøtte
screen-digital-post-folders-housing-date = 10. november
screen-digital-post-folders-housing-body =
    Kære modtager
    Vi har beregnet din boligstøtte.
    Gem gerne dette brev.
    Dette er et øvebrev.
# A made-up reminder from the made-up municipality (sender: screen-practice-service), for a
# meeting that is over. The learner deletes it.
screen-digital-post-folders-reminder-subject = Påmindelse om møde
screen-digital-post-folders-reminder-date = 1. november
screen-digital-post-folders-reminder-body =
    Kære modtager
    Husk dit møde på kommunen mandag den 3. november kl. 10.
    Dette er et øvebrev.
# Source: https://skat.dk/data.aspx?oid=3468
screen-digital-post-folders-tax-sender = Skattestyrelsen
# A made-up letter in the inbox. The annual statement opens in March (brief 4).
screen-digital-post-folders-annual-subject = Din årsopgørelse er klar
screen-digital-post-folders-annual-date = 23. marts
# The made-up folders.
screen-digital-post-folders-folder-housing = Bolig
screen-digital-post-folders-folder-tax = Skat
screen-digital-post-folders-folder-municipality = Kommunen
# Made-up confirmations: the real pages' wording is not known.
screen-digital-post-folders-moved = Brevet er flyttet til mappen Bolig.
screen-digital-post-folders-deleted = Brevet er slettet.
# Two made-up older letters in the folder »Skat«. The learner looks for the preliminary one.
screen-digital-post-folders-old-annual-subject = Din årsopgørelse er klar
screen-digital-post-folders-old-annual-date = 18. marts 2024
screen-digital-post-folders-old-preliminary-subject = Din forskudsopgørelse er klar
screen-digital-post-folders-old-preliminary-date = 12. november 2024
screen-digital-post-folders-old-preliminary-body =
    Kære modtager
    Din forskudsopgørelse er klar.
    Du kan læse den i den vedhæftede fil.
    Dette er et øvebrev.
screen-digital-post-folders-old-preliminary-file = Forskudsopgørelse.pdf
# The mother's made-up name, shown at the top of her mailbox.
screen-digital-post-folders-mother-name = { $practice-mother-name }
# A made-up letter in the mother's mailbox, from the made-up municipality.
screen-digital-post-folders-mother-subject = Invitation til møde
screen-digital-post-folders-mother-body =
    Kære modtager
    Vi vil gerne invitere dig til et møde på kommunen torsdag kl. 14.
    Dette er et øvebrev.
# Made-up confirmation after »Videresend«: the real page's wording is not known.
screen-digital-post-folders-forwarded = Brevet er videresendt.
