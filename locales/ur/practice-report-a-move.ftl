practice-report-a-move-title = { -borger-dk } پر گھر بدلنے کی اطلاع دیں

practice-report-a-move-self-service-guidance =
    آپ گھر بدلنے والے ہیں۔ آپ خود { -borger-dk } پر اس کی اطلاع دیتے ہیں۔
    یہ ایک سیلف سروس ہے۔
    «Meld flytning» (گھر بدلنے کی اطلاع دیں) کا لنک تلاش کریں۔
practice-report-a-move-self-service-hint = «Meld flytning» کے لنک پر دبائیں۔
practice-report-a-move-self-service-power-of-attorney-feedback = «Digital fuldmagt» (ڈیجیٹل مختار نامہ) تب کے لیے ہے جب کسی اور کو آپ کی مدد کرنی ہو۔ یہاں آپ خود اپنے گھر بدلنے کی اطلاع دینا چاہتے ہیں۔ «Meld flytning» دبائیں۔

practice-report-a-move-move-page-guidance =
    یہاں آپ گھر بدلنے کی اطلاع دیتے ہیں۔
    پہلے آپ کو اپنے { -mitid } سے لاگ اِن کرنا ہوگا۔
    «Log på» دبائیں۔
practice-report-a-move-move-page-hint = «Log på» کا بٹن دبائیں۔

practice-report-a-move-mitid-box-guidance =
    اب { -mitid } کا باکس کھلا ہے۔
    «Bruger-ID» والے خانے میں مشق کا یوزر آئی ڈی لکھیں۔ اپنا اصلی یوزر آئی ڈی کبھی نہ لکھیں۔
    پھر «Fortsæt» دبائیں۔
practice-report-a-move-mitid-box-hint = مثلاً «{ $practice-user-id }» لکھیں اور «Fortsæt» دبائیں۔
practice-report-a-move-mitid-box-forgot-feedback = یہ لنک اس وقت کے لیے ہے جب آپ اپنا یوزر آئی ڈی بھول گئے ہوں۔ یہاں آپ اسے جانتے ہیں: اسے خانے میں لکھیں اور «Fortsæt» دبائیں۔

practice-report-a-move-app-request-guidance =
    اب آپ کے فون پر { -mitid } ایپ میں ایک درخواست آتی ہے۔
    پڑھیں کہ کون پوچھ رہا ہے: { -borger-dk }۔ لاگ اِن آپ نے خود شروع کیا ہے، اس لیے متن درست ہے۔
    منظوری کے لیے انگلی سے سوائپ کریں۔
practice-report-a-move-app-request-hint = منظوری کے لیے تیر کو خانے کے دوسرے سرے تک کھینچیں۔
practice-report-a-move-app-request-reject-feedback = یہاں { -borger-dk } پر لاگ اِن آپ نے خود شروع کیا ہے، اور متن درست ہے۔ اس لیے منظوری دینا ہی ٹھیک ہے۔ انکار صرف تب کریں جب آپ نے خود کچھ شروع نہ کیا ہو۔

practice-report-a-move-form-guidance =
    آپ لاگ اِن ہو گئے ہیں۔ اب آپ «Anmeld flytning til folkeregisteret» (پتوں کے سرکاری رجسٹر میں گھر بدلنے کی اطلاع) والا فارم بھرتے ہیں۔
    اپنا نیا پتہ اور گھر بدلنے کا دن لکھیں۔
    آپ گھر بدلنے سے { $move-report-days-before ->
        [one] { $move-report-days-before } دن
       *[other] { $move-report-days-before } دن
    } پہلے سے لے کر گھر بدلنے کے { $move-report-days-after ->
        [one] { $move-report-days-after } دن
       *[other] { $move-report-days-after } دن
    } بعد تک اطلاع دے سکتے ہیں۔
    اگر آپ دیر سے اطلاع دیں تو آپ کو جرمانہ ہو سکتا ہے۔
    اگر آپ کے سوالات ہوں تو { -borgerservice } سے پوچھیں۔
practice-report-a-move-form-hint = «Ny adresse» (نیا پتہ) میں «{ $practice-address }» اور «Flyttedato» (گھر بدلنے کی تاریخ) میں «{ $practice-move-date }» لکھیں۔ پھر «Næste» (اگلا) دبائیں۔
practice-report-a-move-form-next-check-feedback = «Flyttedato» میں لکھی ہوئی تاریخ درست نہیں۔ اس مشق میں آپ { $practice-move-date } کو گھر بدل رہے ہیں۔ تاریخ بالکل اسی طرح لکھیں۔

practice-report-a-move-date-error-guidance = تاریخ قبول نہیں ہوئی۔ «Prøv igen» (دوبارہ کوشش کریں) دبائیں، اور تاریخ دوبارہ لکھیں۔
practice-report-a-move-date-error-hint = «Prøv igen» دبائیں۔

practice-report-a-move-doctor-guidance =
    اب «Lægevalg» (ڈاکٹر کا انتخاب) آتا ہے۔
    آپ اپنا ڈاکٹر رکھ سکتے ہیں، یا نیا ڈاکٹر چن سکتے ہیں۔
    اس مشق میں آپ { $doctor-change-km } کلومیٹر سے زیادہ دور جا رہے ہیں۔
    آپ اپنے نئے گھر کے قریب کوئی ڈاکٹر چاہتے ہیں۔
    گھر بدلنے پر نیا ڈاکٹر چننا مفت ہے۔
practice-report-a-move-doctor-hint = «Vælg ny læge» (نیا ڈاکٹر چنیں) دبائیں۔
practice-report-a-move-doctor-keep-feedback = آپ اپنا ڈاکٹر رکھ سکتے ہیں۔ لیکن یہاں آپ اپنے نئے گھر کے قریب ڈاکٹر چاہتے ہیں۔ «Vælg ny læge» دبائیں۔

practice-report-a-move-doctor-list-guidance =
    یہ وہ ڈاکٹر ہیں جنہیں آپ چن سکتے ہیں۔
    آپ کا نیا پتہ Øvelsby میں ہے۔
    Øvelsby والا ڈاکٹر چنیں۔
practice-report-a-move-doctor-list-hint = Øvelsby والے ڈاکٹر پر دبائیں۔
practice-report-a-move-doctor-list-far-feedback = یہ ڈاکٹر Gammelby میں ہے، آپ کے نئے گھر سے دور۔ Øvelsby والا ڈاکٹر چنیں، جو آپ کے نئے پتے کے قریب ہے۔

practice-report-a-move-summary-guidance =
    دیکھ لیں کہ پتہ، تاریخ اور ڈاکٹر درست ہیں۔
    سب کچھ درست ہے۔ «Send» (بھیجیں) دبائیں۔
practice-report-a-move-summary-hint = «Send» کا بٹن دبائیں۔
practice-report-a-move-summary-back-feedback = «Tilbage» (واپس) سے آپ کچھ ٹھیک کر سکتے ہیں۔ یہاں سب کچھ درست ہے۔ «Send» دبائیں۔

practice-report-a-move-receipt-guidance =
    بہت خوب! آپ نے گھر بدلنے کی اطلاع دے دی ہے۔
    آپ کو PostNord (ڈاک کا ادارہ) کو خود بتانے کی ضرورت نہیں۔ یہ خود بخود ہو جاتا ہے۔
    تقریباً { $health-card-weeks ->
        [one] { $health-card-weeks } ہفتے
       *[other] { $health-card-weeks } ہفتوں
    } میں آپ کو نیا «Sundhedskort» (ہیلتھ کارڈ) ملے گا۔
