guide-digital-post-exemption-title = { -digital-post } muafiyeti
guide-digital-post-exemption-summary = Kimler muaf olabilir, nasıl başvurursunuz ve muafiyet ne anlama gelir.

guide-digital-post-exemption-who-title = Kimler muaf olabilir?
guide-digital-post-exemption-who-body =
    Bu nedenlerden en az biri sizin için geçerliyse muafiyet için başvurabilirsiniz:
    Bedensel bir engeliniz veya düşünme, hafıza ya da anlama ile ilgili bir engeliniz var.
    Evde internete bağlı bir bilgisayarınız yok. Akıllı telefon veya tablet de bilgisayar sayılır.
    Dil sizin için bir engel.
    Yurt dışına taşınmış olarak kayıtlısınız veya sabit bir adresiniz yok, örneğin evsiz olduğunuz için.
    Pratikte { -mitid } almak sizin için zor.

guide-digital-post-exemption-how-title = Nasıl başvurursunuz
guide-digital-post-exemption-how-body =
    { -borgerservice } birimine bizzat gitmeniz gerekir.
    Kimlik belgenizi yanınıza alın.
    Bir formu “på tro og love” imzalarsınız. Bu, yazdıklarınızın doğru olduğuna söz verdiğiniz anlamına gelir.
    Hangi nedenin sizin için geçerli olduğunu söylemek zorunda değilsiniz.

guide-digital-post-exemption-relative-title = Bir yakınınız sizin için başvurabilir
guide-digital-post-exemption-relative-body =
    Kendiniz gelemiyorsanız bir yakınınız sizin için başvurabilir.
    O zaman yakınınızın yanında bir vekâletname olmalıdır.
    Vekâletname, sizin imzaladığınız bir formdur.

guide-digital-post-exemption-self-service-title = Dijital işlemlerden de muafsınız
guide-digital-post-exemption-self-service-body =
    Bazı işleri normalde internette kendiniz yapmanız gerekir, örneğin taşındığınızı bildirmek veya sağlık kartı için başvurmak.
    1 Haziran 2023 tarihinden beri muafiyet bunlar için de geçerlidir.
    Yani muafsanız, internetteki işlem sayfalarını da kullanmak zorunda değilsiniz.
    O zaman ne yapacağınızı { -borgerservice } birimine sorun.

guide-digital-post-exemption-help-instead-title = Muafiyet yerine yardım
guide-digital-post-exemption-help-instead-body =
    { -digital-post } kullanmaya devam etmek ama yardım almak mı istiyorsunuz?
    O zaman güvendiğiniz birine postanıza erişim verebilirsiniz.
    “Læse- og skriveadgang” (okuma ve yazma erişimi) ile bu kişi sizin yerinize yanıt da verebilir.
    Hem vekâlet hem de muafiyet de alabilirsiniz. Sizin için neyin uygun olduğunu { -borgerservice } birimine sorun.

guide-digital-post-exemption-cancel-title = Vazgeçebilirsiniz
guide-digital-post-exemption-cancel-body =
    Muafiyetinizi her zaman iptal edebilirsiniz.
    Muafiyetle ilgili sorularınız varsa { -borgerservice } birimine sorun.
