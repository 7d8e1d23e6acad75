guide-what-is-mitid-title = ما هو { -mitid }؟
guide-what-is-mitid-summary = ما هو { -mitid }، وكيف تسجّل الدخول، وكيف تتجنّب الاحتيال.

guide-what-is-mitid-what-title = فيمَ تستخدم { -mitid }
guide-what-is-mitid-what-body =
    بواسطة { -mitid } تُثبت أنك أنت فعلًا عندما تسجّل الدخول.
    تستخدمه مثلًا في { -borger-dk }، وفي { -digital-post }، وفي البنك الذي تتعامل معه.
    حلّ { -mitid } محلّ { -nemid }.
    أُغلق { -nemid } في ٣١ أكتوبر ٢٠٢٣.

guide-what-is-mitid-free-and-age-title = السعر والعمر
guide-what-is-mitid-free-and-age-body =
    الحصول على { -mitid } مجاني.
    يجب أن تكون قد بلغت سن { $mitid-min-age } على الأقل لتحصل عليه، وبعض الخدمات تشترط سنًّا أعلى.
    عندما تبلغ سن { $digital-post-min-age }، تحصل تلقائيًا على { -digital-post }.
    عندها تحتاج إلى { -mitid }.

guide-what-is-mitid-user-id-title = اسم المستخدم الخاص بك
guide-what-is-mitid-user-id-body =
    «Bruger-ID» هو اسم المستخدم، وهو اسم تختاره بنفسك وتسجّل الدخول به.
    يجب أن يكون عدد الأحرف فيه من { $user-id-min-length } إلى { $user-id-max-length }.
    لا يجوز أن يكون رقم CPR الخاص بك، ولا أي رقم آخر عدد خاناته { $user-id-forbidden-digits }.
    لا تُخبر به أحدًا إلا { -mitid-support }، وفقط عندما تتصل بهم أنت بنفسك.

guide-what-is-mitid-authenticators-title = وسيلة التعريف الخاصة بك
guide-what-is-mitid-authenticators-body =
    وسيلة التعريف («Identifikationsmiddel») هي ما تستخدمه لتُثبت أنك أنت.
    يمكنك استخدام تطبيق { -mitid } على هاتفك.
    جهاز عرض الرمز («Kodeviser») يعرض رمزًا تستخدمه مع كلمة المرور الخاصة بك.
    جهاز قراءة الرمز الصوتي («Kodeoplæser») يقرأ الرمز بصوت عالٍ للمكفوفين وضعاف البصر، أما شريحة { -mitid } فهي لمن يستخدم { -mitid } كثيرًا.

guide-what-is-mitid-login-title = كيف يبدو تسجيل الدخول
guide-what-is-mitid-login-body =
    عندما تسجّل الدخول إلى خدمة، يُفتح مربع { -mitid }.
    في أعلى المربع تجد «Log på hos» واسم الخدمة.
    اكتب اسم المستخدم في خانة «Bruger-ID»، ثم اضغط «Fortsæt».
    بعد ذلك يظهر في المربع: «Åbn { -mitid } app og godkend».

guide-what-is-mitid-approve-title = الموافقة في التطبيق
guide-what-is-mitid-approve-body =
    على الكمبيوتر يعرض المربع رمز QR: افتح التطبيق، مثلًا برمز PIN، ثم امسح الرمز.
    على الهاتف اضغط بدلًا من ذلك على «Åbn { -mitid } app».
    اقرأ في التطبيق من الذي يطلب، وعلى ماذا توافق.
    إذا كان كل شيء صحيحًا، اسحب بإصبعك للموافقة.

guide-what-is-mitid-stay-safe-title = احذر من الاحتيال
guide-what-is-mitid-stay-safe-body =
    لا توافق أبدًا على شيء لم تبدأه أنت بنفسك.
    لا يطلب منك البنك ولا الشرطة ولا { -mitid-support } ولا { -borgerservice } أبدًا أن توافق على شيء في مكالمة هاتفية أو رسالة بريد إلكتروني أو زيارة.
    لا تشارك رموزك أو وسيلة التعريف الخاصة بك مع أي أحد.
    إذا كنت في شك، فأغلق الخط، واتصل أنت بنفسك بـ { -mitid-support } على الرقم { $mitid-support-phone }.
