guide-self-service-on-borger-dk-title = Is-adeegga { -borger-dk }
guide-self-service-on-borger-dk-summary = Arrimahaaga hay'adaha dowladda adigu ku dhammee internetka, oo hel caawimaad marka aad u baahato.

guide-self-service-on-borger-dk-what-title = Waa maxay is-adeeg?
guide-self-service-on-borger-dk-what-body =
    “Selvbetjening” (is-adeeg) waxay ka dhigan tahay inaad adigu arrin hay'adaha dowladda ku dhammaystirto internetka.
    Waxaad buuxisaa foom, kadibna waad dirtaa.
    Is-adeegyo badan waxaad ka helaysaa { -borger-dk }.
    Waxaad ku gashaa { -mitid } adiga kuu gaar ah. Raadi “Log på”.

guide-self-service-on-borger-dk-mandatory-title = Arrimaha qaarkood waa inaad adigu ku qabataa internetka
guide-self-service-on-borger-dk-mandatory-body =
    Is-adeegyada qaarkood waa qasab, haddii aad isticmaali karto.
    Markaas waa inaad isticmaashaa internetka, ee ma aha warqad.
    Tusaale ahaan waxay khuseysaa marka aad guurto, iyo marka aad u baahan tahay “Sundhedskort” (kaarka caafimaadka).
    Waxay sidoo kale khuseysaa xannaanada carruurta, diiwaangelinta dugsiga, kaalmada kirada iyo lacagta hawlgabka.

guide-self-service-on-borger-dk-exemption-title = Ka dhaafid
guide-self-service-on-borger-dk-exemption-body =
    Haddii aadan isticmaali karin adeegyada dijitaalka ah, waxaad codsan kartaa in lagaa dhaafo { -digital-post } (“Fritagelse”).
    Laga bilaabo 1 Juun 2023, markaas waxaa sidoo kale lagaa dhaafayaa is-adeegga qasabka ah.
    Waxaad shakhsi ahaan uga codsataa { -borgerservice }, waxaadna keentaa dukumiinti aqoonsi.
    Haddii aad su'aalo ka qabto waajibaadkaaga, weydii { -borgerservice }.

guide-self-service-on-borger-dk-hotline-title = Wac oo hel caawimaad
guide-self-service-on-borger-dk-hotline-body =
    Haddii aad caawimaad uga baahan tahay is-adeeg, wac { -digital-hotline }.
    Lambarku waa { $digital-hotline-phone }.
    Waxaad sidoo kale caawimaad ka heli kartaa { -borgerservice }.

guide-self-service-on-borger-dk-helper-title = Marka qof kale ku caawinayo
guide-self-service-on-borger-dk-helper-body =
    Qof kale wuu ku caawin karaa. Laakiin qofna looma oggola inuu isticmaalo { -mitid }-kaaga.
    Qofka ku caawinaya wuxuu ku galaa { -mitid } isaga u gaar ah.
    Haddii uu haysto “Digital fuldmagt” (wakaalad dijitaal ah), qofka ku caawinaya wuxuu markaas kuu qaban karaa arrimo gaar ah.

guide-self-service-on-borger-dk-question-no-help = Foom ku yaal { -borger-dk } ma fahmi kartid. Maxaad samaynaysaa?
guide-self-service-on-borger-dk-question-no-help-hotline = Waxaan wacayaa { -digital-hotline }.
guide-self-service-on-borger-dk-question-no-help-hotline-feedback = Waa sax. { -digital-hotline } waxay ka caawisaa is-adeegga. Lambarku waa { $digital-hotline-phone }.
guide-self-service-on-borger-dk-question-no-help-give-mitid = Deriskayga ayaan siinayaa { -mitid }-kayga, si uu isagu u sameeyo.
guide-self-service-on-borger-dk-question-no-help-give-mitid-feedback = Maya. Qofna looma oggola inuu isticmaalo { -mitid }-kaaga. Wac { -digital-hotline } lambarka { $digital-hotline-phone }, ama weydii { -borgerservice }.
guide-self-service-on-borger-dk-question-no-help-give-up = Waan iska dhaafayaa, ma samaynayo.
guide-self-service-on-borger-dk-question-no-help-give-up-feedback = Maya. Arrimaha qaarkood waa inaad adigu ku qabataa internetka, tusaale ahaan marka aad guurto. Hel caawimaad: wac { -digital-hotline } lambarka { $digital-hotline-phone }.
