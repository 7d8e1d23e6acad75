# Danish screen words, letter titles and folder names stay Danish in “…”.

practice-digital-post-folders-title = Klasörler, silme ve okuma erişimi

## The inbox

practice-digital-post-folders-inbox-guidance =
    “Indbakke” (gelen kutusu) sayfanızdasınız. Burada Udbetaling Danmark’tan konut yardımınızla ilgili bir mektup var.
    Onu bir klasörde saklamak istiyorsunuz. O zaman onu kolayca yeniden bulursunuz.
    Mektubu açın.
practice-digital-post-folders-inbox-hint = “Din boligstøtte” (konut yardımınız) başlığına basın.
practice-digital-post-folders-inbox-open-reminder-feedback = Bu mektuba birazdan geleceksiniz. Önce “Din boligstøtte” mektubunu açın.
practice-digital-post-folders-inbox-open-tax-feedback = Bu mektup olduğu yerde kalabilir. “Din boligstøtte” mektubunu açın.
practice-digital-post-folders-inbox-folders-feedback = “Mapper” (klasörler) bölümünde klasörlerinizi görürsünüz. Önce mektubu bir klasöre koymanız gerekiyor: “Din boligstøtte” mektubunu açın.

## The letter to move

practice-digital-post-folders-letter-housing-guidance =
    Mektup açık.
    Onu bir klasöre koymak için “Flyt” (taşı) düğmesine basın.
practice-digital-post-folders-letter-housing-hint = “Flyt” düğmesine basın.
practice-digital-post-folders-letter-housing-delete-feedback = Mektubu silmek değil, saklamak istiyorsunuz. “Flyt” düğmesine basın.
practice-digital-post-folders-letter-housing-forward-feedback = “Videresend” (ilet) mektubu başka birine gönderir. Siz onu bir klasörde saklamak istiyorsunuz: “Flyt” düğmesine basın.

## Choosing the folder

practice-digital-post-folders-choose-folder-guidance =
    Mektup için bir klasör seçin.
    Mektup konutunuzla ilgili. “Bolig” (konut) klasörünü seçin.
    O zaman konutla ilgili mektuplarınız aynı yerde durur.
practice-digital-post-folders-choose-folder-hint = “Bolig” klasörüne basın.
practice-digital-post-folders-choose-folder-tax-feedback = Mektup vergiyle değil, konut yardımıyla ilgili. “Bolig” klasörünü seçin.
practice-digital-post-folders-choose-folder-municipality-feedback = Mektup belediyeden değil, Udbetaling Danmark’tan geldi. “Bolig” klasörünü seçin.
practice-digital-post-folders-choose-folder-cancel-feedback = O zaman mektup taşınmaz. “Bolig” klasörünü seçin.

## The letter is moved

practice-digital-post-folders-inbox-moved-guidance =
    Mektup artık “Bolig” klasöründe. “Indbakke” içinde artık yok.
    Şimdi gelen kutunuzu düzenliyorsunuz.
    “Påmindelse om møde” (toplantı hatırlatması) mektubu, bitmiş bir toplantıyla ilgili. Onu açın.
practice-digital-post-folders-inbox-moved-hint = “Påmindelse om møde” başlığına basın.
practice-digital-post-folders-inbox-moved-open-tax-feedback = Bu mektubu saklamanız gerekiyor. “Påmindelse om møde” mektubunu açın.
practice-digital-post-folders-inbox-moved-folders-feedback = “Mapper” bölümüne birazdan ihtiyacınız olacak. Önce gelen kutunuzu düzenleyin: “Påmindelse om møde” mektubunu açın.

## The letter to delete

practice-digital-post-folders-letter-reminder-guidance =
    Toplantı bitti. Bu mektuba artık ihtiyacınız yok.
    “Slet” (sil) düğmesine basın.
    Yalnızca bir daha kullanmayacağınızdan emin olduğunuz mektupları silin.
practice-digital-post-folders-letter-reminder-hint = “Slet” düğmesine basın.
practice-digital-post-folders-letter-reminder-move-feedback = Mektubu bir klasörde de saklayabilirsiniz. Ama toplantı bitti ve mektuba artık ihtiyacınız yok. “Slet” düğmesine basın.
practice-digital-post-folders-letter-reminder-forward-feedback = Mektubu başkasına iletmeniz gerekmiyor. Toplantı bitti. “Slet” düğmesine basın.

## The letter is deleted

practice-digital-post-folders-inbox-deleted-guidance =
    Mektup silindi.
    Şimdi vergi idaresi Skattestyrelsen’den gelen, ön vergi hesabınızla ilgili eski bir mektubu bulmak istiyorsunuz.
    O mektup bir klasörde. “Mapper” (klasörler) seçeneğine basın.
practice-digital-post-folders-inbox-deleted-hint = Menüde “Mapper” seçeneğine basın.
practice-digital-post-folders-inbox-deleted-open-tax-feedback = Bu, yıllık vergi hesabınızla ilgili yeni bir mektup. Ön vergi hesabınızla ilgili eski mektup bir klasörde. “Mapper” seçeneğine basın.
practice-digital-post-folders-inbox-deleted-new-message-feedback = Şimdi bir şey yazmanız gerekmiyor. Eski mektubu bulmak için “Mapper” seçeneğine basın.

## The folders

practice-digital-post-folders-folder-list-guidance =
    Klasörleriniz burada.
    Skattestyrelsen’den gelen mektup “Skat” (vergi) klasöründe.
    Klasörü açın.
practice-digital-post-folders-folder-list-hint = “Skat” klasörüne basın.
practice-digital-post-folders-folder-list-housing-feedback = “Bolig” klasöründe, az önce taşıdığınız konut yardımı mektubu var. “Skat” klasörünü açın.
practice-digital-post-folders-folder-list-municipality-feedback = “Kommunen” (belediye) klasöründe belediyeden gelen mektuplar var. Skattestyrelsen’den gelen mektup “Skat” klasöründe.

## Inside the folder “Skat”

practice-digital-post-folders-folder-tax-guidance =
    “Skat” klasöründesiniz. Burada Skattestyrelsen’den gelen iki eski mektup var.
    Ön vergi hesabınızla ilgili mektubu arıyorsunuz.
    Başlıkları okuyun ve doğru mektubu açın.
practice-digital-post-folders-folder-tax-hint = “Din forskudsopgørelse er klar” (ön vergi hesabınız hazır) başlığına basın.
practice-digital-post-folders-folder-tax-open-old-annual-feedback = Bu mektup eski bir yıllık vergi hesabıyla ilgili. Siz ön vergi hesabını arıyorsunuz. “Din forskudsopgørelse er klar” başlığına basın.
practice-digital-post-folders-folder-tax-folders-feedback = Zaten doğru klasördesiniz. “Din forskudsopgørelse er klar” mektubunu açın.

## The old letter, found

practice-digital-post-folders-old-letter-guidance =
    İşte eski mektup. Onu “Skat” klasöründe buldunuz.
    Artık kendi postanızla işiniz bitti.
    “Indbakke” seçeneğine basın. Sonra yeni bir şeyin alıştırmasını yapacaksınız: başka birine postasında yardım etmek.
practice-digital-post-folders-old-letter-hint = Menüde “Indbakke” seçeneğine basın.
practice-digital-post-folders-old-letter-delete-feedback = Mektubu saklayın. Ona yeniden ihtiyacınız olabilir. “Indbakke” seçeneğine basın.
practice-digital-post-folders-old-letter-move-feedback = Mektup zaten doğru klasörde. “Indbakke” seçeneğine basın.

## Your mother's letter, with only “Læseadgang”

practice-digital-post-folders-mother-letter-guidance =
    Şimdi yeni bir şeyin alıştırmasını yapıyorsunuz. Annenize ({ $practice-mother-name }) { -digital-post } kutusunda yardım ediyorsunuz.
    Anneniz size “Læseadgang” (okuma erişimi) verdi. Onun postasında bir mektup görüyorsunuz.
    “Læseadgang” ile onun mektuplarını okuyabilir, başkasına iletebilir ve klasörlere taşıyabilirsiniz.
    Mektupları tamamen silemez, yeni mesaj yazamaz ve yanıt veremezsiniz. Bu yüzden o düğmeler burada çalışmaz.
    Anneniz mektubun başkasına iletilmesini istiyor. “Videresend” (ilet) düğmesine basın.
practice-digital-post-folders-mother-letter-hint = “Videresend” düğmesine basın. “Læseadgang” ile bunu yapabilirsiniz.
practice-digital-post-folders-mother-letter-delete-feedback = “Slet” (sil) burada çalışmaz. “Læseadgang” ile mektupları tamamen silemezsiniz. Mektup olduğu yerde kalır. “Videresend” düğmesine basın.
practice-digital-post-folders-mother-letter-reply-feedback = “Besvar” (yanıtla) burada çalışmaz. “Læseadgang” ile mektupları yanıtlayamazsınız. Bunun için “Læse- og skriveadgang” (okuma ve yazma erişimi) gerekir. “Videresend” düğmesine basın.
practice-digital-post-folders-mother-letter-new-message-feedback = “Skriv ny besked” (yeni mesaj yaz) burada çalışmaz. “Læseadgang” ile yeni mesaj yazamazsınız. Bunun için “Læse- og skriveadgang” (okuma ve yazma erişimi) gerekir. { -borgerservice } birimi bu erişimi vermeye yardım edebilir. Şimdi “Videresend” düğmesine basın.
practice-digital-post-folders-mother-letter-move-feedback = “Læseadgang” ile bunu yapabilirsiniz. Ama burada anneniz mektubun başkasına iletilmesini istiyor. “Videresend” düğmesine basın.

## Done

practice-digital-post-folders-forwarded-guidance =
    Tebrikler! Mektubu başkasına ilettiniz. “Læseadgang” ile bunu yapabilirsiniz.
    Ayrıca bir mektubu bir klasöre taşıdınız, bir mektubu sildiniz ve eski bir mektup buldunuz.
    Unutmayın: postasını okuma yükümlülüğü yine annenizdedir.
    Erişimle ilgili sorularınız varsa { -borgerservice } birimine sorun.
