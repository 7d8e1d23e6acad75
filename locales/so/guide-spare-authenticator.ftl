guide-spare-authenticator-title = Qalab kayd ah oo loogu talagalay { -mitid }
guide-spare-authenticator-summary = Sababta aad ugu baahan tahay qalab aqoonsi oo dheeraad ah, iyo kuwa aad ka dooran karto.

guide-spare-authenticator-why-title = Maxaad ugu baahan tahay mid kayd ah?
guide-spare-authenticator-why-body =
    Haddii aad lumiso taleefankaaga, ma isticmaali kartid app-ka { -mitid } ee ku jira.
    Sidaas darteed { -mitid } wuxuu kugula talinayaa inaad haysato mid kayd ah: qalab aqoonsi oo dheeraad ah (“Identifikationsmiddel”).
    Markaas weli waxaad haysataa wax aad ku gasho.

guide-spare-authenticator-tablet-title = App-ka oo ku jira tablet
guide-spare-authenticator-tablet-body =
    App-ka { -mitid } waxaad ku yeelan kartaa in ka badan hal qalab, tusaale ahaan taleefankaaga iyo tablet.
    Ugu badnaan waxaad yeelan kartaa { $max-active-apps } app oo { -mitid } ah oo firfircoon.
    App-ka waxaad ka koobiyeyn kartaa taleefankaaga, oo waxaad u gudbin kartaa tablet-ka.
    Dhowr qof ayaa wadaagi kara isla tablet-ka. Markaas qof walba wuxuu leeyahay aqoonsigiisa isticmaalaha.
    Xaaladdaas, qof walba waa inuu app-ka ku furaa koodhkiisa PIN, ee uusan ku furin raadka farta ama wejiga.

guide-spare-authenticator-code-display-title = Koodh-muujiye
guide-spare-authenticator-code-display-body =
    Koodh-muujiyaha (“Kodeviser”) waa qalab yar oo muujiya koodh ka kooban lix tiro.
    Koodhkaasi waa koodh hal mar ah (“Engangskode”): hal mar oo keliya ayaad isticmaali kartaa.
    Waxaad la isticmaashaa erayga sirta ah (“Adgangskode”).

guide-spare-authenticator-reader-chip-title = Koodh-akhriye cod leh iyo chip
guide-spare-authenticator-reader-chip-body =
    Koodh-akhriyaha codka (“Kodeoplæser”) waxaa loogu talagalay dadka indhoolayaasha ah iyo kuwa aragtidoodu liidato. Wuxuu kor u akhriyaa koodhka.
    Wuxuu leeyahay badhan casaan ah oo ay ku taal dhibic aad farta ku dareemi karto.
    Chip-ka { -mitid } waxaa loogu talagalay dadka inta badan isticmaala { -mitid }.
    Waxaa jira nooc USB ah, mid Bluetooth ah iyo mid NFC ah.

guide-spare-authenticator-choose-title = Isticmaal qalabka kaydka marka aad gelayso
guide-spare-authenticator-choose-body =
    Aqoonsigaaga isticmaalaha ku qor sanduuqa { -mitid }, kadibna riix “Fortsæt” (sii wad).
    Kadib waxaad arkaysaa link-ga “Skift { -mitid } identifikationsmiddel” (beddel qalabka aqoonsiga).
    Wuxuu furaa liiska “Vælg identifikationsmiddel” (dooro qalabka aqoonsiga).
    Tusaale ahaan dooro “{ -mitid } kodeviser” ama “{ -mitid } chip” halkii aad ka dooran lahayd “{ -mitid } app”.

guide-spare-authenticator-safe-title = Ogeysiisyada iyo badbaadada
guide-spare-authenticator-safe-body =
    Dooro laba siyaabood oo aad ogeysiisyada { -mitid } ku hesho: app-ka, SMS ama iimayl.
    Markaas weli waa lagu digayaa haddii aad lumiso taleefankaaga.
    Weligaa qofna ha la wadaagin koodhadhkaaga ama qalabkaaga aqoonsiga. Tani waxay sidoo kale khusaysaa qalabkaaga kaydka ah.
