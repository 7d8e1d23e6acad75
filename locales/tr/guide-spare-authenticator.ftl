guide-spare-authenticator-title = { -mitid } için bir yedek bulundurun
guide-spare-authenticator-summary = Neden fazladan bir kimlik doğrulama aracınız olmalı ve hangileri arasından seçim yapabilirsiniz.

guide-spare-authenticator-why-title = Neden bir yedek?
guide-spare-authenticator-why-body =
    Telefonunuzu kaybederseniz, içindeki { -mitid } uygulamasını kullanamazsınız.
    Bu yüzden { -mitid }, bir yedek bulundurmanızı önerir: fazladan bir kimlik doğrulama aracı (“Identifikationsmiddel”).
    Böylece giriş yapabileceğiniz bir şeyiniz yine olur.

guide-spare-authenticator-tablet-title = Tablette uygulama
guide-spare-authenticator-tablet-body =
    { -mitid } uygulamasını birden fazla cihazda kullanabilirsiniz, örneğin hem telefonunuzda hem de bir tablette.
    En fazla { $max-active-apps } etkin { -mitid } uygulamanız olabilir.
    Uygulamayı telefonunuzdan tablete kopyalayabilirsiniz.
    Birkaç kişi aynı tableti paylaşabilir. O zaman her kişinin kendi kullanıcı kimliği olur.
    Bu durumda herkes uygulamayı parmak izi veya yüzle değil, kendi PIN koduyla açmalıdır.

guide-spare-authenticator-code-display-title = Kod gösterici
guide-spare-authenticator-code-display-body =
    Kod gösterici (“Kodeviser”), altı haneli bir kod gösteren küçük bir cihazdır.
    Bu kod tek kullanımlık bir koddur (“Engangskode”): Onu yalnızca bir kez kullanabilirsiniz.
    Onu şifrenizle (“Adgangskode”) birlikte kullanırsınız.

guide-spare-authenticator-reader-chip-title = Sesli kod okuyucu ve çip
guide-spare-authenticator-reader-chip-body =
    Sesli kod okuyucu (“Kodeoplæser”), görme engelli ve az gören kişiler içindir. Kodu sesli okur.
    Üzerinde, parmağınızla hissedebileceğiniz bir nokta olan kırmızı bir düğme vardır.
    { -mitid } çipi, { -mitid } hizmetini sık kullanan kişiler içindir.
    USB, Bluetooth ve NFC ile çalışan çeşitleri vardır.

guide-spare-authenticator-choose-title = Giriş yaparken yedeğinizi kullanın
guide-spare-authenticator-choose-body =
    { -mitid } kutusuna kullanıcı kimliğinizi yazın ve “Fortsæt” (devam) düğmesine basın.
    Ardından “Skift { -mitid } identifikationsmiddel” (kimlik doğrulama aracını değiştir) bağlantısını bulursunuz.
    Bu bağlantı “Vælg identifikationsmiddel” (kimlik doğrulama aracı seçin) listesini açar.
    Örneğin “{ -mitid } app” yerine “{ -mitid } kodeviser” veya “{ -mitid } chip” seçin.

guide-spare-authenticator-safe-title = Bildirimler ve güvenlik
guide-spare-authenticator-safe-body =
    { -mitid } bildirimlerini almak için iki yol seçin: uygulama, SMS veya e-posta.
    Böylece telefonunuzu kaybederseniz yine uyarı alırsınız.
    Kodlarınızı veya kimlik doğrulama araçlarınızı asla kimseyle paylaşmayın. Bu, yedeğiniz için de geçerlidir.
