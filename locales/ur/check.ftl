# The translator toolkit: `trinvis l10n check`, `trinvis l10n status`, `trinvis l10n mark-current`
# and the translator mode in the app. The readers are volunteer translators, not programmers:
# short sentences, everyday words, and say what to do. Keep commands, options, file names and
# Fluent signs (= * [other]) exactly as they are.
# The check's own ID, like [unchanged], is printed after each problem: do not repeat it.
# "The reference" is the language every message is translated from (Danish, code da).

## Problems found by the check. One message per check.

# The entry is not valid Fluent and is skipped.
# $detail: the Fluent parser's own technical message, in English.
check-syntax = یہ اندراج درست Fluent نہیں ہے، اس لیے اسے چھوڑ دیا گیا ہے: { $detail }
# A choice (a select expression like { $count -> … }) has no default variant. No variables.
check-missing-default = اس انتخاب میں کوئی ڈیفالٹ صورت نہیں ہے۔ کسی ایک صورت سے پہلے * لگائیں، مثلاً *[other]۔
# The same message ID is defined twice.
# $id: the message ID. $first: where it was defined first, as file:line.
check-duplicate-id = آئی ڈی «{ $id }» پہلے سے { $first } میں موجود ہے۔ ان میں سے ایک کو حذف کریں، یا اسے کوئی اور نام دیں۔
# A choice has the same variant twice. $key: the variant key, like one or other.
check-duplicate-variant-key = صورت [{ $key }] ایک ہی انتخاب میں دو بار آئی ہے۔ ایک کو حذف کریں۔
# A message has the same attribute twice. $attribute: the attribute's name, like label.
check-duplicate-attribute = ایٹریبیوٹ «{ $attribute }» اس پیغام میں دو بار آیا ہے۔ ایک کو حذف کریں۔
# The message exists in the reference but is not translated in this language.
# $id: the message ID. $reference: the reference language's code, like da.
check-missing-message = پیغام «{ $id }» حوالے ({ $reference }) میں موجود ہے، لیکن یہاں ابھی اس کا ترجمہ نہیں ہوا۔
# The message is no longer in the reference, so nobody will ever see it.
# $id: the message ID. $reference: the reference language's code, like da.
check-obsolete-message = پیغام «{ $id }» اب حوالے ({ $reference }) میں نہیں ہے۔ آپ اسے حذف کر سکتے ہیں۔
# The reference message has a text after =, but the translation has only attributes. No variables.
check-missing-value = حوالے میں = کے بعد متن ہے، لیکن ترجمے میں صرف ایٹریبیوٹ ہیں۔ متن شامل کریں۔
# The translation has a text after =, but the reference message has none. No variables.
check-extra-value = ترجمے میں = کے بعد متن ہے، لیکن حوالے میں نہیں ہے۔ متن حذف کریں۔
# The reference has this attribute, the translation lacks it.
# $attribute: the attribute's name, like label.
check-missing-attribute = حوالے میں ایٹریبیوٹ «{ $attribute }» ہے، لیکن ترجمے میں نہیں ہے۔ اسے شامل کریں۔
# The translation has an attribute the reference does not have.
# $attribute: the attribute's name, like label.
check-extra-attribute = حوالے میں ایٹریبیوٹ «{ $attribute }» نہیں ہے۔ اسے یہاں سے حذف کریں۔
# The reference text contains a placeable that the translation lacks.
# $reference: the placeable as written, like { $count } or { -mitid }.
# $variant: the variant key where it is missing, like one; the word none when there is no choice.
# Keep the choice on $variant: the first variant must stay [none].
check-missing-reference = { $variant ->
    [none] حوالہ «{ $reference }» استعمال کرتا ہے، لیکن ترجمہ نہیں کرتا۔ اسے شامل کریں۔
   *[other] حوالہ «{ $reference }» استعمال کرتا ہے، لیکن ترجمہ صورت [{ $variant }] میں نہیں کرتا۔ اسے شامل کریں۔
}
# The translation uses a placeable that the reference message does not use, so it will not work.
# $reference: the placeable as written, like { $name }.
check-unknown-reference = حوالہ «{ $reference }» استعمال نہیں کرتا، اس لیے یہ یہاں کام نہیں کرے گا۔ ہجے درست کریں، یا اسے حذف کریں۔
# The message or term referred to does not exist anywhere.
# $reference: the placeable as written, like { -mitd }.
check-undefined-reference = «{ $reference }» نام کا کوئی پیغام یا اصطلاح موجود نہیں ہے۔ ہجے درست کریں۔
# A plural choice lacks forms that this language needs (from CLDR).
# $locale: the language's code, like ar. $categories: the missing forms, like: zero, two, few.
check-plural-missing = اس انتخاب میں وہ شکلیں نہیں ہیں جن کی زبان «{ $locale }» کو ضرورت ہے: { $categories }۔ انہیں شامل کریں۔
# A plural choice has forms that this language never uses (from CLDR).
# $locale: the language's code, like tr. $categories: the unused forms, like: few, many.
check-plural-unused = اس انتخاب میں ایسی شکلیں ہیں جو زبان «{ $locale }» کبھی استعمال نہیں کرتی: { $categories }۔ آپ انہیں حذف کر سکتے ہیں۔
# The text is empty. No variables.
check-empty-value = متن خالی ہے۔ ترجمہ لکھیں۔
# A brand or service name is typed out instead of written through its term.
# $name: the name as typed, like MitID. $term: the term to use instead, like -mitid.
check-brand-name = «{ $name }» خود نہ لکھیں۔ اس کی جگہ اصطلاح «{ $term }» کرلی بریکٹ میں لکھیں۔
# A hidden character that changes the writing direction. $codepoint: which one, like U+202E.
check-bidi-control = متن میں سمت کا ایک چھپا ہوا نشان ({ $codepoint }) ہے۔ اسے حذف کریں۔
# A hidden character without width. $codepoint: which one, like U+200B.
check-invisible-character = متن میں ایک چھپا ہوا حرف ({ $codepoint }) ہے جس کی کوئی چوڑائی نہیں۔ اسے حذف کریں۔
# The text contains the replacement sign U+FFFD. No variables. Keep { "\uFFFD" } as it is: it shows the sign.
check-replacement-character = متن میں نشان { "\uFFFD" } ہے۔ عام طور پر اس کا مطلب ہے کہ کچھ حروف خراب ہو گئے ہیں؛ انہیں دوبارہ لکھیں۔
# Spaces at the start or end, or double spaces, are not as in the reference. No variables.
check-whitespace = شروع یا آخر کی خالی جگہیں، یا دوہری خالی جگہیں، حوالے جیسی نہیں ہیں۔
# The text ends with other punctuation than the reference.
# $expected: the reference's last sign. $found: the translation's last sign.
# Each is already quoted (check-mark), or is check-no-punctuation.
check-end-punctuation = متن کا اختتام: { $found }، حوالے کا اختتام: { $expected }۔ اگر یہ جان بوجھ کر نہیں ہے تو اسے بدلیں۔
# A punctuation mark as the end-punctuation message shows it, in this language's quotes.
# $mark: the mark, like . or ?
check-mark = «{ $mark }»
# Shown in the end-punctuation message when a text ends without punctuation.
check-no-punctuation = کوئی رموزِ اوقاف نہیں
# The translation is exactly the same as the reference text.
# $reference: the reference language's code, like da.
check-unchanged = متن بالکل حوالے ({ $reference }) جیسا ہے۔ کیا اس کا ترجمہ ہو گیا ہے؟
# A button label is longer than allowed.
# $length: how many characters the translation has (a number). $max: the most it may have (a number).
check-too-long = یہ ایک بٹن ہے: اس کا متن زیادہ سے زیادہ { $max ->
        [one] { $max } حرف
       *[other] { $max } حروف
    } کا ہو سکتا ہے، لیکن یہ { $length ->
        [one] { $length } حرف
       *[other] { $length } حروف
    } کا ہے۔
# The reference text changed after this was translated.
# $reference: the reference language's code, like da.
# Keep the command as it is: LOCALE and ID are the words the translator replaces.
check-stale = اس کے ترجمے کے بعد حوالے کا متن ({ $reference }) بدل گیا ہے۔ ترجمہ چیک کریں، پھر اسے «trinvis l10n mark-current LOCALE ID» سے تازہ نشان زد کریں۔
# The file cannot be read as UTF-8 text. $detail: the system's technical message, in English.
check-unreadable-file = فائل کو UTF-8 متن کے طور پر نہیں پڑھا جا سکتا ({ $detail })۔ اسے UTF-8 میں محفوظ کریں۔
# The folder name is not a language code. $tag: the folder name.
check-locale-tag = فولڈر کا نام «{ $tag }» زبان کا کوڈ نہیں ہے۔ «so» یا «pt-BR» جیسا کوڈ استعمال کریں (BCP 47)۔

## The commands' own texts.

# The last line of the check. $errors, $warnings and $locales are numbers.
check-summary = { $locales ->
        [one] { $locales } زبان
       *[other] { $locales } زبانوں
    } میں { $errors ->
        [one] { $errors } غلطی
       *[other] { $errors } غلطیاں
    } اور { $warnings ->
        [one] { $warnings } انتباہ
       *[other] { $warnings } انتباہات
    }۔
# The check found nothing. $locales is a number: how many languages were checked.
check-no-problems = { $locales ->
        [one] { $locales } زبان
       *[other] { $locales } زبانوں
    } میں کوئی مسئلہ نہیں ملا۔
# The folder given to the check does not exist or has no language folders. $root: the folder.
check-no-root = فولڈر «{ $root }» موجود نہیں ہے، یا اس میں زبانوں کے فولڈر نہیں ہیں۔
# There is no folder for the reference language.
# $reference: the reference language's code, like da. $root: the folder that was searched.
check-no-reference = «{ $root }» میں حوالے کی زبان «{ $reference }» کا فولڈر نہیں ہے۔
# Asked for a language folder that does not exist. $locale: the language code asked for.
check-unknown-locale = «{ $locale }» نام کا کوئی زبان کا فولڈر نہیں ہے۔
# mark-current was given an ID the reference does not have.
# $id: the ID given. $reference: the reference language's code, like da.
check-unknown-message = حوالے ({ $reference }) میں «{ $id }» نام کا کوئی پیغام نہیں ہے۔ ہجے چیک کریں۔
# mark-current is done. $count is a number of messages. $locale: the language's code, like so.
check-marked-current = { $count ->
    [one] «{ $locale }» میں { $count } پیغام کو حوالے کے موجودہ متن سے ترجمہ شدہ نشان زد کر دیا گیا ہے۔
   *[other] «{ $locale }» میں { $count } پیغامات کو حوالے کے موجودہ متن سے ترجمہ شدہ نشان زد کر دیا گیا ہے۔
}
# The two comment lines at the top of each reference.lock file. Keep them two lines.
# Write them without the leading #: the program adds it. Keep the command as it is.
check-lock-header =
    ہر ترجمہ حوالے کے متن کے کس ورژن سے بنایا گیا تھا۔
    یہ trinvis l10n mark-current نے لکھا ہے۔ کسی پیغام کو دوبارہ جانچ کے لیے نشان زد کرنے کے لیے اس کی لائن حذف کریں۔
# A reference.lock file could not be saved.
# $path: the file. $detail: the system's technical message, in English.
check-not-saved = «{ $path }» محفوظ نہیں ہو سکا: { $detail }

## The status table (trinvis l10n status, and in the app's translator mode).

# Column headers. Keep them short: one or two words.
status-locale = زبان
status-translated = ترجمہ شدہ
status-missing = غائب
# Translations made from an older reference text.
status-stale = پرانے
status-errors = غلطیاں
status-warnings = انتباہات
# The writing direction of the language.
status-direction = سمت
# Whether a native speaker has reviewed the translation.
status-review = نظرثانی
# The writing directions, in the Direction column.
status-ltr = بائیں سے دائیں
status-rtl = دائیں سے بائیں
# In the Review column for a pseudo-language: the app makes it itself, to test the layout. No translator.
status-pseudo = آزمائشی زبان جو ایپ خود ترتیب جانچنے کے لیے بناتی ہے (کوئی مترجم نہیں)

## Pseudo-languages in the language list of the translator mode.

# Long text with accents on every letter: shows text that is cut off or was never translated.
pseudo-accented-name = آزمائشی: نشان والے حروف
# Mirrored text that runs right to left: shows layout that only works left to right.
pseudo-bidi-name = آزمائشی: دائیں سے بائیں
