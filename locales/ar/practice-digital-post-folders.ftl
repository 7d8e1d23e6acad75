practice-digital-post-folders-title = المجلدات، والحذف، وصلاحية القراءة

practice-digital-post-folders-inbox-guidance =
    أنت في صندوق الوارد «Indbakke». هنا رسالة من Udbetaling Danmark (الجهة التي تصرف الإعانات) عن إعانة السكن الخاصة بك.
    تريد أن تحفظها في مجلد. عندها يسهل أن تجدها من جديد.
    افتح الرسالة.
practice-digital-post-folders-inbox-hint = اضغط على العنوان «Din boligstøtte» (إعانة السكن الخاصة بك).
practice-digital-post-folders-inbox-open-reminder-feedback = ستصل إلى هذه الرسالة بعد قليل. افتح أولًا الرسالة «Din boligstøtte».
practice-digital-post-folders-inbox-open-tax-feedback = يمكن أن تبقى هذه الرسالة في مكانها. افتح الرسالة «Din boligstøtte».
practice-digital-post-folders-inbox-folders-feedback = في «Mapper» (المجلدات) ترى مجلداتك. أولًا يجب أن تضع الرسالة في مجلد: افتح الرسالة «Din boligstøtte».

practice-digital-post-folders-letter-housing-guidance =
    الرسالة مفتوحة.
    اضغط «Flyt» (نقل) لتضعها في مجلد.
practice-digital-post-folders-letter-housing-hint = اضغط «Flyt».
practice-digital-post-folders-letter-housing-delete-feedback = أنت تريد أن تحفظ الرسالة، لا أن تحذفها. اضغط «Flyt».
practice-digital-post-folders-letter-housing-forward-feedback = «Videresend» (إعادة التوجيه) يرسل الرسالة إلى شخص آخر. أنت تريد أن تحفظها في مجلد: اضغط «Flyt».

practice-digital-post-folders-choose-folder-guidance =
    اختر مجلدًا للرسالة.
    الرسالة عن سكنك. اختر المجلد «Bolig» (السكن).
    عندها تكون رسائلك عن السكن في مكان واحد.
practice-digital-post-folders-choose-folder-hint = اضغط «Bolig».
practice-digital-post-folders-choose-folder-tax-feedback = الرسالة عن إعانة السكن، وليست عن الضرائب. اختر المجلد «Bolig».
practice-digital-post-folders-choose-folder-municipality-feedback = الرسالة من Udbetaling Danmark، وليست من البلدية. اختر المجلد «Bolig».
practice-digital-post-folders-choose-folder-cancel-feedback = عندها لن تُنقَل الرسالة. اختر المجلد «Bolig».

practice-digital-post-folders-inbox-moved-guidance =
    الرسالة الآن في المجلد «Bolig». لم تعد في «Indbakke».
    الآن ترتّب صندوق البريد.
    الرسالة «Påmindelse om møde» (تذكير بالاجتماع) عن اجتماع انتهى. افتحها.
practice-digital-post-folders-inbox-moved-hint = اضغط على العنوان «Påmindelse om møde».
practice-digital-post-folders-inbox-moved-open-tax-feedback = هذه الرسالة يجب أن تحفظها. افتح «Påmindelse om møde».
practice-digital-post-folders-inbox-moved-folders-feedback = ستحتاج إلى «Mapper» بعد قليل. أولًا ترتّب صندوق البريد: افتح «Påmindelse om møde».

practice-digital-post-folders-letter-reminder-guidance =
    الاجتماع انتهى. لم تعد تحتاج إلى الرسالة.
    اضغط «Slet» (حذف).
    لا تحذف إلا الرسائل التي أنت متأكد أنك لن تحتاج إليها مرة أخرى.
practice-digital-post-folders-letter-reminder-hint = اضغط «Slet».
practice-digital-post-folders-letter-reminder-move-feedback = يمكنك أن تحفظ الرسالة في مجلد. لكن الاجتماع انتهى، ولن تحتاج إلى الرسالة بعد الآن. اضغط «Slet».
practice-digital-post-folders-letter-reminder-forward-feedback = لا حاجة إلى أن ترسل الرسالة إلى شخص آخر. الاجتماع انتهى. اضغط «Slet».

practice-digital-post-folders-inbox-deleted-guidance =
    تم حذف الرسالة.
    الآن تريد أن تجد رسالة قديمة من Skattestyrelsen (مصلحة الضرائب) عن التقدير الضريبي المسبق الخاص بك.
    هذه الرسالة موجودة في مجلد. اضغط «Mapper» (المجلدات).
practice-digital-post-folders-inbox-deleted-hint = اضغط «Mapper» في القائمة.
practice-digital-post-folders-inbox-deleted-open-tax-feedback = هذه رسالة جديدة عن الكشف الضريبي السنوي الخاص بك. الرسالة القديمة عن التقدير الضريبي المسبق موجودة في مجلد. اضغط «Mapper».
practice-digital-post-folders-inbox-deleted-new-message-feedback = لا تحتاج إلى أن تكتب شيئًا الآن. اضغط «Mapper» لتجد الرسالة القديمة.

practice-digital-post-folders-folder-list-guidance =
    هذه مجلداتك.
    الرسالة من Skattestyrelsen موجودة في المجلد «Skat» (الضرائب).
    افتح المجلد.
practice-digital-post-folders-folder-list-hint = اضغط «Skat».
practice-digital-post-folders-folder-list-housing-feedback = في «Bolig» توجد الرسالة عن إعانة السكن، التي نقلتها قبل قليل. افتح المجلد «Skat».
practice-digital-post-folders-folder-list-municipality-feedback = في «Kommunen» (البلدية) توجد الرسائل من البلدية. الرسالة من Skattestyrelsen موجودة في «Skat».

practice-digital-post-folders-folder-tax-guidance =
    أنت في المجلد «Skat». هنا رسالتان قديمتان من Skattestyrelsen.
    أنت تبحث عن الرسالة عن التقدير الضريبي المسبق الخاص بك.
    اقرأ العناوين، وافتح الرسالة الصحيحة.
practice-digital-post-folders-folder-tax-hint = اضغط على العنوان «Din forskudsopgørelse er klar» (التقدير الضريبي المسبق الخاص بك جاهز).
practice-digital-post-folders-folder-tax-open-old-annual-feedback = هذه الرسالة عن كشف ضريبي سنوي قديم. أنت تبحث عن التقدير الضريبي المسبق. اضغط «Din forskudsopgørelse er klar».
practice-digital-post-folders-folder-tax-folders-feedback = أنت في المجلد الصحيح بالفعل. افتح الرسالة «Din forskudsopgørelse er klar».

practice-digital-post-folders-old-letter-guidance =
    هذه هي الرسالة القديمة. وجدتها في المجلد «Skat».
    الآن انتهيت من بريدك أنت.
    اضغط «Indbakke». بعد ذلك تتدرّب على شيء جديد: أن تساعد شخصًا آخر في بريده.
practice-digital-post-folders-old-letter-hint = اضغط «Indbakke» في القائمة.
practice-digital-post-folders-old-letter-delete-feedback = احفظ الرسالة. قد تحتاج إليها مرة أخرى. اضغط «Indbakke».
practice-digital-post-folders-old-letter-move-feedback = الرسالة موجودة بالفعل في المجلد الصحيح. اضغط «Indbakke».

practice-digital-post-folders-mother-letter-guidance =
    الآن تتدرّب على شيء جديد. أنت تساعد أمك، { $practice-mother-name }، في { -digital-post } الخاص بها.
    لقد أعطتك «Læseadgang» (صلاحية القراءة). أنت ترى رسالة في بريدها.
    مع «Læseadgang» يُسمح لك أن تقرأ رسائلها، وأن تعيد توجيهها، وأن تنقلها إلى مجلدات.
    لا يُسمح لك أن تحذف الرسائل نهائيًا، ولا أن تكتب رسائل جديدة، ولا أن ترد. لذلك لا تعمل هذه الأزرار هنا.
    أمك تريد منك أن تعيد توجيه الرسالة. اضغط «Videresend» (إعادة التوجيه).
practice-digital-post-folders-mother-letter-hint = اضغط «Videresend». هذا مسموح لك مع «Læseadgang».
practice-digital-post-folders-mother-letter-delete-feedback = «Slet» (حذف) لا يعمل هنا. مع «Læseadgang» لا يُسمح لك أن تحذف الرسائل نهائيًا. تبقى الرسالة في مكانها. اضغط «Videresend».
practice-digital-post-folders-mother-letter-reply-feedback = «Besvar» (رد) لا يعمل هنا. مع «Læseadgang» لا يُسمح لك أن ترد على الرسائل. هذا يحتاج إلى «Læse- og skriveadgang» (صلاحية القراءة والكتابة). اضغط «Videresend».
practice-digital-post-folders-mother-letter-new-message-feedback = «Skriv ny besked» (اكتب رسالة جديدة) لا يعمل هنا. مع «Læseadgang» لا يُسمح لك أن تكتب رسائل جديدة. هذا يحتاج إلى «Læse- og skriveadgang» (صلاحية القراءة والكتابة)، ويمكن أن يساعد { -borgerservice } في إعطائها. اضغط الآن «Videresend».
practice-digital-post-folders-mother-letter-move-feedback = هذا مسموح لك مع «Læseadgang». لكن هنا تريد أمك منك أن تعيد توجيه الرسالة. اضغط «Videresend».

practice-digital-post-folders-forwarded-guidance =
    أحسنت! لقد أعدت توجيه الرسالة. هذا مسموح لك مع «Læseadgang».
    ولقد نقلت أيضًا رسالة إلى مجلد، وحذفت رسالة، ووجدت رسالة قديمة.
    تذكّر: يبقى على أمك نفسها واجب قراءة بريدها.
    إذا كانت لديكما أسئلة عن الصلاحية، فاسألا { -borgerservice }.
