topic-mitid = { -mitid }
topic-mitid-summary = سجّل الدخول بأمان، وتعلّم كيف ترفض الاحتيال.
topic-digital-post = { -digital-post }
topic-digital-post-summary = اقرأ رسائل الجهات الحكومية وردّ عليها.
topic-self-service = الخدمة الذاتية على { -borger-dk }
topic-self-service-summary = أبلغ عن انتقالك إلى عنوان جديد، وامنح توكيلًا رقميًا.
topic-helping-others = مساعدة الآخرين
topic-helping-others-summary = ما يُسمح لك أن تساعد فيه، وكيف تساعد.
