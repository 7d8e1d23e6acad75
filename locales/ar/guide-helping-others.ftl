guide-helping-others-title = عندما تساعد شخصًا آخر
guide-helping-others-summary = ما يُسمح لك به وما لا يُسمح لك به، عندما تساعد أحد أفراد عائلتك أو شخصًا آخر في { -mitid }.

guide-helping-others-may-title = هذا مسموح لك
guide-helping-others-may-body =
    يُسمح لك أن تساعد شخصًا آخر في { -mitid }.
    يُسمح لك أن تبحث عن معلومات لهذا الشخص.
    يُسمح لك أن تكتب رقم هاتفه وبريده الإلكتروني.
    يُسمح لك أيضًا أن تكتب الرمز الذي يصل برسالة SMS، عندما يجب التحقّق من رقم الهاتف.
    يُسمح لك أن تشرح كيف يبدو اسم المستخدم الآمن وكلمة المرور الآمنة.

guide-helping-others-may-not-title = هذا غير مسموح لك
guide-helping-others-may-not-body =
    لا يُسمح لك أن تعرف رموز هذا الشخص.
    هذا يشمل رمز PIN، وكلمة المرور، واسم المستخدم.
    ولا يُسمح لك أيضًا أن تحتفظ بهاتفه أو بجهاز عرض الرمز الخاص به.

guide-helping-others-look-away-title = انظر بعيدًا، وكونا معًا
guide-helping-others-look-away-body =
    عندما يكتب الشخص رمز PIN أو كلمة المرور، تنظر أنت بعيدًا.
    يجب أن يكون الشخص نفسه حاضرًا عندما تساعده.
    لا يُسمح لك أبدًا أن تُنجز شيئًا بـ { -mitid } الخاص بالشخص وهو غير موجود.

guide-helping-others-own-mitid-title = استخدم دائمًا { -mitid } الخاص بك
guide-helping-others-own-mitid-body =
    لا يُسمح لأحد أن يستخدم { -mitid } الخاص بشخص آخر.
    وهذا يشمل أيضًا العائلة، والوصي، ومن لديه توكيل.
    بصفتك مساعدًا، تسجّل الدخول دائمًا بـ { -mitid } الخاص بك.
    بعد ذلك، داخل الخدمة، تنتقل إلى الشخص الذي تساعده.
    مع التوكيل الرقمي تضغط «Vælg person» (اختيار الشخص)، ثم تضغط «Bekræft» (تأكيد).

guide-helping-others-power-title = توكيل أو صلاحية الدخول إلى البريد
guide-helping-others-power-body =
    إذا كنت ستساعد كثيرًا، يمكن للشخص أن يعطيك توكيلًا على { -borger-dk } عن طريق «Digital fuldmagt» (التوكيل الرقمي).
    عندها يُسمح لك أن ترى بياناته أو أن تفعل شيئًا نيابةً عنه في خدمات معيّنة.
    التوكيل غالبًا يسري على مهمة واحدة فقط.
    يجب أن يكون كل واحد منكما قد تجاوز سن { $power-of-attorney-min-age }.
    ويمكن للشخص أيضًا أن يعطيك صلاحية الدخول إلى { -digital-post } الخاص به، مثلًا «Læse- og skriveadgang» (صلاحية القراءة والكتابة).

guide-helping-others-refused-title = عندما يكون { -mitid } صعبًا جدًا
guide-helping-others-refused-body =
    إذا كان الشخص لا يستطيع أن يستخدم { -mitid } وحده، فيجب على { -borgerservice } أن يرفض إعطاءه { -mitid }.
    عندها يمكن للشخص بدلًا من ذلك أن يعطي شخصًا آخر توكيلًا، أو صلاحية الدخول إلى { -digital-post } الخاص به.
    ويمكن للشخص أيضًا أن يطلب الإعفاء («Fritagelse») من { -digital-post }.
    يتم ذلك شخصيًا في { -borgerservice }. ويمكن لأحد أفراد العائلة أن يطلبه نيابةً عنه بتوكيل موقَّع.
    اسأل { -borgerservice } عمّا يناسب أكثر.

guide-helping-others-question-pin = جارتك تكتب رمز PIN الخاص بها في تطبيق { -mitid }. ماذا تفعل؟
guide-helping-others-question-pin-look-away = أنظر بعيدًا.
guide-helping-others-question-pin-look-away-feedback = صحيح. رمز PIN لها وحدها. تنظر بعيدًا بينما تكتبه.
guide-helping-others-question-pin-remember = أتذكّر الرمز، لكي أساعدها في المرة القادمة.
guide-helping-others-question-pin-remember-feedback = لا. لا يُسمح للمساعد أن يعرف رموز شخص آخر. انظر بعيدًا بينما تكتب.
guide-helping-others-question-pin-type-for-her = أكتب الرمز بدلًا منها.
guide-helping-others-question-pin-type-for-her-feedback = لا. عندها ستعرف رمزها، وهذا غير مسموح للمساعد. هي تكتبه بنفسها، وأنت تنظر بعيدًا.

guide-helping-others-question-own-mitid = أعطاك أبوك توكيلًا رقميًا. الآن يجب أن تساعده على موقع حكومي. كيف تسجّل الدخول؟
guide-helping-others-question-own-mitid-own = بـ { -mitid } الخاص بي. ثم أختاره داخل الخدمة.
guide-helping-others-question-own-mitid-own-feedback = صحيح. تسجّل الدخول دائمًا بـ { -mitid } الخاص بك. ثم تضغط «Vælg person» و«Bekræft».
guide-helping-others-question-own-mitid-his = بـ { -mitid } الخاص به، لأن لديّ توكيلًا.
guide-helping-others-question-own-mitid-his-feedback = لا. لا يُسمح لأحد أن يستخدم { -mitid } الخاص بشخص آخر، حتى مع التوكيل. سجّل الدخول بـ { -mitid } الخاص بك.
guide-helping-others-question-own-mitid-ask-pin = أطلب منه أن يقول رمز PIN الخاص به بصوت عالٍ.
guide-helping-others-question-own-mitid-ask-pin-feedback = لا. لا يُسمح للمساعد أن يعرف رمز PIN الخاص بشخص آخر. سجّل الدخول بـ { -mitid } الخاص بك.

guide-helping-others-question-present = صديقتك تطلب منك أن تُنجز شيئًا بـ { -mitid } الخاص بها، بينما هي في العمل. ماذا تفعل؟
guide-helping-others-question-present-wait = أنتظر حتى تكون هي نفسها موجودة.
guide-helping-others-question-present-wait-feedback = صحيح. يجب أن يكون الشخص نفسه حاضرًا عندما تساعده في { -mitid }.
guide-helping-others-question-present-borrow-phone = أستعير هاتفها وأفعل ذلك وحدي.
guide-helping-others-question-present-borrow-phone-feedback = لا. لا يُسمح لك أن تحتفظ بهاتف شخص آخر، ويجب أن تكون هي نفسها موجودة.

guide-helping-others-question-may = أنت تساعد عمّك في الحصول على { -mitid }. ماذا يُسمح لك أن تفعل؟
guide-helping-others-question-may-sms-code = أكتب رقم هاتفه، والرمز الذي في رسالة SMS.
guide-helping-others-question-may-sms-code-feedback = صحيح. يُسمح للمساعد أن يكتب رقم الهاتف، والبريد الإلكتروني، والرمز الذي يصل برسالة SMS.
guide-helping-others-question-may-choose-pin = أختار رمز PIN بدلًا منه.
guide-helping-others-question-may-choose-pin-feedback = لا. عندها ستعرف رمز PIN الخاص به. هو يختاره بنفسه، وأنت تنظر بعيدًا.
guide-helping-others-question-may-note-user-id = أكتب اسم المستخدم الخاص به على ورقة، لكي يبقى معي.
guide-helping-others-question-may-note-user-id-feedback = لا. لا يُسمح للمساعد أن يعرف اسم المستخدم الخاص بشخص آخر. لكن يُسمح لك أن تشرح كيف يبدو اسم المستخدم الآمن.
