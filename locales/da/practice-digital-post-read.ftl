# Practice: read a letter in Digital Post and open the file attached to it (content brief 2).
# Guidance is what the learner reads beside the Danish screen; feedback explains a wrong action
# without blame. The letters are made up: Øvelse Kommune is a made-up municipality, and the
# letters from Skattestyrelsen and Udbetaling Danmark are practice letters, not real ones.
# Words in »…« are the Danish words on the screen. Translators: keep them in Danish, exactly as
# written. »Din forskudsopgørelse er klar« and »Forskudsopgørelse.pdf« are the made-up letter's
# title and file name as the screen shows them.
# How attachments are shown and opened is not confirmed: keep "the file's name" and "the file is
# open" general, without saying where on the page the file is or how it looks.

practice-digital-post-read-title = Læs et brev og åbn den vedhæftede fil

## The inbox

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# "fil" = a file, such as a document, that comes with the letter.
practice-digital-post-read-inbox-guidance =
    Du er i din { -digital-post } på { -borger-dk }. Forsiden er din »Indbakke«.
    Her ligger dine breve. To af dem er nye. Dem har du ikke læst endnu.
    Det nye brev fra Skattestyrelsen har en fil med.
    Tryk på brevets titel for at åbne det.
practice-digital-post-read-inbox-hint = Tryk på titlen »Din forskudsopgørelse er klar«.
practice-digital-post-read-inbox-open-meeting-feedback = Det brev er også nyt, og du kan læse det bagefter. Her øver du at åbne en fil. Åbn brevet fra Skattestyrelsen.
practice-digital-post-read-inbox-open-housing-feedback = Det brev har du allerede læst. Åbn det nye brev fra Skattestyrelsen. Det har en fil med.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-read-inbox-new-message-feedback = Med »Skriv ny besked« skriver du selv til en myndighed. Nu skal du læse et brev. Tryk på titlen på brevet fra Skattestyrelsen.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-read-inbox-folders-feedback = I »Mapper« kan du gemme breve, du har sorteret. Det nye brev ligger her i »Indbakke«. Tryk på titlen på brevet fra Skattestyrelsen.

## The letter

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-read-letter-guidance =
    Brevet er åbent. Du ser emnet, hvem det er fra, og en kort tekst.
    Læs teksten.
    Brevet har en fil med. Tryk på filens navn for at åbne den.
practice-digital-post-read-letter-hint = Tryk på filens navn: »Forskudsopgørelse.pdf«.
practice-digital-post-read-letter-forward-feedback = »Videresend« sender brevet videre til en anden. Det skal du ikke nu. Tryk på filens navn for at åbne den.
practice-digital-post-read-letter-move-feedback = »Flyt« lægger brevet i en mappe. Det kan du gøre en anden gang. Åbn først filen: tryk på filens navn.
practice-digital-post-read-letter-delete-feedback = Slet ikke brevet. Du kan få brug for det igen. Tryk på filens navn for at åbne filen.
practice-digital-post-read-letter-inbox-feedback = Du har ikke set filen endnu. Bliv i brevet, og tryk på filens navn for at åbne den.

## The opened file

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
# »Zoom ind« makes the text bigger; »Fuldskærm« shows it on the whole screen.
practice-digital-post-read-viewer-guidance =
    Filen er åben. Du kan læse den her.
    Er teksten for lille, kan du gøre den større.
    Tryk på »Zoom ind«.
practice-digital-post-read-viewer-hint = Tryk på »Zoom ind«. Så bliver teksten større.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-read-viewer-full-screen-feedback = »Fuldskærm« viser filen på hele skærmen. Det må du gerne bruge. Her øver du at gøre teksten større: tryk på »Zoom ind«.
practice-digital-post-read-viewer-close-feedback = Luk ikke filen endnu. Her øver du først at gøre teksten større med »Zoom ind«. Læs filen, og luk den bagefter.

## The file, with bigger text

# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-read-viewer-zoomed-guidance =
    Nu er teksten større. Læs den.
    Det er et øvebrev, så der står ingen rigtige tal.
    Når du er færdig, lukker du filen med »Luk«.
practice-digital-post-read-viewer-zoomed-hint = Tryk på »Luk«.
# Source: https://gladsaxe.dk/kommunen/kommunen/om-gladsaxe-kommune/digital-post
practice-digital-post-read-viewer-zoomed-zoom-out-feedback = »Zoom ud« gør teksten mindre igen. Du har læst filen. Luk den med »Luk«.
practice-digital-post-read-viewer-zoomed-zoom-in-feedback = Teksten er allerede større. Kan du læse den nu? Så luk filen med »Luk«.

## Back in the letter

practice-digital-post-read-letter-read-guidance =
    Filen er lukket, og du er tilbage i brevet.
    Nu har du læst både brevet og filen.
    Gå tilbage til din »Indbakke«.
practice-digital-post-read-letter-read-hint = Tryk på »Indbakke« i menuen.
practice-digital-post-read-letter-read-open-file-feedback = Filen har du allerede læst. Gå nu tilbage til »Indbakke«.
practice-digital-post-read-letter-read-delete-feedback = Slet ikke brevet. Du kan få brug for det igen. Gå tilbage til »Indbakke«.
practice-digital-post-read-letter-read-new-message-feedback = Du skal ikke skrive noget nu. Gå tilbage til »Indbakke«.

## Done

# Source: https://www.digst.dk/Servicemenu/English/News/Danes-post-digitally
# The last sentence states the duty plainly; keep it, without adding legal detail.
practice-digital-post-read-inbox-done-guidance =
    Godt gået! Du er tilbage i »Indbakke«.
    Brevet fra Skattestyrelsen er ikke nyt mere, for nu har du læst det.
    Sådan åbner du et brev og filen i det.
    Husk: du har pligt til at læse din { -digital-post }.
