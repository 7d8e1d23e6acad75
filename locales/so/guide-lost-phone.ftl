guide-lost-phone-title = Taleefankaagii waad lumisay
guide-lost-phone-summary = Waxa aad isla markiiba samaynayso marka taleefanka uu ku jiro app-ka { -mitid } uu lumo ama la xado.

guide-lost-phone-block-app-title = Isla markiiba xir app-ka
guide-lost-phone-block-app-body =
    Taleefankaagii ma lumay mise waa la xaday? Markaas isla markiiba xir app-ka { -mitid }.
    Waxaad taas ku samayn kartaa MitID.dk, qaybta “Mine identifikationsmidler” (qalabkayga aqoonsiga).
    Sidoo kale waxaad wici kartaa { -mitid-support } lambarka { $mitid-support-phone }, oo waxaad ka codsan kartaa inay xiraan.

guide-lost-phone-sim-title = Sidoo kale xir kaarka SIM-ka
guide-lost-phone-sim-body =
    Sidoo kale xir kaarka SIM-ka ee taleefanka ku jiray.
    Waa wanaagsan tahay inaad ogeysiisyada { -mitid } ka hesho laba meelood, tusaale ahaan app-ka iyo iimaylka.
    Markaas weli waa lagu digayaa, xitaa haddii taleefanku maqan yahay.

guide-lost-phone-block-all-title = Xir { -mitid } oo dhan
guide-lost-phone-block-all-body =
    Sidoo kale adigu waxaad muddo xiri kartaa { -mitid } oo dhan. Taas waxaad ku samaysaa MitID.dk.
    Markaas qofna ma isticmaali karo.
    Laakiin xusuusnow: si aad dib ugu furto, waa inaad adigu tagtaa xafiiska { -borgerservice }.

guide-lost-phone-new-phone-title = { -mitid } oo ku jira taleefan cusub
guide-lost-phone-new-phone-body =
    Taleefanka cusub waa inaad mar kale ku hawlgelisaa app-ka { -mitid }.
    Taas waxaad ku samaynaysaa baasaboorkaaga, ama koodh hawlgelin (“Aktiveringskode”) oo aad ka hesho { -borgerservice }.
    Sidaas oo kale ayay tahay haddii app-ka la xiray, ama haddii aad hilmaantay koodhkaaga PIN.
    Haddii aad weli haysato taleefankii hore, taa beddelkeeda waxaad ka koobiyeyn kartaa app-ka. Shid Bluetooth-ka.
    Ammaankaaga awgeed, waa inaad sugtaa { $copy-app-wait-hours ->
        [one] { $copy-app-wait-hours } saacad
       *[other] { $copy-app-wait-hours } saacadood
    } ka hor intaadan koobiyeyn.
    Marka aad koobiyeynayso, waxaad isticmaashaa koodh QR ah. Wuxuu shaqeeyaa { $copy-app-qr-minutes } daqiiqo oo keliya.

guide-lost-phone-misuse-title = Qof ma si xun u isticmaalay { -mitid }-kaaga?
guide-lost-phone-misuse-body =
    Ma u malaynaysaa in qof uu isticmaalay { -mitid }-kaaga ama xogtaada shakhsiga ah?
    Markaas wac khadka caawimada ee xatooyada aqoonsiga, lambarka { $identity-theft-phone }.
    Wuxuu furan yahay habeen iyo maalin.

guide-lost-phone-spare-title = Diyaarso mid kayd ah
guide-lost-phone-spare-body =
    Waa fikrad wanaagsan inaad haysato mid kayd ah.
    Wuxuu noqon karaa app-ka { -mitid } oo ku jira tablet, ama koodh-muujiye.
    Markaas weli waxaad haysataa wax aad ku gasho, haddii taleefankaagu lumo.
