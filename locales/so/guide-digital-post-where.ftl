guide-digital-post-where-title = Xaggee ayaad ka akhrisaa { -digital-post }?
guide-digital-post-where-summary = Afarta meelood ee aad boostadaada ka akhrin karto, iyo sida lagugu ogeysiiyo warqadaha cusub.

guide-digital-post-where-places-title = Hal sanduuq boosto, afar meelood
guide-digital-post-where-places-body =
    { -digital-post } waa hal sanduuq boosto.
    Isla sanduuqa boostada waxaad ka furi kartaa afar meelood:
    { -borger-dk }, app-ka { -digital-post }, { -e-boks } iyo { -mit-dk }.
    Waxaad dooran kartaa meesha adiga kuugu habboon.

guide-digital-post-where-app-and-e-boks-title = App-ka iyo { -e-boks }
guide-digital-post-where-app-and-e-boks-body =
    App-ka { -digital-post } waxaa leh hay'adaha dowladda.
    Wuxuu muujiyaa oo keliya boostada hay'adaha dowladda.
    { -e-boks } wuxuu muujiyaa boostadaada dowladda oo keliya kadib markaad oggolaato.
    Haddii aadan oggolaan, boostada waxaad ka akhrin kartaa { -borger-dk } ama app-ka.

guide-digital-post-where-private-title = Warqadaha shirkadaha
guide-digital-post-where-private-body =
    Shirkadaha gaarka ah, tusaale ahaan bangigaaga, iyagaa dooranaya meesha ay warqadaha u diraan.
    Waxay u diraan { -e-boks } ama { -mit-dk }.
    Haddii aad sugayso warqad shirkad ka timaadda, eeg labada meelood.
    App-ka { -digital-post } ma muujiyo warqadaha shirkadaha.

guide-digital-post-where-notices-title = Hel ogeysiis marka boosto cusub timaaddo
guide-digital-post-where-notices-body =
    Waxaad heli kartaa iimayl ama fariin SMS ah marka boosto cusub timaaddo.
    Taasi waxay dhacdaa oo keliya haddii aad gelisay xogtaada xiriirka.
    Samee taas, si aadan u seegin warqad.
    Sababtoo ah warqad waxaa loo tixgeliyaa inay kuu timid marka ay soo gaarto, xitaa haddii aadan akhrin.

guide-digital-post-where-borger-dk-title = Ka akhri { -borger-dk }
guide-digital-post-where-borger-dk-body =
    { -borger-dk }, bogga hore waa sanduuqaaga soo galka: “Indbakke”.
    Si aad warqad u furto, guji cinwaankeeda.
    “Fuldskærm” (shaashad buuxda) wuxuu warqadda ka dhigaa mid buuxisa shaashadda oo dhan.
    “Zoom ind” (weyneyn) wuxuu qoraalka ka dhigaa mid weyn, “Zoom ud” (yareyn) wuxuu ka dhigaa mid yar.

guide-digital-post-where-at-15-title = Marka ilmahaagu { $digital-post-min-age } jir noqdo
guide-digital-post-where-at-15-body =
    Marka qofku { $digital-post-min-age } jir noqdo, si toos ah ayuu u helaa { -digital-post } isaga u gaar ah.
    Qiyaastii { $digital-post-letter-weeks ->
        [one] { $digital-post-letter-weeks } toddobaad
       *[other] { $digital-post-letter-weeks } toddobaad
    } ka hor maalinta dhalashada, qofka dhallinyarada ah iyo waalidkiisuba waxay helaan warqad arrintan ku saabsan.
    Laga bilaabo maalinta dhalashada, waalidku ma sii helaan warqadaha ilmaha.
    Qofka dhallinyarada ah waa inuu isticmaalo { -mitid } isaga u gaar ah si uu u akhriyo boostadiisa.
