guide-digital-power-of-attorney-title = Wakaalad dijitaal ah
guide-digital-power-of-attorney-summary = U oggolow qof kale inuu arrin kuu qabto internetka, ama adigu arrin u qabo qof kale.

guide-digital-power-of-attorney-what-title = Waa maxay wakaalad dijitaal ah?
guide-digital-power-of-attorney-what-body =
    “Digital fuldmagt” (wakaalad dijitaal ah) waxay u oggolaanaysaa qof kale inuu kaa caawiyo arrin internetka ah.
    Qofka bixiya wakaaladda waxaa la yiraahdaa “Fuldmagtsgiver”.
    Qofka hela wakaaladda waxaa la yiraahdaa “Fuldmagtshaver”.
    “Fuldmagtshaver” wuxuu arki karaa xogtaada ama wuxuu kuu qaban karaa arrimo, tusaale ahaan inuu arko natiijooyinka baaritaankaaga caafimaad ama uu soo sheego guuritaankaaga.

guide-digital-power-of-attorney-covers-title = Maxay khuseysaa?
guide-digital-power-of-attorney-covers-body =
    Wakaaladdu waxay khuseysaa oo keliya is-adeegyo gaar ah oo hay'adaha dowladda ah.
    Inta badan waxay khuseysaa hal hawl.
    Hay'adaha oo dhan kuma jiraan. Sidaas darteed meel kasta kuma isticmaali kartid wakaalad.

guide-digital-power-of-attorney-who-title = Yaa isticmaali kara?
guide-digital-power-of-attorney-who-body =
    Ugu yaraan mid idinka mid ah waa inuu haystaa { -mitid }.
    Labadiinaba waa inaad ka weyn tihiin { $power-of-attorney-min-age } sano.
    Labadiinaba sidoo kale waa inaad fahantaan waxa wakaaladdu ka dhigan tahay.
    Haddii qof uusan keligii isticmaali karin { -mitid }, { -borgerservice } looma oggola inay qofkaas siiso { -mitid }.
    Markaas wakaalad ama ka dhaafid ayaa taa beddelkeeda caawin karta.

guide-digital-power-of-attorney-give-title = Sida aad u bixiso wakaalad
guide-digital-power-of-attorney-give-body =
    Adigu waxaad wakaaladda ku bixin kartaa { -borger-dk }, adigoo isticmaalaya { -mitid }-kaaga.
    Waxaad doorataa cidda helaysa iyo waxa ay khuseyso.
    Qofka ku caawinaya ayaa sidoo kale codsan kara wakaaladda. Markaas adigu waad saxiixaysaa, si dijitaal ah ama warqad.
    Haddii aad warqad ku saxiixdo, bogagga oo dhan waa in la geeyaa { -borgerservice }.

guide-digital-power-of-attorney-use-title = Sida aad u isticmaasho wakaalad
guide-digital-power-of-attorney-use-body =
    Haddii lagu siiyay wakaalad, waxaad ku gashaa { -mitid } adiga kuu gaar ah.
    Kadib riix “Vælg person” (dooro qof), oo dooro qofka aad caawinayso.
    Riix “Bekræft” (xaqiiji).
    Hadda waxaad wax u qabanaysaa qofka kale, magaciisa.

guide-digital-power-of-attorney-own-mitid-title = Mar walba { -mitid } adiga kuu gaar ah
guide-digital-power-of-attorney-own-mitid-body =
    Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale.
    Tani waxay sidoo kale khuseysaa qoyska, wasiyada (ilaaliyeyaasha sharciga ah) iyo qofka haysta wakaalad.
    Mar walba waxaad ku gashaa { -mitid } adiga kuu gaar ah, kadibna is-adeegga gudihiisa ayaad ugu wareegtaa qofka kale.
    Haddii aad xogtaada { -mitid } siiso qof kale, adiga ayaa laga yaabaa inaad bixiso khasaaraha haddii si xun loo isticmaalo.
    Haddii aad su'aalo qabto, weydii { -borgerservice } ama { -mitid-support }.

guide-digital-power-of-attorney-question-log-in = Aabbahaa ayaa ku siiyay wakaalad. Waa inaad u soo sheegto guuritaankiisa. Sidee ayaad u gelaysaa?
guide-digital-power-of-attorney-question-log-in-own = Waxaan ku gelayaa { -mitid }-kayga. Kadib waxaan riixayaa “Vælg person”.
guide-digital-power-of-attorney-question-log-in-own-feedback = Waa sax. Waxaad ku gashaa { -mitid } adiga kuu gaar ah, kadibna bogga gudihiisa ayaad ka doorataa aabbahaa.
guide-digital-power-of-attorney-question-log-in-grantor = Waxaan ku gelayaa { -mitid }-ka aabbahay, maxaa yeelay wuu ii oggolaaday.
guide-digital-power-of-attorney-question-log-in-grantor-feedback = Maya. Qofna looma oggola inuu isticmaalo { -mitid }-ka qof kale, xitaa haddii uu haysto wakaalad. Ku gal { -mitid } adiga kuu gaar ah, oo riix “Vælg person”.
