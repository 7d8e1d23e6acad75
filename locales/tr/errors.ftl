error-unknown-locale = “{ $tag }” dili { -trinvis } içinde yok.
error-unknown-guide = “{ $guide }” adlı rehber bulunamadı.
error-invalid-input = Bu değer burada kullanılamaz.
error-not-saved = Değişikliğiniz kaydedilemedi. Lütfen tekrar deneyin.
notice-progress-recovered = Kaydedilmiş ilerlemeniz okunamadı, bu yüzden { -trinvis } baştan başladı. Eski dosya saklandı.
notice-progress-not-saved = { -trinvis } şu anda ilerlemenizi kaydedemiyor. Alıştırmaya devam edebilirsiniz, ama uygulamayı kapatınca ilerlemeniz kaybolacak.
error-unknown-practice = “{ $flow }” alıştırması yok.
practice-real-details-note = Buraya asla gerçek bilgilerinizi, örneğin CPR numaranızı veya gerçek kodunuzu yazmayın. Alıştırma bunun yerine bir alıştırma cevabı kullanır.
