# Practice: give a helper access to your Digital Post (content brief 2, 1.8).
# The learner is the helper: they ask for access in their own Digital Post, then see their
# mother's side, where she approves. Guidance is what the learner reads beside the Danish screen;
# feedback explains a wrong action without blame. The people and letters are made up.
# $practice-mother-name, $practice-cpr and $practice-end-date are practice values (a made-up
# name, a CPR number nobody has, a date): keep them exactly as they are.

practice-digital-post-give-access-title = Giv en hjælper adgang til { -digital-post }

## The helper's inbox

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
practice-digital-post-give-access-inbox-guidance = Din mor vil gerne have hjælp til at læse og svare på sine breve fra det offentlige. Du beder om adgang fra din egen { -digital-post }. Du er logget på med dit eget { -mitid }. Tryk på »Menu«.
practice-digital-post-give-access-inbox-hint = Find knappen »Menu«, og tryk på den.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-give-access-inbox-new-message-feedback = Med »Skriv ny besked« skriver du til en myndighed. Adgang til din mors post finder du under »Menu«.
practice-digital-post-give-access-inbox-letter-feedback = Det er et brev til dig selv. Nu skal du bede om adgang til din mors post. Tryk på »Menu«.

## The menu

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
practice-digital-post-give-access-menu-guidance = Menuen er åben. Adgang til en andens post finder du under »Læse- og skriveadgang«.
practice-digital-post-give-access-menu-hint = Tryk på »Læse- og skriveadgang«.
practice-digital-post-give-access-menu-settings-feedback = »Indstillinger« er til din egen postkasse. Adgang til din mors post finder du under »Læse- og skriveadgang«.

## The access page

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
practice-digital-post-give-access-access-guidance = Der er to slags adgang. Med »Læseadgang« kan du læse posten. Med »Læse- og skriveadgang« kan du også skrive og svare. Tryk på »Anmod om adgang«.
practice-digital-post-give-access-access-hint = Tryk på knappen »Anmod om adgang«.

## Choosing the kind of access

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
practice-digital-post-give-access-kind-guidance = Vælg, hvilken adgang du beder om. Din mor vil have hjælp til både at læse og at svare på breve. Hvilken adgang passer til det?
practice-digital-post-give-access-kind-hint = Din mor vil også have hjælp til at svare. Vælg »Læse- og skriveadgang«.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# "the activity log" is rendered as "an overview of what has happened in the mailbox".
practice-digital-post-give-access-kind-read-feedback = Med »Læseadgang« kan du læse og videresende breve, flytte dem til mapper, markere dem som læst eller ulæst og se en oversigt over, hvad der er sket. Men du kan ikke skrive eller svare, ikke slette breve helt og ikke give andre adgang. Din mor vil også have hjælp til at svare. Vælg »Læse- og skriveadgang«.

## The request form

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# The CPR number is a practice number that no person has. Never suggest typing a real one.
practice-digital-post-give-access-form-guidance = Skriv din mors navn, hendes CPR-nummer og en slutdato for adgangen. Her øver du, så skriv aldrig et rigtigt CPR-nummer. I øvelsen hedder din mor { $practice-mother-name }. Brug øve-CPR-nummeret { $practice-cpr } og slutdatoen { $practice-end-date }. Tryk så på »Send«.
practice-digital-post-give-access-form-hint = Skriv { $practice-mother-name } i »Navn«, { $practice-cpr } i »CPR-nummer« og { $practice-end-date } i »Slutdato«. Tryk så på »Send«.
practice-digital-post-give-access-form-send-check-feedback = CPR-nummeret passede ikke. Det sker let: et ciffer for meget eller for lidt. Tryk på »Prøv igen«, og skriv øve-CPR-nummeret { $practice-cpr }.

## The error screen

# Source: brief 1.4 and section 7 (error screens offer »Prøv igen«)
practice-digital-post-give-access-error-guidance = Det er en fejlskærm. Den kommer, når noget ikke passede. Der sker ikke noget slemt: tryk på »Prøv igen«.
practice-digital-post-give-access-error-hint = Tryk på knappen »Prøv igen«.

## Sent: now the mother must approve

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
practice-digital-post-give-access-sent-guidance = Din anmodning er sendt. Nu skal din mor godkende den i sin egen { -digital-post }. Luk siden. Så ser du, hvad din mor ser.
practice-digital-post-give-access-sent-hint = Tryk på »Luk«.

## The mother's inbox

# Source: https://mitid.dk/en-gb/help/help-universe/power-of-attorney-and-guardianship/?language=en-gb
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
practice-digital-post-give-access-mother-inbox-guidance = Nu ser du din mors side. Hun er logget på sin egen { -digital-post } med sit eget { -mitid }. Ingen andre må bruge hendes { -mitid }, heller ikke dig. Hun åbner brevet med anmodningen.
# The letter's subject is quoted in Danish, as it stands on the screen.
practice-digital-post-give-access-mother-inbox-hint = Tryk på brevet »Anmodning om læse- og skriveadgang«.
practice-digital-post-give-access-mother-inbox-other-feedback = Det brev handler om noget andet. Find brevet med anmodningen om adgang.

## The request

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# The letter names the helper with a made-up name, »Sara Øvelsen«, which stands for the learner.
practice-digital-post-give-access-request-guidance = Brevet viser, hvem der beder om adgang, og hvilken slags. Her står et opdigtet navn i stedet for dit. Din mor kender dig og vil gerne have hjælp. Så godkender hun. Godkend kun, hvis du kender personen.
practice-digital-post-give-access-request-hint = Tryk på »Godkend«.
practice-digital-post-give-access-request-reject-feedback = »Afvis« bruger man, når man ikke kender personen eller ikke vil give adgang. Din mor vil gerne have din hjælp. Tryk på »Godkend«.

## Done

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
practice-digital-post-give-access-done-guidance = Godt gået! Nu kan du læse, skrive og svare på din mors breve fra det offentlige. Myndigheden kan se, at det var dig, der hjalp. Adgangen gælder ikke breve fra private firmaer. Din mor har stadig selv pligt til at læse sin post.
