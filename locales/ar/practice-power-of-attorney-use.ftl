practice-power-of-attorney-use-title = استخدم توكيلًا رقميًا

practice-power-of-attorney-use-start-guidance =
    أمك، { $practice-mother-name }، ستنتقل إلى سكن جديد.
    لقد أعطتك توكيلًا رقميًا لتُبلغ عن انتقالها نيابةً عنها.
    تبدأ بتسجيل الدخول. اضغط «Log på».
practice-power-of-attorney-use-start-hint = اضغط زر «Log på».

practice-power-of-attorney-use-mitid-box-guidance =
    تقول أمك: «يمكنك ببساطة أن تستخدم اسم المستخدم الخاص بي.»
    هذا غير مسموح لك. لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بشخص آخر، ولا حتى مع توكيل.
    تسجّل الدخول بـ { -mitid } الخاص بك. اكتب اسم المستخدم الخاص بك للتدريب، ثم اضغط «Fortsæt».
practice-power-of-attorney-use-mitid-box-hint = اكتب اسم المستخدم الخاص بك للتدريب «{ $practice-user-id }»، ثم اضغط «Fortsæt».
practice-power-of-attorney-use-mitid-box-continue-check-feedback = هذا ليس اسم المستخدم الخاص بك للتدريب. إذا استخدمت اسم مستخدم شخص آخر، فأنت تسجّل الدخول كأنك هذا الشخص. لا تفعل ذلك أبدًا. اسم المستخدم الخاص بك للتدريب هو «{ $practice-user-id }».

practice-power-of-attorney-use-other-phone-guidance =
    لم تكتب اسم المستخدم الخاص بك. تخيّل أنه كان اسم المستخدم الخاص بأمك.
    الآن وصل الطلب إلى تطبيق { -mitid } على هاتف أمك.
    إذا وافقتما، فأنت تسجّل الدخول كأنك هي. هذا لا يجوز لأي أحد.
    ارفض الطلب، وسجّل الدخول بـ { -mitid } الخاص بك.
practice-power-of-attorney-use-other-phone-hint = لا توافق. اضغط الزر الموجود تحت الطلب لترفضه.
practice-power-of-attorney-use-other-phone-approve-feedback =
    توقّف: هذا { -mitid } الخاص بأمك. لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بشخص آخر. وهذا ينطبق أيضًا على العائلة وعلى من لديه توكيل.
    تسجّل الدخول دائمًا بـ { -mitid } الخاص بك، وتختار الشخص الآخر داخل الصفحة.
    ارفض الطلب.

practice-power-of-attorney-use-app-login-guidance =
    الآن يصل طلب في تطبيق { -mitid } على هاتفك أنت.
    اقرأ من الذي يطلب: { -borger-dk }. أنت بدأت تسجيل الدخول بنفسك، لذلك النص صحيح.
    اسحب بإصبعك للموافقة.
practice-power-of-attorney-use-app-login-hint = اسحب السهم إلى الطرف الآخر من الخانة للموافقة.
practice-power-of-attorney-use-app-login-reject-feedback = هنا أنت بدأت تسجيل الدخول إلى { -borger-dk } بنفسك بـ { -mitid } الخاص بك، والنص صحيح. لذلك فالموافقة هي الصواب.

practice-power-of-attorney-use-logged-in-guidance =
    لقد سجّلت الدخول باسمك أنت.
    تريد أن تُبلغ عن انتقال أمك. لذلك يجب أن تبدّل إليها.
    اضغط «Vælg person» (اختر شخصًا).
practice-power-of-attorney-use-logged-in-hint = اضغط زر «Vælg person».

practice-power-of-attorney-use-people-guidance =
    هنا تختار الشخص الذي تريد أن تتصرّف نيابةً عنه.
    اختر أمك، { $practice-mother-name }.
practice-power-of-attorney-use-people-hint = اضغط «{ $practice-mother-name }».
practice-power-of-attorney-use-people-self-feedback = هذا أنت. عندها ستُبلغ عن انتقالك أنت. اختر أمك، { $practice-mother-name }.

practice-power-of-attorney-use-confirm-guidance =
    لقد اخترت أمك.
    اضغط «Bekræft» (تأكيد) لتتصرّف نيابةً عنها.
practice-power-of-attorney-use-confirm-hint = اضغط زر «Bekræft».
practice-power-of-attorney-use-confirm-cancel-feedback = بـ «Annuller» (إلغاء) تتوقّف، ولا تتصرّف نيابةً عن أمك. اضغط «Bekræft».

practice-power-of-attorney-use-move-form-guidance =
    الآن أنت تتصرّف نيابةً عن أمك.
    اكتب عنوانها الجديد واليوم الذي تنتقل فيه.
    ثم اضغط «Send».
practice-power-of-attorney-use-move-form-hint = اكتب «{ $practice-address }» في «Ny adresse» (العنوان الجديد)، و«{ $practice-move-date }» في «Flyttedato» (تاريخ الانتقال). ثم اضغط «Send».

practice-power-of-attorney-use-done-guidance =
    أحسنت! لقد أبلغت عن انتقال أمك.
    استخدمت { -mitid } الخاص بك، وبدّلت إليها بـ «Vælg person» و«Bekræft».
    هكذا تستخدم التوكيل.
