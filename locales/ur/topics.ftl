topic-mitid = { -mitid }
topic-mitid-summary = محفوظ طریقے سے لاگ اِن کریں، اور دھوکا دہی سے انکار کرنا سیکھیں۔
topic-digital-post = { -digital-post }
topic-digital-post-summary = سرکاری اداروں کے خطوط پڑھیں اور ان کا جواب دیں۔
topic-self-service = { -borger-dk } پر سیلف سروس
topic-self-service-summary = گھر بدلنے کی اطلاع دیں، اور ڈیجیٹل مختار نامہ دیں۔
topic-helping-others = دوسروں کی مدد
topic-helping-others-summary = آپ کس چیز میں مدد کر سکتے ہیں، اور کیسے۔
