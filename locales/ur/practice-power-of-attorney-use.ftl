practice-power-of-attorney-use-title = ڈیجیٹل مختار نامہ استعمال کریں

practice-power-of-attorney-use-start-guidance =
    آپ کی والدہ، { $practice-mother-name }، گھر بدل رہی ہیں۔
    انہوں نے آپ کو اپنی طرف سے گھر بدلنے کی اطلاع دینے کا ڈیجیٹل مختار نامہ دیا ہے۔
    آپ لاگ اِن کرنے سے شروع کرتے ہیں۔ «Log på» دبائیں۔
practice-power-of-attorney-use-start-hint = «Log på» کا بٹن دبائیں۔

practice-power-of-attorney-use-mitid-box-guidance =
    آپ کی والدہ کہتی ہیں: «تم بس میرا یوزر آئی ڈی استعمال کر لو۔»
    آپ کو اس کی اجازت نہیں۔ کسی کو بھی کسی دوسرے کا { -mitid } استعمال کرنے کی اجازت نہیں، مختار نامے کے ساتھ بھی نہیں۔
    آپ اپنے { -mitid } سے لاگ اِن کرتے ہیں۔ اپنا مشق کا یوزر آئی ڈی لکھیں، اور «Fortsæt» دبائیں۔
practice-power-of-attorney-use-mitid-box-hint = اپنا مشق کا یوزر آئی ڈی «{ $practice-user-id }» لکھیں اور «Fortsæt» دبائیں۔
practice-power-of-attorney-use-mitid-box-continue-check-feedback = یہ آپ کا اپنا مشق کا یوزر آئی ڈی نہیں ہے۔ کسی اور کے یوزر آئی ڈی سے آپ اس شخص کی جگہ لاگ اِن ہوتے ہیں۔ ایسا کبھی نہ کریں۔ آپ کا اپنا مشق کا یوزر آئی ڈی «{ $practice-user-id }» ہے۔

practice-power-of-attorney-use-other-phone-guidance =
    آپ نے اپنا یوزر آئی ڈی نہیں لکھا۔ فرض کریں کہ یہ آپ کی والدہ کا تھا۔
    اب درخواست آپ کی والدہ کے فون پر { -mitid } ایپ میں آ گئی ہے۔
    اگر آپ یا آپ کی والدہ منظوری دیں تو آپ ان کی جگہ لاگ اِن ہو جائیں گے۔ کسی کو اس کی اجازت نہیں۔
    درخواست رد کریں، اور اپنے { -mitid } سے لاگ اِن کریں۔
practice-power-of-attorney-use-other-phone-hint = منظور نہ کریں۔ درخواست کے نیچے وہ بٹن دبائیں جو اسے رد کرتا ہے۔
practice-power-of-attorney-use-other-phone-approve-feedback =
    رکیں: یہ آپ کی والدہ کا { -mitid } ہے۔ کسی کو بھی کسی دوسرے کا { -mitid } استعمال کرنے کی اجازت نہیں۔ یہ بات گھر والوں اور مختار نامہ رکھنے والوں پر بھی لاگو ہوتی ہے۔
    آپ ہمیشہ اپنے { -mitid } سے لاگ اِن کرتے ہیں، اور پھر صفحے کے اندر دوسرے شخص کو چنتے ہیں۔
    درخواست رد کریں۔

practice-power-of-attorney-use-app-login-guidance =
    اب آپ کے اپنے فون پر { -mitid } ایپ میں ایک درخواست آتی ہے۔
    پڑھیں کہ کون پوچھ رہا ہے: { -borger-dk }۔ لاگ اِن آپ نے خود شروع کیا ہے، اس لیے متن درست ہے۔
    منظوری کے لیے انگلی سے سوائپ کریں۔
practice-power-of-attorney-use-app-login-hint = منظوری کے لیے تیر کو خانے کے دوسرے سرے تک کھینچیں۔
practice-power-of-attorney-use-app-login-reject-feedback = یہاں { -borger-dk } پر لاگ اِن آپ نے خود اپنے { -mitid } سے شروع کیا ہے، اور متن درست ہے۔ اس لیے منظوری دینا ہی ٹھیک ہے۔

practice-power-of-attorney-use-logged-in-guidance =
    آپ اپنے نام سے لاگ اِن ہیں۔
    آپ اپنی والدہ کی طرف سے گھر بدلنے کی اطلاع دینا چاہتے ہیں۔ اس کے لیے آپ کو ان کا نام چننا ہوگا۔
    «Vælg person» (شخص چنیں) دبائیں۔
practice-power-of-attorney-use-logged-in-hint = «Vælg person» کا بٹن دبائیں۔

practice-power-of-attorney-use-people-guidance =
    یہاں آپ چنتے ہیں کہ آپ کس کی طرف سے کام کرنا چاہتے ہیں۔
    اپنی والدہ، { $practice-mother-name }، کو چنیں۔
practice-power-of-attorney-use-people-hint = «{ $practice-mother-name }» دبائیں۔
practice-power-of-attorney-use-people-self-feedback = یہ آپ خود ہیں۔ اس طرح آپ اپنے گھر بدلنے کی اطلاع دیں گے۔ اپنی والدہ، { $practice-mother-name }، کو چنیں۔

practice-power-of-attorney-use-confirm-guidance =
    آپ نے اپنی والدہ کو چن لیا ہے۔
    ان کی طرف سے کام کرنے کے لیے «Bekræft» (تصدیق کریں) دبائیں۔
practice-power-of-attorney-use-confirm-hint = «Bekræft» کا بٹن دبائیں۔
practice-power-of-attorney-use-confirm-cancel-feedback = «Annuller» (منسوخ کریں) سے آپ رک جاتے ہیں، اور اپنی والدہ کی طرف سے کام نہیں کرتے۔ «Bekræft» دبائیں۔

practice-power-of-attorney-use-move-form-guidance =
    اب آپ اپنی والدہ کی طرف سے کام کر رہے ہیں۔
    ان کا نیا پتہ اور ان کے گھر بدلنے کا دن لکھیں۔
    پھر «Send» (بھیجیں) دبائیں۔
practice-power-of-attorney-use-move-form-hint = «Ny adresse» (نیا پتہ) میں «{ $practice-address }» اور «Flyttedato» (گھر بدلنے کی تاریخ) میں «{ $practice-move-date }» لکھیں۔ پھر «Send» دبائیں۔

practice-power-of-attorney-use-done-guidance =
    بہت خوب! آپ نے اپنی والدہ کی طرف سے گھر بدلنے کی اطلاع دے دی ہے۔
    آپ نے اپنا { -mitid } استعمال کیا، اور «Vælg person» اور «Bekræft» سے ان کو چنا۔
    مختار نامہ اسی طرح استعمال کرتے ہیں۔
