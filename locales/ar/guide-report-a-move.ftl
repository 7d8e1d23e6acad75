guide-report-a-move-title = الإبلاغ عن الانتقال إلى سكن جديد
guide-report-a-move-summary = هكذا تُبلغ عن انتقالك إلى سكن جديد على { -borger-dk }، ومتى يجب أن تفعل ذلك.

guide-report-a-move-how-title = أبلِغ عن انتقالك على { -borger-dk }
guide-report-a-move-how-body =
    عندما تنتقل إلى سكن جديد، تُبلغ عن ذلك بنفسك على { -borger-dk }.
    ابحث عن «Meld flytning» (أبلِغ عن الانتقال)، وسجّل الدخول بـ { -mitid } الخاص بك.
    ثم تملأ الاستمارة «Anmeld flytning til folkeregisteret» (الإبلاغ عن الانتقال إلى سجل السكان).
    تكتب عنوانك الجديد واليوم الذي تنتقل فيه.

guide-report-a-move-when-title = متى يجب أن تُبلغ عن انتقالك؟
guide-report-a-move-when-body =
    يمكنك أن تُبلغ عن الانتقال في وقت مبكر يصل إلى { $move-report-days-before ->
        [zero] { $move-report-days-before } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-before } أيام
        [many] { $move-report-days-before } يومًا
       *[other] { $move-report-days-before } يوم
    } قبل أن تنتقل.
    ويجب أن تُبلغ عنه خلال { $move-report-days-after ->
        [zero] { $move-report-days-after } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-after } أيام
        [many] { $move-report-days-after } يومًا
       *[other] { $move-report-days-after } يوم
    } على الأكثر بعد أن تنتقل.
    إذا أبلغت متأخرًا، فقد تُفرض عليك غرامة.
    إذا كانت لديك أسئلة، فاسأل { -borgerservice }.

guide-report-a-move-doctor-title = اختيار الطبيب
guide-report-a-move-doctor-body =
    في الاستمارة نفسها يأتي «Lægevalg» (اختيار الطبيب).
    يمكنك أن تحتفظ بطبيبك الحالي. أو يمكنك أن تختار طبيبًا جديدًا.
    يحق لك هذا الاختيار إذا انتقلت مسافة أكثر من { $doctor-change-km } كم.
    في København وFrederiksberg وTårnby وDragør يكفي أن تنتقل مسافة أكثر من { $doctor-change-km-capital } كم.
    تغيير الطبيب مجاني عندما تنتقل.

guide-report-a-move-after-title = بعد أن ترسل الاستمارة
guide-report-a-move-after-body =
    تحصل شركة البريد PostNord تلقائيًا على عنوانك الجديد. لا يلزمك أن تخبرها بنفسك.
    ستصلك بطاقة صحية جديدة «Sundhedskort» بعد حوالي { $health-card-weeks ->
        [zero] { $health-card-weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $health-card-weeks } أسابيع
        [many] { $health-card-weeks } أسبوعًا
       *[other] { $health-card-weeks } أسبوع
    }.

guide-report-a-move-help-title = احصل على المساعدة
guide-report-a-move-help-body =
    إذا كنت تحتاج إلى مساعدة، فاتصل بـ { -digital-hotline } على الرقم { $digital-hotline-phone }.
    يستطيع شخص آخر أيضًا أن يُبلغ عن انتقالك نيابةً عنك بواسطة «Digital fuldmagt» (توكيل رقمي).
    عندها يسجّل هذا الشخص الدخول بـ { -mitid } الخاص به، لا بـ { -mitid } الخاص بك.

guide-report-a-move-question-deadline = ستنتقل الأسبوع القادم. هل يمكنك أن تُبلغ عن الانتقال من الآن؟
guide-report-a-move-question-deadline-before = نعم. أستطيع أن أُبلغ عنه الآن.
guide-report-a-move-question-deadline-before-feedback = صحيح. يمكنك أن تُبلغ عن الانتقال حتى { $move-report-days-before ->
        [zero] { $move-report-days-before } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-before } أيام
        [many] { $move-report-days-before } يومًا
       *[other] { $move-report-days-before } يوم
    } قبل أن تنتقل.
guide-report-a-move-question-deadline-month-after = لا. سأنتظر حتى أسكن هناك لمدة شهر.
guide-report-a-move-question-deadline-month-after-feedback = لا. يجب أن تُبلغ عن الانتقال خلال { $move-report-days-after ->
        [zero] { $move-report-days-after } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-after } أيام
        [many] { $move-report-days-after } يومًا
       *[other] { $move-report-days-after } يوم
    } على الأكثر بعد أن تنتقل. إذا أبلغت متأخرًا، فقد تُفرض عليك غرامة.
