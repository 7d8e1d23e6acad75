guide-safety-online-title = Iska ilaali khiyaanada
guide-safety-online-summary = Sida aad u garanayso wicitaan been ah, iyo waxa aad samaynayso haddii wax khaldamaan.

guide-safety-online-never-approve-title = Weligaa ha oggolaan wax qof kale kaa codsaday
guide-safety-online-never-approve-body =
    Haddii qof ku soo waco, iimayl kuu soo diro, ama ku soo booqdo oo wax kaa codsado, weligaa waxba ha ku oggolaan { -mitid }.
    Dadka khiyaanada sameeya waxay iska dhigaan inay ka yimaadeen bangiga, booliska, { -mitid-support } ama { -borgerservice }.
    Midkoodna sidaas kulama soo xiriiro.

guide-safety-online-signs-title = Calaamadaha wicitaan been ah
guide-safety-online-signs-body =
    Iska jir, haddii qofka wacaya uu ku weydiiyo xogtaada shakhsiga ah.
    Iska jir, haddii lambarku qarsoon yahay, aad u dheer yahay, ama ka yimid dibadda.
    Iska jir, haddii lagugu cadaadiyo inaad degdegto.
    Lambar ama magac ku jira SMS wuxuu noqon karaa been, xitaa haddii uu u eg yahay mid sax ah.
    Haddii aad shaki ka qabto, dhig taleefanka. Adigu wac { -mitid-support } lambarka { $mitid-support-phone }.

guide-safety-online-secrets-title = Koodhadhkaagu waa kuwaaga oo keliya
guide-safety-online-secrets-body =
    Weligaa qofna ha la wadaagin koodhadhkaaga, oo weligaa qof kale ha u amaahin taleefankaaga ama koodh-muujiyahaaga.
    Aqoonsigaaga isticmaalaha waxaad siisaa oo keliya { -mitid-support }, marka adigu aad iyaga wacday.
    Mar walba akhri waxa aad oggolaanayso, iyo cidda ku weydiinaysa.
    Haddii aadan adigu bilaabin, ha oggolaan.

guide-safety-online-address-title = Hubi cinwaanka
guide-safety-online-address-body =
    Marka sanduuqa { -mitid } furmo, eeg cinwaanka ku qoran xagga sare ee browser-ka.
    Waa inuu ku dhammaadaa “mitid.dk”.
    Haddii uusan ku dhammaan, waxba ha qorin, oo xir bogga.

guide-safety-online-lost-phone-title = Haddii taleefankaagu lumo
guide-safety-online-lost-phone-body =
    Haddii taleefankaagu lumo, isla markiiba xir app-ka { -mitid }. Sidoo kale xir kaarka SIM-ka.
    Dooro laba siyaabood oo aad fariimaha { -mitid } ku hesho, tusaale ahaan app-ka iyo SMS ama iimayl.
    Markaas weli waa lagu digayaa, xitaa haddii taleefanku maqan yahay.

guide-safety-online-if-it-happened-title = Haddii ay dhacday
guide-safety-online-if-it-happened-body =
    Ma u malaynaysaa in qof si xun u isticmaalay { -mitid }-kaaga ama xogtaada? Markaas wac oo caawimaad weydiiso.
    Khadka caawimada ee xatooyada aqoonsiga: { $identity-theft-phone }. Wuxuu furan yahay habeen iyo maalin.
    Cyberhotline (caawimaad ku saabsan weerarrada internetka): { $cyber-hotline-phone }.
    { -mitid-support }: { $mitid-support-phone }.
    Haddii aad xogtaada siisay qof kale, adiga laftaada ayaa laga yaabaa inaad mas'uul ka noqoto isticmaalka xun.
    Weydii { -mitid-support } sida ay taasi adiga kuu khusayso.
