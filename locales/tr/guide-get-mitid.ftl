guide-get-mitid-title = { -mitid } nasıl alınır
guide-get-mitid-summary = { -mitid } hizmetini { -borgerservice } biriminden ya da evde uygulamada pasaportunuzla kendiniz alın.

guide-get-mitid-two-ways-title = { -mitid } almanın iki yolu
guide-get-mitid-two-ways-body =
    { $mitid-min-age } yaşını doldurduğunuzda { -mitid } alabilirsiniz.
    Onu belediyenizdeki { -borgerservice } biriminden alabilirsiniz.
    Ya da evde { -mitid } uygulamasında kendiniz alabilirsiniz.
    Bunun için çipli bir pasaportunuz veya kimlik kartınız olmalıdır.

guide-get-mitid-borgerservice-title = { -borgerservice } biriminde
guide-get-mitid-borgerservice-body =
    Gitmeden önce { -borgerservice } biriminden randevu alın. “Bestil tid” (randevu al) yazısını arayın.
    Yanınıza geçerli bir kimlik belgesi (“Legitimation”) alın.
    Bu, fotoğraflı bir pasaport, ehliyet veya oturma kartı olabilir.
    Bunlardan hiçbiri yoksa iki belge götürün. Belgelerden biri CPR numaranızı göstermelidir.

guide-get-mitid-witness-title = Sorular veya bir tanık
guide-get-mitid-witness-body =
    { -borgerservice } biriminde kendinizle ilgili bazı kontrol sorularını yanıtlamanız gerekir. Bu sorular CPR numaranıza dayanır.
    Bunun yerine yanınızda bir tanık getirebilirsiniz.
    Tanık en az { $witness-min-age } yaşında olmalıdır.
    Tanığın kendi { -mitid } kimliği { $witness-mitid-days } günden uzun süredir olmalıdır.
    Aynı kişi { $witness-period-days } gün içinde en fazla { $witness-max-people } kişiye tanıklık edebilir.

guide-get-mitid-user-id-title = Önce kullanıcı kimliğinizi düşünün
guide-get-mitid-user-id-body =
    { -borgerservice } birimine gitmeden önce “Bruger-ID” (kullanıcı kimliği) olarak ne kullanacağınıza karar verin.
    { $user-id-min-length } ile { $user-id-max-length } karakter arasında olmalıdır.
    CPR numaranız veya { $user-id-forbidden-digits } haneli başka bir sayı olamaz.
    Boşlukla başlayamaz ve boşlukla bitemez. Ayrıca başka biri onu daha önce almış olmamalıdır.

guide-get-mitid-at-home-title = Evde pasaport ve uygulama ile
guide-get-mitid-at-home-body =
    Önce { -mitid } uygulamasının telefonunuzda çalıştığını kontrol edin.
    Pasaportunuz veya kimlik kartınız geçerli olmalı ve çipi olmalıdır. Çip işaretine bakın.
    Uygulamayı açın ve “Kom i gang” (başla) düğmesine basın.
    Eski telefonlarda bunu menüde bulursunuz.

guide-get-mitid-scan-title = Pasaportu, çipi ve yüzünüzü tarayın
guide-get-mitid-scan-body =
    Önce fotoğrafınızın olduğu sayfadaki kodu tararsınız. Telefonu yatay tutun.
    Pasaportta kod “P” ile başlar. Kimlik kartında kod arka yüzdedir ve “I” ile başlar.
    Sonra telefon çipi okur: Telefonun kılıfını çıkarın ve telefonu pasaportun üzerine koyun.
    En son yüzünüzü tararsınız.

guide-get-mitid-activate-title = Kullanıcı kimliği ve PIN kodu
guide-get-mitid-activate-body =
    Kullanıcı kimliğinizi seçin ve cep telefonu numaranızı yazın. SMS ile bir kod gelir, onu yazarsınız.
    “På denne telefon” (bu telefonda) seçeneğini seçin. Ardından SMS ile geçici bir PIN kodu gelir.
    Sonra kendi PIN kodunuzu seçin. İsterseniz uygulamayı parmak izinizle veya yüzünüzle de açabilirsiniz.
    En son uygulamanın bildirimlerine izin verin.

guide-get-mitid-help-title = Yabancı pasaport ve taramada yardım
guide-get-mitid-help-body =
    Yabancı bir pasaportunuz var ve CPR numaranız yok mu? O zaman önce { -mitid-support } hattından ({ $mitid-support-phone }) P-kode adlı bir kod almanız gerekir.
    P-kode { $p-code-digits } haneli bir koddur. Aynı P-kode ile { $p-code-attempts } kez deneyebilirsiniz.
    Bir yakınınız taramayı sizin için kendi telefonunda yapabilir. Uygulamanın menüsünde önce “Aktivér” (etkinleştir), sonra “Hjælp en anden med at aktivere” (başka birinin etkinleştirmesine yardım et) seçeneğine basar.
    Bu sırada sizin de orada olmanız gerekir.
    Size yardım eden kişi PIN kodunuzu veya kullanıcı kimliğinizi bilmemelidir.
