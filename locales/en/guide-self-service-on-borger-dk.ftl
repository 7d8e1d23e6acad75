guide-self-service-on-borger-dk-title = Self-service on { -borger-dk }
guide-self-service-on-borger-dk-summary = Deal with public authorities yourself on the internet, and find help when you need it.

guide-self-service-on-borger-dk-what-title = What is self-service?
guide-self-service-on-borger-dk-what-body =
    “Selvbetjening” (self-service) means that you deal with a matter with the public authorities yourself, on the internet.
    You fill in a form and send it.
    You find many self-services on { -borger-dk }.
    You log in with your own { -mitid }. Look for “Log på” (log in).

guide-self-service-on-borger-dk-mandatory-title = Some things you must do yourself on the internet
guide-self-service-on-borger-dk-mandatory-body =
    Some self-services are mandatory if you are able to use them.
    Then you must use the internet and not a paper form.
    This is the case, for example, when you move, and when you need a “Sundhedskort” (health card).
    It is also the case for childcare, starting school, housing benefit and the state pension.

guide-self-service-on-borger-dk-exemption-title = Exemption
guide-self-service-on-borger-dk-exemption-body =
    If you cannot use digital services, you can apply for an exemption from { -digital-post }.
    Since 1 June 2023, you are then also exempt from mandatory self-service.
    You apply in person at { -borgerservice } and bring ID.
    If you have questions about your duties, ask { -borgerservice }.

guide-self-service-on-borger-dk-hotline-title = Call and get help
guide-self-service-on-borger-dk-hotline-body =
    If you need help with a self-service, call { -digital-hotline }.
    The number is { $digital-hotline-phone }.
    You can also get help at { -borgerservice }.

guide-self-service-on-borger-dk-helper-title = When another person helps you
guide-self-service-on-borger-dk-helper-body =
    Another person may help you. But nobody may use your { -mitid }.
    The helper logs in with their own { -mitid }.
    With a “Digital fuldmagt” (digital power of attorney), the helper can then deal with certain matters for you.

guide-self-service-on-borger-dk-question-no-help = You cannot work out a form on { -borger-dk }. What do you do?
guide-self-service-on-borger-dk-question-no-help-hotline = I call { -digital-hotline }.
guide-self-service-on-borger-dk-question-no-help-hotline-feedback = Right. { -digital-hotline } helps with self-service. The number is { $digital-hotline-phone }.
guide-self-service-on-borger-dk-question-no-help-give-mitid = I give my neighbour my { -mitid }, so he can do it.
guide-self-service-on-borger-dk-question-no-help-give-mitid-feedback = No. Nobody may use your { -mitid }. Call { -digital-hotline } on { $digital-hotline-phone }, or ask { -borgerservice }.
guide-self-service-on-borger-dk-question-no-help-give-up = I do not do it.
guide-self-service-on-borger-dk-question-no-help-give-up-feedback = No. Some things you must do yourself on the internet, for example when you move. Get help: call { -digital-hotline } on { $digital-hotline-phone }.
