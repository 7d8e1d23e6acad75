# The translator toolkit: `trinvis l10n check`, `trinvis l10n status`, `trinvis l10n mark-current`
# and the translator mode in the app. The readers are volunteer translators, not programmers:
# short sentences, everyday words, and say what to do. Keep commands, options, file names and
# Fluent signs (= * [other]) exactly as they are.
# The check's own ID, like [unchanged], is printed after each problem: do not repeat it.
# "The reference" is the language every message is translated from (Danish, code da).

## Problems found by the check. One message per check.

# The entry is not valid Fluent and is skipped.
# $detail: the Fluent parser's own technical message, in English.
check-syntax = Qoraalkan ma aha Fluent sax ah, sidaa darteed waa laga boodayaa: { $detail }
# A choice (a select expression like { $count -> … }) has no default variant. No variables.
check-missing-default = Doorashadan ma laha nooc caadi ah. Ku qor * mid ka mid ah noocyada hortiisa, tusaale *[other].
# The same message ID is defined twice.
# $id: the message ID. $first: where it was defined first, as file:line.
check-duplicate-id = ID-ga “{ $id }” horey ayuu ugu jiraa { $first }. Mid tirtir, ama magac kale sii.
# A choice has the same variant twice. $key: the variant key, like one or other.
check-duplicate-variant-key = Nooca [{ $key }] laba jeer ayuu ku jiraa isla doorashada. Mid tirtir.
# A message has the same attribute twice. $attribute: the attribute's name, like label.
check-duplicate-attribute = Sifada “{ $attribute }” laba jeer ayay ku jirtaa fariinta. Mid tirtir.
# The message exists in the reference but is not translated in this language.
# $id: the message ID. $reference: the reference language's code, like da.
check-missing-message = Fariinta “{ $id }” waxay ku jirtaa tixraaca ({ $reference }), laakiin weli halkan lama turjumin.
# The message is no longer in the reference, so nobody will ever see it.
# $id: the message ID. $reference: the reference language's code, like da.
check-obsolete-message = Fariinta “{ $id }” mar dambe kuma jirto tixraaca ({ $reference }). Waad tirtiri kartaa.
# The reference message has a text after =, but the translation has only attributes. No variables.
check-missing-value = Tixraacu wuxuu leeyahay qoraal = ka dib, laakiin turjumaaddu waxay leedahay sifooyin oo keliya. Ku dar qoraalka.
# The translation has a text after =, but the reference message has none. No variables.
check-extra-value = Turjumaaddu waxay leedahay qoraal = ka dib, laakiin tixraacu ma laha. Tirtir qoraalka.
# The reference has this attribute, the translation lacks it.
# $attribute: the attribute's name, like label.
check-missing-attribute = Tixraacu wuxuu leeyahay sifada “{ $attribute }”, laakiin turjumaaddu ma laha. Ku dar.
# The translation has an attribute the reference does not have.
# $attribute: the attribute's name, like label.
check-extra-attribute = Tixraacu ma laha sifada “{ $attribute }”. Halkan ka tirtir.
# The reference text contains a placeable that the translation lacks.
# $reference: the placeable as written, like { $count } or { -mitid }.
# $variant: the variant key where it is missing, like one; the word none when there is no choice.
# Keep the choice on $variant: the first variant must stay [none].
check-missing-reference = { $variant ->
    [none] Tixraacu wuxuu isticmaalaa “{ $reference }”, laakiin turjumaaddu ma isticmaasho. Ku dar.
   *[other] Tixraacu wuxuu isticmaalaa “{ $reference }”, laakiin turjumaaddu kuma isticmaasho nooca [{ $variant }]. Ku dar.
}
# The translation uses a placeable that the reference message does not use, so it will not work.
# $reference: the placeable as written, like { $name }.
check-unknown-reference = Tixraacu ma isticmaalo “{ $reference }”, sidaa darteed halkan kuma shaqeeyo. Sax higgaadda, ama tirtir.
# The message or term referred to does not exist anywhere.
# $reference: the placeable as written, like { -mitd }.
check-undefined-reference = Ma jirto fariin ama erey-bixin la yiraahdo “{ $reference }”. Sax higgaadda.
# A plural choice lacks forms that this language needs (from CLDR).
# $locale: the language's code, like ar. $categories: the missing forms, like: zero, two, few.
check-plural-missing = Doorashada waxaa ka maqan qaabab ay luqadda “{ $locale }” u baahan tahay: { $categories }. Ku dar.
# A plural choice has forms that this language never uses (from CLDR).
# $locale: the language's code, like tr. $categories: the unused forms, like: few, many.
check-plural-unused = Doorashadu waxay leedahay qaabab aanay luqadda “{ $locale }” weligeed isticmaalin: { $categories }. Waad tirtiri kartaa.
# The text is empty. No variables.
check-empty-value = Qoraalku waa madhan yahay. Qor turjumaad.
# A brand or service name is typed out instead of written through its term.
# $name: the name as typed, like MitID. $term: the term to use instead, like -mitid.
check-brand-name = Ha qorin “{ $name }” adigoo xarfo ku qoraya. Beddelkeeda, isticmaal erey-bixinta “{ $term }” oo ku jirta qaansooyin qalloocan.
# A hidden character that changes the writing direction. $codepoint: which one, like U+202E.
check-bidi-control = Qoraalka waxaa ku jira calaamad jiho oo qarsoon ({ $codepoint }). Tirtir.
# A hidden character without width. $codepoint: which one, like U+200B.
check-invisible-character = Qoraalka waxaa ku jira xaraf qarsoon oo aan ballac lahayn ({ $codepoint }). Tirtir.
# The text contains the replacement sign U+FFFD. No variables. Keep { "\uFFFD" } as it is: it shows the sign.
check-replacement-character = Qoraalka waxaa ku jira calaamadda { "\uFFFD" }. Badanaa waxay ka dhigan tahay in xarfo qaar ay jabeen; dib u qor.
# Spaces at the start or end, or double spaces, are not as in the reference. No variables.
check-whitespace = Meelaha bannaan ee bilowga ama dhammaadka, ama meelaha bannaan ee labanlaaban, kuma eka kuwa tixraaca.
# The text ends with other punctuation than the reference.
# $expected: the reference's last sign. $found: the translation's last sign.
# Each is already quoted (check-mark), or is check-no-punctuation.
check-end-punctuation = Dhammaadka qoraalka: { $found }; dhammaadka tixraaca: { $expected }. Beddel haddii aadan ula kac u samayn.
# A punctuation mark as the end-punctuation message shows it, in this language's quotes.
# $mark: the mark, like . or ?
check-mark = “{ $mark }”
# Shown in the end-punctuation message when a text ends without punctuation.
check-no-punctuation = calaamad la'aan
# The translation is exactly the same as the reference text.
# $reference: the reference language's code, like da.
check-unchanged = Qoraalku wuxuu si sax ah ula mid yahay tixraaca ({ $reference }). Ma la turjumay?
# A button label is longer than allowed.
# $length: how many characters the translation has (a number). $max: the most it may have (a number).
check-too-long = Kani waa badhan: qoraalku waa inuusan ka badnaan { $max } xaraf, laakiin wuxuu leeyahay { $length }.
# The reference text changed after this was translated.
# $reference: the reference language's code, like da.
# Keep the command as it is: LOCALE and ID are the words the translator replaces.
check-stale = Qoraalka tixraaca ({ $reference }) wuu isbeddelay kadib markii tan la turjumay. Hubi turjumaadda, kadibna ku calaamadee inay cusub tahay, adigoo qoraya “trinvis l10n mark-current LOCALE ID”.
# The file cannot be read as UTF-8 text. $detail: the system's technical message, in English.
check-unreadable-file = Faylka looma akhrin karo qoraal UTF-8 ah ({ $detail }). Ku kaydi UTF-8.
# The folder name is not a language code. $tag: the folder name.
check-locale-tag = Magaca galka “{ $tag }” ma aha koodh luqadeed. Isticmaal koodh sida “so” ama “pt-BR” (BCP 47).

## The commands' own texts.

# The last line of the check. $errors, $warnings and $locales are numbers.
check-summary = { $errors } khalad iyo { $warnings ->
        [one] { $warnings } digniin
       *[other] { $warnings } digniinood
    } ayaa laga helay { $locales ->
        [one] { $locales } luqad
       *[other] { $locales } luqadood
    }.
# The check found nothing. $locales is a number: how many languages were checked.
check-no-problems = Wax dhibaato ah lagama helin { $locales ->
        [one] { $locales } luqad
       *[other] { $locales } luqadood
    }.
# The folder given to the check does not exist or has no language folders. $root: the folder.
check-no-root = Galka “{ $root }” ma jiro, ama kuma jiraan galal luqadeed.
# There is no folder for the reference language.
# $reference: the reference language's code, like da. $root: the folder that was searched.
check-no-reference = Gudaha “{ $root }” ma jiro gal loogu talagalay luqadda tixraaca “{ $reference }”.
# Asked for a language folder that does not exist. $locale: the language code asked for.
check-unknown-locale = Ma jiro gal luqadeed oo la yiraahdo “{ $locale }”.
# mark-current was given an ID the reference does not have.
# $id: the ID given. $reference: the reference language's code, like da.
check-unknown-message = Tixraaca ({ $reference }) ma laha fariin la yiraahdo “{ $id }”. Hubi higgaadda.
# mark-current is done. $count is a number of messages. $locale: the language's code, like so.
check-marked-current = { $count ->
    [one] { $count } fariin oo ku jirta “{ $locale }” waxaa loo calaamadeeyay in laga turjumay qoraalka tixraaca ee hadda.
   *[other] { $count } fariimood oo ku jira “{ $locale }” waxaa loo calaamadeeyay in laga turjumay qoraalka tixraaca ee hadda.
}
# The two comment lines at the top of each reference.lock file. Keep them two lines.
# Write them without the leading #: the program adds it. Keep the command as it is.
check-lock-header =
    Nooca qoraalka tixraaca ee turjumaad kasta laga sameeyay.
    Waxaa qoray trinvis l10n mark-current. Tirtir sadar si fariintaas loogu calaamadeeyo dib u eegis.
# A reference.lock file could not be saved.
# $path: the file. $detail: the system's technical message, in English.
check-not-saved = Lama kaydin karo “{ $path }”: { $detail }

## The status table (trinvis l10n status, and in the app's translator mode).

# Column headers. Keep them short: one or two words.
status-locale = Luqad
status-translated = La turjumay
status-missing = Maqan
# Translations made from an older reference text.
status-stale = Duugoobay
status-errors = Khaladaad
status-warnings = Digniino
# The writing direction of the language.
status-direction = Jiho
# Whether a native speaker has reviewed the translation.
status-review = Dib u eegis
# The writing directions, in the Direction column.
status-ltr = bidix ilaa midig
status-rtl = midig ilaa bidix
# In the Review column for a pseudo-language: the app makes it itself, to test the layout. No translator.
status-pseudo = luqad tijaabo ah oo barnaamijku isagu sameeyo si loo tijaabiyo nakhshadda (turjumaan ma leh)

## Pseudo-languages in the language list of the translator mode.

# Long text with accents on every letter: shows text that is cut off or was never translated.
pseudo-accented-name = Tijaabo: xarfo calaamadeysan
# Mirrored text that runs right to left: shows layout that only works left to right.
pseudo-bidi-name = Tijaabo: midig ilaa bidix
