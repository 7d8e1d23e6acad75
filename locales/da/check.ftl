# The translator toolkit: `trinvis l10n check`, `trinvis l10n status`, `trinvis l10n mark-current`
# and the translator mode in the app. The readers are volunteer translators, not programmers:
# short sentences, everyday words, and say what to do. Keep commands, options, file names and
# Fluent signs (= * [other]) exactly as they are.
# The check's own ID, like [unchanged], is printed after each problem: do not repeat it.
# "The reference" is the language every message is translated from (Danish, code da).

## Problems found by the check. One message per check.

# The entry is not valid Fluent and is skipped.
# $detail: the Fluent parser's own technical message, in English.
check-syntax = Teksten er ikke gyldig Fluent, så den bliver sprunget over: { $detail }
# A choice (a select expression like { $count -> … }) has no default variant. No variables.
check-missing-default = Valget har ingen standardvariant. Sæt * foran én af varianterne, for eksempel *[other].
# The same message ID is defined twice.
# $id: the message ID. $first: where it was defined first, as file:line.
check-duplicate-id = ID'et »{ $id }« findes allerede i { $first }. Slet det ene, eller giv det et andet navn.
# A choice has the same variant twice. $key: the variant key, like one or other.
check-duplicate-variant-key = Varianten [{ $key }] står to gange i samme valg. Slet den ene.
# A message has the same attribute twice. $attribute: the attribute's name, like label.
check-duplicate-attribute = Attributten »{ $attribute }« står to gange i beskeden. Slet den ene.
# The message exists in the reference but is not translated in this language.
# $id: the message ID. $reference: the reference language's code, like da.
check-missing-message = Beskeden »{ $id }« findes i referencen ({ $reference }), men er ikke oversat her endnu.
# The message is no longer in the reference, so nobody will ever see it.
# $id: the message ID. $reference: the reference language's code, like da.
check-obsolete-message = Beskeden »{ $id }« findes ikke længere i referencen ({ $reference }). Du kan slette den.
# The reference message has a text after =, but the translation has only attributes. No variables.
check-missing-value = Referencen har en tekst efter =, men oversættelsen har kun attributter. Tilføj teksten.
# The translation has a text after =, but the reference message has none. No variables.
check-extra-value = Oversættelsen har en tekst efter =, men det har referencen ikke. Slet teksten.
# The reference has this attribute, the translation lacks it.
# $attribute: the attribute's name, like label.
check-missing-attribute = Referencen har attributten »{ $attribute }«, men oversættelsen har den ikke. Tilføj den.
# The translation has an attribute the reference does not have.
# $attribute: the attribute's name, like label.
check-extra-attribute = Referencen har ikke attributten »{ $attribute }«. Slet den her.
# The reference text contains a placeable that the translation lacks.
# $reference: the placeable as written, like { $count } or { -mitid }.
# $variant: the variant key where it is missing, like one; the word none when there is no choice.
# Keep the choice on $variant: the first variant must stay [none].
check-missing-reference = { $variant ->
    [none] Referencen bruger »{ $reference }«, men oversættelsen gør ikke. Tilføj det.
   *[other] Referencen bruger »{ $reference }«, men oversættelsen gør ikke i varianten [{ $variant }]. Tilføj det.
}
# The translation uses a placeable that the reference message does not use, so it will not work.
# $reference: the placeable as written, like { $name }.
check-unknown-reference = Referencen bruger ikke »{ $reference }«, så det virker ikke her. Ret stavningen, eller slet det.
# The message or term referred to does not exist anywhere.
# $reference: the placeable as written, like { -mitd }.
check-undefined-reference = Der findes ingen besked eller term, der hedder »{ $reference }«. Ret stavningen.
# A plural choice lacks forms that this language needs (from CLDR).
# $locale: the language's code, like ar. $categories: the missing forms, like: zero, two, few.
check-plural-missing = Valget mangler de former, som sproget »{ $locale }« har brug for: { $categories }. Tilføj dem.
# A plural choice has forms that this language never uses (from CLDR).
# $locale: the language's code, like tr. $categories: the unused forms, like: few, many.
check-plural-unused = Valget har former, som sproget »{ $locale }« aldrig bruger: { $categories }. Du kan slette dem.
# The text is empty. No variables.
check-empty-value = Teksten er tom. Skriv en oversættelse.
# A brand or service name is typed out instead of written through its term.
# $name: the name as typed, like MitID. $term: the term to use instead, like -mitid.
check-brand-name = Skriv ikke »{ $name }« direkte. Brug i stedet termen »{ $term }« i krøllede parenteser.
# A hidden character that changes the writing direction. $codepoint: which one, like U+202E.
check-bidi-control = Teksten indeholder et skjult retningstegn ({ $codepoint }). Slet det.
# A hidden character without width. $codepoint: which one, like U+200B.
check-invisible-character = Teksten indeholder et skjult tegn uden bredde ({ $codepoint }). Slet det.
# The text contains the replacement sign U+FFFD. No variables. Keep { "\uFFFD" } as it is: it shows the sign.
check-replacement-character = Teksten indeholder tegnet { "\uFFFD" }. Det betyder som regel, at nogle bogstaver er gået i stykker; skriv dem igen.
# Spaces at the start or end, or double spaces, are not as in the reference. No variables.
check-whitespace = Mellemrum i starten eller slutningen, eller dobbelte mellemrum, er ikke som i referencen.
# The text ends with other punctuation than the reference.
# $expected: the reference's last sign. $found: the translation's last sign.
# Each is already quoted (check-mark), or is check-no-punctuation.
check-end-punctuation = Slutningen af teksten: { $found }. Slutningen af referencen: { $expected }. Ret det, hvis det ikke er med vilje.
# A punctuation mark as the end-punctuation message shows it, in this language's quotes.
# $mark: the mark, like . or ?
check-mark = »{ $mark }«
# Shown in the end-punctuation message when a text ends without punctuation.
check-no-punctuation = ingen tegnsætning
# The translation is exactly the same as the reference text.
# $reference: the reference language's code, like da.
check-unchanged = Teksten er præcis den samme som i referencen ({ $reference }). Er den oversat?
# A button label is longer than allowed.
# $length: how many characters the translation has (a number). $max: the most it may have (a number).
check-too-long = Det her er en knap: teksten må højst have { $max } tegn, men har { $length }.
# The reference text changed after this was translated.
# $reference: the reference language's code, like da.
# Keep the command as it is: LOCALE and ID are the words the translator replaces.
check-stale = Referenceteksten ({ $reference }) er ændret, efter at dette blev oversat. Tjek oversættelsen, og marker den så som aktuel med »trinvis l10n mark-current LOCALE ID«.
# The file cannot be read as UTF-8 text. $detail: the system's technical message, in English.
check-unreadable-file = Filen kan ikke læses som UTF-8-tekst ({ $detail }). Gem den som UTF-8.
# The folder name is not a language code. $tag: the folder name.
check-locale-tag = Mappenavnet »{ $tag }« er ikke en sprogkode. Brug en kode som »so« eller »pt-BR« (BCP 47).

## The commands' own texts.

# The last line of the check. $errors, $warnings and $locales are numbers.
check-summary = { $errors } fejl og { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    } i { $locales } sprog.
# The check found nothing. $locales is a number: how many languages were checked.
check-no-problems = Ingen problemer i { $locales } sprog.
# The folder given to the check does not exist or has no language folders. $root: the folder.
check-no-root = Mappen »{ $root }« findes ikke, eller den har ingen sprogmapper.
# There is no folder for the reference language.
# $reference: the reference language's code, like da. $root: the folder that was searched.
check-no-reference = Der er ingen mappe til referencesproget »{ $reference }« i »{ $root }«.
# Asked for a language folder that does not exist. $locale: the language code asked for.
check-unknown-locale = Der er ingen sprogmappe, der hedder »{ $locale }«.
# mark-current was given an ID the reference does not have.
# $id: the ID given. $reference: the reference language's code, like da.
check-unknown-message = Referencen ({ $reference }) har ingen besked, der hedder »{ $id }«. Tjek stavningen.
# mark-current is done. $count is a number of messages. $locale: the language's code, like so.
check-marked-current = { $count ->
    [one] { $count } besked i »{ $locale }« er markeret som oversat fra den nuværende referencetekst.
   *[other] { $count } beskeder i »{ $locale }« er markeret som oversat fra den nuværende referencetekst.
}
# The two comment lines at the top of each reference.lock file. Keep them two lines.
# Write them without the leading #: the program adds it. Keep the command as it is.
check-lock-header =
    Hvilken version af referenceteksten hver oversættelse er lavet ud fra.
    Skrevet af trinvis l10n mark-current. Slet en linje, så bliver den besked markeret til gennemsyn.
# A reference.lock file could not be saved.
# $path: the file. $detail: the system's technical message, in English.
check-not-saved = Kunne ikke gemme »{ $path }«: { $detail }

## The status table (trinvis l10n status, and in the app's translator mode).

# Column headers. Keep them short: one or two words.
status-locale = Sprog
status-translated = Oversat
status-missing = Mangler
# Translations made from an older reference text.
status-stale = Forældet
status-errors = Fejl
status-warnings = Advarsler
# The writing direction of the language.
status-direction = Retning
# Whether a native speaker has reviewed the translation.
status-review = Gennemsyn
# The writing directions, in the Direction column.
status-ltr = venstre mod højre
status-rtl = højre mod venstre
# In the Review column for a pseudo-language: the app makes it itself, to test the layout. No translator.
status-pseudo = testsprog, som appen selv laver for at teste layoutet (ingen oversætter)

## Pseudo-languages in the language list of the translator mode.

# Long text with accents on every letter: shows text that is cut off or was never translated.
pseudo-accented-name = Pseudo: accenter
# Mirrored text that runs right to left: shows layout that only works left to right.
pseudo-bidi-name = Pseudo: højre mod venstre
