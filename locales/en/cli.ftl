cli-usage =
    Usage:
      trinvis                                    open the window
      trinvis --translate FOLDER                 open the window in translator mode
      trinvis guides list [--lang LANGUAGE] [--format text|json]
      trinvis guides show ID [--lang LANGUAGE] [--also LANGUAGE] [--format text|json|html]
      trinvis practice list [--lang LANGUAGE] [--format text|json]
      trinvis l10n check [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n status [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n mark-current [--root ROOT] LOCALE ID... | --all
    LANGUAGE is a language code: da, en, ar, so, tr or ur.
cli-bad-usage = I do not understand this: “{ $arg }”. Type “trinvis --help” to see what you can type.
cli-unknown-locale = The language “{ $tag }” does not exist. Choose one of these: { $available }
cli-unknown-guide = The guide “{ $guide }” does not exist. See all guides with “trinvis guides list”.
