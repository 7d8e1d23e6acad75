# Labels: Dheh = Sig (say), Weydii = Spørg (ask), Iska jir = Pas på (watch out).

note-guide-helping-others-may =
    Dheh: Caawiyaha waxaa loo oggol yahay inuu raadiyo macluumaad, oo uu qoro lambarka taleefanka, iimaylka iyo koodhka SMS-ka, marka lambarka taleefanka la hubinayo.
    Weydii: Ma ka caawin karaa aqoonsiga isticmaalaha iyo erayga sirta ah? Waxaad sharixi kartaa sida uu u eg yahay aqoonsi isticmaale oo ammaan ah iyo eray sir ah oo ammaan ah. Qofka laftiisa ayaa dooranaya.
    Iska jir: Koodhka SMS-ka ee lambarka taleefanka hubiya ma aha koodhka PIN. Caawiyaha waxaa loo oggol yahay inuu qoro koodhka SMS-ka, laakiin weligii koodhka PIN.

note-guide-helping-others-may-not =
    Dheh: Caawiyaha looma oggola inuu ogaado koodhka PIN, erayga sirta ah ama aqoonsiga isticmaalaha ee qofka. Sidoo kale looma oggola inuu sii haysto taleefanka ama koodh-muujiyaha qofka.
    Weydii: Ma u qori karaa hooyaday aqoonsigeeda isticmaalaha, si aysan u hilmaamin? Maya. Haddii ay hilmaanto, { -borgerservice } ama { -mitid-support } ayaa caawin kara.
    Iska jir: Ka-qaybgalayaal badan ayaa laftoodu doonaya inay koodhkooda kor u sheegaan. Si naxariis leh u jooji ka hor inta aysan sheegin.

note-guide-helping-others-look-away =
    Dheh: Marka qofku qorayo koodhkiisa PIN ama erayga sirta ah, caawiyuhu meel kale ayuu eegaa. Qofka laftiisu waa inuu goobta joogaa.
    Weydii: Ma wax ugu qaban karaa { -mitid }-ka saaxiibaddayda inta ay shaqada joogto? Maya. Iyada laftigeedu waa inay joogtaa.
    Iska jir: Jirkaaga ku muuji: dhinac u jeeso mar kasta oo qof koodh ku qorayo layliyada, si ay caado ugu noqoto kooxda.

note-guide-helping-others-own-mitid =
    Dheh: Qofna looma oggola inuu isticmaalo { -mitid } qof kale, xitaa qoyska, ilaaliye sharci ah, ama qof haysta wakaalad. Caawiyuhu wuxuu ku galaa kiisa gaarka ah.
    Weydii: Markaas sidee ayaan u caawiyaa aabbahay? Ku gal { -mitid }-kaaga gaarka ah, oo riix “Vælg person” (dooro qofka), kadibna “Bekræft” (xaqiiji).
    Iska jir: Qaar ayaa muddo dheer isticmaalayay { -mitid } qof qaraabadooda ah. Ha canaanan. Sharax xeerka, oo u tus in wakaaladdu tahay jidka saxda ah.

note-guide-helping-others-power =
    Dheh: Haddii inta badan la caawinayo, qofku wuxuu bixin karaa “Digital fuldmagt” (wakaalad dijitaal ah) { -borger-dk }. Inta badan waxay khusaysaa hal hawl oo keliya.
    Weydii: Yaa bixin kara oo heli kara wakaalad? Labaduba waa inay ka weyn yihiin { $power-of-attorney-min-age } sano. { -digital-post } waxaa u jira, tusaale ahaan, “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka).
    Iska jir: Wakaalad iyo oggolaansho { -digital-post } isku mid ma aha. Ka caawi inay kala saaraan, oo haddii shaki jiro, u sheeg inay la xiriiraan { -borgerservice }.

note-guide-helping-others-refused =
    Dheh: Haddii qofku aanu keligiis { -mitid } isticmaali karin, waa in { -borgerservice } ay diido. Markaas wakaalad, oggolaansho { -digital-post }, ama “Fritagelse” (ka dhaafid) ayaa caawin kara.
    Weydii: Qoysku ma u codsan karaa qofka ka dhaafid? Haa, iyagoo wata wakaalad la saxiixay, xafiiska { -borgerservice }.
    Iska jir: Adigu ha go'aamin waxa qofka ugu habboon. Taas waxaa la weydiiyaa { -borgerservice }.

note-guide-safety-online-never-approve =
    Dheh: Weligaa waxba ha ku oggolaan { -mitid } sababtoo ah qof ayaa ku soo wacay, kuu soo qoray ama ku soo booqday. Dadka khiyaanada sameeya waxay iska dhigaan inay ka yimaadeen bangiga ama booliska.
    Weydii: Yaa helay wicitaan la yaab leh ama SMS la yaab leh? { -mitid-support } ama { -borgerservice } ma ku soo wacaan oo ma kaa codsadaan inaad wax oggolaato? Weligood.
    Iska jir: Qaar ayaa ka xishooda haddii lagu khiyaameeyay. Ka hadal dadka khiyaanada sameeya, ee ha ka hadlin dhibbanayaasha, oo tus in tallaabada ugu dambeysa ay ku saabsan tahay caawimaad.

note-guide-safety-online-signs =
    Dheh: Calaamadaha wicitaan been ah: in lagu weydiiyo xogtaada shakhsiga ah, lambar qarsoon, aad u dheer ama dibadda ka yimid, ama in lagugu cadaadiyo.
    Weydii: Ma lagu kalsoonaan karaa lambar u eg mid sax ah? Maya, wuxuu noqon karaa been. Dhig taleefanka, oo adigu wac { -mitid-support } lambarka { $mitid-support-phone }.
    Iska jir: Qaar ayaa dib u wacaya lambarkii soo wacay. Taa beddelkeeda, adigu wac lambarka ku qoran hagaha.

note-guide-safety-online-secrets =
    Dheh: Koodhadhka weligood lama wadaago, taleefanka iyo koodh-muujiyahana lama amaahiyo. Aqoonsiga isticmaalaha waxaa la siiyaa oo keliya { -mitid-support }, marka adigu aad iyaga wacday.
    Weydii: Maxaad app-ka ka akhrisaa ka hor intaadan oggolaan? Cidda wax weydiinaysa iyo waxa aad oggolaanayso. Haddii aadan adigu bilaabin, ha oggolaan.
    Iska jir: Tani adigana way ku khusaysaa: weligaa ha weydiisan koodhka ka-qaybgale, oo meel kale eeg marka koodh PIN ama eray sir ah la qorayo.

note-guide-safety-online-address =
    Dheh: Marka sanduuqa { -mitid } furmo, farta ku fiiq cinwaanka xagga sare ee browser-ka, oo wada akhriya waxa ay tahay inuu ku dhammaado.
    Weydii: Maxaa la sameeyaa haddii cinwaanku aanu sax ahayn? Waxba lama qoro, boggana waa la xiraa.
    Iska jir: Dad badan weligood ma eegaan xariiqa cinwaanka. Projector-ka si sax ah ugu tus meesha uu ku yaal.

note-guide-safety-online-lost-phone =
    Dheh: Haddii taleefanku lumo, isla markiiba xir app-ka { -mitid }, tusaale ahaan adigoo wacaya { -mitid-support } lambarka { $mitid-support-phone }. Sidoo kale xir kaarka SIM-ka.
    Weydii: Sidee digniin loo helaa haddii taleefanku maqan yahay? Dooro hab kale oo fariimaha lagu helo, app-ka ka sokow, tusaale ahaan SMS ama iimayl.
    Iska jir: Ka caawi in la helo lambarka, laakiin qofka laftiisa ha waco oo ha ka jawaabo su'aalaha.

note-guide-safety-online-if-it-happened =
    Dheh: Haddii { -mitid } si xun loo isticmaalay, wac khadka caawimada ee xatooyada aqoonsiga, { $identity-theft-phone } (habeen iyo maalin), ama Cyberhotline, { $cyber-hotline-phone }.
    Weydii: Yaa bixiya khasaaraha isticmaalka xun? Haddii aad xogtaada siisay qof kale, adiga laftaada ayaa mas'uul noqon kara. Weydii { -mitid-support }.
    Iska jir: Ha sheegin lacag cadad ah, hana bixin talo sharci ah. U sheeg inay wacaan { -mitid-support } lambarka { $mitid-support-phone }.
