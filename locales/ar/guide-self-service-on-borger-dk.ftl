guide-self-service-on-borger-dk-title = الخدمة الذاتية على { -borger-dk }
guide-self-service-on-borger-dk-summary = أنجِز معاملاتك مع الجهات الحكومية بنفسك على الإنترنت، واعرف أين تجد المساعدة عندما تحتاج إليها.

guide-self-service-on-borger-dk-what-title = ما هي الخدمة الذاتية؟
guide-self-service-on-borger-dk-what-body =
    «Selvbetjening» (الخدمة الذاتية) تعني أنك تُنجز بنفسك معاملة مع الجهات الحكومية على الإنترنت.
    تملأ استمارة وترسلها.
    تجد كثيرًا من هذه الخدمات على { -borger-dk }.
    تسجّل الدخول بـ { -mitid } الخاص بك. ابحث عن «Log på».

guide-self-service-on-borger-dk-mandatory-title = بعض المعاملات يجب أن تُنجزها بنفسك على الإنترنت
guide-self-service-on-borger-dk-mandatory-body =
    بعض الخدمات الذاتية إلزامية، إذا كنت تستطيع أن تستخدمها.
    عندها يجب أن تستخدم الإنترنت، وليس الورق.
    هذا ينطبق مثلًا عندما تنتقل إلى سكن جديد، وعندما تحتاج إلى «Sundhedskort» (البطاقة الصحية).
    وينطبق أيضًا على رعاية الأطفال، وتسجيل الأطفال في المدرسة، ودعم السكن، والمعاش التقاعدي الحكومي.

guide-self-service-on-borger-dk-exemption-title = الإعفاء
guide-self-service-on-borger-dk-exemption-body =
    إذا كنت لا تستطيع أن تستخدم الخدمات الرقمية، يمكنك أن تطلب الإعفاء من { -digital-post }.
    منذ 1 يونيو 2023 تكون عندها معفى أيضًا من الخدمة الذاتية الإلزامية.
    تقدّم الطلب بنفسك شخصيًا في { -borgerservice }، وتأخذ معك وثيقة إثبات الهوية.
    إذا كانت لديك أسئلة عن واجباتك، فاسأل { -borgerservice }.

guide-self-service-on-borger-dk-hotline-title = اتصل واحصل على المساعدة
guide-self-service-on-borger-dk-hotline-body =
    إذا كنت تحتاج إلى مساعدة في خدمة ذاتية، فاتصل بـ { -digital-hotline }.
    الرقم هو { $digital-hotline-phone }.
    يمكنك أيضًا أن تحصل على المساعدة في { -borgerservice }.

guide-self-service-on-borger-dk-helper-title = عندما يساعدك شخص آخر
guide-self-service-on-borger-dk-helper-body =
    لا بأس أن يساعدك شخص آخر. لكن لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بك.
    يسجّل المساعد الدخول بـ { -mitid } الخاص به.
    ومع «Digital fuldmagt» (توكيل رقمي) يستطيع المساعد عندها أن يُنجز معاملات معيّنة نيابةً عنك.

guide-self-service-on-borger-dk-question-no-help = لا تعرف كيف تملأ استمارة على { -borger-dk }. ماذا تفعل؟
guide-self-service-on-borger-dk-question-no-help-hotline = أتصل بـ { -digital-hotline }.
guide-self-service-on-borger-dk-question-no-help-hotline-feedback = صحيح. { -digital-hotline } يساعد في الخدمة الذاتية. الرقم هو { $digital-hotline-phone }.
guide-self-service-on-borger-dk-question-no-help-give-mitid = أعطي جاري { -mitid } الخاص بي، لكي يفعل ذلك هو.
guide-self-service-on-borger-dk-question-no-help-give-mitid-feedback = لا. لا يجوز لأي أحد أن يستخدم { -mitid } الخاص بك. اتصل بـ { -digital-hotline } على الرقم { $digital-hotline-phone }، أو اسأل { -borgerservice }.
guide-self-service-on-borger-dk-question-no-help-give-up = أترك الأمر ولا أفعله.
guide-self-service-on-borger-dk-question-no-help-give-up-feedback = لا. بعض المعاملات يجب أن تُنجزها بنفسك على الإنترنت، مثلًا عندما تنتقل إلى سكن جديد. احصل على المساعدة: اتصل بـ { -digital-hotline } على الرقم { $digital-hotline-phone }.
