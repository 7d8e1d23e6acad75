# Labels: Dheh = Sig (say), Weydii = Spørg (ask), Iska jir = Pas på (watch out), Jawaab = Svar (answer).

note-guide-what-is-mitid-what =
    Dheh: { -mitid } waxaad ku muujisaa inaad adigu tahay marka aad gelayso, tusaale ahaan { -borger-dk }, { -digital-post } iyo bangiga.
    Weydii: Yaa hore u isticmaalay { -nemid }? Jawaab: { -mitid } ayaa beddelay { -nemid }. { -nemid } waa la xiray.
    Iska jir: Si cad u sheeg in wax walba oo halkan ah ay yihiin layli. Qofna yuusan qorin aqoonsigiisa isticmaalaha dhabta ah, koodhkiisa PIN ama erayga sirta ah.

note-guide-what-is-mitid-free-and-age =
    Dheh: { -mitid } waa bilaash. Waxaad heli kartaa marka aad { $mitid-min-age } jir tahay, laakiin adeegyada qaarkood waxay leeyihiin xad da' oo ka sarreeya.
    Weydii: Maxaa dhaca marka ilmo uu gaaro { $digital-post-min-age } jir? Jawaab: Si toos ah ayuu u helaa { -digital-post }, markaasna wuxuu u baahan yahay { -mitid }.
    Iska jir: Ha bixin talo ku saabsan waajibaadka iyo xuquuqda. U sheeg inay la xiriiraan { -borgerservice } ama { -digital-hotline } lambarka { $digital-hotline-phone }.

note-guide-what-is-mitid-user-id =
    Dheh: Aqoonsiga isticmaalaha waa magac aad adigu doorato: { $user-id-min-length } ilaa { $user-id-max-length } xaraf, ee ma aha lambarka CPR.
    Weydii: Ma u sheegi karaa wiilkayga aqoonsigayga isticmaalaha? Jawaab: Maya. U sheeg oo keliya { -mitid-support }, marka adigu aad iyaga wacday.
    Iska jir: Weligaa qofna ha ka codsan inuu aqoonsigiisa isticmaalaha kor u sheego, hana u qorin. Waxaad sharixi kartaa waxa uu yahay aqoonsi isticmaale oo wanaagsan.

note-guide-what-is-mitid-authenticators =
    Dheh: Tus qalabka aqoonsiga ee kala duwan: app-ka, koodh-muujiyaha, koodh-akhriyaha codka iyo chip-ka. Dhammaantood waxay muujiyaan inaad adigu tahay.
    Weydii: Yaan haysan taleefan casri ah? Jawaab: Koodh-muujiyaha waxaa lala isticmaalaa erayga sirta ah. Koodh-akhriyaha codka waxaa loogu talagalay dadka indhoolayaasha ah iyo kuwa aragtidoodu liidato.
    Iska jir: Ha sheegin qiimayaal aad xasuusato; way isbeddelaan. U sheeg inay eegaan { -mitid }.dk ama weydiiyaan { -borgerservice }.

note-guide-what-is-mitid-login =
    Dheh: Tus sanduuqa: Xagga sare waxaa ku qoran “Log på hos” (ku gal) iyo magaca adeegga. Aqoonsiga isticmaalaha waxaad ku qortaa “Bruger-ID”, kadibna waxaad riixdaa “Fortsæt” (sii wad).
    Weydii: Maxaa sanduuqa ku qoran marka la riixo “Fortsæt”? Jawaab: “Åbn { -mitid } app og godkend” (fur app-ka oo oggolow).
    Iska jir: Hadda hore u tus in cinwaanka sanduuqa uu ku dhammaado “mitid.dk”. Layliga khiyaanada ayaa si qoto dheer uga hadla.

note-guide-what-is-mitid-approve =
    Dheh: Kombiyuutarka, koodhka QR waxaad ku iskaan gareysaa app-ka; taleefanka, waxaad riixdaa “Åbn { -mitid } app” (fur app-ka). Akhri cidda wax weydiinaysa, kadibna farta ku jiid.
    Weydii: Maxaad samaynaysaa haddii qoraalka app-ka uusan la mid ahayn waxa aad samaynayso? Jawaab: Jooji, hana oggolaan.
    Iska jir: Marka qofku app-ka ku furayo koodhkiisa PIN, meel kale eeg, oo qofka u daa inuu isagu qoro. Ha sheegin xad waqti.

note-guide-what-is-mitid-stay-safe =
    Dheh: Weligaa ha oggolaan wax aadan adigu bilaabin. Bangiga, booliska, { -mitid-support } iyo { -borgerservice } weligood taas kaama codsadaan taleefanka.
    Weydii: Maxaad samaynaysaa haddii qof ku soo waco oo uu kugu cadaadiyo? Jawaab: Dhig taleefanka, oo adigu wac { -mitid-support } lambarka { $mitid-support-phone }.
    Iska jir: Haddii qof u oggolaaday qof khiyaano sameeya, ha canaanan. Ka caawi inuu isagu wacdo khadka caawimada ee xatooyada aqoonsiga lambarka { $identity-theft-phone }.

note-guide-get-mitid-two-ways =
    Dheh: { -mitid } waxaad ka heli kartaa xafiiska { -borgerservice } ee degmada, ama adigu guriga ayaad app-ka ku heli kartaa, adigoo wata baasaboor ama kaar aqoonsi oo chip leh.
    Weydii: Yaa haysta baasaboor ama kaar aqoonsi oo leh calaamadda chip-ka? Waxaa laga yaabaa inay guriga ku samayn karaan. Kuwa kale waxay tagaan xafiiska { -borgerservice }.
    Iska jir: Waa in qofku gaaray { $mitid-min-age } jir. Guriga waxaa loo baahan yahay taleefan uu app-ku ku shaqeeyo, iyo baasaboor ansax ah oo chip leh.

note-guide-get-mitid-borgerservice =
    Dheh: Marka hore ballan qabso (“Bestil tid”), oo keen “Legitimation” (dukumiinti aqoonsi) oo ansax ah: baasaboor, liisanka darawalnimada ama kaarka deganaanshaha oo sawir leh.
    Weydii: Ka warran haddii aadan haysan aqoonsi sawir leh? Jawaab: Markaas waxaad keeni kartaa dhowr waraaqood oo isku dhafan, mid ka mid ahna waa inuu muujiyaa lambarka CPR.
    Iska jir: Haddii qofku aanu keligiis { -mitid } isticmaali karin, waa in { -borgerservice } ay diido. Markaas wakaalad ama ka dhaafid ayaa noqon kara xalka; weydii { -borgerservice }.

note-guide-get-mitid-witness =
    Dheh: Xafiiska { -borgerservice } waxaad ka jawaabtaa su'aalo hubin ah oo ku salaysan lambarkaaga CPR. Taa beddelkeeda, waxaad keeni kartaa markhaati.
    Weydii: Yaa markhaati noqon kara? Jawaab: Qof gaaray { $witness-min-age } jir, oo isagu haystay { -mitid } in ka badan { $witness-mitid-days } maalmood.
    Iska jir: Isla markhaatiga wuxuu markhaati u noqon karaa ugu badnaan { $witness-max-people } qof, { $witness-period-days } maalmood gudahood. Hubi taas ka hor booqashada.

note-guide-get-mitid-user-id =
    Dheh: Aqoonsiga isticmaalaha ka dooro guriga: { $user-id-min-length } ilaa { $user-id-max-length } xaraf, ee ma aha lambar ka kooban { $user-id-forbidden-digits } tiro. Diyaarso mid kale oo kayd ah.
    Weydii: Maxaa loo diidi karaa aqoonsi isticmaale? Jawaab: Qof kale ayaa horey u haysta, ama wuxuu ku bilaabmaa ama ku dhammaadaa meel bannaan.
    Iska jir: Waxaad sharixi kartaa xeerarka, laakiin qofka laftiisa ayaa dooranaya oo xasuusanaya aqoonsigiisa isticmaalaha. Ha u qorin qofka.

note-guide-get-mitid-at-home =
    Dheh: Marka hore hubi in app-ka { -mitid } uu ku shaqeeyo taleefanka, iyo in baasaboorku ansax yahay oo chip leeyahay. Fur app-ka, oo riix “Kom i gang” (bilow).
    Weydii: Yaa ka heli kara calaamadda chip-ka baasaboorkiisa ama kaarkiisa aqoonsiga?
    Iska jir: Taleefannada duugga ah, “Kom i gang” wuxuu ku jiraa liiska (menu-ga). Qofka laftiisa ha hayo taleefanka iyo baasaboorka; adigu ku tus projector-ka.

note-guide-get-mitid-scan =
    Dheh: Marka hore waxaa la iskaan gareeyaa koodhka ku yaal bogga sawirka, iyadoo taleefanka loo hayo si jiif ah. Kadib chip-ka waxaa lagu akhriyaa taleefanka oo la dul dhigo baasaboorka. Ugu dambeyn waxaa la iskaan gareeyaa wejiga.
    Weydii: Xaggee koodhku ku yaalaa kaarka aqoonsiga? Jawaab: Dhabarka, wuxuuna ku bilaabmaa “I”. Baasaboorka wuxuu ku bilaabmaa “P”.
    Iska jir: Taleefanku chip-ka ma akhrin karo? Ka saar daboolka taleefanka, oo dul dhig baasaboorka.

note-guide-get-mitid-activate =
    Dheh: Qofku wuxuu doortaa aqoonsiga isticmaalaha, wuxuuna qoraa lambarka taleefankiisa gacanta. Kadib waxaa yimaada koodh SMS ah, koodh PIN oo ku-meel-gaar ah, ugu dambeynna koodhkiisa PIN ee gaarka ah.
    Weydii: Yaa raba inuu app-ka ku furo raadka farta ama wejiga? Jawaab: Waad dooran kartaa, laakiin qasab ma aha.
    Iska jir: Lambarka taleefanka iyo koodhka SMS-ka waad ka caawin kartaa. Marka koodhka PIN la dooranayo, meel kale eeg, oo qofka u daa inuu isagu qoro.

note-guide-get-mitid-help =
    Dheh: Haddii aad haysato baasaboor ajnabi ah oo aadan lahayn lambar CPR, marka hore waxaad u baahan tahay P-kode oo aad ka hesho { -mitid-support } lambarka { $mitid-support-phone }.
    Weydii: Qof qaraabo ah ma iskaan garayn karaa? Jawaab: Haa, taleefankiisa gaarka ah, isagoo riixaya “Aktivér” (hawlgeli) iyo “Hjælp en anden med at aktivere” (ka caawi qof kale inuu hawlgeliyo), inta qofku goobta joogo.
    Iska jir: P-kode-ga waxaad isku dayi kartaa { $p-code-attempts } jeer oo keliya, sidaas darteed si tartiib ah u soco. Caawiyaha looma oggola inuu ogaado koodhka PIN ama aqoonsiga isticmaalaha ee qofka.

note-guide-lost-phone-block-app =
    Dheh: Haddii taleefanku lumo, isla markiiba xir app-ka: { -mitid }.dk, qaybta “Mine identifikationsmidler” (qalabkayga aqoonsiga), ama adigoo la xiriiraya { -mitid-support }.
    Weydii: Yaa kaydsaday lambarka { -mitid-support }? Qof walba ha kaydsado hadda: { $mitid-support-phone }.
    Iska jir: Weligaa ha ku galin { -mitid } qofka si aad u xirto. Qofka laftiisa ayaa galaya ama wacaya; adiguna meel kale ayaad eegaysaa marka koodh la qorayo.

note-guide-lost-phone-sim =
    Dheh: Sidoo kale xir kaarka SIM-ka. Fariimaha { -mitid } ka hel dhowr meelood, tusaale ahaan app-ka iyo iimaylka, si digniintu u timaado xitaa haddii taleefanku maqan yahay.
    Weydii: Xaggee ayaad maanta ka heshaan fariimaha { -mitid }? Taleefanka oo keliya? Markaas digniin ma imanayso haddii uu lumo.
    Iska jir: Hagaha kuma sheegna sida loo xiro kaarka SIM-ka. Ha malayn; qofka laftiisa ha la xiriiro shirkaddiisa taleefanka.

note-guide-lost-phone-block-all =
    Dheh: Adigu waxaad muddo xiri kartaa { -mitid }-kaaga oo dhan. Taas waxaad ku samaysaa { -mitid }.dk. Markaas qofna ma isticmaali karo.
    Weydii: Maxaa la sameeyaa si dib loogu furo? Jawaab: Waa inaad adigu tagtaa xafiiska { -borgerservice }.
    Iska jir: Si cad u sheeg ka hor inta uusan qof xirin: si dib loogu furo, waa in la booqdaa xafiiska { -borgerservice }.

note-guide-lost-phone-new-phone =
    Dheh: Taleefan cusub, app-ka waxaad ku hawlgelisaa baasaboor ama “Aktiveringskode” (koodh hawlgelin) oo aad ka hesho { -borgerservice }. Haddii aad haysato taleefankii hore, waad koobiyeyn kartaa.
    Weydii: Maxaa la xasuustaa marka la koobiyeynayo? Jawaab: Bluetooth-ku waa inuu shidan yahay, marka hore waa in la sugo muddo ammaanka awgeed, koodhka QR-na wuxuu shaqeeyaa waqti gaaban oo keliya.
    Iska jir: Marka koodhka PIN ee cusub la dooranayo, meel kale eeg, oo qofka u daa inuu isagu qoro. Taasi waxay sidoo kale khusaysaa marka koodhka PIN la hilmaamo ama app-ka la xiro.

note-guide-lost-phone-misuse =
    Dheh: Haddii aad u malaynayso in qof si xun u isticmaalay { -mitid }-kaaga, wac khadka caawimada ee xatooyada aqoonsiga lambarka { $identity-theft-phone }. Wuxuu furan yahay habeen iyo maalin.
    Weydii: Yaa yaqaan wicitaanno laga shakiyo? U daa inay si gaaban uga sheekeeyaan, iyagoon sheegin magacyo, koodhad ama xaddiga lacagta.
    Iska jir: Ha bixin talo ku saabsan mas'uuliyadda ama lacagta. U sheeg inay la xiriiraan khadka caawimada, { -mitid-support } ama { -borgerservice }, oo qofka laftiisa ha waco.

note-guide-lost-phone-spare =
    Dheh: Kula tali mid kayd ah: app-ka { -mitid } oo ku jira tablet, ama koodh-muujiye. Markaas weli waad geli kartaa, haddii taleefanku lumo.
    Weydii: Maxaad samayn lahaydeen berri haddii taleefanku lumo? Yaa horey u haysta mid kayd ah?
    Iska jir: Kaydku waa qofka laftiisa oo keliya. Qalabka aqoonsiga iyo koodhadhka weligood lama wadaago, xitaa qoyska.

note-guide-spare-authenticator-why =
    Dheh: Haddii aad lumiso taleefanka, ma isticmaali kartid app-ka ku jira. Sidaas darteed { -mitid } wuxuu kugula talinayaa “Identifikationsmiddel” (qalab aqoonsi) oo dheeraad ah.
    Weydii: Maxaad samayn lahaydeen haddii taleefanku maanta jabo? Kooxda u daa inay fikradahooda kor u sheegaan.
    Iska jir: Kaydku waa talo, ma aha waajib. Qofna ha ku cadaadin inuu wax iibsado.

note-guide-spare-authenticator-tablet =
    Dheh: App-ku wuxuu sidoo kale ku jiri karaa tablet, waxaana laga koobiyeyn karaa taleefanka. Tirada app-yada firfircoon ee qof kasta: ugu badnaan { $max-active-apps }.
    Weydii: Qoysku ma wadaagi karaa hal tablet? Jawaab: Haa, qof walba wuxuu leeyahay aqoonsigiisa isticmaalaha, laakiin markaas qof walba waa inuu isticmaalaa koodh PIN, ee ma aha raadka farta ama wejiga.
    Iska jir: Marka qof walba koodhkiisa PIN ku qorayo tablet-ka la wadaago, meel kale eeg, oo qoyska xusuusi inay iyaguna sidaas sameeyaan.

note-guide-spare-authenticator-code-display =
    Dheh: “Kodeviser” (koodh-muujiye) waa qalab yar oo muujiya “Engangskode” (koodh hal mar ah). Waxaad la isticmaashaa “Adgangskode” (erayga sirta ah).
    Weydii: Maxaa loogu yeeraa koodh hal mar ah? Jawaab: Koodhku hal mar oo keliya ayuu shaqeeyaa. Marka xigta waxaad isticmaashaa mid cusub.
    Iska jir: Meel kale eeg marka erayga sirta ah la qorayo, oo weligaa ha u qorin qofka. Koodh-muujiyaha lama amaahiyo.

note-guide-spare-authenticator-reader-chip =
    Dheh: “Kodeoplæser” (koodh-akhriye cod leh) wuxuu koodhka kor ugu akhriyaa dadka indhoolayaasha ah iyo kuwa aragtidoodu liidato. Chip-ka { -mitid } ee USB, Bluetooth ama NFC waxaa loogu talagalay dadka inta badan isticmaala { -mitid }.
    Weydii: Sidee loo helaa badhanka koodh-akhriyaha iyadoon la arkin? Jawaab: Waa casaan, waxaana ku taal dhibic farta lagu dareemi karo.
    Iska jir: Ha sheegin qiimayaal aad xasuusato; way isbeddelaan. U sheeg inay eegaan { -mitid }.dk ama weydiiyaan { -borgerservice }.

note-guide-spare-authenticator-choose =
    Dheh: Marka la riixo “Fortsæt” (sii wad), waxaa soo baxa link-ga “Skift { -mitid } identifikationsmiddel” (beddel qalabka aqoonsiga). Wuxuu furaa liiska “Vælg identifikationsmiddel” (dooro qalabka aqoonsiga).
    Weydii: Maxaad dooranaysaa haddii aad haysato koodh-muujiye? Jawaab: “{ -mitid } kodeviser”.
    Iska jir: Dad badan ayaa link-ga raadiya ka hor intaysan qorin aqoonsiga isticmaalaha. Wuxuu soo baxaa oo keliya marka la riixo “Fortsæt”.

note-guide-spare-authenticator-safe =
    Dheh: Fariimaha { -mitid } ka hel dhowr meelood: app-ka, SMS ama iimayl. Markaas digniintu way imanaysaa, xitaa haddii taleefanku maqan yahay.
    Weydii: Ma u amaahin kartaa koodh-muujiyahaaga xaaskaaga ama ninkaaga? Jawaab: Maya. Koodhadhka iyo qalabka aqoonsiga weligood lama wadaago, xitaa kan kaydka ah.
    Iska jir: Ha ku galin { -mitid } qofka si aad wax u beddesho. Qofka laftiisa ayaa galaya, adiguna meel kale ayaad eegaysaa marka koodh la qorayo.

note-practice-login-app-computer-service =
    Dheh: Mar walba waxaad ka bilaabataa bogga adeegga laftiisa, oo waxaad riixdaa “Log på” (gal). Degmadan waa tusaale; runtii ma jirto.
    Weydii: Bog internet, xaggee inta badan ka heshaan “Log på”?
    Iska jir: Si cad u sheeg inay tani tahay layli. Qofna yuusan isticmaalin aqoonsigiisa isticmaalaha dhabta ah ama koodhadhkiisa.

note-practice-login-app-computer-mitid-box =
    Dheh: Sanduuqu wuxuu muujinayaa “Log på hos Øvelse Kommune”. Aqoonsiga isticmaalaha ee layliga “{ $practice-user-id }” ku qor “Bruger-ID”, kadibna riix “Fortsæt”.
    Weydii: Xaggee lagu arki karaa meesha aad gelayso? Jawaab: Xagga sare ee sanduuqa, “Log på hos” kadib.
    Iska jir: Haddii qof qoro aqoonsigiisa isticmaalaha dhabta ah, meel kale eeg, oo ka codso inuu tirtiro. Nolosha dhabta ah, looma oggola inaad ogaato.

note-practice-login-app-computer-waiting =
    Dheh: Kombiyuutarka waxaa ku qoran “Åbn { -mitid } app og godkend” (fur app-ka oo oggolow), waxaana ka muuqda koodh QR ah. Waxaad furtaa app-ka, oo iskaan gareysaa koodhka.
    Weydii: Maxaad u malaynaysaan in koodh QR ah uu halkan ugu jiro? Jawaab: Waxaa la keenay si looga ilaaliyo bogag gelitaan oo been ah.
    Iska jir: Ha sheegin xad waqti oo koodhka QR ah.

note-practice-login-app-computer-app-pin =
    Dheh: App-ku wuu furmayaa. Halkan waxaad ku qortaa koodhka layliga { $practice-pin }, kadibna riixdaa “Fortsæt”. Nolosha dhabta ah, waxaad sidoo kale isticmaali kartaa raadka farta ama wejiga.
    Weydii: Yaa loo oggol yahay inuu ku arko adigoo qoraya koodhkaaga PIN ee dhabta ah? Jawaab: Qofna, xitaa caawiye ama qof qoyska ka mid ah.
    Iska jir: Meel kale eeg, xitaa layliga, oo qofka u daa inuu isagu qoro. Haddii qof qoro koodhkiisa PIN ee dhabta ah, ka codso inuu tirtiro.

note-practice-login-app-computer-app-request =
    Dheh: Kor u akhri cidda wax weydiinaysa (“Øvelse Kommune”) iyo waxa ay khusayso. Haddii ay la mid tahay wixii aad adigu bilowday, farta ayaad ku jiidaysaa si aad u oggolaato.
    Weydii: Goorma ayaa taa beddelkeeda la diidaa? Jawaab: Marka qoraalku uusan sax ahayn, ama marka aadan adigu waxba bilaabin.
    Iska jir: Dad badan ayaa farta jiida iyagoon akhrin. Qofka ka codso inuu marka hore qoraalka kor u akhriyo. Ha sheegin magac badhan oo gaar ah oo app-ka ku jira.

note-practice-login-app-computer-done =
    Dheh: Qofku wuu galay. Dib u eega tallaabooyinka: “Log på”, aqoonsiga isticmaalaha, “Fortsæt”, koodhka QR, koodhka PIN, akhri, kadibna farta ku jiid.
    Weydii: Tallaabadee ayaa ugu adkayd? Tallaabadaas mar kale wada isku daya.
    Iska jir: Xusuusi in aan weligaa la oggolaan wax aadan adigu bilaabin, iyo in aan weligaa koodhad dhab ah lagu isticmaalin layliga.

note-practice-login-app-phone-service =
    Dheh: Hadda waxaan ku galaynaa taleefanka. Halkanna waxaad ka bilaabataa bogga adeegga, oo waxaad riixdaa “Log på”.
    Weydii: Yaa inta badan ku gala taleefanka, yaase ku gala kombiyuutarka?
    Iska jir: Taleefanka shaashadda ku jira waa layli. Qofna yuusan soo saarin taleefankiisa oo yuusan ku galin { -mitid } dhab ah.

note-practice-login-app-phone-mitid-box =
    Dheh: Sanduuqu waa la mid kii kombiyuutarka. “{ $practice-user-id }” ku qor “Bruger-ID”, kadibna riix “Fortsæt”.
    Weydii: Maxaa ku qoran xagga sare ee sanduuqa? Jawaab: “Log på hos Øvelse Kommune”, taas oo ah meesha aad gelayso.
    Iska jir: Nolosha dhabta ah, aqoonsiga isticmaalaha waa kan qofka laftiisa. Meel kale eeg, oo qofka u daa inuu isagu qoro.

note-practice-login-app-phone-switch =
    Dheh: Taleefanka koodh QR ah kuma jiro. Badhanka “Åbn { -mitid } app” wuxuu si toos ah kuugu gudbiyaa app-ka ku jira isla taleefanka.
    Weydii: Maxaa halkan koodh QR ah ugu jirin? Jawaab: App-ku wuxuu ku jiraa isla taleefanka, sidaas darteed badhanku si toos ah ayuu u furaa.
    Iska jir: Link-ga “Skift { -mitid } identifikationsmiddel” waxaa loogu talagalay, tusaale ahaan, koodh-muujiye. Halkan waa in la riixaa “Åbn { -mitid } app”.

note-practice-login-app-phone-app-pin =
    Dheh: Taleefanku wuxuu u gudbaa app-ka { -mitid }. Halkan waxaad ku qortaa koodhka layliga { $practice-pin }, kadibna riixdaa “Fortsæt”.
    Weydii: Maxaad samaynaysaa haddii qof ku garab taagan yahay marka aad qorayso koodhka PIN? Jawaab: Ka codso inuu meel kale eego.
    Iska jir: Adigu meel kale eeg, xitaa layliga, si kooxdu u aragto waxa caawiye wanaagsan sameeyo. Qofka u daa inuu isagu qoro.

note-practice-login-app-phone-app-request =
    Dheh: Akhri cidda wax weydiinaysa iyo waxa ay khusayso. Waa isla codsigii kombiyuutarka, waana in la akhriyaa ka hor inta aan farta la jiidin.
    Weydii: Maxay kaga duwan tahay kombiyuutarka? Jawaab: Taleefanka koodh QR ah kuma jiro. Inta kale waa isku mid.
    Iska jir: Taleefanka wax walba way dhaqsadaan, dad badanna farta ayay jiidaan iyagoon akhrin. Qofka ka codso inuu marka hore qoraalka kor u akhriyo.

note-practice-login-app-phone-done =
    Dheh: Taleefanku iskiis ayuu dib ugu laabtay bogga internetka, qofkuna wuu galay.
    Weydii: Yaa raba inuu isla waxan ku tijaabiyo kombiyuutarka? Layliga “Ku gal app-ka { -mitid } adigoo kombiyuutar isticmaalaya” wuxuu muujinayaa koodhka QR.
    Iska jir: Xusuusi in aan weligaa la oggolaan wax aadan adigu bilaabin, xitaa taleefanka.

note-practice-login-code-display-service =
    Dheh: Hadda waxaan ku galaynaa koodh-muujiye iyo eray sir ah, halkii app-ka. Sida caadiga ah, waxaad ku bilaabataa “Log på”.
    Weydii: Yaa halkan isticmaala koodh-muujiye halkii app-ka?
    Iska jir: Weligaa ha amaahan koodh-muujiyaha dhabta ah ee ka-qaybgale si aad wax ugu tusto. Layligu wuxuu leeyahay koodh-muujiye u gaar ah oo shaashadda ku jira.

note-practice-login-code-display-mitid-box =
    Dheh: “{ $practice-user-id }” ku qor “Bruger-ID”, kadibna riix “Fortsæt”. Sanduuqu waa isku mid, wax kasta oo aad ku oggolaato.
    Weydii: Ka warran haddii aad hilmaanto aqoonsigaaga isticmaalaha? Jawaab: Isticmaal “Glemt bruger-ID?” (aqoonsiga isticmaalaha ma hilmaantay?), ama caawimaad ka hel { -borgerservice } ama { -mitid-support }.
    Iska jir: Nolosha dhabta ah, looma oggola inaad ogaato aqoonsiga isticmaalaha ee qofka. Meel kale eeg, oo qofka u daa inuu isagu qoro.

note-practice-login-code-display-waiting =
    Dheh: Sanduuqu wuxuu sugayaa app-ka, wuxuuna muujinayaa koodh QR ah. Haddii aad isticmaalayso koodh-muujiye, riix “Skift { -mitid } identifikationsmiddel”.
    Weydii: Goorma ayaa la isticmaalaa link-ga? Jawaab: Marka ugu horreysa ee aad ku gasho koodh-muujiye, waxaad ku doorataa link-ga.
    Iska jir: Dad badan ayaa isku daya inay iskaan gareeyaan koodhka QR, ama iska sugaya. Farta ku fiiq link-ga ka hooseeya koodhka QR.

note-practice-login-code-display-choose =
    Dheh: Liiska “Vælg identifikationsmiddel” (dooro qalabka aqoonsiga) wuxuu muujinayaa “{ -mitid } app”, “{ -mitid } kodeviser” iyo “{ -mitid } chip”. Dooro “{ -mitid } kodeviser”.
    Weydii: Maxaad dooran lahayd haddii aad haysan lahayd chip? Jawaab: “{ -mitid } chip”.
    Iska jir: Qaar ayaa caado ahaan u dooranaya app-ka. Doorashooyinka kor u akhri, oo qofka laftiisa ha farta ku fiiqo koodh-muujiyaha.

note-practice-login-code-display-code =
    Dheh: Koodh-muujiyaha dhinaca ku yaal wuxuu muujinayaa koodh hal mar ah, halkan waa { $practice-one-time-code }. Ku qor goobta, kadibna riix “Fortsæt”.
    Weydii: Isla koodhka ma la isticmaali karaa mar kale berri? Jawaab: Maya, koodh hal mar ah hal mar oo keliya ayuu shaqeeyaa.
    Iska jir: Koodh-muujiye dhab ah, meel kale ayaad eegtaa, qofkana u daysaa inuu isagu qoro. Caadadaas ku tus xitaa layliga.

note-practice-login-code-display-error =
    Dheh: Shaashad khalad ah khatar ma aha. Riix “Prøv igen” (isku day mar kale), oo mar kale qor koodhka koodh-muujiyaha.
    Weydii: Maxaa khaldami kara marka koodhka la qorayo? Jawaab: Hal tiro oo dheeraad ah ama ka maqan, ama tirooyin aan kala horreyntoodu sax ahayn.
    Iska jir: Ha qaadan kiiboodhka si aad qofka ugu qorto koodhka. Qofka laftiisa ha mar kale isku dayo, si tartiib ah.

note-practice-login-code-display-password =
    Dheh: Hadda waxaa ku qoran “Indtast din adgangskode” (geli erayga sirta ah). Layliga waxaad qortaa “{ $practice-password }”, kadibna riixdaa “Fortsæt”.
    Weydii: Yaa loo oggol yahay inuu ogaado erayga sirta ah ee dhabta ah? Jawaab: Adiga oo keliya, xitaa caawiye looma oggola.
    Iska jir: Meel kale eeg, oo qofka u daa inuu isagu qoro, xitaa layliga. Eray sir ah oo la hilmaamay: u sheeg inay la xiriiraan { -mitid-support } ama { -borgerservice }.

note-practice-login-code-display-done =
    Dheh: Qofku wuu galay: aqoonsiga isticmaalaha, beddelka qalabka aqoonsiga, koodhka hal mar ah iyo erayga sirta ah.
    Weydii: Maxay kaga duwan tahay app-ka? Jawaab: Waxaad qortaa koodh hal mar ah iyo eray sir ah, halkii aad farta ku jiidi lahayd app-ka.
    Iska jir: Xusuusi in koodh-muujiyaha iyo erayga sirta ah aan weligood lala wadaagin dad kale, xitaa qoyska.

note-practice-fraud-traps-bank-call =
    Dheh: Nin ayaa sheegaya inuu ka yimid bangiga, codsina wuxuu ka soo muuqdaa app-ka. Bangigu weligii kaama codsado inaad wax ku oggolaato taleefanka.
    Weydii: Lambarka ma lagu garan karaa inuu yahay bangiga? Jawaab: Maya, lambarada waa la been abuuri karaa. Dhig taleefanka, oo adigu wac lambar aad taqaan.
    Iska jir: Qof kooxda ka mid ah ayaa laga yaabaa inay tani ku dhacday. Ha canaanan kuwii hore u oggolaaday; u sheeg inay la xiriiraan { -mitid-support }.

note-practice-fraud-traps-pressure =
    Dheh: Qofka wacaya wuu cadaadinayaa: Dhaqso! Cadaadisku waa calaamad khiyaano. Dhig taleefanka.
    Weydii: Calaamado kale oo aad taqaanniin waa kuwee? Jawaab: In lagaa codsado xogtaada shakhsiga ah, iyo lambar qarsoon, aad u dheer ama dibadda ka yimid.
    Iska jir: Dad badan waxay u arkaan in taleefanka la dhigo ay tahay edeb darro. U sheeg inay taasi gebi ahaanba caadi tahay, iyo inay iyagu dib u wici karaan kadib.

note-practice-fraud-traps-unexpected =
    Dheh: Si lama filaan ah, codsi ayaa ka soo muuqda app-ka, laakiin qofku waxba ma bilaabin. Markaas waa la diidaa.
    Weydii: Maxaa codsi u imanayaa marka aadan waxba samayn? Jawaab: Markaas qof kale ayaa isku dayaya inuu isticmaalo { -mitid }-kaaga.
    Iska jir: Dad badan ayaa iska oggolaada si fariintu u baaba'do. Ha sheegin magac badhan oo gaar ah; dheh: ha oggolaan, diid.

note-practice-fraud-traps-whom =
    Dheh: Adigu wac { -mitid-support } lambarka { $mitid-support-phone }. Isla markiiba way xiri karaan { -mitid }.
    Weydii: Waa maxay sababta aan { -borgerservice } loo wicin? Jawaab: Halkaas waa in ballan la qabsadaa, hadda-na waa in la degdegaa.
    Iska jir: Haddii qof horeba u galay, sidoo kale wac khadka caawimada ee xatooyada aqoonsiga lambarka { $identity-theft-phone }. Qofka laftiisa ha waco.

note-practice-fraud-traps-fake-box =
    Dheh: Boggu wuxuu u eg yahay sanduuqa { -mitid }, laakiin cinwaanka xagga sare kuma dhammaado “mitid.dk”. Waxba ha qorin, oo xir bogga.
    Weydii: Maxaa ka khaldan cinwaanka? Jawaab: Wuxuu ku bilaabmaa “mitid.dk”, laakiin wuxuu ku dhammaadaa “log-ind.net”. Dhammaadka ayaa muhiim ah.
    Iska jir: Haddii qof xog dhab ah ku qoray bog been ah, ka caawi inuu isagu wacdo { -mitid-support }.

note-practice-fraud-traps-done =
    Dheh: Dib u eega caadooyinka: diid wixii aadan adigu bilaabin, dhig taleefanka marka lagu cadaadiyo, adigu wac { -mitid-support }, oo hubi cinwaanka.
    Weydii: Yaa raba inuu hadda taleefankiisa ku kaydsado lambarka { -mitid-support }? Waa { $mitid-support-phone }.
    Iska jir: Haddii qof ka sheekeeyay waxa isaga ku dhacay, kadib keligiin kala hadal, oo u sheeg inuu wacdo khadka caawimada ee xatooyada aqoonsiga lambarka { $identity-theft-phone }.
