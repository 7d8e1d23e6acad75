practice-report-a-move-title = { -borger-dk } sitesinde taşındığınızı bildirin

practice-report-a-move-self-service-guidance =
    Taşınacaksınız. Taşınmanızı { -borger-dk } sitesinde kendiniz bildirirsiniz.
    Bu bir çevrimiçi işlemdir (“Selvbetjening”).
    “Meld flytning” (taşınmayı bildir) bağlantısını bulun.
practice-report-a-move-self-service-hint = “Meld flytning” bağlantısına basın.
practice-report-a-move-self-service-power-of-attorney-feedback = “Digital fuldmagt” (dijital vekâlet), başka birinin size yardım etmesi gerektiğinde kullanılır. Burada taşınmanızı kendiniz bildirmek istiyorsunuz. “Meld flytning” bağlantısına basın.

practice-report-a-move-move-page-guidance =
    Burada taşınmayı bildirirsiniz.
    Önce { -mitid } ile giriş yapmanız gerekir.
    “Log på” (giriş yap) düğmesine basın.
practice-report-a-move-move-page-hint = “Log på” düğmesine basın.

practice-report-a-move-mitid-box-guidance =
    { -mitid } kutusu şimdi açık.
    “Bruger-ID” alanına bir alıştırma kullanıcı kimliği yazın. Gerçek kimliğinizi asla yazmayın.
    Sonra “Fortsæt” düğmesine basın.
practice-report-a-move-mitid-box-hint = Örneğin “{ $practice-user-id }” yazın ve “Fortsæt” düğmesine basın.
practice-report-a-move-mitid-box-forgot-feedback = Bu bağlantı, kullanıcı kimliğinizi unuttuğunuzda kullanılır. Burada onu biliyorsunuz: alana yazın ve “Fortsæt” düğmesine basın.

practice-report-a-move-app-request-guidance =
    Şimdi telefonunuzdaki { -mitid } uygulamasına bir istek geliyor.
    Kimin sorduğunu okuyun: { -borger-dk }. Girişi kendiniz başlattınız, yani metin doğru.
    Onaylamak için kaydırın.
practice-report-a-move-app-request-hint = Onaylamak için ok işaretini alanın diğer ucuna sürükleyin.
practice-report-a-move-app-request-reject-feedback = Burada { -borger-dk } sitesine girişi kendiniz başlattınız ve metin doğru. Bu durumda onaylamak doğrudur. Yalnızca kendiniz bir şey başlatmadıysanız reddedin.

practice-report-a-move-form-guidance =
    Giriş yaptınız. Şimdi “Anmeld flytning til folkeregisteret” (nüfus kaydına taşınmayı bildir) formunu doldurursunuz.
    Yeni adresinizi ve taşındığınız günü yazın.
    Taşınmayı, taşınmadan { $move-report-days-before ->
        [one] { $move-report-days-before } gün
       *[other] { $move-report-days-before } gün
    } önceden, taşındıktan { $move-report-days-after ->
        [one] { $move-report-days-after } gün
       *[other] { $move-report-days-after } gün
    } sonrasına kadar bildirebilirsiniz.
    Geç bildirirseniz para cezası alabilirsiniz.
    Sorularınız varsa { -borgerservice } birimine sorun.
practice-report-a-move-form-hint = “Ny adresse” alanına “{ $practice-address }”, “Flyttedato” alanına “{ $practice-move-date }” yazın. Sonra “Næste” (ileri) düğmesine basın.
practice-report-a-move-form-next-check-feedback = “Flyttedato” (taşınma tarihi) alanındaki tarih uymuyor. Bu alıştırmada { $practice-move-date } tarihinde taşınıyorsunuz. Tarihi tam olarak böyle yazın.

practice-report-a-move-date-error-guidance = Tarih kabul edilmedi. “Prøv igen” (tekrar dene) düğmesine basın ve tarihi yeniden yazın.
practice-report-a-move-date-error-hint = “Prøv igen” düğmesine basın.

practice-report-a-move-doctor-guidance =
    Şimdi “Lægevalg” (doktor seçimi) geliyor.
    Aynı doktorda kalabilir veya yeni bir doktor seçebilirsiniz.
    Bu alıştırmada { $doctor-change-km } kilometreden daha uzağa taşınıyorsunuz.
    Yeni evinize yakın bir doktor istiyorsunuz.
    Taşındığınızda yeni bir doktor seçmek ücretsizdir.
practice-report-a-move-doctor-hint = “Vælg ny læge” (yeni doktor seç) seçeneğine basın.
practice-report-a-move-doctor-keep-feedback = Aynı doktorda kalabilirsiniz. Ama burada yeni evinize yakın bir doktor istiyorsunuz. “Vælg ny læge” seçeneğine basın.

practice-report-a-move-doctor-list-guidance =
    Burada seçebileceğiniz doktorlar var.
    Yeni adresiniz Øvelsby’de.
    Øvelsby’deki doktoru seçin.
practice-report-a-move-doctor-list-hint = Øvelsby’deki doktora basın.
practice-report-a-move-doctor-list-far-feedback = Bu doktor Gammelby’de, yeni evinizden uzakta. Yeni adresinize yakın olan, Øvelsby’deki doktoru seçin.

practice-report-a-move-summary-guidance =
    Adresin, tarihin ve doktorun doğru olduğunu kontrol edin.
    Her şey doğru. “Send” (gönder) düğmesine basın.
practice-report-a-move-summary-hint = “Send” düğmesine basın.
practice-report-a-move-summary-back-feedback = “Tilbage” (geri) ile bir şeyi düzeltebilirsiniz. Burada her şey doğru. “Send” düğmesine basın.

practice-report-a-move-receipt-guidance =
    Tebrikler! Taşındığınızı bildirdiniz.
    PostNord’a (Danimarka posta şirketi) kendiniz haber vermeniz gerekmez. Bu otomatik olarak olur.
    Yaklaşık { $health-card-weeks ->
        [one] { $health-card-weeks } hafta
       *[other] { $health-card-weeks } hafta
    } içinde yeni bir “Sundhedskort” (sağlık kartı) alırsınız.
