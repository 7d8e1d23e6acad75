# The translator toolkit: `trinvis l10n check`, `trinvis l10n status`, `trinvis l10n mark-current`
# and the translator mode in the app. The readers are volunteer translators, not programmers:
# short sentences, everyday words, and say what to do. Keep commands, options, file names and
# Fluent signs (= * [other]) exactly as they are.
# The check's own ID, like [unchanged], is printed after each problem: do not repeat it.
# "The reference" is the language every message is translated from (Danish, code da).

## Problems found by the check. One message per check.

# The entry is not valid Fluent and is skipped.
# $detail: the Fluent parser's own technical message, in English.
check-syntax = This entry is not valid Fluent, so it is skipped: { $detail }
# A choice (a select expression like { $count -> … }) has no default variant. No variables.
check-missing-default = The choice has no default variant. Put * in front of one of the variants, for example *[other].
# The same message ID is defined twice.
# $id: the message ID. $first: where it was defined first, as file:line.
check-duplicate-id = The ID “{ $id }” already exists in { $first }. Delete one of them, or give it another name.
# A choice has the same variant twice. $key: the variant key, like one or other.
check-duplicate-variant-key = The variant [{ $key }] appears twice in the same choice. Delete one of them.
# A message has the same attribute twice. $attribute: the attribute's name, like label.
check-duplicate-attribute = The attribute “{ $attribute }” appears twice in the message. Delete one of them.
# The message exists in the reference but is not translated in this language.
# $id: the message ID. $reference: the reference language's code, like da.
check-missing-message = The message “{ $id }” is in the reference ({ $reference }), but it is not translated here yet.
# The message is no longer in the reference, so nobody will ever see it.
# $id: the message ID. $reference: the reference language's code, like da.
check-obsolete-message = The message “{ $id }” is no longer in the reference ({ $reference }). You can delete it.
# The reference message has a text after =, but the translation has only attributes. No variables.
check-missing-value = The reference has a text after =, but the translation has only attributes. Add the text.
# The translation has a text after =, but the reference message has none. No variables.
check-extra-value = The translation has a text after =, but the reference does not. Delete the text.
# The reference has this attribute, the translation lacks it.
# $attribute: the attribute's name, like label.
check-missing-attribute = The reference has the attribute “{ $attribute }”, but the translation does not. Add it.
# The translation has an attribute the reference does not have.
# $attribute: the attribute's name, like label.
check-extra-attribute = The reference does not have the attribute “{ $attribute }”. Delete it here.
# The reference text contains a placeable that the translation lacks.
# $reference: the placeable as written, like { $count } or { -mitid }.
# $variant: the variant key where it is missing, like one; the word none when there is no choice.
# Keep the choice on $variant: the first variant must stay [none].
check-missing-reference = { $variant ->
    [none] The reference uses “{ $reference }”, but the translation does not. Add it.
   *[other] The reference uses “{ $reference }”, but the translation does not in the variant [{ $variant }]. Add it.
}
# The translation uses a placeable that the reference message does not use, so it will not work.
# $reference: the placeable as written, like { $name }.
check-unknown-reference = The reference does not use “{ $reference }”, so it will not work here. Fix the spelling, or delete it.
# The message or term referred to does not exist anywhere.
# $reference: the placeable as written, like { -mitd }.
check-undefined-reference = There is no message or term called “{ $reference }”. Fix the spelling.
# A plural choice lacks forms that this language needs (from CLDR).
# $locale: the language's code, like ar. $categories: the missing forms, like: zero, two, few.
check-plural-missing = The choice lacks forms that the language “{ $locale }” needs: { $categories }. Add them.
# A plural choice has forms that this language never uses (from CLDR).
# $locale: the language's code, like tr. $categories: the unused forms, like: few, many.
check-plural-unused = The choice has forms that the language “{ $locale }” never uses: { $categories }. You can delete them.
# The text is empty. No variables.
check-empty-value = The text is empty. Write a translation.
# A brand or service name is typed out instead of written through its term.
# $name: the name as typed, like MitID. $term: the term to use instead, like -mitid.
check-brand-name = Do not type “{ $name }” out. Use the term “{ $term }” in curly brackets instead.
# A hidden character that changes the writing direction. $codepoint: which one, like U+202E.
check-bidi-control = The text contains a hidden direction mark ({ $codepoint }). Delete it.
# A hidden character without width. $codepoint: which one, like U+200B.
check-invisible-character = The text contains a hidden character without width ({ $codepoint }). Delete it.
# The text contains the replacement sign U+FFFD. No variables. Keep { "\uFFFD" } as it is: it shows the sign.
check-replacement-character = The text contains the sign { "\uFFFD" }. It usually means that some letters got broken; type them again.
# Spaces at the start or end, or double spaces, are not as in the reference. No variables.
check-whitespace = Spaces at the start or end, or double spaces, are not the same as in the reference.
# The text ends with other punctuation than the reference.
# $expected: the reference's last sign. $found: the translation's last sign.
# Each is already quoted (check-mark), or is check-no-punctuation.
check-end-punctuation = The text ends with { $found }, the reference with { $expected }. Change it if you did not mean it.
# A punctuation mark as the end-punctuation message shows it, in this language's quotes.
# $mark: the mark, like . or ?
check-mark = “{ $mark }”
# Shown in the end-punctuation message when a text ends without punctuation.
check-no-punctuation = no punctuation
# The translation is exactly the same as the reference text.
# $reference: the reference language's code, like da.
check-unchanged = The text is exactly the same as in the reference ({ $reference }). Is it translated?
# A button label is longer than allowed.
# $length: how many characters the translation has (a number). $max: the most it may have (a number).
check-too-long = This is a button: the text may have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }, but it has { $length }.
# The reference text changed after this was translated.
# $reference: the reference language's code, like da.
# Keep the command as it is: LOCALE and ID are the words the translator replaces.
check-stale = The reference text ({ $reference }) changed after this was translated. Check the translation, then mark it current with “trinvis l10n mark-current LOCALE ID”.
# The file cannot be read as UTF-8 text. $detail: the system's technical message, in English.
check-unreadable-file = The file cannot be read as UTF-8 text ({ $detail }). Save it as UTF-8.
# The folder name is not a language code. $tag: the folder name.
check-locale-tag = The folder name “{ $tag }” is not a language code. Use a code like “so” or “pt-BR” (BCP 47).

## The commands' own texts.

# The last line of the check. $errors, $warnings and $locales are numbers.
check-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $locales ->
        [one] { $locales } language
       *[other] { $locales } languages
    }.
# The check found nothing. $locales is a number: how many languages were checked.
check-no-problems = No problems in { $locales ->
        [one] { $locales } language
       *[other] { $locales } languages
    }.
# The folder given to the check does not exist or has no language folders. $root: the folder.
check-no-root = The folder “{ $root }” does not exist, or it has no language folders.
# There is no folder for the reference language.
# $reference: the reference language's code, like da. $root: the folder that was searched.
check-no-reference = There is no folder for the reference language “{ $reference }” in “{ $root }”.
# Asked for a language folder that does not exist. $locale: the language code asked for.
check-unknown-locale = There is no language folder called “{ $locale }”.
# mark-current was given an ID the reference does not have.
# $id: the ID given. $reference: the reference language's code, like da.
check-unknown-message = The reference ({ $reference }) has no message called “{ $id }”. Check the spelling.
# mark-current is done. $count is a number of messages. $locale: the language's code, like so.
check-marked-current = { $count ->
    [one] { $count } message in “{ $locale }” is now marked as translated from the current reference text.
   *[other] { $count } messages in “{ $locale }” are now marked as translated from the current reference text.
}
# The two comment lines at the top of each reference.lock file. Keep them two lines.
# Write them without the leading #: the program adds it. Keep the command as it is.
check-lock-header =
    Which version of the reference text each translation was made from.
    Written by trinvis l10n mark-current. Delete a line to mark that message for review.
# A reference.lock file could not be saved.
# $path: the file. $detail: the system's technical message, in English.
check-not-saved = Could not save “{ $path }”: { $detail }

## The status table (trinvis l10n status, and in the app's translator mode).

# Column headers. Keep them short: one or two words.
status-locale = Language
status-translated = Translated
status-missing = Missing
# Translations made from an older reference text.
status-stale = Outdated
status-errors = Errors
status-warnings = Warnings
# The writing direction of the language.
status-direction = Direction
# Whether a native speaker has reviewed the translation.
status-review = Review
# The writing directions, in the Direction column.
status-ltr = left to right
status-rtl = right to left
# In the Review column for a pseudo-language: the app makes it itself, to test the layout. No translator.
status-pseudo = test language that the app makes itself to test the layout (no translator)

## Pseudo-languages in the language list of the translator mode.

# Long text with accents on every letter: shows text that is cut off or was never translated.
pseudo-accented-name = Pseudo: accented
# Mirrored text that runs right to left: shows layout that only works left to right.
pseudo-bidi-name = Pseudo: right to left
