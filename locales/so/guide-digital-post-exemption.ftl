guide-digital-post-exemption-title = Ka dhaafid { -digital-post }
guide-digital-post-exemption-summary = Cidda laga dhaafi karo, sida aad u codsato, iyo waxa ka dhaafiddu ka dhigan tahay.

guide-digital-post-exemption-who-title = Yaa laga dhaafi karaa?
guide-digital-post-exemption-who-body =
    Waxaad codsan kartaa ka dhaafid (“Fritagelse”), haddii ugu yaraan mid ka mid ah sababahan ay kugu khuseyso:
    Waxaad qabtaa naafonimo jireed, ama naafonimo saamaysa fikirka, xusuusta ama fahamka.
    Guriga kuma haysid kombiyuutar internet leh. Taleefan casri ah ama tablet waxaa loo tiriyaa kombiyuutar.
    Luqaddu way kugu adag tahay.
    Waxaa lagu diiwaangeliyay inaad Denmark ka guurtay, ama ma lihid cinwaan joogto ah, tusaale ahaan sababtoo ah guri ma lihid.
    Ficil ahaan way kugu adag tahay inaad hesho { -mitid }.

guide-digital-post-exemption-how-title = Sida aad u codsato
guide-digital-post-exemption-how-body =
    Waa inaad adigu shakhsi ahaan u tagto { -borgerservice }.
    Keen dukumiintigaaga aqoonsiga.
    Waxaad saxiixaysaa foom “på tro og love”. Taasi waxay ka dhigan tahay inaad ballan qaadayso inay run tahay.
    Uma baahnid inaad sheegto sababta kugu khuseysa.

guide-digital-post-exemption-relative-title = Qof qaraabadaada ah ayaa kuu codsan kara
guide-digital-post-exemption-relative-body =
    Haddii aadan adigu iman karin, qof qaraabadaada ah ama qof kuu dhow ayaa kuu codsan kara.
    Markaas qofkaasi waa inuu keenaa wakaalad.
    Wakaaladdu waa foom aad adigu saxiixday.

guide-digital-post-exemption-self-service-title = Sidoo kale waxaa lagaa dhaafayaa is-adeegga dijitaalka ah
guide-digital-post-exemption-self-service-body =
    Waxyaabaha qaarkood caadi ahaan waa inaad adigu ku qabataa internetka, tusaale ahaan inaad soo sheegto guuritaan ama aad codsato kaarka caafimaadka.
    Laga bilaabo 1 Juun 2023, ka dhaafiddu waxay sidoo kale khuseysaa waxyaabahaas.
    Haddii laguu dhaafay, uma baahnid inaad isticmaasho is-adeegga dijitaalka ah.
    Weydii { -borgerservice } sida aad markaas u samaynayso.

guide-digital-post-exemption-help-instead-title = Caawimaad halkii ka dhaafid
guide-digital-post-exemption-help-instead-body =
    Ma rabtaa inaad sii haysato { -digital-post }, laakiin aad hesho caawimaad?
    Markaas waxaad qof aad aaminsan tahay siin kartaa oggolaansho uu ku galo boostadaada.
    Haddii uu leeyahay “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka), qofku wuxuu sidoo kale kaaga jawaabi karaa magacaaga.
    Waxaad sidoo kale heli kartaa wakaalad iyo ka dhaafid labadaba. Weydii { -borgerservice } waxa adiga kuu habboon.

guide-digital-post-exemption-cancel-title = Waad ka noqon kartaa
guide-digital-post-exemption-cancel-body =
    Mar walba waad ka noqon kartaa ka dhaafiddaada.
    Haddii aad su'aalo ka qabto ka dhaafidda, weydii { -borgerservice }.
