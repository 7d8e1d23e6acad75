guide-get-mitid-title = كيف تحصل على { -mitid }
guide-get-mitid-summary = احصل على { -mitid } في { -borgerservice }، أو بنفسك في البيت عبر التطبيق وجواز سفرك.

guide-get-mitid-two-ways-title = طريقتان للحصول على { -mitid }
guide-get-mitid-two-ways-body =
    يمكنك الحصول على { -mitid } عندما تبلغ سن { $mitid-min-age }.
    يمكنك الحصول عليه في { -borgerservice } في بلديتك.
    أو يمكنك الحصول عليه بنفسك في البيت عبر تطبيق { -mitid }.
    لهذا تحتاج إلى جواز سفر أو بطاقة هوية فيها شريحة.

guide-get-mitid-borgerservice-title = في { -borgerservice }
guide-get-mitid-borgerservice-body =
    احجز موعدًا في { -borgerservice } قبل أن تذهب. ابحث عن «Bestil tid» (احجز موعدًا).
    أحضر معك وثيقة سارية لإثبات الهوية («Legitimation»).
    قد تكون جواز سفر، أو رخصة قيادة، أو بطاقة إقامة عليها صورتك.
    إذا لم تكن لديك واحدة منها، فأحضر ورقتين. يجب أن تُظهر إحداهما رقم CPR الخاص بك.

guide-get-mitid-witness-title = أسئلة أو شاهد
guide-get-mitid-witness-body =
    في { -borgerservice } يجب أن تجيب عن بعض أسئلة التحقق عن نفسك. وهي مبنية على رقم CPR الخاص بك.
    وبدلًا من ذلك، يمكنك أن تُحضر معك شاهدًا.
    يجب أن يكون الشاهد قد بلغ سن { $witness-min-age }.
    ويجب أن يكون لديه { -mitid } منذ أكثر من { $witness-mitid-days ->
        [zero] { $witness-mitid-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $witness-mitid-days } أيام
        [many] { $witness-mitid-days } يومًا
       *[other] { $witness-mitid-days } يوم
    }.
    لا يستطيع الشخص نفسه أن يكون شاهدًا لأكثر من { $witness-max-people ->
        [zero] { $witness-max-people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $witness-max-people } أشخاص
        [many] { $witness-max-people } شخصًا
       *[other] { $witness-max-people } شخص
    } خلال { $witness-period-days ->
        [zero] { $witness-period-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $witness-period-days } أيام
        [many] { $witness-period-days } يومًا
       *[other] { $witness-period-days } يوم
    }.

guide-get-mitid-user-id-title = فكّر في اسم المستخدم أولًا
guide-get-mitid-user-id-body =
    قرّر اسم المستخدم «Bruger-ID» قبل أن تذهب إلى { -borgerservice }.
    يجب أن يكون عدد الأحرف فيه من { $user-id-min-length } إلى { $user-id-max-length }.
    لا يجوز أن يكون رقم CPR الخاص بك، ولا أي رقم آخر عدد خاناته { $user-id-forbidden-digits }.
    لا يجوز أن يبدأ أو ينتهي بمسافة فارغة. ولا يجوز أن يكون شخص آخر قد أخذه من قبل.

guide-get-mitid-at-home-title = في البيت بجواز السفر والتطبيق
guide-get-mitid-at-home-body =
    تأكّد أولًا من أن تطبيق { -mitid } يعمل على هاتفك.
    يجب أن يكون جواز سفرك أو بطاقة هويتك ساري المفعول وفيه شريحة. ابحث عن علامة الشريحة.
    افتح التطبيق، واضغط على «Kom i gang» (ابدأ).
    في الهواتف القديمة تجده في القائمة.

guide-get-mitid-scan-title = امسح الجواز والشريحة ووجهك
guide-get-mitid-scan-body =
    أولًا تمسح الرمز الموجود في الصفحة التي عليها صورتك. أمسك الهاتف بشكل أفقي.
    في جواز السفر يبدأ الرمز بالحرف «P». وفي بطاقة الهوية يكون على الوجه الخلفي ويبدأ بالحرف «I».
    بعد ذلك يقرأ الهاتف الشريحة: انزع الغطاء عن الهاتف، وضع الهاتف على الجواز.
    في النهاية تمسح وجهك.

guide-get-mitid-activate-title = اسم المستخدم ورمز PIN
guide-get-mitid-activate-body =
    اختر اسم المستخدم، واكتب رقم هاتفك المحمول. ستصلك رسالة SMS فيها رمز، فاكتبه.
    اختر «På denne telefon» (على هذا الهاتف). بعد ذلك تصلك رسالة SMS فيها رمز PIN مؤقت.
    ثم اختر رمز PIN الخاص بك. ويمكنك أيضًا، إن أردت، أن تفتح التطبيق ببصمة إصبعك أو بوجهك.
    في النهاية اقبل تلقّي الإشعارات من التطبيق.

guide-get-mitid-help-title = جواز سفر أجنبي، ومساعدة في المسح
guide-get-mitid-help-body =
    هل لديك جواز سفر أجنبي وليس لديك رقم CPR؟ عندها تحتاج أولًا إلى رمز اسمه P-kode من { -mitid-support } على الرقم { $mitid-support-phone }.
    يتكوّن رمز P-kode من { $p-code-digits ->
        [zero] { $p-code-digits } رقم
        [one] رقم واحد
        [two] رقمين
        [few] { $p-code-digits } أرقام
        [many] { $p-code-digits } رقمًا
       *[other] { $p-code-digits } رقم
    }. ولديك بالرمز نفسه { $p-code-attempts ->
        [zero] { $p-code-attempts } محاولة
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $p-code-attempts } محاولات
        [many] { $p-code-attempts } محاولة
       *[other] { $p-code-attempts } محاولة
    }.
    يستطيع أحد أقاربك أن يقوم بالمسح لك على هاتفه هو. في قائمة التطبيق يضغط على «Aktivér» (تفعيل)، ثم على «Hjælp en anden med at aktivere» (ساعد شخصًا آخر على التفعيل).
    يجب أن تكون حاضرًا بنفسك أثناء ذلك.
    لا يجوز للشخص الذي يساعدك أن يعرف رمز PIN الخاص بك أو اسم المستخدم الخاص بك.
