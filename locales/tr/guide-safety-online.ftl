guide-safety-online-title = Dolandırıcılığa dikkat edin
guide-safety-online-summary = Sahte bir aramayı nasıl tanırsınız ve bir şey ters gittiyse ne yaparsınız.

guide-safety-online-never-approve-title = Biri istedi diye asla onaylamayın
guide-safety-online-never-approve-body =
    Biri aradığı, e-posta yazdığı veya ziyarete geldiği için { -mitid } içinde asla bir şeyi onaylamayın.
    Dolandırıcılar bankadan, polisten, { -mitid-support } hattından veya { -borgerservice } biriminden geliyormuş gibi yapar.
    Bunların hiçbiri sizinle bu şekilde iletişime geçmez.

guide-safety-online-signs-title = Sahte bir aramanın işaretleri
guide-safety-online-signs-body =
    Arayan kişi kişisel bilgilerinizi isterse dikkat edin.
    Numara gizliyse, çok uzunsa veya yurt dışındansa dikkat edin.
    Acele etmeniz için size baskı yapılırsa dikkat edin.
    Bir SMS’teki numara veya ad doğru görünse bile sahte olabilir.
    Emin değilseniz telefonu kapatın. { -mitid-support } hattını { $mitid-support-phone } numarasından kendiniz arayın.

guide-safety-online-secrets-title = Kodlarınız yalnızca sizindir
guide-safety-online-secrets-body =
    Kodlarınızı asla kimseyle paylaşmayın ve telefonunuzu veya kod göstericinizi asla ödünç vermeyin.
    Kullanıcı kimliğinizi yalnızca { -mitid-support } hattına verin, o da yalnızca onları siz aradığınızda.
    Neyi onayladığınızı ve kimin sorduğunu her zaman okuyun.
    Bunu kendiniz başlatmadıysanız onaylamayın.

guide-safety-online-address-title = Adresi kontrol edin
guide-safety-online-address-body =
    { -mitid } kutusu açıldığında tarayıcının en üstündeki adrese bakın.
    Adres “mitid.dk” ile bitmelidir.
    Öyle bitmiyorsa hiçbir şey yazmayın ve sayfayı kapatın.

guide-safety-online-lost-phone-title = Telefonunuz kaybolursa
guide-safety-online-lost-phone-body =
    Telefonunuz kaybolursa { -mitid } uygulamasını hemen engelleyin. SIM kartı da engelleyin.
    { -mitid } mesajlarını almak için iki yol seçin, örneğin uygulama ve SMS veya e-posta.
    Böylece telefon kaybolsa bile yine uyarı alırsınız.

guide-safety-online-if-it-happened-title = Başınıza geldiyse
guide-safety-online-if-it-happened-body =
    Birinin { -mitid } kimliğinizi veya bilgilerinizi kötüye kullandığını mı düşünüyorsunuz? O zaman yardım için arayın.
    Kimlik hırsızlığı yardım hattı: { $identity-theft-phone }. Bu hat gece gündüz açıktır.
    Siber yardım hattı (Cyberhotline): { $cyber-hotline-phone }.
    { -mitid-support }: { $mitid-support-phone }.
    Bilgilerinizi başka birine verdiyseniz, kötüye kullanımdan siz de sorumlu olabilirsiniz.
    Bunun sizin için ne anlama geldiğini { -mitid-support } hattına sorun.
