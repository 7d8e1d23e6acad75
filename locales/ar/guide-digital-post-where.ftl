guide-digital-post-where-title = أين تقرأ { -digital-post }؟
guide-digital-post-where-summary = الأماكن الأربعة التي يمكنك أن تقرأ فيها بريدك، وكيف تعرف أن رسائل جديدة وصلت.

guide-digital-post-where-places-title = صندوق بريد واحد في أربعة أماكن
guide-digital-post-where-places-body =
    { -digital-post } هو صندوق بريد واحد.
    يمكنك أن تفتح صندوق البريد نفسه في أربعة أماكن:
    على { -borger-dk }، وفي تطبيق { -digital-post }، وفي { -e-boks }، وعلى { -mit-dk }.
    يمكنك أن تختار المكان الذي يناسبك أكثر.

guide-digital-post-where-app-and-e-boks-title = التطبيق و{ -e-boks }
guide-digital-post-where-app-and-e-boks-body =
    تطبيق { -digital-post } تقدّمه الجهات الحكومية.
    وهو يعرض فقط البريد الذي يأتي من الجهات الحكومية.
    لا يعرض { -e-boks } بريدك الحكومي إلا بعد أن تسمح بذلك.
    إذا لم تسمح بذلك، يمكنك أن تقرأ البريد على { -borger-dk } أو في التطبيق.

guide-digital-post-where-private-title = رسائل من الشركات
guide-digital-post-where-private-body =
    الشركات الخاصة، مثل البنك الذي تتعامل معه، تختار بنفسها إلى أين ترسل رسائلها.
    فهي ترسلها إما إلى { -e-boks } أو إلى { -mit-dk }.
    إذا كنت تنتظر رسالة من شركة، فابحث في المكانين.
    تطبيق { -digital-post } لا يعرض الرسائل التي تأتي من الشركات.

guide-digital-post-where-notices-title = احصل على تنبيه عندما يصل بريد جديد
guide-digital-post-where-notices-body =
    يمكن أن تصلك رسالة بريد إلكتروني أو رسالة نصية قصيرة عندما يصل بريد جديد.
    يحدث هذا فقط إذا كنت قد أدخلت بيانات الاتصال الخاصة بك.
    افعل ذلك حتى لا تفوتك أي رسالة.
    فالرسالة تُعتبر مُستلَمة عندما تصل، حتى لو لم تقرأها.

guide-digital-post-where-borger-dk-title = اقرأ على { -borger-dk }
guide-digital-post-where-borger-dk-body =
    على { -borger-dk } تكون الصفحة الأولى هي صندوق الوارد «Indbakke».
    اضغط على عنوان الرسالة لتفتحها.
    عندما تضغط «Fuldskærm» (ملء الشاشة)، تملأ الرسالة الشاشة كلها.
    عندما تضغط «Zoom ind» (تكبير) يصبح النص أكبر، وعندما تضغط «Zoom ud» (تصغير) يصبح أصغر.

guide-digital-post-where-at-15-title = عندما يبلغ طفلك سن { $digital-post-min-age }
guide-digital-post-where-at-15-body =
    عندما يبلغ الشخص سن { $digital-post-min-age }، يحصل تلقائيًا على { -digital-post } الخاص به.
    قبل عيد الميلاد بحوالي { $digital-post-letter-weeks ->
        [zero] { $digital-post-letter-weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $digital-post-letter-weeks } أسابيع
        [many] { $digital-post-letter-weeks } أسبوعًا
       *[other] { $digital-post-letter-weeks } أسبوع
    }، تصل رسالة عن ذلك إلى الشاب وإلى والديه أيضًا.
    ابتداءً من يوم عيد الميلاد، لا تصل رسائل الشاب إلى والديه بعد الآن.
    يحتاج الشاب إلى { -mitid } الخاص به ليقرأ بريده.
