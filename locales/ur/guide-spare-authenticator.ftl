guide-spare-authenticator-title = { -mitid } کے لیے ایک متبادل رکھیں
guide-spare-authenticator-summary = آپ کے پاس ایک اضافی شناختی ذریعہ کیوں ہونا چاہیے، اور آپ کن میں سے چن سکتے ہیں۔

guide-spare-authenticator-why-title = متبادل کیوں؟
guide-spare-authenticator-why-body =
    اگر آپ کا فون گم ہو جائے تو آپ اس میں موجود { -mitid } ایپ استعمال نہیں کر سکتے۔
    اسی لیے { -mitid } مشورہ دیتا ہے کہ آپ کے پاس ایک متبادل (بیک اپ) ہو: ایک اضافی شناختی ذریعہ («Identifikationsmiddel»)۔
    اس طرح آپ کے پاس پھر بھی لاگ اِن کرنے کے لیے کچھ ہوگا۔

guide-spare-authenticator-tablet-title = ٹیبلٹ پر ایپ
guide-spare-authenticator-tablet-body =
    آپ { -mitid } ایپ ایک سے زیادہ آلات پر رکھ سکتے ہیں، مثلاً اپنے فون پر بھی اور ایک ٹیبلٹ پر بھی۔
    آپ کے پاس زیادہ سے زیادہ { $max-active-apps ->
        [one] { $max-active-apps } فعال { -mitid } ایپ ہو سکتی ہے۔
       *[other] { $max-active-apps } فعال { -mitid } ایپس ہو سکتی ہیں۔
    }
    آپ ایپ کو اپنے فون سے ٹیبلٹ پر کاپی کر سکتے ہیں۔
    کئی لوگ ایک ہی ٹیبلٹ استعمال کر سکتے ہیں۔ تب ہر شخص کا اپنا یوزر آئی ڈی ہوتا ہے۔
    اس صورت میں سب کو ایپ اپنے پن کوڈ سے کھولنی ہوگی، فنگر پرنٹ یا چہرے سے نہیں۔

guide-spare-authenticator-code-display-title = کوڈ دکھانے والا آلہ
guide-spare-authenticator-code-display-body =
    کوڈ دکھانے والا آلہ («Kodeviser») ایک چھوٹا آلہ ہے جو چھ ہندسوں کا کوڈ دکھاتا ہے۔
    یہ کوڈ ایک بار استعمال ہونے والا کوڈ («Engangskode») ہے: آپ اسے صرف ایک بار استعمال کر سکتے ہیں۔
    آپ اسے اپنے پاس ورڈ («Adgangskode») کے ساتھ استعمال کرتے ہیں۔

guide-spare-authenticator-reader-chip-title = کوڈ سنانے والا آلہ اور چِپ
guide-spare-authenticator-reader-chip-body =
    کوڈ سنانے والا آلہ («Kodeoplæser») نابینا اور کم نظر والے افراد کے لیے ہے۔ یہ کوڈ بول کر سناتا ہے۔
    اس پر ایک سرخ بٹن ہے جس پر ایک ابھرا ہوا نقطہ ہے، جسے آپ انگلی سے محسوس کر سکتے ہیں۔
    { -mitid } چِپ ان لوگوں کے لیے ہے جو { -mitid } بہت زیادہ استعمال کرتے ہیں۔
    یہ USB، Bluetooth اور NFC والی قسموں میں ملتی ہے۔

guide-spare-authenticator-choose-title = لاگ اِن کرتے وقت اپنا متبادل استعمال کریں
guide-spare-authenticator-choose-body =
    { -mitid } کے باکس میں اپنا یوزر آئی ڈی لکھیں اور «Fortsæt» (جاری رکھیں) دبائیں۔
    اس کے بعد آپ کو «Skift { -mitid } identifikationsmiddel» (شناختی ذریعہ تبدیل کریں) کا لنک ملے گا۔
    یہ «Vælg identifikationsmiddel» (شناختی ذریعہ منتخب کریں) کی فہرست کھولتا ہے۔
    مثلاً «{ -mitid } app» کے بجائے «{ -mitid } kodeviser» یا «{ -mitid } chip» چنیں۔

guide-spare-authenticator-safe-title = اطلاعات اور حفاظت
guide-spare-authenticator-safe-body =
    { -mitid } کی اطلاعات حاصل کرنے کے دو طریقے چنیں: ایپ میں، SMS پر یا ای میل پر۔
    اس طرح اگر آپ کا فون گم ہو جائے تو بھی آپ کو خبردار کیا جائے گا۔
    اپنے کوڈ یا اپنے شناختی ذرائع کبھی کسی کے ساتھ شیئر نہ کریں۔ یہ بات آپ کے متبادل پر بھی لاگو ہوتی ہے۔
