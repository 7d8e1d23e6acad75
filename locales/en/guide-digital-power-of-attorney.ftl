guide-digital-power-of-attorney-title = Digital power of attorney
guide-digital-power-of-attorney-summary = Let another person deal with a matter for you on the internet, or deal with a matter for another person.

guide-digital-power-of-attorney-what-title = What is a digital power of attorney?
guide-digital-power-of-attorney-what-body =
    With a “Digital fuldmagt” (digital power of attorney), another person can help you with a matter on the internet.
    The person who gives the power of attorney is called the “Fuldmagtsgiver” (the giver).
    The person who gets the power of attorney is called the “Fuldmagtshaver” (the holder).
    The “Fuldmagtshaver” can see information or act for you, for example see your test results or report your move.

guide-digital-power-of-attorney-covers-title = What does it cover?
guide-digital-power-of-attorney-covers-body =
    A power of attorney only covers certain self-services of the public authorities.
    Usually it covers one task.
    Not all public authorities take part. So you cannot use a power of attorney everywhere.

guide-digital-power-of-attorney-who-title = Who can use it?
guide-digital-power-of-attorney-who-body =
    At least one of you must have { -mitid }.
    You must both be over { $power-of-attorney-min-age } years old.
    You must also both understand what the power of attorney means.
    If a person cannot manage { -mitid } alone, { -borgerservice } may not give the person { -mitid }.
    Then a power of attorney or an exemption can help instead.

guide-digital-power-of-attorney-give-title = How to give a power of attorney
guide-digital-power-of-attorney-give-body =
    You can give the power of attorney yourself on { -borger-dk } with your { -mitid }.
    You choose who gets it, and what it covers.
    The helper can also ask for the power of attorney. Then you sign it, digitally or on paper.
    If you sign on paper, all pages must be handed in at { -borgerservice }.

guide-digital-power-of-attorney-use-title = How to use a power of attorney
guide-digital-power-of-attorney-use-body =
    If you have been given a power of attorney, you log in with your own { -mitid }.
    Then press “Vælg person” (choose person), and choose the person you are helping.
    Press “Bekræft” (confirm).
    Now you are acting for the other person.

guide-digital-power-of-attorney-own-mitid-title = Always your own { -mitid }
guide-digital-power-of-attorney-own-mitid-body =
    Nobody may use another person's { -mitid }.
    This also goes for family, guardians and a person with a power of attorney.
    You always log in with your own { -mitid }, and change to the other person inside the self-service.
    If you give your { -mitid } details to another person, you may have to pay for the misuse yourself.
    If you have questions, ask { -borgerservice } or { -mitid-support }.

guide-digital-power-of-attorney-question-log-in = Your father has given you a power of attorney. You are going to report a move for him. How do you log in?
guide-digital-power-of-attorney-question-log-in-own = With my own { -mitid }. Then I press “Vælg person”.
guide-digital-power-of-attorney-question-log-in-own-feedback = Right. You log in with your own { -mitid } and choose your father inside the page.
guide-digital-power-of-attorney-question-log-in-grantor = With my father's { -mitid }, because he has given me permission.
guide-digital-power-of-attorney-question-log-in-grantor-feedback = No. Nobody may use another person's { -mitid }, not even with a power of attorney. Log in with your own { -mitid }, and press “Vælg person”.
