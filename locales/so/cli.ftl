cli-usage =
    Isticmaalka:
      trinvis                                    fur daaqadda
      trinvis guides list [--lang LUQAD] [--format text|json]
      trinvis guides show ID [--lang LUQAD] [--format text|json|html]
    LUQAD waa koodh luqadeed: da, en, ar, so, tr ama ur.
cli-bad-usage = Tan ma fahmin: “{ $arg }”. Qor “trinvis --help” si aad u aragto waxa aad qori karto.
cli-unknown-locale = Luqadda “{ $tag }” ma jirto. Dooro mid ka mid ah kuwan: { $available }
cli-unknown-guide = Hagaha “{ $guide }” ma jiro. Hagayaasha oo dhan ku arag “trinvis guides list”.
