guide-helping-others-title = Marka aad qof kale caawinayso
guide-helping-others-summary = Waxa laguu oggol yahay iyo waxa aan laguu oggolayn, marka aad qof qoyskaaga ah ama qof kale ka caawinayso { -mitid }.

guide-helping-others-may-title = Waxa laguu oggol yahay
guide-helping-others-may-body =
    Waxaa laguu oggol yahay inaad qof kale ka caawiso { -mitid }.
    Waxaad qofka u raadin kartaa macluumaad.
    Waxaad qori kartaa lambarka taleefanka iyo iimaylka qofka.
    Sidoo kale waxaad qori kartaa koodhka SMS-ka ku yimaada, marka lambarka taleefanka la hubinayo.
    Waxaad sharixi kartaa sida uu u eg yahay aqoonsi isticmaale oo ammaan ah iyo eray sir ah oo ammaan ah.

guide-helping-others-may-not-title = Waxa aan laguu oggolayn
guide-helping-others-may-not-body =
    Waa inaadan ogaan koodhadhka qofka.
    Taasi waxay khusaysaa koodhka PIN, erayga sirta ah iyo aqoonsiga isticmaalaha.
    Sidoo kale waa inaadan sii haysan taleefanka ama koodh-muujiyaha qofka.

guide-helping-others-look-away-title = Meel kale eeg, oo wada joogaa
guide-helping-others-look-away-body =
    Marka qofku qorayo koodhkiisa PIN ama erayga sirta ah, adigu meel kale eeg.
    Qofku laftiisu waa inuu goobta joogaa marka aad caawinayso.
    Weligaa waxba ha ku samayn { -mitid } qofka marka uusan joogin.

guide-helping-others-own-mitid-title = Mar walba isticmaal { -mitid }-kaaga gaarka ah
guide-helping-others-own-mitid-body =
    Qofna looma oggola inuu isticmaalo { -mitid } qof kale.
    Taasi waxay sidoo kale khusaysaa qoyska, ilaaliye sharci ah, iyo qof haysta wakaalad.
    Caawiye ahaan, mar walba waxaad ku gashaa { -mitid }-kaaga gaarka ah.
    Adeegga gudihiisa, kadib waxaad u wareegtaa qofka aad caawinayso.
    Haddii aad haysato wakaalad dijitaal ah, waxaad riixdaa “Vælg person” (dooro qofka), kadibna “Bekræft” (xaqiiji).

guide-helping-others-power-title = Wakaalad ama oggolaansho boostada
guide-helping-others-power-body =
    Haddii aad inta badan caawinayso, qofku wuxuu wakaalad kugu siin karaa { -borger-dk }, isagoo isticmaalaya “Digital fuldmagt” (wakaalad dijitaal ah).
    Markaas waxaad arki kartaa xogta qofka, ama wax u qaban kartaa, adeegyo go'an gudahood.
    Wakaaladdu inta badan waxay khusaysaa hal hawl oo keliya.
    Labadiinuba waa inaad ka weyn tihiin { $power-of-attorney-min-age } sano.
    Qofku wuxuu kaloo ku siin karaa oggolaansho aad ku gasho sanduuqiisa { -digital-post }, tusaale ahaan “Læse- og skriveadgang” (akhris iyo qoris).

guide-helping-others-refused-title = Marka { -mitid } uu aad u adag yahay
guide-helping-others-refused-body =
    Haddii qofku aanu keligiis { -mitid } isticmaali karin, waa in { -borgerservice } ay diido inay qofka siiso { -mitid }.
    Markaas qofku taa beddelkeeda wuxuu qof kale siin karaa wakaalad, ama oggolaansho uu ku galo sanduuqiisa { -digital-post }.
    Qofku wuxuu kaloo codsan karaa in laga dhaafo { -digital-post }: “Fritagelse” (ka dhaafid).
    Taas waxaa shakhsi ahaan lagu sameeyaa xafiiska { -borgerservice }. Qof qoyska ka mid ah ayaa qofka u codsan kara, isagoo wata wakaalad la saxiixay.
    Weydii { -borgerservice } waxa ugu habboon qofka.

guide-helping-others-question-pin = Deriskaaga ayaa koodhkeeda PIN ku qoraysa app-ka { -mitid }. Maxaad samaynaysaa?
guide-helping-others-question-pin-look-away = Meel kale ayaan eegayaa.
guide-helping-others-question-pin-look-away-feedback = Waa sax. Koodhka PIN waa keeda oo keliya. Meel kale ayaad eegaysaa inta ay qorayso.
guide-helping-others-question-pin-remember = Koodhka waan xasuusanayaa, si aan mar dambe u caawiyo.
guide-helping-others-question-pin-remember-feedback = Maya. Caawiyaha looma oggola inuu ogaado koodhadhka qof kale. Meel kale eeg inta ay qorayso.
guide-helping-others-question-pin-type-for-her = Anigu ayaa koodhka u qoraya.
guide-helping-others-question-pin-type-for-her-feedback = Maya. Markaas waad ogaanaysaa koodhkeeda, caawiyahana taas looma oggola. Iyadu laftigeedu ayay qortaa, adiguna meel kale ayaad eegtaa.

guide-helping-others-question-own-mitid = Aabbahaa wuxuu ku siiyay wakaalad dijitaal ah. Hadda waa inaad ka caawiso bog internet oo dowladeed. Sidee ayaad u gelaysaa?
guide-helping-others-question-own-mitid-own = Waxaan ku galayaa { -mitid }-kayga gaarka ah. Kadib adeegga gudihiisa ayaan isaga ka doortaa.
guide-helping-others-question-own-mitid-own-feedback = Waa sax. Mar walba waxaad ku gashaa { -mitid }-kaaga gaarka ah. Kadib waxaad riixdaa “Vælg person” iyo “Bekræft”.
guide-helping-others-question-own-mitid-his = Waxaan ku galayaa { -mitid }-kiisa, maxaa yeelay wakaalad ayaan haystaa.
guide-helping-others-question-own-mitid-his-feedback = Maya. Qofna looma oggola inuu isticmaalo { -mitid } qof kale, xitaa haddii uu haysto wakaalad. Ku gal kaaga gaarka ah.
guide-helping-others-question-own-mitid-ask-pin = Waxaan ka codsanayaa inuu koodhkiisa PIN kor u sheego.
guide-helping-others-question-own-mitid-ask-pin-feedback = Maya. Caawiyaha looma oggola inuu ogaado koodhka PIN ee qof kale. Ku gal { -mitid }-kaaga gaarka ah.

guide-helping-others-question-present = Saaxiibaddaa ayaa kaa codsanaysa inaad wax ugu qabato { -mitid }-keeda inta ay shaqada joogto. Maxaad samaynaysaa?
guide-helping-others-question-present-wait = Waan sugayaa ilaa ay iyadu joogto.
guide-helping-others-question-present-wait-feedback = Waa sax. Qofku laftiisu waa inuu joogaa marka aad ka caawinayso { -mitid }.
guide-helping-others-question-present-borrow-phone = Taleefankeeda ayaan amaahanayaa, oo keligay ayaan samaynayaa.
guide-helping-others-question-present-borrow-phone-feedback = Maya. Looma oggola inaad haysato taleefanka qof kale, iyaduna laftigeedu waa inay joogtaa.

guide-helping-others-question-may = Waxaad adeerkaa ka caawinaysaa inuu helo { -mitid }. Maxaa laguu oggol yahay inaad samayso?
guide-helping-others-question-may-sms-code = Inaan qoro lambarka taleefankiisa iyo koodhka SMS-ka.
guide-helping-others-question-may-sms-code-feedback = Waa sax. Caawiyaha waxaa loo oggol yahay inuu qoro lambarka taleefanka, iimaylka iyo koodhka SMS-ka ku yimaada.
guide-helping-others-question-may-choose-pin = Inaan isaga u doorto koodhkiisa PIN.
guide-helping-others-question-may-choose-pin-feedback = Maya. Markaas waad ogaanaysaa koodhkiisa PIN. Isagu laftiisu ayaa dooranaya, adiguna meel kale ayaad eegaysaa.
guide-helping-others-question-may-note-user-id = Inaan qoro aqoonsigiisa isticmaalaha, si aan anigu u haysto.
guide-helping-others-question-may-note-user-id-feedback = Maya. Caawiyaha looma oggola inuu ogaado aqoonsiga isticmaalaha ee qof kale. Waxaad sharixi kartaa sida uu u eg yahay aqoonsi isticmaale oo ammaan ah.
