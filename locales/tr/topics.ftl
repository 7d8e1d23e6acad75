topic-mitid = { -mitid }
topic-mitid-summary = Güvenle giriş yapın ve dolandırıcılığı reddetmeyi öğrenin.
topic-digital-post = { -digital-post }
topic-digital-post-summary = Kamu kurumlarından gelen mektupları okuyun ve yanıtlayın.
topic-self-service = { -borger-dk } üzerinde kendi işlemleriniz
topic-self-service-summary = Taşındığınızı bildirin ve dijital vekâlet verin.
topic-helping-others = Başkalarına yardım
topic-helping-others-summary = Neye yardım edebilirsiniz, nasıl yardım edersiniz.
