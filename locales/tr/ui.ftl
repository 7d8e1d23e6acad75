window-title = { -trinvis }
home-title = { -trinvis } uygulamasına hoş geldiniz
home-intro = Dijital kamu hizmetlerini adım adım deneyin. Burada hata yapmak zararsızdır.
language-button = Dil
language-menu-title = Dil seçin
language-menu-close = Kapat
topics-heading = Konular
text-missing = (Metin eksik)
error-generic = Bir şeyler ters gitti. Lütfen tekrar deneyin.
nav-label = Ana menü
nav-home = Ana sayfa
nav-search = Ara
nav-glossary = Sözlük
nav-settings = Ayarlar
first-run-title = Hoş geldiniz! Dilinizi seçin
first-run-hint = Dili daha sonra istediğiniz zaman Ayarlar bölümünden değiştirebilirsiniz.
resume-heading = Kaldığınız yerden devam edin
resume-button = Devam et
topic-coming-soon = Yakında
guide-completed = Okundu
guide-back = Geri
guide-next = İleri
guide-finish = Bitir
guide-key-words = Ekrandaki Danca kelimeler
guide-illustration-label = Ekran böyle görünür
guide-done-title = Tebrikler!
guide-done-text = Rehberin tamamını okudunuz.
guide-to-home = Ana sayfaya dön
guide-keyboard-hint = Ok tuşlarıyla da ileri ve geri gidebilirsiniz.
guide-check-title = Kendinizi sınayın
guide-check-intro = Her soru için bir cevap seçin. İstediğiniz kadar tekrar deneyebilirsiniz.
guide-check-right = Doğru
guide-check-wrong = Doğru değil. Başka bir cevap deneyin.
search-title = Ara
search-label = Rehberlerde arayın
search-button = Ara
search-hint = Bir kelime yazın, örneğin “{ -mitid }” veya “posta”.
glossary-title = Sözlük
glossary-intro = Danca ekranlarda gördüğünüz kelimeler ve anlamları.
glossary-search-label = Bir kelime bulun
glossary-search-hint = Danca veya kendi dilinizde yazın.
glossary-no-match = Yazdığınıza uyan kelime yok.
glossary-example-label = Örnek:
glossary-back-to-practice = Alıştırmaya dön
settings-title = Ayarlar
settings-language = Dil
settings-second-language = İkinci dil
settings-second-language-hint = Bir metin sizin dilinizde yoksa bu dilde gösterilir.
settings-text-size = Yazı boyutu
settings-high-contrast = Yüksek kontrast
settings-forget = Her şeyi sil
settings-forget-hint = Dil seçiminizi, ayarlarınızı ve okuyup alıştırma yaptığınız her şeyi siler. Bu işlem geri alınamaz.
settings-forget-confirm = Evet, her şeyi sil
settings-forget-cancel = Hayır, kalsın
notice-dismiss = Tamam
practice-tag = Alıştırma
practice-guidance-heading = Yapmanız gereken
practice-hint-button = İpucu göster
practice-show-me-button = Bana göster
practice-restart-button = Baştan başla
practice-glossary-button = Sözlük
practice-safe-note = Bu bir alıştırmadır. Hiçbir şey hiçbir yere gönderilmez.
practice-address-label = Web adresi
practice-qr-label = QR kodu: telefonla taramak için basın
practice-swipe-label = Onaylamak için kaydırın
practice-reject-label = Onaylama
practice-done-title = Tebrikler!
# The phone's own button that ends a call, in the learner's language (not a MitID screen word).
practice-hang-up-label = Telefonu kapat
# Who is calling, as the phone shows it during the fraud practice: a hidden number.
practice-caller-label = Gizli numara
# Introduces what the caller says.
practice-caller-says = Arayan kişi diyor ki:
# The browser's own button that closes the page, in the learner's language.
practice-close-page-label = Sayfayı kapat
# Screen-reader name of the mark on an error screen.
practice-error-label = Hata
# Screen-reader name of the code display (kodeviser) device drawn beside the screen.
practice-code-display-label = Kod göstericiniz
# Screen-reader names of the two devices in a practice, shown side by side.
practice-computer-label = Bilgisayar
# check-ignore: unchanged
practice-phone-label = Telefon
# Marks the device that only shows how things stand meanwhile; you act on the other one.
practice-meanwhile-label = Bu sırada
# The small button beside a Danish word that shows what it means, in the learner's language.
practice-meaning-button = Ne anlama geliyor?
# Screen-reader names in a simulated mailbox.
practice-unread-label = Okunmadı
practice-attachment-label = Ekli dosya var
practice-document-label = Açılmış dosya

nav-translator = Çevirmen
settings-translator = Çevirmen modu
settings-translator-hint = Çevirmenler için: dil dosyalarının bulunduğu bir klasörü açın. { -trinvis } o zaman metinlerinizi gösterir ve bir dosyayı kaydettiğiniz anda günceller.
settings-translator-folder = Dil dosyalarının klasörü
settings-translator-folder-hint = Her dil için bir klasör içeren klasör; örneğin da, en ve so.
settings-translator-open = Aç
translator-stop = Çevirmen modunu kapat
translator-title = Çevirmen modu
translator-folder = Klasör
translator-reloads = Diskten yeniden yükleme sayısı:
translator-tip-hint = Bir metnin ileti kimliğini görmek için üzerine gelin ya da metne odaklanıp Alt+I tuşlarına basın. Escape tuşu kutuyu yeniden kapatır.
translator-pseudo-hint = Dil menüsünde artık iki test dili var. Birinde aksanlı harfler ve daha uzun sözcükler var; böylece dil dosyalarından gelmeyen ya da kesilen metin göze çarpar. Diğeri aynalanmıştır ve sağdan sola okunur; böylece yalnızca soldan sağa çalışan düzen ortaya çıkar.
translator-status-heading = Her dilin durumu
translator-problems-heading = Denetimin bulduğu sorunlar
translator-filter-locale = Dil
translator-filter-all = Tüm diller
translator-filter-errors-only = Yalnızca hatalar
translator-problems-none = Sorun yok. Tüm dosyalar denetimden geçti.
translator-problems-none-filtered = Filtreye uyan sorun yok.
translator-problem-place = Dosya ve satır
translator-problem-severity = Önem
translator-problem-message = Sorun
translator-problem-check = Denetim
translator-severity-error = Hata
translator-severity-warning = Uyarı
translator-tip-label = İleti kimliği

present-button = Bir gruba göster
present-exit = Sunumu bitir
present-keys-hint = Ok tuşları veya Page Up/Down: ileri ve geri adım · B: siyah ekran · F: tam ekran · L ve bir sayı: grubun dili · H: neye yardım edebilirim · N: notlar · Escape: çık
present-choose-audience = Grubun dili: bir sayıya basın.
present-blank-label = Ekran siyah. Yeniden göstermek için B tuşuna basın.
present-notes-button = Notlar ayrı pencerede
present-help-button = Neye yardım edebilirim?
help-card-title = Neye yardım edebilirim?
help-card-close = Kapat
notes-window-title = Dijital elçi için notlar
notes-waiting = Her adımın notlarını burada görmek için bir sunum başlatın.
look-away-prompt = Başka birine mi yardım ediyorsunuz? Şimdi başka yere bakın ve kodu kişinin kendisi yazsın.
