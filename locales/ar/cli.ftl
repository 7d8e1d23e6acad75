cli-usage =
    طريقة الاستخدام:
      trinvis                                    افتح النافذة
      trinvis guides list [--lang اللغة] [--format text|json]
      trinvis guides show ID [--lang اللغة] [--format text|json|html]
    بدلًا من «اللغة» اكتب رمز لغة: da أو en أو ar أو so أو tr أو ur.
cli-bad-usage = لم أفهم هذا: «{ $arg }». اكتب «trinvis --help» لترى ما يمكنك كتابته.
cli-unknown-locale = اللغة «{ $tag }» غير موجودة. اختر واحدة من هذه: { $available }
cli-unknown-guide = الدليل «{ $guide }» غير موجود. لترى كل الأدلة اكتب «trinvis guides list».
