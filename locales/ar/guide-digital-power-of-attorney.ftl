guide-digital-power-of-attorney-title = التوكيل الرقمي
guide-digital-power-of-attorney-summary = دَع شخصًا آخر يُنجز معاملة نيابةً عنك على الإنترنت، أو أنجِز أنت معاملة نيابةً عن شخص آخر.

guide-digital-power-of-attorney-what-title = ما هو التوكيل الرقمي؟
guide-digital-power-of-attorney-what-body =
    مع «Digital fuldmagt» (توكيل رقمي) يستطيع شخص آخر أن يساعدك في معاملة على الإنترنت.
    الشخص الذي يعطي التوكيل اسمه «Fuldmagtsgiver» (الموكِّل).
    الشخص الذي يحصل على التوكيل اسمه «Fuldmagtshaver» (الوكيل).
    يستطيع «Fuldmagtshaver» أن يرى معلوماتك أو أن يتصرّف نيابةً عنك، مثلًا أن يرى نتائج فحوصاتك الطبية أو أن يُبلغ عن انتقالك إلى سكن جديد.

guide-digital-power-of-attorney-covers-title = ماذا يشمل التوكيل؟
guide-digital-power-of-attorney-covers-body =
    التوكيل يشمل فقط خدمات ذاتية معيّنة لدى الجهات الحكومية.
    في العادة يشمل مهمة واحدة.
    ليست كل الجهات الحكومية مشمولة. لذلك لا يمكنك أن تستخدم التوكيل في كل مكان.

guide-digital-power-of-attorney-who-title = من يستطيع أن يستخدمه؟
guide-digital-power-of-attorney-who-body =
    يجب أن يكون لدى واحد منكما على الأقل { -mitid }.
    يجب أن يكون كل منكما أكبر من سن { $power-of-attorney-min-age }.
    ويجب أيضًا أن يفهم كل منكما ما يعنيه التوكيل.
    إذا كان الشخص لا يستطيع أن يستخدم { -mitid } بنفسه، فلا يجوز لـ { -borgerservice } أن يعطيه { -mitid }.
    عندها يمكن أن يساعد التوكيل أو الإعفاء بدلًا من ذلك.

guide-digital-power-of-attorney-give-title = هكذا تعطي توكيلًا
guide-digital-power-of-attorney-give-body =
    يمكنك أن تعطي التوكيل بنفسك على { -borger-dk } بواسطة { -mitid } الخاص بك.
    تختار من الذي سيحصل عليه، وماذا سيشمل.
    يستطيع المساعد أيضًا أن يطلب التوكيل. عندها توقّع أنت عليه، رقميًا أو على الورق.
    إذا وقّعت على الورق، يجب تسليم كل الصفحات إلى { -borgerservice }.

guide-digital-power-of-attorney-use-title = هكذا تستخدم التوكيل
guide-digital-power-of-attorney-use-body =
    إذا حصلت على توكيل، تسجّل الدخول بـ { -mitid } الخاص بك.
    ثم اضغط «Vælg person» (اختر شخصًا)، واختر الشخص الذي تساعده.
    اضغط «Bekræft» (تأكيد).
    الآن أنت تتصرّف نيابةً عن الشخص الآخر.

guide-digital-power-of-attorney-own-mitid-title = دائمًا { -mitid } الخاص بك
guide-digital-power-of-attorney-own-mitid-body =
    لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بشخص آخر.
    وهذا ينطبق أيضًا على العائلة، والأوصياء، ومن لديه توكيل.
    تسجّل الدخول دائمًا بـ { -mitid } الخاص بك، ثم تبدّل إلى الشخص الآخر داخل الخدمة الذاتية.
    إذا أعطيت بيانات { -mitid } الخاصة بك لشخص آخر، فقد يكون عليك أنت أن تدفع ثمن إساءة استخدامها.
    إذا كانت لديك أسئلة، فاسأل { -borgerservice } أو { -mitid-support }.

guide-digital-power-of-attorney-question-log-in = أعطاك والدك توكيلًا. يجب أن تُبلغ عن انتقاله نيابةً عنه. كيف تسجّل الدخول؟
guide-digital-power-of-attorney-question-log-in-own = بـ { -mitid } الخاص بي. ثم أضغط «Vælg person».
guide-digital-power-of-attorney-question-log-in-own-feedback = صحيح. تسجّل الدخول بـ { -mitid } الخاص بك، وتختار والدك داخل الصفحة.
guide-digital-power-of-attorney-question-log-in-grantor = بـ { -mitid } الخاص بوالدي، لأنه سمح لي بذلك.
guide-digital-power-of-attorney-question-log-in-grantor-feedback = لا. لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بشخص آخر، ولا حتى مع توكيل. سجّل الدخول بـ { -mitid } الخاص بك، واضغط «Vælg person».
