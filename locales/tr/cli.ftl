cli-usage =
    Kullanım:
      trinvis                                    pencereyi açar
      trinvis --translate FOLDER                 pencereyi çevirmen modunda açar
      trinvis guides list [--lang DİL] [--format text|json]
      trinvis guides show ID [--lang DİL] [--also DİL] [--format text|json|html]
      trinvis practice list [--lang DİL] [--format text|json]
      trinvis l10n check [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n status [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n mark-current [--root ROOT] LOCALE ID... | --all
    DİL bir dil kodudur: da, en, ar, so, tr veya ur.
cli-bad-usage = Bunu anlayamadım: “{ $arg }”. Neler yazabileceğinizi görmek için “trinvis --help” yazın.
cli-unknown-locale = “{ $tag }” dili yok. Şunlardan birini seçin: { $available }
cli-unknown-guide = “{ $guide }” adlı rehber bulunamadı. Tüm rehberleri görmek için “trinvis guides list” yazın.
