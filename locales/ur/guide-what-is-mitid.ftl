guide-what-is-mitid-title = { -mitid } کیا ہے؟
guide-what-is-mitid-summary = { -mitid } کیا ہے، لاگ اِن کیسے کریں، اور دھوکا دہی سے کیسے بچیں۔

guide-what-is-mitid-what-title = { -mitid } کس کام آتا ہے
guide-what-is-mitid-what-body =
    { -mitid } کے ذریعے آپ لاگ اِن کرتے وقت ثابت کرتے ہیں کہ یہ واقعی آپ ہیں۔
    آپ اسے مثلاً { -borger-dk } پر، { -digital-post } میں اور اپنے بینک میں استعمال کرتے ہیں۔
    { -mitid } نے { -nemid } کی جگہ لی ہے۔
    { -nemid } کو 31 اکتوبر 2023 کو بند کر دیا گیا۔

guide-what-is-mitid-free-and-age-title = قیمت اور عمر
guide-what-is-mitid-free-and-age-body =
    { -mitid } مفت ہے۔
    اسے حاصل کرنے کے لیے آپ کی عمر کم از کم { $mitid-min-age } سال ہونی چاہیے، اور کچھ سروسز میں عمر کی حد اس سے زیادہ ہوتی ہے۔
    جب آپ { $digital-post-min-age } سال کے ہو جاتے ہیں تو آپ کو خود بخود { -digital-post } مل جاتی ہے۔
    تب آپ کو { -mitid } کی ضرورت ہوتی ہے۔

guide-what-is-mitid-user-id-title = آپ کا یوزر آئی ڈی
guide-what-is-mitid-user-id-body =
    «Bruger-ID» (یوزر آئی ڈی) ایک نام ہے جو آپ خود چنتے ہیں اور جس سے آپ لاگ اِن کرتے ہیں۔
    اس میں { $user-id-min-length } سے { $user-id-max-length } تک حروف ہونے چاہییں۔
    یہ آپ کا CPR نمبر یا { $user-id-forbidden-digits } ہندسوں والا کوئی اور نمبر نہیں ہو سکتا۔
    اسے صرف { -mitid-support } کو بتائیں، اور صرف اس وقت جب آپ نے خود انہیں فون کیا ہو۔

guide-what-is-mitid-authenticators-title = آپ کا شناختی ذریعہ
guide-what-is-mitid-authenticators-body =
    شناختی ذریعہ («Identifikationsmiddel») وہ چیز ہے جس سے آپ ثابت کرتے ہیں کہ یہ آپ ہیں۔
    آپ اپنے فون پر { -mitid } ایپ استعمال کر سکتے ہیں۔
    کوڈ دکھانے والا آلہ («Kodeviser») ایک کوڈ دکھاتا ہے، جسے آپ اپنے پاس ورڈ کے ساتھ استعمال کرتے ہیں۔
    کوڈ سنانے والا آلہ («Kodeoplæser») نابینا اور کم نظر والے افراد کے لیے کوڈ بول کر سناتا ہے، اور { -mitid } چِپ ان لوگوں کے لیے ہے جو { -mitid } بہت زیادہ استعمال کرتے ہیں۔

guide-what-is-mitid-login-title = لاگ اِن کیسا دکھائی دیتا ہے
guide-what-is-mitid-login-body =
    جب آپ کسی سروس میں لاگ اِن کرتے ہیں تو { -mitid } کا باکس کھلتا ہے۔
    سب سے اوپر «Log på hos» اور سروس کا نام لکھا ہوتا ہے۔
    «Bruger-ID» والے خانے میں اپنا یوزر آئی ڈی لکھیں اور «Fortsæt» دبائیں۔
    اس کے بعد باکس میں «Åbn { -mitid } app og godkend» لکھا آتا ہے۔

guide-what-is-mitid-approve-title = ایپ میں منظوری دیں
guide-what-is-mitid-approve-body =
    کمپیوٹر پر باکس ایک QR کوڈ دکھاتا ہے: ایپ کھولیں، مثلاً اپنے پن کوڈ سے، اور کوڈ اسکین کریں۔
    فون پر اس کے بجائے «Åbn { -mitid } app» دبائیں۔
    ایپ میں پڑھیں کہ کون پوچھ رہا ہے اور آپ کس چیز کی منظوری دے رہے ہیں۔
    اگر سب کچھ درست ہو تو منظوری کے لیے انگلی سے سوائپ کریں۔

guide-what-is-mitid-stay-safe-title = دھوکا دہی سے ہوشیار رہیں
guide-what-is-mitid-stay-safe-body =
    جو کام آپ نے خود شروع نہیں کیا، اس کی کبھی منظوری نہ دیں۔
    بینک، پولیس، { -mitid-support } اور { -borgerservice } آپ سے کبھی فون کال، ای میل یا ملاقات میں کسی چیز کی منظوری نہیں مانگتے۔
    اپنے کوڈ یا اپنا شناختی ذریعہ کبھی کسی کے ساتھ شیئر نہ کریں۔
    اگر آپ کو شک ہو تو فون بند کر دیں، اور خود { -mitid-support } کو { $mitid-support-phone } پر فون کریں۔
