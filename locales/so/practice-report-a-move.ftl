practice-report-a-move-title = Guuritaanka ku soo sheeg { -borger-dk }

practice-report-a-move-self-service-guidance =
    Waad guuraysaa. Adigu ayaa guuritaanka ku soo sheegaya { -borger-dk }.
    Tani waa is-adeeg (“Selvbetjening”).
    Raadi linkiga “Meld flytning” (soo sheeg guuritaan).
practice-report-a-move-self-service-hint = Riix linkiga “Meld flytning”.
practice-report-a-move-self-service-power-of-attorney-feedback = “Digital fuldmagt” (wakaalad dijitaal ah) waxaa loogu talagalay marka qof kale ku caawinayo. Halkan waxaad rabtaa inaad adigu soo sheegto guuritaankaaga. Riix “Meld flytning”.

practice-report-a-move-move-page-guidance =
    Halkan waxaad ku soo sheegaysaa guuritaanka.
    Marka hore waa inaad ku gashaa { -mitid }-kaaga.
    Riix “Log på”.
practice-report-a-move-move-page-hint = Riix badhanka “Log på”.

practice-report-a-move-mitid-box-guidance =
    Hadda sanduuqa { -mitid } waa furan yahay.
    Goobta “Bruger-ID” ku qor aqoonsi isticmaale oo tababar ah. Weligaa ha qorin kaaga dhabta ah.
    Kadibna riix “Fortsæt”.
practice-report-a-move-mitid-box-hint = Tusaale ahaan qor “{ $practice-user-id }”, kadibna riix “Fortsæt”.
practice-report-a-move-mitid-box-forgot-feedback = Linkigaas waxaa loogu talagalay marka aad hilmaanto aqoonsigaaga isticmaalaha. Halkan waad taqaan: ku qor goobta, kadibna riix “Fortsæt”.

practice-report-a-move-app-request-guidance =
    Hadda codsi ayaa ka imanaya app-ka { -mitid } ee taleefankaaga.
    Akhri cidda wax ku weydiinaysa: { -borger-dk }. Adigu ayaa bilaabay inaad gasho, qoraalkuna waa sax.
    Farta ku jiid shaashadda si aad u oggolaato.
practice-report-a-move-app-request-hint = Fallaadha u jiid dhinaca kale ee goobta si aad u oggolaato.
practice-report-a-move-app-request-reject-feedback = Halkan adigu ayaa bilaabay inaad gasho { -borger-dk }, qoraalkuna waa sax. Markaas waa sax inaad oggolaato. Diid oo keliya marka aadan adigu waxba bilaabin.

practice-report-a-move-form-guidance =
    Waad gashay. Hadda waxaad buuxinaysaa foomka “Anmeld flytning til folkeregisteret” (u soo sheeg guuritaanka diiwaanka dadka).
    Qor cinwaankaaga cusub iyo maalinta aad guurayso.
    Waxaad soo sheegi kartaa guuritaanka laga bilaabo { $move-report-days-before ->
        [one] { $move-report-days-before } maalin
       *[other] { $move-report-days-before } maalmood
    } ka hor, ilaa { $move-report-days-after ->
        [one] { $move-report-days-after } maalin
       *[other] { $move-report-days-after } maalmood
    } kadib markaad guurto.
    Haddii aad daahdo, waxaa laga yaabaa in lagu ganaaxo.
    Haddii aad su'aalo qabto, weydii { -borgerservice }.
practice-report-a-move-form-hint = Goobta “Ny adresse” (cinwaan cusub) ku qor “{ $practice-address }”, goobta “Flyttedato” (taariikhda guuritaanka) ku qor “{ $practice-move-date }”. Kadibna riix “Næste” (xiga).
practice-report-a-move-form-next-check-feedback = Taariikhda ku jirta “Flyttedato” ma saxna. Laylisan waxaad guuraysaa { $practice-move-date }. Taariikhda u qor si sax ah sidaas.

practice-report-a-move-date-error-guidance = Taariikhda lama aqbalin. Riix “Prøv igen” (isku day mar kale), oo mar kale qor taariikhda.
practice-report-a-move-date-error-hint = Riix “Prøv igen”.

practice-report-a-move-doctor-guidance =
    Hadda waxaa yimid “Lægevalg” (doorashada dhakhtarka).
    Waxaad sii haysan kartaa dhakhtarkaaga, ama waxaad dooran kartaa mid cusub.
    Laylisan waxaad u guuraysaa meel ka fog in ka badan { $doctor-change-km } km.
    Waxaad rabtaa dhakhtar u dhow gurigaaga cusub.
    Waa bilaash inaad doorato dhakhtar cusub marka aad guurto.
practice-report-a-move-doctor-hint = Riix “Vælg ny læge” (dooro dhakhtar cusub).
practice-report-a-move-doctor-keep-feedback = Waad sii haysan kartaa dhakhtarkaaga. Laakiin halkan waxaad rabtaa dhakhtar u dhow gurigaaga cusub. Riix “Vælg ny læge”.

practice-report-a-move-doctor-list-guidance =
    Halkan waxaa ku jira dhakhaatiir aad dooran karto.
    Cinwaankaaga cusub wuxuu ku yaal Øvelsby.
    Dooro dhakhtarka Øvelsby.
practice-report-a-move-doctor-list-hint = Riix dhakhtarka Øvelsby.
practice-report-a-move-doctor-list-far-feedback = Dhakhtarkaas wuxuu joogaa Gammelby, meel ka fog gurigaaga cusub. Dooro dhakhtarka Øvelsby, oo u dhow cinwaankaaga cusub.

practice-report-a-move-summary-guidance =
    Hubi in cinwaanka, taariikhda iyo dhakhtarku sax yihiin.
    Wax walba waa sax. Riix “Send” (dir).
practice-report-a-move-summary-hint = Riix badhanka “Send”.
practice-report-a-move-summary-back-feedback = “Tilbage” (dib u noqo) waxaad ku sixi kartaa wax. Halkan wax walba waa sax. Riix “Send”.

practice-report-a-move-receipt-guidance =
    Si fiican baad u qabatay! Waad soo sheegtay guuritaankaaga.
    Uma baahnid inaad adigu u sheegto PostNord. Si toos ah ayay u dhacdaa.
    Waxaad heli doontaa “Sundhedskort” (kaarka caafimaadka) cusub qiyaastii { $health-card-weeks ->
        [one] { $health-card-weeks } toddobaad
       *[other] { $health-card-weeks } toddobaad
    } gudahood.
