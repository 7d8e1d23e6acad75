guide-digital-post-access-title = أعطِ مساعدًا صلاحية الدخول إلى { -digital-post } الخاص بك
guide-digital-post-access-summary = ماذا يستطيع المساعد أن يفعل مع «Læseadgang» ومع «Læse- og skriveadgang»، وكيف تُعطى هذه الصلاحية.

guide-digital-post-access-read-title = «Læseadgang» (صلاحية القراءة)
guide-digital-post-access-read-body =
    يمكنك أن تعطي شخصًا آخر صلاحية الدخول إلى { -digital-post } الخاص بك. وهناك نوعان من الصلاحية.
    مع «Læseadgang» (صلاحية القراءة) يستطيع الشخص أن يقرأ رسائلك وأن يعيد توجيهها.
    ويستطيع الشخص أيضًا أن ينقل الرسائل إلى مجلدات، وأن يحدّدها كمقروءة أو غير مقروءة.
    ويستطيع الشخص أن يرى ملخصًا لما حدث في صندوق البريد.
    لكن الشخص لا يستطيع أن يحذف الرسائل نهائيًا، ولا أن يكتب، ولا أن يرد، ولا أن يعطي الصلاحية لغيره.

guide-digital-post-access-read-write-title = «Læse- og skriveadgang» (صلاحية القراءة والكتابة)
guide-digital-post-access-read-write-body =
    مع «Læse- og skriveadgang» (صلاحية القراءة والكتابة) يستطيع الشخص أن يفعل كل ما يفعله مع «Læseadgang».
    وبالإضافة إلى ذلك، يستطيع أن يكتب رسائل جديدة وأن يرد على الرسائل نيابةً عنك.
    ترى الجهة الحكومية من الذي ساعدك.

guide-digital-post-access-ask-title = هكذا يطلب المساعد الصلاحية
guide-digital-post-access-ask-body =
    يسجّل المساعد الدخول إلى { -digital-post } الخاص به بواسطة { -mitid } الخاص به.
    لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بك، ولا حتى عائلتك.
    يضغط المساعد على «Menu» (القائمة)، ثم على «Læse- og skriveadgang»، ثم على «Anmod om adgang» (اطلب الصلاحية).
    يكتب المساعد اسمك، ورقم CPR الخاص بك، وتاريخًا تنتهي فيه الصلاحية.
    في النهاية يضغط المساعد على «Send».

guide-digital-post-access-approve-title = أنت توافق بنفسك
guide-digital-post-access-approve-body =
    لا يحصل المساعد على الصلاحية فورًا.
    يجب عليك أولًا أن توافق على الطلب في { -digital-post } الخاص بك.
    اقرأ من الذي يطلب الصلاحية، وما نوع الصلاحية.
    لا توافق إلا إذا كنت تعرف الشخص وتريد أن تعطيه الصلاحية.

guide-digital-post-access-borgerservice-title = احصل على المساعدة في { -borgerservice }
guide-digital-post-access-borgerservice-body =
    يستطيع { -borgerservice } أيضًا أن يعطي الصلاحية بدلًا منك.
    إذا كنت لا تستطيع أن تذهب بنفسك، يستطيع المساعد أن يأخذ معه توكيلًا منك.

guide-digital-post-access-limits-title = ما يجب أن تعرفه
guide-digital-post-access-limits-body =
    الصلاحية تشمل بريدك الحكومي في الأماكن الأربعة كلها: على { -borger-dk }، وفي تطبيق { -digital-post }، وفي { -e-boks }، وعلى { -mit-dk }.
    لكنها لا تشمل الرسائل من الشركات الخاصة، مثل البنك الذي تتعامل معه.
    يبقى عليك أنت واجب قراءة بريدك، حتى عندما يساعدك شخص آخر.
    إذا كانت لديك أسئلة، فاسأل { -borgerservice } أو اتصل بـ { -digital-hotline } على الرقم { $digital-hotline-phone }.
