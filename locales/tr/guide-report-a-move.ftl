guide-report-a-move-title = Taşındığınızı bildirin
guide-report-a-move-summary = { -borger-dk } sitesinde taşındığınızı nasıl bildirirsiniz ve bunu ne zaman yapmanız gerekir.

guide-report-a-move-how-title = { -borger-dk } sitesinde taşındığınızı bildirin
guide-report-a-move-how-body =
    Taşındığınızda bunu { -borger-dk } sitesinde kendiniz bildirirsiniz.
    “Meld flytning” (taşınmayı bildir) bölümünü bulun ve { -mitid } ile giriş yapın.
    Sonra “Anmeld flytning til folkeregisteret” (nüfus kaydına taşınmayı bildir) formunu doldurursunuz.
    Yeni adresinizi ve taşındığınız günü yazarsınız.

guide-report-a-move-when-title = Taşındığınızı ne zaman bildirmeniz gerekir?
guide-report-a-move-when-body =
    Taşınmayı en erken, taşınmadan { $move-report-days-before ->
        [one] { $move-report-days-before } gün
       *[other] { $move-report-days-before } gün
    } önce bildirebilirsiniz.
    Bunu en geç, taşındıktan { $move-report-days-after ->
        [one] { $move-report-days-after } gün
       *[other] { $move-report-days-after } gün
    } sonra yapmanız gerekir.
    Geç bildirirseniz para cezası alabilirsiniz.
    Sorularınız varsa { -borgerservice } birimine sorun.

guide-report-a-move-doctor-title = Doktor seçin
guide-report-a-move-doctor-body =
    Aynı formda “Lægevalg” (doktor seçimi) bölümü gelir.
    Şimdiki doktorunuzda kalabilirsiniz. Ya da yeni bir doktor seçebilirsiniz.
    Bu seçimi, { $doctor-change-km } kilometreden daha uzağa taşınırsanız yapabilirsiniz.
    København, Frederiksberg, Tårnby ve Dragør belediyelerinde bu, { $doctor-change-km-capital } kilometreden daha uzağa taşındığınızda bile geçerlidir.
    Taşındığınızda doktor değiştirmek ücretsizdir.

guide-report-a-move-after-title = Gönderdikten sonra
guide-report-a-move-after-body =
    PostNord (Danimarka posta şirketi) yeni adresinizi otomatik olarak öğrenir. Ona kendiniz haber vermeniz gerekmez.
    Yaklaşık { $health-card-weeks ->
        [one] { $health-card-weeks } hafta
       *[other] { $health-card-weeks } hafta
    } içinde yeni bir “Sundhedskort” (sağlık kartı) alırsınız.

guide-report-a-move-help-title = Yardım alın
guide-report-a-move-help-body =
    Yardıma ihtiyacınız varsa { -digital-hotline } hattını { $digital-hotline-phone } numarasından arayın.
    Başka biri de “Digital fuldmagt” (dijital vekâlet) ile sizin yerinize taşınmayı bildirebilir.
    O zaman o kişi sizin kimliğinizle değil, kendi { -mitid } kimliğiyle giriş yapar.

guide-report-a-move-question-deadline = Gelecek hafta taşınıyorsunuz. Taşındığınızı şimdiden bildirebilir misiniz?
guide-report-a-move-question-deadline-before = Evet. Şimdi bildirebilirim.
guide-report-a-move-question-deadline-before-feedback = Doğru. Taşınmanızı, taşınmadan en erken { $move-report-days-before ->
        [one] { $move-report-days-before } gün
       *[other] { $move-report-days-before } gün
    } önce bildirebilirsiniz.
guide-report-a-move-question-deadline-month-after = Hayır. Orada bir ay oturana kadar beklerim.
guide-report-a-move-question-deadline-month-after-feedback = Hayır. Taşınmanızı, taşındıktan en geç { $move-report-days-after ->
        [one] { $move-report-days-after } gün
       *[other] { $move-report-days-after } gün
    } sonra bildirmeniz gerekir. Geç bildirirseniz para cezası alabilirsiniz.
