# The app's chrome. Every message in this file is sent to the window as it is,
# so none of them may take a variable.

# The window's title bar.
window-title = { -trinvis }
# The big heading on the home screen.
home-title = Velkommen til { -trinvis }
# One or two short sentences under the heading.
home-intro = Øv dig i digital selvbetjening trin for trin. Her er det ufarligt at lave fejl.
# Button that opens the list of languages. Keep it to one short word.
language-button = Sprog
# Heading of the list of languages.
language-menu-title = Vælg sprog
# Button that closes the list of languages without changing anything.
language-menu-close = Luk
# Heading above the list of topics on the home screen.
topics-heading = Emner
# Shown in place of a text that is missing in every language. Keep it short.
text-missing = (Teksten mangler)
# Shown when something fails that the user can simply try again.
error-generic = Noget gik galt. Prøv igen.
# Name of the main navigation, read by screen readers.
nav-label = Hovedmenu
nav-home = Forside
nav-search = Søg
nav-glossary = Ordliste
nav-settings = Indstillinger
# First start: the language picker. Shown in the language guessed from the computer.
first-run-title = Velkommen! Vælg dit sprog
first-run-hint = Du kan altid skifte sprog senere under Indstillinger.
# Home screen: a box that takes the user back to the guide they did not finish.
resume-heading = Fortsæt, hvor du slap
resume-button = Fortsæt
# On a topic that has no guides yet.
topic-coming-soon = Kommer snart
# Mark on a guide the user has read to the end.
guide-completed = Læst
# Guide reader buttons. Keep them short.
guide-back = Tilbage
guide-next = Næste
guide-finish = Færdig
# Heading above the Danish words of a step, with their meaning.
guide-key-words = Danske ord på skærmen
# Screen-reader name of the picture of a screen.
guide-illustration-label = Sådan ser det ud
guide-done-title = Godt klaret!
guide-done-text = Du har læst hele vejledningen.
guide-to-home = Til forsiden
guide-keyboard-hint = Du kan også bladre med piletasterne.
# The short check after the last step of some guides.
guide-check-title = Tjek dig selv
guide-check-intro = Vælg et svar til hvert spørgsmål. Du kan prøve igen, så mange gange du vil.
# Shown beside the answer the user chose.
guide-check-right = Rigtigt
guide-check-wrong = Ikke rigtigt. Prøv et andet svar.
search-title = Søg
# Label of the search field.
search-label = Søg i vejledningerne
search-button = Søg
search-hint = Skriv et ord, for eksempel »{ -mitid }« eller »post«.
glossary-title = Ordliste
glossary-intro = Ordene, du møder på de danske skærme, og hvad de betyder.
# Label of the field that filters the glossary.
glossary-search-label = Find et ord
glossary-search-hint = Skriv på dansk eller på dit eget sprog.
glossary-no-match = Ingen ord passer til det, du skrev.
# Introduces the example sentence under each word.
glossary-example-label = Eksempel:
# Button on the glossary when it was opened from a practice: back to the same screen.
glossary-back-to-practice = Tilbage til øvelsen
settings-title = Indstillinger
settings-language = Sprog
settings-second-language = Andet sprog
settings-second-language-hint = Hvis en tekst mangler på dit sprog, vises den på dette sprog.
settings-text-size = Tekststørrelse
settings-high-contrast = Høj kontrast
settings-forget = Glem alt
settings-forget-hint = Sletter dit sprogvalg, dine indstillinger og alt, hvad du har læst og øvet. Det kan ikke fortrydes.
settings-forget-confirm = Ja, glem alt
settings-forget-cancel = Nej, behold det
# Button that closes a notice after the user has read it.
notice-dismiss = OK
# Tag on a practice card: it opens a practice, not a guide to read.
practice-tag = Øvelse
# Heading of the panel beside the simulated Danish screen.
practice-guidance-heading = Det skal du gøre
practice-hint-button = Vis et tip
practice-show-me-button = Vis mig det
practice-restart-button = Start forfra
# Opens the glossary from a practice; the practice waits where it is.
practice-glossary-button = Ordliste
# Reassurance under the simulated screen.
practice-safe-note = Det her er en øvelse. Intet bliver sendt nogen steder hen.
# Screen-reader name of the simulated browser's address bar.
practice-address-label = Webadresse
# Screen-reader name of the QR code; pressing it stands for scanning it with the phone.
practice-qr-label = QR-kode: tryk for at scanne den med telefonen
# Name of the swipe control in the practice app, in the learner's language.
practice-swipe-label = Stryg for at godkende
# The control beside it. The real app's wording is not confirmed, so this is not a quote.
practice-reject-label = Godkend ikke
practice-done-title = Godt klaret!
# The phone's own button that ends a call, in the learner's language (not a MitID screen word).
practice-hang-up-label = Læg på
# Who is calling, as the phone shows it during the fraud practice: a hidden number.
practice-caller-label = Skjult nummer
# Introduces what the caller says.
practice-caller-says = Den, der ringer, siger:
# The browser's own button that closes the page, in the learner's language.
practice-close-page-label = Luk siden
# Screen-reader name of the mark on an error screen.
practice-error-label = Fejl
# Screen-reader name of the code display (kodeviser) device drawn beside the screen.
practice-code-display-label = Din kodeviser
# Screen-reader names of the two devices in a practice, shown side by side.
practice-computer-label = Computer
practice-phone-label = Telefon
# Marks the device that only shows how things stand meanwhile; you act on the other one.
practice-meanwhile-label = Imens
# The small button beside a Danish word that shows what it means, in the learner's language.
practice-meaning-button = Hvad betyder det?
# Screen-reader names in a simulated mailbox: the mark on a letter not yet read, the mark on a
# letter with a file attached, and an opened file.
practice-unread-label = Ulæst
practice-attachment-label = Med vedhæftet fil
practice-document-label = Åbnet fil

# Translator mode, for the people who translate the app. Header button to its screen, shown only while it is on.
nav-translator = Oversætter
settings-translator = Oversættertilstand
settings-translator-hint = Til oversættere: Åbn en mappe med sprogfiler. Så viser { -trinvis } dine tekster og opdaterer dem, så snart du gemmer en fil.
settings-translator-folder = Mappe med sprogfiler
settings-translator-folder-hint = Mappen med én mappe for hvert sprog, for eksempel da, en og so.
settings-translator-open = Åbn
translator-stop = Stop oversættertilstand
translator-title = Oversættertilstand
translator-folder = Mappe
# Followed by a number: how many times the files were read again after a save.
translator-reloads = Antal genindlæsninger fra disken:
# Alt+I and Escape are key names: keep them as they are.
translator-tip-hint = Peg på en tekst, eller giv den fokus og tryk Alt+I, for at se dens besked-ID. Escape lukker boksen igen.
# The two test languages (pseudo-locales) in the language menu.
translator-pseudo-hint = Sprogmenuen har nu to testsprog. Det ene har accenter og længere ord, så tekst, der ikke kommer fra sprogfilerne, eller som bliver skåret af, springer i øjnene. Det andet er spejlvendt og læses fra højre mod venstre, så layout, der kun virker fra venstre mod højre, bliver synligt.
translator-status-heading = Status for hvert sprog
translator-problems-heading = Problemer fundet af tjekket
translator-filter-locale = Sprog
translator-filter-all = Alle sprog
translator-filter-errors-only = Kun fejl
translator-problems-none = Ingen problemer. Alle filer bestod tjekket.
translator-problems-none-filtered = Ingen problemer passer til filteret.
# Column headers of the list of problems.
translator-problem-place = Fil og linje
translator-problem-severity = Alvor
translator-problem-message = Problem
translator-problem-check = Tjek
translator-severity-error = Fejl
translator-severity-warning = Advarsel
# Heading of the small box that shows which messages a text comes from.
translator-tip-label = Besked-ID

# Ambassador mode: presenting a guide to a group on a projector.
# Button on a guide that opens it as a presentation.
present-button = Vis for en gruppe
present-exit = Afslut præsentation
# The keys a presenter can use. Keep the key names (B, F, L, H, N, Escape) as they are.
present-keys-hint = Piletaster eller Page Up/Down: trin frem og tilbage · B: sort skærm · F: fuld skærm · L og et tal: gruppens sprog · P og et tal: øv med gruppen · H: hvad må jeg hjælpe med · N: noter · Escape: afslut
# Shown after L: the languages, each with the number to press.
present-choose-audience = Gruppens sprog: tryk på et tal.
# Shown while the screen is blanked with B.
present-blank-label = Skærmen er sort. Tryk B for at vise den igen.
present-notes-button = Noter i eget vindue
present-help-button = Hvad må jeg hjælpe med?
# Heading of the card with the rules for helpers.
help-card-title = Hvad må jeg hjælpe med?
help-card-close = Luk
# The presenter's notes window: its title, and what it shows before a presentation starts.
notes-window-title = Noter til ambassadøren
notes-waiting = Start en præsentation for at se noterne til hvert trin her.
# Shown on every practice screen where a PIN, a password or a code is typed.
look-away-prompt = Hjælper du en anden? Kig væk nu, og lad personen selv skrive koden.
# Practice with the group: the presenter clicks on the simulated screen as the group calls out.
present-practice-button = Øv med gruppen
# Shown after P: the practice flows of the topic, each with the number to press.
present-choose-practice = Øvelse: tryk på et tal.
# The keys during a practice with the group. Keep the key names (B, F, L, H, N, Escape) as they are.
group-practice-keys-hint = Klik på skærmen, når gruppen siger, hvad der skal trykkes på · B: sort skærm · F: fuld skærm · L og et tal: gruppens sprog · H: hvad må jeg hjælpe med · N: noter · Escape: tilbage til vejledningen
group-practice-back = Tilbage til vejledningen
# Shown on the last step when the guide is presented from the session plan.
present-next-guide = Næste vejledning i planen
# The session plan: the guides an ambassador picks for one session with a group.
plan-open-button = Planlæg en session
plan-title = Plan for en session
plan-intro = Vælg vejledningerne til en session med en gruppe, og sæt dem i den rækkefølge, du vil vise dem. Planen gemmes på denne computer.
plan-chosen-heading = I planen
plan-available-heading = Alle vejledninger
plan-empty = Planen er tom. Tilføj vejledninger fra listen.
plan-add = Tilføj
plan-remove = Fjern
plan-move-up = Flyt op
plan-move-down = Flyt ned
plan-present = Vis planen for gruppen
plan-export = Gem som fil …
plan-import = Hent fra fil …
plan-undo = Fortryd
plan-share-hint = Gem planen som en lille fil for at dele den med andre ambassadører.
plan-removed = Vejledningen er fjernet fra planen.
plan-imported = Planen er hentet fra filen.
plan-exported = Planen er gemt i filen.
# Printable handouts of a guide, in one language or two side by side.
handout-button = Udskriv
handout-title = Udskrift
handout-language = Sprog
handout-second-language = Sprog ved siden af
handout-no-second-language = Intet
handout-print = Udskriv …
handout-back = Tilbage til vejledningen
handout-hint = Vælg »Udskriv til fil« i udskriftsvinduet for at gemme en PDF.
