guide-helping-others-title = When you help another person
guide-helping-others-summary = What you may do, and what you may not do, when you help someone in your family or another person with { -mitid }.

guide-helping-others-may-title = You may do this
guide-helping-others-may-body =
    You may help another person with { -mitid }.
    You may find information for the person.
    You may type the person's phone number and e-mail.
    You may also type the code that comes by text message when the phone number is checked.
    You may explain what a safe user ID and a safe password look like.

guide-helping-others-may-not-title = You may not do this
guide-helping-others-may-not-body =
    You may not know the person's codes.
    This means the PIN, the password and the user ID.
    You may not keep the person's phone or code display either.

guide-helping-others-look-away-title = Look away, and be there together
guide-helping-others-look-away-body =
    When the person types their PIN or password, you look away.
    The person must be there with you when you help.
    Never do anything with the person's { -mitid } when the person is not there.

guide-helping-others-own-mitid-title = Always use your own { -mitid }
guide-helping-others-own-mitid-body =
    Nobody may use another person's { -mitid }.
    This also goes for family, a guardian and a person with a power of attorney.
    As a helper, you always log in with your own { -mitid }.
    Inside the service, you then change to the person you are helping.
    With a digital power of attorney, you press “Vælg person” (choose person) and then “Bekræft” (confirm).

guide-helping-others-power-title = A power of attorney or access to the post
guide-helping-others-power-body =
    If you help often, the person can give you a power of attorney on { -borger-dk } with “Digital fuldmagt” (digital power of attorney).
    Then you may see information or do things for the person in certain services.
    A power of attorney is often for one task only.
    You must both be over { $power-of-attorney-min-age } years old.
    The person can also give you access to their { -digital-post }, for example “Læse- og skriveadgang” (read and write access).

guide-helping-others-refused-title = When { -mitid } is too hard
guide-helping-others-refused-body =
    If the person cannot manage { -mitid } alone, { -borgerservice } must say no to giving the person { -mitid }.
    Then the person can give another person a power of attorney or access to their { -digital-post } instead.
    The person can also apply for an exemption (“Fritagelse”) from { -digital-post }.
    This is done in person at { -borgerservice }. Someone in the family can apply for the person with a signed power of attorney.
    Ask { -borgerservice } what fits best.

guide-helping-others-question-pin = Your neighbour is typing her PIN in the { -mitid } app. What do you do?
guide-helping-others-question-pin-look-away = I look away.
guide-helping-others-question-pin-look-away-feedback = Right. The PIN is hers only. You look away while she types it.
guide-helping-others-question-pin-remember = I remember the code, so I can help her next time.
guide-helping-others-question-pin-remember-feedback = No. A helper may not know another person's codes. Look away while she types.
guide-helping-others-question-pin-type-for-her = I type the code for her.
guide-helping-others-question-pin-type-for-her-feedback = No. Then you know her code, and a helper may not know it. She types it herself, and you look away.

guide-helping-others-question-own-mitid = Your father has given you a digital power of attorney. Now you are going to help him on a public website. How do you log in?
guide-helping-others-question-own-mitid-own = With my own { -mitid }. Then I choose him inside the service.
guide-helping-others-question-own-mitid-own-feedback = Right. You always log in with your own { -mitid }. Then you press “Vælg person” (choose person) and “Bekræft” (confirm).
guide-helping-others-question-own-mitid-his = With his { -mitid }, because I have a power of attorney.
guide-helping-others-question-own-mitid-his-feedback = No. Nobody may use another person's { -mitid }, not even with a power of attorney. Log in with your own.
guide-helping-others-question-own-mitid-ask-pin = I ask him to say his PIN out loud.
guide-helping-others-question-own-mitid-ask-pin-feedback = No. A helper may not know another person's PIN. Log in with your own { -mitid }.

guide-helping-others-question-present = Your friend asks you to do something with her { -mitid } while she is at work. What do you do?
guide-helping-others-question-present-wait = I wait until she is there herself.
guide-helping-others-question-present-wait-feedback = Right. The person must be there when you help with { -mitid }.
guide-helping-others-question-present-borrow-phone = I borrow her phone and do it alone.
guide-helping-others-question-present-borrow-phone-feedback = No. You may not keep another person's phone, and she must be there herself.

guide-helping-others-question-may = You are helping your uncle to get { -mitid }. What may you do?
guide-helping-others-question-may-sms-code = Type his phone number and the code from the text message.
guide-helping-others-question-may-sms-code-feedback = Right. A helper may type the phone number, the e-mail and the code that comes by text message.
guide-helping-others-question-may-choose-pin = Choose his PIN for him.
guide-helping-others-question-may-choose-pin-feedback = No. Then you know his PIN. He chooses it himself, and you look away.
guide-helping-others-question-may-note-user-id = Write down his user ID, so I have it myself.
guide-helping-others-question-may-note-user-id-feedback = No. A helper may not know another person's user ID. But you may explain what a safe user ID looks like.
