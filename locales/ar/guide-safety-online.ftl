guide-safety-online-title = احذر من الاحتيال
guide-safety-online-summary = كيف تعرف المكالمة المزيفة، وماذا تفعل إذا حدث شيء سيّئ.

guide-safety-online-never-approve-title = لا توافق أبدًا لأن أحدًا يطلب منك ذلك
guide-safety-online-never-approve-body =
    لا توافق أبدًا على شيء في { -mitid } لأن أحدًا يتصل بك، أو يرسل لك بريدًا إلكترونيًا، أو يأتي لزيارتك.
    المحتالون يتظاهرون بأنهم من البنك، أو الشرطة، أو { -mitid-support }، أو { -borgerservice }.
    لا أحد من هؤلاء يتواصل معك بهذه الطريقة.

guide-safety-online-signs-title = علامات المكالمة المزيفة
guide-safety-online-signs-body =
    احذر إذا طلب منك المتصل بياناتك الشخصية.
    احذر إذا كان الرقم مخفيًا، أو طويلًا جدًا، أو من خارج البلاد.
    احذر إذا ضغطوا عليك لكي تستعجل.
    الرقم أو الاسم في رسالة SMS قد يكون مزيفًا، حتى لو بدا صحيحًا.
    إذا كنت في شك، فأغلق الخط. واتصل أنت بنفسك بـ { -mitid-support } على الرقم { $mitid-support-phone }.

guide-safety-online-secrets-title = رموزك لك وحدك
guide-safety-online-secrets-body =
    لا تشارك رموزك مع أي أحد أبدًا، ولا تُعِر هاتفك أو جهاز عرض الرمز لأحد أبدًا.
    أعطِ اسم المستخدم الخاص بك لـ { -mitid-support } فقط، وفقط عندما تتصل بهم أنت بنفسك.
    اقرأ دائمًا على ماذا توافق، ومن الذي يطلب.
    إذا لم تبدأه أنت بنفسك، فلا توافق.

guide-safety-online-address-title = تحقّق من العنوان
guide-safety-online-address-body =
    عندما يُفتح مربع { -mitid }، انظر إلى العنوان في أعلى المتصفح.
    يجب أن ينتهي العنوان بـ «mitid.dk».
    إذا لم ينتهِ بذلك، فلا تكتب شيئًا، وأغلق الصفحة.

guide-safety-online-lost-phone-title = إذا ضاع هاتفك
guide-safety-online-lost-phone-body =
    إذا ضاع هاتفك، فأوقِف تطبيق { -mitid } فورًا. وأوقِف أيضًا بطاقة SIM.
    اختر طريقتين لتصلك إشعارات { -mitid }، مثلًا التطبيق، ورسالة SMS أو البريد الإلكتروني.
    عندها يصلك التحذير حتى لو ضاع الهاتف.

guide-safety-online-if-it-happened-title = إذا حدث ذلك
guide-safety-online-if-it-happened-body =
    هل تظن أن شخصًا ما أساء استخدام { -mitid } الخاص بك أو بياناتك؟ إذن اتصل واطلب المساعدة.
    الخط الساخن لسرقة الهوية: { $identity-theft-phone }. وهو مفتوح ليلًا ونهارًا.
    الخط الساخن للأمن الإلكتروني (Cyberhotline): { $cyber-hotline-phone }.
    { -mitid-support }: { $mitid-support-phone }.
    إذا أعطيت بياناتك لشخص آخر، فقد تصبح أنت نفسك مسؤولًا عن إساءة الاستخدام.
    اسأل { -mitid-support } عمّا يعني ذلك بالنسبة لك.
