# Skattestyrelsen (the Danish tax agency) and Udbetaling Danmark are the names the screen shows:
# they stay in Danish, in Latin letters.

practice-digital-post-read-title = خط پڑھیں اور اس کے ساتھ منسلک فائل کھولیں

practice-digital-post-read-inbox-guidance =
    آپ { -borger-dk } پر اپنی { -digital-post } میں ہیں۔ پہلا صفحہ آپ کا «Indbakke» (اِن باکس) ہے۔
    یہاں آپ کے خطوط ہیں۔ ان میں سے دو نئے ہیں۔ وہ آپ نے ابھی تک نہیں پڑھے۔
    ٹیکس کے ادارے Skattestyrelsen کے نئے خط کے ساتھ ایک فائل ہے۔
    خط کھولنے کے لیے اس کے عنوان پر دبائیں۔
practice-digital-post-read-inbox-hint = عنوان «Din forskudsopgørelse er klar» (آپ کا پیشگی ٹیکس کا حساب تیار ہے) پر دبائیں۔
practice-digital-post-read-inbox-open-meeting-feedback = یہ خط بھی نیا ہے، اور آپ اسے بعد میں پڑھ سکتے ہیں۔ یہاں آپ فائل کھولنے کی مشق کر رہے ہیں۔ Skattestyrelsen کا خط کھولیں۔
practice-digital-post-read-inbox-open-housing-feedback = یہ خط آپ نے پہلے ہی پڑھ لیا ہے۔ Skattestyrelsen کا نیا خط کھولیں۔ اس کے ساتھ ایک فائل ہے۔
practice-digital-post-read-inbox-new-message-feedback = «Skriv ny besked» (نیا پیغام لکھیں) سے آپ خود کسی سرکاری ادارے کو لکھتے ہیں۔ ابھی آپ کو ایک خط پڑھنا ہے۔ Skattestyrelsen کے خط کے عنوان پر دبائیں۔
practice-digital-post-read-inbox-folders-feedback = «Mapper» (فولڈر) میں آپ وہ خطوط رکھ سکتے ہیں جو آپ نے ترتیب سے الگ کیے ہوں۔ نیا خط یہیں «Indbakke» (اِن باکس) میں ہے۔ Skattestyrelsen کے خط کے عنوان پر دبائیں۔

practice-digital-post-read-letter-guidance =
    خط کھلا ہے۔ آپ کو موضوع، بھیجنے والے کا نام اور ایک مختصر تحریر نظر آتی ہے۔
    تحریر پڑھیں۔
    خط کے ساتھ ایک فائل ہے۔ فائل کھولنے کے لیے اس کے نام پر دبائیں۔
practice-digital-post-read-letter-hint = فائل کے نام پر دبائیں: «Forskudsopgørelse.pdf»۔
practice-digital-post-read-letter-forward-feedback = «Videresend» (آگے بھیجیں) خط کو کسی اور کے پاس آگے بھیج دیتا ہے۔ ابھی یہ نہیں کرنا۔ فائل کھولنے کے لیے اس کے نام پر دبائیں۔
practice-digital-post-read-letter-move-feedback = «Flyt» (منتقل کریں) خط کو کسی فولڈر میں رکھ دیتا ہے۔ یہ آپ کسی اور وقت کر سکتے ہیں۔ پہلے فائل کھولیں: فائل کے نام پر دبائیں۔
practice-digital-post-read-letter-delete-feedback = خط ڈیلیٹ نہ کریں۔ آپ کو اس کی دوبارہ ضرورت پڑ سکتی ہے۔ فائل کھولنے کے لیے فائل کے نام پر دبائیں۔
practice-digital-post-read-letter-inbox-feedback = آپ نے ابھی تک فائل نہیں دیکھی۔ خط میں ہی رہیں، اور فائل کھولنے کے لیے اس کے نام پر دبائیں۔

practice-digital-post-read-viewer-guidance =
    فائل کھلی ہے۔ آپ اسے یہاں پڑھ سکتے ہیں۔
    اگر تحریر بہت چھوٹی ہو تو آپ اسے بڑا کر سکتے ہیں۔
    «Zoom ind» (بڑا کریں) دبائیں۔
practice-digital-post-read-viewer-hint = «Zoom ind» دبائیں۔ پھر تحریر بڑی ہو جائے گی۔
practice-digital-post-read-viewer-full-screen-feedback = «Fuldskærm» (پوری اسکرین) فائل کو پوری اسکرین پر دکھاتا ہے۔ آپ اسے ضرور استعمال کر سکتے ہیں۔ یہاں آپ تحریر بڑی کرنے کی مشق کر رہے ہیں: «Zoom ind» دبائیں۔
practice-digital-post-read-viewer-close-feedback = فائل ابھی بند نہ کریں۔ یہاں آپ پہلے «Zoom ind» سے تحریر بڑی کرنے کی مشق کر رہے ہیں۔ فائل پڑھیں، اور اس کے بعد اسے بند کریں۔

practice-digital-post-read-viewer-zoomed-guidance =
    اب تحریر بڑی ہے۔ اسے پڑھیں۔
    یہ مشق کا خط ہے، اس لیے اس میں کوئی اصلی اعداد نہیں ہیں۔
    جب آپ پڑھ چکیں تو «Luk» (بند کریں) سے فائل بند کریں۔
practice-digital-post-read-viewer-zoomed-hint = «Luk» دبائیں۔
practice-digital-post-read-viewer-zoomed-zoom-out-feedback = «Zoom ud» (چھوٹا کریں) تحریر کو پھر سے چھوٹا کر دیتا ہے۔ آپ نے فائل پڑھ لی ہے۔ اسے «Luk» سے بند کریں۔
practice-digital-post-read-viewer-zoomed-zoom-in-feedback = تحریر پہلے ہی بڑی ہے۔ کیا اب آپ اسے پڑھ سکتے ہیں؟ اگر ہاں، تو «Luk» سے فائل بند کریں۔

practice-digital-post-read-letter-read-guidance =
    فائل بند ہو گئی ہے، اور آپ واپس خط میں ہیں۔
    اب آپ نے خط اور فائل دونوں پڑھ لیے ہیں۔
    اپنے «Indbakke» (اِن باکس) میں واپس جائیں۔
practice-digital-post-read-letter-read-hint = مینو میں «Indbakke» دبائیں۔
practice-digital-post-read-letter-read-open-file-feedback = فائل آپ نے پہلے ہی پڑھ لی ہے۔ اب «Indbakke» میں واپس جائیں۔
practice-digital-post-read-letter-read-delete-feedback = خط ڈیلیٹ نہ کریں۔ آپ کو اس کی دوبارہ ضرورت پڑ سکتی ہے۔ «Indbakke» میں واپس جائیں۔
practice-digital-post-read-letter-read-new-message-feedback = ابھی آپ کو کچھ لکھنا نہیں ہے۔ «Indbakke» میں واپس جائیں۔

practice-digital-post-read-inbox-done-guidance =
    بہت خوب! آپ واپس «Indbakke» (اِن باکس) میں ہیں۔
    اب Skattestyrelsen کا خط نیا نہیں رہا، کیونکہ آپ نے اسے پڑھ لیا ہے۔
    آپ خط اور اس کے ساتھ والی فائل اسی طرح کھولتے ہیں۔
    یاد رکھیں: اپنی { -digital-post } پڑھنا آپ کی ذمہ داری ہے۔
