guide-digital-post-access-title = کسی مددگار کو اپنی { -digital-post } تک رسائی دیں
guide-digital-post-access-summary = «Læseadgang» (پڑھنے کی رسائی) اور «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) سے مددگار کیا کر سکتا ہے، اور رسائی کیسے دی جاتی ہے۔

guide-digital-post-access-read-title = «Læseadgang» (پڑھنے کی رسائی)
guide-digital-post-access-read-body =
    آپ کسی دوسرے شخص کو اپنی { -digital-post } تک رسائی دے سکتے ہیں۔ رسائی دو قسم کی ہوتی ہے۔
    «Læseadgang» (پڑھنے کی رسائی) سے وہ شخص آپ کے خطوط پڑھ سکتا ہے اور انہیں آگے بھیج سکتا ہے۔
    وہ شخص خطوط کو فولڈرز میں بھی ڈال سکتا ہے، اور ان پر پڑھا ہوا یا نہ پڑھا ہوا کا نشان لگا سکتا ہے۔
    اور وہ شخص یہ بھی دیکھ سکتا ہے کہ میل باکس میں کیا کیا ہوا ہے۔
    لیکن وہ شخص خطوط کو مکمل طور پر مٹا نہیں سکتا، نہ لکھ سکتا ہے، نہ جواب دے سکتا ہے، اور نہ کسی اور کو رسائی دے سکتا ہے۔

guide-digital-post-access-read-write-title = «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی)
guide-digital-post-access-read-write-body =
    «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) سے وہ شخص وہ سب کچھ کر سکتا ہے جو «Læseadgang» سے ہو سکتا ہے۔
    اس کے علاوہ وہ شخص آپ کی طرف سے نئے پیغامات لکھ سکتا ہے اور خطوط کا جواب دے سکتا ہے۔
    جس سرکاری ادارے کو پیغام جاتا ہے، وہ دیکھ سکتا ہے کہ آپ کی مدد کس نے کی۔

guide-digital-post-access-ask-title = مددگار رسائی کیسے مانگتا ہے
guide-digital-post-access-ask-body =
    مددگار اپنے { -mitid } سے اپنی { -digital-post } میں لاگ اِن کرتا ہے۔
    کسی کو بھی آپ کا { -mitid } استعمال کرنے کی اجازت نہیں، آپ کے گھر والوں کو بھی نہیں۔
    مددگار «Menu» (مینو) دباتا ہے، پھر «Læse- og skriveadgang» اور پھر «Anmod om adgang» (رسائی کی درخواست کریں)۔
    مددگار آپ کا نام، آپ کا CPR نمبر اور رسائی کی آخری تاریخ لکھتا ہے۔
    آخر میں مددگار «Send» (بھیجیں) دباتا ہے۔

guide-digital-post-access-approve-title = منظوری آپ خود دیتے ہیں
guide-digital-post-access-approve-body =
    مددگار کو رسائی فوراً نہیں ملتی۔
    پہلے آپ کو اپنی { -digital-post } میں اس درخواست کی منظوری دینی ہوگی۔
    پڑھیں کہ کون رسائی مانگ رہا ہے، اور رسائی کس قسم کی ہے۔
    منظوری صرف تب دیں جب آپ اس شخص کو جانتے ہوں اور رسائی دینا چاہتے ہوں۔

guide-digital-post-access-borgerservice-title = { -borgerservice } سے مدد لیں
guide-digital-post-access-borgerservice-body =
    { -borgerservice } بھی آپ کی طرف سے رسائی دے سکتا ہے۔
    اگر آپ خود نہیں جا سکتے تو مددگار آپ کا دیا ہوا مختار نامہ ساتھ لے جا سکتا ہے۔

guide-digital-post-access-limits-title = یہ جاننا ضروری ہے
guide-digital-post-access-limits-body =
    رسائی چاروں جگہوں پر آپ کی سرکاری ڈاک کے لیے ہوتی ہے: { -borger-dk } پر، { -digital-post } ایپ میں، { -e-boks } میں اور { -mit-dk } پر۔
    یہ نجی کمپنیوں کے خطوط پر لاگو نہیں ہوتی، مثلاً آپ کے بینک کے خطوط پر۔
    اپنی ڈاک پڑھنا پھر بھی آپ ہی کی ذمہ داری ہے، تب بھی جب کوئی اور آپ کی مدد کرتا ہو۔
    اگر آپ کے سوالات ہوں تو { -borgerservice } سے پوچھیں، یا { -digital-hotline } کو { $digital-hotline-phone } پر فون کریں۔
