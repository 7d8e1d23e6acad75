guide-report-a-move-title = Soo sheeg guuritaan
guide-report-a-move-summary = Sida aad guuritaan ugu soo sheegto { -borger-dk }, iyo goorta ay tahay inaad sidaas samayso.

guide-report-a-move-how-title = Guuritaanka ku soo sheeg { -borger-dk }
guide-report-a-move-how-body =
    Marka aad guurto, adigu ayaa ku soo sheegaya { -borger-dk }.
    Raadi “Meld flytning” (soo sheeg guuritaan), oo ku gal { -mitid }-kaaga.
    Kadib waxaad buuxinaysaa foomka “Anmeld flytning til folkeregisteret” (u soo sheeg guuritaanka diiwaanka dadka).
    Waxaad qoraysaa cinwaankaaga cusub iyo maalinta aad guurayso.

guide-report-a-move-when-title = Goorma ayay tahay inaad soo sheegto guuritaanka?
guide-report-a-move-when-body =
    Waxaad soo sheegi kartaa guuritaanka ilaa { $move-report-days-before ->
        [one] { $move-report-days-before } maalin
       *[other] { $move-report-days-before } maalmood
    } ka hor intaadan guurin.
    Waa inaad sameysaa ugu dambeyn { $move-report-days-after ->
        [one] { $move-report-days-after } maalin
       *[other] { $move-report-days-after } maalmood
    } kadib markaad guurto.
    Haddii aad daahdo, waxaa laga yaabaa in lagu ganaaxo.
    Haddii aad su'aalo qabto, weydii { -borgerservice }.

guide-report-a-move-doctor-title = Dooro dhakhtar
guide-report-a-move-doctor-body =
    Isla foomka waxaa ku jira “Lægevalg” (doorashada dhakhtarka).
    Waxaad sii haysan kartaa dhakhtarkaaga hadda. Ama waxaad dooran kartaa dhakhtar cusub.
    Doorashadaas waxaad helaysaa haddii aad u guurto meel ka fog in ka badan { $doctor-change-km } km.
    Degmooyinka København, Frederiksberg, Tårnby iyo Dragør, doorashada waxaad helaysaa xitaa marka aad u guurto in ka badan { $doctor-change-km-capital } km.
    Waa bilaash inaad beddesho dhakhtarka marka aad guurto.

guide-report-a-move-after-title = Kadib markaad dirto
guide-report-a-move-after-body =
    PostNord si toos ah ayaa loogu sheegaa cinwaankaaga cusub. Uma baahnid inaad adigu u sheegto.
    Waxaad heli doontaa “Sundhedskort” (kaarka caafimaadka) cusub qiyaastii { $health-card-weeks ->
        [one] { $health-card-weeks } toddobaad
       *[other] { $health-card-weeks } toddobaad
    } gudahood.

guide-report-a-move-help-title = Hel caawimaad
guide-report-a-move-help-body =
    Haddii aad caawimaad u baahan tahay, wac { -digital-hotline } lambarka { $digital-hotline-phone }.
    Qof kale ayaa sidoo kale kuu soo sheegi kara guuritaanka, haddii uu haysto “Digital fuldmagt” (wakaalad dijitaal ah).
    Markaas qofkaasi wuxuu ku galaa { -mitid } isaga u gaar ah, ma aha kaaga.

guide-report-a-move-question-deadline = Toddobaadka soo socda ayaad guuraysaa. Ma soo sheegi kartaa guuritaanka hadda?
guide-report-a-move-question-deadline-before = Haa. Hadda ayaan soo sheegi karaa.
guide-report-a-move-question-deadline-before-feedback = Waa sax. Waxaad soo sheegi kartaa guuritaanka ilaa { $move-report-days-before ->
        [one] { $move-report-days-before } maalin
       *[other] { $move-report-days-before } maalmood
    } ka hor intaadan guurin.
guide-report-a-move-question-deadline-month-after = Maya. Waan sugayaa ilaa aan halkaas ku noolaado hal bil.
guide-report-a-move-question-deadline-month-after-feedback = Maya. Waa inaad soo sheegtaa guuritaanka ugu dambeyn { $move-report-days-after ->
        [one] { $move-report-days-after } maalin
       *[other] { $move-report-days-after } maalmood
    } kadib markaad guurto. Haddii aad daahdo, waxaa laga yaabaa in lagu ganaaxo.
