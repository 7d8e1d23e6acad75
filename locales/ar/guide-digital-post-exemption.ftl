guide-digital-post-exemption-title = الإعفاء من { -digital-post }
guide-digital-post-exemption-summary = من يمكن إعفاؤه، وكيف تقدّم الطلب، وماذا يعني الإعفاء.

guide-digital-post-exemption-who-title = من يمكن إعفاؤه؟
guide-digital-post-exemption-who-body =
    يمكنك أن تطلب الإعفاء إذا انطبق عليك سبب واحد على الأقل من هذه الأسباب:
    لديك إعاقة جسدية، أو إعاقة تؤثّر على التفكير أو الذاكرة أو الفهم.
    ليس لديك في البيت كمبيوتر متصل بالإنترنت. الهاتف الذكي أو الجهاز اللوحي يُحسب كمبيوتر.
    اللغة صعبة عليك، مثلًا لأنك لا تقرأ الدنماركية جيدًا بما يكفي.
    أنت مسجَّل على أنك انتقلت للعيش خارج الدنمارك، أو ليس لديك عنوان ثابت، مثلًا لأنك بلا مأوى.
    من الصعب عليك في الواقع أن تحصل على { -mitid }.

guide-digital-post-exemption-how-title = هكذا تقدّم الطلب
guide-digital-post-exemption-how-body =
    يجب أن تذهب بنفسك شخصيًا إلى { -borgerservice }.
    خذ معك وثيقة إثبات الهوية.
    توقّع على استمارة «på tro og love». وهذا يعني أنك تتعهّد بأن ما تكتبه صحيح.
    لا يلزمك أن تقول أي سبب ينطبق عليك.

guide-digital-post-exemption-relative-title = يمكن لشخص قريب منك أن يقدّم الطلب عنك
guide-digital-post-exemption-relative-body =
    إذا كنت لا تستطيع أن تذهب بنفسك، يستطيع شخص قريب منك أن يقدّم الطلب عنك.
    عندها يجب أن يأخذ هذا الشخص معه توكيلًا.
    التوكيل استمارة وقّعت عليها أنت.

guide-digital-post-exemption-self-service-title = معفى أيضًا من الخدمة الذاتية الرقمية
guide-digital-post-exemption-self-service-body =
    بعض الأمور يجب عادةً أن تُنجزها بنفسك على الإنترنت، مثلًا الإبلاغ عن انتقالك إلى سكن جديد أو طلب البطاقة الصحية.
    منذ 1 يونيو 2023 يشمل الإعفاء هذه الأمور أيضًا.
    إذا كنت معفى، فلا يلزمك إذن أن تستخدم الخدمة الذاتية الرقمية أيضًا.
    اسأل { -borgerservice } كيف تُنجز هذه الأمور عندها.

guide-digital-post-exemption-help-instead-title = المساعدة بدلًا من الإعفاء
guide-digital-post-exemption-help-instead-body =
    هل تريد أن تحتفظ بـ { -digital-post }، لكن مع بعض المساعدة؟
    عندها يمكنك أن تعطي شخصًا تثق به صلاحية الدخول إلى بريدك.
    مع «Læse- og skriveadgang» (صلاحية القراءة والكتابة) يستطيع هذا الشخص أيضًا أن يرد نيابةً عنك.
    يمكنك أيضًا أن تحصل على توكيل وعلى إعفاء معًا. اسأل { -borgerservice } عمّا يناسبك.

guide-digital-post-exemption-cancel-title = يمكنك أن تتراجع
guide-digital-post-exemption-cancel-body =
    يمكنك دائمًا أن تتراجع عن الإعفاء.
    إذا كانت لديك أسئلة عن الإعفاء، فاسأل { -borgerservice }.
