guide-digital-power-of-attorney-title = ڈیجیٹل مختار نامہ
guide-digital-power-of-attorney-summary = کسی اور کو اپنی طرف سے آن لائن کوئی کام کرنے دیں، یا کسی اور کی طرف سے کوئی کام کریں۔

guide-digital-power-of-attorney-what-title = ڈیجیٹل مختار نامہ کیا ہے؟
guide-digital-power-of-attorney-what-body =
    «Digital fuldmagt» (ڈیجیٹل مختار نامہ) کے ذریعے کوئی دوسرا شخص آن لائن کسی کام میں آپ کی مدد کر سکتا ہے۔
    جو شخص مختار نامہ دیتا ہے، اسے «Fuldmagtsgiver» (مختار نامہ دینے والا) کہتے ہیں۔
    جس شخص کو مختار نامہ ملتا ہے، اسے «Fuldmagtshaver» (مختار نامہ رکھنے والا) کہتے ہیں۔
    «Fuldmagtshaver» آپ کی معلومات دیکھ سکتا ہے یا آپ کی طرف سے کام کر سکتا ہے، مثلاً آپ کے ٹیسٹ کے نتائج دیکھنا یا آپ کے گھر بدلنے کی اطلاع دینا۔

guide-digital-power-of-attorney-covers-title = یہ کن کاموں کے لیے ہوتا ہے؟
guide-digital-power-of-attorney-covers-body =
    مختار نامہ صرف سرکاری اداروں کی کچھ خاص سیلف سروسز کے لیے ہوتا ہے۔
    عام طور پر یہ ایک کام کے لیے ہوتا ہے۔
    سب سرکاری ادارے اس میں شامل نہیں۔ اس لیے آپ مختار نامہ ہر جگہ استعمال نہیں کر سکتے۔

guide-digital-power-of-attorney-who-title = اسے کون استعمال کر سکتا ہے؟
guide-digital-power-of-attorney-who-body =
    آپ دونوں میں سے کم از کم ایک کے پاس { -mitid } ہونا چاہیے۔
    آپ دونوں کی عمر { $power-of-attorney-min-age } سال سے زیادہ ہونی چاہیے۔
    آپ دونوں کو یہ بھی سمجھنا چاہیے کہ مختار نامے کا کیا مطلب ہے۔
    اگر کوئی شخص خود { -mitid } استعمال نہیں کر سکتا تو { -borgerservice } کو اسے { -mitid } دینے کی اجازت نہیں۔
    تب اس کے بجائے مختار نامہ یا استثنا مدد کر سکتا ہے۔

guide-digital-power-of-attorney-give-title = مختار نامہ کیسے دیں
guide-digital-power-of-attorney-give-body =
    آپ خود اپنے { -mitid } سے { -borger-dk } پر مختار نامہ دے سکتے ہیں۔
    آپ چنتے ہیں کہ یہ کسے ملے، اور یہ کس کام کے لیے ہو۔
    مددگار بھی مختار نامہ مانگ سکتا ہے۔ تب آپ دستخط کرتے ہیں، ڈیجیٹل طور پر یا کاغذ پر۔
    اگر آپ کاغذ پر دستخط کرتے ہیں تو تمام صفحات { -borgerservice } میں جمع کروانے ہوں گے۔

guide-digital-power-of-attorney-use-title = مختار نامہ کیسے استعمال کریں
guide-digital-power-of-attorney-use-body =
    اگر آپ کو مختار نامہ ملا ہے تو آپ اپنے { -mitid } سے لاگ اِن کرتے ہیں۔
    پھر «Vælg person» (شخص چنیں) دبائیں، اور وہ شخص چنیں جس کی آپ مدد کر رہے ہیں۔
    «Bekræft» (تصدیق کریں) دبائیں۔
    اب آپ دوسرے شخص کی طرف سے کام کر رہے ہیں۔

guide-digital-power-of-attorney-own-mitid-title = ہمیشہ اپنا { -mitid }
guide-digital-power-of-attorney-own-mitid-body =
    کسی کو بھی کسی دوسرے کا { -mitid } استعمال کرنے کی اجازت نہیں۔
    یہ گھر والوں، سرپرستوں اور مختار نامہ رکھنے والوں پر بھی لاگو ہوتا ہے۔
    آپ ہمیشہ اپنے { -mitid } سے لاگ اِن کرتے ہیں، اور پھر سیلف سروس کے اندر دوسرے شخص کو چنتے ہیں۔
    اگر آپ اپنی { -mitid } کی معلومات کسی اور کو دیتے ہیں، تو غلط استعمال کا نقصان آپ کو خود بھرنا پڑ سکتا ہے۔
    اگر آپ کے سوالات ہوں تو { -borgerservice } یا { -mitid-support } سے پوچھیں۔

guide-digital-power-of-attorney-question-log-in = آپ کے والد نے آپ کو مختار نامہ دیا ہے۔ آپ کو ان کی طرف سے گھر بدلنے کی اطلاع دینی ہے۔ آپ کیسے لاگ اِن کریں گے؟
guide-digital-power-of-attorney-question-log-in-own = اپنے { -mitid } سے۔ پھر «Vælg person» دبانا ہے۔
guide-digital-power-of-attorney-question-log-in-own-feedback = درست۔ آپ اپنے { -mitid } سے لاگ اِن کرتے ہیں، اور صفحے کے اندر اپنے والد کو چنتے ہیں۔
guide-digital-power-of-attorney-question-log-in-grantor = اپنے والد کے { -mitid } سے، کیونکہ انہوں نے اجازت دی ہے۔
guide-digital-power-of-attorney-question-log-in-grantor-feedback = نہیں۔ کسی کو بھی کسی دوسرے کا { -mitid } استعمال کرنے کی اجازت نہیں، مختار نامے کے ساتھ بھی نہیں۔ اپنے { -mitid } سے لاگ اِن کریں، اور «Vælg person» دبائیں۔
