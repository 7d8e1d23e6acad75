note-guide-what-is-digital-post-what =
    Dheh: { -digital-post } waa sanduuq boosto oo ammaan ah oo loogu talagalay warqadaha hay'adaha dowladda. Waxaa lagu furaa { -mitid } qofka u gaar ah.
    Weydii: Goorma ayaa qofku helaa { -digital-post }? Jawaab: Si toos ah, marka uu { $digital-post-min-age } jir noqdo.
    Iska jir: Dad badan waxay u maleeyaan inay tahay iimayl caadi ah. U sharax in lagu geli karo oo keliya { -mitid } qofka u gaar ah, iyo in qof kale aan loo oggolayn inuu isticmaalo.

note-guide-what-is-digital-post-duty =
    Dheh: Waxaa waajib ah in qofku akhriyo { -digital-post }-kiisa. Warqad waxaa loo tixgeliyaa inay timid marka ay soo gaarto, xitaa haddii aan la furin.
    Weydii: Maxaa dhacaya haddii aanan akhrin warqad? Jawaab: Weli waxaa loo tixgeliyaa inay kuu timid. Su'aalaha waajibaadka waxaa la weydiiyaa { -borgerservice }.
    Iska jir: Ha bixin talo sharci oo ku saabsan muddooyinka ama cawaaqibta. U gudbi { -borgerservice } ama { -digital-hotline } lambarka { $digital-hotline-phone }.

note-guide-what-is-digital-post-where =
    Dheh: Waa isla sanduuqa boostada, meel kasta oo laga furo: { -borger-dk }, app-ka { -digital-post }, { -e-boks } ama { -mit-dk }.
    Weydii: Xaggee ayaad maanta ka akhrisaan boostadiinna? Dhowr qof ha muujiyaan meesha ay isticmaalaan.
    Iska jir: { -e-boks } wuxuu muujiyaa boostada dowladda oo keliya kadib marka qofku oggolaado. Haddii boostada dowladdu halkaas ka maqan tahay, isku day { -borger-dk } ama app-ka.

note-guide-what-is-digital-post-inbox =
    Dheh: { -borger-dk }, bogga hore waa “Indbakke” (sanduuqa soo galka). Si warqad loo furo, waxaa la gujiyaa cinwaankeeda. Muuji sawirka sanduuqa soo galka.
    Weydii: Sideen ku ogaanayaa in boosto cusub timid? Jawaab: Waxaad heli kartaa iimayl ama SMS, haddii aad gelisay xogtaada xiriirka.
    Iska jir: Haddii aan xogta xiriirka la gelin, ogeysiis boosto cusub ah ma yimaado. Waad ka caawin kartaa lambarka taleefanka iyo iimaylka, laakiin qofka ha iska galo isaga laftiisu.

note-guide-what-is-digital-post-reply =
    Dheh: “Besvar” (jawaab) waxay jirtaa oo keliya marka hay'addu oggolaato jawaab. Haddii kale, waxaa la riixaa “Skriv ny besked” (qor fariin cusub), waxaa laga doortaa “Vælg myndighed” (dooro hay'adda), kadibna waxaa la riixaa “Send” (dir).
    Weydii: Maxaad samaynaysaan haddii aysan jirin badhan “Besvar”? Jawaab: U qor fariin cusub isla hay'addaas.
    Iska jir: Dad badan ayaa muddo dheer raadiya “Besvar”. U sheeg inay caadi tahay inuu maqnaado, iyo in fariin cusub ay tahay jidka saxda ah.

note-guide-what-is-digital-post-access =
    Dheh: Qofku wuxuu qof kale siin karaa “Læseadgang” (oggolaanshaha akhriska) ama “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka) ee { -digital-post }-kiisa. { -borgerservice } ayaa ka caawin kara bixinta.
    Weydii: Markaas miyaanan aniga mar dambe akhrinayn boostadayda? Jawaab: Waa inaad akhriso. Waajibka akhrinta boostada weli adigaa leh.
    Iska jir: Oggolaansho bixintu la mid maaha la wadaagidda { -mitid }. Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale, xitaa qoyska.

note-guide-what-is-digital-post-exemption =
    Dheh: Haddii aan qofku isticmaali karin { -digital-post }, wuxuu codsan karaa ka dhaafid. Qofku isaga ayaa shakhsi ahaan u tagaya { -borgerservice }, isagoo wata dukumiinti aqoonsi. Muuji sawirka.
    Weydii: Ma inaan sharxaa sababta aan u rabo in la iga dhaafo? Jawaab: Maya, uma baahnid inaad sheegto sababta kugu khuseysa.
    Iska jir: Waxba ha ka ballan qaadin inta ka dhaafiddu socoto. Dheh in mar walba laga noqon karo, oo u gudbi { -borgerservice }.

note-guide-digital-post-where-places =
    Dheh: Waa hal sanduuq boosto, laakiin meelo badan ayaa laga furi karaa: { -borger-dk }, app-ka { -digital-post }, { -e-boks } iyo { -mit-dk }.
    Weydii: Meeshee ayaa idiin ugu habboon: taleefanka mise kombiyuutarka?
    Iska jir: Qaar waxay u maleeyaan inay leeyihiin dhowr sanduuq oo warqado kala duwan leh. U sharax in boostada dowladdu ay meel kasta isku mid tahay.

note-guide-digital-post-where-app-and-e-boks =
    Dheh: App-ka { -digital-post } waxaa leh dowladda, wuxuuna muujiyaa oo keliya boostada dowladda. { -e-boks } wuxuu muujiyaa boostada dowladda oo keliya kadib marka qofku oggolaado.
    Weydii: Maxaan warqadaha degmada ugu arki waayay { -e-boks }? Jawaab: Waxaa laga yaabaa inaadan oggolaan. Ka akhri { -borger-dk } ama app-ka.
    Iska jir: Ka qaybgalayaasha ha furaan app-ka taleefankooda gaarka ah. Indhaha ka jeedi marka ay qorayaan koodhkooda PIN.

note-guide-digital-post-where-private =
    Dheh: Shirkadaha gaarka ah, tusaale ahaan bangiga, iyagaa dooranaya inay u diraan { -e-boks } ama { -mit-dk }. App-ka { -digital-post } ma muujiyo warqadaha shirkadaha.
    Weydii: Waxaan sugayaa warqad bangiga ka imanaysa. Xaggee ku jirtaa? Jawaab: Eeg { -e-boks } iyo { -mit-dk } labadaba.
    Iska jir: Ha isku qasin boostada dowladda iyo boostada gaarka ah. Oggolaanshaha { -digital-post }-ka qof kale ma khuseeyo warqadaha shirkadaha gaarka ah.

note-guide-digital-post-where-notices =
    Dheh: Qofku wuxuu heli karaa iimayl ama SMS marka boosto cusub timaaddo, laakiin oo keliya haddii uu geliyay xogtiisa xiriirka.
    Weydii: Maxay taasi muhiim u tahay? Jawaab: Warqad waxaa loo tixgeliyaa inay timid marka ay soo gaarto, xitaa haddii aan la akhrin.
    Iska jir: Waad ka caawin kartaa gelinta lambarka taleefanka iyo iimaylka. Qofka ha iska galo isaga laftiisu, oo indhaha ka jeedi marka uu qorayo koodhka PIN.

note-guide-digital-post-where-borger-dk =
    Dheh: Muuji sawirka: bogga hore waa “Indbakke” (sanduuqa soo galka). “Fuldskærm” (shaashad buuxda) wuxuu warqadda ku muujiyaa shaashadda oo dhan, “Zoom ind” (weyneyn) iyo “Zoom ud” (yareyn) waxay qoraalka ka dhigaan mid weyn iyo mid yar.
    Weydii: Yaa dareema in qoraalka shaashaddu inta badan aad u yar yahay? Maxaa markaas la riixi karaa?
    Iska jir: Qaar ayaa iska daaya sababtoo ah qoraalku aad buu u yar yahay. Layliga ha ku tijaabiyaan “Zoom ind” iyo “Fuldskærm” intaysan guriga isku dayin.

note-guide-digital-post-where-at-15 =
    Dheh: Marka qofku { $digital-post-min-age } jir noqdo, si toos ah ayuu u helaa { -digital-post } isaga u gaar ah. Qofka dhallinyarada ah iyo waalidkiisuba waxay warqad arrintan ku saabsan helaan ka hor maalinta dhalashada.
    Weydii: Waalid ahaan, weli ma helayaa warqadaha ilmahayga? Jawaab: Maya, laga bilaabo maalinta dhalashada. Waxay galaan { -digital-post }-ka ilmaha.
    Iska jir: Qofka dhallinyarada ah waa inuu isticmaalo { -mitid } isaga u gaar ah. Waalidka looma oggola inay ku galaan { -mitid }-ka ilmaha. Su'aalaha oggolaanshaha: { -borgerservice }.

note-guide-digital-post-access-read =
    Dheh: “Læseadgang” (oggolaanshaha akhriska) waxay u oggolaanaysaa qofka caawiya inuu warqadaha akhriyo, u gudbiyo, galal u wareejiyo, ku calaamadiyo la akhriyay ama aan la akhrin, oo uu arko waxa ka dhacay sanduuqa boostada.
    Weydii: Qofka i caawiya ma iiga jawaabi karaa? Jawaab: Maya, haddii uu haysto “Læseadgang”. Uma oggolaanayso inuu wax qoro, jawaabo, si buuxda u tirtiro, ama dad kale oggolaansho siiyo.
    Iska jir: Qaar waxay doortaan “Læseadgang”, xitaa haddii ay rabaan caawimaad ay ku jawaabaan. Marka hore weydii waxa qofku caawimaad u baahan yahay.

note-guide-digital-post-access-read-write =
    Dheh: “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka) waxay bixisaa wax walba oo “Læseadgang” bixiso. Intaas waxaa dheer, qofka caawiya wuxuu qori karaa fariimo cusub, wuxuuna ka jawaabi karaa warqadaha.
    Weydii: Hay'addu ma arki kartaa in gabadhayda ay ahayd tii wax qortay? Jawaab: Haa, hay'addu waxay arki kartaa cidda caawisay.
    Iska jir: Oggolaanshaha qoraalka sii oo keliya qof aad aaminsan tahay. Waajibka akhrinta boostada weli milkiilaha sanduuqa ayaa leh.

note-guide-digital-post-access-ask =
    Dheh: Qofka caawiya wuxuu galaa { -digital-post }-kiisa: “Menu”, “Læse- og skriveadgang”, “Anmod om adgang” (codso oggolaansho). Kadib magaca, lambarka CPR, taariikhda dhammaadka iyo “Send” (dir).
    Weydii: Maxaa qofka caawiya uusan si fudud ugu gelin { -mitid }-ka hooyada? Jawaab: Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale, xitaa qoyska.
    Iska jir: Bogga dhabta ahi wuu ka duwanaan karaa. Raadi erayada, ma aha meesha ay ku yaallaan. Indhaha ka jeedi marka qof qorayo koodhkiisa PIN.

note-guide-digital-post-access-approve =
    Dheh: Qofka caawiya isla markiiba ma helo oggolaanshaha. Milkiilaha sanduuqa ayaa isaga laftiisu codsiga ku oggolaanaya { -digital-post }-kiisa.
    Weydii: Maxaan hubiyaa intaanan oggolaan? Jawaab: Cidda codsanaysa oggolaanshaha, iyo nooca. Oggolow oo keliya haddii aad taqaanid qofka.
    Iska jir: Milkiiluhu isaga ayaa ku galaya { -mitid } isaga u gaar ah. Indhaha ka jeedi inta koodhka PIN la qorayo, oo milkiilaha ha riixo isaga laftiisu.

note-guide-digital-post-access-borgerservice =
    Dheh: { -borgerservice } sidoo kale wuu bixin karaa oggolaanshaha. Haddii milkiiluhu uusan iman karin, qofka caawiya wuxuu keeni karaa wakaalad milkiiluhu siiyay. Muuji sawirka.
    Weydii: Maxaan samaynaa haddii hooyaday aysan iyadu oggolaan karin? Jawaab: Weydii { -borgerservice }. Way bixin karaan oggolaanshaha, laga yaabee iyadoo wakaalad la adeegsanayo.
    Iska jir: Ha ballan qaadin waraaqaha { -borgerservice } u baahan yahay kiis kasta. Ka qaybgalaha ka codso inuu marka hore weydiiyo { -borgerservice }.

note-guide-digital-post-access-limits =
    Dheh: Oggolaanshuhu wuxuu khuseeyaa boostada dowladda ee { -borger-dk }, app-ka { -digital-post }, { -e-boks } iyo { -mit-dk }. Ma khuseeyo warqadaha shirkadaha.
    Weydii: Wiilkay ma arki karaa warqadahayga bangiga? Jawaab: Maya, oggolaanshuhu ma khuseeyo warqadaha shirkadaha gaarka ah.
    Iska jir: Waajibka akhrinta boostada weli milkiilaha ayaa leh. Haddii shaki jiro: { -borgerservice } ama { -digital-hotline } lambarka { $digital-hotline-phone }.

note-guide-digital-post-exemption-who =
    Dheh: Sababaha waxaa ka mid noqon kara: naafonimo, caqabado luqadeed, kombiyuutar internet leh oo aan guriga ku jirin, cinwaan joogto ah oo aan la lahayn, ama in { -mitid } ay adag tahay in la helo.
    Weydii: Taleefankayga casriga ah ma loo tiriyaa kombiyuutar? Jawaab: Haa, taleefan casri ah ama tablet waxaa loo tiriyaa kombiyuutar.
    Iska jir: Adigu ha go'aamin in qof laga dhaafi karo iyo in kale. Sharax sababaha, oo u gudbi { -borgerservice }.

note-guide-digital-post-exemption-how =
    Dheh: Qofku isaga ayaa shakhsi ahaan u tagaya { -borgerservice }, isagoo wata dukumiinti aqoonsi, wuxuuna saxiixaa “på tro og love”. Taasi waxay ka dhigan tahay inuu ballan qaadayo inay run tahay.
    Weydii: Ma inaan caddeeyaa sababtayda? Jawaab: Maya, uma baahnid inaad sheegto sababta kugu khuseysa.
    Iska jir: Ka qaybgalayaasha xusuusi inay keenaan dukumiinti aqoonsi. Haddii ay wax ka shakisan yihiin, ha weydiiyaan { -borgerservice } ka hor.

note-guide-digital-post-exemption-relative =
    Dheh: Haddii qofku uusan iman karin, qof qaraabadiisa ah ayaa u codsan kara. Qofkaasi waa inuu keenaa wakaalad uu qofku saxiixay.
    Weydii: Ma u codsan karaa aabbahay? Jawaab: Haa, haddii aad haysato wakaalad uu saxiixay. Haddii aad shaki qabtaan, weydiiya { -borgerservice }.
    Iska jir: Qaraabadu wuxuu ku codsadaa wakaaladda, ma aha { -mitid }-ka qofka. Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale.

note-guide-digital-post-exemption-self-service =
    Dheh: Ka dhaafiddu waxay sidoo kale khuseysaa is-adeegga dijitaalka ah ee haddii kale qasabka ah, tusaale ahaan soo sheegidda guuritaan ama codsashada kaarka caafimaadka.
    Weydii: Markaas sideen u soo sheegayaa guuritaan? Jawaab: { -borgerservice } ayaa sharxi kara. Weydii iyaga.
    Iska jir: Ha ballan qaadin jid gaar ah oo is-adeegga ka baxsan. { -borgerservice } ha sharxo waxa halkii la samaynayo.

note-guide-digital-post-exemption-help-instead =
    Dheh: Haddii qofku rabo inuu sii haysto { -digital-post } oo uu caawimaad helo, wuxuu oggolaansho siin karaa qof uu aaminsan yahay. Haddii uu leeyahay “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka), qofkaasi wuxuu sidoo kale jawaabi karaa.
    Weydii: Ma la heli karaa wakaalad iyo ka dhaafid labadaba? Jawaab: Haa. Weydii { -borgerservice } waxa ugu habboon.
    Iska jir: Weligaa ha ku caawin amaahinta { -mitid }-ka ama koodhadka qof kale. Oggolaansho, wakaalad ama ka dhaafid ayaa ah jidadka saxda ah.

note-guide-digital-post-exemption-cancel =
    Dheh: Ka dhaafidda mar walba waa laga noqon karaa. Markaas qofku mar dambe wuu dib u bilaabi karaa isticmaalka { -digital-post }.
    Weydii: Ilaa goorma ayay ka dhaafiddu shaqaynaysaa? Jawaab: Si hubaal ah ma ogin. Weydii { -borgerservice }.
    Iska jir: Ha bixin talo ah in qof ka noqdo iyo in kale. Su'aalaha ka dhaafidda u gudbi { -borgerservice }.

note-practice-digital-post-read-inbox =
    Dheh: Bogga hore waa “Indbakke” (sanduuqa soo galka). Warqadaha qaarkood waa cusub. Ka qaybgalayaasha ka codso inay riixaan cinwaanka “Din forskudsopgørelse er klar” (qiyaastaada canshuurta waa diyaar).
    Weydii: Warqadahee ayaa halkan cusub, yaase ka yimid?
    Iska jir: Haddii qof furo warqad kale, layligu wuu sharxayaa. Kadib farta ku fiiq warqadda Skattestyrelsen (hay'adda canshuurta). Warqadaha oo dhan waa la sameeyay, ma aha kuwo dhab ah.

note-practice-digital-post-read-letter =
    Dheh: Warqaddu waa furan tahay: mawduuca, cidda dirtay iyo qoraal gaaban. Fayl ayaa la socda. Akhri qoraalka, oo riix “Forskudsopgørelse.pdf”.
    Weydii: Yay warqaddu ka timid, maxayse ku saabsan tahay?
    Iska jir: Bogagga dhabta ah faylku wuu ka duwanaan karaa. Bar inay raadiyaan magaca faylka, ma aha meel gaar ah oo bogga ka mid ah.

note-practice-digital-post-read-viewer =
    Dheh: Faylku waa furan yahay. “Zoom ind” (weyneyn) wuxuu qoraalka ka dhigaa mid weyn, “Fuldskærm” (shaashad buuxda) wuxuu ku muujiyaa shaashadda oo dhan. Ka codso inay riixaan “Zoom ind”.
    Weydii: Qoraalku ma idiin fudud yahay in la akhriyo? Maxaad samaysaan marka uu aad u yar yahay?
    Iska jir: Qaar ayaa faylka ku xira “Luk” (xir) intaysan akhrin. Marka hore ha weyneeyaan oo ha akhriyaan.

note-practice-digital-post-read-viewer-zoomed =
    Dheh: Hadda qoraalku wuu weynaaday, “Zoom ud” (yareyn) ayaa mar kale yareeya. Waa warqad tababar oo aan lahayn tirooyin dhab ah. Faylka ku xir “Luk” (xir).
    Weydii: Waa maxay qiyaasta canshuurta (forskudsopgørelse)? Jawaab: Miisaaniyadda Skattestyrelsen ee sannadka soo socda. Waxay timaadaa bartamaha Noofembar.
    Iska jir: Ha bixin talo canshuur oo ku salaysan warqadda tababarka. Su'aalaha kiiska qofka gaarka ah waxaa la weydiiyaa { -borgerservice }.

note-practice-digital-post-read-letter-read =
    Dheh: Faylka waa la xiray, waxaanan ku soo noqonnay warqadda. Hadda warqadda iyo faylka labadaba waa la akhriyay. Liiska ka riix “Indbakke” (sanduuqa soo galka).
    Weydii: Maxaa hadda warqadda lagu samayn karaa? Tusaale ahaan in gal lagu kaydiyo, la gudbiyo, ama meesheeda lagu daayo.
    Iska jir: Qaar ayaa rabaa inay warqad tirtiraan isla marka ay akhriyaan. Dheh in laga yaabo in mar kale loo baahdo.

note-practice-digital-post-read-inbox-done =
    Dheh: Si fiican baad u qabateen. Warqadda Skattestyrelsen hadda cusub ma aha. Sidaas ayaa loo furaa warqad iyo faylka ku jira.
    Weydii: Intee jeer ayaad guriga ka eegi doontaan { -digital-post }-kiinna?
    Iska jir: Xusuusi waajibka ah in qofku akhriyo { -digital-post }-kiisa. Su'aalaha waajibaadka waxaa la weydiiyaa { -borgerservice }.

note-practice-digital-post-reply-inbox =
    Dheh: Warqad cusub oo ku saabsan shir ayaa ka timid “Øvelse Kommune” (degmada tababarka). Ka codso inay furaan, cinwaankeedu waa “Invitation til møde” (martiqaad shir).
    Weydii: Sidee lagu ogaadaa in si toos ah looga jawaabi karo warqad? Jawaab: Fur warqadda, oo eeg inay ku qoran tahay “Besvar” (jawaab).
    Iska jir: Qaar ayaa isla markiiba riixa “Skriv ny besked” (qor fariin cusub). Ka codso inay marka hore furaan warqadda, si ay u arkaan inay si toos ah uga jawaabi karaan.

note-practice-digital-post-reply-letter-meeting =
    Dheh: Warqaddan waxaa ku yaal badhanka “Besvar” (jawaab). Wuxuu jiraa oo keliya marka hay'addu oggolaato jawaab. Ka codso inay riixaan “Besvar”.
    Weydii: Maxay degmadu warqadda ku weydiinaysaa?
    Iska jir: “Videresend” (u gudbi) waxaa inta badan lagu qaldaa jawaab. Wuxuu warqadda u diraa qof kale, dib uguma celiyo degmada.

note-practice-digital-post-reply-reply-form =
    Dheh: Halkan waxaa lagu qoraa jawaabta: cinwaan gaaban goobta “Emne” (mawduuc), jawaabta laftigeedana goobta “Besked” (fariin). Kadib riix “Send” (dir).
    Weydii: Waa maxay cinwaan wanaagsan? Jawaab: Mid gaaban oo cad, si hay'addu u aragto waxa uu ku saabsan yahay.
    Iska jir: Ka qaybgalaha ha qoro isaga laftiisu, oo layliga ha ku qorin xog shakhsi ah oo dhab ah. Jawaab gaaban sida “Jeg kommer gerne.” (waan imanayaa) way ku filan tahay.

note-practice-digital-post-reply-reply-sent =
    Dheh: Jawaabta waa la diray. Hadda waxaan rabnaa inaan Udbetaling Danmark wax ka weydiinno kaalmada kirada. Marka hore fur warqaddooda, oo eeg in laga jawaabi karo.
    Weydii: Maxay qabato Udbetaling Danmark? Jawaab: Waxay bixiyaan tusaale ahaan kaalmada kirada, lacagta hawlgabka iyo gargaarka qoysaska carruurta leh.
    Iska jir: Qoraalka “Dit svar er sendt.” waa la sameeyay. Bogga dhabta ah xaqiijintu way ka duwanaan kartaa.

note-practice-digital-post-reply-letter-housing =
    Dheh: Eeg badhamada: ma jiro “Besvar” (jawaab). Markaas hay'addu ma oggola jawaab, waxaana la qoraa fariin cusub oo lagu qoro “Skriv ny besked” (qor fariin cusub).
    Weydii: Markaas miyaan gabi ahaanba lala xiriiri karin? Jawaab: Waa lala xiriiri karaa, waxaa kaliya loo qoraa fariin cusub.
    Iska jir: Qaar waxay u maleeyaan in badhanku qarsoon yahay ama uu jabay. U sharax inuusan jirin marka jawaab la oggolayn.

note-practice-digital-post-reply-compose =
    Dheh: Fariin cusub waxay ku bilaabataa in la doorto cidda loo dirayo. Ka codso inay riixaan “Vælg myndighed” (dooro hay'adda).
    Weydii: Yay fariintu u socotaa, waayo?
    Iska jir: “Annuller” (ka noqo) wuxuu joojiyaa fariinta cusub. Haddii qof si khalad ah u riixo, dib uga bilaaba “Skriv ny besked”.

note-practice-digital-post-reply-authority-list =
    Dheh: Halkan waxaa ku yaal liis hay'ado ah. Su'aashu waxay ku saabsan tahay kaalmada kirada, markaa dooro “Udbetaling Danmark”.
    Weydii: Yaad u qori lahaydeen haddii su'aashu ku saabsan tahay canshuur? Iyo shir degmada ah?
    Iska jir: Liiska dhabta ahi wuu ka duwanaan karaa kan halkan. Dooro hay'adda warqaddu ka timid.

note-practice-digital-post-reply-form =
    Dheh: Goobta “Emne” (mawduuc) ku qor cinwaan, goobta “Besked” (fariin) ku qor su'aasha. Heshiiska kirada waa in la raaciyaa, markaa riix “Vedhæft fil” (ku lifaaq fayl).
    Weydii: Weligiin ma isku dayseen inaad dukumiinti u dirtaan hay'ad? Sideed u samayseen?
    Iska jir: Qaar ayaa riixa “Send” (dir) goor hore. Marka hore lifaaq faylka. Ka qaybgalayaasha ha qoraan iyaga laftoodu, oo isticmaal oo keliya qoraal la sameeyay.

note-practice-digital-post-reply-choose-file =
    Dheh: Hadda waxaan aragnaa faylasha kombiyuutarka, ma aha { -digital-post }. Dooro “Lejekontrakt.pdf” (heshiiska kirada).
    Weydii: Maxaa “Feriebillede.jpg” iyo “Indkøbsliste.docx” aan loo raacinayn? Jawaab: Dir oo keliya waxa hay'addu u baahan tahay.
    Iska jir: Kombiyuutar dhab ah liisku wuu ka duwanaan karaa. Ka caawi helidda faylka, laakiin qofka ha doorto isaga laftiisu waxa la dirayo.

note-practice-digital-post-reply-form-attached =
    Dheh: Faylka waa la lifaaqay, wuxuuna ku yaal “Vedhæftede filer” (faylal lifaaqan) hoostiisa. Hubi mawduuca, fariinta iyo faylka, kadibna riix “Send” (dir).
    Weydii: Maxaad hubisaan intaydaan riixin “Send”?
    Iska jir: Qaar ayaa mar kale riixa “Vedhæft fil” (ku lifaaq fayl). Faylku horeba wuu la socdaa, looma baahna in mar kale la lifaaqo.

note-practice-digital-post-reply-sent =
    Dheh: Si fiican baad u qabateen. Haddii warqad ay ku qoran tahay “Besvar” (jawaab), si toos ah ayaa looga jawaabi karaa. Haddii kale, fariin cusub ayaa lagu qoraa “Skriv ny besked” (qor fariin cusub).
    Weydii: Yaa ereyadiisa ku sharxi kara farqiga u dhexeeya “Besvar” iyo “Skriv ny besked”?
    Iska jir: Qoraalka “Din besked er sendt.” waa la sameeyay. Bogga dhabta ah xaqiijintu way ka duwanaan kartaa.

note-practice-digital-post-folders-inbox =
    Dheh: Warqadda Udbetaling Danmark waxaan ku kaydinaynaa gal, si ay u fududaato in mar kale la helo. Fur warqadda “Din boligstøtte” (kaalmadaada kirada).
    Weydii: Warqadahee ayaad jeclaan lahaydeen inaad guriga galal ku ururisaan?
    Iska jir: Qaar ayaa si toos ah u aada “Mapper” (galal). Layliga, warqadda waxaa laga wareejiyaa gudaha warqadda laftigeeda, markaa marka hore fur.

note-practice-digital-post-folders-letter-housing =
    Dheh: Warqaddu waa furan tahay. “Flyt” (wareeji) ayaa lagu dhigaa gal. Ka codso inay riixaan “Flyt”.
    Weydii: Waa maxay farqiga u dhexeeya “Flyt” iyo “Slet” (tirtir)?
    Iska jir: “Flyt” iyo “Slet” waa la isku qaldi karaa. Ka codso inay badhanka kor u akhriyaan intaysan riixin.

note-practice-digital-post-folders-choose-folder =
    Dheh: Dooro gal. Warqaddu waxay ku saabsan tahay guri, markaa dooro “Bolig” (guri). Magacyada galalka waxaa loo sameeyay layliga.
    Weydii: Galkee ayay ka tirsanaan lahayd warqad ka timid Skattestyrelsen?
    Iska jir: Si sax ah ma ogin sida gal loogu doorto bogga dhabta ah. Raadi erayga “Flyt” iyo magaca galka.

note-practice-digital-post-folders-inbox-moved =
    Dheh: Warqaddu hadda waxay ku jirtaa “Bolig” (guri), kumana jirto “Indbakke” (sanduuqa soo galka). Lama tirtirin. Hadda fur “Påmindelse om møde” (xusuusin shir).
    Weydii: Xaggee mar kale laga helayaa warqadda kaalmada kirada? Jawaab: “Mapper” (galal) hoostiisa, galka “Bolig”.
    Iska jir: Qaar ayaa cabsada marka warqaddu ka baaba'do sanduuqa soo galka. Muuji inay kaliya meel kale u wareegtay.

note-practice-digital-post-folders-letter-reminder =
    Dheh: Shirku waa dhammaaday, markaa warqadda waa la tirtiri karaa. Riix “Slet” (tirtir). Tirtir oo keliya warqadaha aad hubto inaadan mar dambe u baahnayn.
    Weydii: Warqadahee aydaan weligiin tirtiri lahayn? Kooxda ha bixiyaan tusaalooyin.
    Iska jir: Erayga “Slet” lagama xaqiijin bogagga dhabta ah. Haddii shaki jiro, waxaa ka wanaagsan in warqadda gal loo wareejiyo.

note-practice-digital-post-folders-inbox-deleted =
    Dheh: Warqadda waa la tirtiray. Hadda waxaan raadinaynaa warqad hore oo ku saabsan qiyaasta canshuurta. Waxay ku jirtaa gal, markaa riix “Mapper” (galal).
    Weydii: Xaggee ka raadin lahaydeen warqad sannadkii hore ahayd?
    Iska jir: Warqadda cusub “Din årsopgørelse er klar” (xisaabta canshuurta sannadka waa diyaar) ma aha tan aan raadinayno. Xisaabta canshuurta sannadka iyo qiyaasta canshuurtu isku mid maaha.

note-practice-digital-post-folders-folder-list =
    Dheh: Waa kuwan galalka “Bolig” (guri), “Skat” (canshuur) iyo “Kommunen” (degmada). Warqadda Skattestyrelsen waxay ku jirtaa “Skat”. Fur galkaas.
    Weydii: Galkee ayay hadda ku jirtaa warqadda kaalmada kirada?
    Iska jir: Magacyada galalka waa la sameeyay. Guriga galalku magacyo kale ayay yeelan karaan.

note-practice-digital-post-folders-folder-tax =
    Dheh: Galka “Skat” (canshuur) waxaa ku jira warqado hore oo ka yimid Skattestyrelsen. Akhri cinwaannada, oo fur “Din forskudsopgørelse er klar” (qiyaastaada canshuurta waa diyaar).
    Weydii: Waa maxay farqigu? Jawaab: Qiyaasta canshuurtu waa miisaaniyadda sannadka soo socda. Xisaabta canshuurta sannaduna waa natiijada sannadkii hore.
    Iska jir: Cinwaannadu way isu eg yihiin. Ka codso inay akhriyaan cinwaanka oo dhan iyo taariikhda intaysan riixin.

note-practice-digital-post-folders-old-letter =
    Dheh: Waa kan warqaddii hore, oo laga helay galka “Skat” (canshuur). Hadda waan ka dhammaynay boostadeenna. Riix “Indbakke” (sanduuqa soo galka).
    Weydii: Maxaad ku samaysaan warqad laga yaabo inaad mar kale u baahataan? Jawaab: Gal ku kaydi, hana tirtirin.
    Iska jir: Shaashadda xigtaa waa xaalad cusub: in qof kale la caawiyo. Kor u dheh, si aan qofna u moodin inuu weli ku jiro boostadiisa.

note-practice-digital-post-folders-mother-letter =
    Dheh: Qofku wuxuu caawinayaa hooyadiis, { $practice-mother-name }, oo siisay “Læseadgang” (oggolaanshaha akhriska). Waa loo oggol yahay inuu akhriyo, gudbiyo oo wareejiyo, laakiin looma oggola inuu si buuxda u tirtiro, wax qoro ama jawaabo.
    Weydii: Maxaa “Besvar” (jawaab) halkan u shaqayn waayay? Jawaab: Waxaa loo baahan yahay “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka).
    Iska jir: Qofka caawiya wuxuu isticmaalaa { -mitid } isaga u gaar ah, weligiis ma isticmaalo kan hooyada. Layligu ma muujinayo sida loogu wareego sanduuqa boostada qof kale.

note-practice-digital-post-folders-forwarded =
    Dheh: Si fiican baad u qabateen. Warqadda waa la gudbiyay, taasna waa la oggol yahay marka la haysto “Læseadgang” (oggolaanshaha akhriska). Waajibka akhrinta boostadeeda weli hooyada ayaa leh.
    Weydii: Oggolaanshahee ayay hooyadu bixinaysaa haddii ay sidoo kale rabto caawimaad ay ku jawaabto? Jawaab: “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka).
    Iska jir: Qoraalka “Brevet er videresendt.” waa la sameeyay. Su'aalaha oggolaanshaha waxaa la weydiiyaa { -borgerservice }.

note-practice-digital-post-give-access-inbox =
    Dheh: Ka qaybgaluhu waa qofka caawiya, wuxuuna ku jiraa { -digital-post }-kiisa, oo uu ku galay { -mitid } isaga u gaar ah. Hooyadu waxay rabtaa caawimaad ay ku akhriso oo ay ku jawaabto. Riix “Menu”.
    Weydii: Maxaa qofka caawiya uga bilaabaa sanduuqiisa boostada? Jawaab: Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale, xitaa qoyska.
    Iska jir: Qofka caawiya weligiis looma oggola inuu ogaado koodhka PIN ama aqoonsiga isticmaalaha qof kale. Indhaha ka jeedi marka qof qorayo koodhkiisa.

note-practice-digital-post-give-access-menu =
    Dheh: Liisku waa furan yahay. Oggolaanshaha boostada qof kale waxay ku jirtaa “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka). Riix halkaas.
    Weydii: Maxaa laga helaa “Indstillinger” (dejinta)? Jawaab: Dejinta sanduuqa boostada qofka laftiisa, ma aha oggolaanshaha boostada dadka kale.
    Iska jir: Waxaa la galaa “Læse- og skriveadgang”, xitaa haddii qofku kaliya rabo inuu codsado “Læseadgang” (oggolaanshaha akhriska). Taasi way jahwareerin kartaa.

note-practice-digital-post-give-access-access =
    Dheh: “Læseadgang” (oggolaanshaha akhriska) waa in boostada la akhriyo. “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka) waa in sidoo kale wax la qoro oo la jawaabo. Riix “Anmod om adgang” (codso oggolaansho).
    Weydii: Oggolaanshahee ayaa ku habboon qof kaliya doonaya inuu ogaado in boosto timid?
    Iska jir: Qoraalka bogga waxaa loo sameeyay layliga. Bogga dhabta ahi wuu ka duwanaan karaa. Raadi “Anmod om adgang”.

note-practice-digital-post-give-access-kind =
    Dheh: Dooro oggolaanshaha la codsanayo. Hooyadu waxay rabtaa caawimaad ay ku akhriso oo ay ku jawaabto labadaba, markaa waa “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka).
    Weydii: Maxaa aan lagu samayn karin “Læseadgang” (oggolaanshaha akhriska)? Jawaab: Wax qorid, jawaab, warqado si buuxda loo tirtiro, ama dad kale oo oggolaansho la siiyo.
    Iska jir: Kooxda ha jawaabaan intaan qofna riixin. Si hubaal ah uma ogin meesha nooca oggolaanshaha laga doorto bogga dhabta ah.

note-practice-digital-post-give-access-form =
    Dheh: Qor magaca, lambarka CPR iyo taariikhda dhammaadka. Isticmaal oo keliya kuwa layliga: { $practice-mother-name }, { $practice-cpr } iyo { $practice-end-date }. Kadib riix “Send” (dir).
    Weydii: Waa maxay taariikhda dhammaadku? Jawaab: Maalinta ugu dambeysa ee oggolaanshuhu shaqaynayo.
    Iska jir: Weligaa layliga ha ku qorin lambar CPR oo dhab ah. Tiro khaldan waxay keentaa shaashad khalad. Taasi waa caadi.

note-practice-digital-post-give-access-error =
    Dheh: Tani waa shaashad khalad. Waxay soo baxdaa marka wax aan sax ahayn, halkan lambarka CPR. Wax xun ma dhacayaan. Riix “Prøv igen” (isku day mar kale).
    Weydii: Maxaad samaysaan marka khalad ka dhaco bog dhab ah? Jawaab: Isku day mar kale, haddii kalena wac { -digital-hotline } lambarka { $digital-hotline-phone }.
    Iska jir: Ammaan isku dayga. Wada hubiya inay ku qoran tahay { $practice-cpr }, laakiin ka qaybgalaha ha saxo isaga laftiisu.

note-practice-digital-post-give-access-sent =
    Dheh: Codsiga waa la diray. Hadda hooyadu waa inay ku oggolaato { -digital-post }-keeda. Riix “Luk” (xir) si aad u aragto dhinaca hooyada.
    Weydii: Qofka caawiya isla markiiba ma helaa oggolaanshaha? Jawaab: Maya, kaliya marka milkiilaha sanduuqu oggolaado.
    Iska jir: Qoraalka ka dambeeya “Send” waa la sameeyay. Kor u dheh in layligu hadda u wareegayo dhinaca hooyada, si aan qofna u jahwareerin.

note-practice-digital-post-give-access-mother-inbox =
    Dheh: Hadda waxaan aragnaa dhinaca hooyada. Waxay ku jirtaa { -digital-post }-keeda, oo ay ku gashay { -mitid } iyada u gaar ah. Waxay furaysaa warqadda codsiga.
    Weydii: Yaa loo oggol yahay inuu ku galo { -mitid }-ka hooyada? Jawaab: Hooyada oo keliya, xitaa carruurteeda looma oggola.
    Iska jir: Marka hooyadu dhab ahaan gelayso, qofka caawiya indhaha ayuu ka jeediyaa inta ay qorayso koodhkeeda PIN. Iyada ayaa laftigeeda samaysa.

note-practice-digital-post-give-access-request =
    Dheh: Warqaddu waxay muujinaysaa cidda codsanaysa oggolaanshaha, iyo nooca. “Sara Øvelsen” waa magac la sameeyay oo qofka caawiya ah. Hooyadu waxay riixaysaa “Godkend” (oggolow).
    Weydii: Goorma ayaa la riixaa “Afvis” (diid)? Jawaab: Haddii aadan aqoon qofka, ama aadan rabin inaad oggolaansho bixiso.
    Iska jir: Oggolow oo keliya haddii aad taqaanid qofka. Milkiilaha ha akhriyo oo ha riixo isaga laftiisu, xitaa marka aad dhinaciisa fadhido.

note-practice-digital-post-give-access-done =
    Dheh: Si fiican baad u qabateen. Hadda qofka caawiya wuxuu akhrin karaa, qori karaa oo ka jawaabi karaa boostada hooyada ee dowladda. Hay'addu waxay arki kartaa cidda caawisay.
    Weydii: Qofka caawiya hadda ma arki karaa warqadaha bangiga ee hooyada? Jawaab: Maya, oggolaanshuhu ma khuseeyo warqadaha shirkadaha gaarka ah.
    Iska jir: Waajibka akhrinta boostadeeda weli hooyada ayaa leh. Su'aalaha: { -borgerservice } ama { -digital-hotline } lambarka { $digital-hotline-phone }.
