# Danish screen words stay Danish in “…”. Skattestyrelsen and Udbetaling Danmark are the senders' names.

practice-digital-post-read-title = Bir mektubu okuyun ve ekli dosyayı açın

## The inbox

practice-digital-post-read-inbox-guidance =
    { -borger-dk } sitesinde, { -digital-post } kutunuzdasınız. Ana sayfa, gelen kutunuzdur: “Indbakke”.
    Mektuplarınız burada. İkisi yeni. Onları henüz okumadınız.
    Vergi idaresi Skattestyrelsen’den gelen yeni mektupta bir dosya var.
    Mektubu açmak için başlığına basın.
practice-digital-post-read-inbox-hint = “Din forskudsopgørelse er klar” (ön vergi hesabınız hazır) başlığına basın.
practice-digital-post-read-inbox-open-meeting-feedback = Bu mektup da yeni ve onu sonra okuyabilirsiniz. Burada bir dosya açma alıştırması yapıyorsunuz. Skattestyrelsen’den gelen mektubu açın.
practice-digital-post-read-inbox-open-housing-feedback = Bu mektubu zaten okudunuz. Skattestyrelsen’den gelen yeni mektubu açın. O mektupta bir dosya var.
practice-digital-post-read-inbox-new-message-feedback = “Skriv ny besked” (yeni mesaj yaz) ile bir kamu kurumuna kendiniz yazarsınız. Şimdi bir mektup okumanız gerekiyor. Skattestyrelsen’den gelen mektubun başlığına basın.
practice-digital-post-read-inbox-folders-feedback = “Mapper” (klasörler) bölümünde ayırdığınız mektupları saklayabilirsiniz. Yeni mektup burada, “Indbakke” içinde. Skattestyrelsen’den gelen mektubun başlığına basın.

## The letter

practice-digital-post-read-letter-guidance =
    Mektup açık. Konuyu, kimden geldiğini ve kısa bir metni görüyorsunuz.
    Metni okuyun.
    Mektupta bir dosya var. Dosyayı açmak için dosyanın adına basın.
practice-digital-post-read-letter-hint = Dosyanın adına basın: “Forskudsopgørelse.pdf”.
practice-digital-post-read-letter-forward-feedback = “Videresend” (ilet) mektubu başka birine gönderir. Şimdi bunu yapmanız gerekmiyor. Dosyayı açmak için dosyanın adına basın.
practice-digital-post-read-letter-move-feedback = “Flyt” (taşı) mektubu bir klasöre koyar. Bunu başka bir zaman yapabilirsiniz. Önce dosyayı açın: dosyanın adına basın.
practice-digital-post-read-letter-delete-feedback = Mektubu silmeyin. Ona yeniden ihtiyacınız olabilir. Dosyayı açmak için dosyanın adına basın.
practice-digital-post-read-letter-inbox-feedback = Dosyayı henüz görmediniz. Mektupta kalın ve dosyayı açmak için dosyanın adına basın.

## The opened file

practice-digital-post-read-viewer-guidance =
    Dosya açık. Onu burada okuyabilirsiniz.
    Yazı çok küçükse onu büyütebilirsiniz.
    “Zoom ind” (yakınlaştır) düğmesine basın.
practice-digital-post-read-viewer-hint = “Zoom ind” düğmesine basın. O zaman yazı büyür.
practice-digital-post-read-viewer-full-screen-feedback = “Fuldskærm” (tam ekran) dosyayı bütün ekranda gösterir. Bunu kullanabilirsiniz. Burada yazıyı büyütme alıştırması yapıyorsunuz: “Zoom ind” düğmesine basın.
practice-digital-post-read-viewer-close-feedback = Dosyayı henüz kapatmayın. Burada önce “Zoom ind” ile yazıyı büyütme alıştırması yapıyorsunuz. Dosyayı okuyun ve sonra kapatın.

## The file, with bigger text

practice-digital-post-read-viewer-zoomed-guidance =
    Şimdi yazı daha büyük. Onu okuyun.
    Bu bir alıştırma mektubu, bu yüzden içinde gerçek rakamlar yok.
    İşiniz bitince dosyayı “Luk” (kapat) düğmesiyle kapatın.
practice-digital-post-read-viewer-zoomed-hint = “Luk” düğmesine basın.
practice-digital-post-read-viewer-zoomed-zoom-out-feedback = “Zoom ud” (uzaklaştır) yazıyı yeniden küçültür. Dosyayı okudunuz. Onu “Luk” düğmesiyle kapatın.
practice-digital-post-read-viewer-zoomed-zoom-in-feedback = Yazı zaten büyük. Şimdi okuyabiliyor musunuz? O zaman dosyayı “Luk” düğmesiyle kapatın.

## Back in the letter

practice-digital-post-read-letter-read-guidance =
    Dosya kapandı ve mektuba geri döndünüz.
    Artık hem mektubu hem de dosyayı okudunuz.
    “Indbakke” (gelen kutusu) sayfanıza geri dönün.
practice-digital-post-read-letter-read-hint = Menüde “Indbakke” seçeneğine basın.
practice-digital-post-read-letter-read-open-file-feedback = Dosyayı zaten okudunuz. Şimdi “Indbakke” sayfasına geri dönün.
practice-digital-post-read-letter-read-delete-feedback = Mektubu silmeyin. Ona yeniden ihtiyacınız olabilir. “Indbakke” sayfasına geri dönün.
practice-digital-post-read-letter-read-new-message-feedback = Şimdi bir şey yazmanız gerekmiyor. “Indbakke” sayfasına geri dönün.

## Done

practice-digital-post-read-inbox-done-guidance =
    Tebrikler! “Indbakke” sayfasına geri döndünüz.
    Skattestyrelsen’den gelen mektup artık yeni değil, çünkü onu okudunuz.
    Bir mektubu ve içindeki dosyayı böyle açarsınız.
    Unutmayın: { -digital-post } kutunuzdaki postayı okuma yükümlülüğünüz vardır.
