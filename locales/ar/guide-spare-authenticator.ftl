guide-spare-authenticator-title = وسيلة احتياطية لـ { -mitid }
guide-spare-authenticator-summary = لماذا يجب أن تكون لديك وسيلة تعريف إضافية، وما الوسائل التي يمكنك الاختيار بينها.

guide-spare-authenticator-why-title = لماذا وسيلة احتياطية؟
guide-spare-authenticator-why-body =
    إذا فقدت هاتفك، فلن تستطيع استخدام تطبيق { -mitid } الموجود عليه.
    لذلك ينصح { -mitid } بأن تكون لديك وسيلة احتياطية: وسيلة تعريف إضافية («Identifikationsmiddel»).
    عندها يبقى لديك شيء تسجّل الدخول به.

guide-spare-authenticator-tablet-title = التطبيق على جهاز لوحي
guide-spare-authenticator-tablet-body =
    يمكنك أن تضع تطبيق { -mitid } على أكثر من جهاز، مثلًا على هاتفك وعلى جهاز لوحي.
    ويمكن أن يكون لديك { $max-active-apps ->
        [zero] { $max-active-apps } نسخة نشطة
        [one] نسخة واحدة نشطة
        [two] نسختان نشطتان
        [few] { $max-active-apps } نسخ نشطة
        [many] { $max-active-apps } نسخة نشطة
       *[other] { $max-active-apps } نسخة نشطة
    } من تطبيق { -mitid } على الأكثر.
    يمكنك أن تنسخ التطبيق من هاتفك إلى الجهاز اللوحي.
    يمكن لعدة أشخاص أن يتشاركوا الجهاز اللوحي نفسه. عندها يكون لكل شخص اسم مستخدم خاص به.
    وفي هذه الحالة يجب على الجميع أن يفتحوا التطبيق برمز PIN، لا ببصمة الإصبع ولا بالوجه.

guide-spare-authenticator-code-display-title = جهاز عرض الرمز
guide-spare-authenticator-code-display-body =
    جهاز عرض الرمز («Kodeviser») جهاز صغير يعرض رمزًا من ستة أرقام.
    هذا الرمز هو رمز لمرة واحدة («Engangskode»): لا يمكنك استخدامه إلا مرة واحدة.
    تستخدمه مع كلمة المرور الخاصة بك («Adgangskode»).

guide-spare-authenticator-reader-chip-title = جهاز قراءة الرمز الصوتي والشريحة
guide-spare-authenticator-reader-chip-body =
    جهاز قراءة الرمز الصوتي («Kodeoplæser») مخصص للمكفوفين وضعاف البصر. وهو يقرأ الرمز بصوت عالٍ.
    فيه زر أحمر عليه نقطة بارزة تستطيع أن تلمسها بإصبعك.
    شريحة { -mitid } مخصصة لمن يستخدم { -mitid } كثيرًا.
    وتوجد منها أنواع تعمل عبر USB أو Bluetooth أو NFC.

guide-spare-authenticator-choose-title = استخدم الوسيلة الاحتياطية عند تسجيل الدخول
guide-spare-authenticator-choose-body =
    اكتب اسم المستخدم في مربع { -mitid }، ثم اضغط «Fortsæt» (متابعة).
    بعد ذلك تجد الرابط «Skift { -mitid } identifikationsmiddel» (تغيير وسيلة التعريف).
    يفتح هذا الرابط القائمة «Vælg identifikationsmiddel» (اختر وسيلة التعريف).
    اختر مثلًا «{ -mitid } kodeviser» أو «{ -mitid } chip» بدلًا من «{ -mitid } app».

guide-spare-authenticator-safe-title = الإشعارات والأمان
guide-spare-authenticator-safe-body =
    اختر طريقتين لتصلك إشعارات { -mitid }: في التطبيق، أو برسالة SMS، أو بالبريد الإلكتروني.
    عندها يصلك التحذير حتى لو فقدت هاتفك.
    لا تشارك رموزك أو وسائل التعريف الخاصة بك مع أي أحد أبدًا. وهذا يشمل وسيلتك الاحتياطية أيضًا.
