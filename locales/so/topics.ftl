topic-mitid = { -mitid }
topic-mitid-summary = Si ammaan ah u gal, oo baro sida loo diido khiyaanada.
topic-digital-post = { -digital-post }
topic-digital-post-summary = Akhri oo ka jawaab warqadaha hay'adaha dowladda.
topic-self-service = Is-adeegga { -borger-dk }
topic-self-service-summary = Soo sheeg markaad guurto, oo bixi wakaalad dijitaal ah.
topic-helping-others = Caawinta dadka kale
topic-helping-others-summary = Waxa laguu oggol yahay inaad ka caawiso, iyo sida loo caawiyo.
