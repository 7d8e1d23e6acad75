guide-report-a-move-title = گھر بدلنے کی اطلاع دیں
guide-report-a-move-summary = { -borger-dk } پر گھر بدلنے کی اطلاع کیسے دیں، اور کب دیں۔

guide-report-a-move-how-title = { -borger-dk } پر گھر بدلنے کی اطلاع دیں
guide-report-a-move-how-body =
    جب آپ گھر بدلتے ہیں تو آپ خود { -borger-dk } پر اس کی اطلاع دیتے ہیں۔
    «Meld flytning» (گھر بدلنے کی اطلاع دیں) تلاش کریں، اور اپنے { -mitid } سے لاگ اِن کریں۔
    پھر آپ «Anmeld flytning til folkeregisteret» (پتوں کے سرکاری رجسٹر میں گھر بدلنے کی اطلاع) والا فارم بھرتے ہیں۔
    آپ اپنا نیا پتہ اور گھر بدلنے کا دن لکھتے ہیں۔

guide-report-a-move-when-title = گھر بدلنے کی اطلاع کب دینی ہے؟
guide-report-a-move-when-body =
    آپ گھر بدلنے سے زیادہ سے زیادہ { $move-report-days-before ->
        [one] { $move-report-days-before } دن
       *[other] { $move-report-days-before } دن
    } پہلے اطلاع دے سکتے ہیں۔
    آپ کو گھر بدلنے کے بعد زیادہ سے زیادہ { $move-report-days-after ->
        [one] { $move-report-days-after } دن
       *[other] { $move-report-days-after } دن
    } کے اندر اطلاع دینی ہوگی۔
    اگر آپ دیر سے اطلاع دیں تو آپ کو جرمانہ ہو سکتا ہے۔
    اگر آپ کے سوالات ہوں تو { -borgerservice } سے پوچھیں۔

guide-report-a-move-doctor-title = ڈاکٹر چنیں
guide-report-a-move-doctor-body =
    اسی فارم میں «Lægevalg» (ڈاکٹر کا انتخاب) آتا ہے۔
    آپ اپنا موجودہ ڈاکٹر رکھ سکتے ہیں۔ یا آپ نیا ڈاکٹر چن سکتے ہیں۔
    یہ انتخاب آپ کو تب ملتا ہے جب آپ { $doctor-change-km } کلومیٹر سے زیادہ دور جاتے ہیں۔
    København، Frederiksberg، Tårnby اور Dragør میں یہ انتخاب آپ کو { $doctor-change-km-capital } کلومیٹر سے زیادہ دور جانے پر ہی مل جاتا ہے۔
    گھر بدلنے پر ڈاکٹر بدلنا مفت ہے۔

guide-report-a-move-after-title = اطلاع بھیجنے کے بعد
guide-report-a-move-after-body =
    PostNord (ڈاک کا ادارہ) کو آپ کے نئے پتے کی اطلاع خود بخود مل جاتی ہے۔ آپ کو خود بتانے کی ضرورت نہیں۔
    تقریباً { $health-card-weeks ->
        [one] { $health-card-weeks } ہفتے
       *[other] { $health-card-weeks } ہفتوں
    } میں آپ کو نیا «Sundhedskort» (ہیلتھ کارڈ) ملے گا۔

guide-report-a-move-help-title = مدد لیں
guide-report-a-move-help-body =
    اگر آپ کو مدد چاہیے تو { -digital-hotline } کو { $digital-hotline-phone } پر فون کریں۔
    کوئی اور بھی «Digital fuldmagt» (ڈیجیٹل مختار نامہ) کے ذریعے آپ کی طرف سے گھر بدلنے کی اطلاع دے سکتا ہے۔
    تب وہ شخص اپنے { -mitid } سے لاگ اِن کرتا ہے، آپ کے { -mitid } سے نہیں۔

guide-report-a-move-question-deadline = آپ اگلے ہفتے گھر بدل رہے ہیں۔ کیا آپ ابھی سے اس کی اطلاع دے سکتے ہیں؟
guide-report-a-move-question-deadline-before = ہاں۔ ابھی اطلاع دی جا سکتی ہے۔
guide-report-a-move-question-deadline-before-feedback = درست۔ آپ گھر بدلنے سے زیادہ سے زیادہ { $move-report-days-before ->
        [one] { $move-report-days-before } دن
       *[other] { $move-report-days-before } دن
    } پہلے اطلاع دے سکتے ہیں۔
guide-report-a-move-question-deadline-month-after = نہیں۔ پہلے وہاں ایک مہینہ رہ لوں، پھر اطلاع دوں۔
guide-report-a-move-question-deadline-month-after-feedback = نہیں۔ آپ کو گھر بدلنے کے بعد زیادہ سے زیادہ { $move-report-days-after ->
        [one] { $move-report-days-after } دن
       *[other] { $move-report-days-after } دن
    } کے اندر اطلاع دینی ہوگی۔ اگر آپ دیر سے اطلاع دیں تو آپ کو جرمانہ ہو سکتا ہے۔
