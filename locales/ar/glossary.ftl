glossary-log-paa = تسجيل الدخول: تدخل إلى خدمة وتُثبت من أنت. في بعض الصفحات تجد «Log ind» بدلًا منها.
glossary-log-paa-example = على موقع حكومي تضغط «Log på» عندما تريد أن تدخل بـ { -mitid } الخاص بك.
glossary-bruger-id = اسم المستخدم: الاسم الذي اخترته بنفسك في { -mitid }. تكتبه عندما تسجّل الدخول.
glossary-bruger-id-example = عندما يُفتح مربع { -mitid }، تكتب اسم المستخدم الخاص بك في خانة «Bruger-ID».
glossary-fortsaet = متابعة: الزر الذي تضغط عليه لتنتقل إلى الخطوة التالية.
glossary-fortsaet-example = بعد أن تكتب اسم المستخدم الخاص بك، تضغط «Fortsæt».
glossary-aabn-mitid-app-og-godkend = افتح تطبيق { -mitid } ووافق: المربع ينتظرك. افتح التطبيق، ولا توافق إلا إذا كنت أنت من يسجّل الدخول.
glossary-aabn-mitid-app-og-godkend-example = عندما يعرض مربع { -mitid } «Åbn { -mitid } app og godkend»، تأخذ هاتفك وتفتح التطبيق.
glossary-aabn-mitid-app = افتح تطبيق { -mitid }: زر على الهاتف ينقلك مباشرة إلى التطبيق.
glossary-aabn-mitid-app-example = إذا كنت تسجّل الدخول من هاتفك، تضغط «Åbn { -mitid } app»، فيُفتح التطبيق فورًا.
glossary-godkend = وافِق: تقول «نعم» لما قرأته. لا توافق إلا على شيء بدأته أنت بنفسك.
glossary-godkend-example = عندما ترى كلمة «Godkend»، اقرأ أولًا من الذي يطلب، وعلى ماذا توافق.
glossary-pin-kode = رمز PIN: رمزك السري لتطبيق { -mitid }. لا تشاركه مع أي أحد أبدًا.
glossary-pin-kode-example = عندما تفتح تطبيق { -mitid }، قد يطلب منك رمز PIN الخاص بك («PIN-kode»).

glossary-identifikationsmiddel = وسيلة التعريف: ما تستخدمه لتُثبت أنك أنت: تطبيق { -mitid }، أو جهاز عرض الرمز، أو جهاز قراءة الرمز الصوتي، أو شريحة { -mitid }.
glossary-identifikationsmiddel-example = على موقع MitID.dk ترى كل وسيلة تعريف («Identifikationsmiddel») لديك، مثل تطبيق { -mitid }.
glossary-kodeviser = جهاز عرض الرمز: جهاز يعرض رمزًا تستخدمه مرة واحدة فقط. تستخدمه مع كلمة المرور الخاصة بك.
glossary-kodeviser-example = مع جهاز عرض الرمز («Kodeviser») تسجّل الدخول بالرمز الذي يظهر على الجهاز الصغير، وبكلمة المرور الخاصة بك.
glossary-kodeoplaeser = جهاز قراءة الرمز الصوتي: جهاز يقرأ الرمز بصوت عالٍ. وهو مخصص للمكفوفين وضعاف البصر.
glossary-kodeoplaeser-example = إذا كنت كفيفًا أو ضعيف البصر، يستطيع جهاز قراءة الرمز الصوتي («Kodeoplæser») أن يقرأ لك الرمز بصوت عالٍ.
glossary-adgangskode = كلمة المرور: كلمتك السرية. تستخدمها مع جهاز عرض الرمز أو جهاز قراءة الرمز الصوتي.
glossary-adgangskode-example = إذا كنت تستخدم جهاز عرض الرمز، تكتب أيضًا كلمة المرور («Adgangskode») عندما تسجّل الدخول.

glossary-cpr-nummer = رقم CPR: رقمك الشخصي في الدنمارك. لا يجوز أن يكون هو اسم المستخدم الخاص بك.
glossary-cpr-nummer-example = عندما تطلب صلاحية الدخول إلى { -digital-post } الخاص بشخص آخر، تكتب رقم CPR الخاص بهذا الشخص («CPR-nummer»).
glossary-legitimation = وثائق إثبات الهوية: أوراق تُثبت من أنت، مثل جواز السفر أو رخصة القيادة أو بطاقة الإقامة.
glossary-legitimation-example = إذا أردت أن تحصل على { -mitid } في { -borgerservice }، تأخذ معك وثيقة إثبات الهوية («Legitimation»)، مثل جواز سفرك.

glossary-indbakke = صندوق الوارد: المكان الذي توجد فيه رسائلك.
glossary-indbakke-example = عندما تفتح { -digital-post } الخاص بك على { -borger-dk }، ترى أولًا صندوق الوارد («Indbakke»).
glossary-besvar = رد: تردّ على رسالة. يمكنك استخدامه فقط عندما تسمح الجهة بالرد.
glossary-besvar-example = في رسالة البلدية زر «Besvar». به تستطيع أن ترد على الرسالة مباشرة.
glossary-skriv-ny-besked = اكتب رسالة جديدة: تكتب رسالة جديدة إلى جهة حكومية. استخدمه عندما لا تجد «Besvar».
glossary-skriv-ny-besked-example = إذا لم يكن في الرسالة زر «Besvar» (رد)، تضغط «Skriv ny besked».
glossary-vaelg-myndighed = اختر الجهة: تختار الجهة الحكومية التي تريد أن تكتب إليها.
glossary-vaelg-myndighed-example = عندما تكتب رسالة جديدة، تختار الجهة التي ترسل إليها في «Vælg myndighed»، مثلًا بلديتك.
glossary-send = إرسال: يُرسل رسالتك.
glossary-send-example = عندما تنتهي من كتابة رسالتك، تضغط «Send».
glossary-laese-og-skriveadgang = صلاحية القراءة والكتابة: يستطيع شخص آخر أن يقرأ { -digital-post } الخاص بك، وأن يكتب ويرد نيابةً عنك أيضًا.
glossary-laese-og-skriveadgang-example = إذا أرادت ابنتك أن ترد على الرسائل نيابةً عنك، يمكنك أن تعطيها «Læse- og skriveadgang» إلى { -digital-post } الخاص بك.
glossary-fritagelse = الإعفاء: لا يلزمك استخدام { -digital-post }. تطلبه بنفسك شخصيًا في { -borgerservice }.
glossary-fritagelse-example = إذا كنت لا تستطيع استخدام { -digital-post }، يمكنك أن تسأل { -borgerservice } عن الإعفاء («Fritagelse»).

glossary-glemt-bruger-id = نسيان اسم المستخدم: رابط للمساعدة إذا لم تتذكّر اسم المستخدم الخاص بك.
glossary-glemt-bruger-id-example = إذا لم تتذكّر اسم المستخدم الخاص بك، تضغط الرابط «Glemt bruger-ID?» في مربع { -mitid }.
glossary-skift-mitid-identifikationsmiddel = تغيير وسيلة التعريف: رابط تختار فيه طريقة أخرى للموافقة، مثلًا جهاز عرض الرمز بدلًا من التطبيق.
glossary-skift-mitid-identifikationsmiddel-example = إذا أردت أن تسجّل الدخول بجهاز عرض الرمز بدلًا من التطبيق، تضغط «Skift { -mitid } identifikationsmiddel».

glossary-log-paa-hos = تسجيل الدخول لدى: في أعلى مربع { -mitid } مكتوب أين تسجّل الدخول. تأكّد أنه المكان الذي اخترته أنت بنفسك.
glossary-log-paa-hos-example = في التمرين مكتوب «Log på hos Øvelse Kommune» في أعلى مربع { -mitid }. هكذا تعرف أين تسجّل الدخول.
glossary-husk-mig = تذكّرني: مربع يمكنك أن تضع فيه علامة. عندها تتذكّر الصفحة اسم المستخدم الخاص بك على هذا الكمبيوتر. لا تفعل ذلك إلا على كمبيوترك الشخصي.
glossary-husk-mig-example = في التمرين مكتوب «Husk mig hos Øvelse Kommune» تحت خانة اسم المستخدم. لا تضع علامة إلا على كمبيوترك الشخصي.
glossary-vaelg-identifikationsmiddel = اختر وسيلة التعريف: قائمة تختار منها ما تريد أن توافق به: التطبيق، أو جهاز عرض الرمز، أو الشريحة.
glossary-vaelg-identifikationsmiddel-example = إذا ضغطت «Skift { -mitid } identifikationsmiddel» (تغيير وسيلة التعريف)، تُفتح قائمة «Vælg identifikationsmiddel».
glossary-mitid-app = تطبيق { -mitid }: وافِق بواسطة تطبيق { -mitid } على هاتفك أو جهازك اللوحي.
glossary-mitid-app-example = إذا أردت أن توافق بهاتفك، تضغط «{ -mitid } app» في القائمة.
glossary-mitid-kodeviser = جهاز عرض الرمز من { -mitid }: وافِق بواسطة جهاز عرض الرمز، وهو جهاز صغير يعرض رمزًا من ستة أرقام.
glossary-mitid-kodeviser-example = إذا أردت أن تسجّل الدخول بجهاز عرض الرمز، تضغط «{ -mitid } kodeviser» في القائمة.
glossary-mitid-chip = شريحة { -mitid }: وافِق بواسطة شريحة { -mitid } تضعها في الكمبيوتر أو تقرّبها منه.
glossary-mitid-chip-example = إذا كانت لديك شريحة { -mitid }، تضغط «{ -mitid } chip» في القائمة.
glossary-engangskode = رمز لمرة واحدة: رمز لا يمكنك استخدامه إلا مرة واحدة. يعرض جهاز عرض الرمز رمزًا جديدًا في كل مرة.
glossary-engangskode-example = يعرض جهاز عرض الرمز رمزًا لمرة واحدة («Engangskode»)، وتكتبه في مربع { -mitid }.
glossary-indtast-din-adgangskode = أدخل كلمة المرور: اكتب كلمة المرور الخاصة بك هنا. وهي تُستخدم مع جهاز عرض الرمز. لا تشاركها مع أي أحد أبدًا.
glossary-indtast-din-adgangskode-example = بعد أن تكتب الرمز من جهاز عرض الرمز، يظهر «Indtast din adgangskode».
glossary-proev-igen = حاول مرة أخرى: حدث شيء لم يسر كما ينبغي. اضغط هنا لتحاول مرة أخرى.
glossary-proev-igen-example = إذا حدث خطأ عندما تسجّل الدخول، يمكنك أن تضغط «Prøv igen».

glossary-bestil-tid = احجز موعدًا: اختر يومًا ووقتًا تستطيع فيه أن تأتي إلى { -borgerservice }. افعل ذلك قبل أن تذهب إلى هناك.
glossary-bestil-tid-example = قبل أن تذهب إلى { -borgerservice }، تضغط «Bestil tid» على موقع البلدية.
glossary-kom-i-gang = ابدأ: زر في تطبيق { -mitid }. تضغط عليه لتبدأ، مثلًا عندما تريد الحصول على { -mitid } بجواز سفرك.
glossary-kom-i-gang-example = إذا أردت أن تحصل على { -mitid } بجواز سفرك، تفتح التطبيق وتضغط «Kom i gang».
glossary-spaer = إيقاف: تُغلق شيئًا حتى لا يستطيع أحد أن يستخدمه. أوقِف تطبيق { -mitid } فورًا إذا فقدت هاتفك.
glossary-spaer-example = إذا فقدت هاتفك، يجب أن يُوقَف التطبيق فورًا. ستجد كلمة «Spær» على موقع MitID.dk.
glossary-aktiveringskode = رمز التفعيل: رمز يمكنك الحصول عليه من { -borgerservice }. تفعّل به تطبيق { -mitid }، مثلًا على هاتف جديد، أو عندما يكون التطبيق موقوفًا.
glossary-aktiveringskode-example = إذا حصلت على هاتف جديد، يمكنك أن تأخذ رمز تفعيل («Aktiveringskode») من { -borgerservice }، وتفعّل به التطبيق.
glossary-mitid-support = دعم { -mitid }: خط المساعدة الخاص بـ { -mitid } على الرقم { $mitid-support-phone }. اتصل بهم بنفسك إذا حدث خطأ في { -mitid } الخاص بك. يمكنهم إيقافه فورًا.
glossary-mitid-support-example = احفظ الرقم في هاتفك باسم «{ -mitid } Support»، لكي تتصل بهم بنفسك إذا حدث خطأ.
glossary-borgerservice = { -borgerservice }: مكتب البلدية لخدمة المواطنين. تحجز موعدًا وتذهب إليه. هناك تحصل على { -mitid } وعلى المساعدة.
glossary-borgerservice-example = إذا أردت أن تحصل على { -mitid }، تحجز أولًا موعدًا في «{ -borgerservice }» في بلديتك.

glossary-digital-post = { -digital-post }: صندوق بريدك الآمن لرسائل الجهات الحكومية. عليك واجب قراءة رسائلك.
glossary-digital-post-example = رسائل البلدية تصل إلى «{ -digital-post }» الخاص بك.
glossary-besked = الرسالة: نص قصير مكتوب، ترسله إلى جهة حكومية أو يصلك منها.
glossary-besked-example = في { -digital-post } يمكنك أن تكتب رسالة («Besked») إلى جهة حكومية، مثل بلديتك.
glossary-emne = الموضوع: عنوان قصير يقول عمّ تتحدث رسالتك أو نصّك.
glossary-emne-example = عندما تكتب رسالة، قد تجد خانة «Emne» لعنوان قصير.
glossary-vedhaeft-fil = إرفاق ملف: تضع ملفًا مع ما ترسله، مثل مستند أو صورة.
glossary-vedhaeft-fil-example = إذا أردت أن ترسل صورة لورقة مع رسالتك، تضغط «Vedhæft fil».
glossary-vedhaeftede-filer = الملفات المرفقة: ملفات تأتي مع رسالة، مثل مستند.
glossary-vedhaeftede-filer-example = قد تكون مع الرسالة ملفات مرفقة («Vedhæftede filer»)، مثل مستند يجب أن تقرأه أيضًا.
glossary-videresend = إعادة التوجيه: ترسل رسالة وصلتك إلى شخص آخر.
glossary-videresend-example = إذا وصلتك رسالة يجب أن يراها شخص آخر أيضًا، يمكنك أن تستخدم «Videresend».
glossary-mapper = المجلدات: أماكن في صندوق البريد تجمع فيها رسائلك، لكي تجدها بسهولة من جديد.
glossary-mapper-example = في «Mapper» يمكنك أن تجمع رسائلك، مثلًا كل الرسائل عن الضرائب.
glossary-flyt = نقل: تضع رسالة في مجلد آخر.
glossary-flyt-example = إذا أردت أن تضع رسالة في مجلد آخر، تستخدم «Flyt».
glossary-slet = حذف: تُزيل شيئًا، مثل رسالة، فلا يعود موجودًا.
glossary-slet-example = لا تستخدم «Slet» إلا إذا كنت متأكدًا أنك لن تحتاج إلى الرسالة مرة أخرى.
glossary-menu = القائمة: قائمة فيها عدة اختيارات. هنا تجد مثلًا من يُسمح له أن يرى بريدك.
glossary-menu-example = في { -digital-post } على { -borger-dk } تجد «Læse- og skriveadgang» (صلاحية القراءة والكتابة) تحت «Menu».
glossary-indstillinger = الإعدادات: المكان الذي تغيّر فيه طريقة عمل الأشياء بالنسبة لك.
glossary-indstillinger-example = في { -digital-post } يمكنك أن تفتح «Indstillinger» وتغيّر طريقة عمل الأشياء بالنسبة لك.
glossary-fuldskaerm = ملء الشاشة: تعرض الرسالة على الشاشة كلها، لكي تكون قراءتها أسهل.
glossary-fuldskaerm-example = إذا كانت قراءة الرسالة صعبة، يمكنك أن تضغط «Fuldskærm»، فتملأ الرسالة الشاشة كلها.
glossary-zoom-ind = تكبير: تجعل النص أكبر.
glossary-zoom-ind-example = إذا كان نص الرسالة صغيرًا جدًا، تضغط «Zoom ind».
glossary-zoom-ud = تصغير: تجعل النص أصغر.
glossary-zoom-ud-example = إذا أصبح النص كبيرًا جدًا، تضغط «Zoom ud».

glossary-anmod-om-adgang = طلب صلاحية الدخول: تطلب الإذن لترى { -digital-post } الخاص بشخص آخر. يجب أن يوافق هذا الشخص بنفسه في { -digital-post } الخاص به.
glossary-anmod-om-adgang-example = إذا أردت أن تساعد أمك في { -digital-post } الخاص بها، تضغط «Anmod om adgang». بعد ذلك يجب أن توافق هي في { -digital-post } الخاص بها.
glossary-laeseadgang = صلاحية القراءة: يستطيع شخص آخر أن يقرأ { -digital-post } الخاص بك. لا يُسمح له أن يكتب أو يرد نيابةً عنك.
glossary-laeseadgang-example = مع «Læseadgang» يستطيع ابنك أن يقرأ رسائلك، لكنه لا يستطيع أن يرد عليها نيابةً عنك.
glossary-navn = الاسم: هنا تكتب اسم الشخص.
glossary-navn-example = في الاستمارة تكتب غالبًا اسم الشخص في خانة «Navn».
glossary-slutdato = تاريخ الانتهاء: آخر يوم يسري فيه شيء ما، مثلًا إلى متى يُسمح لشخص آخر أن يرى بريدك.
glossary-slutdato-example = خانة «Slutdato» تسألك إلى متى يجب أن يسري شيء ما.

glossary-afvis = رفض: تقول لا لشيء يُطلب منك.
glossary-afvis-example = إذا رأيت «Afvis»، يمكنك أن تضغط عليه إذا أردت أن تقول لا.
glossary-annuller = إلغاء: تتراجع وتوقف ما تفعله الآن.
glossary-annuller-example = إذا ضغطت على شيء خطأ، يمكنك غالبًا أن تضغط «Annuller» وتبدأ من جديد.
glossary-afbryd = مقاطعة: توقف شيئًا قبل أن ينتهي.
glossary-afbryd-example = إذا أردت أن تتوقف في منتصف شيء ما، قد تجد زر «Afbryd».
glossary-naeste = التالي: تنتقل إلى الصفحة التالية.
glossary-naeste-example = في الاستمارة تضغط «Næste» عندما تنتهي من صفحة.
glossary-tilbage = رجوع: تعود صفحة واحدة إلى الوراء، إلى ما رأيته من قبل.
glossary-tilbage-example = إذا نسيت شيئًا في الصفحة السابقة، تضغط «Tilbage».
glossary-luk = إغلاق: تُزيل نافذة من الشاشة عندما تنتهي منها.
glossary-luk-example = عندما تنتهي من قراءة مستند، يمكنك أن تضغط «Luk».

glossary-selvbetjening = الخدمة الذاتية: صفحات على الإنترنت تُنجز فيها بنفسك معاملاتك مع الجهات الحكومية، مثلًا عندما تنتقل إلى سكن جديد. إذا كنت تستطيع استخدامها، فيجب أن تستخدمها.
glossary-selvbetjening-example = عندما تريد أن تُبلغ عن انتقالك، تستخدم خدمة ذاتية («Selvbetjening») على { -borger-dk }.
glossary-meld-flytning = الإبلاغ عن الانتقال: تُخبر الجهات الحكومية أنك تنتقل إلى مكان جديد.
glossary-meld-flytning-example = إذا كنت ستنتقل، تجد «Meld flytning» على { -borger-dk }.
glossary-anmeld-flytning = استمارة الإبلاغ عن الانتقال: فيها تكتب عنوانك الجديد. يمكنك أن ترسلها من { $move-report-days-before ->
        [zero] { $move-report-days-before } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-before } أيام
        [many] { $move-report-days-before } يومًا
       *[other] { $move-report-days-before } يوم
    } قبل انتقالك، حتى { $move-report-days-after ->
        [zero] { $move-report-days-after } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $move-report-days-after } أيام
        [many] { $move-report-days-after } يومًا
       *[other] { $move-report-days-after } يوم
    } بعده.
glossary-anmeld-flytning-example = عندما تنتقل، تملأ استمارة «Anmeld flytning til folkeregisteret» على { -borger-dk }.
glossary-sundhedskort = البطاقة الصحية: بطاقتك الصفراء من الجهات الحكومية. عندما تنتقل، تصلك بطاقة جديدة بعد { $health-card-weeks ->
        [zero] { $health-card-weeks } أسبوع تقريبًا
        [one] أسبوع واحد تقريبًا
        [two] أسبوعين تقريبًا
        [few] { $health-card-weeks } أسابيع تقريبًا
        [many] { $health-card-weeks } أسبوعًا تقريبًا
       *[other] { $health-card-weeks } أسبوع تقريبًا
    }.
glossary-sundhedskort-example = بعد أن تُبلغ عن انتقالك، تحصل على بطاقة صحية جديدة («Sundhedskort»).
glossary-laegevalg = اختيار الطبيب: هنا تختار الطبيب الذي تريده. عندما تنتقل، يمكنك أن تحتفظ بطبيبك أو أن تغيّره.
glossary-laegevalg-example = عندما تُبلغ عن انتقالك، تصل أيضًا إلى «Lægevalg». هناك تحتفظ بطبيبك أو تغيّره.
glossary-ny-adresse = العنوان الجديد: الخانة التي تكتب فيها المكان الذي تنتقل إليه.
glossary-ny-adresse-example = في استمارة الانتقال قد تجد «Ny adresse». هناك تكتب المكان الذي تنتقل إليه.
glossary-flyttedato = تاريخ الانتقال: اليوم الذي تنتقل فيه إلى مكانك الجديد.
glossary-flyttedato-example = إذا رأيت «Flyttedato»، تكتب اليوم الذي تنتقل فيه.
glossary-behold-nuvaerende-laege = الاحتفاظ بالطبيب الحالي: اختر هذا إذا أردت أن يبقى طبيبك كما هو الآن.
glossary-behold-nuvaerende-laege-example = إذا رأيت «Behold nuværende læge»، تختاره إذا أردت أن يبقى طبيبك كما كان من قبل.
glossary-vaelg-ny-laege = اختيار طبيب جديد: اختر هذا إذا أردت أن تغيّر طبيبك إلى طبيب آخر. إذا انتقلت مسافة أكثر من { $doctor-change-km } كم، يمكنك أن تغيّر مجانًا.
glossary-vaelg-ny-laege-example = إذا رأيت «Vælg ny læge»، تختاره إذا أردت أن تغيّر طبيبك.
glossary-kvittering = الإيصال: الصفحة التي تُظهر أن ما أرسلته قد وصل.
glossary-kvittering-example = بعد أن ترسل استمارة، قد يُظهر إيصال («Kvittering») أنها وصلت.

glossary-digital-fuldmagt = التوكيل الرقمي: خدمة ذاتية على { -borger-dk }. فيها تعطي شخصًا آخر الإذن ليرى بياناتك، أو ليفعل شيئًا نيابةً عنك.
glossary-digital-fuldmagt-example = إذا أردت أن يُبلغ ابنك عن انتقالك نيابةً عنك، يمكنك أن تستخدم «Digital fuldmagt» على { -borger-dk }.
glossary-fuldmagt = التوكيل: إذن تعطيه لشخص آخر ليفعل شيئًا نيابةً عنك، مثل الإبلاغ عن الانتقال. وغالبًا يسري على مهمة واحدة فقط.
glossary-fuldmagt-example = بالتوكيل («Fuldmagt») تستطيع ابنتك أن ترى نتائج فحوصاتك على sundhed.dk.
glossary-fuldmagtsgiver = المُوكِّل: الشخص الذي يعطي شخصًا آخر الإذن ليفعل شيئًا نيابةً عنه.
glossary-fuldmagtsgiver-example = إذا أعطيت ابنك الإذن ليساعدك، فأنت «Fuldmagtsgiver».
glossary-fuldmagtshaver = الوكيل: الشخص الذي يحصل على الإذن ليفعل شيئًا نيابةً عن شخص آخر. يسجّل الدخول بـ { -mitid } الخاص به.
glossary-fuldmagtshaver-example = إذا أعطتك أمك الإذن لتساعدها، فأنت «Fuldmagtshaver».
glossary-giv-fuldmagt = إعطاء توكيل: هنا تعطي شخصًا آخر الإذن ليساعدك. وتؤكّد ذلك بـ { -mitid } الخاص بك.
glossary-giv-fuldmagt-example = إذا رأيت «Giv fuldmagt»، فهنا تعطي شخصًا آخر الإذن ليساعدك.
glossary-vaelg-person = اختيار الشخص: عندما تساعد شخصًا آخر بتوكيل، تختار هنا الشخص الذي تريد أن تساعده.
glossary-vaelg-person-example = بعد أن تسجّل الدخول بـ { -mitid } الخاص بك لتساعد أباك، تضغط «Vælg person».
glossary-bekraeft = تأكيد: تقول إن هذا صحيح، وتنتقل إلى ما بعده.
glossary-bekraeft-example = بعد أن تختار الشخص الذي تساعده، تضغط «Bekræft».

glossary-forskudsopgoerelse = التقدير المسبق للضريبة: ميزانية لدخلك وضريبتك في السنة القادمة. يصل في منتصف نوفمبر، وتصحّحه إذا تغيّر دخلك.
glossary-forskudsopgoerelse-example = إذا حصلت على عمل جديد براتب مختلف، يجب أن تصحّح التقدير المسبق («Forskudsopgørelse») على skat.dk.
glossary-aarsopgoerelse = الكشف الضريبي السنوي: نتيجة ضريبتك في السنة الماضية. يُظهر هل تسترد مالًا، أم يجب أن تدفع أكثر.
glossary-aarsopgoerelse-example = من شهر مارس يمكنك أن ترى الكشف السنوي («Årsopgørelse») للسنة الماضية على skat.dk.
glossary-restskat = الضريبة المتبقية: ضريبة ما زال عليك أن تدفعها عن السنة الماضية.
glossary-restskat-example = إذا كان في كشفك السنوي «Restskat»، فيجب أن تدفع ضريبة أكثر.
glossary-nemkonto = حساب NemKonto: حسابك البنكي العادي، الذي تضع فيه الجهات الحكومية المال، مثل المال الذي تسترده من الضريبة. لا تستطيع الجهات الحكومية أن ترى ما في الحساب.
glossary-nemkonto-example = عندما تسترد مالًا من الضريبة، يصل المال إلى حسابك «NemKonto».
glossary-svindel = الاحتيال: عندما يخدعك شخص ليأخذ مالك، أو بياناتك، أو { -mitid } الخاص بك.
glossary-svindel-example = إذا اتصل بك شخص وطلب منك أن توافق على شيء في تطبيق { -mitid }، فهذا «Svindel» (احتيال).
glossary-fupopkald = مكالمة الاحتيال: مكالمة مزيفة من شخص يتظاهر بأنه من البنك، أو الشرطة، أو { -mitid-support }، أو { -borgerservice }. يريد أن يجعلك توافق على شيء، أو تعطيه بياناتك.
glossary-fupopkald-example = إذا قال المتصل إنه من البنك، وطلب بياناتك، فهذه «Fupopkald» (مكالمة احتيال).
