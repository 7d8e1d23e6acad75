practice-digital-post-reply-title = Uga jawaab warqad, ama qor fariin cusub

practice-digital-post-reply-inbox-guidance =
    Waxaad ku jirtaa sanduuqaaga soo galka: “Indbakke”. Warqad cusub ayaa kaaga timid Øvelse Kommune (degmada tababarka).
    Degmadu waxay kugu martiqaadaysaa shir.
    Riix cinwaanka warqadda si aad u furto.
practice-digital-post-reply-inbox-hint = Riix cinwaanka “Invitation til møde” (martiqaad shir).
practice-digital-post-reply-inbox-open-housing-feedback = Warqaddaas waxaad gaari doontaa mar dambe. Marka hore fur warqadda Øvelse Kommune.
practice-digital-post-reply-inbox-open-tax-feedback = Warqaddaas horaad u akhriday. Fur warqadda cusub ee Øvelse Kommune.
practice-digital-post-reply-inbox-new-message-feedback = Waxaad rabtaa inaad uga jawaabto warqadda degmada. Marka hore fur warqadda. Markaas waxaad arki kartaa inaad si toos ah uga jawaabi karto iyo in kale.

practice-digital-post-reply-letter-meeting-guidance =
    Degmadu waxay ku weydiinaysaa inaad shirka iman karto.
    Warqadda waxaa ku yaal badhanka “Besvar” (jawaab). Wuxuu jiraa oo keliya marka hay'addu oggolaato jawaab.
    Markaas si toos ah ayaad uga jawaabi kartaa warqadda. Riix “Besvar”.
practice-digital-post-reply-letter-meeting-hint = Riix “Besvar”.
practice-digital-post-reply-letter-meeting-new-message-feedback = Waad qori kartaa fariin cusub. Laakiin halkan si toos ah ayaad uga jawaabi kartaa warqadda, maxaa yeelay waxaa ku qoran “Besvar” (jawaab). Riix “Besvar”.
practice-digital-post-reply-letter-meeting-forward-feedback = “Videresend” (u gudbi) wuxuu warqadda u diraa qof kale. Waxaad rabtaa inaad degmada u jawaabto: riix “Besvar” (jawaab).
practice-digital-post-reply-letter-meeting-move-feedback = “Flyt” (wareeji) wuxuu warqadda dhigaa gal. Marka hore uga jawaab warqadda: riix “Besvar” (jawaab).
practice-digital-post-reply-letter-meeting-delete-feedback = Ha tirtirin warqadda. Waa inaad uga jawaabto, waxaana laga yaabaa inaad mar kale u baahato. Riix “Besvar” (jawaab).

practice-digital-post-reply-reply-form-guidance =
    Halkan waxaad ku qortaa jawaabtaada degmada.
    Goobta “Emne” (mawduuc) ku qor cinwaan gaaban.
    Goobta “Besked” (fariin) ku qor jawaabtaada.
    Kadibna riix “Send” (dir).
practice-digital-post-reply-reply-form-hint = Tusaale ahaan, goobta “Emne” ku qor “Mødet” (shirka), goobta “Besked” ku qor “Jeg kommer gerne.” (waan imanayaa). Kadibna riix “Send”.
practice-digital-post-reply-reply-form-cancel-feedback = “Annuller” (ka noqo) wuxuu joojiyaa jawaabtaada, markaas lama dirayo. Qor jawaabtaada, oo riix “Send” (dir).

practice-digital-post-reply-reply-sent-guidance =
    Jawaabtaada waa loo diray degmada.
    Hadda waxaad rabtaa inaad Udbetaling Danmark (hay'adda bixisa gargaarka dowladda) wax ka weydiiso kaalmadaada kirada.
    Marka hore fur warqaddooda, oo eeg inaad uga jawaabi karto.
practice-digital-post-reply-reply-sent-hint = Riix cinwaanka warqadda Udbetaling Danmark.
practice-digital-post-reply-reply-sent-open-meeting-feedback = Warqaddaas waad ka jawaabtay. Hadda fur warqadda Udbetaling Danmark.
practice-digital-post-reply-reply-sent-new-message-feedback = Dhawaan waxaa laga yaabaa inaad qorto fariin cusub. Marka hore fur warqadda Udbetaling Danmark, oo eeg inaad si toos ah uga jawaabi karto.

practice-digital-post-reply-letter-housing-guidance =
    Eeg badhamada warqadda. Ma jiro “Besvar” (jawaab).
    Udbetaling Danmark uma oggola jawaab warqaddan.
    Markaas taa beddelkeeda waxaad qortaa fariin cusub.
    Riix “Skriv ny besked” (qor fariin cusub).
practice-digital-post-reply-letter-housing-hint = Ma jiro “Besvar”. Liiska ka riix “Skriv ny besked”.
practice-digital-post-reply-letter-housing-forward-feedback = “Videresend” (u gudbi) wuxuu warqadda u diraa qof kale. Waxaad rabtaa inaad u qorto Udbetaling Danmark: riix “Skriv ny besked” (qor fariin cusub).
practice-digital-post-reply-letter-housing-move-feedback = “Flyt” (wareeji) wuxuu warqadda dhigaa gal. Waxaad rabtaa inaad u qorto Udbetaling Danmark: riix “Skriv ny besked” (qor fariin cusub).
practice-digital-post-reply-letter-housing-delete-feedback = Ha tirtirin warqadda. Waxaa laga yaabaa inaad mar kale u baahato. Riix “Skriv ny besked” (qor fariin cusub).

practice-digital-post-reply-compose-guidance =
    Waxaad qoraysaa fariin cusub.
    Marka hore waxaad doorataa cidda fariintu u socoto.
    Riix “Vælg myndighed” (dooro hay'adda).
practice-digital-post-reply-compose-hint = Riix “Vælg myndighed”.
practice-digital-post-reply-compose-cancel-feedback = “Annuller” (ka noqo) wuxuu joojiyaa fariinta cusub. Riix “Vælg myndighed” (dooro hay'adda) si aad u doorato cidda fariintu u socoto.

practice-digital-post-reply-authority-list-guidance =
    Halkan waxaa ku yaal liis hay'ado ah.
    Su'aashaadu waxay ku saabsan tahay warqadda Udbetaling Danmark.
    Dooro “Udbetaling Danmark”.
practice-digital-post-reply-authority-list-hint = Riix “Udbetaling Danmark”.
practice-digital-post-reply-authority-list-municipality-feedback = Su'aashaadu waxay ku saabsan tahay warqadda Udbetaling Danmark, ma aha degmada. Dooro “Udbetaling Danmark”.
practice-digital-post-reply-authority-list-tax-feedback = Su'aashaadu waxay ku saabsan tahay kaalmada kirada, ma aha canshuurta. Dooro “Udbetaling Danmark”.

practice-digital-post-reply-form-guidance =
    Hadda waxaad fariinta u qoraysaa Udbetaling Danmark.
    Goobta “Emne” (mawduuc) ku qor cinwaan gaaban, goobta “Besked” (fariin) ku qor su'aashaada.
    Waxaad sidoo kale rabtaa inaad la dirto heshiiskaaga kirada. Riix “Vedhæft fil” (ku lifaaq fayl).
practice-digital-post-reply-form-hint = Tusaale ahaan, goobta “Emne” ku qor “Min boligstøtte” (kaalmadayda kirada), goobta “Besked” ku qor “Her er min lejekontrakt.” (waa kan heshiiskayga kirada). Kadibna riix “Vedhæft fil”.
practice-digital-post-reply-form-send-feedback = Wax yar sug intaadan dirin. Halkan waxaad sidoo kale ku tababaranaysaa inaad fayl la dirto. Marka hore riix “Vedhæft fil” (ku lifaaq fayl).
practice-digital-post-reply-form-cancel-feedback = “Annuller” (ka noqo) wuxuu joojiyaa fariinta, markaas lama dirayo. Riix “Vedhæft fil” (ku lifaaq fayl) si aad ula dirto heshiiskaaga kirada.

practice-digital-post-reply-choose-file-guidance =
    Hadda waxaad aragtaa faylasha kombiyuutarkaaga.
    Dooro faylka aad rabto inaad la dirto: heshiiskaaga kirada.
    Dir oo keliya waxa hay'addu u baahan tahay.
practice-digital-post-reply-choose-file-hint = Riix “Lejekontrakt.pdf” (heshiiska kirada).
practice-digital-post-reply-choose-file-photo-feedback = Sawirkaas xiriir lama laha kaalmadaada kirada. Dir oo keliya waxa hay'addu u baahan tahay. Dooro “Lejekontrakt.pdf”.
practice-digital-post-reply-choose-file-list-feedback = Faylkaas Udbetaling Danmark uma baahna. Dooro “Lejekontrakt.pdf”.
practice-digital-post-reply-choose-file-cancel-feedback = Markaas fayl lama dirayo. Dooro “Lejekontrakt.pdf”.

practice-digital-post-reply-form-attached-guidance =
    Faylka waa la lifaaqay. Waxaad ku arkaysaa meesha ku qoran “Vedhæftede filer” (faylal lifaaqan).
    Hubi in mawduuca, fariinta iyo faylku sax yihiin.
    Kadibna riix “Send” (dir).
practice-digital-post-reply-form-attached-hint = Riix “Send”.
practice-digital-post-reply-form-attached-attach-feedback = Faylka horeba waa la lifaaqay. Uma baahnid inaad mar kale lifaaqdo. Riix “Send” (dir).
practice-digital-post-reply-form-attached-cancel-feedback = “Annuller” (ka noqo) wuxuu joojiyaa fariinta, markaas lama dirayo. Riix “Send” (dir).

practice-digital-post-reply-sent-guidance =
    Si fiican baad u qabatay! Fariintaada waa loo diray Udbetaling Danmark.
    Xusuuso: haddii warqad ay ku qoran tahay “Besvar” (jawaab), si toos ah ayaad uga jawaabi kartaa.
    Haddii aysan ku qornayn “Besvar”, qor fariin cusub adigoo isticmaalaya “Skriv ny besked” (qor fariin cusub).
