# The translator toolkit: `trinvis l10n check`, `trinvis l10n status`, `trinvis l10n mark-current`
# and the translator mode in the app. The readers are volunteer translators, not programmers:
# short sentences, everyday words, and say what to do. Keep commands, options, file names and
# Fluent signs (= * [other]) exactly as they are.
# The check's own ID, like [unchanged], is printed after each problem: do not repeat it.
# "The reference" is the language every message is translated from (Danish, code da).

## Problems found by the check. One message per check.

# The entry is not valid Fluent and is skipped.
# $detail: the Fluent parser's own technical message, in English.
check-syntax = Bu girdi geçerli bir Fluent metni değil, bu yüzden atlanıyor: { $detail }
# A choice (a select expression like { $count -> … }) has no default variant. No variables.
check-missing-default = Bu seçimin varsayılan varyantı yok. Varyantlardan birinin önüne * koyun, örneğin *[other].
# The same message ID is defined twice.
# $id: the message ID. $first: where it was defined first, as file:line.
check-duplicate-id = “{ $id }” kimliği zaten { $first } konumunda var. Birini silin ya da ona başka bir ad verin.
# A choice has the same variant twice. $key: the variant key, like one or other.
check-duplicate-variant-key = [{ $key }] varyantı aynı seçimde iki kez geçiyor. Birini silin.
# A message has the same attribute twice. $attribute: the attribute's name, like label.
check-duplicate-attribute = “{ $attribute }” özniteliği iletide iki kez geçiyor. Birini silin.
# The message exists in the reference but is not translated in this language.
# $id: the message ID. $reference: the reference language's code, like da.
check-missing-message = “{ $id }” iletisi referansta ({ $reference }) var, ama burada henüz çevrilmemiş.
# The message is no longer in the reference, so nobody will ever see it.
# $id: the message ID. $reference: the reference language's code, like da.
check-obsolete-message = “{ $id }” iletisi artık referansta ({ $reference }) yok. Silebilirsiniz.
# The reference message has a text after =, but the translation has only attributes. No variables.
check-missing-value = Referansta = işaretinden sonra bir metin var, ama çeviride yalnızca öznitelikler var. Metni ekleyin.
# The translation has a text after =, but the reference message has none. No variables.
check-extra-value = Çeviride = işaretinden sonra bir metin var, ama referansta yok. Metni silin.
# The reference has this attribute, the translation lacks it.
# $attribute: the attribute's name, like label.
check-missing-attribute = Referansta “{ $attribute }” özniteliği var, ama çeviride yok. Ekleyin.
# The translation has an attribute the reference does not have.
# $attribute: the attribute's name, like label.
check-extra-attribute = Referansta “{ $attribute }” özniteliği yok. Buradan silin.
# The reference text contains a placeable that the translation lacks.
# $reference: the placeable as written, like { $count } or { -mitid }.
# $variant: the variant key where it is missing, like one; the word none when there is no choice.
# Keep the choice on $variant: the first variant must stay [none].
check-missing-reference = { $variant ->
    [none] Referans “{ $reference }” kullanıyor, ama çeviri kullanmıyor. Ekleyin.
   *[other] Referans “{ $reference }” kullanıyor, ama çeviri [{ $variant }] varyantında kullanmıyor. Ekleyin.
}
# The translation uses a placeable that the reference message does not use, so it will not work.
# $reference: the placeable as written, like { $name }.
check-unknown-reference = Referans “{ $reference }” kullanmıyor, bu yüzden burada çalışmaz. Yazımını düzeltin ya da silin.
# The message or term referred to does not exist anywhere.
# $reference: the placeable as written, like { -mitd }.
check-undefined-reference = “{ $reference }” adında bir ileti ya da terim yok. Yazımını düzeltin.
# A plural choice lacks forms that this language needs (from CLDR).
# $locale: the language's code, like ar. $categories: the missing forms, like: zero, two, few.
check-plural-missing = Seçimde “{ $locale }” dilinin gerektirdiği biçimler eksik: { $categories }. Ekleyin.
# A plural choice has forms that this language never uses (from CLDR).
# $locale: the language's code, like tr. $categories: the unused forms, like: few, many.
check-plural-unused = Seçimde “{ $locale }” dilinin hiç kullanmadığı biçimler var: { $categories }. Silebilirsiniz.
# The text is empty. No variables.
check-empty-value = Metin boş. Bir çeviri yazın.
# A brand or service name is typed out instead of written through its term.
# $name: the name as typed, like MitID. $term: the term to use instead, like -mitid.
check-brand-name = “{ $name }” adını elle yazmayın. Bunun yerine süslü parantez içinde “{ $term }” terimini kullanın.
# A hidden character that changes the writing direction. $codepoint: which one, like U+202E.
check-bidi-control = Metinde gizli bir yön işareti ({ $codepoint }) var. Silin.
# A hidden character without width. $codepoint: which one, like U+200B.
check-invisible-character = Metinde gizli, genişliği olmayan bir karakter ({ $codepoint }) var. Silin.
# The text contains the replacement sign U+FFFD. No variables. Keep { "\uFFFD" } as it is: it shows the sign.
check-replacement-character = Metinde { "\uFFFD" } işareti var. Bu genellikle bazı harflerin bozulduğu anlamına gelir; onları yeniden yazın.
# Spaces at the start or end, or double spaces, are not as in the reference. No variables.
check-whitespace = Baştaki ya da sondaki boşluklar veya çift boşluklar referanstakiyle aynı değil.
# The text ends with other punctuation than the reference.
# $expected: the reference's last sign. $found: the translation's last sign.
# Each is already quoted (check-mark), or is check-no-punctuation.
check-end-punctuation = Metnin sonu: { $found }; referansın sonu: { $expected }. Bilerek yapmadıysanız değiştirin.
# A punctuation mark as the end-punctuation message shows it, in this language's quotes.
# $mark: the mark, like . or ?
check-mark = “{ $mark }”
# Shown in the end-punctuation message when a text ends without punctuation.
check-no-punctuation = noktalama işareti yok
# The translation is exactly the same as the reference text.
# $reference: the reference language's code, like da.
check-unchanged = Metin referanstakiyle ({ $reference }) tamamen aynı. Çevrildi mi?
# A button label is longer than allowed.
# $length: how many characters the translation has (a number). $max: the most it may have (a number).
check-too-long = Bu bir düğme: metni en fazla { $max } karakter olmalı, ama şu an { $length } karakter.
# The reference text changed after this was translated.
# $reference: the reference language's code, like da.
# Keep the command as it is: LOCALE and ID are the words the translator replaces.
check-stale = Bu metin çevrildikten sonra referans metin ({ $reference }) değişti. Çeviriyi kontrol edin, sonra “trinvis l10n mark-current LOCALE ID” ile güncel olarak işaretleyin.
# The file cannot be read as UTF-8 text. $detail: the system's technical message, in English.
check-unreadable-file = Dosya UTF-8 metin olarak okunamıyor ({ $detail }). UTF-8 olarak kaydedin.
# The folder name is not a language code. $tag: the folder name.
check-locale-tag = “{ $tag }” klasör adı bir dil kodu değil. “so” ya da “pt-BR” gibi bir kod kullanın (BCP 47).

## The commands' own texts.

# The last line of the check. $errors, $warnings and $locales are numbers.
check-summary = { $locales } dilde { $errors } hata ve { $warnings } uyarı.
# The check found nothing. $locales is a number: how many languages were checked.
check-no-problems = { $locales } dilde sorun bulunmadı.
# The folder given to the check does not exist or has no language folders. $root: the folder.
check-no-root = “{ $root }” klasörü yok ya da içinde dil klasörü yok.
# There is no folder for the reference language.
# $reference: the reference language's code, like da. $root: the folder that was searched.
check-no-reference = “{ $root }” içinde referans dil “{ $reference }” için klasör yok.
# Asked for a language folder that does not exist. $locale: the language code asked for.
check-unknown-locale = “{ $locale }” adında bir dil klasörü yok.
# mark-current was given an ID the reference does not have.
# $id: the ID given. $reference: the reference language's code, like da.
check-unknown-message = Referansta ({ $reference }) “{ $id }” adında bir ileti yok. Yazımını kontrol edin.
# mark-current is done. $count is a number of messages. $locale: the language's code, like so.
check-marked-current = “{ $locale }” içindeki { $count } ileti, güncel referans metinden çevrilmiş olarak işaretlendi.
# The two comment lines at the top of each reference.lock file. Keep them two lines.
# Write them without the leading #: the program adds it. Keep the command as it is.
check-lock-header =
    Her çevirinin referans metnin hangi sürümünden yapıldığı.
    trinvis l10n mark-current tarafından yazıldı. Bir iletiyi yeniden incelemeye almak için satırını silin.
# A reference.lock file could not be saved.
# $path: the file. $detail: the system's technical message, in English.
check-not-saved = “{ $path }” kaydedilemedi: { $detail }

## The status table (trinvis l10n status, and in the app's translator mode).

# Column headers. Keep them short: one or two words.
status-locale = Dil
status-translated = Çevrilen
status-missing = Eksik
# Translations made from an older reference text.
status-stale = Eskimiş
status-errors = Hatalar
status-warnings = Uyarılar
# The writing direction of the language.
status-direction = Yön
# Whether a native speaker has reviewed the translation.
status-review = İnceleme
# The writing directions, in the Direction column.
status-ltr = soldan sağa
status-rtl = sağdan sola
# In the Review column for a pseudo-language: the app makes it itself, to test the layout. No translator.
status-pseudo = uygulamanın düzeni sınamak için kendi ürettiği test dili (çevirmen yok)

## Pseudo-languages in the language list of the translator mode.

# Long text with accents on every letter: shows text that is cut off or was never translated.
pseudo-accented-name = Test dili: aksanlı
# Mirrored text that runs right to left: shows layout that only works left to right.
pseudo-bidi-name = Test dili: sağdan sola
