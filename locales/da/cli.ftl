# The command line (trinvis guides …). Keep the commands and options themselves untranslated.

cli-usage =
    Brug:
      trinvis                                    åbn vinduet
      trinvis --translate FOLDER                 åbn vinduet i oversættertilstand
      trinvis guides list [--lang SPROG] [--format text|json]
      trinvis guides show ID [--lang SPROG] [--also SPROG] [--format text|json|html]
      trinvis practice list [--lang SPROG] [--format text|json]
      trinvis l10n check [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n status [ROOT] [--reference TAG] [--locale TAG]... [--json]
      trinvis l10n mark-current [--root ROOT] LOCALE ID... | --all
    SPROG er en sprogkode: da, en, ar, so, tr eller ur.
# $arg is what the user typed that was not understood.
cli-bad-usage = Det forstår jeg ikke: »{ $arg }«. Skriv »trinvis --help« for at se, hvad du kan skrive.
# $tag is the language code asked for; $available lists the codes that exist.
cli-unknown-locale = Sproget »{ $tag }« findes ikke. Vælg et af disse: { $available }
# $guide is the guide ID asked for.
cli-unknown-guide = Vejledningen »{ $guide }« findes ikke. Se alle vejledninger med »trinvis guides list«.
