guide-lost-phone-title = Telefonunuzu kaybettiniz
guide-lost-phone-summary = { -mitid } uygulamasının olduğu telefonunuz kaybolduğunda veya çalındığında hemen ne yapmanız gerekir.

guide-lost-phone-block-app-title = Uygulamayı hemen engelleyin
guide-lost-phone-block-app-body =
    Telefonunuz kayboldu mu veya çalındı mı? O zaman { -mitid } uygulamanızı hemen engelleyin.
    Bunu MitID.dk sitesinde “Mine identifikationsmidler” (kimlik doğrulama araçlarım) bölümünden yapabilirsiniz.
    { -mitid-support } hattını { $mitid-support-phone } numarasından arayıp uygulamayı engellemelerini de isteyebilirsiniz.

guide-lost-phone-sim-title = SIM kartınızı da engelleyin
guide-lost-phone-sim-body =
    Telefondaki SIM kartı da engelleyin.
    { -mitid } bildirimlerini iki yerden almak iyidir, örneğin uygulamadan ve e-postayla.
    Böylece telefon kaybolsa bile yine uyarı alırsınız.

guide-lost-phone-block-all-title = { -mitid } kimliğinizi tamamen engelleyin
guide-lost-phone-block-all-body =
    { -mitid } kimliğinizi bir süreliğine tamamen kendiniz de engelleyebilirsiniz. Bunu MitID.dk sitesinde yaparsınız.
    O zaman kimse onu kullanamaz.
    Ama unutmayın: Engeli kaldırmak için { -borgerservice } birimine bizzat gitmeniz gerekir.

guide-lost-phone-new-phone-title = Yeni telefonda { -mitid }
guide-lost-phone-new-phone-body =
    Yeni bir telefonda { -mitid } uygulamasını yeniden etkinleştirmeniz gerekir.
    Bunu pasaportunuzla veya { -borgerservice } biriminden alacağınız bir etkinleştirme koduyla (“Aktiveringskode”) yaparsınız.
    Uygulama engellendiyse veya PIN kodunuzu unuttuysanız da aynısını yaparsınız.
    Eski telefon hâlâ sizdeyse, bunun yerine uygulamayı ondan kopyalayabilirsiniz. Bluetooth’u açın.
    Güvenliğiniz için kopyalamadan önce { $copy-app-wait-hours } saat beklemeniz gerekir.
    Kopyalarken bir QR kodu kullanırsınız. Bu kod yalnızca { $copy-app-qr-minutes } dakika geçerlidir.

guide-lost-phone-misuse-title = Biri { -mitid } kimliğinizi kötüye mi kullandı?
guide-lost-phone-misuse-body =
    Birinin { -mitid } kimliğinizi veya kişisel bilgilerinizi kullandığını mı düşünüyorsunuz?
    O zaman kimlik hırsızlığı yardım hattını { $identity-theft-phone } numarasından arayın.
    Bu hat gece gündüz açıktır.

guide-lost-phone-spare-title = Bir yedek hazır bulundurun
guide-lost-phone-spare-body =
    Bir yedeğinizin olması iyi bir fikirdir.
    Bu, bir tabletteki { -mitid } uygulaması veya bir kod gösterici olabilir.
    Böylece telefonunuz kaybolsa bile giriş yapabileceğiniz bir şeyiniz olur.
