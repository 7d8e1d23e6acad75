cli-usage =
    طريقة الاستخدام:
      trinvis                                    افتح النافذة
      trinvis --translate FOLDER                 افتح النافذة في وضع المترجم
      trinvis guides list [--lang اللغة] [--format text|json]
      trinvis guides show ID [--lang اللغة] [--also اللغة] [--format text|json|html]
      trinvis practice list [--lang اللغة] [--format text|json]
      trinvis l10n check [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n status [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n mark-current [--root ROOT] LOCALE ID... | --all
    بدلًا من «اللغة» اكتب رمز لغة: da أو en أو ar أو so أو tr أو ur.
cli-bad-usage = لم أفهم هذا: «{ $arg }». اكتب «trinvis --help» لترى ما يمكنك كتابته.
cli-unknown-locale = اللغة «{ $tag }» غير موجودة. اختر واحدة من هذه: { $available }
cli-unknown-guide = الدليل «{ $guide }» غير موجود. لترى كل الأدلة اكتب «trinvis guides list».
