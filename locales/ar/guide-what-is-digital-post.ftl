guide-what-is-digital-post-title = ما هو { -digital-post }؟
guide-what-is-digital-post-summary = صندوق بريدك الآمن لرسائل الجهات الحكومية، وكيف تستخدمه.

guide-what-is-digital-post-what-title = صندوق بريد آمن
guide-what-is-digital-post-what-body =
    { -digital-post } هو صندوق بريد آمن للرسائل التي تأتيك من الجهات الحكومية.
    تحصل عليه تلقائيًا عندما تبلغ سن { $digital-post-min-age }.
    تحتاج إلى { -mitid } لتفتحه.

guide-what-is-digital-post-duty-title = عليك أن تقرأ بريدك
guide-what-is-digital-post-duty-body =
    { -digital-post } إلزامي إذا كنت قد بلغت سن { $digital-post-min-age }، ولديك رقم CPR، وتسكن في الدنمارك.
    عليك واجب قراءة بريدك.
    تُعتبر الرسالة مُستلَمة عندما تصل، حتى لو لم تقرأها.
    إذا كانت لديك أسئلة عن واجباتك، فاسأل { -borgerservice }.

guide-what-is-digital-post-where-title = صندوق واحد في أربعة أماكن
guide-what-is-digital-post-where-body =
    يمكنك أن تفتح صندوق البريد نفسه في أربعة أماكن: على { -borger-dk }، وفي تطبيق { -digital-post }، وفي { -e-boks }، وعلى { -mit-dk }.
    تطبيق { -digital-post } يعرض فقط البريد الذي يأتي من الجهات الحكومية.
    لا يعرض { -e-boks } البريد الحكومي إلا بعد أن توافق على ذلك.
    الرسائل من الشركات الخاصة، مثل البنك الذي تتعامل معه، قد تصل إلى { -e-boks } أو إلى { -mit-dk }.

guide-what-is-digital-post-inbox-title = صندوق الوارد والرسائل الجديدة
guide-what-is-digital-post-inbox-body =
    على { -borger-dk } تكون الصفحة الأولى هي صندوق الوارد «Indbakke».
    اضغط على عنوان الرسالة لتفتحها.
    عندما يصل بريد جديد، تصلك رسالة بريد إلكتروني أو رسالة نصية قصيرة، إذا كنت قد أدخلت بيانات الاتصال الخاصة بك.

guide-what-is-digital-post-reply-title = الرد على رسالة
guide-what-is-digital-post-reply-body =
    يمكنك استخدام «Besvar» (رد) فقط عندما تسمح الجهة بالرد.
    إذا لم تجد «Besvar»، فاكتب رسالة جديدة بدلًا من ذلك.
    اضغط «Skriv ny besked»، ثم اختر الجهة التي تكتب إليها في «Vælg myndighed».
    اكتب الموضوع والنص، ثم اضغط «Send».

guide-what-is-digital-post-access-title = دَع شخصًا آخر يساعدك
guide-what-is-digital-post-access-body =
    يمكنك أن تعطي شخصًا آخر صلاحية الدخول إلى { -digital-post } الخاص بك.
    مع صلاحية القراءة يستطيع هذا الشخص قراءة رسائلك، ومع «Læse- og skriveadgang» (صلاحية القراءة والكتابة) يستطيع أيضًا أن يكتب ويرد نيابةً عنك.
    يبقى واجب قراءة بريدك عليك أنت.
    يمكن أن يساعدك { -borgerservice } في إعطاء هذه الصلاحية.

guide-what-is-digital-post-exemption-title = الإعفاء
guide-what-is-digital-post-exemption-body =
    إذا كنت لا تستطيع استخدام { -digital-post }، يمكنك أن تطلب الإعفاء («Fritagelse»).
    من الأسباب مثلًا: صعوبات اللغة، أو إعاقة، أو أنه ليس لديك في البيت كمبيوتر متصل بالإنترنت (الهاتف الذكي أو الجهاز اللوحي يُحسب كمبيوتر).
    يجب أن تذهب بنفسك إلى { -borgerservice } ومعك وثيقة إثبات الهوية.
    لا يلزمك أن تقول أي سبب ينطبق عليك، ويمكنك إلغاء الإعفاء في أي وقت.
