guide-what-is-digital-post-title = { -digital-post } nedir?
guide-what-is-digital-post-summary = Kamu kurumlarından gelen mektuplar için güvenli posta kutunuz ve onu nasıl kullanacağınız.

guide-what-is-digital-post-what-title = Güvenli bir posta kutusu
guide-what-is-digital-post-what-body =
    { -digital-post }, kamu kurumlarından gelen mektuplar için güvenli bir posta kutusudur.
    { $digital-post-min-age } yaşına girdiğinizde onu otomatik olarak alırsınız.
    Açmak için { -mitid } gerekir.

guide-what-is-digital-post-duty-title = Postanızı okumanız gerekir
guide-what-is-digital-post-duty-body =
    { $digital-post-min-age } yaşında veya daha büyükseniz, CPR numaranız varsa ve Danimarka’da yaşıyorsanız { -digital-post } zorunludur.
    Postanızı okuma yükümlülüğünüz vardır.
    Bir mektup, okumamış olsanız bile, geldiği anda teslim edilmiş sayılır.
    Yükümlülükleriniz hakkında sorularınız varsa { -borgerservice } birimine sorun.

guide-what-is-digital-post-where-title = Tek posta kutusu, dört yer
guide-what-is-digital-post-where-body =
    Aynı posta kutusunu dört yerde açabilirsiniz: { -borger-dk } sitesinde, { -digital-post } uygulamasında, { -e-boks } içinde ve { -mit-dk } sitesinde.
    { -digital-post } uygulaması yalnızca kamu kurumlarından gelen postayı gösterir.
    { -e-boks }, kamu postasını ancak siz izin verdikten sonra gösterir.
    Bankanız gibi özel şirketlerden gelen mektuplar { -e-boks } veya { -mit-dk } içinde gelebilir.

guide-what-is-digital-post-inbox-title = Gelen kutusu ve yeni mektuplar
guide-what-is-digital-post-inbox-body =
    { -borger-dk } sitesinde ana sayfa, gelen kutunuzdur: “Indbakke”.
    Bir mektubu açmak için başlığına tıklayın.
    Yeni posta geldiğinde, iletişim bilgilerinizi girdiyseniz bir e-posta veya SMS alırsınız.

guide-what-is-digital-post-reply-title = Bir mektubu yanıtlayın
guide-what-is-digital-post-reply-body =
    “Besvar” (yanıtla) seçeneğini yalnızca kurum yanıta izin verdiğinde kullanabilirsiniz.
    “Besvar” yoksa, bunun yerine yeni bir mesaj yazın.
    “Skriv ny besked” düğmesine basın ve alıcıyı “Vælg myndighed” bölümünden seçin.
    Konuyu ve metni yazın, sonra “Send” düğmesine basın.

guide-what-is-digital-post-access-title = Başka birinin size yardım etmesine izin verin
guide-what-is-digital-post-access-body =
    Başka bir kişiye { -digital-post } kutunuza erişim verebilirsiniz.
    Okuma erişimi olan kişi mektuplarınızı okuyabilir; “Læse- og skriveadgang” (okuma ve yazma erişimi) olan kişi ayrıca sizin adınıza yazabilir ve yanıt verebilir.
    Postanızı okuma yükümlülüğü yine sizdedir.
    { -borgerservice }, erişimi vermenize yardım edebilir.

guide-what-is-digital-post-exemption-title = Muafiyet
guide-what-is-digital-post-exemption-body =
    { -digital-post } kullanamıyorsanız muafiyet (“Fritagelse”) için başvurabilirsiniz.
    Nedenler örneğin dil engeli, bir engellilik durumu veya evde internete bağlı bir bilgisayarınızın olmaması olabilir (akıllı telefon veya tablet de bilgisayar sayılır).
    { -borgerservice } birimine kimlik belgenizle bizzat gitmeniz gerekir.
    Hangi nedenin geçerli olduğunu söylemek zorunda değilsiniz ve muafiyeti istediğiniz zaman iptal edebilirsiniz.
