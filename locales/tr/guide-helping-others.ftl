guide-helping-others-title = Başka birine yardım ettiğinizde
guide-helping-others-summary = Aileden birine veya başka birine { -mitid } konusunda yardım ederken neyi yapabilirsiniz, neyi yapamazsınız.

guide-helping-others-may-title = Bunları yapabilirsiniz
guide-helping-others-may-body =
    Başka birine { -mitid } konusunda yardım edebilirsiniz.
    O kişi için bilgi bulabilirsiniz.
    Kişinin telefon numarasını ve e-posta adresini yazabilirsiniz.
    Telefon numarası kontrol edilirken SMS ile gelen kodu da yazabilirsiniz.
    Güvenli bir kullanıcı kimliğinin ve güvenli bir şifrenin nasıl olduğunu açıklayabilirsiniz.

guide-helping-others-may-not-title = Bunları yapamazsınız
guide-helping-others-may-not-body =
    Kişinin kodlarını bilmemelisiniz.
    Bu, PIN kodu, şifre ve kullanıcı kimliği için geçerlidir.
    Kişinin telefonunu veya kod göstericisini de yanınızda tutamazsınız.

guide-helping-others-look-away-title = Başka yere bakın ve birlikte olun
guide-helping-others-look-away-body =
    Kişi PIN kodunu veya şifresini yazarken siz başka yere bakın.
    Siz yardım ederken kişinin kendisi de orada olmalıdır.
    Kişi orada değilken onun { -mitid } kimliğiyle asla bir iş yapamazsınız.

guide-helping-others-own-mitid-title = Her zaman kendi { -mitid } kimliğinizi kullanın
guide-helping-others-own-mitid-body =
    Kimse başka birinin { -mitid } kimliğini kullanamaz.
    Bu, aile için, bir vasi için ve vekâleti olan biri için de geçerlidir.
    Yardım eden kişi olarak her zaman kendi { -mitid } kimliğinizle giriş yaparsınız.
    Sonra hizmetin içinde yardım ettiğiniz kişiye geçersiniz.
    Dijital vekâletle “Vælg person” (kişi seç) düğmesine, ardından “Bekræft” (doğrula) düğmesine basarsınız.

guide-helping-others-power-title = Vekâlet veya postaya erişim
guide-helping-others-power-body =
    Sık sık yardım etmeniz gerekiyorsa, kişi size { -borger-dk } sitesinde “Digital fuldmagt” (dijital vekâlet) ile vekâlet verebilir.
    O zaman belirli hizmetlerde kişinin bilgilerini görebilir veya onun için bir şey yapabilirsiniz.
    Bir vekâlet çoğu zaman yalnızca tek bir iş için geçerlidir.
    İkinizin de { $power-of-attorney-min-age } yaşından büyük olması gerekir.
    Kişi size { -digital-post } kutusuna erişim de verebilir, örneğin “Læse- og skriveadgang” (okuma ve yazma erişimi).

guide-helping-others-refused-title = { -mitid } çok zor olduğunda
guide-helping-others-refused-body =
    Kişi { -mitid } işini tek başına yapamıyorsa, { -borgerservice } o kişiye { -mitid } vermeyi reddetmek zorundadır.
    O zaman kişi bunun yerine başka birine vekâlet veya { -digital-post } kutusuna erişim verebilir.
    Kişi { -digital-post } muafiyeti (“Fritagelse”) için de başvurabilir.
    Bu başvuru { -borgerservice } biriminde bizzat yapılır. Aileden biri, imzalı bir vekâletle kişi adına başvurabilir.
    Kişi için en uygun yolun hangisi olduğunu { -borgerservice } birimine sorun.

guide-helping-others-question-pin = Komşunuz { -mitid } uygulamasına PIN kodunu yazıyor. Ne yaparsınız?
guide-helping-others-question-pin-look-away = Başka yere bakarım.
guide-helping-others-question-pin-look-away-feedback = Doğru. PIN kodu yalnızca onundur. O kodu yazarken siz başka yere bakarsınız.
guide-helping-others-question-pin-remember = Bir dahaki sefere ona yardım edebilmek için kodu aklımda tutarım.
guide-helping-others-question-pin-remember-feedback = Hayır. Yardım eden kişi başka birinin kodlarını bilmemelidir. O yazarken başka yere bakın.
guide-helping-others-question-pin-type-for-her = Kodu onun yerine ben yazarım.
guide-helping-others-question-pin-type-for-her-feedback = Hayır. O zaman onun kodunu bilirsiniz ve yardım eden kişi bunu bilmemelidir. Kodu kendisi yazar, siz de başka yere bakarsınız.

guide-helping-others-question-own-mitid = Babanız size dijital vekâlet verdi. Şimdi ona bir kamu web sitesinde yardım etmeniz gerekiyor. Nasıl giriş yaparsınız?
guide-helping-others-question-own-mitid-own = Kendi { -mitid } kimliğimle. Sonra onu hizmetin içinde seçerim.
guide-helping-others-question-own-mitid-own-feedback = Doğru. Her zaman kendi { -mitid } kimliğinizle giriş yaparsınız. Sonra “Vælg person” (kişi seç) ve “Bekræft” (doğrula) düğmelerine basarsınız.
guide-helping-others-question-own-mitid-his = Onun { -mitid } kimliğiyle, çünkü vekâletim var.
guide-helping-others-question-own-mitid-his-feedback = Hayır. Kimse başka birinin { -mitid } kimliğini kullanamaz, vekâletle bile. Kendi kimliğinizle giriş yapın.
guide-helping-others-question-own-mitid-ask-pin = Ondan PIN kodunu yüksek sesle söylemesini isterim.
guide-helping-others-question-own-mitid-ask-pin-feedback = Hayır. Yardım eden kişi başka birinin PIN kodunu bilmemelidir. Kendi { -mitid } kimliğinizle giriş yapın.

guide-helping-others-question-present = Arkadaşınız, o işteyken onun { -mitid } kimliğiyle bir iş halletmenizi istiyor. Ne yaparsınız?
guide-helping-others-question-present-wait = Kendisi gelene kadar beklerim.
guide-helping-others-question-present-wait-feedback = Doğru. { -mitid } konusunda yardım ederken kişinin kendisi de orada olmalıdır.
guide-helping-others-question-present-borrow-phone = Telefonunu ödünç alırım ve işi tek başıma yaparım.
guide-helping-others-question-present-borrow-phone-feedback = Hayır. Başka birinin telefonunu yanınızda tutamazsınız ve kendisi de orada olmalıdır.

guide-helping-others-question-may = Amcanıza { -mitid } almasında yardım ediyorsunuz. Neyi yapabilirsiniz?
guide-helping-others-question-may-sms-code = Telefon numarasını ve SMS ile gelen kodu yazmak.
guide-helping-others-question-may-sms-code-feedback = Doğru. Yardım eden kişi telefon numarasını, e-posta adresini ve SMS ile gelen kodu yazabilir.
guide-helping-others-question-may-choose-pin = Onun yerine PIN kodunu seçmek.
guide-helping-others-question-may-choose-pin-feedback = Hayır. O zaman onun PIN kodunu bilirsiniz. Kodu kendisi seçer, siz de başka yere bakarsınız.
guide-helping-others-question-may-note-user-id = Kullanıcı kimliğini kendim için bir yere not etmek.
guide-helping-others-question-may-note-user-id-feedback = Hayır. Yardım eden kişi başka birinin kullanıcı kimliğini bilmemelidir. Güvenli bir kullanıcı kimliğinin nasıl olduğunu açıklayabilirsiniz.
