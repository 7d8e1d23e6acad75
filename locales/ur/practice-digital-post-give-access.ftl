practice-digital-post-give-access-title = کسی مددگار کو { -digital-post } تک رسائی دیں

practice-digital-post-give-access-inbox-guidance = آپ کی والدہ اپنے سرکاری خطوط پڑھنے اور ان کا جواب دینے میں مدد چاہتی ہیں۔ آپ اپنی { -digital-post } سے رسائی کی درخواست کرتے ہیں۔ آپ اپنے { -mitid } سے لاگ اِن ہیں۔ «Menu» (مینو) دبائیں۔
practice-digital-post-give-access-inbox-hint = «Menu» کا بٹن تلاش کریں، اور اسے دبائیں۔
practice-digital-post-give-access-inbox-new-message-feedback = «Skriv ny besked» (نیا پیغام لکھیں) سے آپ کسی سرکاری ادارے کو لکھتے ہیں۔ اپنی والدہ کی ڈاک تک رسائی آپ کو «Menu» میں ملے گی۔
practice-digital-post-give-access-inbox-letter-feedback = یہ آپ کا اپنا خط ہے۔ ابھی آپ کو اپنی والدہ کی ڈاک تک رسائی کی درخواست کرنی ہے۔ «Menu» دبائیں۔

practice-digital-post-give-access-menu-guidance = مینو کھلا ہے۔ کسی اور کی ڈاک تک رسائی آپ کو «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) میں ملے گی۔
practice-digital-post-give-access-menu-hint = «Læse- og skriveadgang» دبائیں۔
practice-digital-post-give-access-menu-settings-feedback = «Indstillinger» (ترتیبات) آپ کے اپنے میل باکس کے لیے ہے۔ اپنی والدہ کی ڈاک تک رسائی آپ کو «Læse- og skriveadgang» میں ملے گی۔

practice-digital-post-give-access-access-guidance = رسائی دو قسم کی ہوتی ہے۔ «Læseadgang» (پڑھنے کی رسائی) سے آپ ڈاک پڑھ سکتے ہیں۔ «Læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی) سے آپ لکھ اور جواب بھی دے سکتے ہیں۔ «Anmod om adgang» (رسائی کی درخواست کریں) دبائیں۔
practice-digital-post-give-access-access-hint = «Anmod om adgang» کا بٹن دبائیں۔

practice-digital-post-give-access-kind-guidance = چنیں کہ آپ کون سی رسائی مانگ رہے ہیں۔ آپ کی والدہ خطوط پڑھنے اور ان کا جواب دینے، دونوں میں مدد چاہتی ہیں۔ اس کے لیے کون سی رسائی ٹھیک ہے؟
practice-digital-post-give-access-kind-hint = آپ کی والدہ جواب دینے میں بھی مدد چاہتی ہیں۔ «Læse- og skriveadgang» چنیں۔
practice-digital-post-give-access-kind-read-feedback = «Læseadgang» سے آپ خطوط پڑھ سکتے ہیں اور آگے بھیج سکتے ہیں، انہیں فولڈرز میں ڈال سکتے ہیں، ان پر پڑھا ہوا یا نہ پڑھا ہوا کا نشان لگا سکتے ہیں، اور دیکھ سکتے ہیں کہ کیا کیا ہوا ہے۔ لیکن آپ نہ لکھ سکتے ہیں نہ جواب دے سکتے ہیں، نہ خطوط کو مکمل طور پر مٹا سکتے ہیں، اور نہ کسی اور کو رسائی دے سکتے ہیں۔ آپ کی والدہ جواب دینے میں بھی مدد چاہتی ہیں۔ «Læse- og skriveadgang» چنیں۔

practice-digital-post-give-access-form-guidance = اپنی والدہ کا نام، ان کا CPR نمبر اور رسائی کی آخری تاریخ لکھیں۔ یہاں آپ مشق کر رہے ہیں، اس لیے کبھی اصلی CPR نمبر نہ لکھیں۔ اس مشق میں آپ کی والدہ کا نام { $practice-mother-name } ہے۔ مشق کا CPR نمبر { $practice-cpr } اور آخری تاریخ { $practice-end-date } استعمال کریں۔ پھر «Send» (بھیجیں) دبائیں۔
practice-digital-post-give-access-form-hint = «Navn» (نام) میں { $practice-mother-name }، «CPR-nummer» میں { $practice-cpr } اور «Slutdato» (آخری تاریخ) میں { $practice-end-date } لکھیں۔ پھر «Send» دبائیں۔
practice-digital-post-give-access-form-send-check-feedback = CPR نمبر درست نہیں تھا۔ ایسا آسانی سے ہو جاتا ہے: ایک ہندسہ زیادہ یا ایک کم۔ «Prøv igen» (دوبارہ کوشش کریں) دبائیں، اور مشق کا CPR نمبر { $practice-cpr } لکھیں۔

practice-digital-post-give-access-error-guidance = یہ غلطی کی اسکرین ہے۔ یہ تب آتی ہے جب کچھ درست نہ ہو۔ کوئی بری بات نہیں ہوئی: «Prøv igen» (دوبارہ کوشش کریں) دبائیں۔
practice-digital-post-give-access-error-hint = «Prøv igen» کا بٹن دبائیں۔

practice-digital-post-give-access-sent-guidance = آپ کی درخواست بھیج دی گئی ہے۔ اب آپ کی والدہ کو اپنی { -digital-post } میں اس کی منظوری دینی ہوگی۔ صفحہ بند کریں۔ پھر آپ دیکھیں گے کہ آپ کی والدہ کو کیا نظر آتا ہے۔
practice-digital-post-give-access-sent-hint = «Luk» (بند کریں) دبائیں۔

practice-digital-post-give-access-mother-inbox-guidance = اب آپ اپنی والدہ کی طرف کا صفحہ دیکھ رہے ہیں۔ وہ اپنے { -mitid } سے اپنی { -digital-post } میں لاگ اِن ہیں۔ کسی اور کو ان کا { -mitid } استعمال کرنے کی اجازت نہیں، آپ کو بھی نہیں۔ وہ درخواست والا خط کھولتی ہیں۔
practice-digital-post-give-access-mother-inbox-hint = «Anmodning om læse- og skriveadgang» (پڑھنے اور لکھنے کی رسائی کی درخواست) والے خط پر دبائیں۔
practice-digital-post-give-access-mother-inbox-other-feedback = یہ خط کسی اور بات کے بارے میں ہے۔ رسائی کی درخواست والا خط تلاش کریں۔

practice-digital-post-give-access-request-guidance = خط بتاتا ہے کہ کون رسائی مانگ رہا ہے، اور کس قسم کی۔ یہاں آپ کے نام کی جگہ ایک فرضی نام لکھا ہے۔ آپ کی والدہ آپ کو جانتی ہیں اور مدد چاہتی ہیں۔ اس لیے وہ منظوری دیتی ہیں۔ منظوری صرف تب دیں جب آپ اس شخص کو جانتے ہوں۔
practice-digital-post-give-access-request-hint = «Godkend» (منظور کریں) دبائیں۔
practice-digital-post-give-access-request-reject-feedback = «Afvis» (انکار کریں) تب استعمال ہوتا ہے جب آپ اس شخص کو نہ جانتے ہوں یا رسائی نہ دینا چاہتے ہوں۔ آپ کی والدہ آپ کی مدد چاہتی ہیں۔ «Godkend» دبائیں۔

practice-digital-post-give-access-done-guidance = بہت خوب! اب آپ اپنی والدہ کے سرکاری خطوط پڑھ سکتے ہیں، ان کی طرف سے لکھ سکتے ہیں اور جواب دے سکتے ہیں۔ ادارہ دیکھ سکتا ہے کہ مدد آپ نے کی تھی۔ یہ رسائی نجی کمپنیوں کے خطوط پر لاگو نہیں ہوتی۔ اپنی ڈاک پڑھنا پھر بھی آپ کی والدہ ہی کی ذمہ داری ہے۔
