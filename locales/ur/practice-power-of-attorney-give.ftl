practice-power-of-attorney-give-title = ڈیجیٹل مختار نامہ دیں

practice-power-of-attorney-give-start-guidance =
    { $practice-holder-name } گھر بدلنے کی اطلاع دینے میں آپ کی مدد کرنا چاہتے ہیں۔
    اس کے لیے آپ کو { -borger-dk } پر { $practice-holder-name } کو ڈیجیٹل مختار نامہ دینا ہوگا۔
    پہلے آپ اپنے { -mitid } سے لاگ اِن کرتے ہیں۔ «Log på» دبائیں۔
practice-power-of-attorney-give-start-hint = «Log på» کا بٹن دبائیں۔

practice-power-of-attorney-give-mitid-box-guidance =
    اب { -mitid } کا باکس کھلا ہے۔
    «Bruger-ID» والے خانے میں مشق کا یوزر آئی ڈی لکھیں۔ اپنا اصلی یوزر آئی ڈی کبھی نہ لکھیں۔
    پھر «Fortsæt» دبائیں۔
practice-power-of-attorney-give-mitid-box-hint = مثلاً «{ $practice-user-id }» لکھیں اور «Fortsæt» دبائیں۔

practice-power-of-attorney-give-app-login-guidance =
    اب آپ کے فون پر { -mitid } ایپ میں ایک درخواست آتی ہے۔
    پڑھیں کہ کون پوچھ رہا ہے: { -borger-dk }۔ لاگ اِن آپ نے خود شروع کیا ہے، اس لیے متن درست ہے۔
    منظوری کے لیے انگلی سے سوائپ کریں۔
practice-power-of-attorney-give-app-login-hint = منظوری کے لیے تیر کو خانے کے دوسرے سرے تک کھینچیں۔
practice-power-of-attorney-give-app-login-reject-feedback = یہاں { -borger-dk } پر لاگ اِن آپ نے خود شروع کیا ہے، اور متن درست ہے۔ اس لیے منظوری دینا ہی ٹھیک ہے۔ انکار صرف تب کریں جب آپ نے خود کچھ شروع نہ کیا ہو۔

practice-power-of-attorney-give-overview-guidance =
    آپ «Digital fuldmagt» (ڈیجیٹل مختار نامہ) میں لاگ اِن ہو گئے ہیں۔
    مختار نامہ آپ دے رہے ہیں، اس لیے آپ «Fuldmagtsgiver» (مختار نامہ دینے والا) ہیں۔
    «Giv fuldmagt» (مختار نامہ دیں) دبائیں۔
practice-power-of-attorney-give-overview-hint = «Giv fuldmagt» کا بٹن دبائیں۔

practice-power-of-attorney-give-holder-guidance =
    لکھیں کہ مختار نامہ کسے مل رہا ہے۔ اس شخص کو «Fuldmagtshaver» (مختار نامہ رکھنے والا) کہتے ہیں۔
    اس مشق میں یہ { $practice-holder-name } ہیں۔
    آپ دونوں کی عمر { $power-of-attorney-min-age } سال سے زیادہ ہونی چاہیے، اور دونوں کو سمجھنا چاہیے کہ مختار نامے کا کیا مطلب ہے۔
    نام اور CPR نمبر لکھیں، اور «Næste» (اگلا) دبائیں۔
practice-power-of-attorney-give-holder-hint = «Navn» (نام) میں «{ $practice-holder-name }» اور «CPR-nummer» میں «{ $practice-cpr }» لکھیں۔ پھر «Næste» دبائیں۔

practice-power-of-attorney-give-task-guidance =
    چنیں کہ مختار نامہ کس کام کے لیے ہو۔
    مختار نامہ عام طور پر ایک کام کے لیے ہوتا ہے۔
    { $practice-holder-name } کو گھر بدلنے کی اطلاع دینے میں آپ کی مدد کرنی ہے۔
practice-power-of-attorney-give-task-hint = «Meld flytning» (گھر بدلنے کی اطلاع دیں) دبائیں۔
practice-power-of-attorney-give-task-test-results-feedback = یہ مختار نامہ آپ کے ٹیسٹ کے نتائج کے لیے ہے۔ یہاں { $practice-holder-name } کو صرف گھر بدلنے کی اطلاع دینے میں آپ کی مدد کرنی ہے۔ «Meld flytning» دبائیں۔

practice-power-of-attorney-give-end-date-guidance =
    «Slutdato» (آخری تاریخ) میں لکھیں کہ مختار نامہ کب تک چلے گا۔
    پھر «Bekræft» (تصدیق کریں) دبائیں۔
practice-power-of-attorney-give-end-date-hint = «Slutdato» میں «{ $practice-end-date }» لکھیں۔ پھر «Bekræft» دبائیں۔
practice-power-of-attorney-give-end-date-cancel-feedback = «Annuller» (منسوخ کریں) سے آپ رک جاتے ہیں، اور مختار نامہ نہیں دیا جاتا۔ آپ اسے دینا چاہتے ہیں۔ «Bekræft» دبائیں۔

practice-power-of-attorney-give-app-sign-guidance =
    آپ اپنے { -mitid } سے مختار نامہ دیتے ہیں۔
    ایپ میں پڑھیں کہ کون پوچھ رہا ہے، اور آپ کس چیز کی منظوری دے رہے ہیں۔ یہ { -borger-dk } ہے، اور بات مختار نامے کی ہے۔
    سب درست ہے۔ منظوری کے لیے انگلی سے سوائپ کریں۔
practice-power-of-attorney-give-app-sign-hint = منظوری کے لیے تیر کو خانے کے دوسرے سرے تک کھینچیں۔
practice-power-of-attorney-give-app-sign-reject-feedback = مختار نامہ آپ نے خود شروع کیا ہے، اور متن درست ہے۔ اس لیے منظوری دینا ہی ٹھیک ہے۔ انکار صرف تب کریں جب آپ نے خود کچھ شروع نہ کیا ہو۔

practice-power-of-attorney-give-done-guidance =
    بہت خوب! آپ نے { $practice-holder-name } کو اپنی طرف سے گھر بدلنے کی اطلاع دینے کا مختار نامہ دے دیا ہے۔
    { $practice-holder-name } اپنے { -mitid } سے لاگ اِن کرتے ہیں، آپ کے { -mitid } سے نہیں۔
    اگر مختار ناموں کے بارے میں آپ کے سوالات ہوں تو { -borgerservice } سے پوچھیں۔
