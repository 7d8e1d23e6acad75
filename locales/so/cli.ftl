cli-usage =
    Isticmaalka:
      trinvis                                    fur daaqadda
      trinvis --translate FOLDER                 daaqadda ku fur habka turjumaanka
      trinvis guides list [--lang LUQAD] [--format text|json]
      trinvis guides show ID [--lang LUQAD] [--also LUQAD] [--format text|json|html]
      trinvis practice list [--lang LUQAD] [--format text|json]
      trinvis l10n check [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n status [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n mark-current [--root ROOT] LOCALE ID... | --all
    LUQAD waa koodh luqadeed: da, en, ar, so, tr ama ur.
cli-bad-usage = Tan ma fahmin: “{ $arg }”. Qor “trinvis --help” si aad u aragto waxa aad qori karto.
cli-unknown-locale = Luqadda “{ $tag }” ma jirto. Dooro mid ka mid ah kuwan: { $available }
cli-unknown-guide = Hagaha “{ $guide }” ma jiro. Hagayaasha oo dhan ku arag “trinvis guides list”.
