guide-self-service-on-borger-dk-title = { -borger-dk } sitesinde çevrimiçi işlemler
guide-self-service-on-borger-dk-summary = Kamu kurumlarıyla ilgili işlerinizi internette kendiniz halledin ve ihtiyacınız olduğunda yardım bulun.

guide-self-service-on-borger-dk-what-title = Çevrimiçi işlem nedir?
guide-self-service-on-borger-dk-what-body =
    “Selvbetjening” (çevrimiçi işlem), kamu kurumlarıyla ilgili bir işi internette kendiniz hallettiğiniz anlamına gelir.
    Bir form doldurur ve onu gönderirsiniz.
    Birçok çevrimiçi işlemi { -borger-dk } sitesinde bulursunuz.
    Kendi { -mitid } kimliğinizle giriş yaparsınız. “Log på” (giriş yap) yazısını arayın.

guide-self-service-on-borger-dk-mandatory-title = Bazı işleri internette kendiniz yapmanız gerekir
guide-self-service-on-borger-dk-mandatory-body =
    Bazı çevrimiçi işlemler, onları kullanabiliyorsanız zorunludur.
    O zaman kâğıt değil, internet kullanmanız gerekir.
    Bu, örneğin taşındığınızda ve bir “Sundhedskort” (sağlık kartı) almanız gerektiğinde geçerlidir.
    Çocuk bakımı (kreş, anaokulu), okula kayıt, konut yardımı ve devlet emekli aylığı için de geçerlidir.

guide-self-service-on-borger-dk-exemption-title = Muafiyet
guide-self-service-on-borger-dk-exemption-body =
    Dijital araçları kullanamıyorsanız { -digital-post } muafiyeti için başvurabilirsiniz.
    1 Haziran 2023 tarihinden beri bu durumda zorunlu çevrimiçi işlemlerden de muafsınız.
    Başvuruyu { -borgerservice } biriminde bizzat yaparsınız ve yanınıza kimlik belgesi alırsınız.
    Yükümlülüklerinizle ilgili sorularınız varsa { -borgerservice } birimine sorun.

guide-self-service-on-borger-dk-hotline-title = Arayın ve yardım alın
guide-self-service-on-borger-dk-hotline-body =
    Bir çevrimiçi işlemde yardıma ihtiyacınız varsa { -digital-hotline } hattını arayın.
    Numara: { $digital-hotline-phone }.
    { -borgerservice } biriminden de yardım alabilirsiniz.

guide-self-service-on-borger-dk-helper-title = Başka biri size yardım ettiğinde
guide-self-service-on-borger-dk-helper-body =
    Başka biri size yardım edebilir. Ama kimse sizin { -mitid } kimliğinizi kullanamaz.
    Yardım eden kişi kendi { -mitid } kimliğiyle giriş yapar.
    “Digital fuldmagt” (dijital vekâlet) ile yardım eden kişi sizin için belirli işleri halledebilir.

guide-self-service-on-borger-dk-question-no-help = { -borger-dk } sitesindeki bir formu anlayamıyorsunuz. Ne yaparsınız?
guide-self-service-on-borger-dk-question-no-help-hotline = { -digital-hotline } hattını ararım.
guide-self-service-on-borger-dk-question-no-help-hotline-feedback = Doğru. { -digital-hotline }, çevrimiçi işlemlerde yardım eder. Numara: { $digital-hotline-phone }.
guide-self-service-on-borger-dk-question-no-help-give-mitid = Komşum yapabilsin diye ona { -mitid } kimliğimi veririm.
guide-self-service-on-borger-dk-question-no-help-give-mitid-feedback = Hayır. Kimse sizin { -mitid } kimliğinizi kullanamaz. { -digital-hotline } hattını { $digital-hotline-phone } numarasından arayın veya { -borgerservice } birimine sorun.
guide-self-service-on-borger-dk-question-no-help-give-up = Yapmaktan vazgeçerim.
guide-self-service-on-borger-dk-question-no-help-give-up-feedback = Hayır. Bazı işleri internette kendiniz yapmanız gerekir, örneğin taşındığınızda. Yardım alın: { -digital-hotline } hattını { $digital-hotline-phone } numarasından arayın.
