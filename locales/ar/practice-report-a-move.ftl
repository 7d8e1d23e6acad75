practice-report-a-move-title = أبلِغ عن انتقالك على { -borger-dk }

practice-report-a-move-self-service-guidance =
    ستنتقل إلى سكن جديد. تُبلغ عن انتقالك بنفسك على { -borger-dk }.
    هذه خدمة ذاتية.
    ابحث عن الرابط «Meld flytning» (أبلِغ عن الانتقال).
practice-report-a-move-self-service-hint = اضغط الرابط «Meld flytning».
practice-report-a-move-self-service-power-of-attorney-feedback = «Digital fuldmagt» (توكيل رقمي) تستخدمه عندما يساعدك شخص آخر. هنا تريد أن تُبلغ عن انتقالك بنفسك. اضغط «Meld flytning».

practice-report-a-move-move-page-guidance =
    هنا تُبلغ عن الانتقال.
    أولًا يجب أن تسجّل الدخول بـ { -mitid } الخاص بك.
    اضغط «Log på».
practice-report-a-move-move-page-hint = اضغط زر «Log på».

practice-report-a-move-mitid-box-guidance =
    الآن مربع { -mitid } مفتوح.
    اكتب اسم مستخدم للتدريب في خانة «Bruger-ID». لا تكتب أبدًا اسم المستخدم الحقيقي الخاص بك.
    ثم اضغط «Fortsæt».
practice-report-a-move-mitid-box-hint = اكتب مثلًا «{ $practice-user-id }»، ثم اضغط «Fortsæt».
practice-report-a-move-mitid-box-forgot-feedback = هذا الرابط تستخدمه عندما تنسى اسم المستخدم الخاص بك. هنا أنت تعرفه: اكتبه في الخانة، ثم اضغط «Fortsæt».

practice-report-a-move-app-request-guidance =
    الآن يصل طلب في تطبيق { -mitid } على هاتفك.
    اقرأ من الذي يطلب: { -borger-dk }. أنت بدأت تسجيل الدخول بنفسك، لذلك النص صحيح.
    اسحب بإصبعك للموافقة.
practice-report-a-move-app-request-hint = اسحب السهم إلى الطرف الآخر من الخانة للموافقة.
practice-report-a-move-app-request-reject-feedback = هنا أنت بدأت تسجيل الدخول إلى { -borger-dk } بنفسك، والنص صحيح. لذلك فالموافقة هي الصواب. ارفض فقط عندما لا تكون قد بدأت شيئًا بنفسك.

practice-report-a-move-form-guidance =
    لقد سجّلت الدخول. الآن تملأ الاستمارة «Anmeld flytning til folkeregisteret» (الإبلاغ عن الانتقال إلى سجل السكان).
    اكتب عنوانك الجديد واليوم الذي تنتقل فيه.
    يمكنك أن تُبلغ عن الانتقال في الفترة من { $move-report-days-before ->
        [zero] { $move-report-days-before } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-before } أيام
        [many] { $move-report-days-before } يومًا
       *[other] { $move-report-days-before } يوم
    } قبل انتقالك، إلى { $move-report-days-after ->
        [zero] { $move-report-days-after } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-after } أيام
        [many] { $move-report-days-after } يومًا
       *[other] { $move-report-days-after } يوم
    } بعد انتقالك.
    إذا أبلغت متأخرًا، فقد تُفرض عليك غرامة.
    إذا كانت لديك أسئلة، فاسأل { -borgerservice }.
practice-report-a-move-form-hint = اكتب «{ $practice-address }» في «Ny adresse» (العنوان الجديد)، و«{ $practice-move-date }» في «Flyttedato» (تاريخ الانتقال). ثم اضغط «Næste» (التالي).
practice-report-a-move-form-next-check-feedback = التاريخ في «Flyttedato» (تاريخ الانتقال) غير صحيح. في هذا التمرين تنتقل في { $practice-move-date }. اكتب التاريخ كما هو تمامًا.

practice-report-a-move-date-error-guidance = لم يُقبَل التاريخ. اضغط «Prøv igen» (حاول مرة أخرى)، واكتب التاريخ مرة أخرى.
practice-report-a-move-date-error-hint = اضغط «Prøv igen».

practice-report-a-move-doctor-guidance =
    الآن يأتي «Lægevalg» (اختيار الطبيب).
    يمكنك أن تحتفظ بطبيبك، أو يمكنك أن تختار طبيبًا جديدًا.
    في هذا التمرين تنتقل مسافة أكثر من { $doctor-change-km } كم.
    أنت تريد طبيبًا قريبًا من بيتك الجديد.
    اختيار طبيب جديد مجاني عندما تنتقل.
practice-report-a-move-doctor-hint = اضغط «Vælg ny læge» (اختر طبيبًا جديدًا).
practice-report-a-move-doctor-keep-feedback = يحق لك أن تحتفظ بطبيبك. لكن هنا تريد طبيبًا قريبًا من بيتك الجديد. اضغط «Vælg ny læge».

practice-report-a-move-doctor-list-guidance =
    هؤلاء أطباء يمكنك أن تختار منهم.
    عنوانك الجديد في Øvelsby.
    اختر الطبيب الذي في Øvelsby.
practice-report-a-move-doctor-list-hint = اضغط على الطبيب الذي في Øvelsby.
practice-report-a-move-doctor-list-far-feedback = هذا الطبيب في Gammelby، بعيدًا عن بيتك الجديد. اختر الطبيب الذي في Øvelsby، قريبًا من عنوانك الجديد.

practice-report-a-move-summary-guidance =
    تأكّد أن العنوان والتاريخ والطبيب كلها صحيحة.
    كل شيء صحيح. اضغط «Send».
practice-report-a-move-summary-hint = اضغط زر «Send».
practice-report-a-move-summary-back-feedback = بـ «Tilbage» (رجوع) يمكنك أن تصحّح شيئًا. هنا كل شيء صحيح. اضغط «Send».

practice-report-a-move-receipt-guidance =
    أحسنت! لقد أبلغت عن انتقالك.
    لا يلزمك أن تخبر PostNord بنفسك. هذا يحدث تلقائيًا.
    ستصلك بطاقة صحية جديدة «Sundhedskort» بعد حوالي { $health-card-weeks ->
        [zero] { $health-card-weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $health-card-weeks } أسابيع
        [many] { $health-card-weeks } أسبوعًا
       *[other] { $health-card-weeks } أسبوع
    }.
