### Notes for the digital ambassador (helping others, safety online), in Turkish. Labels: Söyleyin (say), Sorun (ask), Dikkat (watch out).
### Danish screen words stay Danish in “…”.

## Guide: helping-others

note-guide-helping-others-may =
    Söyleyin: Yardım eden kişi bilgi bulabilir. Telefon numarası kontrol edilirken telefon numarasını, e-postayı ve SMS ile gelen kodu da yazabilir.
    Sorun: Kullanıcı kimliği ve şifre konusunda yardım edebilir miyim? Güvenli bir kullanıcı kimliğinin ve güvenli bir şifrenin nasıl olduğunu açıklayabilirsiniz. Seçimi kişinin kendisi yapar.
    Dikkat: Telefon numarasını kontrol eden SMS kodu, PIN kodu değildir. SMS kodunu yardım eden kişi yazabilir, PIN kodunu asla yazamaz.

note-guide-helping-others-may-not =
    Söyleyin: Yardım eden kişi, kişinin PIN kodunu, şifresini veya kullanıcı kimliğini bilmemelidir. Kişinin telefonunu veya kod göstericisini de yanında tutamaz.
    Sorun: Unutmasın diye annemin kullanıcı kimliğini bir yere yazabilir miyim? Hayır. Unutursa { -borgerservice } veya { -mitid-support } yardım edebilir.
    Dikkat: Birçok katılımcı kodunu kendisi yüksek sesle söylemek ister. Söylemeden önce onları nazikçe durdurun.

note-guide-helping-others-look-away =
    Söyleyin: Kişi PIN kodunu veya şifresini yazarken yardım eden kişi başka yere bakar. Kişinin kendisi de orada olmalıdır.
    Sorun: Arkadaşım işteyken onun { -mitid } kimliğiyle bir iş halledebilir miyim? Hayır. Kendisi orada olmalıdır.
    Dikkat: Bunu bedeninizle gösterin: Alıştırmalarda biri kod yazdığında her seferinde arkanızı dönün. Böylece bu, grupta bir alışkanlık olur.

note-guide-helping-others-own-mitid =
    Söyleyin: Kimse başka birinin { -mitid } kimliğini kullanamaz; aile, vasi veya vekâleti olan biri bile. Yardım eden kişi kendi kimliğiyle giriş yapar.
    Sorun: O zaman babama nasıl yardım ederim? Kendi { -mitid } kimliğinizle giriş yapın, “Vælg person” (kişi seç) düğmesine, sonra “Bekræft” (doğrula) düğmesine basın.
    Dikkat: Bazıları uzun süredir bir akrabasının { -mitid } kimliğini kullanıyor. Yargılamayın. Kuralı açıklayın ve doğru yol olarak vekâleti gösterin.

note-guide-helping-others-power =
    Söyleyin: Sık yardım etmek gerekiyorsa kişi { -borger-dk } sitesinde bir “Digital fuldmagt” (dijital vekâlet) verebilir. Bu vekâlet çoğu zaman yalnızca tek bir iş için geçerlidir.
    Sorun: Kim vekâlet verebilir ve alabilir? İkisi de { $power-of-attorney-min-age } yaşından büyük olmalıdır. { -digital-post } için örneğin “Læse- og skriveadgang” (okuma ve yazma erişimi) vardır.
    Dikkat: Vekâlet ile { -digital-post } erişimi aynı şey değildir. Farkı görmelerine yardım edin ve emin değilseniz { -borgerservice } birimine yönlendirin.

note-guide-helping-others-refused =
    Söyleyin: Kişi { -mitid } işini tek başına yapamıyorsa { -borgerservice } hayır demek zorundadır. O zaman bir vekâlet, { -digital-post } erişimi veya “Fritagelse” (muafiyet) yardımcı olabilir.
    Sorun: Aile, kişi için muafiyete başvurabilir mi? Evet, { -borgerservice } biriminde, imzalı bir vekâletnameyle.
    Dikkat: Kişi için neyin en uygun olduğuna kendiniz karar vermeyin. Bunu { -borgerservice } birimine sorun.

## Guide: safety-online

note-guide-safety-online-never-approve =
    Söyleyin: Biri aradı, yazdı veya kapıya geldi diye { -mitid } içinde asla bir şeyi onaylamayın. Dolandırıcılar bankadan veya polisten geliyormuş gibi yapar.
    Sorun: Kim garip bir arama veya garip bir SMS aldı? { -mitid-support } veya { -borgerservice } arayıp onay ister mi? Asla.
    Dikkat: Bazıları dolandırıldıkları için utanır. Kurbanlardan değil, dolandırıcılardan söz edin ve son adımın yardımla ilgili olduğunu gösterin.

note-guide-safety-online-signs =
    Söyleyin: Sahte bir aramanın işaretleri: kişisel bilgi isterler, numara gizli, çok uzun veya yurt dışındandır ya da baskı yaparlar.
    Sorun: Doğru görünen bir numaraya güvenilebilir mi? Hayır, sahte olabilir. Telefonu kapatın ve { -mitid-support } hattını { $mitid-support-phone } numarasından kendiniz arayın.
    Dikkat: Bazıları kendilerini arayan numarayı geri arar. Bunun yerine rehberde yazan numarayı kendiniz arayın.

note-guide-safety-online-secrets =
    Söyleyin: Kodlar asla paylaşılmaz, telefon ve kod gösterici ödünç verilmez. Kullanıcı kimliği yalnızca { -mitid-support } hattına verilir, o da yalnızca onları siz aradığınızda.
    Sorun: Onaylamadan önce uygulamada ne okunur? Kimin sorduğu ve neyin onaylandığı. Bunu kendiniz başlatmadıysanız onaylamazsınız.
    Dikkat: Bu sizin için de geçerlidir: Bir katılımcıdan asla kodunu istemeyin ve bir PIN kodu veya şifre yazılırken başka yere bakın.

note-guide-safety-online-address =
    Söyleyin: { -mitid } kutusu açıldığında tarayıcının en üstündeki adresi gösterin ve adresin neyle bitmesi gerektiğini birlikte okuyun.
    Sorun: Adres uymuyorsa ne yapılır? Hiçbir şey yazılmaz ve sayfa kapatılır.
    Dikkat: Birçok kişi adres satırına hiç bakmaz. Adres satırının tam olarak nerede olduğunu projeksiyonda gösterin.

note-guide-safety-online-lost-phone =
    Söyleyin: Telefon kaybolursa { -mitid } uygulamasını hemen engelleyin, örneğin { -mitid-support } hattını { $mitid-support-phone } numarasından arayarak. SIM kartı da engelleyin.
    Sorun: Telefonunuz olmadan nasıl uyarı alırsınız? Uygulamanın yanında bildirim almak için fazladan bir yol seçin, örneğin SMS veya e-posta.
    Dikkat: Numarayı bulmaya yardım edin, ama kişi kendisi arasın ve soruları kendisi yanıtlasın.

note-guide-safety-online-if-it-happened =
    Söyleyin: { -mitid } kimliği kötüye kullanıldıysa kimlik hırsızlığı yardım hattını ({ $identity-theft-phone }, gece gündüz açık) veya siber yardım hattını (Cyberhotline, { $cyber-hotline-phone }) arayın.
    Sorun: Kötüye kullanımın bedelini kim öder? Bilgilerinizi başka birine verdiyseniz sorumlu siz olabilirsiniz. { -mitid-support } hattına sorun.
    Dikkat: Hiçbir para miktarı söylemeyin ve hukuki tavsiye vermeyin. { -mitid-support } hattına ({ $mitid-support-phone }) yönlendirin.
