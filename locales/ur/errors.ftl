error-unknown-locale = زبان «{ $tag }» { -trinvis } میں موجود نہیں ہے۔
error-unknown-guide = گائیڈ «{ $guide }» موجود نہیں ہے۔
error-invalid-input = یہ اندراج یہاں استعمال نہیں ہو سکتا۔
error-not-saved = آپ کی تبدیلی محفوظ نہیں ہو سکی۔ دوبارہ کوشش کریں۔
notice-progress-recovered = آپ کی محفوظ شدہ پیش رفت پڑھی نہیں جا سکی، اس لیے { -trinvis } نئے سرے سے شروع ہوا ہے۔ پرانی فائل محفوظ کر لی گئی ہے۔
notice-progress-not-saved = { -trinvis } ابھی آپ کی پیش رفت محفوظ نہیں کر سکتا۔ آپ مشق جاری رکھ سکتے ہیں، لیکن ایپ بند کرتے ہی یہ پیش رفت ختم ہو جائے گی۔
error-unknown-practice = مشق «{ $flow }» موجود نہیں ہے۔
practice-real-details-note = یہاں کبھی اپنی اصل معلومات نہ لکھیں، جیسے اپنا CPR نمبر یا اپنا اصل کوڈ۔ مشق اس کی جگہ ایک مشقی جواب استعمال کرتی ہے۔
