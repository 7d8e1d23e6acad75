cli-usage =
    استعمال کا طریقہ:
      trinvis                                    ونڈو کھولیں
      trinvis --translate FOLDER                 ونڈو مترجم موڈ میں کھولیں
      trinvis guides list [--lang زبان] [--format text|json]
      trinvis guides show ID [--lang زبان] [--also زبان] [--format text|json|html]
      trinvis practice list [--lang زبان] [--format text|json]
      trinvis l10n check [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n status [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n mark-current [--root ROOT] LOCALE ID... | --all
    «زبان» کی جگہ زبان کا کوڈ لکھیں: da، en، ar، so، tr یا ur۔
cli-bad-usage = یہ بات سمجھ نہیں آئی: «{ $arg }»۔ آپ کیا لکھ سکتے ہیں، یہ دیکھنے کے لیے «trinvis --help» لکھیں۔
cli-unknown-locale = زبان «{ $tag }» موجود نہیں ہے۔ ان میں سے ایک منتخب کریں: { $available }
cli-unknown-guide = گائیڈ «{ $guide }» موجود نہیں ہے۔ تمام گائیڈز دیکھنے کے لیے «trinvis guides list» لکھیں۔
