# Udbetaling Danmark, Skattestyrelsen and the folder names »Bolig«, »Skat« and »Kommunen« stay in
# Danish, in Latin letters, as on the screen.

practice-digital-post-folders-title = فولڈر، خط ڈیلیٹ کرنا اور پڑھنے کی رسائی

practice-digital-post-folders-inbox-guidance =
    آپ اپنے «Indbakke» (اِن باکس) میں ہیں۔ یہاں Udbetaling Danmark (سرکاری امداد دینے والا ادارہ) کا ایک خط ہے، جو آپ کی رہائشی امداد کے بارے میں ہے۔
    آپ اسے ایک فولڈر میں رکھنا چاہتے ہیں۔ اس طرح یہ دوبارہ آسانی سے مل جائے گا۔
    خط کھولیں۔
practice-digital-post-folders-inbox-hint = عنوان «Din boligstøtte» (آپ کی رہائشی امداد) پر دبائیں۔
practice-digital-post-folders-inbox-open-reminder-feedback = اس خط کی باری تھوڑی دیر میں آئے گی۔ پہلے «Din boligstøtte» والا خط کھولیں۔
practice-digital-post-folders-inbox-open-tax-feedback = یہ خط جہاں ہے وہیں رہ سکتا ہے۔ «Din boligstøtte» والا خط کھولیں۔
practice-digital-post-folders-inbox-folders-feedback = «Mapper» (فولڈر) میں آپ کو اپنے فولڈر نظر آتے ہیں۔ پہلے خط کو ایک فولڈر میں رکھنا ہے: «Din boligstøtte» والا خط کھولیں۔

practice-digital-post-folders-letter-housing-guidance =
    خط کھلا ہے۔
    اسے کسی فولڈر میں رکھنے کے لیے «Flyt» (منتقل کریں) دبائیں۔
practice-digital-post-folders-letter-housing-hint = «Flyt» دبائیں۔
practice-digital-post-folders-letter-housing-delete-feedback = آپ خط کو رکھنا چاہتے ہیں، ڈیلیٹ نہیں کرنا چاہتے۔ «Flyt» دبائیں۔
practice-digital-post-folders-letter-housing-forward-feedback = «Videresend» (آگے بھیجیں) خط کو کسی اور کے پاس آگے بھیج دیتا ہے۔ آپ اسے ایک فولڈر میں رکھنا چاہتے ہیں: «Flyt» دبائیں۔

practice-digital-post-folders-choose-folder-guidance =
    خط کے لیے ایک فولڈر چنیں۔
    خط آپ کی رہائش کے بارے میں ہے۔ فولڈر «Bolig» (رہائش) چنیں۔
    اس طرح رہائش کے بارے میں آپ کے سارے خطوط ایک ہی جگہ ہوں گے۔
practice-digital-post-folders-choose-folder-hint = «Bolig» دبائیں۔
practice-digital-post-folders-choose-folder-tax-feedback = خط رہائشی امداد کے بارے میں ہے، ٹیکس کے بارے میں نہیں۔ فولڈر «Bolig» (رہائش) چنیں۔
practice-digital-post-folders-choose-folder-municipality-feedback = خط Udbetaling Danmark کی طرف سے ہے، بلدیہ کی طرف سے نہیں۔ فولڈر «Bolig» (رہائش) چنیں۔
practice-digital-post-folders-choose-folder-cancel-feedback = اس طرح خط منتقل نہیں ہوگا۔ فولڈر «Bolig» چنیں۔

practice-digital-post-folders-inbox-moved-guidance =
    اب خط فولڈر «Bolig» میں ہے۔ وہ اب «Indbakke» میں نہیں ہے۔
    اب آپ میل باکس کی صفائی کرتے ہیں۔
    خط «Påmindelse om møde» (ملاقات کی یاد دہانی) ایک ایسی ملاقات کے بارے میں ہے جو ختم ہو چکی ہے۔ اسے کھولیں۔
practice-digital-post-folders-inbox-moved-hint = عنوان «Påmindelse om møde» پر دبائیں۔
practice-digital-post-folders-inbox-moved-open-tax-feedback = یہ خط آپ کو رکھنا ہے۔ «Påmindelse om møde» کھولیں۔
practice-digital-post-folders-inbox-moved-folders-feedback = «Mapper» (فولڈر) کی ضرورت آپ کو تھوڑی دیر میں پڑے گی۔ پہلے صفائی کریں: «Påmindelse om møde» کھولیں۔

practice-digital-post-folders-letter-reminder-guidance =
    ملاقات ختم ہو چکی ہے۔ اب آپ کو اس خط کی ضرورت نہیں۔
    «Slet» (ڈیلیٹ کریں) دبائیں۔
    صرف وہی خطوط ڈیلیٹ کریں جن کے بارے میں آپ کو یقین ہو کہ ان کی دوبارہ ضرورت نہیں پڑے گی۔
practice-digital-post-folders-letter-reminder-hint = «Slet» دبائیں۔
practice-digital-post-folders-letter-reminder-move-feedback = آپ خط کو کسی فولڈر میں بھی رکھ سکتے ہیں۔ لیکن ملاقات ختم ہو چکی ہے، اور اب آپ کو اس خط کی ضرورت نہیں۔ «Slet» دبائیں۔
practice-digital-post-folders-letter-reminder-forward-feedback = یہ خط آگے بھیجنے کی ضرورت نہیں۔ ملاقات ختم ہو چکی ہے۔ «Slet» دبائیں۔

practice-digital-post-folders-inbox-deleted-guidance =
    خط ڈیلیٹ ہو گیا ہے۔
    اب آپ اپنے پیشگی ٹیکس کے حساب کے بارے میں Skattestyrelsen (ٹیکس کا ادارہ) کا ایک پرانا خط ڈھونڈنا چاہتے ہیں۔
    وہ ایک فولڈر میں ہے۔ «Mapper» (فولڈر) دبائیں۔
practice-digital-post-folders-inbox-deleted-hint = مینو میں «Mapper» دبائیں۔
practice-digital-post-folders-inbox-deleted-open-tax-feedback = یہ آپ کے سالانہ ٹیکس کے حساب کے بارے میں ایک نیا خط ہے۔ پیشگی ٹیکس کے حساب والا پرانا خط ایک فولڈر میں ہے۔ «Mapper» دبائیں۔
practice-digital-post-folders-inbox-deleted-new-message-feedback = ابھی آپ کو کچھ لکھنا نہیں ہے۔ پرانا خط ڈھونڈنے کے لیے «Mapper» دبائیں۔

practice-digital-post-folders-folder-list-guidance =
    یہ آپ کے فولڈر ہیں۔
    ٹیکس کے ادارے Skattestyrelsen کا خط فولڈر «Skat» (ٹیکس) میں ہے۔
    فولڈر کھولیں۔
practice-digital-post-folders-folder-list-hint = «Skat» دبائیں۔
practice-digital-post-folders-folder-list-housing-feedback = «Bolig» میں رہائشی امداد والا وہ خط ہے جو آپ نے ابھی منتقل کیا ہے۔ فولڈر «Skat» کھولیں۔
practice-digital-post-folders-folder-list-municipality-feedback = «Kommunen» (بلدیہ) میں بلدیہ کے خطوط ہیں۔ Skattestyrelsen کا خط «Skat» میں ہے۔

practice-digital-post-folders-folder-tax-guidance =
    آپ فولڈر «Skat» (ٹیکس) میں ہیں۔ یہاں Skattestyrelsen کے دو پرانے خط ہیں۔
    آپ اپنے پیشگی ٹیکس کے حساب والا خط ڈھونڈ رہے ہیں۔
    عنوانات پڑھیں، اور صحیح خط کھولیں۔
practice-digital-post-folders-folder-tax-hint = عنوان «Din forskudsopgørelse er klar» (آپ کا پیشگی ٹیکس کا حساب تیار ہے) پر دبائیں۔
practice-digital-post-folders-folder-tax-open-old-annual-feedback = یہ خط ایک پرانے سالانہ ٹیکس کے حساب کے بارے میں ہے۔ آپ پیشگی ٹیکس کا حساب ڈھونڈ رہے ہیں۔ «Din forskudsopgørelse er klar» دبائیں۔
practice-digital-post-folders-folder-tax-folders-feedback = آپ پہلے ہی صحیح فولڈر میں ہیں۔ «Din forskudsopgørelse er klar» والا خط کھولیں۔

practice-digital-post-folders-old-letter-guidance =
    یہ رہا پرانا خط۔ آپ نے اسے فولڈر «Skat» میں ڈھونڈ لیا۔
    اب آپ کی اپنی ڈاک کا کام مکمل ہو گیا ہے۔
    «Indbakke» (اِن باکس) دبائیں۔ اس کے بعد ایک نئی مشق ہے: کسی اور کی ڈاک میں مدد کرنا۔
practice-digital-post-folders-old-letter-hint = مینو میں «Indbakke» دبائیں۔
practice-digital-post-folders-old-letter-delete-feedback = خط رکھ لیں۔ آپ کو اس کی دوبارہ ضرورت پڑ سکتی ہے۔ «Indbakke» دبائیں۔
practice-digital-post-folders-old-letter-move-feedback = خط پہلے ہی صحیح فولڈر میں ہے۔ «Indbakke» دبائیں۔

practice-digital-post-folders-mother-letter-guidance =
    اب ایک نئی مشق ہے۔ آپ اپنی والدہ { $practice-mother-name } کی ان کی { -digital-post } میں مدد کر رہے ہیں۔
    انہوں نے آپ کو «Læseadgang» (پڑھنے کی رسائی) دی ہے۔ آپ کو ان کی ڈاک میں ایک خط نظر آ رہا ہے۔
    «Læseadgang» سے آپ ان کے خطوط پڑھ سکتے ہیں، آگے بھیج سکتے ہیں اور فولڈرز میں منتقل کر سکتے ہیں۔
    آپ خطوط کو ہمیشہ کے لیے ڈیلیٹ نہیں کر سکتے، نہ نئے پیغامات لکھ سکتے ہیں، نہ جواب دے سکتے ہیں۔ اس لیے یہاں وہ بٹن کام نہیں کرتے۔
    آپ کی والدہ چاہتی ہیں کہ خط آگے بھیج دیا جائے۔ «Videresend» (آگے بھیجیں) دبائیں۔
practice-digital-post-folders-mother-letter-hint = «Videresend» دبائیں۔ «Læseadgang» سے آپ یہ کر سکتے ہیں۔
practice-digital-post-folders-mother-letter-delete-feedback = «Slet» (ڈیلیٹ کریں) یہاں کام نہیں کرتا۔ «Læseadgang» (پڑھنے کی رسائی) سے آپ خطوط کو ہمیشہ کے لیے ڈیلیٹ نہیں کر سکتے۔ خط جہاں ہے وہیں رہتا ہے۔ «Videresend» دبائیں۔
practice-digital-post-folders-mother-letter-reply-feedback = «Besvar» (جواب دیں) یہاں کام نہیں کرتا۔ «Læseadgang» (پڑھنے کی رسائی) سے آپ خطوط کا جواب نہیں دے سکتے۔ اس کے لیے «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) چاہیے۔ «Videresend» دبائیں۔
practice-digital-post-folders-mother-letter-new-message-feedback = «Skriv ny besked» (نیا پیغام لکھیں) یہاں کام نہیں کرتا۔ «Læseadgang» (پڑھنے کی رسائی) سے آپ نئے پیغامات نہیں لکھ سکتے۔ اس کے لیے «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) چاہیے، اور یہ رسائی دینے میں { -borgerservice } مدد کر سکتا ہے۔ اب «Videresend» دبائیں۔
practice-digital-post-folders-mother-letter-move-feedback = «Læseadgang» (پڑھنے کی رسائی) سے آپ یہ کر سکتے ہیں۔ لیکن یہاں آپ کی والدہ چاہتی ہیں کہ خط آگے بھیج دیا جائے۔ «Videresend» دبائیں۔

practice-digital-post-folders-forwarded-guidance =
    بہت خوب! آپ نے خط آگے بھیج دیا۔ «Læseadgang» سے آپ یہ کر سکتے ہیں۔
    آپ نے ایک خط فولڈر میں منتقل بھی کیا، ایک خط ڈیلیٹ کیا اور ایک پرانا خط ڈھونڈا۔
    یاد رکھیں: اپنی ڈاک پڑھنا پھر بھی آپ کی والدہ ہی کی ذمہ داری ہے۔
    اگر آپ دونوں کو رسائی کے بارے میں کوئی سوال ہو تو { -borgerservice } سے پوچھیں۔
