guide-digital-post-where-title = آپ { -digital-post } کہاں پڑھ سکتے ہیں؟
guide-digital-post-where-summary = وہ چار جگہیں جہاں آپ اپنی ڈاک پڑھ سکتے ہیں، اور نئے خطوط کی اطلاع آپ کو کیسے ملتی ہے۔

guide-digital-post-where-places-title = ایک میل باکس، چار جگہیں
guide-digital-post-where-places-body =
    { -digital-post } ایک ہی میل باکس ہے۔
    آپ یہی میل باکس چار جگہوں پر کھول سکتے ہیں:
    { -borger-dk } پر، { -digital-post } ایپ میں، { -e-boks } میں اور { -mit-dk } پر۔
    آپ وہ جگہ چن سکتے ہیں جو آپ کے لیے سب سے آسان ہو۔

guide-digital-post-where-app-and-e-boks-title = ایپ اور { -e-boks }
guide-digital-post-where-app-and-e-boks-body =
    { -digital-post } ایپ سرکاری اداروں کی طرف سے ہے۔
    یہ صرف سرکاری اداروں کی ڈاک دکھاتی ہے۔
    { -e-boks } آپ کی سرکاری ڈاک صرف تب دکھاتا ہے جب آپ اس کی اجازت دے دیں۔
    اگر آپ نے اجازت نہیں دی تو آپ اپنی ڈاک { -borger-dk } پر یا ایپ میں پڑھ سکتے ہیں۔

guide-digital-post-where-private-title = کمپنیوں کے خطوط
guide-digital-post-where-private-body =
    نجی کمپنیاں، مثلاً آپ کا بینک، خود چنتی ہیں کہ وہ خطوط کہاں بھیجیں۔
    وہ خطوط یا تو { -e-boks } میں بھیجتی ہیں یا { -mit-dk } پر۔
    اگر آپ کسی کمپنی کے خط کا انتظار کر رہے ہیں تو دونوں جگہ دیکھیں۔
    { -digital-post } ایپ کمپنیوں کے خطوط نہیں دکھاتی۔

guide-digital-post-where-notices-title = نئی ڈاک کی اطلاع حاصل کریں
guide-digital-post-where-notices-body =
    جب نئی ڈاک آتی ہے تو آپ کو ای میل یا SMS مل سکتا ہے۔
    ایسا صرف تب ہوتا ہے جب آپ نے اپنی رابطے کی معلومات درج کی ہوں۔
    یہ ضرور کریں، تاکہ کوئی خط آپ سے رہ نہ جائے۔
    کیونکہ کوئی خط پہنچتے ہی موصول شدہ سمجھا جاتا ہے، چاہے آپ نے اسے نہ پڑھا ہو۔

guide-digital-post-where-borger-dk-title = { -borger-dk } پر پڑھیں
guide-digital-post-where-borger-dk-body =
    { -borger-dk } پر پہلا صفحہ آپ کا «Indbakke» (اِن باکس) ہوتا ہے۔
    کسی خط کو کھولنے کے لیے اس کے عنوان پر کلک کریں۔
    «Fuldskærm» (پوری اسکرین) سے خط پوری اسکرین پر آ جاتا ہے۔
    «Zoom ind» (بڑا کریں) سے متن بڑا ہو جاتا ہے، اور «Zoom ud» (چھوٹا کریں) سے چھوٹا۔

guide-digital-post-where-at-15-title = جب آپ کا بچہ { $digital-post-min-age } سال کا ہو جائے
guide-digital-post-where-at-15-body =
    جب کوئی { $digital-post-min-age } سال کا ہو جاتا ہے تو اسے خود بخود اپنی { -digital-post } مل جاتی ہے۔
    سالگرہ سے تقریباً { $digital-post-letter-weeks ->
        [one] { $digital-post-letter-weeks } ہفتہ
       *[other] { $digital-post-letter-weeks } ہفتے
    } پہلے نوجوان اور والدین دونوں کو اس بارے میں ایک خط ملتا ہے۔
    سالگرہ کے دن سے والدین کو بچے کے خطوط نہیں ملتے۔
    اپنی ڈاک پڑھنے کے لیے نوجوان کو اپنا { -mitid } استعمال کرنا ہوگا۔
