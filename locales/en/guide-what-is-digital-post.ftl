guide-what-is-digital-post-title = What is { -digital-post }?
guide-what-is-digital-post-summary = Your secure mailbox for letters from public authorities, and how to use it.

guide-what-is-digital-post-what-title = A secure mailbox
guide-what-is-digital-post-what-body =
    { -digital-post } is a secure mailbox for letters from public authorities.
    You get it automatically when you turn { $digital-post-min-age }.
    You need { -mitid } to open it.

guide-what-is-digital-post-duty-title = You must read your post
guide-what-is-digital-post-duty-body =
    { -digital-post } is mandatory if you are { $digital-post-min-age } or older, have a CPR number and live in Denmark.
    You have a duty to read your post.
    A letter counts as delivered when it arrives, even if you have not read it.
    If you have questions about your duties, ask { -borgerservice }.

guide-what-is-digital-post-where-title = One mailbox, four places
guide-what-is-digital-post-where-body =
    You can open the same mailbox in four places: on { -borger-dk }, in the { -digital-post } app, in { -e-boks } and on { -mit-dk }.
    The { -digital-post } app shows only post from public authorities.
    { -e-boks } shows public post only after you have given your consent.
    Letters from private companies, such as your bank, can arrive in { -e-boks } or on { -mit-dk }.

guide-what-is-digital-post-inbox-title = The inbox and new letters
guide-what-is-digital-post-inbox-body =
    On { -borger-dk }, the front page is your “Indbakke” (inbox).
    Click the title of a letter to open it.
    When new post arrives, you get an e-mail or a text message, if you have entered your contact details.

guide-what-is-digital-post-reply-title = Reply to a letter
guide-what-is-digital-post-reply-body =
    You can use “Besvar” (reply) only when the authority allows replies.
    If “Besvar” is not there, write a new message instead.
    Press “Skriv ny besked”, and choose who gets it under “Vælg myndighed”.
    Write a subject and your text, and press “Send”.

guide-what-is-digital-post-access-title = Let someone help you
guide-what-is-digital-post-access-body =
    You can give another person access to your { -digital-post }.
    With read access the person can read your letters, and with “Læse- og skriveadgang” (read and write access) they can also write and reply for you.
    You still have the duty to read your post yourself.
    { -borgerservice } can help you give the access.

guide-what-is-digital-post-exemption-title = Exemption
guide-what-is-digital-post-exemption-body =
    If you cannot use { -digital-post }, you can apply for an exemption (“fritagelse”).
    Reasons can be, for example, language barriers, a disability, or not having a computer with internet at home (a smartphone or tablet counts as a computer).
    You must go in person to { -borgerservice } with ID.
    You do not have to say which reason applies, and you can cancel the exemption at any time.
