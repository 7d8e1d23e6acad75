guide-lost-phone-title = فقدت هاتفك
guide-lost-phone-summary = ماذا تفعل فورًا عندما يضيع هاتفك الذي عليه تطبيق { -mitid } أو يُسرق.

guide-lost-phone-block-app-title = أوقِف التطبيق فورًا
guide-lost-phone-block-app-body =
    هل ضاع هاتفك أو سُرق؟ إذن أوقِف تطبيق { -mitid } فورًا.
    يمكنك فعل ذلك على موقع MitID.dk في صفحة «Mine identifikationsmidler» (وسائل التعريف الخاصة بي).
    ويمكنك أيضًا أن تتصل بـ { -mitid-support } على الرقم { $mitid-support-phone } ليوقفوه لك.

guide-lost-phone-sim-title = أوقِف بطاقة SIM أيضًا
guide-lost-phone-sim-body =
    أوقِف أيضًا بطاقة SIM التي كانت في الهاتف.
    من الجيد أن تصلك إشعارات { -mitid } في مكانين، مثلًا في التطبيق وفي البريد الإلكتروني.
    عندها يصلك التحذير حتى لو ضاع الهاتف.

guide-lost-phone-block-all-title = أوقِف { -mitid } بالكامل
guide-lost-phone-block-all-body =
    يمكنك أيضًا أن توقف { -mitid } الخاص بك بالكامل بنفسك لفترة من الوقت. تفعل ذلك على موقع MitID.dk.
    عندها لا يستطيع أحد أن يستخدمه.
    لكن تذكّر: لكي تفتحه من جديد، يجب أن تذهب بنفسك إلى { -borgerservice }.

guide-lost-phone-new-phone-title = { -mitid } على هاتف جديد
guide-lost-phone-new-phone-body =
    على الهاتف الجديد يجب أن تفعّل تطبيق { -mitid } من جديد.
    تفعل ذلك بجواز سفرك، أو برمز التفعيل («Aktiveringskode») من { -borgerservice }.
    والأمر نفسه إذا كان التطبيق موقوفًا، أو إذا نسيت رمز PIN.
    إذا كان الهاتف القديم ما زال معك، يمكنك بدلًا من ذلك أن تنسخ التطبيق منه. شغّل البلوتوث.
    ولحمايتك يجب أن تنتظر { $copy-app-wait-hours ->
        [zero] { $copy-app-wait-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $copy-app-wait-hours } ساعات
        [many] { $copy-app-wait-hours } ساعة
       *[other] { $copy-app-wait-hours } ساعة
    } قبل أن تستطيع النسخ.
    وعند النسخ تستخدم رمز QR. وهو يعمل لمدة { $copy-app-qr-minutes ->
        [zero] { $copy-app-qr-minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $copy-app-qr-minutes } دقائق
        [many] { $copy-app-qr-minutes } دقيقة
       *[other] { $copy-app-qr-minutes } دقيقة
    } فقط.

guide-lost-phone-misuse-title = هل أساء أحد استخدام { -mitid } الخاص بك؟
guide-lost-phone-misuse-body =
    هل تظن أن شخصًا ما استخدم { -mitid } الخاص بك أو بياناتك الشخصية؟
    إذن اتصل بالخط الساخن لسرقة الهوية على الرقم { $identity-theft-phone }.
    وهو يعمل ليلًا ونهارًا.

guide-lost-phone-spare-title = جهّز وسيلة احتياطية
guide-lost-phone-spare-body =
    من الأفضل أن تكون لديك وسيلة احتياطية.
    قد تكون تطبيق { -mitid } على جهاز لوحي، أو جهاز عرض الرمز.
    عندها يبقى لديك شيء تسجّل الدخول به إذا ضاع هاتفك.
