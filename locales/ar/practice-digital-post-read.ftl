practice-digital-post-read-title = اقرأ رسالة وافتح الملف المرفق بها

practice-digital-post-read-inbox-guidance =
    أنت في { -digital-post } الخاص بك على { -borger-dk }. الصفحة الأولى هي صندوق الوارد «Indbakke».
    هنا توجد رسائلك. اثنتان منها جديدتان. لم تقرأهما بعد.
    الرسالة الجديدة من Skattestyrelsen (مصلحة الضرائب) معها ملف.
    اضغط على عنوان الرسالة لتفتحها.
practice-digital-post-read-inbox-hint = اضغط على العنوان «Din forskudsopgørelse er klar» (التقدير الضريبي المسبق الخاص بك جاهز).
practice-digital-post-read-inbox-open-meeting-feedback = هذه الرسالة جديدة أيضًا، ويمكنك أن تقرأها بعد ذلك. هنا تتدرّب على فتح ملف. افتح الرسالة من Skattestyrelsen.
practice-digital-post-read-inbox-open-housing-feedback = هذه الرسالة قرأتها من قبل. افتح الرسالة الجديدة من Skattestyrelsen. معها ملف.
practice-digital-post-read-inbox-new-message-feedback = بـ «Skriv ny besked» (اكتب رسالة جديدة) تكتب أنت بنفسك إلى جهة حكومية. الآن يجب أن تقرأ رسالة. اضغط على عنوان الرسالة من Skattestyrelsen.
practice-digital-post-read-inbox-folders-feedback = في «Mapper» (المجلدات) يمكنك أن تحفظ الرسائل التي رتّبتها. الرسالة الجديدة موجودة هنا في «Indbakke» (صندوق الوارد). اضغط على عنوان الرسالة من Skattestyrelsen.

practice-digital-post-read-letter-guidance =
    الرسالة مفتوحة. ترى الموضوع، ومن أرسلها، ونصًا قصيرًا.
    اقرأ النص.
    مع الرسالة ملف. اضغط على اسم الملف لتفتحه.
practice-digital-post-read-letter-hint = اضغط على اسم الملف: «Forskudsopgørelse.pdf».
practice-digital-post-read-letter-forward-feedback = «Videresend» (إعادة التوجيه) يرسل الرسالة إلى شخص آخر. لا تحتاج إلى ذلك الآن. اضغط على اسم الملف لتفتحه.
practice-digital-post-read-letter-move-feedback = «Flyt» (نقل) يضع الرسالة في مجلد. يمكنك أن تفعل ذلك في وقت آخر. افتح الملف أولًا: اضغط على اسم الملف.
practice-digital-post-read-letter-delete-feedback = لا تحذف الرسالة. قد تحتاج إليها مرة أخرى. اضغط على اسم الملف لتفتح الملف.
practice-digital-post-read-letter-inbox-feedback = لم ترَ الملف بعد. ابقَ في الرسالة، واضغط على اسم الملف لتفتحه.

practice-digital-post-read-viewer-guidance =
    الملف مفتوح. يمكنك أن تقرأه هنا.
    إذا كان النص صغيرًا جدًا، يمكنك أن تجعله أكبر.
    اضغط «Zoom ind» (تكبير).
practice-digital-post-read-viewer-hint = اضغط «Zoom ind». عندها يصبح النص أكبر.
practice-digital-post-read-viewer-full-screen-feedback = «Fuldskærm» (ملء الشاشة) يعرض الملف على الشاشة كلها. يمكنك أن تستخدمه. هنا تتدرّب على أن تجعل النص أكبر: اضغط «Zoom ind».
practice-digital-post-read-viewer-close-feedback = لا تُغلق الملف بعد. هنا تتدرّب أولًا على أن تجعل النص أكبر بـ «Zoom ind». اقرأ الملف، ثم أغلقه بعد ذلك.

practice-digital-post-read-viewer-zoomed-guidance =
    الآن النص أكبر. اقرأه.
    هذه رسالة للتدريب، لذلك لا توجد فيها أرقام حقيقية.
    عندما تنتهي، تُغلق الملف بـ «Luk» (إغلاق).
practice-digital-post-read-viewer-zoomed-hint = اضغط «Luk».
practice-digital-post-read-viewer-zoomed-zoom-out-feedback = «Zoom ud» (تصغير) يجعل النص أصغر مرة أخرى. لقد قرأت الملف. أغلقه بـ «Luk».
practice-digital-post-read-viewer-zoomed-zoom-in-feedback = النص أكبر بالفعل. هل تستطيع أن تقرأه الآن؟ إذن أغلق الملف بـ «Luk».

practice-digital-post-read-letter-read-guidance =
    الملف مُغلق، وأنت عدت إلى الرسالة.
    الآن قرأت الرسالة والملف كليهما.
    ارجع إلى صندوق الوارد «Indbakke».
practice-digital-post-read-letter-read-hint = اضغط «Indbakke» في القائمة.
practice-digital-post-read-letter-read-open-file-feedback = الملف قرأته من قبل. ارجع الآن إلى «Indbakke».
practice-digital-post-read-letter-read-delete-feedback = لا تحذف الرسالة. قد تحتاج إليها مرة أخرى. ارجع إلى «Indbakke».
practice-digital-post-read-letter-read-new-message-feedback = لا تحتاج إلى أن تكتب شيئًا الآن. ارجع إلى «Indbakke».

practice-digital-post-read-inbox-done-guidance =
    أحسنت! أنت عدت إلى صندوق الوارد «Indbakke».
    الرسالة من Skattestyrelsen لم تعد جديدة، لأنك قرأتها الآن.
    هكذا تفتح رسالة والملف الذي معها.
    تذكّر: عليك واجب قراءة { -digital-post } الخاص بك.
