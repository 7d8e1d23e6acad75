# Øvelse Kommune (a made-up municipality), Udbetaling Danmark (the public authority that pays out
# benefits) and Skattestyrelsen (the tax agency) stay in Danish, in Latin letters, as on the screen.

practice-digital-post-reply-title = خط کا جواب دیں، یا نیا پیغام لکھیں

practice-digital-post-reply-inbox-guidance =
    آپ اپنے «Indbakke» (اِن باکس) میں ہیں۔ آپ کو Øvelse Kommune (مشق کی بلدیہ) کی طرف سے ایک نیا خط ملا ہے۔
    بلدیہ آپ کو ایک ملاقات کے لیے بلا رہی ہے۔
    خط کھولنے کے لیے اس کے عنوان پر دبائیں۔
practice-digital-post-reply-inbox-hint = عنوان «Invitation til møde» (ملاقات کی دعوت) پر دبائیں۔
practice-digital-post-reply-inbox-open-housing-feedback = اس خط کی باری بعد میں آئے گی۔ پہلے Øvelse Kommune کا خط کھولیں۔
practice-digital-post-reply-inbox-open-tax-feedback = یہ خط آپ نے پہلے ہی پڑھ لیا ہے۔ Øvelse Kommune کا نیا خط کھولیں۔
practice-digital-post-reply-inbox-new-message-feedback = آپ بلدیہ کے خط کا جواب دینا چاہتے ہیں۔ پہلے خط کھولیں۔ پھر آپ دیکھ سکیں گے کہ کیا آپ سیدھا اسی خط کا جواب دے سکتے ہیں۔

practice-digital-post-reply-letter-meeting-guidance =
    بلدیہ پوچھ رہی ہے کہ کیا آپ ملاقات کے لیے آ سکتے ہیں۔
    خط پر «Besvar» (جواب دیں) کا بٹن ہے۔ یہ بٹن صرف تب ہوتا ہے جب ادارہ جواب کی اجازت دیتا ہو۔
    اس لیے آپ سیدھا اسی خط کا جواب دے سکتے ہیں۔ «Besvar» دبائیں۔
practice-digital-post-reply-letter-meeting-hint = «Besvar» دبائیں۔
practice-digital-post-reply-letter-meeting-new-message-feedback = آپ نیا پیغام بھی لکھ سکتے ہیں۔ لیکن یہاں آپ سیدھا اسی خط کا جواب دے سکتے ہیں، کیونکہ اس پر «Besvar» (جواب دیں) لکھا ہے۔ «Besvar» دبائیں۔
practice-digital-post-reply-letter-meeting-forward-feedback = «Videresend» (آگے بھیجیں) خط کو کسی اور کے پاس آگے بھیج دیتا ہے۔ آپ بلدیہ کو جواب دینا چاہتے ہیں: «Besvar» دبائیں۔
practice-digital-post-reply-letter-meeting-move-feedback = «Flyt» (منتقل کریں) خط کو کسی فولڈر میں رکھ دیتا ہے۔ پہلے خط کا جواب دیں: «Besvar» دبائیں۔
practice-digital-post-reply-letter-meeting-delete-feedback = خط ڈیلیٹ نہ کریں۔ آپ کو اس کا جواب دینا ہے، اور آپ کو اس کی دوبارہ ضرورت پڑ سکتی ہے۔ «Besvar» دبائیں۔

practice-digital-post-reply-reply-form-guidance =
    یہاں آپ بلدیہ کے لیے اپنا جواب لکھتے ہیں۔
    «Emne» (موضوع) والے خانے میں ایک مختصر عنوان لکھیں۔
    «Besked» (پیغام) والے خانے میں اپنا جواب لکھیں۔
    پھر «Send» (بھیجیں) دبائیں۔
practice-digital-post-reply-reply-form-hint = مثلاً «Emne» میں «Mødet» (ملاقات) اور «Besked» میں «Jeg kommer gerne.» (مجھے آ کر خوشی ہوگی) لکھیں۔ پھر «Send» دبائیں۔
practice-digital-post-reply-reply-form-cancel-feedback = «Annuller» (منسوخ کریں) آپ کا جواب روک دیتا ہے، اور پھر وہ بھیجا نہیں جاتا۔ اپنا جواب لکھیں، اور «Send» دبائیں۔

practice-digital-post-reply-reply-sent-guidance =
    آپ کا جواب بلدیہ کو بھیج دیا گیا ہے۔
    اب آپ Udbetaling Danmark (سرکاری امداد دینے والا ادارہ) سے اپنی رہائشی امداد کے بارے میں پوچھنا چاہتے ہیں۔
    پہلے ان کا خط کھولیں، اور دیکھیں کہ کیا آپ اس کا جواب دے سکتے ہیں۔
practice-digital-post-reply-reply-sent-hint = اس خط کے عنوان پر دبائیں جو Udbetaling Danmark کی طرف سے ہے۔
practice-digital-post-reply-reply-sent-open-meeting-feedback = اس خط کا جواب آپ نے دے دیا ہے۔ اب Udbetaling Danmark کا خط کھولیں۔
practice-digital-post-reply-reply-sent-new-message-feedback = ہو سکتا ہے تھوڑی دیر میں آپ کو نیا پیغام لکھنا پڑے۔ پہلے Udbetaling Danmark کا خط کھولیں، اور دیکھیں کہ کیا آپ سیدھا اسی خط کا جواب دے سکتے ہیں۔

practice-digital-post-reply-letter-housing-guidance =
    خط کے پاس والے بٹن دیکھیں۔ وہاں «Besvar» (جواب دیں) نہیں ہے۔
    اس خط کے جواب کی اجازت Udbetaling Danmark نہیں دیتا۔
    اس لیے آپ اس کی جگہ نیا پیغام لکھتے ہیں۔
    «Skriv ny besked» (نیا پیغام لکھیں) دبائیں۔
practice-digital-post-reply-letter-housing-hint = یہاں «Besvar» نہیں ہے۔ مینو میں «Skriv ny besked» دبائیں۔
practice-digital-post-reply-letter-housing-forward-feedback = «Videresend» (آگے بھیجیں) خط کو کسی اور کے پاس آگے بھیج دیتا ہے۔ آپ Udbetaling Danmark کو لکھنا چاہتے ہیں: «Skriv ny besked» دبائیں۔
practice-digital-post-reply-letter-housing-move-feedback = «Flyt» (منتقل کریں) خط کو کسی فولڈر میں رکھ دیتا ہے۔ آپ Udbetaling Danmark کو لکھنا چاہتے ہیں: «Skriv ny besked» دبائیں۔
practice-digital-post-reply-letter-housing-delete-feedback = خط ڈیلیٹ نہ کریں۔ آپ کو اس کی دوبارہ ضرورت پڑ سکتی ہے۔ «Skriv ny besked» (نیا پیغام لکھیں) دبائیں۔

practice-digital-post-reply-compose-guidance =
    آپ ایک نیا پیغام لکھ رہے ہیں۔
    پہلے آپ چنتے ہیں کہ پیغام کس کو جائے گا۔
    «Vælg myndighed» (ادارہ منتخب کریں) دبائیں۔
practice-digital-post-reply-compose-hint = «Vælg myndighed» دبائیں۔
practice-digital-post-reply-compose-cancel-feedback = «Annuller» (منسوخ کریں) نیا پیغام روک دیتا ہے۔ پیغام کس کو جائے، یہ چننے کے لیے «Vælg myndighed» دبائیں۔

practice-digital-post-reply-authority-list-guidance =
    یہاں سرکاری اداروں کی ایک فہرست ہے۔
    آپ کا سوال Udbetaling Danmark کے خط کے بارے میں ہے۔
    «Udbetaling Danmark» چنیں۔
practice-digital-post-reply-authority-list-hint = «Udbetaling Danmark» دبائیں۔
practice-digital-post-reply-authority-list-municipality-feedback = آپ کا سوال Udbetaling Danmark کے خط کے بارے میں ہے، بلدیہ کے بارے میں نہیں۔ «Udbetaling Danmark» چنیں۔
practice-digital-post-reply-authority-list-tax-feedback = آپ کا سوال رہائشی امداد کے بارے میں ہے، ٹیکس کے بارے میں نہیں۔ «Udbetaling Danmark» چنیں۔

practice-digital-post-reply-form-guidance =
    اب آپ Udbetaling Danmark کے لیے پیغام لکھتے ہیں۔
    «Emne» (موضوع) میں ایک مختصر عنوان اور «Besked» (پیغام) میں اپنا سوال لکھیں۔
    آپ ساتھ میں اپنا کرائے کا معاہدہ بھی بھیجنا چاہتے ہیں۔ «Vedhæft fil» (فائل منسلک کریں) دبائیں۔
practice-digital-post-reply-form-hint = مثلاً «Emne» میں «Min boligstøtte» (میری رہائشی امداد) اور «Besked» میں «Her er min lejekontrakt.» (یہ میرا کرائے کا معاہدہ ہے) لکھیں۔ پھر «Vedhæft fil» دبائیں۔
practice-digital-post-reply-form-send-feedback = بھیجنے سے پہلے تھوڑا رکیں۔ یہاں آپ ساتھ میں فائل بھیجنے کی مشق بھی کر رہے ہیں۔ پہلے «Vedhæft fil» (فائل منسلک کریں) دبائیں۔
practice-digital-post-reply-form-cancel-feedback = «Annuller» (منسوخ کریں) پیغام روک دیتا ہے، اور پھر وہ بھیجا نہیں جاتا۔ اپنا کرائے کا معاہدہ ساتھ بھیجنے کے لیے «Vedhæft fil» دبائیں۔

practice-digital-post-reply-choose-file-guidance =
    اب آپ کو اپنے کمپیوٹر کی فائلیں نظر آ رہی ہیں۔
    وہ فائل چنیں جو آپ ساتھ بھیجنا چاہتے ہیں: آپ کا کرائے کا معاہدہ۔
    صرف وہی بھیجیں جس کی ادارے کو ضرورت ہے۔
practice-digital-post-reply-choose-file-hint = «Lejekontrakt.pdf» (کرائے کا معاہدہ) دبائیں۔
practice-digital-post-reply-choose-file-photo-feedback = اس تصویر کا آپ کی رہائشی امداد سے کوئی تعلق نہیں۔ صرف وہی بھیجیں جس کی ادارے کو ضرورت ہے۔ «Lejekontrakt.pdf» چنیں۔
practice-digital-post-reply-choose-file-list-feedback = یہ فائل Udbetaling Danmark کو نہیں چاہیے۔ «Lejekontrakt.pdf» چنیں۔
practice-digital-post-reply-choose-file-cancel-feedback = اس طرح کوئی فائل ساتھ نہیں جائے گی۔ «Lejekontrakt.pdf» چنیں۔

practice-digital-post-reply-form-attached-guidance =
    فائل منسلک ہو گئی ہے۔ آپ اسے «Vedhæftede filer» (منسلک فائلیں) کے نیچے دیکھ سکتے ہیں۔
    دیکھ لیں کہ موضوع، پیغام اور فائل درست ہیں۔
    پھر «Send» (بھیجیں) دبائیں۔
practice-digital-post-reply-form-attached-hint = «Send» دبائیں۔
practice-digital-post-reply-form-attached-attach-feedback = فائل پہلے ہی منسلک ہے۔ اسے دوبارہ منسلک کرنے کی ضرورت نہیں۔ «Send» دبائیں۔
practice-digital-post-reply-form-attached-cancel-feedback = «Annuller» (منسوخ کریں) پیغام روک دیتا ہے، اور پھر وہ بھیجا نہیں جاتا۔ «Send» دبائیں۔

practice-digital-post-reply-sent-guidance =
    بہت خوب! آپ کا پیغام Udbetaling Danmark کو بھیج دیا گیا ہے۔
    یاد رکھیں: اگر کسی خط پر «Besvar» (جواب دیں) لکھا ہو تو آپ سیدھا اسی خط کا جواب دے سکتے ہیں۔
    اگر «Besvar» نہ ہو تو «Skriv ny besked» (نیا پیغام لکھیں) سے نیا پیغام لکھیں۔
