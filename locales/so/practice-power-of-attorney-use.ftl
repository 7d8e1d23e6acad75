practice-power-of-attorney-use-title = Isticmaal wakaalad dijitaal ah

practice-power-of-attorney-use-start-guidance =
    Hooyadaa, { $practice-mother-name }, way guuraysaa.
    Waxay ku siisay wakaalad dijitaal ah, si aad iyada ugu soo sheegto guuritaanka.
    Marka hore waad gelaysaa. Riix “Log på”.
practice-power-of-attorney-use-start-hint = Riix badhanka “Log på”.

practice-power-of-attorney-use-mitid-box-guidance =
    Hooyadaa waxay leedahay: “Waad isticmaali kartaa aqoonsigayga isticmaalaha.”
    Taas laguuma oggola. Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale, xitaa haddii uu haysto wakaalad.
    Waxaad ku gashaa { -mitid } adiga kuu gaar ah. Qor aqoonsigaaga isticmaalaha ee tababarka, kadibna riix “Fortsæt”.
practice-power-of-attorney-use-mitid-box-hint = Qor aqoonsigaaga isticmaalaha ee tababarka “{ $practice-user-id }”, kadibna riix “Fortsæt”.
practice-power-of-attorney-use-mitid-box-continue-check-feedback = Kani ma aha aqoonsigaaga isticmaalaha ee tababarka. Haddii aad isticmaasho aqoonsiga isticmaalaha qof kale, waxaad u gelaysaa sidii qofkaas oo kale. Weligaa taas ha samayn. Aqoonsigaaga isticmaalaha ee tababarku waa “{ $practice-user-id }”.

practice-power-of-attorney-use-other-phone-guidance =
    Ma aadan qorin aqoonsigaaga isticmaalaha. Ka fikir inuu ahaa kan hooyadaa.
    Hadda codsigu wuxuu yimid app-ka { -mitid } ee taleefanka hooyadaa.
    Haddii aad oggolaataan, waxaad u gelaysaa sidii iyada. Taas qofna looma oggola.
    Diid codsiga, oo ku gal { -mitid } adiga kuu gaar ah.
practice-power-of-attorney-use-other-phone-hint = Ha oggolaan. Codsiga hoostiisa ka riix badhanka diidaya.
practice-power-of-attorney-use-other-phone-approve-feedback =
    Jooji: kani waa { -mitid }-ka hooyadaa. Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale. Tani waxay sidoo kale khuseysaa qoyska iyo qofka haysta wakaalad.
    Mar walba waxaad ku gashaa { -mitid } adiga kuu gaar ah, kadibna bogga gudihiisa ayaad ka doorataa qofka kale.
    Diid codsiga.

practice-power-of-attorney-use-app-login-guidance =
    Hadda codsi ayaa ka imanaya app-ka { -mitid } ee taleefankaaga gaarka ah.
    Akhri cidda wax ku weydiinaysa: { -borger-dk }. Adigu ayaa bilaabay inaad gasho, qoraalkuna waa sax.
    Farta ku jiid shaashadda si aad u oggolaato.
practice-power-of-attorney-use-app-login-hint = Fallaadha u jiid dhinaca kale ee goobta si aad u oggolaato.
practice-power-of-attorney-use-app-login-reject-feedback = Halkan adigu ayaa bilaabay inaad gasho { -borger-dk }, adigoo isticmaalaya { -mitid } adiga kuu gaar ah, qoraalkuna waa sax. Markaas waa sax inaad oggolaato.

practice-power-of-attorney-use-logged-in-guidance =
    Waxaad u gashay sidii adiga.
    Waxaad rabtaa inaad hooyadaa u soo sheegto guuritaanka. Markaas waa inaad iyada u wareegto.
    Riix “Vælg person” (dooro qof).
practice-power-of-attorney-use-logged-in-hint = Riix badhanka “Vælg person”.

practice-power-of-attorney-use-people-guidance =
    Halkan waxaad ku doorataa qofka aad wax u qabanayso.
    Dooro hooyadaa, { $practice-mother-name }.
practice-power-of-attorney-use-people-hint = Riix “{ $practice-mother-name }”.
practice-power-of-attorney-use-people-self-feedback = Kani waa adiga. Markaas waxaad soo sheegi lahayd guuritaankaaga. Dooro hooyadaa, { $practice-mother-name }.

practice-power-of-attorney-use-confirm-guidance =
    Waxaad dooratay hooyadaa.
    Riix “Bekræft” (xaqiiji) si aad iyada wax ugu qabato.
practice-power-of-attorney-use-confirm-hint = Riix badhanka “Bekræft”.
practice-power-of-attorney-use-confirm-cancel-feedback = Haddii aad riixdo “Annuller” (ka noqo), waad joojinaysaa, hooyadaana wax uma qabanaysid. Riix “Bekræft”.

practice-power-of-attorney-use-move-form-guidance =
    Hadda waxaad wax u qabanaysaa hooyadaa.
    Qor cinwaankeeda cusub iyo maalinta ay guurayso.
    Kadibna riix “Send” (dir).
practice-power-of-attorney-use-move-form-hint = Goobta “Ny adresse” (cinwaan cusub) ku qor “{ $practice-address }”, goobta “Flyttedato” (taariikhda guuritaanka) ku qor “{ $practice-move-date }”. Kadibna riix “Send”.

practice-power-of-attorney-use-done-guidance =
    Si fiican baad u qabatay! Waxaad hooyadaa u soo sheegtay guuritaanka.
    Waxaad isticmaashay { -mitid } adiga kuu gaar ah, waxaadna iyada ugu wareegtay “Vælg person” iyo “Bekræft”.
    Sidan ayaad u isticmaashaa wakaalad.
