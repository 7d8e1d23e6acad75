### Notes for the digital ambassador (MitID), in Turkish. Labels: Söyleyin (say), Sorun (ask), Dikkat (watch out), Cevap (answer).
### Danish screen words stay Danish in “…”.

## Guide: what-is-mitid

note-guide-what-is-mitid-what =
    Söyleyin: { -mitid } ile giriş yaparken gerçekten siz olduğunuzu gösterirsiniz, örneğin { -borger-dk } sitesinde, { -digital-post } kutusunda ve bankada.
    Sorun: Daha önce kim { -nemid } kullandı? Cevap: { -mitid }, { -nemid } sisteminin yerini aldı ve { -nemid } kapandı.
    Dikkat: Buradaki her şeyin alıştırma olduğunu açıkça söyleyin. Kimse gerçek kullanıcı kimliğini, PIN kodunu veya şifresini yazmamalı.

note-guide-what-is-mitid-free-and-age =
    Söyleyin: { -mitid } ücretsizdir. { $mitid-min-age } yaşından itibaren alınabilir, ama bazı hizmetlerde yaş sınırı daha yüksektir.
    Sorun: Bir çocuk { $digital-post-min-age } yaşına girince ne olur? Cevap: Otomatik olarak { -digital-post } alır ve o zaman { -mitid } kullanması gerekir.
    Dikkat: Yükümlülükler ve haklar hakkında tavsiye vermeyin. { -borgerservice } birimine veya { -digital-hotline } hattına ({ $digital-hotline-phone }) yönlendirin.

note-guide-what-is-mitid-user-id =
    Söyleyin: Kullanıcı kimliği, kişinin kendi seçtiği bir addır: { $user-id-min-length } ile { $user-id-max-length } karakter arasıdır ve CPR numarası değildir.
    Sorun: Kullanıcı kimliğimi oğluma söyleyebilir miyim? Cevap: Hayır. Onu yalnızca { -mitid-support } hattına söyleyin, o da yalnızca onları kendiniz aradığınızda.
    Dikkat: Kimseden kullanıcı kimliğini yüksek sesle söylemesini asla istemeyin ve onu kişi için bir yere yazmayın. İyi bir kullanıcı kimliğinin nasıl olduğunu açıklayabilirsiniz.

note-guide-what-is-mitid-authenticators =
    Söyleyin: Farklı kimlik doğrulama araçlarını gösterin: uygulama, kod gösterici, sesli kod okuyucu ve çip. Hepsi, siz olduğunuzu gösterir.
    Sorun: Kimin akıllı telefonu yok? Cevap: Kod gösterici bir şifreyle birlikte kullanılır. Sesli kod okuyucu, görme engelli ve az gören kişiler içindir.
    Dikkat: Fiyatları ezberden söylemeyin; fiyatlar değişir. { -mitid }.dk sitesine veya { -borgerservice } birimine yönlendirin.

note-guide-what-is-mitid-login =
    Söyleyin: Kutuyu gösterin: En üstte “Log på hos” (şurada giriş yap) ve hizmetin adı yazar. “Bruger-ID” alanına yazar ve “Fortsæt” (devam) düğmesine basarsınız.
    Sorun: “Fortsæt” düğmesinden sonra kutuda ne yazar? Cevap: “Åbn { -mitid } app og godkend” ({ -mitid } uygulamasını açın ve onaylayın).
    Dikkat: Kutunun adresinin “mitid.dk” ile bitmesi gerektiğini şimdiden gösterin. Dolandırıcılık alıştırması bu konuyu daha ayrıntılı anlatır.

note-guide-what-is-mitid-approve =
    Söyleyin: Bilgisayarda QR kodunu uygulamayla tararsınız; telefonda “Åbn { -mitid } app” düğmesine basarsınız. Kimin sorduğunu okuyun ve parmağınızla kaydırın.
    Sorun: Uygulamadaki metin yaptığınız işe uymuyorsa ne yaparsınız? Cevap: Durun ve onaylamayın.
    Dikkat: Kişi uygulamayı PIN koduyla açarken başka yere bakın ve kodu kişinin kendisi yazsın. Bir süre sınırından söz etmeyin.

note-guide-what-is-mitid-stay-safe =
    Söyleyin: Kendiniz başlatmadığınız hiçbir şeyi asla onaylamayın. Banka, polis, { -mitid-support } ve { -borgerservice } bunu telefonda asla istemez.
    Sorun: Biri arayıp size baskı yaparsa ne yaparsınız? Cevap: Telefonu kapatın ve { -mitid-support } hattını { $mitid-support-phone } numarasından kendiniz arayın.
    Dikkat: Biri bir dolandırıcı için onay verdiyse onu yargılamayın. Kimlik hırsızlığı yardım hattını { $identity-theft-phone } numarasından kendisinin araması için ona yardım edin.

## Guide: get-mitid

note-guide-get-mitid-two-ways =
    Söyleyin: { -mitid } kimliğini belediyedeki { -borgerservice } biriminden alabilirsiniz. Ya da evde, uygulamada, çipli bir pasaport veya kimlik kartıyla kendiniz alabilirsiniz.
    Sorun: Kimin çip işareti olan bir pasaportu veya kimlik kartı var? Onlar bunu belki evde yapabilir. Diğerleri { -borgerservice } birimine gider.
    Dikkat: Kişi { $mitid-min-age } yaşını doldurmuş olmalıdır. Evde yapmak için uygulamayı kullanabilen bir telefon ve geçerli, çipli bir pasaport gerekir.

note-guide-get-mitid-borgerservice =
    Söyleyin: Önce randevu alın (“Bestil tid”) ve yanınıza geçerli bir kimlik belgesi (“Legitimation”) alın: fotoğraflı pasaport, ehliyet veya oturma kartı.
    Sorun: Fotoğraflı kimliği olmayan ne yapar? Cevap: O zaman birkaç belge birlikte götürülebilir. Bunlardan biri CPR numarasını göstermelidir.
    Dikkat: Kişi { -mitid } işini kendi başına yapamıyorsa { -borgerservice } hayır demek zorundadır. O zaman vekâlet veya muafiyet bir yol olabilir; { -borgerservice } birimine sorun.

note-guide-get-mitid-witness =
    Söyleyin: { -borgerservice } biriminde CPR numaranıza dayanan kontrol sorularını yanıtlarsınız. Bunun yerine yanınızda bir tanık da getirebilirsiniz.
    Sorun: Kim tanık olabilir? Cevap: { $witness-min-age } yaşını doldurmuş ve { $witness-mitid-days } günden uzun süredir kendi { -mitid } kimliği olan biri.
    Dikkat: Aynı tanık { $witness-period-days } gün içinde en fazla { $witness-max-people } kişiye tanıklık edebilir. Bunu ziyaretten önce kontrol edin.

note-guide-get-mitid-user-id =
    Söyleyin: Kullanıcı kimliğinizi evden çıkmadan seçin: { $user-id-min-length } ile { $user-id-max-length } karakter arası olmalı ve { $user-id-forbidden-digits } haneli bir sayı olmamalı. Yedek bir seçenek de düşünün.
    Sorun: Bir kullanıcı kimliği neden kabul edilmeyebilir? Cevap: Başka biri onu zaten almıştır ya da boşlukla başlar veya biter.
    Dikkat: Kuralları açıklayabilirsiniz, ama kullanıcı kimliğini kişi kendisi seçer ve aklında tutar. Onu kişi için bir yere yazmayın.

note-guide-get-mitid-at-home =
    Söyleyin: Önce telefonun { -mitid } uygulamasını kullanabildiğini ve pasaportun geçerli ve çipli olduğunu kontrol edin. Uygulamayı açın ve “Kom i gang” (başla) düğmesine basın.
    Sorun: Pasaportunda veya kimlik kartında çip işaretini kim bulabilir?
    Dikkat: Eski telefonlarda “Kom i gang” menüdedir. Telefonu ve pasaportu kişinin kendisi tutsun; siz projeksiyonda gösterin.

note-guide-get-mitid-scan =
    Söyleyin: Önce fotoğraflı sayfadaki kod, telefon yatay tutularak taranır. Sonra telefon pasaportun üzerine konur ve çip okunur. En son yüz taranır.
    Sorun: Kimlik kartında kod nerededir? Cevap: Arka yüzdedir ve “I” ile başlar. Pasaportta kod “P” ile başlar.
    Dikkat: Telefon çipi okumuyor mu? Telefonun kılıfını çıkarın ve telefonu pasaportun üzerine koyun.

note-guide-get-mitid-activate =
    Söyleyin: Kişi kullanıcı kimliğini seçer ve cep telefonu numarasını yazar. Sonra bir SMS kodu ve geçici bir PIN kodu gelir. En son kişi kendi PIN kodunu seçer.
    Sorun: Uygulamayı kim parmak iziyle veya yüzüyle açmak ister? Cevap: Bu seçilebilir, ama zorunlu değildir.
    Dikkat: Cep telefonu numarası ve SMS kodu konusunda yardım edebilirsiniz. PIN kodu seçilirken başka yere bakın ve kodu kişinin kendisi yazsın.

note-guide-get-mitid-help =
    Söyleyin: Yabancı pasaportla ve CPR numarası olmadan önce { -mitid-support } hattından ({ $mitid-support-phone }) bir P-kode almak gerekir.
    Sorun: Bir yakını taramayı yapabilir mi? Cevap: Evet, kendi telefonunda “Aktivér” (etkinleştir) ve “Hjælp en anden med at aktivere” (başka birinin etkinleştirmesine yardım et) ile. Bu sırada kişinin kendisi de orada olmalıdır.
    Dikkat: Bir P-kode ile { $p-code-attempts } kez denenebilir, bu yüzden acele etmeyin. Yardım eden kişi, kişinin PIN kodunu veya kullanıcı kimliğini bilmemelidir.

## Guide: lost-phone

note-guide-lost-phone-block-app =
    Söyleyin: Telefon kaybolduysa uygulamayı hemen engelleyin: { -mitid }.dk sitesinde “Mine identifikationsmidler” (kimlik doğrulama araçlarım) bölümünden veya { -mitid-support } hattından.
    Sorun: { -mitid-support } numarasını kim kaydetti? Herkes şimdi kaydetsin: { $mitid-support-phone }.
    Dikkat: Engellemek için asla kişinin { -mitid } kimliğiyle giriş yapmayın. Kişi kendisi giriş yapar veya kendisi arar; kodlar yazılırken siz başka yere bakarsınız.

note-guide-lost-phone-sim =
    Söyleyin: SIM kartı da engelleyin. { -mitid } bildirimlerini birden fazla yerden alın, örneğin uygulamadan ve e-postayla. Böylece telefon kaybolsa bile uyarı gelir.
    Sorun: Bugün { -mitid } bildirimlerini nereden alıyorsunuz? Yalnızca telefondan mı? O zaman telefon kaybolursa hiçbir uyarı gelmez.
    Dikkat: Rehber, SIM kartın nasıl engelleneceğini söylemiyor. Tahmin yürütmeyin; kişi kendi telefon şirketiyle kendisi iletişime geçsin.

note-guide-lost-phone-block-all =
    Söyleyin: { -mitid } kimliğinizi bir süreliğine tamamen kendiniz engelleyebilirsiniz. Bunu { -mitid }.dk sitesinde yaparsınız. O zaman kimse onu kullanamaz.
    Sorun: Engeli kaldırmak için ne yapmak gerekir? Cevap: { -borgerservice } birimine bizzat gitmek gerekir.
    Dikkat: Biri engellemeden önce bunu açıkça söyleyin: Engeli kaldırmak için { -borgerservice } birimine gitmek gerekir.

note-guide-lost-phone-new-phone =
    Söyleyin: Yeni bir telefonda uygulama pasaportla veya { -borgerservice } biriminden alınan bir “Aktiveringskode” (etkinleştirme kodu) ile etkinleştirilir. Eski telefon hâlâ sizdeyse uygulamayı kopyalayabilirsiniz.
    Sorun: Kopyalarken neyi unutmamak gerekir? Cevap: Bluetooth açık olmalı, önce bir güvenlik bekleme süresi vardır ve QR kodu yalnızca kısa bir süre çalışır.
    Dikkat: Yeni PIN kodu seçilirken başka yere bakın ve kodu kişinin kendisi yazsın. Bu, PIN kodu unutulduğunda veya uygulama engellendiğinde de geçerlidir.

note-guide-lost-phone-misuse =
    Söyleyin: Birinin { -mitid } kimliğinizi kötüye kullandığını düşünüyorsanız kimlik hırsızlığı yardım hattını { $identity-theft-phone } numarasından arayın. Bu hat gece gündüz açıktır.
    Sorun: Kim şüpheli aramalar biliyor? Kısaca anlatsınlar, ama ad, kod veya para miktarı söylemeden.
    Dikkat: Sorumluluk veya para konusunda tavsiye vermeyin. Yardım hattına, { -mitid-support } hattına veya { -borgerservice } birimine yönlendirin ve kişi kendisi arasın.

note-guide-lost-phone-spare =
    Söyleyin: Bir yedek önerin: bir tablette { -mitid } uygulaması veya bir kod gösterici. Böylece telefon kaybolsa bile giriş yapabilirsiniz.
    Sorun: Telefonunuz yarın kaybolsa ne yapardınız? Kimin zaten bir yedeği var?
    Dikkat: Yedek yalnızca kişinin kendisi içindir. Kimlik doğrulama araçları ve kodlar asla paylaşılmaz, aileyle bile.

## Guide: spare-authenticator

note-guide-spare-authenticator-why =
    Söyleyin: Telefonunuzu kaybederseniz içindeki uygulamayı kullanamazsınız. Bu yüzden { -mitid }, fazladan bir “Identifikationsmiddel” (kimlik doğrulama aracı) önerir.
    Sorun: Telefonunuz bugün bozulsa ne yapardınız? Grup yüksek sesle düşünsün.
    Dikkat: Yedek bir öneridir, zorunlu değildir. Kimseye bir şey satın alması için baskı yapmayın.

note-guide-spare-authenticator-tablet =
    Söyleyin: Uygulama bir tablette de olabilir ve onu telefondan kopyalayabilirsiniz. Kişi başına en fazla { $max-active-apps } etkin uygulama olabilir.
    Sorun: Aile bir tableti paylaşabilir mi? Cevap: Evet, herkes kendi kullanıcı kimliğiyle. Ama o zaman herkes parmak izi veya yüz değil, PIN kodu kullanmalıdır.
    Dikkat: Her kişi ortak tablette PIN kodunu yazarken başka yere bakın. Aileye de aynısını yapmalarını hatırlatın.

note-guide-spare-authenticator-code-display =
    Söyleyin: “Kodeviser” (kod gösterici), bir “Engangskode” (tek kullanımlık kod) gösteren küçük bir cihazdır. Onu “Adgangskode” (şifre) ile birlikte kullanırsınız.
    Sorun: Neden tek kullanımlık kod denir? Cevap: Kod yalnızca bir kez çalışır. Bir dahaki sefere yeni bir kod kullanılır.
    Dikkat: Şifre yazılırken başka yere bakın ve şifreyi kişi için asla bir yere yazmayın. Kod gösterici ödünç verilmez.

note-guide-spare-authenticator-reader-chip =
    Söyleyin: “Kodeoplæser” (sesli kod okuyucu), görme engelli ve az gören kişiler için kodu sesli okur. USB, Bluetooth veya NFC ile çalışan { -mitid } çipi, { -mitid } hizmetini sık kullananlar içindir.
    Sorun: Sesli kod okuyucunun düğmesi görmeden nasıl bulunur? Cevap: Düğme kırmızıdır ve üzerinde parmakla hissedilen bir nokta vardır.
    Dikkat: Fiyatları ezberden söylemeyin; fiyatlar değişir. { -mitid }.dk sitesine veya { -borgerservice } birimine yönlendirin.

note-guide-spare-authenticator-choose =
    Söyleyin: “Fortsæt” düğmesinden sonra “Skift { -mitid } identifikationsmiddel” (kimlik doğrulama aracını değiştir) bağlantısı görünür. Bu bağlantı “Vælg identifikationsmiddel” (kimlik doğrulama aracı seçin) listesini açar.
    Sorun: Kod göstericiniz varsa neyi seçersiniz? Cevap: “{ -mitid } kodeviser”.
    Dikkat: Birçok kişi bağlantıyı, kullanıcı kimliğini yazmadan önce arar. Bağlantı ancak “Fortsæt” düğmesinden sonra gelir.

note-guide-spare-authenticator-safe =
    Söyleyin: { -mitid } bildirimlerini birden fazla yerden alın: uygulamadan, SMS ile veya e-postayla. Böylece telefon kaybolsa bile uyarı gelir.
    Sorun: Kod göstericinizi eşinize ödünç verebilir misiniz? Cevap: Hayır. Kodlar ve kimlik doğrulama araçları asla paylaşılmaz, yedek de paylaşılmaz.
    Dikkat: Bir şeyi değiştirmek için kişinin { -mitid } kimliğiyle giriş yapmayın. Kişi kendisi giriş yapar, kodlar yazılırken siz başka yere bakarsınız.

## Practice: login-app-computer

note-practice-login-app-computer-service =
    Söyleyin: Her zaman hizmetin kendi sayfasından başlar ve “Log på” (giriş yap) düğmesine basarsınız. Buradaki belediye uydurmadır.
    Sorun: Bir web sitesinde “Log på” düğmesini genellikle nerede bulursunuz?
    Dikkat: Bunun bir alıştırma olduğunu açıkça söyleyin. Kimse gerçek kullanıcı kimliğini veya kodlarını kullanmamalı.

note-practice-login-app-computer-mitid-box =
    Söyleyin: Kutuda “Log på hos Øvelse Kommune” yazıyor. “Bruger-ID” alanına alıştırma kullanıcı kimliğini yazın: “{ $practice-user-id }”. Sonra “Fortsæt” düğmesine basın.
    Sorun: Nereye giriş yaptığınızı nerede görürsünüz? Cevap: Kutunun en üstünde, “Log på hos” yazısından sonra.
    Dikkat: Biri gerçek kullanıcı kimliğini yazarsa başka yere bakın ve onu silmesini isteyin. Gerçek hayatta onu bilmemelisiniz.

note-practice-login-app-computer-waiting =
    Söyleyin: Bilgisayarda “Åbn { -mitid } app og godkend” yazısı ve bir QR kodu görünür. Uygulamayı açar ve kodu tararsınız.
    Sorun: Sizce neden bir QR kodu var? Cevap: Sahte giriş sayfalarına karşı korumak için eklendi.
    Dikkat: QR kodu için bir süre sınırından söz etmeyin.

note-practice-login-app-computer-app-pin =
    Söyleyin: Uygulama açılıyor. Burada alıştırma kodunu ({ $practice-pin }) yazar ve “Fortsæt” düğmesine basarsınız. Gerçek hayatta parmak izi veya yüz de kullanılabilir.
    Sorun: Gerçek PIN kodunuzu yazarken sizi kim görebilir? Cevap: Hiç kimse, yardım eden kişi veya bir aile üyesi bile.
    Dikkat: Alıştırmada da başka yere bakın ve kodu kişinin kendisi yazsın. Biri gerçek PIN kodunu yazarsa onu silmesini isteyin.

note-practice-login-app-computer-app-request =
    Söyleyin: Kimin sorduğunu (“Øvelse Kommune”) ve neyle ilgili olduğunu yüksek sesle okuyun. Bu, kendi başlattığınız işe uyuyorsa onaylamak için parmağınızla kaydırırsınız.
    Sorun: Ne zaman onaylamak yerine reddetmek gerekir? Cevap: Metin uymadığında veya kendiniz bir şey başlatmadığınızda.
    Dikkat: Birçok kişi okumadan kaydırır. Kişiden önce metni yüksek sesle okumasını isteyin. Uygulamadaki belirli bir düğme adından söz etmeyin.

note-practice-login-app-computer-done =
    Söyleyin: Kişi giriş yaptı. Sırayı birlikte tekrar edin: “Log på”, kullanıcı kimliği, “Fortsæt”, QR kodu, PIN kodu, okumak ve kaydırmak.
    Sorun: En zor adım hangisiydi? O adımı birlikte yeniden deneyin.
    Dikkat: Hatırlatın: Kendiniz başlatmadığınız bir şeyi asla onaylamayın ve alıştırmada asla gerçek kod kullanmayın.

## Practice: login-app-phone

note-practice-login-app-phone-service =
    Söyleyin: Şimdi telefonla giriş yapıyoruz. Burada da hizmetin sayfasından başlar ve “Log på” düğmesine basarsınız.
    Sorun: Kim daha çok telefonla, kim daha çok bilgisayarla giriş yapıyor?
    Dikkat: Ekrandaki telefon bir alıştırmadır. Kimse kendi telefonunu çıkarıp gerçek { -mitid } kimliğiyle giriş yapmamalı.

note-practice-login-app-phone-mitid-box =
    Söyleyin: Kutu bilgisayardakiyle aynı. “Bruger-ID” alanına “{ $practice-user-id }” yazın ve “Fortsæt” düğmesine basın.
    Sorun: Kutunun en üstünde ne yazar? Cevap: “Log på hos Øvelse Kommune”, yani nereye giriş yaptığınız.
    Dikkat: Gerçek hayatta kullanıcı kimliği kişinin kendisine aittir. Başka yere bakın ve kişi kendisi yazsın.

note-practice-login-app-phone-switch =
    Söyleyin: Telefonda QR kodu yoktur. “Åbn { -mitid } app” düğmesi aynı telefondaki uygulamaya doğrudan geçer.
    Sorun: Burada neden QR kodu yok? Cevap: Uygulama aynı telefonda olduğu için düğme onu doğrudan açar.
    Dikkat: “Skift { -mitid } identifikationsmiddel” bağlantısı örneğin kod gösterici içindir. Burada “Åbn { -mitid } app” düğmesine basılmalıdır.

note-practice-login-app-phone-app-pin =
    Söyleyin: Telefon { -mitid } uygulamasına geçer. Burada alıştırma kodunu ({ $practice-pin }) yazar ve “Fortsæt” düğmesine basarsınız.
    Sorun: PIN kodunuzu yazarken yanınızda biri durursa ne yaparsınız? Cevap: Ondan başka yere bakmasını isteyin.
    Dikkat: Alıştırmada da siz başka yere bakın; böylece grup iyi bir yardımcının ne yaptığını görür. Kodu kişinin kendisi yazsın.

note-practice-login-app-phone-app-request =
    Söyleyin: Kimin sorduğunu ve neyle ilgili olduğunu okuyun. Bu, bilgisayardaki istekle aynıdır ve kaydırmadan önce okunmalıdır.
    Sorun: Bilgisayardan farkı ne? Cevap: Telefonda QR kodu yoktur. Gerisi aynıdır.
    Dikkat: Telefonda her şey hızlı gider ve birçok kişi okumadan kaydırır. Kişiden önce metni yüksek sesle okumasını isteyin.

note-practice-login-app-phone-done =
    Söyleyin: Telefon kendiliğinden web sitesine geri döndü ve kişi giriş yaptı.
    Sorun: Aynısını bilgisayarda kim denemek ister? “Bilgisayarda { -mitid } uygulamasıyla giriş yapın” alıştırması QR kodunu gösterir.
    Dikkat: Hatırlatın: Kendiniz başlatmadığınız hiçbir şeyi asla onaylamayın, telefonda da.

## Practice: login-code-display

note-practice-login-code-display-service =
    Söyleyin: Şimdi uygulama yerine kod gösterici ve şifreyle giriş yapıyoruz. Her zamanki gibi “Log på” ile başlarsınız.
    Sorun: Burada kim uygulama yerine kod gösterici kullanıyor?
    Dikkat: Göstermek için asla bir katılımcının gerçek kod göstericisini ödünç almayın. Alıştırmanın ekranda kendi kod göstericisi var.

note-practice-login-code-display-mitid-box =
    Söyleyin: “Bruger-ID” alanına “{ $practice-user-id }” yazın ve “Fortsæt” düğmesine basın. Neyle onaylarsanız onaylayın, kutu aynıdır.
    Sorun: Kullanıcı kimliğini unutan ne yapar? Cevap: “Glemt bruger-ID?” (kullanıcı kimliğinizi mi unuttunuz?) bağlantısını kullanır ya da { -borgerservice } biriminden veya { -mitid-support } hattından yardım alır.
    Dikkat: Gerçek hayatta kişinin kullanıcı kimliğini bilmemelisiniz. Başka yere bakın ve kişi kendisi yazsın.

note-practice-login-code-display-waiting =
    Söyleyin: Kutu uygulamayı bekliyor ve bir QR kodu gösteriyor. Kod gösterici ile “Skift { -mitid } identifikationsmiddel” (kimlik doğrulama aracını değiştir) bağlantısına basarsınız.
    Sorun: Bu bağlantı ne zaman kullanılır? Cevap: Kod gösterici ile ilk kez giriş yaparken kod göstericiyi bu bağlantıdan seçersiniz.
    Dikkat: Birçok kişi QR kodunu taramaya çalışır ya da sadece bekler. QR kodunun altındaki bağlantıyı gösterin.

note-practice-login-code-display-choose =
    Söyleyin: “Vælg identifikationsmiddel” listesinde “{ -mitid } app”, “{ -mitid } kodeviser” ve “{ -mitid } chip” var. “{ -mitid } kodeviser” seçeneğini seçin.
    Sorun: Çipiniz olsaydı neyi seçerdiniz? Cevap: “{ -mitid } chip”.
    Dikkat: Bazıları alışkanlıkla uygulamayı seçer. Seçenekleri yüksek sesle okuyun ve kod göstericiyi kişinin kendisi göstersin.

note-practice-login-code-display-code =
    Söyleyin: Yandaki kod gösterici tek kullanımlık bir kod gösteriyor, burada { $practice-one-time-code }. Kodu alana yazın ve “Fortsæt” düğmesine basın.
    Sorun: Aynı kod yarın yeniden kullanılabilir mi? Cevap: Hayır, tek kullanımlık kod yalnızca bir kez çalışır.
    Dikkat: Gerçek bir kod göstericide başka yere bakarsınız ve kodu kişinin kendisi yazar. Bu alışkanlığı alıştırmada da gösterin.

note-practice-login-code-display-error =
    Söyleyin: Hata ekranı tehlikeli değildir. “Prøv igen” (tekrar deneyin) düğmesine basın ve kod göstericideki kodu bir kez daha yazın.
    Sorun: Kodu yazarken ne ters gidebilir? Cevap: Bir rakam fazla veya eksik yazılabilir ya da rakamların sırası karışabilir.
    Dikkat: Kodu kişinin yerine yazmak için klavyeyi almayın. Kişi sakin bir hızla kendisi yeniden denesin.

note-practice-login-code-display-password =
    Söyleyin: Şimdi “Indtast din adgangskode” (şifrenizi girin) yazıyor. Alıştırmada “{ $practice-password }” yazar ve “Fortsæt” düğmesine basarsınız.
    Sorun: Gerçek şifrenizi kim bilebilir? Cevap: Yalnızca siz. Yardım eden kişi bile bilemez.
    Dikkat: Alıştırmada da başka yere bakın ve şifreyi kişinin kendisi yazsın. Şifre unutulduysa { -mitid-support } hattına veya { -borgerservice } birimine yönlendirin.

note-practice-login-code-display-done =
    Söyleyin: Kişi giriş yaptı: kullanıcı kimliği, kimlik doğrulama aracını değiştirme, tek kullanımlık kod ve şifre.
    Sorun: Uygulamadan farkı ne? Cevap: Uygulamada kaydırmak yerine tek kullanımlık bir kod ve bir şifre yazarsınız.
    Dikkat: Hatırlatın: Kod gösterici ve şifre asla başkalarıyla paylaşılmaz, aileyle bile.

## Practice: fraud-traps

note-practice-fraud-traps-bank-call =
    Söyleyin: Bir adam bankadan aradığını söylüyor ve uygulamaya bir istek geliyor. Banka asla telefonda bir şeyi onaylamanızı istemez.
    Sorun: Numaraya bakarak bankanın aradığı anlaşılabilir mi? Cevap: Hayır, numaralar taklit edilebilir. Telefonu kapatın ve bildiğiniz bir numarayı kendiniz arayın.
    Dikkat: Gruptaki biri bunu kendisi yaşamış olabilir. Daha önce onaylamış olanları yargılamayın; { -mitid-support } hattına yönlendirin.

note-practice-fraud-traps-pressure =
    Söyleyin: Arayan kişi baskı yapıyor: Çabuk olun! Baskı bir dolandırıcılık işaretidir. Telefonu kapatın.
    Sorun: Başka hangi işaretleri biliyorsunuz? Cevap: Kişisel bilgilerin istenmesi ve gizli, çok uzun veya yurt dışından bir numara.
    Dikkat: Birçok kişi telefonu kapatmayı kaba bulur. Bunun tamamen normal olduğunu ve sonra kendilerinin arayabileceklerini söyleyin.

note-practice-fraud-traps-unexpected =
    Söyleyin: Birden uygulamaya bir istek geliyor, ama kişi hiçbir şey başlatmadı. O zaman isteği reddedersiniz.
    Sorun: Hiçbir şey yapmadığınız hâlde neden bir istek gelir? Cevap: Çünkü başka biri { -mitid } kimliğinizi kullanmaya çalışıyordur.
    Dikkat: Birçok kişi sırf mesaj kaybolsun diye onaylar. Belirli bir düğme adından söz etmeyin; şöyle deyin: onaylamayın, reddedin.

note-practice-fraud-traps-whom =
    Söyleyin: { -mitid-support } hattını { $mitid-support-phone } numarasından kendiniz arayın. { -mitid } kimliğinizi hemen engelleyebilirler.
    Sorun: Neden { -borgerservice } değil? Cevap: Orada randevu almak gerekir ve şu anda hızlı olmak gerekiyor.
    Dikkat: Biri hesaba zaten girdiyse kimlik hırsızlığı yardım hattını da { $identity-theft-phone } numarasından arayın. Kişi kendisi arasın.

note-practice-fraud-traps-fake-box =
    Söyleyin: Sayfa { -mitid } kutusuna benziyor, ama en üstteki adres “mitid.dk” ile bitmiyor. Hiçbir şey yazmayın ve sayfayı kapatın.
    Sorun: Adreste yanlış olan ne? Cevap: Adres “mitid.dk” ile başlıyor, ama “log-ind.net” ile bitiyor. Önemli olan adresin sonudur.
    Dikkat: Biri sahte bir sayfaya gerçek bilgilerini yazdıysa { -mitid-support } hattını kendisinin araması için ona yardım edin.

note-practice-fraud-traps-done =
    Söyleyin: Alışkanlıkları tekrar edin: kendiniz başlatmadığınızı reddedin, baskı olunca telefonu kapatın, { -mitid-support } hattını kendiniz arayın ve adresi kontrol edin.
    Sorun: { -mitid-support } numarasını şimdi kim telefonuna kaydetmek ister? Numara: { $mitid-support-phone }.
    Dikkat: Biri kendi yaşadıklarını anlattıysa sonra onunla yalnız konuşun ve kimlik hırsızlığı yardım hattına ({ $identity-theft-phone }) yönlendirin.
