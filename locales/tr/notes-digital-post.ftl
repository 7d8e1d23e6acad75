### Notes for the digital ambassador (Digital Post), in Turkish. Labels: Söyleyin (say), Sorun (ask), Dikkat (watch out), Cevap (answer).
### Danish screen words, letter titles, file and folder names stay Danish in “…”.

## Guide: what-is-digital-post

note-guide-what-is-digital-post-what =
    Söyleyin: { -digital-post }, kamu kurumlarından gelen mektuplar için güvenli bir posta kutusudur. Onu kendi { -mitid } kimliğinizle açarsınız.
    Sorun: { -digital-post } ne zaman alınır? Cevap: { $digital-post-min-age } yaşına girildiğinde, otomatik olarak.
    Dikkat: Birçok kişi bunun sıradan e-posta olduğunu düşünür. Kutuya yalnızca kendi { -mitid } kimliğinizle girebildiğinizi ve onu başka kimsenin kullanamayacağını açıklayın.

note-guide-what-is-digital-post-duty =
    Söyleyin: { -digital-post } kutunuzu okuma yükümlülüğünüz vardır. Bir mektup, açmamış olsanız bile, geldiği anda teslim alınmış sayılır.
    Sorun: Bir mektubu okumazsam ne olur? Cevap: Yine de teslim alınmış sayılır. Yükümlülüklerle ilgili sorular { -borgerservice } birimine sorulur.
    Dikkat: Süreler veya sonuçlar hakkında hukuki tavsiye vermeyin. { -borgerservice } birimine veya { -digital-hotline } hattına ({ $digital-hotline-phone }) yönlendirin.

note-guide-what-is-digital-post-where =
    Söyleyin: Nerede açarsanız açın, posta kutusu aynıdır: { -borger-dk } sitesinde, { -digital-post } uygulamasında, { -e-boks } içinde veya { -mit-dk } sitesinde.
    Sorun: Bugün postanızı nerede okuyorsunuz? Birkaç kişi hangi yeri kullandığını göstersin.
    Dikkat: { -e-boks }, kamu postasını ancak izin verildikten sonra gösterir. Kamu postası orada yoksa { -borger-dk } sitesini veya uygulamayı deneyin.

note-guide-what-is-digital-post-inbox =
    Söyleyin: { -borger-dk } sitesinde ana sayfa “Indbakke” (gelen kutusu) sayfasıdır. Bir mektubu açmak için başlığına tıklarsınız. Gelen kutusunun resmini gösterin.
    Sorun: Yeni postayı nasıl fark ederim? Cevap: İletişim bilgilerinizi girdiyseniz bir e-posta veya SMS alabilirsiniz.
    Dikkat: İletişim bilgileri olmadan yeni posta için hiçbir bildirim gelmez. Telefon numarası ve e-posta konusunda yardım edebilirsiniz, ama giriş yapmayı kişinin kendisine bırakın.

note-guide-what-is-digital-post-reply =
    Söyleyin: “Besvar” (yanıtla) yalnızca kurum yanıta izin verdiğinde vardır. Yoksa “Skriv ny besked” (yeni mesaj yaz) düğmesine basar, alıcıyı “Vælg myndighed” (kurum seçin) bölümünden seçer ve “Send” (gönder) düğmesine basarsınız.
    Sorun: “Besvar” düğmesi yoksa ne yaparsınız? Cevap: Aynı kuruma yeni bir mesaj yazın.
    Dikkat: Birçok kişi uzun süre “Besvar” düğmesini arar. Düğmenin olmamasının tamamen normal olduğunu ve yeni bir mesajın doğru yol olduğunu söyleyin.

note-guide-what-is-digital-post-access =
    Söyleyin: Başka birine { -digital-post } kutunuz için “Læseadgang” (okuma erişimi) veya “Læse- og skriveadgang” (okuma ve yazma erişimi) verebilirsiniz. { -borgerservice } bu erişimi vermeye yardım edebilir.
    Sorun: O zaman postamı artık kendim okumak zorunda değil miyim? Cevap: Zorundasınız. Postanızı okuma yükümlülüğü yine sizdedir.
    Dikkat: Erişim vermek, { -mitid } kimliğini paylaşmakla aynı şey değildir. Kimse başka birinin { -mitid } kimliğini kullanamaz, aile bile.

note-guide-what-is-digital-post-exemption =
    Söyleyin: { -digital-post } kullanamayan kişi muafiyet için başvurabilir. Kimlik belgesiyle { -borgerservice } birimine bizzat gidilir. Resmi gösterin.
    Sorun: Neden muaf olmak istediğimi açıklamam gerekir mi? Cevap: Hayır, hangi nedenin geçerli olduğunu söylemek zorunda değilsiniz.
    Dikkat: Bir muafiyetin ne kadar süre geçerli olduğu konusunda söz vermeyin. Muafiyetten her zaman vazgeçilebileceğini söyleyin ve { -borgerservice } birimine yönlendirin.

## Guide: digital-post-where

note-guide-digital-post-where-places =
    Söyleyin: Tek bir posta kutusu vardır, ama onu birkaç yerde açabilirsiniz: { -borger-dk } sitesinde, { -digital-post } uygulamasında, { -e-boks } içinde ve { -mit-dk } sitesinde.
    Sorun: Size hangi yer daha uygun: telefon mu, bilgisayar mı?
    Dikkat: Bazıları farklı mektupların olduğu birkaç posta kutusu olduğunu düşünür. Kamu postasının her yerde aynı olduğunu açıklayın.

note-guide-digital-post-where-app-and-e-boks =
    Söyleyin: { -digital-post } uygulaması kamu kurumlarınındır ve yalnızca kamu postasını gösterir. { -e-boks }, kamu postasını ancak izin verildikten sonra gösterir.
    Sorun: Belediyenin mektuplarını neden { -e-boks } içinde görmüyorum? Cevap: Belki izin vermediniz. Onları { -borger-dk } sitesinde veya uygulamada okuyun.
    Dikkat: Uygulamayı katılımcılar kendi telefonlarında kendileri açsın. PIN kodlarını yazarken başka yere bakın.

note-guide-digital-post-where-private =
    Söyleyin: Özel şirketler, örneğin banka, mektupları { -e-boks } içine mi yoksa { -mit-dk } sitesine mi göndereceklerini kendileri seçer. { -digital-post } uygulaması şirketlerden gelen mektupları göstermez.
    Sorun: Bankadan bir mektup bekliyorum. Nerede? Cevap: Hem { -e-boks } içine hem de { -mit-dk } sitesine bakın.
    Dikkat: Kamu postasıyla özel postayı karıştırmayın. Başka birinin { -digital-post } kutusuna erişim, özel şirketlerden gelen mektuplar için geçerli değildir.

note-guide-digital-post-where-notices =
    Söyleyin: Yeni posta geldiğinde bir e-posta veya SMS alabilirsiniz, ama yalnızca iletişim bilgilerinizi girdiyseniz.
    Sorun: Bu neden önemli? Cevap: Bir mektup, okumamış olsanız bile, geldiği anda teslim alınmış sayılır.
    Dikkat: Telefon numarasını ve e-postayı yazmaya yardım edebilirsiniz. Giriş yapmayı kişinin kendisine bırakın ve PIN kodu yazılırken başka yere bakın.

note-guide-digital-post-where-borger-dk =
    Söyleyin: Resmi gösterin: ana sayfa “Indbakke” (gelen kutusu) sayfasıdır. “Fuldskærm” (tam ekran) mektubu bütün ekranda gösterir. “Zoom ind” (yakınlaştır) ve “Zoom ud” (uzaklaştır) yazıyı büyütür ve küçültür.
    Sorun: Kim ekrandaki yazıyı sık sık çok küçük buluyor? O zaman neye basılabilir?
    Dikkat: Bazıları yazı çok küçük olduğu için vazgeçer. Evde denemeden önce alıştırmada “Zoom ind” ve “Fuldskærm” düğmelerini denesinler.

note-guide-digital-post-where-at-15 =
    Söyleyin: { $digital-post-min-age } yaşına giren kişi otomatik olarak kendi { -digital-post } kutusunu alır. Genç ve anne babası, doğum gününden önce bununla ilgili bir mektup alır.
    Sorun: Anne baba olarak çocuğumun mektuplarını hâlâ alır mıyım? Cevap: Hayır, doğum gününden itibaren almazsınız. Mektuplar çocuğun kendi { -digital-post } kutusuna gelir.
    Dikkat: Genç kendi { -mitid } kimliğini kullanmalıdır. Anne baba çocuğun { -mitid } kimliğiyle giriş yapamaz. Erişimle ilgili sorular: { -borgerservice }.

## Guide: digital-post-access

note-guide-digital-post-access-read =
    Söyleyin: “Læseadgang” (okuma erişimi) ile yardım eden kişi mektupları okuyabilir, iletebilir, klasörlere taşıyabilir, okundu veya okunmadı olarak işaretleyebilir ve posta kutusunda neler olduğunu görebilir.
    Sorun: Yardım eden kişi benim yerime yanıt verebilir mi? Cevap: “Læseadgang” ile veremez. Bu erişim yazmaya, yanıt vermeye, tamamen silmeye veya başkalarına erişim vermeye izin vermez.
    Dikkat: Bazıları yanıt vermek için yardım istedikleri hâlde “Læseadgang” seçer. Önce kişinin neye yardım istediğini sorun.

note-guide-digital-post-access-read-write =
    Söyleyin: “Læse- og skriveadgang” (okuma ve yazma erişimi), “Læseadgang” ile aynı şeyleri verir. Ayrıca yardım eden kişi yeni mesajlar yazabilir ve mektupları yanıtlayabilir.
    Sorun: Kurum, yazanın kızım olduğunu görebilir mi? Cevap: Evet, kurum kimin yardım ettiğini görebilir.
    Dikkat: Yazma erişimini yalnızca güvendiğiniz birine verin. Postasını okuma yükümlülüğü yine posta kutusunun sahibindedir.

note-guide-digital-post-access-ask =
    Söyleyin: Yardım eden kişi kendi { -digital-post } kutusuna giriş yapar: “Menu”, “Læse- og skriveadgang”, “Anmod om adgang” (erişim iste). Sonra ad, CPR numarası, bitiş tarihi ve “Send”.
    Sorun: Yardım eden kişi neden annesinin { -mitid } kimliğiyle giriş yapmıyor? Cevap: Kimse başka birinin { -mitid } kimliğini kullanamaz, aile bile.
    Dikkat: Gerçek sayfa farklı görünebilir. Kelimelerin nerede durduğunu değil, kelimelerin kendisini arayın. Biri PIN kodunu yazarken başka yere bakın.

note-guide-digital-post-access-approve =
    Söyleyin: Yardım eden kişi erişimi hemen almaz. Posta kutusunun sahibi isteği kendi { -digital-post } kutusunda kendisi onaylamalıdır.
    Sorun: Onaylamadan önce neyi kontrol etmeliyim? Cevap: Erişimi kimin istediğini ve ne tür bir erişim olduğunu. Yalnızca kişiyi tanıyorsanız onaylayın.
    Dikkat: Sahibi kendi { -mitid } kimliğiyle kendisi giriş yapar. PIN kodu yazılırken başka yere bakın ve düğmeye sahibi kendisi bassın.

note-guide-digital-post-access-borgerservice =
    Söyleyin: Erişimi { -borgerservice } de verebilir. Sahibi kendisi gelemiyorsa, yardım eden kişi sahibinden aldığı bir vekâletnameyi getirebilir. Resmi gösterin.
    Sorun: Annem kendisi onaylayamıyorsa ne yaparız? Cevap: { -borgerservice } birimine sorun. Erişimi, gerekirse bir vekâletnameyle, onlar verebilir.
    Dikkat: { -borgerservice } biriminin belirli bir durumda hangi belgeleri isteyeceği konusunda söz vermeyin. Katılımcı önce { -borgerservice } birimine sorsun.

note-guide-digital-post-access-limits =
    Söyleyin: Erişim, { -borger-dk } sitesindeki, { -digital-post } uygulamasındaki, { -e-boks } içindeki ve { -mit-dk } sitesindeki kamu postası için geçerlidir. Şirketlerden gelen mektuplar için geçerli değildir.
    Sorun: O zaman oğlum bankadan gelen mektuplarımı da görebilir mi? Cevap: Hayır, erişim özel şirketlerden gelen mektuplar için geçerli değildir.
    Dikkat: Postasını okuma yükümlülüğü yine sahibindedir. Emin değilseniz: { -borgerservice } veya { -digital-hotline } ({ $digital-hotline-phone }).

## Guide: digital-post-exemption

note-guide-digital-post-exemption-who =
    Söyleyin: Nedenler örneğin şunlar olabilir: bir engellilik durumu, dil engeli, evde internete bağlı bilgisayar olmaması, sabit bir adres olmaması veya { -mitid } almanın zor olması.
    Sorun: Akıllı telefonum bilgisayar sayılır mı? Cevap: Evet, akıllı telefon veya tablet bilgisayar sayılır.
    Dikkat: Bir kişinin muaf olup olamayacağına kendiniz karar vermeyin. Nedenleri açıklayın ve { -borgerservice } birimine yönlendirin.

note-guide-digital-post-exemption-how =
    Söyleyin: Kimlik belgesiyle { -borgerservice } birimine bizzat gidilir ve “på tro og love” imza atılır. Bu, söylediklerinizin doğru olduğuna söz verdiğiniz anlamına gelir.
    Sorun: Nedenimi kanıtlamam gerekir mi? Cevap: Hayır, hangi nedenin geçerli olduğunu söylemek zorunda değilsiniz.
    Dikkat: Katılımcılara kimlik belgelerini yanlarına almalarını hatırlatın. Bir konuda emin değillerse önceden { -borgerservice } birimine sorsunlar.

note-guide-digital-post-exemption-relative =
    Söyleyin: Kişi kendisi gelemiyorsa bir yakını onun için başvurabilir. Yakının yanında, kişinin imzaladığı bir vekâletname olmalıdır.
    Sorun: Babam için başvurabilir miyim? Cevap: Evet, onun imzaladığı bir vekâletnameyle. Emin değilseniz { -borgerservice } birimine sorun.
    Dikkat: Yakın, kişinin { -mitid } kimliğiyle değil, vekâletnameyle başvurur. Kimse başka birinin { -mitid } kimliğini kullanamaz.

note-guide-digital-post-exemption-self-service =
    Söyleyin: Muafiyet, normalde kullanılması gereken dijital işlemler için de geçerlidir, örneğin taşınmayı bildirmek veya sağlık kartı için başvurmak.
    Sorun: O zaman taşındığımı nasıl bildiririm? Cevap: Bunu { -borgerservice } açıklayabilir. Onlara sorun.
    Dikkat: Çevrimiçi işlemin yerine geçecek belirli bir yol için söz vermeyin. Bunun yerine ne yapılacağını { -borgerservice } açıklasın.

note-guide-digital-post-exemption-help-instead =
    Söyleyin: { -digital-post } kullanmaya devam edip yardım almak isteyen kişi, güvendiği birine erişim verebilir. “Læse- og skriveadgang” (okuma ve yazma erişimi) ile o kişi yanıt da verebilir.
    Sorun: Hem vekâlet hem muafiyet olabilir mi? Cevap: Evet. Neyin en uygun olduğunu { -borgerservice } birimine sorun.
    Dikkat: Asla başka birinin { -mitid } kimliğini veya kodlarını ödünç alarak yardım etmeyin. Doğru yollar erişim, vekâlet veya muafiyettir.

note-guide-digital-post-exemption-cancel =
    Söyleyin: Muafiyetten her zaman vazgeçilebilir. Yani daha sonra { -digital-post } kullanmaya yeniden başlanabilir.
    Sorun: Bir muafiyet ne kadar süre geçerlidir? Cevap: Bunu kesin olarak bilmiyoruz. { -borgerservice } birimine sorun.
    Dikkat: Birinin vazgeçmesi gerekip gerekmediği konusunda tavsiye vermeyin. Muafiyetle ilgili soruları { -borgerservice } birimine yönlendirin.

## Practice: digital-post-read

note-practice-digital-post-read-inbox =
    Söyleyin: Ana sayfa “Indbakke” (gelen kutusu) sayfasıdır. Mektupların bazıları yeni. Katılımcılardan “Din forskudsopgørelse er klar” (ön vergi hesabınız hazır) başlığına basmalarını isteyin.
    Sorun: Burada hangi mektuplar yeni ve kimden geliyor?
    Dikkat: Biri başka bir mektubu açarsa alıştırma bunu açıklar. Sonra vergi idaresi Skattestyrelsen’den gelen mektubu gösterin. Bütün mektuplar uydurmadır.

note-practice-digital-post-read-letter =
    Söyleyin: Mektup açık: konu, gönderen ve kısa bir metin. Mektupla birlikte bir dosya geliyor. Metni okuyun ve “Forskudsopgørelse.pdf” dosyasına basın.
    Sorun: Mektup kimden geliyor ve ne hakkında?
    Dikkat: Gerçek sayfalarda dosya farklı görünebilir. Sayfada belirli bir yeri değil, dosyanın adını aramayı öğretin.

note-practice-digital-post-read-viewer =
    Söyleyin: Dosya açık. “Zoom ind” (yakınlaştır) yazıyı büyütür, “Fuldskærm” (tam ekran) onu bütün ekranda gösterir. Katılımcılardan “Zoom ind” düğmesine basmalarını isteyin.
    Sorun: Yazı sizin için kolay okunuyor mu? Yazı çok küçük olduğunda ne yaparsınız?
    Dikkat: Bazıları dosyayı okumadan “Luk” (kapat) ile kapatır. Önce yakınlaştırıp okusunlar.

note-practice-digital-post-read-viewer-zoomed =
    Söyleyin: Şimdi yazı daha büyük. “Zoom ud” (uzaklaştır) onu yeniden küçültür. Bu, gerçek rakamların olmadığı bir alıştırma mektubudur. Dosyayı “Luk” ile kapatın.
    Sorun: Ön vergi hesabı nedir? Cevap: Skattestyrelsen’in gelecek yıl için yaptığı tahmindir. Kasım ortasında gelir.
    Dikkat: Alıştırma mektubuna bakarak vergi tavsiyesi vermeyin. Kişinin kendi durumuyla ilgili sorular { -borgerservice } birimine sorulur.

note-practice-digital-post-read-letter-read =
    Söyleyin: Dosya kapandı ve mektuba geri döndük. Artık hem mektup hem dosya okundu. Menüde “Indbakke” seçeneğine basın.
    Sorun: Şimdi mektupla ne yapılabilir? Örneğin bir klasörde saklanabilir, iletilebilir veya olduğu yerde bırakılabilir.
    Dikkat: Bazıları bir mektubu okur okumaz silmek ister. Mektuba yeniden ihtiyaç olabileceğini söyleyin.

note-practice-digital-post-read-inbox-done =
    Söyleyin: Tebrikler. Skattestyrelsen’den gelen mektup artık yeni değil. Bir mektup ve içindeki dosya böyle açılır.
    Sorun: Evde { -digital-post } kutunuza ne sıklıkla bakacaksınız?
    Dikkat: { -digital-post } kutusunu okuma yükümlülüğünü hatırlatın. Yükümlülüklerle ilgili sorular { -borgerservice } birimine sorulur.

## Practice: digital-post-reply

note-practice-digital-post-reply-inbox =
    Söyleyin: “Øvelse Kommune” belediyesinden bir toplantıyla ilgili yeni bir mektup var. Katılımcılardan “Invitation til møde” (toplantı daveti) başlıklı mektubu açmalarını isteyin.
    Sorun: Bir mektubu doğrudan yanıtlayıp yanıtlayamayacağınızı nasıl görürsünüz? Cevap: Mektubu açın ve “Besvar” yazıp yazmadığına bakın.
    Dikkat: Bazıları hemen “Skriv ny besked” düğmesine basar. Doğrudan yanıt verip veremeyeceklerini görmeleri için önce mektubu açmalarını isteyin.

note-practice-digital-post-reply-letter-meeting =
    Söyleyin: Bu mektupta “Besvar” (yanıtla) düğmesi var. Bu düğme yalnızca kurum yanıta izin verdiğinde vardır. Katılımcılardan “Besvar” düğmesine basmalarını isteyin.
    Sorun: Belediye mektupta ne soruyor?
    Dikkat: “Videresend” (ilet) sık sık yanıtlamakla karıştırılır. Bu düğme mektubu belediyeye geri değil, başka birine gönderir.

note-practice-digital-post-reply-reply-form =
    Söyleyin: Yanıt burada yazılır: “Emne” (konu) alanına kısa bir başlık, “Besked” (mesaj) alanına yanıtın kendisi. Sonra “Send” düğmesine basın.
    Sorun: İyi bir başlık nasıl olur? Cevap: Kısa ve açık; böylece kurum konunun ne olduğunu görür.
    Dikkat: Katılımcı kendisi yazsın ve alıştırmada gerçek kişisel bilgi yazmasın. “Jeg kommer gerne.” (Memnuniyetle gelirim.) gibi kısa bir yanıt yeterlidir.

note-practice-digital-post-reply-reply-sent =
    Söyleyin: Yanıt gönderildi. Şimdi Udbetaling Danmark’a konut yardımıyla ilgili bir soru soracağız. Önce onların mektubunu açın ve yanıtlanıp yanıtlanamayacağına bakın.
    Sorun: Udbetaling Danmark ne yapar? Cevap: Örneğin konut yardımı, devlet emekli aylığı ve çocuklu ailelere yardım öder.
    Dikkat: “Dit svar er sendt.” (Yanıtınız gönderildi.) metni uydurmadır. Gerçek sayfada onay farklı görünebilir.

note-practice-digital-post-reply-letter-housing =
    Söyleyin: Düğmelere bakın: “Besvar” yok. O zaman kurum yanıta izin vermiyor ve “Skriv ny besked” (yeni mesaj yaz) ile yeni bir mesaj yazılır.
    Sorun: O zaman onlarla hiç iletişim kurulamaz mı? Cevap: Kurulabilir, onlara yeni bir mesaj yazmak yeterlidir.
    Dikkat: Bazıları düğmenin gizlendiğini veya bozulduğunu düşünür. Yanıta izin verilmediğinde düğmenin olmadığını açıklayın.

note-practice-digital-post-reply-compose =
    Söyleyin: Yeni bir mesaj, alıcıyı seçerek başlar. Katılımcılardan “Vælg myndighed” (kurum seçin) düğmesine basmalarını isteyin.
    Sorun: Mesaj kime gidecek ve neden?
    Dikkat: “Annuller” (iptal) yeni mesajı durdurur. Biri yanlışlıkla ona basarsa “Skriv ny besked” ile baştan başlayın.

note-practice-digital-post-reply-authority-list =
    Söyleyin: Burada kamu kurumlarının bir listesi var. Soru konut yardımıyla ilgili, bu yüzden “Udbetaling Danmark” seçeneğini seçin.
    Sorun: Vergiyle ilgili bir soru için kime yazardınız? Ya belediyedeki bir toplantı için?
    Dikkat: Gerçek liste buradakinden farklı görünebilir. Mektubun geldiği kurumu seçin.

note-practice-digital-post-reply-form =
    Söyleyin: “Emne” alanına bir başlık, “Besked” alanına soruyu yazın. Kira sözleşmesinin de gitmesi gerekiyor, bu yüzden “Vedhæft fil” (dosya ekle) düğmesine basın.
    Sorun: Bir kuruma hiç belge gönderdiniz mi? Nasıl yaptınız?
    Dikkat: Bazıları “Send” düğmesine çok erken basar. Önce dosyayı ekleyin. Katılımcılar kendileri yazsın ve yalnızca uydurma metin kullansın.

note-practice-digital-post-reply-choose-file =
    Söyleyin: Şimdi { -digital-post } kutusunu değil, bilgisayardaki dosyaları görüyoruz. “Lejekontrakt.pdf” (kira sözleşmesi) dosyasını seçin.
    Sorun: “Feriebillede.jpg” ve “Indkøbsliste.docx” neden gönderilmemeli? Cevap: Yalnızca kurumun ihtiyaç duyduğu şeyi gönderin.
    Dikkat: Gerçek bir bilgisayarda liste farklı görünür. Dosyayı bulmaya yardım edin, ama neyin gönderileceğini kişinin kendisi seçsin.

note-practice-digital-post-reply-form-attached =
    Söyleyin: Dosya eklendi ve “Vedhæftede filer” (ekli dosyalar) altında görünüyor. Konuyu, mesajı ve dosyayı kontrol edin, sonra “Send” düğmesine basın.
    Sorun: “Send” düğmesine basmadan önce neyi kontrol edersiniz?
    Dikkat: Bazıları yeniden “Vedhæft fil” düğmesine basar. Dosya zaten ekli; bir kez daha eklenmesi gerekmiyor.

note-practice-digital-post-reply-sent =
    Söyleyin: Tebrikler. Bir mektubun yanında “Besvar” yazıyorsa doğrudan yanıt verebilirsiniz. Yoksa “Skriv ny besked” ile yeni bir mesaj yazarsınız.
    Sorun: “Besvar” ile “Skriv ny besked” arasındaki farkı kim kendi sözleriyle açıklayabilir?
    Dikkat: “Din besked er sendt.” (Mesajınız gönderildi.) metni uydurmadır. Gerçek sayfada onay farklı görünebilir.

## Practice: digital-post-folders

note-practice-digital-post-folders-inbox =
    Söyleyin: Udbetaling Danmark’tan gelen mektubu kolayca yeniden bulmak için bir klasörde saklıyoruz. “Din boligstøtte” (konut yardımınız) mektubunu açın.
    Sorun: Evde hangi tür mektupları klasörlerde toplamak isterdiniz?
    Dikkat: Bazıları doğrudan “Mapper” (klasörler) bölümüne gider. Alıştırmada mektup, mektubun kendi içinden taşınır; bu yüzden önce mektubu açın.

note-practice-digital-post-folders-letter-housing =
    Söyleyin: Mektup açık. “Flyt” (taşı) ile onu bir klasöre koyarsınız. Katılımcılardan “Flyt” düğmesine basmalarını isteyin.
    Sorun: “Flyt” ile “Slet” (sil) arasındaki fark ne?
    Dikkat: “Flyt” ve “Slet” karıştırılabilir. Basmadan önce düğmedeki yazıyı yüksek sesle okumalarını isteyin.

note-practice-digital-post-folders-choose-folder =
    Söyleyin: Bir klasör seçin. Mektup konutla ilgili, bu yüzden “Bolig” (konut) klasörünü seçin. Klasörlerin adları alıştırma için uydurulmuştur.
    Sorun: Skattestyrelsen’den gelen bir mektup hangi klasöre girerdi?
    Dikkat: Gerçek sayfada klasörün nasıl seçildiğini tam olarak bilmiyoruz. “Flyt” kelimesini ve klasörün adını arayın.

note-practice-digital-post-folders-inbox-moved =
    Söyleyin: Mektup artık “Bolig” klasöründe ve “Indbakke” içinde yok. Silinmedi. Şimdi “Påmindelse om møde” (toplantı hatırlatması) mektubunu açın.
    Sorun: Konut yardımıyla ilgili mektup yeniden nerede bulunur? Cevap: “Mapper” altında, “Bolig” klasöründe.
    Dikkat: Bazıları mektup gelen kutusundan kaybolunca korkar. Mektubun yalnızca taşındığını gösterin.

note-practice-digital-post-folders-letter-reminder =
    Söyleyin: Toplantı bitti, bu yüzden mektup silinebilir. “Slet” (sil) düğmesine basın. Yalnızca bir daha ihtiyaç olmayacağından emin olduğunuz mektupları silin.
    Sorun: Hangi mektupları asla silmezdiniz? Grup örnekler versin.
    Dikkat: “Slet” kelimesi gerçek sayfalarda doğrulanmadı. Emin değilseniz mektubu silmek yerine bir klasöre taşıyın.

note-practice-digital-post-folders-inbox-deleted =
    Söyleyin: Mektup silindi. Şimdi ön vergi hesabıyla ilgili eski bir mektubu buluyoruz. O mektup bir klasörde, bu yüzden “Mapper” (klasörler) seçeneğine basın.
    Sorun: Geçen yıldan bir mektubu nerede arardınız?
    Dikkat: Yeni mektup “Din årsopgørelse er klar” (yıllık vergi hesabınız hazır), aradığımız mektup değil. Yıllık vergi hesabı ile ön vergi hesabı aynı şey değildir.

note-practice-digital-post-folders-folder-list =
    Söyleyin: Burada “Bolig”, “Skat” (vergi) ve “Kommunen” (belediye) klasörleri var. Skattestyrelsen’den gelen mektup “Skat” klasöründe. Onu açın.
    Sorun: Konut yardımıyla ilgili mektup şimdi hangi klasörde?
    Dikkat: Klasörlerin adları uydurmadır. Evde klasörlerin adları farklı olabilir.

note-practice-digital-post-folders-folder-tax =
    Söyleyin: “Skat” klasöründe Skattestyrelsen’den gelen eski mektuplar var. Başlıkları okuyun ve “Din forskudsopgørelse er klar” (ön vergi hesabınız hazır) mektubunu açın.
    Sorun: Fark ne? Cevap: Ön vergi hesabı, gelecek yıl için yapılan tahmindir. Yıllık vergi hesabı, geçen yılın sonucudur.
    Dikkat: Başlıklar birbirine benziyor. Basmadan önce başlığın tamamını ve tarihi okumalarını isteyin.

note-practice-digital-post-folders-old-letter =
    Söyleyin: İşte “Skat” klasöründe bulunan eski mektup. Artık kendi postamızla işimiz bitti. “Indbakke” seçeneğine basın.
    Sorun: Yeniden ihtiyaç duyabileceğiniz bir mektupla ne yaparsınız? Cevap: Onu bir klasörde saklayın ve silmeyin.
    Dikkat: Sonraki ekran yeni bir durum: başka birine yardım etmek. Bunu yüksek sesle söyleyin ki kimse hâlâ kendi postasında olduğunu düşünmesin.

note-practice-digital-post-folders-mother-letter =
    Söyleyin: Annenize ({ $practice-mother-name }) yardım ediyorsunuz. Anneniz size “Læseadgang” (okuma erişimi) verdi. Okuyabilir, iletebilir ve taşıyabilirsiniz, ama tamamen silemez, yazamaz ve yanıt veremezsiniz.
    Sorun: “Besvar” burada neden çalışmıyor? Cevap: Bunun için “Læse- og skriveadgang” (okuma ve yazma erişimi) gerekir.
    Dikkat: Yardım eden kişi annesinin değil, her zaman kendi { -mitid } kimliğini kullanır. Başka birinin posta kutusuna nasıl geçildiğini alıştırma göstermiyor.

note-practice-digital-post-folders-forwarded =
    Söyleyin: Tebrikler. Mektup iletildi ve “Læseadgang” ile buna izin var. Postasını okuma yükümlülüğü yine annededir.
    Sorun: Anne, yanıt vermek için de yardım istiyorsa hangi erişimi vermeli? Cevap: “Læse- og skriveadgang”.
    Dikkat: “Brevet er videresendt.” (Mektup iletildi.) metni uydurmadır. Erişimle ilgili sorular { -borgerservice } birimine sorulur.

## Practice: digital-post-give-access

note-practice-digital-post-give-access-inbox =
    Söyleyin: Katılımcı yardım eden kişidir ve kendi { -mitid } kimliğiyle kendi { -digital-post } kutusuna giriş yapmıştır. Anne, okumak ve yanıtlamak için yardım istiyor. “Menu” düğmesine basın.
    Sorun: Yardım eden kişi neden kendi posta kutusundan başlıyor? Cevap: Kimse başka birinin { -mitid } kimliğini kullanamaz, aile bile.
    Dikkat: Yardım eden kişi başka birinin PIN kodunu veya kullanıcı kimliğini asla bilmemelidir. Biri kodunu yazarken başka yere bakın.

note-practice-digital-post-give-access-menu =
    Söyleyin: Menü açık. Başka birinin postasına erişim “Læse- og skriveadgang” (okuma ve yazma erişimi) altında. Oraya basın.
    Sorun: “Indstillinger” (ayarlar) altında ne bulunur? Cevap: Başkalarının postasına erişim değil, kendi posta kutunuzun ayarları.
    Dikkat: Yalnızca “Læseadgang” (okuma erişimi) istemek isteseniz bile “Læse- og skriveadgang” altına girersiniz. Bu kafa karıştırabilir.

note-practice-digital-post-give-access-access =
    Söyleyin: “Læseadgang” postayı okumak içindir. “Læse- og skriveadgang” ile yazabilir ve yanıt da verebilirsiniz. “Anmod om adgang” (erişim iste) düğmesine basın.
    Sorun: Yalnızca posta gelip gelmediğini takip etmek isteyen birine hangi erişim uyar?
    Dikkat: Sayfadaki metin alıştırma için uydurulmuştur. Gerçek sayfa farklı görünebilir. “Anmod om adgang” yazısını arayın.

note-practice-digital-post-give-access-kind =
    Söyleyin: Hangi erişimin istendiğini seçin. Anne hem okumak hem yanıtlamak için yardım istiyor, yani “Læse- og skriveadgang”.
    Sorun: “Læseadgang” ile ne yapılamaz? Cevap: Yazmak, yanıt vermek, mektupları tamamen silmek veya başkalarına erişim vermek.
    Dikkat: Biri basmadan önce grup cevap versin. Gerçek sayfada erişim türünün nerede seçildiğini kesin olarak bilmiyoruz.

note-practice-digital-post-give-access-form =
    Söyleyin: Adı, CPR numarasını ve bitiş tarihini yazın. Yalnızca alıştırmanın bilgilerini kullanın: { $practice-mother-name }, { $practice-cpr } ve { $practice-end-date }. Sonra “Send” düğmesine basın.
    Sorun: Bitiş tarihi nedir? Cevap: Erişimin geçerli olduğu son gün.
    Dikkat: Alıştırmada asla gerçek bir CPR numarası yazmayın. Yanlış bir rakam hata ekranı çıkarır. Bu tamamen normaldir.

note-practice-digital-post-give-access-error =
    Söyleyin: Bu bir hata ekranı. Bir şey uymadığında çıkar, burada CPR numarası uymadı. Kötü bir şey olmaz. “Prøv igen” (tekrar deneyin) düğmesine basın.
    Sorun: Gerçek bir sayfada hata olursa ne yaparsınız? Cevap: Yeniden deneyin; olmazsa { -digital-hotline } hattını { $digital-hotline-phone } numarasından arayın.
    Dikkat: Denemeyi övün. Alanda { $practice-cpr } yazıp yazmadığını birlikte kontrol edin, ama düzeltmeyi katılımcının kendisi yapsın.

note-practice-digital-post-give-access-sent =
    Söyleyin: İstek gönderildi. Şimdi annenin onu kendi { -digital-post } kutusunda onaylaması gerekiyor. Annenin sayfasını görmek için “Luk” (kapat) düğmesine basın.
    Sorun: Yardım eden kişi erişimi hemen alır mı? Cevap: Hayır, ancak sahibi onayladıktan sonra.
    Dikkat: “Send” düğmesinden sonraki metin uydurmadır. Alıştırmanın şimdi annenin sayfasına geçtiğini yüksek sesle söyleyin ki kimsenin kafası karışmasın.

note-practice-digital-post-give-access-mother-inbox =
    Söyleyin: Şimdi annenin sayfasını görüyoruz. Anne kendi { -mitid } kimliğiyle kendi { -digital-post } kutusuna giriş yaptı. İsteğin olduğu mektubu açıyor.
    Sorun: Annenin { -mitid } kimliğiyle kim giriş yapabilir? Cevap: Yalnızca annenin kendisi. Çocukları bile yapamaz.
    Dikkat: Gerçek hayatta anne giriş yaparken ve PIN kodunu yazarken yardım eden kişi başka yere bakar. Anne bunu kendisi yapar.

note-practice-digital-post-give-access-request =
    Söyleyin: Mektup, erişimi kimin istediğini ve ne tür bir erişim olduğunu gösteriyor. “Sara Øvelsen”, yardım eden kişi için uydurma bir addır. Anne “Godkend” (onayla) düğmesine basar.
    Sorun: Ne zaman “Afvis” (reddet) düğmesine basılır? Cevap: Kişiyi tanımıyorsanız veya erişim vermek istemiyorsanız.
    Dikkat: Yalnızca kişiyi tanıyorsanız onaylayın. Yanında otursanız bile okumayı ve basmayı sahibi kendisi yapsın.

note-practice-digital-post-give-access-done =
    Söyleyin: Tebrikler. Artık yardım eden kişi annenin kamu kurumlarından gelen postasını okuyabilir, yazabilir ve yanıtlayabilir. Kurum kimin yardım ettiğini görebilir.
    Sorun: Yardım eden kişi şimdi annenin bankadan gelen mektuplarını görebilir mi? Cevap: Hayır, erişim özel şirketlerden gelen mektuplar için geçerli değildir.
    Dikkat: Postasını okuma yükümlülüğü yine annededir. Sorular için: { -borgerservice } veya { -digital-hotline } ({ $digital-hotline-phone }).
