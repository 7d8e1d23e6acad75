guide-digital-post-access-title = U oggolow qof ku caawiya inuu galo { -digital-post }-kaaga
guide-digital-post-access-summary = Waxa qofka ku caawiya samayn karo marka uu leeyahay “Læseadgang” (oggolaanshaha akhriska) iyo “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka), iyo sida oggolaanshaha loo bixiyo.

guide-digital-post-access-read-title = “Læseadgang” (oggolaanshaha akhriska)
guide-digital-post-access-read-body =
    Waxaad qof kale siin kartaa oggolaansho uu ku galo { -digital-post }-kaaga. Waxaa jira laba nooc oo oggolaansho ah.
    Haddii uu leeyahay “Læseadgang” (oggolaanshaha akhriska), qofku wuxuu akhrin karaa warqadahaaga, wuxuuna u gudbin karaa meel kale.
    Qofku sidoo kale wuxuu warqadaha u rari karaa galal, wuxuuna ku calaamadin karaa “la akhriyay” ama “aan la akhrin”.
    Qofku wuxuu kaloo arki karaa warbixin kooban oo ku saabsan waxa ka dhacay sanduuqa boostada.
    Laakiin qofku si buuxda uma tirtiri karo warqadaha, ma qori karo, ma jawaabi karo, mana siin karo dad kale oggolaansho.

guide-digital-post-access-read-write-title = “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka)
guide-digital-post-access-read-write-body =
    Haddii uu leeyahay “Læse- og skriveadgang” (oggolaanshaha akhriska iyo qoraalka), qofku wuxuu samayn karaa wax kasta oo “Læseadgang” lagu samayn karo.
    Intaas waxaa dheer, qofku wuxuu qori karaa fariimo cusub, wuxuuna kaaga jawaabi karaa warqadaha magacaaga.
    Hay'addu waxay arki kartaa cidda ku caawisay.

guide-digital-post-access-ask-title = Sida qofka ku caawiya u codsado oggolaansho
guide-digital-post-access-ask-body =
    Qofka ku caawiya wuxuu galaa { -digital-post }-kiisa, isagoo isticmaalaya { -mitid }-kiisa.
    Qofna looma oggola inuu isticmaalo { -mitid }-kaaga, xitaa qoyskaaga.
    Qofka ku caawiya wuxuu riixaa “Menu”, kadibna “Læse- og skriveadgang”, kadibna “Anmod om adgang” (codso oggolaansho).
    Qofka ku caawiya wuxuu qoraa magacaaga, lambarkaaga CPR iyo taariikhda oggolaanshuhu dhammaanayo.
    Ugu dambeyn, qofka ku caawiya wuxuu riixaa “Send” (dir).

guide-digital-post-access-approve-title = Adigu ayaa oggolaanaya
guide-digital-post-access-approve-body =
    Qofka ku caawiya isla markiiba ma helo oggolaanshaha.
    Marka hore waa inaad codsiga ku oggolaato { -digital-post }-kaaga.
    Akhri cidda codsanaysa oggolaanshaha, iyo nooca oggolaanshaha.
    Oggolow oo keliya haddii aad taqaanid qofka oo aad rabto inaad siiso oggolaanshaha.

guide-digital-post-access-borgerservice-title = Caawimaad ka hel { -borgerservice }
guide-digital-post-access-borgerservice-body =
    { -borgerservice } sidoo kale wuu kuu bixin karaa oggolaanshaha.
    Haddii aadan adigu iman karin, qofka ku caawiya wuxuu keeni karaa wakaalad aad adigu siisay.

guide-digital-post-access-limits-title = Waxa ay tahay inaad ogaato
guide-digital-post-access-limits-body =
    Oggolaanshuhu wuxuu khuseeyaa boostadaada dowladda afarta meelood oo dhan: { -borger-dk }, app-ka { -digital-post }, { -e-boks } iyo { -mit-dk }.
    Ma khuseeyo warqadaha shirkadaha gaarka ah, tusaale ahaan bangigaaga.
    Waajibka akhrinta boostadaada weli adigaa leh, xitaa marka qof kale ku caawinayo.
    Haddii aad su'aalo qabto, weydii { -borgerservice } ama wac { -digital-hotline } lambarka { $digital-hotline-phone }.
