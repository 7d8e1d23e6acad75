guide-what-is-mitid-title = Waa maxay { -mitid }?
guide-what-is-mitid-summary = Waxa uu yahay { -mitid }, sida loo galo, iyo sida looga digtoonaado khiyaanada.

guide-what-is-mitid-what-title = Waxa aad { -mitid } u isticmaasho
guide-what-is-mitid-what-body =
    Marka aad gelayso, { -mitid } ayaad ku caddaynaysaa inaad runtii adigu tahay.
    Waxaad ku isticmaashaa, tusaale ahaan, { -borger-dk }, { -digital-post } iyo bangigaaga.
    { -mitid } ayaa beddelay { -nemid }.
    { -nemid } waxaa la xiray 31 Oktoobar 2023.

guide-what-is-mitid-free-and-age-title = Qiimaha iyo da'da
guide-what-is-mitid-free-and-age-body =
    { -mitid } waa bilaash.
    Si aad u hesho, waa inaad ugu yaraan { $mitid-min-age } jir tahay, adeegyada qaarkoodna waxay leeyihiin xad da' oo ka sarreeya.
    Marka aad { $digital-post-min-age } jir noqoto, si toos ah ayaad u heleysaa { -digital-post }.
    Markaas waxaad u baahan tahay { -mitid }.

guide-what-is-mitid-user-id-title = Aqoonsigaaga isticmaalaha
guide-what-is-mitid-user-id-body =
    “Bruger-ID” (aqoonsiga isticmaalaha) waa magac aad adigu dooratid oo aad ku gasho.
    Waa inuu ka koobnaadaa { $user-id-min-length } ilaa { $user-id-max-length } xaraf.
    Ma noqon karo lambarkaaga CPR ama lambar kale oo ka kooban { $user-id-forbidden-digits } tiro.
    U sheeg oo keliya { -mitid-support }, oo keliya marka adigu aad iyaga wacday.

guide-what-is-mitid-authenticators-title = Qalabkaaga aqoonsiga
guide-what-is-mitid-authenticators-body =
    Qalabka aqoonsiga (“Identifikationsmiddel”) waa waxa aad isticmaasho si aad u muujiso inaad adigu tahay.
    Waxaad isticmaali kartaa app-ka { -mitid } ee taleefankaaga.
    Koodh-muujiyaha (“Kodeviser”) wuxuu muujiyaa koodh aad la isticmaasho erayga sirta ah.
    Koodh-akhriyaha codka (“Kodeoplæser”) wuxuu kor ugu akhriyaa koodhka dadka indhoolayaasha ah iyo kuwa aragtidoodu liidato, halka chip-ka { -mitid } loogu talagalay dadka inta badan isticmaala { -mitid }.

guide-what-is-mitid-login-title = Sida gelitaanku u eg yahay
guide-what-is-mitid-login-body =
    Marka aad gelayso adeeg, waxaa furmaya sanduuqa { -mitid }.
    Xagga sare waxaa ku qoran “Log på hos” iyo magaca adeegga.
    Aqoonsigaaga isticmaalaha ku qor goobta “Bruger-ID”, kadibna riix “Fortsæt”.
    Kadib sanduuqa waxaa ku qoran “Åbn { -mitid } app og godkend”.

guide-what-is-mitid-approve-title = Ku oggolow app-ka
guide-what-is-mitid-approve-body =
    Haddii aad kombiyuutar isticmaalayso, sanduuqu wuxuu muujinayaa koodh QR ah: fur app-ka, tusaale ahaan adigoo isticmaalaya koodhkaaga PIN, kadibna iskaan garee koodhka.
    Haddii aad taleefan isticmaalayso, taa beddelkeeda riix “Åbn { -mitid } app”.
    App-ka ku akhri cidda wax ku weydiinaysa iyo waxa aad oggolaanayso.
    Haddii wax walba sax yihiin, farta ku jiid shaashadda si aad u oggolaato.

guide-what-is-mitid-stay-safe-title = Ka digtoonow khiyaanada
guide-what-is-mitid-stay-safe-body =
    Weligaa ha oggolaan wax aadan adigu bilaabin.
    Bangiga, booliska, { -mitid-support } iyo { -borgerservice } weligood kaama codsadaan inaad wax ku oggolaato wicitaan taleefan, iimayl ama booqasho.
    Weligaa qofna ha la wadaagin koodhadhkaaga ama qalabkaaga aqoonsiga.
    Haddii aad shaki ka qabto, dhig taleefanka, oo adigu wac { -mitid-support } lambarka { $mitid-support-phone }.
