practice-digital-post-give-access-title = U oggolow qof ku caawiya inuu galo { -digital-post }

practice-digital-post-give-access-inbox-guidance = Hooyadaa waxay rabtaa caawimaad si ay u akhriso oo uga jawaabto warqadaha hay'adaha dowladda. Oggolaanshaha waxaad ka codsanaysaa { -digital-post }-kaaga. Waxaad ku gashay { -mitid } adiga kuu gaar ah. Riix “Menu”.
practice-digital-post-give-access-inbox-hint = Raadi badhanka “Menu”, oo riix.
practice-digital-post-give-access-inbox-new-message-feedback = “Skriv ny besked” (qor fariin cusub) waxaad ku qortaa fariin aad u dirayso hay'ad. Oggolaanshaha boostada hooyadaa waxaad ka helaysaa “Menu”.
practice-digital-post-give-access-inbox-letter-feedback = Kani waa warqad adiga kuu timid. Hadda waa inaad codsato oggolaansho aad ku gasho boostada hooyadaa. Riix “Menu”.

practice-digital-post-give-access-menu-guidance = Liisku waa furan yahay. Oggolaanshaha boostada qof kale waxaad ka helaysaa “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka).
practice-digital-post-give-access-menu-hint = Riix “Læse- og skriveadgang”.
practice-digital-post-give-access-menu-settings-feedback = “Indstillinger” (dejinta) waxaa loogu talagalay sanduuqaaga boostada. Oggolaanshaha boostada hooyadaa waxaad ka helaysaa “Læse- og skriveadgang”.

practice-digital-post-give-access-access-guidance = Waxaa jira laba nooc oo oggolaansho ah. “Læseadgang” (oggolaanshaha akhriska) waxaad ku akhrin kartaa boostada. “Læse- og skriveadgang” waxaad sidoo kale ku qori kartaa oo ku jawaabi kartaa. Riix “Anmod om adgang” (codso oggolaansho).
practice-digital-post-give-access-access-hint = Riix badhanka “Anmod om adgang”.

practice-digital-post-give-access-kind-guidance = Dooro oggolaanshaha aad codsanayso. Hooyadaa waxay rabtaa caawimaad ay ku akhriso warqadaha oo ay ugu jawaabto labadaba. Oggolaanshahee ayaa taas ku habboon?
practice-digital-post-give-access-kind-hint = Hooyadaa waxay sidoo kale rabtaa caawimaad ay ku jawaabto. Dooro “Læse- og skriveadgang”.
practice-digital-post-give-access-kind-read-feedback = “Læseadgang” waxaad ku akhrin kartaa oo u gudbin kartaa warqadaha, waxaad u rari kartaa galal, waxaad ku calaamadin kartaa “la akhriyay” ama “aan la akhrin”, waxaadna arki kartaa warbixin kooban oo ku saabsan waxa dhacay. Laakiin ma qori kartid, ma jawaabi kartid, si buuxda uma tirtiri kartid warqadaha, mana siin kartid dad kale oggolaansho. Hooyadaa waxay sidoo kale rabtaa caawimaad ay ku jawaabto. Dooro “Læse- og skriveadgang”.

practice-digital-post-give-access-form-guidance = Qor magaca hooyadaa, lambarkeeda CPR iyo taariikhda oggolaanshuhu dhammaanayo. Halkan waad ku tababaranaysaa, sidaas darteed weligaa ha qorin lambar CPR oo dhab ah. Laylisan, hooyadaa waxaa la yiraahdaa { $practice-mother-name }. Isticmaal lambarka CPR ee tababarka { $practice-cpr } iyo taariikhda dhammaadka { $practice-end-date }. Kadibna riix “Send” (dir).
practice-digital-post-give-access-form-hint = Goobta “Navn” (magaca) ku qor { $practice-mother-name }, goobta “CPR-nummer” ku qor { $practice-cpr }, goobta “Slutdato” (taariikhda dhammaadka) ku qor { $practice-end-date }. Kadibna riix “Send”.
practice-digital-post-give-access-form-send-check-feedback = Lambarka CPR ma ahayn mid sax ah. Taasi si fudud ayay u dhacdaa: tiro dheeraad ah ama tiro ka maqan. Riix “Prøv igen” (isku day mar kale), oo qor lambarka CPR ee tababarka { $practice-cpr }.

practice-digital-post-give-access-error-guidance = Tani waa shaashad khalad. Waxay soo baxdaa marka wax aan sax ahayn. Wax xun ma dhacayaan: riix “Prøv igen” (isku day mar kale).
practice-digital-post-give-access-error-hint = Riix badhanka “Prøv igen”.

practice-digital-post-give-access-sent-guidance = Codsigaaga waa la diray. Hadda hooyadaa waa inay ku oggolaato { -digital-post }-keeda. Xir bogga. Markaas waxaad arkaysaa waxa hooyadaa aragto.
practice-digital-post-give-access-sent-hint = Riix “Luk” (xir).

practice-digital-post-give-access-mother-inbox-guidance = Hadda waxaad aragtaa dhinaca hooyadaa. Waxay gashay { -digital-post }-keeda, iyadoo isticmaalaysa { -mitid } iyada u gaar ah. Qof kale looma oggola inuu isticmaalo { -mitid }-keeda, xitaa adiga. Waxay furaysaa warqadda codsigu ku jiro.
practice-digital-post-give-access-mother-inbox-hint = Riix warqadda “Anmodning om læse- og skriveadgang” (codsi oggolaanshaha akhriska iyo qoraalka).
practice-digital-post-give-access-mother-inbox-other-feedback = Warqaddaas waxay ku saabsan tahay wax kale. Raadi warqadda codsiga oggolaanshaha.

practice-digital-post-give-access-request-guidance = Warqaddu waxay muujinaysaa cidda codsanaysa oggolaanshaha, iyo nooca oggolaanshaha. Halkan waxaa ku qoran magac la sameeyay, halkii magacaaga. Hooyadaa way ku taqaan, waxayna rabtaa caawimaad. Markaas way oggolaanaysaa. Oggolow oo keliya haddii aad taqaanid qofka.
practice-digital-post-give-access-request-hint = Riix “Godkend” (oggolow).
practice-digital-post-give-access-request-reject-feedback = “Afvis” (diid) waxaa la isticmaalaa marka aadan aqoon qofka, ama aadan rabin inaad oggolaansho siiso. Hooyadaa waxay rabtaa caawimaaddaada. Riix “Godkend”.

practice-digital-post-give-access-done-guidance = Si fiican baad u qabatay! Hadda waxaad akhrin kartaa warqadaha hooyadaa ee hay'adaha dowladda, waxaadna qori kartaa oo ka jawaabi kartaa. Hay'addu waxay arki kartaa inaad adigu ahayd qofka caawiyay. Oggolaanshuhu ma khuseeyo warqadaha shirkadaha gaarka ah. Waajibka akhrinta boostadeeda weli hooyadaa ayaa leh.
