guide-self-service-on-borger-dk-title = { -borger-dk } پر سیلف سروس
guide-self-service-on-borger-dk-summary = سرکاری اداروں کے ساتھ اپنے کام خود آن لائن نمٹائیں، اور جب ضرورت ہو تو مدد حاصل کریں۔

guide-self-service-on-borger-dk-what-title = سیلف سروس کیا ہے؟
guide-self-service-on-borger-dk-what-body =
    «Selvbetjening» (سیلف سروس) کا مطلب ہے کہ آپ سرکاری اداروں کے ساتھ کوئی کام خود آن لائن نمٹاتے ہیں۔
    آپ ایک فارم بھرتے ہیں اور اسے بھیج دیتے ہیں۔
    بہت سی سیلف سروسز آپ کو { -borger-dk } پر ملتی ہیں۔
    آپ اپنے { -mitid } سے لاگ اِن کرتے ہیں۔ «Log på» (لاگ اِن کریں) تلاش کریں۔

guide-self-service-on-borger-dk-mandatory-title = کچھ کام آپ کو خود آن لائن کرنے ہوتے ہیں
guide-self-service-on-borger-dk-mandatory-body =
    کچھ سیلف سروسز لازمی ہیں، بشرطیکہ آپ انہیں استعمال کر سکتے ہوں۔
    تب آپ کو کاغذ کے بجائے انٹرنیٹ استعمال کرنا ہوگا۔
    یہ مثلاً تب لاگو ہوتا ہے جب آپ گھر بدلتے ہیں، اور جب آپ کو «Sundhedskort» (ہیلتھ کارڈ) چاہیے۔
    یہ بچوں کی دیکھ بھال (نرسری، کنڈرگارٹن)، اسکول میں داخلے، رہائش کے لیے مالی مدد اور بڑھاپے کی سرکاری پنشن پر بھی لاگو ہوتا ہے۔

guide-self-service-on-borger-dk-exemption-title = استثنا
guide-self-service-on-borger-dk-exemption-body =
    اگر آپ ڈیجیٹل چیزیں استعمال نہیں کر سکتے تو آپ { -digital-post } سے استثنا کی درخواست دے سکتے ہیں۔
    1 جون 2023 سے، اس صورت میں آپ کو لازمی سیلف سروس سے بھی استثنا مل جاتا ہے۔
    آپ خود { -borgerservice } جا کر درخواست دیتے ہیں اور اپنی شناختی دستاویز ساتھ لے جاتے ہیں۔
    اگر آپ کے فرائض کے بارے میں آپ کے سوالات ہوں تو { -borgerservice } سے پوچھیں۔

guide-self-service-on-borger-dk-hotline-title = فون کر کے مدد لیں
guide-self-service-on-borger-dk-hotline-body =
    اگر آپ کو کسی سیلف سروس میں مدد چاہیے تو { -digital-hotline } کو فون کریں۔
    نمبر { $digital-hotline-phone } ہے۔
    آپ { -borgerservice } سے بھی مدد لے سکتے ہیں۔

guide-self-service-on-borger-dk-helper-title = جب کوئی اور آپ کی مدد کرے
guide-self-service-on-borger-dk-helper-body =
    کوئی اور آپ کی مدد کر سکتا ہے۔ لیکن کسی کو بھی آپ کا { -mitid } استعمال کرنے کی اجازت نہیں۔
    مددگار اپنے { -mitid } سے لاگ اِن کرتا ہے۔
    پھر «Digital fuldmagt» (ڈیجیٹل مختار نامہ) کے ذریعے مددگار آپ کی طرف سے کچھ خاص کام نمٹا سکتا ہے۔

guide-self-service-on-borger-dk-question-no-help = آپ کو { -borger-dk } پر کوئی فارم سمجھ نہیں آ رہا۔ آپ کو کیا کرنا چاہیے؟
guide-self-service-on-borger-dk-question-no-help-hotline = { -digital-hotline } کو فون کرنا۔
guide-self-service-on-borger-dk-question-no-help-hotline-feedback = درست۔ { -digital-hotline } سیلف سروس میں مدد کرتی ہے۔ نمبر { $digital-hotline-phone } ہے۔
guide-self-service-on-borger-dk-question-no-help-give-mitid = اپنے پڑوسی کو اپنا { -mitid } دے دینا، تاکہ وہ یہ کام کر دے۔
guide-self-service-on-borger-dk-question-no-help-give-mitid-feedback = نہیں۔ کسی کو بھی آپ کا { -mitid } استعمال کرنے کی اجازت نہیں۔ { -digital-hotline } کو { $digital-hotline-phone } پر فون کریں، یا { -borgerservice } سے پوچھیں۔
guide-self-service-on-borger-dk-question-no-help-give-up = یہ کام چھوڑ دینا۔
guide-self-service-on-borger-dk-question-no-help-give-up-feedback = نہیں۔ کچھ کام آپ کو خود آن لائن کرنے ہوتے ہیں، مثلاً جب آپ گھر بدلتے ہیں۔ مدد لیں: { -digital-hotline } کو { $digital-hotline-phone } پر فون کریں۔
