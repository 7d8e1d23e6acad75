practice-power-of-attorney-give-title = أعطِ توكيلًا رقميًا

practice-power-of-attorney-give-start-guidance =
    يريد { $practice-holder-name } أن يساعدك في الإبلاغ عن انتقالك إلى سكن جديد.
    لذلك يجب أن تعطي { $practice-holder-name } توكيلًا رقميًا على { -borger-dk }.
    أولًا تسجّل الدخول بـ { -mitid } الخاص بك. اضغط «Log på».
practice-power-of-attorney-give-start-hint = اضغط زر «Log på».

practice-power-of-attorney-give-mitid-box-guidance =
    الآن مربع { -mitid } مفتوح.
    اكتب اسم مستخدم للتدريب في خانة «Bruger-ID». لا تكتب أبدًا اسم المستخدم الحقيقي الخاص بك.
    ثم اضغط «Fortsæt».
practice-power-of-attorney-give-mitid-box-hint = اكتب مثلًا «{ $practice-user-id }»، ثم اضغط «Fortsæt».

practice-power-of-attorney-give-app-login-guidance =
    الآن يصل طلب في تطبيق { -mitid } على هاتفك.
    اقرأ من الذي يطلب: { -borger-dk }. أنت بدأت تسجيل الدخول بنفسك، لذلك النص صحيح.
    اسحب بإصبعك للموافقة.
practice-power-of-attorney-give-app-login-hint = اسحب السهم إلى الطرف الآخر من الخانة للموافقة.
practice-power-of-attorney-give-app-login-reject-feedback = هنا أنت بدأت تسجيل الدخول إلى { -borger-dk } بنفسك، والنص صحيح. لذلك فالموافقة هي الصواب. ارفض فقط عندما لا تكون قد بدأت شيئًا بنفسك.

practice-power-of-attorney-give-overview-guidance =
    لقد سجّلت الدخول إلى «Digital fuldmagt» (التوكيل الرقمي).
    أنت تعطي التوكيل، لذلك أنت «Fuldmagtsgiver» (الموكِّل).
    اضغط «Giv fuldmagt» (أعطِ توكيلًا).
practice-power-of-attorney-give-overview-hint = اضغط زر «Giv fuldmagt».

practice-power-of-attorney-give-holder-guidance =
    اكتب من الذي سيحصل على التوكيل. هذا الشخص اسمه «Fuldmagtshaver» (الوكيل).
    في هذا التمرين هو { $practice-holder-name }.
    يجب أن يكون كل منكما أكبر من سن { $power-of-attorney-min-age }، وأن يفهم ما يعنيه التوكيل.
    اكتب الاسم ورقم CPR، ثم اضغط «Næste» (التالي).
practice-power-of-attorney-give-holder-hint = اكتب «{ $practice-holder-name }» في «Navn» (الاسم)، و«{ $practice-cpr }» في «CPR-nummer» (رقم CPR). ثم اضغط «Næste».

practice-power-of-attorney-give-task-guidance =
    اختر ما الذي سيشمله التوكيل.
    التوكيل يشمل في العادة مهمة واحدة.
    سيساعدك { $practice-holder-name } في الإبلاغ عن انتقالك.
practice-power-of-attorney-give-task-hint = اضغط «Meld flytning» (أبلِغ عن الانتقال).
practice-power-of-attorney-give-task-test-results-feedback = هذا التوكيل يشمل نتائج فحوصاتك الطبية. هنا سيساعدك { $practice-holder-name } في الإبلاغ عن انتقالك فقط. اضغط «Meld flytning».

practice-power-of-attorney-give-end-date-guidance =
    اكتب في «Slutdato» (تاريخ الانتهاء) إلى متى يبقى التوكيل ساريًا.
    ثم اضغط «Bekræft» (تأكيد).
practice-power-of-attorney-give-end-date-hint = اكتب «{ $practice-end-date }» في «Slutdato». ثم اضغط «Bekræft».
practice-power-of-attorney-give-end-date-cancel-feedback = بـ «Annuller» (إلغاء) تتوقّف، ولا يُعطى التوكيل. أنت تريد أن تعطيه. اضغط «Bekræft».

practice-power-of-attorney-give-app-sign-guidance =
    تعطي التوكيل بواسطة { -mitid } الخاص بك.
    اقرأ في التطبيق من الذي يطلب، وعلى ماذا توافق. إنه { -borger-dk }، والأمر يخص التوكيل.
    هذا صحيح. اسحب بإصبعك للموافقة.
practice-power-of-attorney-give-app-sign-hint = اسحب السهم إلى الطرف الآخر من الخانة للموافقة.
practice-power-of-attorney-give-app-sign-reject-feedback = أنت بدأت التوكيل بنفسك، والنص صحيح. لذلك فالموافقة هي الصواب. ارفض فقط عندما لا تكون قد بدأت شيئًا بنفسك.

practice-power-of-attorney-give-done-guidance =
    أحسنت! لقد أعطيت { $practice-holder-name } توكيلًا ليُبلغ عن انتقالك نيابةً عنك.
    يسجّل { $practice-holder-name } الدخول بـ { -mitid } الخاص به، لا بـ { -mitid } الخاص بك.
    إذا كانت لديك أسئلة عن التوكيلات، فاسأل { -borgerservice }.
