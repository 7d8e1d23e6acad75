# The translator toolkit: `trinvis l10n check`, `trinvis l10n status`, `trinvis l10n mark-current`
# and the translator mode in the app. The readers are volunteer translators, not programmers:
# short sentences, everyday words, and say what to do. Keep commands, options, file names and
# Fluent signs (= * [other]) exactly as they are.
# The check's own ID, like [unchanged], is printed after each problem: do not repeat it.
# "The reference" is the language every message is translated from (Danish, code da).

## Problems found by the check. One message per check.

# The entry is not valid Fluent and is skipped.
# $detail: the Fluent parser's own technical message, in English.
check-syntax = هذا المدخل ليس بصيغة Fluent صحيحة، لذلك يتم تخطيه: { $detail }
# A choice (a select expression like { $count -> … }) has no default variant. No variables.
check-missing-default = لا يوجد في هذا الاختيار بديل افتراضي. ضع * قبل أحد البدائل، مثل *[other].
# The same message ID is defined twice.
# $id: the message ID. $first: where it was defined first, as file:line.
check-duplicate-id = المعرّف «{ $id }» موجود من قبل في { $first }. احذف أحدهما، أو أعطه اسمًا آخر.
# A choice has the same variant twice. $key: the variant key, like one or other.
check-duplicate-variant-key = البديل [{ $key }] مكرر في الاختيار نفسه. احذف أحدهما.
# A message has the same attribute twice. $attribute: the attribute's name, like label.
check-duplicate-attribute = الخاصية «{ $attribute }» مكررة في هذه الرسالة. احذف إحداهما.
# The message exists in the reference but is not translated in this language.
# $id: the message ID. $reference: the reference language's code, like da.
check-missing-message = الرسالة «{ $id }» موجودة في المرجع ({ $reference })، لكنها لم تُترجم هنا بعد.
# The message is no longer in the reference, so nobody will ever see it.
# $id: the message ID. $reference: the reference language's code, like da.
check-obsolete-message = الرسالة «{ $id }» لم تعد موجودة في المرجع ({ $reference }). يمكنك حذفها.
# The reference message has a text after =, but the translation has only attributes. No variables.
check-missing-value = في المرجع نص بعد علامة =، لكن في الترجمة خصائص فقط. أضف النص.
# The translation has a text after =, but the reference message has none. No variables.
check-extra-value = في الترجمة نص بعد علامة =، وليس في المرجع نص مثله. احذف النص.
# The reference has this attribute, the translation lacks it.
# $attribute: the attribute's name, like label.
check-missing-attribute = في المرجع الخاصية «{ $attribute }»، لكنها غير موجودة في الترجمة. أضفها.
# The translation has an attribute the reference does not have.
# $attribute: the attribute's name, like label.
check-extra-attribute = الخاصية «{ $attribute }» غير موجودة في المرجع. احذفها من هنا.
# The reference text contains a placeable that the translation lacks.
# $reference: the placeable as written, like { $count } or { -mitid }.
# $variant: the variant key where it is missing, like one; the word none when there is no choice.
# Keep the choice on $variant: the first variant must stay [none].
check-missing-reference = { $variant ->
    [none] المرجع يستخدم «{ $reference }»، لكن الترجمة لا تستخدمه. أضفه.
   *[other] المرجع يستخدم «{ $reference }»، لكن الترجمة لا تستخدمه في البديل [{ $variant }]. أضفه.
}
# The translation uses a placeable that the reference message does not use, so it will not work.
# $reference: the placeable as written, like { $name }.
check-unknown-reference = المرجع لا يستخدم «{ $reference }»، لذلك لن يعمل هنا. صحّح الكتابة، أو احذفه.
# The message or term referred to does not exist anywhere.
# $reference: the placeable as written, like { -mitd }.
check-undefined-reference = لا توجد رسالة ولا مصطلح باسم «{ $reference }». صحّح الكتابة.
# A plural choice lacks forms that this language needs (from CLDR).
# $locale: the language's code, like ar. $categories: the missing forms, like: zero, two, few.
check-plural-missing = تنقص هذا الاختيار صيغ تحتاجها اللغة «{ $locale }»: { $categories }. أضفها.
# A plural choice has forms that this language never uses (from CLDR).
# $locale: the language's code, like tr. $categories: the unused forms, like: few, many.
check-plural-unused = في هذا الاختيار صيغ لا تستخدمها اللغة «{ $locale }» أبدًا: { $categories }. يمكنك حذفها.
# The text is empty. No variables.
check-empty-value = النص فارغ. اكتب ترجمة.
# A brand or service name is typed out instead of written through its term.
# $name: the name as typed, like MitID. $term: the term to use instead, like -mitid.
check-brand-name = لا تكتب «{ $name }» بالحروف. استخدم بدلًا منه المصطلح «{ $term }» بين قوسين معقوصين.
# A hidden character that changes the writing direction. $codepoint: which one, like U+202E.
check-bidi-control = في النص علامة اتجاه مخفية ({ $codepoint }). احذفها.
# A hidden character without width. $codepoint: which one, like U+200B.
check-invisible-character = في النص حرف مخفي ليس له عرض ({ $codepoint }). احذفه.
# The text contains the replacement sign U+FFFD. No variables. Keep { "\uFFFD" } as it is: it shows the sign.
check-replacement-character = في النص العلامة { "\uFFFD" }. وهي تعني عادةً أن بعض الحروف تلفت؛ اكتبها من جديد.
# Spaces at the start or end, or double spaces, are not as in the reference. No variables.
check-whitespace = المسافات في البداية أو النهاية، أو المسافات المزدوجة، ليست كما في المرجع.
# The text ends with other punctuation than the reference.
# $expected: the reference's last sign. $found: the translation's last sign.
# Each is already quoted (check-mark), or is check-no-punctuation.
check-end-punctuation = نهاية النص: { $found }، ونهاية المرجع: { $expected }. غيّرها إن لم يكن ذلك مقصودًا.
# A punctuation mark as the end-punctuation message shows it, in this language's quotes.
# $mark: the mark, like . or ?
check-mark = «{ $mark }»
# Shown in the end-punctuation message when a text ends without punctuation.
check-no-punctuation = بلا علامة ترقيم
# The translation is exactly the same as the reference text.
# $reference: the reference language's code, like da.
check-unchanged = النص مطابق تمامًا لما في المرجع ({ $reference }). هل تُرجم؟
# A button label is longer than allowed.
# $length: how many characters the translation has (a number). $max: the most it may have (a number).
check-too-long = هذا زر: يجب ألا يزيد نصه على { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، لكن فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }.
# The reference text changed after this was translated.
# $reference: the reference language's code, like da.
# Keep the command as it is: LOCALE and ID are the words the translator replaces.
check-stale = تغيّر النص المرجعي ({ $reference }) بعد ترجمة هذا النص. راجع الترجمة، ثم علّمها بأنها محدّثة بالأمر «trinvis l10n mark-current LOCALE ID».
# The file cannot be read as UTF-8 text. $detail: the system's technical message, in English.
check-unreadable-file = لا يمكن قراءة الملف كنص UTF-8 ({ $detail }). احفظه بترميز UTF-8.
# The folder name is not a language code. $tag: the folder name.
check-locale-tag = اسم المجلد «{ $tag }» ليس رمز لغة. استخدم رمزًا مثل «so» أو «pt-BR» (BCP 47).

## The commands' own texts.

# The last line of the check. $errors, $warnings and $locales are numbers.
check-summary = { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } و{ $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    } في { $locales ->
        [zero] { $locales } لغة
        [one] لغة واحدة
        [two] لغتين
        [few] { $locales } لغات
        [many] { $locales } لغةً
       *[other] { $locales } لغة
    }.
# The check found nothing. $locales is a number: how many languages were checked.
check-no-problems = لا توجد مشكلات في { $locales ->
        [zero] { $locales } لغة
        [one] لغة واحدة
        [two] لغتين
        [few] { $locales } لغات
        [many] { $locales } لغةً
       *[other] { $locales } لغة
    }.
# The folder given to the check does not exist or has no language folders. $root: the folder.
check-no-root = المجلد «{ $root }» غير موجود، أو لا توجد فيه مجلدات لغات.
# There is no folder for the reference language.
# $reference: the reference language's code, like da. $root: the folder that was searched.
check-no-reference = لا يوجد في «{ $root }» مجلد للغة المرجع «{ $reference }».
# Asked for a language folder that does not exist. $locale: the language code asked for.
check-unknown-locale = لا يوجد مجلد لغة باسم «{ $locale }».
# mark-current was given an ID the reference does not have.
# $id: the ID given. $reference: the reference language's code, like da.
check-unknown-message = لا توجد في المرجع ({ $reference }) رسالة باسم «{ $id }». تحقّق من الكتابة.
# mark-current is done. $count is a number of messages. $locale: the language's code, like so.
check-marked-current = { $count ->
    [zero] لم تُعلَّم أي رسالة في «{ $locale }».
    [one] عُلِّمت رسالة واحدة في «{ $locale }» على أنها مترجمة من النص المرجعي الحالي.
    [two] عُلِّمت رسالتان في «{ $locale }» على أنهما مترجمتان من النص المرجعي الحالي.
    [few] عُلِّمت { $count } رسائل في «{ $locale }» على أنها مترجمة من النص المرجعي الحالي.
    [many] عُلِّمت { $count } رسالةً في «{ $locale }» على أنها مترجمة من النص المرجعي الحالي.
   *[other] عُلِّمت { $count } رسالة في «{ $locale }» على أنها مترجمة من النص المرجعي الحالي.
}
# The two comment lines at the top of each reference.lock file. Keep them two lines.
# Write them without the leading #: the program adds it. Keep the command as it is.
check-lock-header =
    من أي نسخة من النص المرجعي صُنعت كل ترجمة.
    كتبه الأمر trinvis l10n mark-current. احذف سطرًا لتعليم رسالته للمراجعة.
# A reference.lock file could not be saved.
# $path: the file. $detail: the system's technical message, in English.
check-not-saved = تعذّر حفظ «{ $path }»: { $detail }

## The status table (trinvis l10n status, and in the app's translator mode).

# Column headers. Keep them short: one or two words.
status-locale = اللغة
status-translated = مترجمة
status-missing = ناقصة
# Translations made from an older reference text.
status-stale = قديمة
status-errors = أخطاء
status-warnings = تحذيرات
# The writing direction of the language.
status-direction = الاتجاه
# Whether a native speaker has reviewed the translation.
status-review = المراجعة
# The writing directions, in the Direction column.
status-ltr = من اليسار إلى اليمين
status-rtl = من اليمين إلى اليسار
# In the Review column for a pseudo-language: the app makes it itself, to test the layout. No translator.
status-pseudo = لغة تجريبية يصنعها التطبيق بنفسه لاختبار التخطيط (بلا مترجم)

## Pseudo-languages in the language list of the translator mode.

# Long text with accents on every letter: shows text that is cut off or was never translated.
pseudo-accented-name = تجريبية: حروف بعلامات
# Mirrored text that runs right to left: shows layout that only works left to right.
pseudo-bidi-name = تجريبية: من اليمين إلى اليسار
