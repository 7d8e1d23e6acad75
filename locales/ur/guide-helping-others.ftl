guide-helping-others-title = جب آپ کسی اور کی مدد کرتے ہیں
guide-helping-others-summary = جب آپ گھر کے کسی فرد یا کسی اور کی { -mitid } کے کاموں میں مدد کرتے ہیں تو آپ کیا کر سکتے ہیں، اور کیا نہیں۔

guide-helping-others-may-title = یہ آپ کر سکتے ہیں
guide-helping-others-may-body =
    آپ { -mitid } کے کاموں میں کسی اور کی مدد کر سکتے ہیں۔
    آپ اس شخص کے لیے معلومات تلاش کر سکتے ہیں۔
    آپ اس شخص کا فون نمبر اور ای میل لکھ سکتے ہیں۔
    جب فون نمبر کی جانچ ہوتی ہے تو SMS میں آنے والا کوڈ بھی آپ لکھ سکتے ہیں۔
    آپ یہ سمجھا سکتے ہیں کہ محفوظ یوزر آئی ڈی اور محفوظ پاس ورڈ کیسا ہوتا ہے۔

guide-helping-others-may-not-title = یہ آپ نہیں کر سکتے
guide-helping-others-may-not-body =
    آپ کو اس شخص کے کوڈ معلوم نہیں ہونے چاہییں۔
    یہ بات پن کوڈ، پاس ورڈ اور یوزر آئی ڈی پر لاگو ہوتی ہے۔
    آپ اس شخص کا فون یا کوڈ دکھانے والا آلہ اپنے پاس بھی نہیں رکھ سکتے۔

guide-helping-others-look-away-title = نظر ہٹا لیں، اور ساتھ رہیں
guide-helping-others-look-away-body =
    جب وہ شخص اپنا پن کوڈ یا پاس ورڈ لکھے تو آپ دوسری طرف دیکھیں۔
    جب آپ مدد کرتے ہیں تو اس شخص کا خود وہاں موجود ہونا ضروری ہے۔
    جب وہ شخص موجود نہ ہو تو اس کے { -mitid } سے کبھی کوئی کام نہ کریں۔

guide-helping-others-own-mitid-title = ہمیشہ اپنا { -mitid } استعمال کریں
guide-helping-others-own-mitid-body =
    کوئی بھی کسی اور کا { -mitid } استعمال نہیں کر سکتا۔
    یہ بات گھر والوں، سرپرست اور مختار نامہ رکھنے والے پر بھی لاگو ہوتی ہے۔
    مدد کرنے والے کے طور پر آپ ہمیشہ اپنے { -mitid } سے لاگ اِن کرتے ہیں۔
    پھر سروس کے اندر آپ اس شخص کو چنتے ہیں جس کی آپ مدد کر رہے ہیں۔
    ڈیجیٹل مختار نامے میں آپ «Vælg person» (شخص منتخب کریں) دباتے ہیں، اور پھر «Bekræft» (تصدیق کریں)۔

guide-helping-others-power-title = مختار نامہ یا ڈاک تک رسائی
guide-helping-others-power-body =
    اگر آپ کو اکثر مدد کرنی ہو تو وہ شخص آپ کو { -borger-dk } پر «Digital fuldmagt» (ڈیجیٹل مختار نامہ) کے ذریعے مختار نامہ دے سکتا ہے۔
    تب آپ کچھ خاص سروسز میں اس شخص کی معلومات دیکھ سکتے ہیں، یا اس کی طرف سے کوئی کام کر سکتے ہیں۔
    مختار نامہ اکثر صرف ایک کام کے لیے ہوتا ہے۔
    آپ دونوں کی عمر { $power-of-attorney-min-age } سال سے زیادہ ہونی چاہیے۔
    وہ شخص آپ کو اپنی { -digital-post } تک رسائی بھی دے سکتا ہے، مثلاً «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی)۔

guide-helping-others-refused-title = جب { -mitid } بہت مشکل ہو
guide-helping-others-refused-body =
    اگر وہ شخص اکیلے { -mitid } استعمال نہیں کر سکتا تو { -borgerservice } کو اسے { -mitid } دینے سے انکار کرنا ہوگا۔
    تب وہ شخص اس کے بجائے کسی اور کو مختار نامہ دے سکتا ہے، یا اپنی { -digital-post } تک رسائی دے سکتا ہے۔
    وہ شخص { -digital-post } سے «Fritagelse» (استثنا) کی درخواست بھی دے سکتا ہے۔
    اس کے لیے خود { -borgerservice } جانا ہوتا ہے۔ گھر کا کوئی فرد دستخط شدہ مختار نامے کے ساتھ اس شخص کی طرف سے درخواست دے سکتا ہے۔
    { -borgerservice } سے پوچھیں کہ اس شخص کے لیے سب سے اچھا کیا ہے۔

guide-helping-others-question-pin = آپ کی پڑوسن { -mitid } ایپ میں اپنا پن کوڈ لکھ رہی ہے۔ آپ کو کیا کرنا چاہیے؟
guide-helping-others-question-pin-look-away = دوسری طرف دیکھیں۔
guide-helping-others-question-pin-look-away-feedback = درست۔ پن کوڈ صرف اسی کا ہے۔ جب وہ اسے لکھ رہی ہو تو آپ دوسری طرف دیکھیں۔
guide-helping-others-question-pin-remember = کوڈ یاد رکھ لیں، تاکہ اگلی بار اس کی مدد کر سکیں۔
guide-helping-others-question-pin-remember-feedback = نہیں۔ مدد کرنے والے کو کسی اور کے کوڈ معلوم نہیں ہونے چاہییں۔ جب وہ لکھ رہی ہو تو دوسری طرف دیکھیں۔
guide-helping-others-question-pin-type-for-her = اس کی جگہ کوڈ خود لکھ دیں۔
guide-helping-others-question-pin-type-for-her-feedback = نہیں۔ تب آپ کو اس کا کوڈ معلوم ہو جائے گا، اور مدد کرنے والے کو اس کی اجازت نہیں۔ وہ کوڈ خود لکھے، اور آپ دوسری طرف دیکھیں۔

guide-helping-others-question-own-mitid = آپ کے والد نے آپ کو ڈیجیٹل مختار نامہ دیا ہے۔ اب آپ کو ایک سرکاری ویب سائٹ پر ان کی مدد کرنی ہے۔ آپ کو کیسے لاگ اِن کرنا چاہیے؟
guide-helping-others-question-own-mitid-own = اپنے { -mitid } سے۔ پھر سروس کے اندر انہیں چنیں۔
guide-helping-others-question-own-mitid-own-feedback = درست۔ آپ ہمیشہ اپنے { -mitid } سے لاگ اِن کرتے ہیں۔ پھر آپ «Vælg person» اور «Bekræft» دباتے ہیں۔
guide-helping-others-question-own-mitid-his = ان کے { -mitid } سے، کیونکہ آپ کے پاس مختار نامہ ہے۔
guide-helping-others-question-own-mitid-his-feedback = نہیں۔ کوئی بھی کسی اور کا { -mitid } استعمال نہیں کر سکتا، مختار نامے کے ساتھ بھی نہیں۔ اپنے { -mitid } سے لاگ اِن کریں۔
guide-helping-others-question-own-mitid-ask-pin = ان سے کہیں کہ اپنا پن کوڈ اونچی آواز میں بتائیں۔
guide-helping-others-question-own-mitid-ask-pin-feedback = نہیں۔ مدد کرنے والے کو کسی اور کا پن کوڈ معلوم نہیں ہونا چاہیے۔ اپنے { -mitid } سے لاگ اِن کریں۔

guide-helping-others-question-present = آپ کی ایک دوست آپ سے کہتی ہے کہ جب وہ کام پر ہو تو آپ اس کے { -mitid } سے کوئی کام کر دیں۔ آپ کو کیا کرنا چاہیے؟
guide-helping-others-question-present-wait = اس وقت تک انتظار کریں جب تک وہ خود وہاں نہ ہو۔
guide-helping-others-question-present-wait-feedback = درست۔ جب آپ { -mitid } کے کاموں میں مدد کرتے ہیں تو اس شخص کا خود وہاں موجود ہونا ضروری ہے۔
guide-helping-others-question-present-borrow-phone = اس کا فون لے لیں، اور یہ کام اکیلے کر دیں۔
guide-helping-others-question-present-borrow-phone-feedback = نہیں۔ آپ کسی اور کا فون اپنے پاس نہیں رکھ سکتے، اور اس کا خود وہاں ہونا ضروری ہے۔

guide-helping-others-question-may = آپ اپنے چچا کو { -mitid } حاصل کرنے میں مدد دے رہے ہیں۔ آپ کیا کر سکتے ہیں؟
guide-helping-others-question-may-sms-code = ان کا فون نمبر اور SMS والا کوڈ لکھنا۔
guide-helping-others-question-may-sms-code-feedback = درست۔ مدد کرنے والا فون نمبر، ای میل اور SMS میں آنے والا کوڈ لکھ سکتا ہے۔
guide-helping-others-question-may-choose-pin = ان کی جگہ ان کا پن کوڈ چننا۔
guide-helping-others-question-may-choose-pin-feedback = نہیں۔ تب آپ کو ان کا پن کوڈ معلوم ہو جائے گا۔ وہ اسے خود چنتے ہیں، اور آپ دوسری طرف دیکھتے ہیں۔
guide-helping-others-question-may-note-user-id = ان کا یوزر آئی ڈی لکھ کر اپنے پاس رکھنا۔
guide-helping-others-question-may-note-user-id-feedback = نہیں۔ مدد کرنے والے کو کسی اور کا یوزر آئی ڈی معلوم نہیں ہونا چاہیے۔ آپ یہ سمجھا سکتے ہیں کہ محفوظ یوزر آئی ڈی کیسا ہوتا ہے۔
