guide-what-is-digital-post-title = { -digital-post } کیا ہے؟
guide-what-is-digital-post-summary = سرکاری اداروں کے خطوط کے لیے آپ کا محفوظ میل باکس، اور اسے استعمال کرنے کا طریقہ۔

guide-what-is-digital-post-what-title = ایک محفوظ میل باکس
guide-what-is-digital-post-what-body =
    { -digital-post } سرکاری اداروں کے خطوط کے لیے ایک محفوظ میل باکس ہے۔
    جب آپ { $digital-post-min-age } سال کے ہو جاتے ہیں تو یہ آپ کو خود بخود مل جاتی ہے۔
    اسے کھولنے کے لیے آپ کو { -mitid } کی ضرورت ہوتی ہے۔

guide-what-is-digital-post-duty-title = اپنی ڈاک پڑھنا ضروری ہے
guide-what-is-digital-post-duty-body =
    اگر آپ کی عمر { $digital-post-min-age } سال یا اس سے زیادہ ہے، آپ کے پاس CPR نمبر ہے اور آپ ڈنمارک میں رہتے ہیں، تو { -digital-post } لازمی ہے۔
    اپنی ڈاک پڑھنا آپ کی ذمہ داری ہے۔
    کوئی خط پہنچتے ہی موصول شدہ سمجھا جاتا ہے، چاہے آپ نے اسے نہ پڑھا ہو۔
    اگر آپ کے اپنے فرائض کے بارے میں سوالات ہوں تو { -borgerservice } سے پوچھیں۔

guide-what-is-digital-post-where-title = ایک میل باکس، چار جگہیں
guide-what-is-digital-post-where-body =
    آپ ایک ہی میل باکس چار جگہوں پر کھول سکتے ہیں: { -borger-dk } پر، { -digital-post } ایپ میں، { -e-boks } میں اور { -mit-dk } پر۔
    { -digital-post } ایپ صرف سرکاری اداروں کی ڈاک دکھاتی ہے۔
    { -e-boks } سرکاری ڈاک صرف تب دکھاتا ہے جب آپ اس کی اجازت دے دیں۔
    نجی کمپنیوں کے خطوط، جیسے آپ کے بینک کے، { -e-boks } میں یا { -mit-dk } پر آ سکتے ہیں۔

guide-what-is-digital-post-inbox-title = اِن باکس اور نئے خطوط
guide-what-is-digital-post-inbox-body =
    { -borger-dk } پر پہلا صفحہ آپ کا اِن باکس «Indbakke» ہوتا ہے۔
    کسی خط کو کھولنے کے لیے اس کے عنوان پر کلک کریں۔
    جب نئی ڈاک آتی ہے تو آپ کو ای میل یا SMS ملتا ہے، بشرطیکہ آپ نے اپنی رابطے کی معلومات درج کی ہوں۔

guide-what-is-digital-post-reply-title = خط کا جواب دیں
guide-what-is-digital-post-reply-body =
    «Besvar» (جواب دیں) آپ صرف تب استعمال کر سکتے ہیں جب ادارہ جواب کی اجازت دیتا ہو۔
    اگر «Besvar» نظر نہ آئے تو اس کے بجائے نیا پیغام لکھیں۔
    «Skriv ny besked» دبائیں، اور «Vælg myndighed» میں وہ ادارہ چنیں جسے آپ لکھ رہے ہیں۔
    موضوع اور متن لکھیں، پھر «Send» دبائیں۔

guide-what-is-digital-post-access-title = کسی اور سے مدد لیں
guide-what-is-digital-post-access-body =
    آپ کسی دوسرے شخص کو اپنی { -digital-post } تک رسائی دے سکتے ہیں۔
    پڑھنے کی رسائی سے وہ شخص آپ کے خطوط پڑھ سکتا ہے، اور «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) سے وہ آپ کی طرف سے لکھ اور جواب بھی دے سکتا ہے۔
    اپنی ڈاک پڑھنا پھر بھی آپ ہی کی ذمہ داری ہے۔
    { -borgerservice } رسائی دینے میں آپ کی مدد کر سکتا ہے۔

guide-what-is-digital-post-exemption-title = استثنا
guide-what-is-digital-post-exemption-body =
    اگر آپ { -digital-post } استعمال نہیں کر سکتے تو آپ استثنا («Fritagelse») کی درخواست دے سکتے ہیں۔
    وجوہات مثلاً یہ ہو سکتی ہیں: زبان کی رکاوٹ، کوئی معذوری، یا گھر پر انٹرنیٹ والا کمپیوٹر نہ ہونا (اسمارٹ فون یا ٹیبلٹ بھی کمپیوٹر شمار ہوتا ہے)۔
    آپ کو شناختی دستاویز کے ساتھ خود { -borgerservice } جانا ہوگا۔
    آپ کو یہ بتانا ضروری نہیں کہ کون سی وجہ لاگو ہوتی ہے، اور آپ کسی بھی وقت استثنا ختم کروا سکتے ہیں۔
