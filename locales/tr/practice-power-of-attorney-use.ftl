practice-power-of-attorney-use-title = Dijital vekâlet kullanın

practice-power-of-attorney-use-start-guidance =
    Anneniz { $practice-mother-name } taşınıyor.
    Anneniz size, kendi yerine taşınmayı bildirmeniz için dijital vekâlet verdi.
    İşe giriş yaparak başlarsınız. “Log på” (giriş yap) düğmesine basın.
practice-power-of-attorney-use-start-hint = “Log på” düğmesine basın.

practice-power-of-attorney-use-mitid-box-guidance =
    Anneniz diyor ki: “Benim kullanıcı kimliğimi kullanabilirsin.”
    Bunu yapamazsınız. Kimse başka birinin { -mitid } kimliğini kullanamaz, vekâletle bile.
    Kendi { -mitid } kimliğinizle giriş yaparsınız. Kendi alıştırma kullanıcı kimliğinizi yazın ve “Fortsæt” düğmesine basın.
practice-power-of-attorney-use-mitid-box-hint = Kendi alıştırma kullanıcı kimliğinizi yazın: “{ $practice-user-id }”. Sonra “Fortsæt” düğmesine basın.
practice-power-of-attorney-use-mitid-box-continue-check-feedback = Bu sizin kendi alıştırma kullanıcı kimliğiniz değil. Başka birinin kullanıcı kimliğiyle o kişi olarak giriş yaparsınız. Bunu asla yapamazsınız. Sizin alıştırma kullanıcı kimliğiniz: “{ $practice-user-id }”.

practice-power-of-attorney-use-other-phone-guidance =
    Kendi kullanıcı kimliğinizi yazmadınız. Bunun annenizin kimliği olduğunu düşünün.
    Şimdi istek, annenizin telefonundaki { -mitid } uygulamasına geldi.
    İstek onaylanırsa, annenizmiş gibi giriş yaparsınız. Bunu kimse yapamaz.
    İsteği reddedin ve kendi { -mitid } kimliğinizle giriş yapın.
practice-power-of-attorney-use-other-phone-hint = Onaylamayın. İsteğin altında, isteği reddeden düğmeye basın.
practice-power-of-attorney-use-other-phone-approve-feedback =
    Durun: bu annenizin { -mitid } kimliği. Kimse başka birinin { -mitid } kimliğini kullanamaz. Bu, aile için ve vekâleti olan kişi için de geçerlidir.
    Her zaman kendi { -mitid } kimliğinizle giriş yapar ve diğer kişiyi sayfanın içinde seçersiniz.
    İsteği reddedin.

practice-power-of-attorney-use-app-login-guidance =
    Şimdi kendi telefonunuzdaki { -mitid } uygulamasına bir istek geliyor.
    Kimin sorduğunu okuyun: { -borger-dk }. Girişi kendiniz başlattınız, yani metin doğru.
    Onaylamak için kaydırın.
practice-power-of-attorney-use-app-login-hint = Onaylamak için ok işaretini alanın diğer ucuna sürükleyin.
practice-power-of-attorney-use-app-login-reject-feedback = Burada { -borger-dk } sitesine kendi { -mitid } kimliğinizle girişi kendiniz başlattınız ve metin doğru. Bu durumda onaylamak doğrudur.

practice-power-of-attorney-use-logged-in-guidance =
    Kendiniz olarak giriş yaptınız.
    Anneniz için taşınmayı bildirmek istiyorsunuz. Bunun için ona geçmeniz gerekir.
    “Vælg person” (kişi seç) düğmesine basın.
practice-power-of-attorney-use-logged-in-hint = “Vælg person” düğmesine basın.

practice-power-of-attorney-use-people-guidance =
    Burada kimin adına işlem yapacağınızı seçersiniz.
    Annenizi seçin: { $practice-mother-name }.
practice-power-of-attorney-use-people-hint = “{ $practice-mother-name }” seçeneğine basın.
practice-power-of-attorney-use-people-self-feedback = Bu sizsiniz. O zaman kendi taşınmanızı bildirmiş olursunuz. Annenizi seçin: { $practice-mother-name }.

practice-power-of-attorney-use-confirm-guidance =
    Annenizi seçtiniz.
    Onun adına işlem yapmak için “Bekræft” (doğrula) düğmesine basın.
practice-power-of-attorney-use-confirm-hint = “Bekræft” düğmesine basın.
practice-power-of-attorney-use-confirm-cancel-feedback = “Annuller” (iptal) ile işlemi durdurursunuz ve anneniz adına işlem yapmazsınız. “Bekræft” düğmesine basın.

practice-power-of-attorney-use-move-form-guidance =
    Şimdi anneniz adına işlem yapıyorsunuz.
    Onun yeni adresini ve taşındığı günü yazın.
    Sonra “Send” (gönder) düğmesine basın.
practice-power-of-attorney-use-move-form-hint = “Ny adresse” alanına “{ $practice-address }”, “Flyttedato” alanına “{ $practice-move-date }” yazın. Sonra “Send” düğmesine basın.

practice-power-of-attorney-use-done-guidance =
    Tebrikler! Anneniz için taşınmayı bildirdiniz.
    Kendi { -mitid } kimliğinizi kullandınız ve “Vælg person” ile “Bekræft” düğmeleriyle ona geçtiniz.
    Vekâlet böyle kullanılır.
