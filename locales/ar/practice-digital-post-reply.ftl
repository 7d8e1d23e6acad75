practice-digital-post-reply-title = رُدّ على رسالة، أو اكتب رسالة جديدة

practice-digital-post-reply-inbox-guidance =
    أنت في صندوق الوارد «Indbakke». وصلتك رسالة جديدة من Øvelse Kommune (بلدية للتدريب).
    البلدية تدعوك إلى اجتماع.
    اضغط على عنوان الرسالة لتفتحها.
practice-digital-post-reply-inbox-hint = اضغط على العنوان «Invitation til møde» (دعوة إلى اجتماع).
practice-digital-post-reply-inbox-open-housing-feedback = ستصل إلى هذه الرسالة بعد ذلك. افتح أولًا الرسالة من Øvelse Kommune.
practice-digital-post-reply-inbox-open-tax-feedback = هذه الرسالة قرأتها من قبل. افتح الرسالة الجديدة من Øvelse Kommune.
practice-digital-post-reply-inbox-new-message-feedback = أنت تريد أن ترد على رسالة البلدية. افتح الرسالة أولًا. عندها ترى هل تستطيع أن ترد عليها مباشرة.

practice-digital-post-reply-letter-meeting-guidance =
    تسألك البلدية هل تستطيع أن تأتي إلى الاجتماع.
    في الرسالة زر «Besvar» (رد). هذا الزر يظهر فقط عندما تسمح الجهة الحكومية بالرد.
    عندها يمكنك أن ترد على الرسالة مباشرة. اضغط «Besvar».
practice-digital-post-reply-letter-meeting-hint = اضغط «Besvar».
practice-digital-post-reply-letter-meeting-new-message-feedback = يمكنك أن تكتب رسالة جديدة. لكن هنا يمكنك أن ترد على الرسالة مباشرة، لأن فيها «Besvar» (رد). اضغط «Besvar».
practice-digital-post-reply-letter-meeting-forward-feedback = «Videresend» (إعادة التوجيه) يرسل الرسالة إلى شخص آخر. أنت تريد أن ترد على البلدية: اضغط «Besvar».
practice-digital-post-reply-letter-meeting-move-feedback = «Flyt» (نقل) يضع الرسالة في مجلد. رُدّ على الرسالة أولًا: اضغط «Besvar».
practice-digital-post-reply-letter-meeting-delete-feedback = لا تحذف الرسالة. يجب أن ترد عليها، وقد تحتاج إليها مرة أخرى. اضغط «Besvar».

practice-digital-post-reply-reply-form-guidance =
    هنا تكتب ردّك إلى البلدية.
    اكتب عنوانًا قصيرًا في خانة «Emne» (الموضوع).
    اكتب ردّك في خانة «Besked» (الرسالة).
    ثم اضغط «Send».
practice-digital-post-reply-reply-form-hint = اكتب مثلًا «Mødet» (الاجتماع) في «Emne»، و«Jeg kommer gerne.» (سآتي بكل سرور.) في «Besked». ثم اضغط «Send».
practice-digital-post-reply-reply-form-cancel-feedback = «Annuller» (إلغاء) يوقف ردّك، فلا يُرسَل. اكتب ردّك، ثم اضغط «Send».

practice-digital-post-reply-reply-sent-guidance =
    تم إرسال ردّك إلى البلدية.
    الآن تريد أن تسأل Udbetaling Danmark (الجهة التي تصرف الإعانات) عن إعانة السكن الخاصة بك.
    افتح رسالتهم أولًا، وانظر هل تستطيع أن ترد عليها.
practice-digital-post-reply-reply-sent-hint = اضغط على عنوان الرسالة من Udbetaling Danmark.
practice-digital-post-reply-reply-sent-open-meeting-feedback = هذه الرسالة رددت عليها. افتح الآن الرسالة من Udbetaling Danmark.
practice-digital-post-reply-reply-sent-new-message-feedback = بعد قليل قد تحتاج إلى أن تكتب رسالة جديدة. افتح أولًا الرسالة من Udbetaling Danmark، وانظر هل تستطيع أن ترد عليها مباشرة.

practice-digital-post-reply-letter-housing-guidance =
    انظر إلى الأزرار عند الرسالة. لا يوجد «Besvar» (رد).
    لا تسمح Udbetaling Danmark بالرد على هذه الرسالة.
    لذلك تكتب رسالة جديدة بدلًا من ذلك.
    اضغط «Skriv ny besked» (اكتب رسالة جديدة).
practice-digital-post-reply-letter-housing-hint = لا يوجد «Besvar». اضغط «Skriv ny besked» في القائمة.
practice-digital-post-reply-letter-housing-forward-feedback = «Videresend» (إعادة التوجيه) يرسل الرسالة إلى شخص آخر. أنت تريد أن تكتب إلى Udbetaling Danmark: اضغط «Skriv ny besked».
practice-digital-post-reply-letter-housing-move-feedback = «Flyt» (نقل) يضع الرسالة في مجلد. أنت تريد أن تكتب إلى Udbetaling Danmark: اضغط «Skriv ny besked».
practice-digital-post-reply-letter-housing-delete-feedback = لا تحذف الرسالة. قد تحتاج إليها مرة أخرى. اضغط «Skriv ny besked».

practice-digital-post-reply-compose-guidance =
    أنت تكتب رسالة جديدة.
    أولًا تختار إلى من تُرسَل الرسالة.
    اضغط «Vælg myndighed» (اختر الجهة).
practice-digital-post-reply-compose-hint = اضغط «Vælg myndighed».
practice-digital-post-reply-compose-cancel-feedback = «Annuller» (إلغاء) يوقف الرسالة الجديدة. اضغط «Vælg myndighed» لتختار إلى من تُرسَل الرسالة.

practice-digital-post-reply-authority-list-guidance =
    هذه قائمة بالجهات الحكومية.
    سؤالك عن الرسالة من Udbetaling Danmark.
    اختر «Udbetaling Danmark».
practice-digital-post-reply-authority-list-hint = اضغط «Udbetaling Danmark».
practice-digital-post-reply-authority-list-municipality-feedback = سؤالك عن الرسالة من Udbetaling Danmark، وليس عن البلدية. اختر «Udbetaling Danmark».
practice-digital-post-reply-authority-list-tax-feedback = سؤالك عن إعانة السكن، وليس عن الضرائب. اختر «Udbetaling Danmark».

practice-digital-post-reply-form-guidance =
    الآن تكتب الرسالة إلى Udbetaling Danmark.
    اكتب عنوانًا قصيرًا في «Emne» (الموضوع)، واكتب سؤالك في «Besked» (الرسالة).
    تريد أيضًا أن ترسل عقد الإيجار الخاص بك مع الرسالة. اضغط «Vedhæft fil» (إرفاق ملف).
practice-digital-post-reply-form-hint = اكتب مثلًا «Min boligstøtte» (إعانة السكن الخاصة بي) في «Emne»، و«Her er min lejekontrakt.» (هذا عقد الإيجار الخاص بي.) في «Besked». ثم اضغط «Vedhæft fil».
practice-digital-post-reply-form-send-feedback = انتظر قليلًا قبل أن ترسل. هنا تتدرّب أيضًا على أن ترسل ملفًا مع الرسالة. اضغط أولًا «Vedhæft fil».
practice-digital-post-reply-form-cancel-feedback = «Annuller» (إلغاء) يوقف الرسالة، فلا تُرسَل. اضغط «Vedhæft fil» لترسل عقد الإيجار الخاص بك مع الرسالة.

practice-digital-post-reply-choose-file-guidance =
    الآن ترى الملفات الموجودة على كمبيوترك.
    اختر الملف الذي تريد أن ترسله مع الرسالة: عقد الإيجار الخاص بك.
    لا ترسل إلا ما تحتاج إليه الجهة الحكومية.
practice-digital-post-reply-choose-file-hint = اضغط «Lejekontrakt.pdf».
practice-digital-post-reply-choose-file-photo-feedback = هذه الصورة لا علاقة لها بإعانة السكن الخاصة بك. لا ترسل إلا ما تحتاج إليه الجهة الحكومية. اختر «Lejekontrakt.pdf».
practice-digital-post-reply-choose-file-list-feedback = هذا الملف لا تحتاج إليه Udbetaling Danmark. اختر «Lejekontrakt.pdf».
practice-digital-post-reply-choose-file-cancel-feedback = عندها لن يُرسَل أي ملف مع الرسالة. اختر «Lejekontrakt.pdf».

practice-digital-post-reply-form-attached-guidance =
    تم إرفاق الملف. تراه تحت «Vedhæftede filer» (الملفات المرفقة).
    تحقّق من أن الموضوع والرسالة والملف كلها صحيحة.
    ثم اضغط «Send».
practice-digital-post-reply-form-attached-hint = اضغط «Send».
practice-digital-post-reply-form-attached-attach-feedback = الملف مرفق بالفعل. لا تحتاج إلى أن ترفقه مرة أخرى. اضغط «Send».
practice-digital-post-reply-form-attached-cancel-feedback = «Annuller» (إلغاء) يوقف الرسالة، فلا تُرسَل. اضغط «Send».

practice-digital-post-reply-sent-guidance =
    أحسنت! تم إرسال رسالتك إلى Udbetaling Danmark.
    تذكّر: إذا كان عند الرسالة «Besvar» (رد)، يمكنك أن ترد عليها مباشرة.
    إذا لم يكن عندها «Besvar»، فاكتب رسالة جديدة بـ «Skriv ny besked» (اكتب رسالة جديدة).
