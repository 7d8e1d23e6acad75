guide-digital-post-where-title = { -digital-post } mektuplarınızı nerede okursunuz?
guide-digital-post-where-summary = Postanızı okuyabileceğiniz dört yer ve yeni mektuplardan nasıl haberdar olacağınız.

guide-digital-post-where-places-title = Tek posta kutusu, dört yer
guide-digital-post-where-places-body =
    { -digital-post } tek bir posta kutusudur.
    Aynı posta kutusunu dört yerde açabilirsiniz:
    { -borger-dk } sitesinde, { -digital-post } uygulamasında, { -e-boks } içinde ve { -mit-dk } sitesinde.
    Size en uygun yeri seçebilirsiniz.

guide-digital-post-where-app-and-e-boks-title = Uygulama ve { -e-boks }
guide-digital-post-where-app-and-e-boks-body =
    { -digital-post } uygulaması kamu kurumlarının uygulamasıdır.
    Yalnızca kamu kurumlarından gelen postayı gösterir.
    { -e-boks }, kamu postanızı ancak siz izin verdikten sonra gösterir.
    İzin vermediyseniz postanızı { -borger-dk } sitesinde veya uygulamada okuyabilirsiniz.

guide-digital-post-where-private-title = Şirketlerden gelen mektuplar
guide-digital-post-where-private-body =
    Özel şirketler, örneğin bankanız, mektupları nereye göndereceklerini kendileri seçer.
    Mektupları ya { -e-boks } içine ya da { -mit-dk } sitesine gönderirler.
    Bir şirketten mektup bekliyorsanız iki yere de bakın.
    { -digital-post } uygulaması şirketlerden gelen mektupları göstermez.

guide-digital-post-where-notices-title = Yeni postadan haberdar olun
guide-digital-post-where-notices-body =
    Yeni posta geldiğinde bir e-posta veya SMS alabilirsiniz.
    Bu yalnızca iletişim bilgilerinizi girdiyseniz olur.
    Bir mektubu gözden kaçırmamak için bunu yapın.
    Çünkü bir mektup, okumamış olsanız bile, geldiği anda teslim alınmış sayılır.

guide-digital-post-where-borger-dk-title = { -borger-dk } sitesinde okuyun
guide-digital-post-where-borger-dk-body =
    { -borger-dk } sitesinde ana sayfa, gelen kutunuzdur: “Indbakke”.
    Bir mektubu açmak için başlığına tıklayın.
    “Fuldskærm” (tam ekran) ile mektup bütün ekranı kaplar.
    “Zoom ind” (yakınlaştır) ile yazı büyür, “Zoom ud” (uzaklaştır) ile küçülür.

guide-digital-post-where-at-15-title = Çocuğunuz { $digital-post-min-age } yaşına girdiğinde
guide-digital-post-where-at-15-body =
    { $digital-post-min-age } yaşına giren herkes otomatik olarak kendi { -digital-post } kutusunu alır.
    Doğum gününden yaklaşık { $digital-post-letter-weeks ->
        [one] { $digital-post-letter-weeks } hafta
       *[other] { $digital-post-letter-weeks } hafta
    } önce hem genç hem de anne babası bununla ilgili bir mektup alır.
    Doğum gününden itibaren anne baba artık çocuğun mektuplarını almaz.
    Genç, postasını okumak için kendi { -mitid } kimliğini kullanmalıdır.
