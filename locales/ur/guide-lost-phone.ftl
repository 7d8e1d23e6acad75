guide-lost-phone-title = آپ کا فون گم ہو گیا
guide-lost-phone-summary = جب آپ کا وہ فون گم یا چوری ہو جائے جس میں { -mitid } ایپ ہے، تو فوراً کیا کریں۔

guide-lost-phone-block-app-title = ایپ کو فوراً بلاک کریں
guide-lost-phone-block-app-body =
    کیا آپ کا فون گم ہو گیا ہے یا چوری ہو گیا ہے؟ تو اپنی { -mitid } ایپ کو فوراً بلاک کریں۔
    آپ یہ MitID.dk پر «Mine identifikationsmidler» (میرے شناختی ذرائع) والے حصے میں کر سکتے ہیں۔
    آپ { -mitid-support } کو { $mitid-support-phone } پر فون کر کے بھی ایپ بلاک کروا سکتے ہیں۔

guide-lost-phone-sim-title = اپنا سِم کارڈ بھی بلاک کریں
guide-lost-phone-sim-body =
    فون والا سِم کارڈ بھی بلاک کریں۔
    اچھا ہے کہ آپ کو { -mitid } کی اطلاعات دو جگہ ملیں، مثلاً ایپ میں اور ای میل پر۔
    اس طرح فون گم ہونے کے باوجود آپ کو خبردار کیا جائے گا۔

guide-lost-phone-block-all-title = اپنا پورا { -mitid } بلاک کریں
guide-lost-phone-block-all-body =
    آپ خود بھی کچھ عرصے کے لیے اپنا پورا { -mitid } بلاک کر سکتے ہیں۔ یہ آپ MitID.dk پر کرتے ہیں۔
    پھر کوئی بھی اسے استعمال نہیں کر سکتا۔
    لیکن یاد رکھیں: اسے دوبارہ کھلوانے کے لیے آپ کو خود { -borgerservice } جانا ہوگا۔

guide-lost-phone-new-phone-title = نئے فون پر { -mitid }
guide-lost-phone-new-phone-body =
    نئے فون پر آپ کو { -mitid } ایپ دوبارہ فعال کرنی ہوگی۔
    یہ آپ اپنے پاسپورٹ سے کرتے ہیں، یا { -borgerservice } سے ملنے والے ایکٹیویشن کوڈ («Aktiveringskode») سے۔
    اگر ایپ بلاک ہو گئی ہو، یا آپ اپنا پن کوڈ بھول گئے ہوں، تب بھی یہی طریقہ ہے۔
    اگر پرانا فون ابھی بھی آپ کے پاس ہے تو آپ اس کے بجائے ایپ کو اس سے کاپی کر سکتے ہیں۔ بلوٹوتھ آن کریں۔
    کاپی کرنے سے پہلے آپ کی حفاظت کے لیے { $copy-app-wait-hours ->
        [one] { $copy-app-wait-hours } گھنٹہ
       *[other] { $copy-app-wait-hours } گھنٹے
    } انتظار کرنا پڑتا ہے۔
    کاپی کرتے وقت آپ ایک QR کوڈ استعمال کرتے ہیں۔ یہ صرف { $copy-app-qr-minutes } منٹ تک کام کرتا ہے۔

guide-lost-phone-misuse-title = کیا کسی نے آپ کا { -mitid } غلط استعمال کیا ہے؟
guide-lost-phone-misuse-body =
    کیا آپ کو لگتا ہے کہ کسی نے آپ کا { -mitid } یا آپ کی ذاتی معلومات استعمال کی ہیں؟
    تو شناخت کی چوری کی ہاٹ لائن کو { $identity-theft-phone } پر فون کریں۔
    یہ دن رات کھلی رہتی ہے۔

guide-lost-phone-spare-title = ایک متبادل تیار رکھیں
guide-lost-phone-spare-body =
    بہتر ہے کہ آپ کے پاس ایک متبادل (بیک اپ) ہو۔
    یہ ٹیبلٹ پر { -mitid } ایپ ہو سکتی ہے، یا کوڈ دکھانے والا آلہ۔
    اس طرح اگر فون گم ہو جائے تو بھی آپ کے پاس لاگ اِن کرنے کے لیے کچھ ہوگا۔
