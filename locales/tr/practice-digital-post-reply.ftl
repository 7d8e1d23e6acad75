# Danish screen words stay Danish in “…”. The short Danish examples in the hints are what the learner may type.

practice-digital-post-reply-title = Bir mektubu yanıtlayın veya yeni bir mesaj yazın

## The inbox

practice-digital-post-reply-inbox-guidance =
    “Indbakke” (gelen kutusu) sayfanızdasınız. Øvelse Kommune’den yeni bir mektup geldi.
    Belediye sizi bir toplantıya davet ediyor.
    Mektubu açmak için başlığına basın.
practice-digital-post-reply-inbox-hint = “Invitation til møde” (toplantı daveti) başlığına basın.
practice-digital-post-reply-inbox-open-housing-feedback = Bu mektuba daha sonra bakacaksınız. Önce Øvelse Kommune’den gelen mektubu açın.
practice-digital-post-reply-inbox-open-tax-feedback = Bu mektubu zaten okudunuz. Øvelse Kommune’den gelen yeni mektubu açın.
practice-digital-post-reply-inbox-new-message-feedback = Belediyenin mektubunu yanıtlamak istiyorsunuz. Önce mektubu açın. O zaman onu doğrudan yanıtlayıp yanıtlayamayacağınızı görürsünüz.

## The letter that allows replies

practice-digital-post-reply-letter-meeting-guidance =
    Belediye, toplantıya gelip gelemeyeceğinizi soruyor.
    Mektupta “Besvar” (yanıtla) düğmesi var. Bu düğme yalnızca kurum yanıta izin verdiğinde olur.
    O zaman mektubu doğrudan yanıtlayabilirsiniz. “Besvar” düğmesine basın.
practice-digital-post-reply-letter-meeting-hint = “Besvar” düğmesine basın.
practice-digital-post-reply-letter-meeting-new-message-feedback = Yeni bir mesaj da yazabilirsiniz. Ama burada mektubu doğrudan yanıtlayabilirsiniz, çünkü “Besvar” düğmesi var. “Besvar” düğmesine basın.
practice-digital-post-reply-letter-meeting-forward-feedback = “Videresend” (ilet) mektubu başka birine gönderir. Siz belediyeye yanıt vermek istiyorsunuz: “Besvar” düğmesine basın.
practice-digital-post-reply-letter-meeting-move-feedback = “Flyt” (taşı) mektubu bir klasöre koyar. Önce mektubu yanıtlayın: “Besvar” düğmesine basın.
practice-digital-post-reply-letter-meeting-delete-feedback = Mektubu silmeyin. Onu yanıtlamanız gerekiyor ve ona yeniden ihtiyacınız olabilir. “Besvar” düğmesine basın.

## Writing the reply

practice-digital-post-reply-reply-form-guidance =
    Burada belediyeye yanıtınızı yazarsınız.
    “Emne” (konu) alanına kısa bir başlık yazın.
    Yanıtınızı “Besked” (mesaj) alanına yazın.
    Sonra “Send” (gönder) düğmesine basın.
practice-digital-post-reply-reply-form-hint = Örneğin “Emne” alanına “Mødet” (toplantı), “Besked” alanına “Jeg kommer gerne.” (Memnuniyetle gelirim.) yazın. Sonra “Send” düğmesine basın.
practice-digital-post-reply-reply-form-cancel-feedback = “Annuller” (iptal) yanıtınızı durdurur ve o zaman yanıtınız gönderilmez. Yanıtınızı yazın ve “Send” düğmesine basın.

## The reply is sent

practice-digital-post-reply-reply-sent-guidance =
    Yanıtınız belediyeye gönderildi.
    Şimdi konut yardımınızla ilgili Udbetaling Danmark’a (yardım ödemelerini yapan kurum) bir şey sormak istiyorsunuz.
    Önce onların mektubunu açın ve onu yanıtlayıp yanıtlayamayacağınıza bakın.
practice-digital-post-reply-reply-sent-hint = Udbetaling Danmark’tan gelen mektubun başlığına basın.
practice-digital-post-reply-reply-sent-open-meeting-feedback = Bu mektubu yanıtladınız. Şimdi Udbetaling Danmark’tan gelen mektubu açın.
practice-digital-post-reply-reply-sent-new-message-feedback = Biraz sonra belki yeni bir mesaj yazmanız gerekecek. Önce Udbetaling Danmark’tan gelen mektubu açın ve onu doğrudan yanıtlayıp yanıtlayamayacağınıza bakın.

## The letter without “Besvar”

practice-digital-post-reply-letter-housing-guidance =
    Mektuptaki düğmelere bakın. “Besvar” düğmesi yok.
    Udbetaling Danmark bu mektuba yanıt verilmesine izin vermiyor.
    O zaman bunun yerine yeni bir mesaj yazarsınız.
    “Skriv ny besked” (yeni mesaj yaz) düğmesine basın.
practice-digital-post-reply-letter-housing-hint = “Besvar” düğmesi yok. Menüde “Skriv ny besked” düğmesine basın.
practice-digital-post-reply-letter-housing-forward-feedback = “Videresend” (ilet) mektubu başka birine gönderir. Siz Udbetaling Danmark’a yazmak istiyorsunuz: “Skriv ny besked” düğmesine basın.
practice-digital-post-reply-letter-housing-move-feedback = “Flyt” (taşı) mektubu bir klasöre koyar. Siz Udbetaling Danmark’a yazmak istiyorsunuz: “Skriv ny besked” düğmesine basın.
practice-digital-post-reply-letter-housing-delete-feedback = Mektubu silmeyin. Ona yeniden ihtiyacınız olabilir. “Skriv ny besked” düğmesine basın.

## A new message: who gets it

practice-digital-post-reply-compose-guidance =
    Yeni bir mesaj yazıyorsunuz.
    Önce mesajın kime gideceğini seçersiniz.
    “Vælg myndighed” (kurum seç) düğmesine basın.
practice-digital-post-reply-compose-hint = “Vælg myndighed” düğmesine basın.
practice-digital-post-reply-compose-cancel-feedback = “Annuller” (iptal) yeni mesajı durdurur. Mesajın kime gideceğini seçmek için “Vælg myndighed” düğmesine basın.

## The list of authorities

practice-digital-post-reply-authority-list-guidance =
    Burada kamu kurumlarının bir listesi var.
    Sorunuz Udbetaling Danmark’tan gelen mektupla ilgili.
    “Udbetaling Danmark” seçeneğini seçin.
practice-digital-post-reply-authority-list-hint = “Udbetaling Danmark” seçeneğine basın.
practice-digital-post-reply-authority-list-municipality-feedback = Sorunuz belediyeyle değil, Udbetaling Danmark’tan gelen mektupla ilgili. “Udbetaling Danmark” seçeneğini seçin.
practice-digital-post-reply-authority-list-tax-feedback = Sorunuz vergiyle değil, konut yardımıyla ilgili. “Udbetaling Danmark” seçeneğini seçin.

## Writing the new message

practice-digital-post-reply-form-guidance =
    Şimdi Udbetaling Danmark’a mesajı yazıyorsunuz.
    “Emne” (konu) alanına kısa bir başlık, “Besked” (mesaj) alanına sorunuzu yazın.
    Kira sözleşmenizi de göndermek istiyorsunuz. “Vedhæft fil” (dosya ekle) düğmesine basın.
practice-digital-post-reply-form-hint = Örneğin “Emne” alanına “Min boligstøtte” (konut yardımım), “Besked” alanına “Her er min lejekontrakt.” (İşte kira sözleşmem.) yazın. Sonra “Vedhæft fil” düğmesine basın.
practice-digital-post-reply-form-send-feedback = Göndermek için biraz bekleyin. Burada mesajla birlikte dosya gönderme alıştırması da yapıyorsunuz. Önce “Vedhæft fil” düğmesine basın.
practice-digital-post-reply-form-cancel-feedback = “Annuller” (iptal) mesajı durdurur ve o zaman mesaj gönderilmez. Kira sözleşmenizi de göndermek için “Vedhæft fil” düğmesine basın.

## Choosing the file

practice-digital-post-reply-choose-file-guidance =
    Şimdi bilgisayarınızdaki dosyaları görüyorsunuz.
    Göndermek istediğiniz dosyayı seçin: kira sözleşmenizi.
    Yalnızca kurumun ihtiyaç duyduğu şeyi gönderin.
practice-digital-post-reply-choose-file-hint = “Lejekontrakt.pdf” dosyasına basın.
practice-digital-post-reply-choose-file-photo-feedback = Bu fotoğrafın konut yardımınızla bir ilgisi yok. Yalnızca kurumun ihtiyaç duyduğu şeyi gönderin. “Lejekontrakt.pdf” dosyasını seçin.
practice-digital-post-reply-choose-file-list-feedback = Udbetaling Danmark’ın bu dosyaya ihtiyacı yok. “Lejekontrakt.pdf” dosyasını seçin.
practice-digital-post-reply-choose-file-cancel-feedback = O zaman mesajla birlikte hiçbir dosya gitmez. “Lejekontrakt.pdf” dosyasını seçin.

## The message with the file

practice-digital-post-reply-form-attached-guidance =
    Dosya eklendi. Onu “Vedhæftede filer” (ekli dosyalar) altında görüyorsunuz.
    Konunun, mesajın ve dosyanın doğru olup olmadığına bakın.
    Sonra “Send” düğmesine basın.
practice-digital-post-reply-form-attached-hint = “Send” düğmesine basın.
practice-digital-post-reply-form-attached-attach-feedback = Dosya zaten eklendi. Onu yeniden eklemeniz gerekmiyor. “Send” düğmesine basın.
practice-digital-post-reply-form-attached-cancel-feedback = “Annuller” (iptal) mesajı durdurur ve o zaman mesaj gönderilmez. “Send” düğmesine basın.

## Done

practice-digital-post-reply-sent-guidance =
    Tebrikler! Mesajınız Udbetaling Danmark’a gönderildi.
    Unutmayın: bir mektupta “Besvar” düğmesi varsa, onu doğrudan yanıtlayabilirsiniz.
    “Besvar” düğmesi yoksa, “Skriv ny besked” ile yeni bir mesaj yazın.
