guide-digital-post-access-title = Yardım eden birine { -digital-post } kutunuza erişim verin
guide-digital-post-access-summary = Yardım eden kişi “Læseadgang” (okuma erişimi) ve “Læse- og skriveadgang” (okuma ve yazma erişimi) ile neler yapabilir ve erişim nasıl verilir.

guide-digital-post-access-read-title = “Læseadgang” (okuma erişimi)
guide-digital-post-access-read-body =
    Başka bir kişiye { -digital-post } kutunuza erişim verebilirsiniz. İki tür erişim vardır.
    “Læseadgang” (okuma erişimi) ile kişi mektuplarınızı okuyabilir ve başkasına iletebilir.
    Kişi mektupları klasörlere de taşıyabilir ve onları okundu veya okunmadı olarak işaretleyebilir.
    Ayrıca posta kutusunda neler olduğunu gösteren bir özeti görebilir.
    Ama kişi mektupları tamamen silemez, yazamaz, yanıt veremez ve başkalarına erişim veremez.

guide-digital-post-access-read-write-title = “Læse- og skriveadgang” (okuma ve yazma erişimi)
guide-digital-post-access-read-write-body =
    “Læse- og skriveadgang” ile kişi, “Læseadgang” ile yapabildiği her şeyi yapabilir.
    Ayrıca sizin yerinize yeni mesajlar yazabilir ve mektupları yanıtlayabilir.
    Kamu kurumu, size kimin yardım ettiğini görebilir.

guide-digital-post-access-ask-title = Yardım eden kişi erişimi nasıl ister
guide-digital-post-access-ask-body =
    Yardım eden kişi, kendi { -mitid } kimliğiyle kendi { -digital-post } kutusuna giriş yapar.
    Kimse sizin { -mitid } kimliğinizi kullanamaz, aileniz bile.
    Yardım eden kişi “Menu” düğmesine, sonra “Læse- og skriveadgang” seçeneğine, sonra da “Anmod om adgang” (erişim iste) düğmesine basar.
    Yardım eden kişi adınızı, CPR numaranızı ve erişim için bir bitiş tarihi yazar.
    En sonunda yardım eden kişi “Send” (gönder) düğmesine basar.

guide-digital-post-access-approve-title = Onayı siz verirsiniz
guide-digital-post-access-approve-body =
    Yardım eden kişi erişimi hemen almaz.
    Önce isteği kendi { -digital-post } kutunuzda onaylamanız gerekir.
    Erişimi kimin istediğini ve bunun ne tür bir erişim olduğunu okuyun.
    Yalnızca kişiyi tanıyorsanız ve erişimi vermek istiyorsanız onaylayın.

guide-digital-post-access-borgerservice-title = { -borgerservice } biriminden yardım alın
guide-digital-post-access-borgerservice-body =
    { -borgerservice } birimi de erişimi sizin için verebilir.
    Kendiniz gelemiyorsanız, yardım eden kişi sizin verdiğiniz bir vekâletnameyi yanında getirebilir.

guide-digital-post-access-limits-title = Bilmeniz gerekenler
guide-digital-post-access-limits-body =
    Erişim, kamu postanız için dört yerin hepsinde geçerlidir: { -borger-dk } sitesinde, { -digital-post } uygulamasında, { -e-boks } içinde ve { -mit-dk } sitesinde.
    Özel şirketlerden, örneğin bankanızdan gelen mektuplar için geçerli değildir.
    Başka biri size yardım etse bile postanızı okuma yükümlülüğü yine sizdedir.
    Sorularınız varsa { -borgerservice } birimine sorun veya { -digital-hotline } hattını { $digital-hotline-phone } numarasından arayın.
