guide-get-mitid-title = Sida loo helo { -mitid }
guide-get-mitid-summary = Ka hel { -mitid } xafiiska { -borgerservice }, ama adigu guriga ku hel app-ka iyo baasaboorkaaga.

guide-get-mitid-two-ways-title = Laba siyaabood oo aad { -mitid } ku heli karto
guide-get-mitid-two-ways-body =
    Waxaad heli kartaa { -mitid } marka aad gaarto { $mitid-min-age } jir.
    Waxaad ka heli kartaa xafiiska { -borgerservice } ee degmadaada.
    Ama adigu waxaad ku heli kartaa guriga, adigoo isticmaalaya app-ka { -mitid }.
    Si aad sidaas u samayso, waxaad u baahan tahay baasaboor ama kaar aqoonsi oo chip leh.

guide-get-mitid-borgerservice-title = Xafiiska { -borgerservice }
guide-get-mitid-borgerservice-body =
    Ka hor intaadan tagin, ballan ka qabso xafiiska { -borgerservice }. Raadi “Bestil tid” (ballan qabso).
    Keen dukumiinti aqoonsi oo ansax ah (“Legitimation”).
    Wuxuu noqon karaa baasaboor, liisanka darawalnimada ama kaarka deganaanshaha oo sawir leh.
    Haddii aadan midkood haysan, keen laba waraaqood. Mid ka mid ah waa inuu muujiyaa lambarkaaga CPR.

guide-get-mitid-witness-title = Su'aalo ama markhaati
guide-get-mitid-witness-body =
    Xafiiska { -borgerservice } waa inaad ka jawaabtaa su'aalo hubin ah oo adiga kugu saabsan. Waxay ku salaysan yihiin lambarkaaga CPR.
    Taa beddelkeeda, waxaad keeni kartaa markhaati.
    Markhaatigu waa inuu yahay { $witness-min-age } jir ama ka weyn.
    Isaga laftiisu waa inuu haystay { -mitid } in ka badan { $witness-mitid-days ->
        [one] { $witness-mitid-days } maalin
       *[other] { $witness-mitid-days } maalmood
    }.
    Isla qofku wuxuu markhaati u noqon karaa ugu badnaan { $witness-max-people } qof, { $witness-period-days ->
        [one] { $witness-period-days } maalin
       *[other] { $witness-period-days } maalmood
    } gudahood.

guide-get-mitid-user-id-title = Marka hore ka fakar aqoonsigaaga isticmaalaha
guide-get-mitid-user-id-body =
    Go'aanso “Bruger-ID” (aqoonsiga isticmaalaha) ka hor intaadan tagin xafiiska { -borgerservice }.
    Waa inuu ka koobnaadaa { $user-id-min-length } ilaa { $user-id-max-length } xaraf.
    Ma noqon karo lambarkaaga CPR ama lambar kale oo ka kooban { $user-id-forbidden-digits } tiro.
    Kuma bilaaban karo, kumana dhammaan karo meel bannaan. Qof kalena waa inuusan horey u haysan.

guide-get-mitid-at-home-title = Guriga, adigoo wata baasaboor iyo app
guide-get-mitid-at-home-body =
    Marka hore hubi in app-ka { -mitid } uu ku shaqeeyo taleefankaaga.
    Baasaboorkaaga ama kaarkaaga aqoonsigu waa inuu ansax yahay oo chip leeyahay. Raadi calaamadda chip-ka.
    Fur app-ka, oo riix “Kom i gang” (bilow).
    Taleefannada duugga ah, waxaad ka heleysaa liiska (menu-ga).

guide-get-mitid-scan-title = Iskaan garee baasaboorka, chip-ka iyo wejigaaga
guide-get-mitid-scan-body =
    Marka hore waxaad iskaan garaynaysaa koodhka ku yaal bogga uu sawirkaagu ku jiro. Taleefanka u qabo si jiif ah.
    Baasaboorka, koodhku wuxuu ku bilaabmaa “P”. Kaarka aqoonsiga, koodhku wuxuu ku yaal dhabarka, wuxuuna ku bilaabmaa “I”.
    Kadib taleefanku wuxuu akhriyaa chip-ka: ka saar daboolka taleefanka, oo taleefanka dul dhig baasaboorka.
    Ugu dambeyn waxaad iskaan garaynaysaa wejigaaga.

guide-get-mitid-activate-title = Aqoonsiga isticmaalaha iyo koodhka PIN
guide-get-mitid-activate-body =
    Dooro aqoonsigaaga isticmaalaha, oo qor lambarka taleefankaaga gacanta. Waxaad SMS ku heleysaa koodh, kaas oo aad qoreyso.
    Dooro “På denne telefon” (taleefankan). Kadib waxaad SMS ku heleysaa koodh PIN oo ku-meel-gaar ah.
    Kadib dooro koodhkaaga PIN ee adiga kuu gaarka ah. Haddii aad rabto, app-ka waxaad sidoo kale ku furi kartaa raadka fartaada ama wejigaaga.
    Ugu dambeyn, aqbal ogeysiisyada app-ka.

guide-get-mitid-help-title = Baasaboor ajnabi ah, iyo caawimo iskaanka
guide-get-mitid-help-body =
    Ma haysataa baasaboor ajnabi ah, lambar CPR-na ma lihid? Markaas marka hore waxaad u baahan tahay koodh la yiraahdo P-kode, oo aad ka hesho { -mitid-support } lambarka { $mitid-support-phone }.
    P-kode-gu wuxuu ka kooban yahay { $p-code-digits } tiro. Isla P-kode-ga waxaad isku dayi kartaa { $p-code-attempts } jeer.
    Qof qaraabadaada ah ayaa taleefankiisa kuugu iskaan garayn kara. Liiska app-ka wuxuu ku riixayaa “Aktivér” (hawlgeli), kadibna “Hjælp en anden med at aktivere” (ka caawi qof kale inuu hawlgeliyo).
    Adigu waa inaad goobta joogtaa inta uu taas samaynayo.
    Qofka ku caawinaya waa inuusan ogaan koodhkaaga PIN ama aqoonsigaaga isticmaalaha.
