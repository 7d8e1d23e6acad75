guide-digital-power-of-attorney-title = Dijital vekâlet
guide-digital-power-of-attorney-summary = Başka birinin sizin için internette bir işi halletmesine izin verin veya başka biri için bir işi halledin.

guide-digital-power-of-attorney-what-title = Dijital vekâlet nedir?
guide-digital-power-of-attorney-what-body =
    “Digital fuldmagt” (dijital vekâlet) ile başka bir kişi size internetteki bir işte yardım edebilir.
    Vekâleti veren kişiye “Fuldmagtsgiver” (vekâlet veren) denir.
    Vekâleti alan kişiye “Fuldmagtshaver” (vekâlet alan) denir.
    “Fuldmagtshaver” bilgilerinizi görebilir veya sizin adınıza işlem yapabilir, örneğin tahlil sonuçlarınızı görebilir veya taşındığınızı bildirebilir.

guide-digital-power-of-attorney-covers-title = Neler için geçerlidir?
guide-digital-power-of-attorney-covers-body =
    Bir vekâlet yalnızca kamu kurumlarının belirli çevrimiçi işlemleri için geçerlidir.
    Genellikle tek bir iş için geçerlidir.
    Her kamu kurumu buna dahil değildir. Yani vekâleti her yerde kullanamazsınız.

guide-digital-power-of-attorney-who-title = Kimler kullanabilir?
guide-digital-power-of-attorney-who-body =
    En az birinizin { -mitid } kimliği olmalıdır.
    İkinizin de { $power-of-attorney-min-age } yaşından büyük olması gerekir.
    İkinizin de vekâletin ne anlama geldiğini anlaması gerekir.
    Bir kişi { -mitid } işini kendi başına yapamıyorsa, { -borgerservice } o kişiye { -mitid } veremez.
    O zaman bunun yerine bir vekâlet veya bir muafiyet yardımcı olabilir.

guide-digital-power-of-attorney-give-title = Vekâlet nasıl verilir
guide-digital-power-of-attorney-give-body =
    Vekâleti { -borger-dk } sitesinde { -mitid } kimliğinizle kendiniz verebilirsiniz.
    Vekâleti kimin alacağını ve neler için geçerli olacağını seçersiniz.
    Yardım eden kişi de vekâlet isteyebilir. O zaman siz dijital olarak veya kâğıt üzerinde imzalarsınız.
    Kâğıt üzerinde imzalarsanız, bütün sayfaların { -borgerservice } birimine teslim edilmesi gerekir.

guide-digital-power-of-attorney-use-title = Vekâlet nasıl kullanılır
guide-digital-power-of-attorney-use-body =
    Size vekâlet verildiyse, kendi { -mitid } kimliğinizle giriş yaparsınız.
    Sonra “Vælg person” (kişi seç) düğmesine basın ve yardım ettiğiniz kişiyi seçin.
    “Bekræft” (doğrula) düğmesine basın.
    Artık diğer kişi adına işlem yapıyorsunuz.

guide-digital-power-of-attorney-own-mitid-title = Her zaman kendi { -mitid } kimliğiniz
guide-digital-power-of-attorney-own-mitid-body =
    Kimse başka birinin { -mitid } kimliğini kullanamaz.
    Bu, aile, vasiler ve vekâleti olan kişi için de geçerlidir.
    Her zaman kendi { -mitid } kimliğinizle giriş yapar ve çevrimiçi işlemin içinde diğer kişiye geçersiniz.
    { -mitid } bilgilerinizi başka birine verirseniz, kötüye kullanımın bedelini kendiniz ödemek zorunda kalabilirsiniz.
    Sorularınız varsa { -borgerservice } birimine veya { -mitid-support } hattına sorun.

guide-digital-power-of-attorney-question-log-in = Babanız size vekâlet verdi. Onun yerine taşınmayı bildirmeniz gerekiyor. Nasıl giriş yaparsınız?
guide-digital-power-of-attorney-question-log-in-own = Kendi { -mitid } kimliğimle. Sonra “Vælg person” düğmesine basarım.
guide-digital-power-of-attorney-question-log-in-own-feedback = Doğru. Kendi { -mitid } kimliğinizle giriş yapar ve babanızı sayfanın içinde seçersiniz.
guide-digital-power-of-attorney-question-log-in-grantor = Babamın { -mitid } kimliğiyle, çünkü bana izin verdi.
guide-digital-power-of-attorney-question-log-in-grantor-feedback = Hayır. Kimse başka birinin { -mitid } kimliğini kullanamaz, vekâletle bile. Kendi { -mitid } kimliğinizle giriş yapın ve “Vælg person” düğmesine basın.
