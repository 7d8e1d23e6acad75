### Notes for the digital ambassador (borger.dk self-service), in Turkish. Labels: Söyleyin (say), Sorun (ask), Dikkat (watch out).
### Danish screen words and practice names stay Danish in “…”.

## Guide: self-service-on-borger-dk

note-guide-self-service-on-borger-dk-what =
    Söyleyin: “Selvbetjening” (çevrimiçi işlem), kamu kurumlarıyla ilgili bir işi bir ofiste değil, internette kendiniz halletmeniz demektir, örneğin { -borger-dk } sitesinde.
    Sorun: Hangi işleri zaten internette hallettiniz, hangileri için bir ofise gittiniz?
    Dikkat: Bazıları sizin onların yerine giriş yapabileceğinizi düşünür. Herkesin her zaman “Log på” (giriş yap) ile kendi { -mitid } kimliğiyle giriş yaptığını açıkça söyleyin.

note-guide-self-service-on-borger-dk-mandatory =
    Söyleyin: Bazı çevrimiçi işlemler, onları kullanabilenler için zorunludur: örneğin taşınma, “Sundhedskort” (sağlık kartı), çocuk bakımı, okula kayıt, konut yardımı ve devlet emekli aylığı.
    Sorun: Kim yakında taşınacak ya da çocuk bakımı veya devlet emekli aylığı için başvuracak? Grubun kendi örneklerini kullanın.
    Dikkat: Bazıları yanlış bir şey yapmaktan korkar. Yardım alınabileceğini ve sonraki adımın muafiyetle ilgili olduğunu söyleyin.

note-guide-self-service-on-borger-dk-exemption =
    Söyleyin: Dijital araçları kullanamayan kişi { -borgerservice } biriminden { -digital-post } muafiyeti için başvurabilir. O zaman zorunlu çevrimiçi işlemlerden de muaf olur.
    Sorun: Nedenini açıklamak gerekir mi? Hayır, hangi nedenin geçerli olduğunu söylemek gerekmez. Kimlik belgesiyle bizzat gidilir ve doğruyu söylediğinize söz vererek imza atılır.
    Dikkat: Kimin muafiyet alabileceği veya muafiyetin ne kadar süre geçerli olduğu hakkında hiçbir şey söylemeyin. Bu tür soruları { -borgerservice } birimine yönlendirin.

note-guide-self-service-on-borger-dk-hotline =
    Söyleyin: { -digital-hotline }, kamu kurumlarının çevrimiçi işlemlerinde yardım eder. Numara: { $digital-hotline-phone }. { -borgerservice } biriminden de yardım alınabilir.
    Sorun: Numarayı telefonuna kim kaydetti? Hazır birlikteyken grup numarayı şimdi kaydetsin.
    Dikkat: Bazıları kodlarını telefonda söylemeleri gerektiğini düşünür. Kodlar asla kimseyle paylaşılmaz, bir yardım hattıyla bile.

note-guide-self-service-on-borger-dk-helper =
    Söyleyin: Başka biri yardım edebilir, ama kimse başka birinin { -mitid } kimliğini kullanamaz. Yardım eden kişi kendi kimliğiyle giriş yapar ve bir “Digital fuldmagt” (dijital vekâlet) kullanabilir.
    Sorun: Ben izin verirsem oğlum benim { -mitid } kimliğimi kullanabilir mi? Hayır. O, kendi { -mitid } kimliğiyle giriş yapar ve hizmetin içinde sizi seçer.
    Dikkat: Bu, elçi olarak sizin için de geçerlidir: yalnızca kendi { -mitid } kimliğinizi kullanın. Bir katılımcının kodlarını asla bilmeyin, telefonunu asla yanınızda tutmayın.

## Guide: report-a-move

note-guide-report-a-move-how =
    Söyleyin: Taşınmayı { -borger-dk } sitesinde “Meld flytning” (taşınmayı bildir) bölümünden kendiniz bildirirsiniz. “Anmeld flytning til folkeregisteret” (nüfus kaydına taşınmayı bildir) formunu yeni adres ve taşınma günüyle doldurursunuz.
    Sorun: Kim Danimarka içinde daha önce taşındı? O zaman taşınmayı nasıl bildirdiniz?
    Dikkat: Gerçek sayfadaki alanların adları alıştırmadakinden biraz farklı olabilir. Yeni adresin ve tarihin yazılacağı yeri bulmaları gerektiğini söyleyin.

note-guide-report-a-move-when =
    Söyleyin: Taşınmayı en erken taşınmadan { $move-report-days-before } gün önce, en geç taşındıktan { $move-report-days-after } gün sonra bildirebilirsiniz.
    Sorun: Geç bildirirseniz ne olur? Para cezası alabilirsiniz. Kişinin kendi durumuyla ilgili sorular { -borgerservice } birimine sorulur.
    Dikkat: Birçok kişi yeni eve yerleşene kadar bekler. Süreyi tahtaya yazın ve para cezaları hakkında hukuki tavsiye vermeyin.

note-guide-report-a-move-doctor =
    Söyleyin: Aynı formda “Lægevalg” (doktor seçimi) gelir: doktorunuzda kalabilir veya yeni bir doktor seçebilirsiniz. Taşınırken doktor değiştirmek ücretsizdir.
    Sorun: Bu seçim ne zaman yapılabilir? { $doctor-change-km } kilometreden daha uzağa taşınınca. København, Frederiksberg, Tårnby ve Dragør’de { $doctor-change-km-capital } kilometreden daha uzağa taşınınca.
    Dikkat: Bazıları doktor değiştirmek zorunda olduklarını düşünür. Şimdiki doktorlarında kalabileceklerini söyleyin.

note-guide-report-a-move-after =
    Söyleyin: Taşınma bildirildikten sonra yaklaşık { $health-card-weeks } hafta içinde yeni bir “Sundhedskort” (sağlık kartı) gelir.
    Sorun: Posta şirketine yeni adresi kendiniz vermeniz gerekir mi? Hayır, bu otomatik olarak olur.
    Dikkat: Bazıları yeni adres için her yeri tek tek aramaları gerektiğini düşünür. Rehbere yönlendirin ve rehberde yazandan fazlası için söz vermeyin.

note-guide-report-a-move-help =
    Söyleyin: Yardıma ihtiyacınız varsa { -digital-hotline } hattını { $digital-hotline-phone } numarasından arayabilirsiniz. Başka biri de “Digital fuldmagt” (dijital vekâlet) ile taşınmayı bildirebilir.
    Sorun: Kızım benim { -mitid } kimliğimle taşınmamı bildirebilir mi? Hayır. Kendi { -mitid } kimliğiyle giriş yapar ve vekâleti kullanır.
    Dikkat: Bir katılımcının { -mitid } kimliğiyle onun taşınmasını bildirmeyi asla teklif etmeyin. Bunun yerine yardım hattını veya vekâleti gösterin.

## Guide: digital-power-of-attorney

note-guide-digital-power-of-attorney-what =
    Söyleyin: “Digital fuldmagt” (dijital vekâlet) ile başka biri internetteki bir işte bilgilerinizi görebilir veya sizin adınıza işlem yapabilir, örneğin tahlil sonuçlarını görebilir veya taşınmayı bildirebilir.
    Sorun: Kim verir, kim alır? “Fuldmagtsgiver” (vekâlet veren) vekâleti verir, “Fuldmagtshaver” (vekâlet alan) vekâleti alır.
    Dikkat: Bu kelimeler birbirine benziyor. Onları tahtaya yazın ve vekâlet verenden vekâlet alana bir ok çizin.

note-guide-digital-power-of-attorney-covers =
    Söyleyin: Bir vekâlet yalnızca kamu kurumlarının belirli çevrimiçi işlemleri için geçerlidir, genellikle tek bir iş için. Her kamu kurumu buna dahil değildir.
    Sorun: Taşınmayı bildirmek için verilen bir vekâlet başka her şey için de geçerli midir? Hayır, genellikle yalnızca o tek iş için.
    Dikkat: Bir vekâletin belirli bir yerde çalışacağına söz vermeyin. Emin değilseniz { -borgerservice } birimine sorun.

note-guide-digital-power-of-attorney-who =
    Söyleyin: İkisinden en az birinin { -mitid } kimliği olmalıdır. İkisi de { $power-of-attorney-min-age } yaşından büyük olmalı ve vekâletin ne anlama geldiğini anlamalıdır.
    Sorun: Annem { -mitid } işini tek başına yapamıyorsa ne olur? O zaman { -borgerservice } ona { -mitid } veremez. Bir vekâlet veya muafiyet yardımcı olabilir.
    Dikkat: Bir kişinin vekâleti anlayıp anlamadığına kendiniz karar vermeyin. { -borgerservice } birimine yönlendirin.

note-guide-digital-power-of-attorney-give =
    Söyleyin: Vekâlet veren kişi vekâleti { -borger-dk } sitesinde kendi { -mitid } kimliğiyle kendisi verebilir. Vekâleti kimin alacağını ve neler için geçerli olacağını seçer.
    Sorun: Yardım eden kişi vekâlet isteyebilir mi? Evet. O zaman vekâlet veren kişi dijital olarak veya kâğıt üzerinde imzalar. Kâğıttaki bütün sayfalar { -borgerservice } birimine teslim edilir.
    Dikkat: Vekâlet veren kişi kendi { -mitid } kimliğiyle kendisi onaylar. PIN kodu yazılacaksa başka yere bakın ve kişi kodu kendisi yazsın.

note-guide-digital-power-of-attorney-use =
    Söyleyin: Vekâleti olan kişi kendi { -mitid } kimliğiyle giriş yapar, “Vælg person” (kişi seç) düğmesine basar, kişiyi seçer ve “Bekræft” (doğrula) düğmesine basar.
    Sorun: Önce hangi düğme gelir? “Vælg person”, sonra “Bekræft”.
    Dikkat: “Vælg person” düğmesinin yeri hizmetten hizmete değişebilir. Katılımcılar belirli bir yeri değil, kelimeyi arasın.

note-guide-digital-power-of-attorney-own-mitid =
    Söyleyin: Kimse başka birinin { -mitid } kimliğini kullanamaz; aile, vasiler veya vekâleti olan kişi bile.
    Sorun: Bilgilerimi başka birine verirsem ne olur? Kötüye kullanımın bedelini kendiniz ödemek zorunda kalabilirsiniz.
    Dikkat: Hiçbir para miktarı söylemeyin ve hukuki tavsiye vermeyin. Soruları { -borgerservice } birimine veya { -mitid-support } hattına yönlendirin.

## Practice: report-a-move

note-practice-report-a-move-self-service =
    Söyleyin: Ana sayfayı gösterin ve taşınmanın bir çevrimiçi işlem olduğunu söyleyin. Katılımcılardan “Meld flytning” (taşınmayı bildir) bağlantısını bulmalarını isteyin.
    Sorun: “Digital fuldmagt” (dijital vekâlet) bağlantısı ne zaman kullanılır? Başka birinin size bir işte yardım etmesi gerektiğinde.
    Dikkat: Bazıları “Digital fuldmagt” bağlantısına basar. Bu hiç sorun değil; onları “Meld flytning” bağlantısına geri yönlendirin.

note-practice-report-a-move-move-page =
    Söyleyin: Formdan önce kendi { -mitid } kimliğinizle giriş yapmanız gerekir. “Log på” (giriş yap) düğmesini gösterin.
    Sorun: Burada kimin { -mitid } kimliği kullanılır? Her zaman kendi kimliğiniz.
    Dikkat: Bazıları formu hemen arar. Form ancak “Log på” düğmesinden sonra gelir.

note-practice-report-a-move-mitid-box =
    Söyleyin: Şimdi { -mitid } kutusu açık. “Bruger-ID” alanına alıştırma kullanıcı kimliğini yazın: “{ $practice-user-id }”. Sonra “Fortsæt” düğmesine basın.
    Sorun: “Glemt bruger-ID?” ne içindir? Kullanıcı kimliğinizi unuttuğunuzda kullanılır. Burada onu biliyorsunuz.
    Dikkat: Bazıları gerçek kullanıcı kimliğini yazar. Onları nazikçe durdurun. Gerçek hayatta kişi onu kendisi yazar ve siz onu bilmemelisiniz.

note-practice-report-a-move-app-request =
    Söyleyin: Kutuda “Åbn { -mitid } app og godkend” ({ -mitid } uygulamasını açın ve onaylayın) yazıyor. Uygulamadaki isteği yüksek sesle okuyun: Soran { -borger-dk } ve girişi siz başlattınız; bu yüzden onaylamak için parmağınızla kaydırırsınız.
    Sorun: Ne zaman onaylamamak gerekir? Metin uymadığında veya siz bir şey başlatmadığınızda.
    Dikkat: Gerçek hayatta uygulama PIN koduyla açılır. Başka yere bakın ve kişi kodu kendisi yazsın.

note-practice-report-a-move-form =
    Söyleyin: Şimdi “Anmeld flytning til folkeregisteret” (nüfus kaydına taşınmayı bildir) formu doldurulur: “Ny adresse” (yeni adres) ve “Flyttedato” (taşınma tarihi). Sonra “Næste” (ileri) düğmesine basın.
    Sorun: Taşınma ne zaman bildirilebilir? Taşınmadan { $move-report-days-before } gün önceden, taşındıktan { $move-report-days-after } gün sonrasına kadar. Geç bildirmek para cezasına yol açabilir.
    Dikkat: Alıştırma tarih olarak yalnızca “{ $practice-move-date }” kabul eder, yoksa bir hata sayfası çıkar. Tarihi ve “{ $practice-address }” adresini tahtaya yazın.

note-practice-report-a-move-date-error =
    Söyleyin: Hata herkesin başına gelir. “Prøv igen” (tekrar deneyin) düğmesine basın ve tarihi yeniden yazın.
    Sorun: Sizce yanlış olan neydi? Tarihi tahtadakiyle karakter karakter karşılaştırın.
    Dikkat: Katılımcının ekranında kendiniz düzeltme yapmayın. “{ $practice-move-date }” tarihini yüksek sesle okuyun ve kişi kendisi yazsın.

note-practice-report-a-move-doctor =
    Söyleyin: Şimdi “Lægevalg” (doktor seçimi) geliyor. Alıştırmada { $doctor-change-km } kilometreden daha uzağa taşınıyorsunuz ve yeni evinize yakın bir doktor istiyorsunuz.
    Sorun: Taşınırken doktor değiştirmek ücretli midir? Hayır, ücretsizdir.
    Dikkat: Gerçek hayatta “Behold nuværende læge” (şimdiki doktorda kal) yanlış değildir. Burada alıştırmadaki hikâye yüzünden “Vælg ny læge” (yeni doktor seç) doğrudur.

note-practice-report-a-move-doctor-list =
    Söyleyin: Burada yeni bir doktor seçilir. Yeni adres Øvelsby’de, bu yüzden “Læge Hanne Øvelsen, Øvelsby” seçeneğini seçin.
    Sorun: Yeni adres hangi şehirde? Yazdığınız adrese bakın: “{ $practice-address }”.
    Dikkat: Alıştırmadaki doktorlar uydurmadır. Bunu söyleyin ki kimse onları gerçek hayatta aramasın.

note-practice-report-a-move-summary =
    Söyleyin: “Send” (gönder) düğmesine basmadan önce adresin, tarihin ve doktorun doğru olduğunu birlikte kontrol edin.
    Sorun: Bir şey yanlışsa ne yapılır? “Tilbage” (geri) düğmesine basılır ve düzeltilir.
    Dikkat: Birçok kişi okumadan “Send” düğmesine basar. Önce sayfayı yanlarındaki kişiye yüksek sesle okumalarını isteyin.

note-practice-report-a-move-receipt =
    Söyleyin: “Kvittering” (alındı belgesi), taşınmanın bildirildiğini gösterir. Yaklaşık { $health-card-weeks } hafta içinde yeni bir “Sundhedskort” (sağlık kartı) gelir.
    Sorun: Posta şirketine yeni adresi kendiniz vermeniz gerekir mi? Hayır, bu otomatik olarak olur.
    Dikkat: Alındı belgesindeki metin alıştırma için hazırlandı. Gerçek sayfa farklı görünebilir.

## Practice: power-of-attorney-give

note-practice-power-of-attorney-give-start =
    Söyleyin: Burada katılımcı, { $practice-holder-name } adlı kişiye bir vekâlet veriyor. Böylece { $practice-holder-name }, katılımcının taşınmasını bildirebilir. “Log på” (giriş yap) düğmesine basın.
    Sorun: Burada kim giriş yapar, vekâlet veren mi, yardım eden mi? Vekâlet veren, kendi { -mitid } kimliğiyle.
    Dikkat: Bazıları vekâlet vermeyi ve vekâlet kullanmayı karıştırır. Vekâlet kullanmayı başka bir alıştırmada çalışacaksınız.

note-practice-power-of-attorney-give-mitid-box =
    Söyleyin: “Bruger-ID” alanına alıştırma kullanıcı kimliğini yazın: “{ $practice-user-id }”. Sonra “Fortsæt” düğmesine basın.
    Sorun: Alıştırmada neden asla gerçek kullanıcı kimliği kullanılmaz? Çünkü o kişiseldir ve yardım eden kişi onu bilmemelidir.
    Dikkat: Gerçek hayatta yardım ediyorsanız kişi kullanıcı kimliğini kendisi yazar ve siz başka yere bakarsınız.

note-practice-power-of-attorney-give-app-login =
    Söyleyin: Uygulamadaki istek { -borger-dk } sitesinden geliyor. Girişi siz başlattınız, bu yüzden onaylamak için parmağınızla kaydırırsınız.
    Sorun: Onaylamadan önce ne okunur? Kimin sorduğu ve neyin onaylandığı.
    Dikkat: Gerçek hayatta kişi uygulamayı PIN koduyla açar. Başka yere bakın ve kişi kodu kendisi yazsın.

note-practice-power-of-attorney-give-overview =
    Söyleyin: Şimdi “Digital fuldmagt” (dijital vekâlet) sayfasına giriş yapıldı. Vekâleti siz veriyorsunuz, bu yüzden “Fuldmagtsgiver” (vekâlet veren) sizsiniz. “Giv fuldmagt” (vekâlet ver) düğmesine basın.
    Sorun: Vekâleti alan kişiye ne denir? “Fuldmagtshaver” (vekâlet alan).
    Dikkat: Alıştırmadaki sayfalar basitleştirilmiştir. Gerçek sayfa farklı görünebilir; bu yüzden yeri değil, kelimeleri arayın.

note-practice-power-of-attorney-give-holder =
    Söyleyin: Vekâleti kimin alacağını yazın: “Navn” (ad) alanına “{ $practice-holder-name }”, “CPR-nummer” (CPR numarası) alanına “{ $practice-cpr }”. “Næste” (ileri) düğmesine basın.
    Sorun: Kim vekâlet alabilir? İkisi de { $power-of-attorney-min-age } yaşından büyük olmalı ve vekâletin ne anlama geldiğini anlamalıdır.
    Dikkat: Bazıları gerçek bir CPR numarası yazar. Yalnızca alıştırmanın numarasını kullanın ki hiçbir gerçek bilgi yazılmasın.

note-practice-power-of-attorney-give-task =
    Söyleyin: Vekâletin ne için geçerli olacağını seçin. Bir vekâlet genellikle tek bir iş için geçerlidir, burada “Meld flytning” (taşınmayı bildir).
    Sorun: Neden “Se prøvesvar” (tahlil sonuçlarını gör) değil? Çünkü { $practice-holder-name } yalnızca taşınmaya yardım edecek.
    Dikkat: Bazıları her şeye izin vermek ister. Yardım eden kişinin yapacağı işin seçildiğini açıklayın.

note-practice-power-of-attorney-give-end-date =
    Söyleyin: “Slutdato” (bitiş tarihi) alanına vekâletin ne kadar süre geçerli olacağını yazarsınız, alıştırmada “{ $practice-end-date }”. Sonra “Bekræft” (doğrula) düğmesine basın.
    Sorun: “Annuller” (iptal) ile ne olur? İşlem durur ve vekâlet verilmez.
    Dikkat: Gerçek sayfada bitiş tarihinin nasıl seçildiği kesin değil. Alıştırmanın tarihini tahtaya yazın.

note-practice-power-of-attorney-give-app-sign =
    Söyleyin: Vekâleti kendi { -mitid } kimliğinizle verirsiniz. Uygulamada okuyun: Soran { -borger-dk } ve konu “Giv fuldmagt” (vekâlet ver). Onaylamak için parmağınızla kaydırın.
    Sorun: Ne zaman onaylamamak gerekir? Bir şeyi kendiniz başlatmadığınızda veya metin uymadığında.
    Dikkat: Vekâlet veren kişi her zaman kendisi onaylar. PIN kodu yazılacaksa başka yere bakın ve kişi kodu kendisi yazsın.

note-practice-power-of-attorney-give-done =
    Söyleyin: Vekâlet verildi. { $practice-holder-name }, vekâlet verenin kimliğiyle değil, kendi { -mitid } kimliğiyle giriş yapar.
    Sorun: Kişinin kendi vekâletiyle ilgili soruları kim yanıtlayabilir? { -borgerservice }.
    Dikkat: Alıştırmadaki alındı belgesi uydurmadır. Gerçek sayfa farklı görünebilir.

## Practice: power-of-attorney-use

note-practice-power-of-attorney-use-start =
    Söyleyin: Şimdi katılımcı “Fuldmagtshaver” (vekâlet alan). Anne ({ $practice-mother-name }) vekâlet verdi; böylece katılımcı annesinin taşınmasını bildirebilir. “Log på” düğmesine basın.
    Sorun: Annenize yardım ederken kimin { -mitid } kimliği kullanılır? Kendi kimliğiniz.
    Dikkat: Sonraki ekranda annenin kullanıcı kimliğiyle ilgili bir tuzak var. Onu vaktinden önce söylemeyin.

note-practice-power-of-attorney-use-mitid-box =
    Söyleyin: Anne diyor ki: “Du kan bare bruge mit bruger-ID.” (Benim kullanıcı kimliğimi kullanabilirsin.) Biri yazmadan önce gruba bunun doğru olup olmadığını sorun.
    Sorun: Vekâletle annenin kullanıcı kimliği kullanılabilir mi? Hayır. Kimse başka birinin { -mitid } kimliğini kullanamaz. Herkes kendi kimliğini yazar: “{ $practice-user-id }”.
    Dikkat: Biri başka bir şey yazarsa annenin telefonundaki tuzağa düşer. Amaç da bu; bırakın bundan öğrensinler.

note-practice-power-of-attorney-use-other-phone =
    Söyleyin: İstek şimdi annenin telefonunda. Onaylanırsa onun yerine giriş yapılmış olur ve buna kimsenin izni yoktur. İstek reddedilmelidir.
    Sorun: Bu neden yanlış? Çünkü başka bir kişiymiş gibi işlem yapılır. Bilgilerinizi başka birine verirseniz sorumlu siz olabilirsiniz.
    Dikkat: Gerçek uygulamadaki düğmelerin yazısı kesin değil. Belirli bir düğmeden değil, isteği reddetmekten söz edin.

note-practice-power-of-attorney-use-app-login =
    Söyleyin: Şimdi istek kişinin kendi telefonunda, çünkü kendi kullanıcı kimliğini yazdı. Soran { -borger-dk }, bu yüzden onaylamak için parmağınızla kaydırın.
    Sorun: Tuzaktan farkı ne? Şimdi { -mitid } kimliği sizin kendinizin ve girişi siz başlattınız.
    Dikkat: Gerçek hayatta kişi uygulamayı PIN koduyla açar. Başka yere bakın ve kişi kodu kendisi yazsın.

note-practice-power-of-attorney-use-logged-in =
    Söyleyin: Kendiniz olarak giriş yaptınız. Anne adına işlem yapmak için “Vælg person” (kişi seç) düğmesine basarsınız.
    Sorun: Anne neden sayfada zaten görünmüyor? Çünkü her zaman kendiniz olarak giriş yaparsınız ve hizmetin içinde diğer kişiye geçersiniz.
    Dikkat: “Vælg person” düğmesinin gerçek sayfadaki yeri değişebilir. Katılımcılar kelimeyi arasın.

note-practice-power-of-attorney-use-people =
    Söyleyin: Burada kimin adına işlem yapacağınızı seçersiniz. “Dig selv” (kendiniz) değil, “{ $practice-mother-name }” seçeneğini seçin.
    Sorun: “Dig selv” seçilirse ne olurdu? O zaman kendi taşınmanızı bildirirdiniz.
    Dikkat: Alıştırmadaki liste uydurmadır. Gerçek sayfada farklı görünebilir.

note-practice-power-of-attorney-use-confirm =
    Söyleyin: Anneyi seçtiniz. Onun adına işlem yapmak için “Bekræft” (doğrula) düğmesine basın.
    Sorun: “Annuller” (iptal) ne yapar? İşlem durur ve anne adına işlem yapılmaz.
    Dikkat: Bazıları “Bekræft” düğmesinin onlara annenin { -mitid } kimliğini verdiğini düşünür. Hayır, hâlâ kendi kimliğinizle giriş yapmış durumdasınız.

note-practice-power-of-attorney-use-move-form =
    Söyleyin: En üstte kimin adına işlem yaptığınız yazar. Annenin yeni adresini ve taşınma tarihini yazın ve “Send” (gönder) düğmesine basın.
    Sorun: Anne adına işlem yaptığınızı nasıl görürsünüz? En üstteki “Du handler for: { $practice-mother-name }” (şu kişi adına işlem yapıyorsunuz) satırından.
    Dikkat: Alıştırmanın değerlerini kullanın: “{ $practice-address }” ve “{ $practice-move-date }”. Onları tahtaya yazın.

note-practice-power-of-attorney-use-done =
    Söyleyin: Taşınma anne adına bildirildi. Kendi { -mitid } kimliğinizi kullandınız ve “Vælg person” ile “Bekræft” düğmeleriyle diğer kişiye geçtiniz.
    Sorun: Alıştırmanın en önemli kuralı ne? Her zaman kendi { -mitid } kimliğinizle giriş yapın, asla başka birininkiyle.
    Dikkat: Birinin kendi vekâletiyle ilgili soruları varsa { -borgerservice } birimine yönlendirin.
