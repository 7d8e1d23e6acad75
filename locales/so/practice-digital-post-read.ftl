practice-digital-post-read-title = Akhri warqad oo fur faylka ku lifaaqan

practice-digital-post-read-inbox-guidance =
    Waxaad ku jirtaa { -digital-post }-kaaga ee { -borger-dk }. Bogga hore waa sanduuqaaga soo galka: “Indbakke”.
    Halkan waxaa yaalla warqadahaaga. Laba ka mid ah waa cusub. Weli ma aadan akhrin.
    Warqadda cusub ee Skattestyrelsen (hay'adda canshuurta) waxaa la socda fayl.
    Riix cinwaanka warqadda si aad u furto.
practice-digital-post-read-inbox-hint = Riix cinwaanka “Din forskudsopgørelse er klar” (qiyaastaada canshuurta waa diyaar).
practice-digital-post-read-inbox-open-meeting-feedback = Warqaddaas sidoo kale waa cusub, waadna akhrin kartaa mar dambe. Halkan waxaad ku tababaranaysaa inaad fayl furto. Fur warqadda Skattestyrelsen.
practice-digital-post-read-inbox-open-housing-feedback = Warqaddaas horaad u akhriday. Fur warqadda cusub ee Skattestyrelsen. Waxaa la socda fayl.
practice-digital-post-read-inbox-new-message-feedback = “Skriv ny besked” (qor fariin cusub) waxaad ku qortaa fariin aad adigu u dirayso hay'ad. Hadda waa inaad akhriso warqad. Riix cinwaanka warqadda Skattestyrelsen.
practice-digital-post-read-inbox-folders-feedback = Gudaha “Mapper” (galal) waxaad ku kaydin kartaa warqadaha aad kala soocday. Warqadda cusub waxay ku jirtaa halkan, “Indbakke” (sanduuqa soo galka). Riix cinwaanka warqadda Skattestyrelsen.

practice-digital-post-read-letter-guidance =
    Warqaddu waa furan tahay. Waxaad arkaysaa mawduuca, cidda ay ka timid, iyo qoraal gaaban.
    Akhri qoraalka.
    Warqadda waxaa la socda fayl. Riix magaca faylka si aad u furto.
practice-digital-post-read-letter-hint = Riix magaca faylka: “Forskudsopgørelse.pdf”.
practice-digital-post-read-letter-forward-feedback = “Videresend” (u gudbi) wuxuu warqadda u diraa qof kale. Taas hadda uma baahnid. Riix magaca faylka si aad u furto.
practice-digital-post-read-letter-move-feedback = “Flyt” (wareeji) wuxuu warqadda dhigaa gal. Taas waxaad samayn kartaa mar kale. Marka hore fur faylka: riix magaca faylka.
practice-digital-post-read-letter-delete-feedback = Ha tirtirin warqadda. Waxaa laga yaabaa inaad mar kale u baahato. Riix magaca faylka si aad u furto faylka.
practice-digital-post-read-letter-inbox-feedback = Weli ma aadan arkin faylka. Ku sii jir warqadda, oo riix magaca faylka si aad u furto.

practice-digital-post-read-viewer-guidance =
    Faylku waa furan yahay. Halkan ayaad ku akhrin kartaa.
    Haddii qoraalku aad u yar yahay, waad weynayn kartaa.
    Riix “Zoom ind” (weyneyn).
practice-digital-post-read-viewer-hint = Riix “Zoom ind”. Markaas qoraalku wuu weynaanayaa.
practice-digital-post-read-viewer-full-screen-feedback = “Fuldskærm” (shaashad buuxda) wuxuu faylka ku muujiyaa shaashadda oo dhan. Waad isticmaali kartaa. Halkan waxaad ku tababaranaysaa inaad qoraalka weyneyso: riix “Zoom ind” (weyneyn).
practice-digital-post-read-viewer-close-feedback = Weli ha xirin faylka. Halkan marka hore waxaad ku tababaranaysaa inaad qoraalka ku weyneyso “Zoom ind” (weyneyn). Akhri faylka, kadibna xir.

practice-digital-post-read-viewer-zoomed-guidance =
    Hadda qoraalku wuu weynaaday. Akhri.
    Tani waa warqad tababar, sidaas darteed kuma jiraan tirooyin dhab ah.
    Marka aad dhammayso, faylka ku xir “Luk” (xir).
practice-digital-post-read-viewer-zoomed-hint = Riix “Luk”.
practice-digital-post-read-viewer-zoomed-zoom-out-feedback = “Zoom ud” (yareyn) wuxuu qoraalka mar kale ka dhigaa mid yar. Faylka waad akhriday. Ku xir “Luk” (xir).
practice-digital-post-read-viewer-zoomed-zoom-in-feedback = Qoraalku horeba wuu weynaaday. Hadda ma akhrin kartaa? Markaas faylka ku xir “Luk” (xir).

practice-digital-post-read-letter-read-guidance =
    Faylka waa la xiray, waxaadna ku soo noqotay warqadda.
    Hadda waxaad akhriday warqadda iyo faylka labadaba.
    Ku noqo sanduuqaaga soo galka: “Indbakke”.
practice-digital-post-read-letter-read-hint = Liiska ka riix “Indbakke”.
practice-digital-post-read-letter-read-open-file-feedback = Faylka horaad u akhriday. Hadda ku noqo “Indbakke” (sanduuqa soo galka).
practice-digital-post-read-letter-read-delete-feedback = Ha tirtirin warqadda. Waxaa laga yaabaa inaad mar kale u baahato. Ku noqo “Indbakke” (sanduuqa soo galka).
practice-digital-post-read-letter-read-new-message-feedback = Hadda waxba uma baahnid inaad qorto. Ku noqo “Indbakke” (sanduuqa soo galka).

practice-digital-post-read-inbox-done-guidance =
    Si fiican baad u qabatay! Waxaad ku soo noqotay “Indbakke” (sanduuqa soo galka).
    Warqadda Skattestyrelsen hadda cusub ma aha, maxaa yeelay waad akhriday.
    Sidaas ayaad u furtaa warqad iyo faylka ku jira.
    Xusuuso: waxaa waajib kugu ah inaad akhriso { -digital-post }-kaaga.
