guide-what-is-mitid-title = { -mitid } nedir?
guide-what-is-mitid-summary = { -mitid } nedir, nasıl giriş yapılır ve dolandırıcılıktan nasıl korunursunuz.

guide-what-is-mitid-what-title = { -mitid } ne işe yarar
guide-what-is-mitid-what-body =
    { -mitid } ile giriş yaparken gerçekten siz olduğunuzu gösterirsiniz.
    Onu örneğin { -borger-dk } sitesinde, { -digital-post } hizmetinde ve bankanızda kullanırsınız.
    { -mitid }, { -nemid } sisteminin yerini aldı.
    { -nemid } 31 Ekim 2023 tarihinde kapatıldı.

guide-what-is-mitid-free-and-age-title = Ücret ve yaş
guide-what-is-mitid-free-and-age-body =
    { -mitid } ücretsizdir.
    Almak için en az { $mitid-min-age } yaşında olmanız gerekir ve bazı hizmetlerde yaş sınırı daha yüksektir.
    { $digital-post-min-age } yaşına girdiğinizde otomatik olarak { -digital-post } alırsınız.
    O zaman { -mitid } kullanmanız gerekir.

guide-what-is-mitid-user-id-title = Kullanıcı kimliğiniz
guide-what-is-mitid-user-id-body =
    “Bruger-ID” (kullanıcı kimliği), kendiniz seçtiğiniz ve giriş yaparken kullandığınız bir addır.
    { $user-id-min-length } ile { $user-id-max-length } karakter arasında olmalıdır.
    CPR numaranız veya { $user-id-forbidden-digits } haneli başka bir sayı olamaz.
    Onu yalnızca { -mitid-support } ile paylaşın, o da yalnızca onları siz aradığınızda.

guide-what-is-mitid-authenticators-title = Kimlik doğrulama aracınız
guide-what-is-mitid-authenticators-body =
    Kimlik doğrulama aracı (“Identifikationsmiddel”), siz olduğunuzu göstermek için kullandığınız şeydir.
    Telefonunuzdaki { -mitid } uygulamasını kullanabilirsiniz.
    Kod gösterici (“Kodeviser”), şifrenizle birlikte kullandığınız bir kod gösterir.
    Sesli kod okuyucu (“Kodeoplæser”), görme engelli ve az gören kişiler için kodu sesli okur; { -mitid } çipi ise { -mitid } hizmetini sık kullanan kişiler içindir.

guide-what-is-mitid-login-title = Giriş nasıl görünür
guide-what-is-mitid-login-body =
    Bir hizmete giriş yaptığınızda { -mitid } kutusu açılır.
    En üstte “Log på hos” ve hizmetin adı yazar.
    “Bruger-ID” alanına kullanıcı kimliğinizi yazın ve “Fortsæt” düğmesine basın.
    Ardından kutuda “Åbn { -mitid } app og godkend” yazar.

guide-what-is-mitid-approve-title = Uygulamada onaylayın
guide-what-is-mitid-approve-body =
    Bilgisayarda kutu bir QR kodu gösterir: uygulamayı örneğin PIN kodunuzla açın ve kodu tarayın.
    Telefonda ise bunun yerine “Åbn { -mitid } app” düğmesine basın.
    Uygulamada kimin sorduğunu ve neyi onayladığınızı okuyun.
    Bilgiler doğruysa, onaylamak için parmağınızla kaydırın.

guide-what-is-mitid-stay-safe-title = Dolandırıcılığa dikkat edin
guide-what-is-mitid-stay-safe-body =
    Kendiniz başlatmadığınız hiçbir şeyi asla onaylamayın.
    Banka, polis, { -mitid-support } ve { -borgerservice } sizden asla bir telefon görüşmesinde, e-postada veya bir ziyarette bir şeyi onaylamanızı istemez.
    Kodlarınızı veya kimlik doğrulama aracınızı asla kimseyle paylaşmayın.
    Emin değilseniz telefonu kapatın ve { -mitid-support } hattını { $mitid-support-phone } numarasından kendiniz arayın.
