guide-what-is-digital-post-title = Waa maxay { -digital-post }?
guide-what-is-digital-post-summary = Sanduuqaaga boostada ee ammaanka ah ee warqadaha hay'adaha dowladda, iyo sida loo isticmaalo.

guide-what-is-digital-post-what-title = Sanduuq boosto oo ammaan ah
guide-what-is-digital-post-what-body =
    { -digital-post } waa sanduuq boosto oo ammaan ah oo loogu talagalay warqadaha hay'adaha dowladda.
    Si toos ah ayaad u heleysaa marka aad { $digital-post-min-age } jir noqoto.
    Si aad u furto, waxaad u baahan tahay { -mitid }.

guide-what-is-digital-post-duty-title = Waa inaad akhriso boostadaada
guide-what-is-digital-post-duty-body =
    { -digital-post } waa qasab haddii aad { $digital-post-min-age } jir tahay ama ka weyn tahay, aad leedahay lambar CPR, oo aad ku nooshahay Denmark.
    Waxaa waajib kugu ah inaad akhriso boostadaada.
    Warqad waxaa loo tixgeliyaa inay kuu timid marka ay soo gaarto, xitaa haddii aadan akhrin.
    Haddii aad su'aalo ka qabto waajibaadkaaga, weydii { -borgerservice }.

guide-what-is-digital-post-where-title = Hal sanduuq, afar meelood
guide-what-is-digital-post-where-body =
    Isla sanduuqa boostada waxaad ka furi kartaa afar meelood: { -borger-dk }, app-ka { -digital-post }, { -e-boks } iyo { -mit-dk }.
    App-ka { -digital-post } wuxuu muujiyaa oo keliya boostada hay'adaha dowladda.
    { -e-boks } wuxuu muujiyaa boostada dowladda oo keliya kadib markaad oggolaato.
    Warqadaha shirkadaha gaarka ah, sida bangigaaga, waxay iman karaan { -e-boks } ama { -mit-dk }.

guide-what-is-digital-post-inbox-title = Sanduuqa soo galka iyo warqadaha cusub
guide-what-is-digital-post-inbox-body =
    Goobta { -borger-dk }, bogga hore waa sanduuqaaga soo galka: “Indbakke”.
    Si aad warqad u furto, guji cinwaankeeda.
    Marka boosto cusub timaado, waxaad helaysaa iimayl ama fariin SMS ah, haddii aad gelisay xogtaada xiriirka.

guide-what-is-digital-post-reply-title = Uga jawaab warqad
guide-what-is-digital-post-reply-body =
    “Besvar” (jawaab) waxaad isticmaali kartaa oo keliya marka hay'addu oggolaato jawaab.
    Haddii aadan arkin “Besvar”, taa beddelkeeda qor fariin cusub.
    Riix “Skriv ny besked”, kadibna “Vælg myndighed” ka dooro hay'adda aad u qoraysid.
    Qor mawduuca iyo qoraalka, kadibna riix “Send”.

guide-what-is-digital-post-access-title = U oggolow qof kale inuu ku caawiyo
guide-what-is-digital-post-access-body =
    Waxaad qof kale siin kartaa fursad uu ku galo sanduuqaaga { -digital-post }.
    Haddii uu leeyahay oggolaanshaha akhriska, qofku wuxuu akhrin karaa warqadahaaga; haddii uu leeyahay “Læse- og skriveadgang” (akhris iyo qoris), wuxuu sidoo kale wax qori karaa oo kaaga jawaabi karaa magacaaga.
    Waajibka akhrinta boostadaada weli adigaa leh.
    { -borgerservice } ayaa kaa caawin kara bixinta oggolaanshaha.

guide-what-is-digital-post-exemption-title = Ka dhaafid
guide-what-is-digital-post-exemption-body =
    Haddii aadan isticmaali karin { -digital-post }, waxaad codsan kartaa ka dhaafid (“Fritagelse”).
    Sababaha waxaa ka mid noqon kara, tusaale ahaan: luqadda oo kugu adag, naafonimo, ama inaadan guriga ku haysan kombiyuutar internet leh (taleefan casri ah ama tablet waxaa loo tiriyaa kombiyuutar).
    Waa inaad adigu shakhsi ahaan u tagto { -borgerservice } adigoo wata dukumiinti aqoonsi.
    Uma baahnid inaad sheegto sababta kugu khuseysa, waxaadna ka noqon kartaa ka dhaafidda wakhti kasta.
