practice-digital-post-give-access-title = Yardım eden birine { -digital-post } erişimi verin

practice-digital-post-give-access-inbox-guidance = Anneniz, kamu kurumlarından gelen mektuplarını okumak ve yanıtlamak için yardım istiyor. Erişimi kendi { -digital-post } kutunuzdan istersiniz. Kendi { -mitid } kimliğinizle giriş yaptınız. “Menu” düğmesine basın.
practice-digital-post-give-access-inbox-hint = “Menu” düğmesini bulun ve ona basın.
practice-digital-post-give-access-inbox-new-message-feedback = “Skriv ny besked” (yeni mesaj yaz) ile bir kamu kurumuna yazarsınız. Annenizin postasına erişimi “Menu” altında bulursunuz.
practice-digital-post-give-access-inbox-letter-feedback = Bu, size gelen bir mektup. Şimdi annenizin postasına erişim istemeniz gerekiyor. “Menu” düğmesine basın.

practice-digital-post-give-access-menu-guidance = Menü açık. Başka birinin postasına erişimi “Læse- og skriveadgang” (okuma ve yazma erişimi) altında bulursunuz.
practice-digital-post-give-access-menu-hint = “Læse- og skriveadgang” seçeneğine basın.
practice-digital-post-give-access-menu-settings-feedback = “Indstillinger” (ayarlar) kendi posta kutunuz içindir. Annenizin postasına erişimi “Læse- og skriveadgang” altında bulursunuz.

practice-digital-post-give-access-access-guidance = İki tür erişim vardır. “Læseadgang” (okuma erişimi) ile postayı okuyabilirsiniz. “Læse- og skriveadgang” (okuma ve yazma erişimi) ile yazabilir ve yanıt da verebilirsiniz. “Anmod om adgang” (erişim iste) düğmesine basın.
practice-digital-post-give-access-access-hint = “Anmod om adgang” düğmesine basın.

practice-digital-post-give-access-kind-guidance = Hangi erişimi istediğinizi seçin. Anneniz mektupları hem okumak hem de yanıtlamak için yardım istiyor. Buna hangi erişim uygun?
practice-digital-post-give-access-kind-hint = Anneniz yanıt vermek için de yardım istiyor. “Læse- og skriveadgang” seçeneğini seçin.
practice-digital-post-give-access-kind-read-feedback = “Læseadgang” (okuma erişimi) ile mektupları okuyabilir ve iletebilir, klasörlere taşıyabilir, okundu veya okunmadı olarak işaretleyebilir ve neler olduğunu gösteren bir özeti görebilirsiniz. Ama yazamaz ve yanıt veremezsiniz, mektupları tamamen silemezsiniz ve başkalarına erişim veremezsiniz. Anneniz yanıt vermek için de yardım istiyor. “Læse- og skriveadgang” seçeneğini seçin.

practice-digital-post-give-access-form-guidance = Annenizin adını, CPR numarasını ve erişim için bir bitiş tarihi yazın. Burada alıştırma yapıyorsunuz, bu yüzden asla gerçek bir CPR numarası yazmayın. Alıştırmada annenizin adı { $practice-mother-name }. Alıştırma CPR numarası olarak { $practice-cpr }, bitiş tarihi olarak { $practice-end-date } kullanın. Sonra “Send” (gönder) düğmesine basın.
practice-digital-post-give-access-form-hint = “Navn” alanına { $practice-mother-name }, “CPR-nummer” alanına { $practice-cpr } ve “Slutdato” alanına { $practice-end-date } yazın. Sonra “Send” düğmesine basın.
practice-digital-post-give-access-form-send-check-feedback = CPR numarası uymadı. Bu kolayca olur: bir rakam fazla veya eksik. “Prøv igen” (tekrar dene) düğmesine basın ve alıştırma CPR numarasını yazın: { $practice-cpr }.

practice-digital-post-give-access-error-guidance = Bu bir hata ekranı. Bir şey uymadığında çıkar. Kötü bir şey olmaz: “Prøv igen” (tekrar dene) düğmesine basın.
practice-digital-post-give-access-error-hint = “Prøv igen” düğmesine basın.

practice-digital-post-give-access-sent-guidance = İsteğiniz gönderildi. Şimdi annenizin onu kendi { -digital-post } kutusunda onaylaması gerekiyor. Sayfayı kapatın. O zaman annenizin ne gördüğünü görürsünüz.
practice-digital-post-give-access-sent-hint = “Luk” (kapat) düğmesine basın.

practice-digital-post-give-access-mother-inbox-guidance = Şimdi annenizin tarafını görüyorsunuz. Anneniz kendi { -mitid } kimliğiyle kendi { -digital-post } kutusuna giriş yaptı. Onun { -mitid } kimliğini başka kimse kullanamaz, siz de kullanamazsınız. Anneniz, isteğin olduğu mektubu açıyor.
practice-digital-post-give-access-mother-inbox-hint = “Anmodning om læse- og skriveadgang” mektubuna basın.
practice-digital-post-give-access-mother-inbox-other-feedback = Bu mektup başka bir konuyla ilgili. Erişim isteğinin olduğu mektubu bulun.

practice-digital-post-give-access-request-guidance = Mektup, erişimi kimin istediğini ve ne tür bir erişim olduğunu gösteriyor. Burada sizin adınız yerine uydurma bir ad yazıyor. Anneniz sizi tanıyor ve yardım istiyor. Bu yüzden onaylıyor. Yalnızca kişiyi tanıyorsanız onaylayın.
practice-digital-post-give-access-request-hint = “Godkend” (onayla) düğmesine basın.
practice-digital-post-give-access-request-reject-feedback = “Afvis” (reddet), kişiyi tanımadığınızda veya erişim vermek istemediğinizde kullanılır. Anneniz sizin yardımınızı istiyor. “Godkend” düğmesine basın.

practice-digital-post-give-access-done-guidance = Tebrikler! Artık annenizin kamu kurumlarından gelen mektuplarını okuyabilir, yazabilir ve yanıtlayabilirsiniz. Kamu kurumu, yardım edenin siz olduğunu görebilir. Erişim, özel şirketlerden gelen mektuplar için geçerli değildir. Postasını okuma yükümlülüğü yine annenizdedir.
