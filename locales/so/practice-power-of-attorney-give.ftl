practice-power-of-attorney-give-title = Bixi wakaalad dijitaal ah

practice-power-of-attorney-give-start-guidance =
    { $practice-holder-name } wuxuu rabaa inuu kaa caawiyo soo sheegidda guuritaankaaga.
    Markaas waa inaad { $practice-holder-name } ku siisaa wakaalad dijitaal ah { -borger-dk }.
    Marka hore waxaad ku gashaa { -mitid } adiga kuu gaar ah. Riix “Log på”.
practice-power-of-attorney-give-start-hint = Riix badhanka “Log på”.

practice-power-of-attorney-give-mitid-box-guidance =
    Hadda sanduuqa { -mitid } waa furan yahay.
    Goobta “Bruger-ID” ku qor aqoonsi isticmaale oo tababar ah. Weligaa ha qorin kaaga dhabta ah.
    Kadibna riix “Fortsæt”.
practice-power-of-attorney-give-mitid-box-hint = Tusaale ahaan qor “{ $practice-user-id }”, kadibna riix “Fortsæt”.

practice-power-of-attorney-give-app-login-guidance =
    Hadda codsi ayaa ka imanaya app-ka { -mitid } ee taleefankaaga.
    Akhri cidda wax ku weydiinaysa: { -borger-dk }. Adigu ayaa bilaabay inaad gasho, qoraalkuna waa sax.
    Farta ku jiid shaashadda si aad u oggolaato.
practice-power-of-attorney-give-app-login-hint = Fallaadha u jiid dhinaca kale ee goobta si aad u oggolaato.
practice-power-of-attorney-give-app-login-reject-feedback = Halkan adigu ayaa bilaabay inaad gasho { -borger-dk }, qoraalkuna waa sax. Markaas waa sax inaad oggolaato. Diid oo keliya marka aadan adigu waxba bilaabin.

practice-power-of-attorney-give-overview-guidance =
    Waxaad gashay “Digital fuldmagt” (wakaalad dijitaal ah).
    Adigu ayaa bixinaya wakaaladda, sidaas darteed waxaad tahay “Fuldmagtsgiver” (qofka bixiya wakaaladda).
    Riix “Giv fuldmagt” (bixi wakaalad).
practice-power-of-attorney-give-overview-hint = Riix badhanka “Giv fuldmagt”.

practice-power-of-attorney-give-holder-guidance =
    Qor cidda helaysa wakaaladda. Qofkaas waxaa la yiraahdaa “Fuldmagtshaver” (qofka hela wakaaladda).
    Laylisan waa { $practice-holder-name }.
    Labadiinaba waa inaad ka weyn tihiin { $power-of-attorney-min-age } sano, oo aad fahantaan waxa wakaaladdu ka dhigan tahay.
    Qor magaca iyo lambarka CPR, kadibna riix “Næste” (xiga).
practice-power-of-attorney-give-holder-hint = Goobta “Navn” (magaca) ku qor “{ $practice-holder-name }”, goobta “CPR-nummer” ku qor “{ $practice-cpr }”. Kadibna riix “Næste”.

practice-power-of-attorney-give-task-guidance =
    Dooro waxa ay wakaaladdu khuseyso.
    Wakaaladdu inta badan waxay khuseysaa hal hawl.
    { $practice-holder-name } wuxuu kaa caawinayaa soo sheegidda guuritaanka.
practice-power-of-attorney-give-task-hint = Riix “Meld flytning” (soo sheeg guuritaan).
practice-power-of-attorney-give-task-test-results-feedback = Wakaaladdaas waxay khuseysaa natiijooyinka baaritaankaaga caafimaad. Halkan { $practice-holder-name } wuxuu kaa caawinayaa oo keliya soo sheegidda guuritaanka. Riix “Meld flytning”.

practice-power-of-attorney-give-end-date-guidance =
    Goobta “Slutdato” (taariikhda dhammaadka) ku qor ilaa goorta ay wakaaladdu shaqaynayso.
    Kadibna riix “Bekræft” (xaqiiji).
practice-power-of-attorney-give-end-date-hint = Goobta “Slutdato” ku qor “{ $practice-end-date }”. Kadibna riix “Bekræft”.
practice-power-of-attorney-give-end-date-cancel-feedback = Haddii aad riixdo “Annuller” (ka noqo), waad joojinaysaa, wakaaladduna lama bixinayo. Adigu waxaad rabtaa inaad bixiso. Riix “Bekræft”.

practice-power-of-attorney-give-app-sign-guidance =
    Wakaaladda waxaad ku bixinaysaa { -mitid }-kaaga.
    App-ka ku akhri cidda wax ku weydiinaysa iyo waxa aad oggolaanayso. Waa { -borger-dk }, waxayna ku saabsan tahay wakaaladda.
    Waa sax. Farta ku jiid shaashadda si aad u oggolaato.
practice-power-of-attorney-give-app-sign-hint = Fallaadha u jiid dhinaca kale ee goobta si aad u oggolaato.
practice-power-of-attorney-give-app-sign-reject-feedback = Adigu ayaa bilaabay wakaaladda, qoraalkuna waa sax. Markaas waa sax inaad oggolaato. Diid oo keliya marka aadan adigu waxba bilaabin.

practice-power-of-attorney-give-done-guidance =
    Si fiican baad u qabatay! Waxaad { $practice-holder-name } siisay wakaalad uu kuugu soo sheego guuritaanka.
    { $practice-holder-name } wuxuu ku galaa { -mitid } isaga u gaar ah, ma aha kaaga.
    Haddii aad su'aalo ka qabto wakaaladaha, weydii { -borgerservice }.
