note-guide-self-service-on-borger-dk-what =
    Dheh: “Selvbetjening” (is-adeeg) waxay ka dhigan tahay in qofku isaga laftiisu arrin hay'adaha dowladda ku dhammaystiro internetka, tusaale ahaan { -borger-dk }, halkii uu xafiis u tagi lahaa.
    Weydii: Arrimahee ayaad horey internetka ugu dhammaysateen, kuweese ayaad xafiis ugu tagteen?
    Iska jir: Qaar waxay u maleeyaan inaad adigu u geli karto. Si cad u sheeg in qofku mar walba ku galo { -mitid } isaga u gaar ah, isagoo isticmaalaya “Log på” (gal).

note-guide-self-service-on-borger-dk-mandatory =
    Dheh: Is-adeegyada qaarkood waa qasab dadka isticmaali kara: tusaale ahaan guuritaan, “Sundhedskort” (kaarka caafimaadka), xannaanada carruurta, diiwaangelinta dugsiga, kaalmada kirada iyo lacagta hawlgabka.
    Weydii: Yaa dhawaan guuraya, ama codsanaya xannaanada carruurta ama lacagta hawlgabka? Isticmaal tusaalooyinka kooxda laftigeeda.
    Iska jir: Qaar ayaa ka baqa inay wax khaldaan. Dheh in caawimaad la heli karo, iyo in tallaabada xigtaa ay ku saabsan tahay ka dhaafidda.

note-guide-self-service-on-borger-dk-exemption =
    Dheh: Haddii qofku uusan isticmaali karin adeegyada dijitaalka ah, wuxuu { -borgerservice } ka codsan karaa ka dhaafid { -digital-post }. Markaas waxaa sidoo kale laga dhaafayaa is-adeegga qasabka ah.
    Weydii: Ma in la sharxaa sababta? Maya, uma baahna in la sheego sababta khuseysa. Qofku wuxuu la yimaadaa dukumiinti aqoonsi, wuxuuna saxiixaa isagoo ballan qaadaya inay run tahay.
    Iska jir: Waxba ha ka sheegin cidda heli karta ka dhaafid, ama inta ay socoto. Su'aalahaas u gudbi { -borgerservice }.

note-guide-self-service-on-borger-dk-hotline =
    Dheh: { -digital-hotline } waxay ka caawisaa is-adeegga dowladda, lambarka { $digital-hotline-phone }. Caawimaad waxaa sidoo kale laga heli karaa { -borgerservice }.
    Weydii: Yaa lambarka ku kaydsan taleefankiisa? Kooxda ha kaydiyaan hadda, inta aad wada joogtaan.
    Iska jir: Qaar waxay u maleeyaan inay taleefanka ku sheegayaan koodhadkooda. Koodhadka qofna lalama wadaago, xitaa khad caawimaad.

note-guide-self-service-on-borger-dk-helper =
    Dheh: Qof kale wuu caawin karaa, laakiin qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale. Qofka caawiya wuxuu ku galaa kiisa gaarka ah, wuxuuna isticmaali karaa “Digital fuldmagt” (wakaalad dijitaal ah).
    Weydii: Wiilkay ma isticmaali karaa { -mitid }-kayga haddii aan oggolaado? Maya. Wuxuu ku galaa { -mitid } isaga u gaar ah, wuxuuna adiga kaa doortaa adeegga gudihiisa.
    Iska jir: Tani adigana way ku khuseysaa safiir ahaan: isticmaal oo keliya { -mitid }-kaaga, hana ogaan hana hayn weligaa koodhadka ama taleefanka ka qaybgale.

note-guide-report-a-move-how =
    Dheh: Qofku isaga ayaa guuritaanka ku soo sheega { -borger-dk }, “Meld flytning” (soo sheeg guuritaan) hoostiisa, wuxuuna buuxiyaa “Anmeld flytning til folkeregisteret” (u soo sheeg guuritaanka diiwaanka dadka) isagoo qoraya cinwaanka cusub iyo maalinta guuritaanka.
    Weydii: Yaa horey Denmark uga guuray? Sideed markaas u soo sheegteen guuritaanka?
    Iska jir: Goobaha bogga dhabta ahi magacyo xoogaa ka duwan kuwa layliga ayay yeelan karaan. Dheh inay raadiyaan meesha cinwaanka cusub iyo taariikhda.

note-guide-report-a-move-when =
    Dheh: Guuritaanka waxaa la soo sheegi karaa ugu horrayn { $move-report-days-before } maalmood ka hor, ugu dambayntana { $move-report-days-after } maalmood kadib guuritaanka.
    Weydii: Maxaa dhaca haddii la daaho? Waxaa laga yaabaa in lagu ganaaxo. Su'aalaha kiiska qofka gaarka ah waxaa la weydiiyaa { -borgerservice }.
    Iska jir: Dad badan ayaa sugaa ilaa ay gurigii cusub galaan. Muddada ku qor sabuuradda, hana bixin talo sharci oo ku saabsan ganaaxyada.

note-guide-report-a-move-doctor =
    Dheh: Isla foomka waxaa ku jira “Lægevalg” (doorashada dhakhtarka): qofku wuu sii haysan karaa dhakhtarkiisa, ama wuu dooran karaa mid cusub. Waa bilaash in la beddelo marka la guuro.
    Weydii: Goorma ayaa doorashada la helaa? Marka la guuro in ka badan { $doctor-change-km } km; København, Frederiksberg, Tårnby iyo Dragør, in ka badan { $doctor-change-km-capital } km.
    Iska jir: Qaar waxay u maleeyaan inay waajib tahay inay dhakhtar beddelaan. Dheh inay sii haysan karaan dhakhtarka ay hadda leeyihiin.

note-guide-report-a-move-after =
    Dheh: Marka guuritaanka la soo sheego, “Sundhedskort” (kaarka caafimaadka) cusub ayaa yimaada qiyaastii { $health-card-weeks } toddobaad gudahood.
    Weydii: Ma inuu qofku adeegga boostada u sheegaa cinwaanka cusub? Maya, si toos ah ayay u dhacdaa.
    Iska jir: Qaar waxay u maleeyaan inay meelo badan u wacaan si ay cinwaanka u sheegaan. U gudbi hagaha, hana ballan qaadin wax ka badan waxa uu sheegayo.

note-guide-report-a-move-help =
    Dheh: Haddii qofku caawimaad u baahan yahay, wuxuu wici karaa { -digital-hotline } lambarka { $digital-hotline-phone }. Qof kale ayaa sidoo kale soo sheegi kara guuritaanka, isagoo isticmaalaya “Digital fuldmagt” (wakaalad dijitaal ah).
    Weydii: Gabadhayda ma ku soo sheegi kartaa guuritaankayga { -mitid }-kayga? Maya. Waxay ku galaysaa { -mitid } iyada u gaar ah, waxayna isticmaashaa wakaaladda.
    Iska jir: Weligaa ha u soo bandhigin ka qaybgale inaad guuritaankiisa ugu soo sheegto { -mitid }-kiisa. Taa beddelkeeda tus khadka caawimaadda ama wakaaladda.

note-guide-digital-power-of-attorney-what =
    Dheh: “Digital fuldmagt” (wakaalad dijitaal ah) waxay qof kale u oggolaanaysaa inuu arko xog ama uu qofka wax ugu qabto arrin internetka ah, tusaale ahaan inuu arko natiijooyinka baaritaanka caafimaadka ama uu soo sheego guuritaan.
    Weydii: Yaa bixiya, yaase hela? “Fuldmagtsgiver” (bixiyaha wakaaladda) ayaa bixiya, “Fuldmagtshaver” (haystaha wakaaladda) ayaa hela.
    Iska jir: Erayadu way isu eg yihiin. Sabuuradda ku qor, oo fallaadh ka samee bixiyaha ilaa haystaha.

note-guide-digital-power-of-attorney-covers =
    Dheh: Wakaaladdu waxay khuseysaa oo keliya is-adeegyo dowladeed oo gaar ah, inta badan hal hawl. Hay'adaha oo dhan kuma jiraan.
    Weydii: Wakaalad lagu soo sheego guuritaan ma khuseysaa wax kasta oo kale? Maya, inta badan hal hawshaas oo keliya.
    Iska jir: Ha ballan qaadin in wakaaladdu meel gaar ah ka shaqaynayso. Haddii shaki jiro, weydii { -borgerservice }.

note-guide-digital-power-of-attorney-who =
    Dheh: Ugu yaraan mid ka mid ah waa inuu haystaa { -mitid }. Labaduba waa inay ka weyn yihiin { $power-of-attorney-min-age } sano, oo ay fahmaan waxa wakaaladdu ka dhigan tahay.
    Weydii: Ka warran haddii hooyaday aysan keligeed isticmaali karin { -mitid }? Markaas { -borgerservice } looma oggola inay siiso { -mitid }. Wakaalad ama ka dhaafid ayaa caawin karta.
    Iska jir: Adigu ha go'aamin in qof fahmi karo wakaalad. U gudbi { -borgerservice }.

note-guide-digital-power-of-attorney-give =
    Dheh: Bixiyuhu isaga ayaa wakaaladda ku bixin kara { -borger-dk }, isagoo isticmaalaya { -mitid }-kiisa, wuxuuna doortaa cidda helaysa iyo waxa ay khuseyso.
    Weydii: Qofka caawiya ma codsan karaa wakaaladda? Haa. Markaas bixiyuhu wuxuu saxiixaa si dijitaal ah ama warqad. Haddii warqad tahay, bogagga oo dhan waxaa la geeyaa { -borgerservice }.
    Iska jir: Bixiyuhu isaga ayaa ku oggolaanaya { -mitid }-kiisa. Haddii koodhka PIN la qorayo, indhaha ka jeedi, oo qofka ha qoro isaga laftiisu.

note-guide-digital-power-of-attorney-use =
    Dheh: Qofka haysta wakaaladda wuxuu ku galaa { -mitid } isaga u gaar ah, wuxuu riixaa “Vælg person” (dooro qof), wuxuu doortaa qofka, kadibna wuxuu riixaa “Bekræft” (xaqiiji).
    Weydii: Badhankee ayaa hore u imanaya? “Vælg person”, kadib “Bekræft”.
    Iska jir: Meesha “Vælg person” ku taal way ku kala duwanaan kartaa adeeg ilaa adeeg. Ka qaybgalayaasha ha raadiyaan erayga, ma aha meel gaar ah.

note-guide-digital-power-of-attorney-own-mitid =
    Dheh: Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale, xitaa qoyska, wasiyada (ilaaliyeyaasha sharciga ah) ama qofka haysta wakaalad.
    Weydii: Maxaa dhacaya haddii aan xogtayda siiyo qof kale? Waxaa laga yaabaa inaad adigu bixiso khasaaraha haddii si xun loo isticmaalo.
    Iska jir: Ha sheegin lacag cadad ah, hana bixin talo sharci. Su'aalaha u gudbi { -borgerservice } ama { -mitid-support }.

note-practice-report-a-move-self-service =
    Dheh: Muuji bogga hore, oo dheh in guuritaanku yahay is-adeeg. Ka qaybgalayaasha ka codso inay helaan linkiga “Meld flytning” (soo sheeg guuritaan).
    Weydii: Goorma ayaa la isticmaalaa linkiga “Digital fuldmagt” (wakaalad dijitaal ah)? Marka qof kale uu qofka arrin ka caawinayo.
    Iska jir: Qaar ayaa riixa “Digital fuldmagt”. Taasi waa caadi; dib ugu tus “Meld flytning”.

note-practice-report-a-move-move-page =
    Dheh: Foomka ka hor, waa in lagu galo { -mitid } qofka u gaar ah. Farta ku fiiq badhanka “Log på” (gal).
    Weydii: Kee { -mitid } ayaa halkan la isticmaalaa? Mar walba kan qofka u gaar ah.
    Iska jir: Qaar ayaa isla markiiba raadiya foomka. Wuxuu yimaadaa oo keliya kadib “Log på”.

note-practice-report-a-move-mitid-box =
    Dheh: Hadda sanduuqa { -mitid } waa furan yahay. Goobta “Bruger-ID” (aqoonsiga isticmaalaha) ku qor aqoonsiga isticmaalaha ee tababarka “{ $practice-user-id }”, kadibna riix “Fortsæt” (sii wad).
    Weydii: Maxaa loogu talagalay “Glemt bruger-ID?” (aqoonsiga isticmaalaha oo la hilmaamay)? Marka qofku hilmaamo aqoonsigiisa isticmaalaha. Halkan waa la yaqaan.
    Iska jir: Qaar ayaa qora aqoonsigooda isticmaalaha ee dhabta ah. Si naxariis leh u jooji. Dhab ahaan, qofka laftiisa ayaa qora, adiguna waa inaadan ogaan.

note-practice-report-a-move-app-request =
    Dheh: Sanduuqu wuxuu muujinayaa “Åbn { -mitid } app og godkend” (fur app-ka oo oggolow). Kor u akhri codsiga app-ka: { -borger-dk } ayaa weydiinaya, qofkuna isaga ayaa bilaabay, markaa farta ayuu ku jiidayaa si uu u oggolaado.
    Weydii: Goorma ay tahay in aan la oggolaan? Marka qoraalku uusan sax ahayn, ama qofku uusan waxba bilaabin.
    Iska jir: Dhab ahaan, app-ka waxaa lagu furaa koodhka PIN. Indhaha ka jeedi, oo qofka ha qoro isaga laftiisu.

note-practice-report-a-move-form =
    Dheh: Hadda waxaa la buuxinayaa “Anmeld flytning til folkeregisteret” (u soo sheeg guuritaanka diiwaanka dadka): “Ny adresse” (cinwaan cusub) iyo “Flyttedato” (taariikhda guuritaanka). Kadib riix “Næste” (xiga).
    Weydii: Goorma ayaa la soo sheegi karaa? Laga bilaabo { $move-report-days-before } maalmood ka hor ilaa { $move-report-days-after } maalmood kadib guuritaanka. Daahitaan waxay keeni kartaa ganaax.
    Iska jir: Layligu wuxuu aqbalaa oo keliya “{ $practice-move-date }” taariikh ahaan, haddii kale bog khalad ayaa soo baxa. Taariikhda iyo “{ $practice-address }” ku qor sabuuradda.

note-practice-report-a-move-date-error =
    Dheh: Khaladku qof walba wuu ku dhacaa. Riix “Prøv igen” (isku day mar kale), oo mar kale qor taariikhda.
    Weydii: Maxaad u malaynaysaan inuu khaldanaa? Taariikhda la barbar dhig sabuuradda, xaraf xaraf.
    Iska jir: Adigu ha ku saxin shaashadda ka qaybgalaha. Kor u akhri “{ $practice-move-date }”, oo qofka ha qoro.

note-practice-report-a-move-doctor =
    Dheh: Hadda waxaa yimid “Lægevalg” (doorashada dhakhtarka). Layliga, qofku wuxuu u guurayaa meel ka fog in ka badan { $doctor-change-km } km, wuxuuna rabaa dhakhtar u dhow gurigiisa cusub.
    Weydii: Ma lacag baa lagu bixiyaa beddelka dhakhtarka marka la guuro? Maya, waa bilaash.
    Iska jir: “Behold nuværende læge” (sii hay dhakhtarkaaga hadda) khalad ma aha dhab ahaan. Halkan “Vælg ny læge” (dooro dhakhtar cusub) ayaa sax ah, sababtoo ah sheekada layliga.

note-practice-report-a-move-doctor-list =
    Dheh: Halkan waxaa lagu doortaa dhakhtar cusub. Cinwaanka cusub wuxuu ku yaal Øvelsby, markaa dooro “Læge Hanne Øvelsen, Øvelsby”.
    Weydii: Magaaladee ayuu ku yaal cinwaanka cusub? Eeg cinwaanka aad qorteen: “{ $practice-address }”.
    Iska jir: Dhakhaatiirta layliga waa la sameeyay. Sheeg taas, si aan qofna dhab ahaan u raadin.

note-practice-report-a-move-summary =
    Dheh: Wada hubiya in cinwaanka, taariikhda iyo dhakhtarku sax yihiin, intaydaan riixin “Send” (dir).
    Weydii: Maxaa la sameeyaa haddii wax khaldan yihiin? Waxaa la riixaa “Tilbage” (dib u noqo), waana la saxaa.
    Iska jir: Dad badan ayaa riixa “Send” iyagoon akhrin. Marka hore ka codso inay bogga kor ugu akhriyaan qofka dhinacooda fadhiya.

note-practice-report-a-move-receipt =
    Dheh: “Kvittering” (rasiid) waxay muujinaysaa in guuritaanka la soo sheegay. “Sundhedskort” (kaarka caafimaadka) cusub ayaa yimaada qiyaastii { $health-card-weeks } toddobaad gudahood.
    Weydii: Ma inuu qofku adeegga boostada u sheegaa cinwaanka cusub? Maya, si toos ah ayay u dhacdaa.
    Iska jir: Qoraalka rasiidka waxaa loo sameeyay layliga. Bogga dhabta ahi wuu ka duwanaan karaa.

note-practice-power-of-attorney-give-start =
    Dheh: Halkan ka qaybgaluhu wuxuu { $practice-holder-name } siinayaa wakaalad, si { $practice-holder-name } u soo sheego guuritaanka ka qaybgalaha. Riix “Log på” (gal).
    Weydii: Yaa halkan gelaya, bixiyaha mise qofka caawiya? Bixiyaha, isagoo isticmaalaya { -mitid } isaga u gaar ah.
    Iska jir: Qaar ayaa isku qasa bixinta iyo isticmaalka wakaaladda. Isticmaalka waxaad ku tababaranaysaan layli kale.

note-practice-power-of-attorney-give-mitid-box =
    Dheh: Goobta “Bruger-ID” (aqoonsiga isticmaalaha) ku qor aqoonsiga isticmaalaha ee tababarka “{ $practice-user-id }”, kadibna riix “Fortsæt” (sii wad).
    Weydii: Maxaa layliga aan weligii loogu qorin aqoonsiga isticmaalaha ee dhabta ah? Waa shakhsi, qofka caawiyana looma oggola inuu ogaado.
    Iska jir: Haddii aad dhab ahaan caawinayso, qofka laftiisa ayaa qora aqoonsigiisa isticmaalaha, adiguna indhaha ayaad ka jeedinaysaa.

note-practice-power-of-attorney-give-app-login =
    Dheh: Codsiga app-ka wuxuu ka yimid { -borger-dk }. Qofka laftiisa ayaa bilaabay gelitaanka, markaa farta ayuu ku jiidayaa si uu u oggolaado.
    Weydii: Maxaa la akhriyaa intaan la oggolaan? Cidda weydiinaysa, iyo waxa la oggolaanayo.
    Iska jir: Dhab ahaan, qofku app-ka wuxuu ku furaa koodhkiisa PIN. Indhaha ka jeedi, oo qofka ha qoro isaga laftiisu.

note-practice-power-of-attorney-give-overview =
    Dheh: Hadda waxaa la galay “Digital fuldmagt” (wakaalad dijitaal ah). Qofku isaga ayaa bixinaya wakaaladda, sidaas darteed waa “Fuldmagtsgiver” (bixiyaha wakaaladda). Riix “Giv fuldmagt” (bixi wakaalad).
    Weydii: Maxaa la yiraahdaa qofka hela wakaaladda? “Fuldmagtshaver” (haystaha wakaaladda).
    Iska jir: Bogagga layliga waa la fududeeyay. Bogga dhabta ahi wuu ka duwanaan karaa, markaa raadi erayada, ma aha meesha.

note-practice-power-of-attorney-give-holder =
    Dheh: Qor cidda helaysa wakaaladda: “{ $practice-holder-name }” goobta “Navn” (magaca), “{ $practice-cpr }” goobta “CPR-nummer”. Riix “Næste” (xiga).
    Weydii: Yaa heli kara wakaalad? Labaduba waa inay ka weyn yihiin { $power-of-attorney-min-age } sano, oo ay fahmaan waxa wakaaladdu ka dhigan tahay.
    Iska jir: Qaar ayaa qora lambar CPR oo dhab ah. Isticmaal oo keliya lambarka layliga, si aan xog dhab ah loo qorin.

note-practice-power-of-attorney-give-task =
    Dheh: Dooro waxa ay wakaaladdu khuseyso. Wakaaladdu inta badan waxay khuseysaa hal hawl, halkan “Meld flytning” (soo sheeg guuritaan).
    Weydii: Maxaa loo dooran waayay “Se prøvesvar” (eeg natiijooyinka baaritaanka)? Sababtoo ah { $practice-holder-name } wuxuu caawinayaa oo keliya guuritaanka.
    Iska jir: Qaar ayaa rabaa inay wax walba oggolaadaan. Sharax in la doorto hawsha uu qofka caawiya qabanayo.

note-practice-power-of-attorney-give-end-date =
    Dheh: Goobta “Slutdato” (taariikhda dhammaadka) waxaa lagu qoraa ilaa goorma wakaaladdu shaqaynayso, layliga “{ $practice-end-date }”. Kadib riix “Bekræft” (xaqiiji).
    Weydii: Maxaa dhaca haddii la riixo “Annuller” (ka noqo)? Waa la joojiyaa, wakaaladduna lama bixiyo.
    Iska jir: Sida taariikhda dhammaadka loo doorto bogga dhabta ah lama hubo. Taariikhda layliga ku qor sabuuradda.

note-practice-power-of-attorney-give-app-sign =
    Dheh: Wakaaladda waxaa lagu bixiyaa { -mitid }-ka qofka. Ku akhri app-ka: { -borger-dk } ayaa weydiinaya, waxayna khuseysaa “Giv fuldmagt” (bixi wakaalad). Farta ku jiid si aad u oggolaato.
    Weydii: Goorma ay tahay in aan la oggolaan? Marka qofku uusan waxba bilaabin, ama qoraalku uusan sax ahayn.
    Iska jir: Bixiyuhu mar walba isaga ayaa oggolaada. Haddii koodhka PIN la qorayo, indhaha ka jeedi, oo qofka ha qoro isaga laftiisu.

note-practice-power-of-attorney-give-done =
    Dheh: Wakaaladda waa la bixiyay. { $practice-holder-name } wuxuu ku galaa { -mitid } isaga u gaar ah, ma aha kan bixiyaha.
    Weydii: Yaa ka jawaabi kara su'aalaha ku saabsan wakaaladda qofka? { -borgerservice }.
    Iska jir: Rasiidka layliga waa la sameeyay. Bogga dhabta ahi wuu ka duwanaan karaa.

note-practice-power-of-attorney-use-start =
    Dheh: Hadda ka qaybgaluhu waa “Fuldmagtshaver” (haystaha wakaaladda). Hooyada, { $practice-mother-name }, ayaa siisay wakaalad, si ka qaybgaluhu u soo sheego guuritaankeeda. Riix “Log på” (gal).
    Weydii: Kee { -mitid } ayaa la isticmaalaa marka hooyada la caawinayo? Kan qofka u gaar ah.
    Iska jir: Shaashadda xigta waxaa ku jira dabin ku saabsan aqoonsiga isticmaalaha ee hooyada. Ha sheegin waqtigiisa ka hor.

note-practice-power-of-attorney-use-mitid-box =
    Dheh: Hooyadu waxay leedahay: “Waad isticmaali kartaa aqoonsigayga isticmaalaha.” Kooxda weydii inay taasi sax tahay, intaan qofna wax qorin.
    Weydii: Wakaalad ma lagu isticmaali karaa aqoonsiga isticmaalaha ee hooyada? Maya. Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale. Qofku wuxuu qoraa kiisa: “{ $practice-user-id }”.
    Iska jir: Haddii qof qoro wax kale, wuxuu ku dhacayaa dabinka taleefanka hooyada. Taasi waa ujeeddada, markaa ha ka bartaan.

note-practice-power-of-attorney-use-other-phone =
    Dheh: Codsigu hadda wuxuu ku jiraa taleefanka hooyada. Haddii la oggolaado, qofku wuxuu u galayaa sidii iyada, taasna qofna looma oggola. Waa in la diido.
    Weydii: Maxay taasi khalad u tahay? Qofku wuxuu wax u qabanayaa sidii qof kale. Haddii qofku xogtiisa siiyo qof kale, isaga laftiisa ayaa mas'uul noqon kara.
    Iska jir: Qoraalka badhamada app-ka dhabta ah lama hubo. Ka hadal diidista codsiga, ma aha badhan gaar ah.

note-practice-power-of-attorney-use-app-login =
    Dheh: Hadda codsigu wuxuu ku jiraa taleefanka qofka laftiisa, maxaa yeelay wuxuu qoray aqoonsigiisa isticmaalaha. { -borger-dk } ayaa weydiinaya, markaa farta ku jiid si aad u oggolaato.
    Weydii: Maxaa ka duwan dabinka? Hadda waa { -mitid }-ka qofka laftiisa, isaga ayaana bilaabay.
    Iska jir: Dhab ahaan, qofku app-ka wuxuu ku furaa koodhkiisa PIN. Indhaha ka jeedi, oo qofka ha qoro isaga laftiisu.

note-practice-power-of-attorney-use-logged-in =
    Dheh: Qofku wuxuu u galay sidii isaga. Si uu hooyada wax ugu qabto, wuxuu riixaa “Vælg person” (dooro qof).
    Weydii: Maxaa hooyadu aanay horeba ugu jirin bogga? Sababtoo ah qofku mar walba wuxuu u galaa sidii isaga, kadibna adeegga gudihiisa ayuu ku wareegaa.
    Iska jir: Meesha “Vælg person” ku taal bogga dhabta ah way kala duwanaan kartaa. Ka qaybgalayaasha ha raadiyaan erayga.

note-practice-power-of-attorney-use-people =
    Dheh: Halkan waxaa lagu doortaa qofka wax loo qabanayo. Dooro “{ $practice-mother-name }”, ma aha “Dig selv” (adiga).
    Weydii: Maxaa dhici lahaa haddii la doorto “Dig selv”? Markaas qofku wuxuu soo sheegi lahaa guuritaankiisa.
    Iska jir: Liiska layliga waa la sameeyay. Bogga dhabta ah wuu ka duwanaan karaa.

note-practice-power-of-attorney-use-confirm =
    Dheh: Hooyada waa la doortay. Riix “Bekræft” (xaqiiji) si iyada wax loogu qabto.
    Weydii: Maxay samaysaa “Annuller” (ka noqo)? Waa la joojiyaa, hooyadana wax looma qabto.
    Iska jir: Qaar waxay u maleeyaan in “Bekræft” ay siinayso { -mitid }-ka hooyada. Maya, qofku weli wuxuu ku jiraa { -mitid } isaga u gaar ah.

note-practice-power-of-attorney-use-move-form =
    Dheh: Xagga sare waxaa ku qoran cidda wax loo qabanayo. Qor cinwaanka cusub ee hooyada iyo taariikhda guuritaanka, kadibna riix “Send” (dir).
    Weydii: Sidee lagu ogaadaa in hooyada wax loo qabanayo? Xariiqda sare: “Du handler for: { $practice-mother-name }” (waxaad wax u qabanaysaa qofkan).
    Iska jir: Isticmaal qiyamka layliga: “{ $practice-address }” iyo “{ $practice-move-date }”. Ku qor sabuuradda.

note-practice-power-of-attorney-use-done =
    Dheh: Guuritaanka hooyada waa la soo sheegay. Qofku wuxuu isticmaalay { -mitid } isaga u gaar ah, wuxuuna ku wareegay “Vælg person” iyo “Bekræft”.
    Weydii: Waa maxay xeerka ugu muhiimsan ee layliga? Mar walba ku gal { -mitid } adiga kuu gaar ah, weligaa ha isticmaalin kan qof kale.
    Iska jir: Haddii qof su'aalo ka qabo wakaaladdiisa, u gudbi { -borgerservice }.
