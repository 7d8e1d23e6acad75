# Practice: sort letters into folders, find an old letter, delete a letter, and see what
# »Læseadgang« allows in someone else's mailbox (content brief 2).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The letters are made up: Øvelse Kommune is a made-up municipality, and the
# letters from Udbetaling Danmark and Skattestyrelsen are practice letters, not real ones.
# »Bolig«, »Skat« and »Kommunen« are made-up folder names as the screen shows them.
# Words in »…« are the Danish words on the screen. Translators: keep them in Danish, exactly as
# written.
# { $practice-mother-name } is the made-up name of the learner's mother in the last part.

practice-digital-post-folders-title = Mapper, sletning og læseadgang

## The inbox

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-folders-inbox-guidance =
    Du er i din »Indbakke«. Her ligger et brev fra Udbetaling Danmark om din boligstøtte.
    Du vil gemme det i en mappe. Så er det let at finde igen.
    Åbn brevet.
practice-digital-post-folders-inbox-hint = Tryk på titlen »Din boligstøtte«.
practice-digital-post-folders-inbox-open-reminder-feedback = Det brev kommer du til om lidt. Åbn først brevet »Din boligstøtte«.
practice-digital-post-folders-inbox-open-tax-feedback = Det brev kan blive liggende. Åbn brevet »Din boligstøtte«.
practice-digital-post-folders-inbox-folders-feedback = I »Mapper« ser du dine mapper. Først skal brevet lægges i en mappe: åbn brevet »Din boligstøtte«.

## The letter to move

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-folders-letter-housing-guidance =
    Brevet er åbent.
    Tryk på »Flyt« for at lægge det i en mappe.
practice-digital-post-folders-letter-housing-hint = Tryk på »Flyt«.
practice-digital-post-folders-letter-housing-delete-feedback = Du vil gemme brevet, ikke slette det. Tryk på »Flyt«.
practice-digital-post-folders-letter-housing-forward-feedback = »Videresend« sender brevet videre til en anden. Du vil gemme det i en mappe: tryk på »Flyt«.

## Choosing the folder

practice-digital-post-folders-choose-folder-guidance =
    Vælg en mappe til brevet.
    Brevet handler om din bolig. Vælg mappen »Bolig«.
    Så ligger dine breve om bolig samme sted.
practice-digital-post-folders-choose-folder-hint = Tryk på »Bolig«.
practice-digital-post-folders-choose-folder-tax-feedback = Brevet handler om boligstøtte, ikke skat. Vælg mappen »Bolig«.
practice-digital-post-folders-choose-folder-municipality-feedback = Brevet er fra Udbetaling Danmark, ikke fra kommunen. Vælg mappen »Bolig«.
practice-digital-post-folders-choose-folder-cancel-feedback = Så bliver brevet ikke flyttet. Vælg mappen »Bolig«.

## The letter is moved

practice-digital-post-folders-inbox-moved-guidance =
    Brevet ligger nu i mappen »Bolig«. Det er ikke længere i »Indbakke«.
    Nu rydder du op.
    Brevet »Påmindelse om møde« handler om et møde, som er overstået. Åbn det.
practice-digital-post-folders-inbox-moved-hint = Tryk på titlen »Påmindelse om møde«.
practice-digital-post-folders-inbox-moved-open-tax-feedback = Det brev skal du gemme. Åbn »Påmindelse om møde«.
practice-digital-post-folders-inbox-moved-folders-feedback = »Mapper« skal du bruge om lidt. Først rydder du op: åbn »Påmindelse om møde«.

## The letter to delete

# Source: brief section 7 (»Slet« = delete, in Digital Post)
practice-digital-post-folders-letter-reminder-guidance =
    Mødet er overstået. Du har ikke brug for brevet mere.
    Tryk på »Slet«.
    Slet kun breve, som du er sikker på, at du ikke skal bruge igen.
practice-digital-post-folders-letter-reminder-hint = Tryk på »Slet«.
practice-digital-post-folders-letter-reminder-move-feedback = Du kan godt gemme brevet i en mappe. Men mødet er overstået, og du skal ikke bruge brevet mere. Tryk på »Slet«.
practice-digital-post-folders-letter-reminder-forward-feedback = Brevet skal ikke sendes videre. Mødet er overstået. Tryk på »Slet«.

## The letter is deleted

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-folders-inbox-deleted-guidance =
    Brevet er slettet.
    Nu vil du finde et gammelt brev fra Skattestyrelsen om din forskudsopgørelse.
    Det ligger i en mappe. Tryk på »Mapper«.
practice-digital-post-folders-inbox-deleted-hint = Tryk på »Mapper« i menuen.
practice-digital-post-folders-inbox-deleted-open-tax-feedback = Det er et nyt brev om din årsopgørelse. Det gamle brev om din forskudsopgørelse ligger i en mappe. Tryk på »Mapper«.
practice-digital-post-folders-inbox-deleted-new-message-feedback = Du skal ikke skrive noget nu. Tryk på »Mapper« for at finde det gamle brev.

## The folders

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-folders-folder-list-guidance =
    Her er dine mapper.
    Brevet fra Skattestyrelsen ligger i mappen »Skat«.
    Åbn mappen.
practice-digital-post-folders-folder-list-hint = Tryk på »Skat«.
practice-digital-post-folders-folder-list-housing-feedback = I »Bolig« ligger brevet om boligstøtte, som du lige har flyttet. Åbn mappen »Skat«.
practice-digital-post-folders-folder-list-municipality-feedback = I »Kommunen« ligger breve fra kommunen. Brevet fra Skattestyrelsen ligger i »Skat«.

## Inside the folder »Skat«

practice-digital-post-folders-folder-tax-guidance =
    Du er i mappen »Skat«. Her ligger to gamle breve fra Skattestyrelsen.
    Du leder efter brevet om din forskudsopgørelse.
    Læs titlerne, og åbn det rigtige brev.
practice-digital-post-folders-folder-tax-hint = Tryk på titlen »Din forskudsopgørelse er klar«.
practice-digital-post-folders-folder-tax-open-old-annual-feedback = Det brev handler om en gammel årsopgørelse. Du leder efter forskudsopgørelsen. Tryk på »Din forskudsopgørelse er klar«.
practice-digital-post-folders-folder-tax-folders-feedback = Du er allerede i den rigtige mappe. Åbn brevet »Din forskudsopgørelse er klar«.

## The old letter, found

practice-digital-post-folders-old-letter-guidance =
    Her er det gamle brev. Du fandt det i mappen »Skat«.
    Nu er du færdig med din egen post.
    Tryk på »Indbakke«. Bagefter øver du noget nyt: at hjælpe en anden med post.
practice-digital-post-folders-old-letter-hint = Tryk på »Indbakke« i menuen.
practice-digital-post-folders-old-letter-delete-feedback = Gem brevet. Du kan få brug for det igen. Tryk på »Indbakke«.
practice-digital-post-folders-old-letter-move-feedback = Brevet ligger allerede i den rigtige mappe. Tryk på »Indbakke«.

## Your mother's letter, with only »Læseadgang«

# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# "læseadgang" = read access. Keep the list of what it allows and does not allow as it is.
practice-digital-post-folders-mother-letter-guidance =
    Nu øver du noget nyt. Du hjælper din mor, { $practice-mother-name }, med hendes { -digital-post }.
    Hun har givet dig »Læseadgang«. Du ser et brev i hendes post.
    Med »Læseadgang« må du læse hendes breve, sende dem videre og flytte dem til mapper.
    Du må ikke slette breve for altid, skrive nye beskeder eller svare. Derfor virker de knapper ikke her.
    Din mor vil gerne have brevet sendt videre. Tryk på »Videresend«.
practice-digital-post-folders-mother-letter-hint = Tryk på »Videresend«. Det må du med »Læseadgang«.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
practice-digital-post-folders-mother-letter-delete-feedback = »Slet« virker ikke her. Med »Læseadgang« må du ikke slette breve for altid. Brevet bliver liggende. Tryk på »Videresend«.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
practice-digital-post-folders-mother-letter-reply-feedback = »Besvar« virker ikke her. Med »Læseadgang« må du ikke svare på breve. Det kræver »Læse- og skriveadgang«. Tryk på »Videresend«.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
practice-digital-post-folders-mother-letter-new-message-feedback = »Skriv ny besked« virker ikke her. Med »Læseadgang« må du ikke skrive nye beskeder. Det kræver »Læse- og skriveadgang«, og { -borgerservice } kan hjælpe med at give den. Tryk nu på »Videresend«.
# Source: https://www.vejle.dk/da/service-og-selvbetjening/borger/borgerservice/mit-id-digital-post-og-digital-fuldmagt/digital-post/laese-og-skriveadgang-til-digital-post
practice-digital-post-folders-mother-letter-move-feedback = Det må du godt med »Læseadgang«. Men her vil din mor have brevet sendt videre. Tryk på »Videresend«.

## Done

# Source: https://borger.dk/samfund-og-rettigheder/fuldmagter/guide--faa-fuldmagt-til-at-hjaelpe-en-anden
# The last sentence states the owner's duty plainly; keep it, without adding legal detail.
practice-digital-post-folders-forwarded-guidance =
    Godt gået! Du sendte brevet videre. Det må du med »Læseadgang«.
    Du har også flyttet et brev til en mappe, slettet et brev og fundet et gammelt brev.
    Husk: din mor har stadig selv pligt til at læse sin post.
    Har I spørgsmål om adgang, så spørg { -borgerservice }.
