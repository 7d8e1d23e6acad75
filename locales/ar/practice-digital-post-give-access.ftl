practice-digital-post-give-access-title = أعطِ مساعدًا صلاحية الدخول إلى { -digital-post }

practice-digital-post-give-access-inbox-guidance = أمك تريد مساعدة في قراءة رسائلها من الجهات الحكومية وفي الرد عليها. أنت تطلب الصلاحية من { -digital-post } الخاص بك. لقد سجّلت الدخول بـ { -mitid } الخاص بك. اضغط «Menu» (القائمة).
practice-digital-post-give-access-inbox-hint = ابحث عن زر «Menu»، واضغط عليه.
practice-digital-post-give-access-inbox-new-message-feedback = بـ «Skriv ny besked» (اكتب رسالة جديدة) تكتب إلى جهة حكومية. أما صلاحية الدخول إلى بريد أمك فتجدها تحت «Menu».
practice-digital-post-give-access-inbox-letter-feedback = هذه رسالة لك أنت. الآن يجب أن تطلب صلاحية الدخول إلى بريد أمك. اضغط «Menu».

practice-digital-post-give-access-menu-guidance = القائمة مفتوحة. تجد صلاحية الدخول إلى بريد شخص آخر تحت «Læse- og skriveadgang» (صلاحية القراءة والكتابة).
practice-digital-post-give-access-menu-hint = اضغط «Læse- og skriveadgang».
practice-digital-post-give-access-menu-settings-feedback = «Indstillinger» (الإعدادات) خاصة بصندوق بريدك أنت. تجد صلاحية الدخول إلى بريد أمك تحت «Læse- og skriveadgang».

practice-digital-post-give-access-access-guidance = هناك نوعان من الصلاحية. مع «Læseadgang» (صلاحية القراءة) تستطيع أن تقرأ البريد. مع «Læse- og skriveadgang» (صلاحية القراءة والكتابة) تستطيع أيضًا أن تكتب وترد. اضغط «Anmod om adgang» (اطلب الصلاحية).
practice-digital-post-give-access-access-hint = اضغط زر «Anmod om adgang».

practice-digital-post-give-access-kind-guidance = اختر نوع الصلاحية التي تطلبها. أمك تريد مساعدة في قراءة الرسائل وفي الرد عليها أيضًا. أي صلاحية تناسب ذلك؟
practice-digital-post-give-access-kind-hint = أمك تريد مساعدة في الرد أيضًا. اختر «Læse- og skriveadgang».
practice-digital-post-give-access-kind-read-feedback = مع «Læseadgang» (صلاحية القراءة) تستطيع أن تقرأ الرسائل وتعيد توجيهها، وتنقلها إلى مجلدات، وتحدّدها كمقروءة أو غير مقروءة، وترى ملخصًا لما حدث. لكنك لا تستطيع أن تكتب أو ترد، ولا أن تحذف الرسائل نهائيًا، ولا أن تعطي الصلاحية لغيرك. أمك تريد مساعدة في الرد أيضًا. اختر «Læse- og skriveadgang».

practice-digital-post-give-access-form-guidance = اكتب اسم أمك، ورقم CPR الخاص بها، وتاريخًا تنتهي فيه الصلاحية. هنا أنت تتدرّب، فلا تكتب أبدًا رقم CPR حقيقيًا. في هذا التمرين اسم أمك { $practice-mother-name }. استخدم رقم CPR للتدريب { $practice-cpr } وتاريخ الانتهاء { $practice-end-date }. ثم اضغط «Send».
practice-digital-post-give-access-form-hint = اكتب { $practice-mother-name } في «Navn» (الاسم)، و{ $practice-cpr } في «CPR-nummer» (رقم CPR)، و{ $practice-end-date } في «Slutdato» (تاريخ الانتهاء). ثم اضغط «Send».
practice-digital-post-give-access-form-send-check-feedback = رقم CPR لم يكن صحيحًا. هذا يحدث بسهولة: رقم زائد أو رقم ناقص. اضغط «Prøv igen» (حاول مرة أخرى)، واكتب رقم CPR للتدريب { $practice-cpr }.

practice-digital-post-give-access-error-guidance = هذه شاشة خطأ. تظهر عندما يكون شيء ما غير صحيح. لم يحدث شيء سيئ: اضغط «Prøv igen» (حاول مرة أخرى).
practice-digital-post-give-access-error-hint = اضغط زر «Prøv igen».

practice-digital-post-give-access-sent-guidance = تم إرسال طلبك. الآن يجب أن توافق أمك عليه في { -digital-post } الخاص بها. أغلق الصفحة. عندها سترى ما تراه أمك.
practice-digital-post-give-access-sent-hint = اضغط «Luk» (إغلاق).

practice-digital-post-give-access-mother-inbox-guidance = الآن ترى صفحة أمك. لقد سجّلت أمك الدخول إلى { -digital-post } الخاص بها بـ { -mitid } الخاص بها. لا يجوز لأي أحد غيرها أن يستخدم { -mitid } الخاص بها، ولا حتى أنت. تفتح أمك الرسالة التي فيها الطلب.
practice-digital-post-give-access-mother-inbox-hint = اضغط على الرسالة «Anmodning om læse- og skriveadgang» (طلب صلاحية القراءة والكتابة).
practice-digital-post-give-access-mother-inbox-other-feedback = هذه الرسالة عن موضوع آخر. ابحث عن الرسالة التي فيها طلب الصلاحية.

practice-digital-post-give-access-request-guidance = تعرض الرسالة من الذي يطلب الصلاحية، وما نوعها. هنا يظهر اسم مُختلَق بدلًا من اسمك. أمك تعرفك وتريد المساعدة. لذلك توافق. لا توافق إلا إذا كنت تعرف الشخص.
practice-digital-post-give-access-request-hint = اضغط «Godkend» (موافقة).
practice-digital-post-give-access-request-reject-feedback = تستخدم «Afvis» (رفض) عندما لا تعرف الشخص، أو عندما لا تريد أن تعطي الصلاحية. أمك تريد مساعدتك. اضغط «Godkend».

practice-digital-post-give-access-done-guidance = أحسنت! الآن تستطيع أن تقرأ رسائل أمك من الجهات الحكومية، وأن تكتب وترد عليها. ترى الجهة الحكومية أنك أنت من ساعد. الصلاحية لا تشمل الرسائل من الشركات الخاصة. يبقى على أمك واجب قراءة بريدها.
