practice-power-of-attorney-give-title = Dijital vekâlet verin

practice-power-of-attorney-give-start-guidance =
    { $practice-holder-name } taşınmanızı bildirmenize yardım etmek istiyor.
    Bunun için { -borger-dk } sitesinde şu kişiye dijital vekâlet vermeniz gerekir: { $practice-holder-name }.
    Önce kendi { -mitid } kimliğinizle giriş yaparsınız. “Log på” (giriş yap) düğmesine basın.
practice-power-of-attorney-give-start-hint = “Log på” düğmesine basın.

practice-power-of-attorney-give-mitid-box-guidance =
    { -mitid } kutusu şimdi açık.
    “Bruger-ID” alanına bir alıştırma kullanıcı kimliği yazın. Gerçek kimliğinizi asla yazmayın.
    Sonra “Fortsæt” düğmesine basın.
practice-power-of-attorney-give-mitid-box-hint = Örneğin “{ $practice-user-id }” yazın ve “Fortsæt” düğmesine basın.

practice-power-of-attorney-give-app-login-guidance =
    Şimdi telefonunuzdaki { -mitid } uygulamasına bir istek geliyor.
    Kimin sorduğunu okuyun: { -borger-dk }. Girişi kendiniz başlattınız, yani metin doğru.
    Onaylamak için kaydırın.
practice-power-of-attorney-give-app-login-hint = Onaylamak için ok işaretini alanın diğer ucuna sürükleyin.
practice-power-of-attorney-give-app-login-reject-feedback = Burada { -borger-dk } sitesine girişi kendiniz başlattınız ve metin doğru. Bu durumda onaylamak doğrudur. Yalnızca kendiniz bir şey başlatmadıysanız reddedin.

practice-power-of-attorney-give-overview-guidance =
    “Digital fuldmagt” (dijital vekâlet) sayfasına giriş yaptınız.
    Vekâleti siz veriyorsunuz, yani siz “Fuldmagtsgiver” (vekâlet veren) oluyorsunuz.
    “Giv fuldmagt” (vekâlet ver) düğmesine basın.
practice-power-of-attorney-give-overview-hint = “Giv fuldmagt” düğmesine basın.

practice-power-of-attorney-give-holder-guidance =
    Vekâleti kimin alacağını yazın. Bu kişiye “Fuldmagtshaver” (vekâlet alan) denir.
    Bu alıştırmada bu kişi { $practice-holder-name }.
    İkinizin de { $power-of-attorney-min-age } yaşından büyük olması ve vekâletin ne anlama geldiğini anlaması gerekir.
    Adı ve CPR numarasını yazın, sonra “Næste” (ileri) düğmesine basın.
practice-power-of-attorney-give-holder-hint = “Navn” alanına “{ $practice-holder-name }”, “CPR-nummer” alanına “{ $practice-cpr }” yazın. Sonra “Næste” düğmesine basın.

practice-power-of-attorney-give-task-guidance =
    Vekâletin ne için geçerli olacağını seçin.
    Bir vekâlet genellikle tek bir iş için geçerlidir.
    { $practice-holder-name } taşınmanızı bildirmenize yardım edecek.
practice-power-of-attorney-give-task-hint = “Meld flytning” (taşınmayı bildir) seçeneğine basın.
practice-power-of-attorney-give-task-test-results-feedback = Bu vekâlet tahlil sonuçlarınız (“Se prøvesvar”) içindir. Burada { $practice-holder-name } size yalnızca taşınmayı bildirmede yardım edecek. “Meld flytning” seçeneğine basın.

practice-power-of-attorney-give-end-date-guidance =
    Vekâletin ne kadar süre geçerli olacağını “Slutdato” (bitiş tarihi) alanına yazın.
    Sonra “Bekræft” (doğrula) düğmesine basın.
practice-power-of-attorney-give-end-date-hint = “Slutdato” alanına “{ $practice-end-date }” yazın. Sonra “Bekræft” düğmesine basın.
practice-power-of-attorney-give-end-date-cancel-feedback = “Annuller” (iptal) ile işlemi durdurursunuz ve vekâlet verilmez. Siz vekâleti vermek istiyorsunuz. “Bekræft” düğmesine basın.

practice-power-of-attorney-give-app-sign-guidance =
    Vekâleti { -mitid } kimliğinizle verirsiniz.
    Uygulamada kimin sorduğunu ve neyi onayladığınızı okuyun. Soran { -borger-dk } ve konu vekâlet.
    Bilgiler doğru. Onaylamak için kaydırın.
practice-power-of-attorney-give-app-sign-hint = Onaylamak için ok işaretini alanın diğer ucuna sürükleyin.
practice-power-of-attorney-give-app-sign-reject-feedback = Vekâlet işlemini kendiniz başlattınız ve metin doğru. Bu durumda onaylamak doğrudur. Yalnızca kendiniz bir şey başlatmadıysanız reddedin.

practice-power-of-attorney-give-done-guidance =
    Tebrikler! Sizin yerinize taşınmayı bildirmesi için şu kişiye vekâlet verdiniz: { $practice-holder-name }.
    { $practice-holder-name } sizin kimliğinizle değil, kendi { -mitid } kimliğiyle giriş yapar.
    Vekâletlerle ilgili sorularınız varsa { -borgerservice } birimine sorun.
