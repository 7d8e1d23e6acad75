error-unknown-locale = اللغة «{ $tag }» غير موجودة في { -trinvis }.
error-unknown-guide = الدليل «{ $guide }» غير موجود.
error-invalid-input = لا يمكن استخدام هذه القيمة هنا.
error-not-saved = لم يتم حفظ تغييرك. حاول مرة أخرى.
notice-progress-recovered = لم يستطع { -trinvis } قراءة تقدّمك المحفوظ، لذلك بدأ من جديد. الملف القديم محفوظ.
notice-progress-not-saved = لا يستطيع { -trinvis } حفظ تقدّمك الآن. يمكنك أن تواصل التدريب، لكن تقدّمك سيضيع عندما تغلق البرنامج.
error-unknown-practice = التمرين «{ $flow }» غير موجود.
practice-real-details-note = لا تكتب أبدًا معلوماتك الحقيقية هنا، مثل رقم CPR أو رمزك الحقيقي. يستخدم التمرين إجابة للتدريب بدلًا منها.
