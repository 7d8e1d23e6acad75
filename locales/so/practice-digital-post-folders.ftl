practice-digital-post-folders-title = Galal, tirtirid iyo oggolaanshaha akhriska

practice-digital-post-folders-inbox-guidance =
    Waxaad ku jirtaa sanduuqaaga soo galka: “Indbakke”. Halkan waxaa yaalla warqad ka timid Udbetaling Danmark (hay'adda bixisa gargaarka dowladda), oo ku saabsan kaalmadaada kirada.
    Waxaad rabtaa inaad gal ku kaydiso. Markaas way fududaanaysaa inaad mar kale hesho.
    Fur warqadda.
practice-digital-post-folders-inbox-hint = Riix cinwaanka “Din boligstøtte” (kaalmadaada kirada).
practice-digital-post-folders-inbox-open-reminder-feedback = Warqaddaas waxaad gaari doontaa dhawaan. Marka hore fur warqadda “Din boligstøtte” (kaalmadaada kirada).
practice-digital-post-folders-inbox-open-tax-feedback = Warqaddaas halkeeda way ku sii jiri kartaa. Fur warqadda “Din boligstøtte” (kaalmadaada kirada).
practice-digital-post-folders-inbox-folders-feedback = Gudaha “Mapper” (galal) waxaad ku arkaysaa galalkaaga. Marka hore warqadda waa in gal la dhigaa: fur warqadda “Din boligstøtte” (kaalmadaada kirada).

practice-digital-post-folders-letter-housing-guidance =
    Warqaddu waa furan tahay.
    Riix “Flyt” (wareeji) si aad warqadda gal u dhigto.
practice-digital-post-folders-letter-housing-hint = Riix “Flyt”.
practice-digital-post-folders-letter-housing-delete-feedback = Waxaad rabtaa inaad warqadda kaydiso, ma aha inaad tirtirto. Riix “Flyt” (wareeji).
practice-digital-post-folders-letter-housing-forward-feedback = “Videresend” (u gudbi) wuxuu warqadda u diraa qof kale. Waxaad rabtaa inaad gal ku kaydiso: riix “Flyt” (wareeji).

practice-digital-post-folders-choose-folder-guidance =
    Dooro gal aad warqadda geliso.
    Warqaddu waxay ku saabsan tahay gurigaaga. Dooro galka “Bolig” (guri).
    Markaas warqadahaaga guriga ku saabsan waxay wada yaallaan isla meel.
practice-digital-post-folders-choose-folder-hint = Riix “Bolig”.
practice-digital-post-folders-choose-folder-tax-feedback = Warqaddu waxay ku saabsan tahay kaalmada kirada, ma aha canshuurta. Dooro galka “Bolig” (guri).
practice-digital-post-folders-choose-folder-municipality-feedback = Warqaddu waxay ka timid Udbetaling Danmark, ma aha degmada. Dooro galka “Bolig” (guri).
practice-digital-post-folders-choose-folder-cancel-feedback = Markaas warqadda lama wareejinayo. Dooro galka “Bolig” (guri).

practice-digital-post-folders-inbox-moved-guidance =
    Warqaddu hadda waxay ku jirtaa galka “Bolig” (guri). Mar dambe kuma jirto “Indbakke” (sanduuqa soo galka).
    Hadda waxaad nadiifinaysaa sanduuqaaga.
    Warqadda “Påmindelse om møde” (xusuusin shir) waxay ku saabsan tahay shir dhammaaday. Fur warqadda.
practice-digital-post-folders-inbox-moved-hint = Riix cinwaanka “Påmindelse om møde” (xusuusin shir).
practice-digital-post-folders-inbox-moved-open-tax-feedback = Warqaddaas waa inaad kaydiso. Fur “Påmindelse om møde” (xusuusin shir).
practice-digital-post-folders-inbox-moved-folders-feedback = “Mapper” (galal) waxaad u baahan doontaa dhawaan. Marka hore nadiifi sanduuqaaga: fur “Påmindelse om møde” (xusuusin shir).

practice-digital-post-folders-letter-reminder-guidance =
    Shirku waa dhammaaday. Warqadda mar dambe uma baahnid.
    Riix “Slet” (tirtir).
    Tirtir oo keliya warqadaha aad hubto inaadan mar dambe u baahnayn.
practice-digital-post-folders-letter-reminder-hint = Riix “Slet”.
practice-digital-post-folders-letter-reminder-move-feedback = Waad kaydin kartaa warqadda adigoo gal dhigaya. Laakiin shirku waa dhammaaday, warqaddana mar dambe uma baahnid. Riix “Slet” (tirtir).
practice-digital-post-folders-letter-reminder-forward-feedback = Warqadda looma baahna in la gudbiyo. Shirku waa dhammaaday. Riix “Slet” (tirtir).

practice-digital-post-folders-inbox-deleted-guidance =
    Warqadda waa la tirtiray.
    Hadda waxaad rabtaa inaad hesho warqad hore oo ka timid Skattestyrelsen (hay'adda canshuurta), oo ku saabsan qiyaasta canshuurtaada.
    Waxay ku jirtaa gal. Riix “Mapper” (galal).
practice-digital-post-folders-inbox-deleted-hint = Liiska ka riix “Mapper”.
practice-digital-post-folders-inbox-deleted-open-tax-feedback = Tani waa warqad cusub oo ku saabsan xisaabta canshuurtaada sannadka. Warqaddii hore ee qiyaasta canshuurtaada waxay ku jirtaa gal. Riix “Mapper” (galal).
practice-digital-post-folders-inbox-deleted-new-message-feedback = Hadda waxba uma baahnid inaad qorto. Riix “Mapper” (galal) si aad u hesho warqaddii hore.

practice-digital-post-folders-folder-list-guidance =
    Kuwani waa galalkaaga.
    Warqadda Skattestyrelsen waxay ku jirtaa galka “Skat” (canshuur).
    Fur galka.
practice-digital-post-folders-folder-list-hint = Riix “Skat”.
practice-digital-post-folders-folder-list-housing-feedback = Gudaha “Bolig” (guri) waxaa ku jirta warqadda kaalmada kirada, ee aad hadda wareejisay. Fur galka “Skat” (canshuur).
practice-digital-post-folders-folder-list-municipality-feedback = Gudaha “Kommunen” (degmada) waxaa ku jira warqadaha degmada. Warqadda Skattestyrelsen waxay ku jirtaa “Skat” (canshuur).

practice-digital-post-folders-folder-tax-guidance =
    Waxaad ku jirtaa galka “Skat” (canshuur). Halkan waxaa yaalla laba warqadood oo hore oo ka yimid Skattestyrelsen.
    Waxaad raadinaysaa warqadda ku saabsan qiyaasta canshuurtaada.
    Akhri cinwaannada, oo fur warqadda saxda ah.
practice-digital-post-folders-folder-tax-hint = Riix cinwaanka “Din forskudsopgørelse er klar” (qiyaastaada canshuurta waa diyaar).
practice-digital-post-folders-folder-tax-open-old-annual-feedback = Warqaddaas waxay ku saabsan tahay xisaab canshuureed sannadeed oo hore. Waxaad raadinaysaa qiyaasta canshuurta. Riix “Din forskudsopgørelse er klar” (qiyaastaada canshuurta waa diyaar).
practice-digital-post-folders-folder-tax-folders-feedback = Horeba waxaad ku jirtaa galka saxda ah. Fur warqadda “Din forskudsopgørelse er klar” (qiyaastaada canshuurta waa diyaar).

practice-digital-post-folders-old-letter-guidance =
    Waa kan warqaddii hore. Waxaad ka heshay galka “Skat” (canshuur).
    Hadda waad ka dhammaysay boostadaada gaarka ah.
    Riix “Indbakke” (sanduuqa soo galka). Kadib waxaad ku tababaranaysaa wax cusub: inaad qof kale boostadiisa ka caawiso.
practice-digital-post-folders-old-letter-hint = Liiska ka riix “Indbakke”.
practice-digital-post-folders-old-letter-delete-feedback = Kaydi warqadda. Waxaa laga yaabaa inaad mar kale u baahato. Riix “Indbakke” (sanduuqa soo galka).
practice-digital-post-folders-old-letter-move-feedback = Warqaddu horeba waxay ku jirtaa galka saxda ah. Riix “Indbakke” (sanduuqa soo galka).

practice-digital-post-folders-mother-letter-guidance =
    Hadda waxaad ku tababaranaysaa wax cusub. Waxaad hooyadaa, { $practice-mother-name }, ka caawinaysaa { -digital-post }-keeda.
    Waxay ku siisay “Læseadgang” (oggolaanshaha akhriska). Waxaad aragtaa warqad ku jirta boostadeeda.
    “Læseadgang” waxay kuu oggolaanaysaa inaad akhriso warqadaheeda, inaad u gudbiso, iyo inaad galal u wareejiso.
    Looma oggola inaad warqadaha si buuxda u tirtirto, inaad qorto fariimo cusub, ama inaad jawaabto. Sidaas darteed badhamadaas halkan kuma shaqeeyaan.
    Hooyadaa waxay rabtaa in warqadda la gudbiyo. Riix “Videresend” (u gudbi).
practice-digital-post-folders-mother-letter-hint = Riix “Videresend”. Taas waa laguu oggol yahay marka aad haysato “Læseadgang”.
practice-digital-post-folders-mother-letter-delete-feedback = “Slet” (tirtir) halkan ma shaqeeyo. Haddii aad haysato “Læseadgang” (oggolaanshaha akhriska), looma oggola inaad warqadaha si buuxda u tirtirto. Warqaddu way sii jiraysaa. Riix “Videresend” (u gudbi).
practice-digital-post-folders-mother-letter-reply-feedback = “Besvar” (jawaab) halkan ma shaqeeyo. Haddii aad haysato “Læseadgang” (oggolaanshaha akhriska), looma oggola inaad warqadaha ka jawaabto. Taas waxaa loo baahan yahay “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka). Riix “Videresend” (u gudbi).
practice-digital-post-folders-mother-letter-new-message-feedback = “Skriv ny besked” (qor fariin cusub) halkan ma shaqeeyo. Haddii aad haysato “Læseadgang” (oggolaanshaha akhriska), looma oggola inaad qorto fariimo cusub. Taas waxaa loo baahan yahay “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka), { -borgerservice } ayaana kaa caawin kara bixinteeda. Hadda riix “Videresend” (u gudbi).
practice-digital-post-folders-mother-letter-move-feedback = Taas waa laguu oggol yahay marka aad haysato “Læseadgang” (oggolaanshaha akhriska). Laakiin halkan hooyadaa waxay rabtaa in warqadda la gudbiyo. Riix “Videresend” (u gudbi).

practice-digital-post-folders-forwarded-guidance =
    Si fiican baad u qabatay! Warqadda waad gudbisay. Taas waa laguu oggol yahay marka aad haysato “Læseadgang” (oggolaanshaha akhriska).
    Waxaad sidoo kale warqad u wareejisay gal, warqad tirtirtay, warqad horena heshay.
    Xusuuso: waajibka akhrinta boostadeeda weli hooyadaa ayaa leh.
    Haddii aad su'aalo ka qabtaan oggolaanshaha, weydiiya { -borgerservice }.
