guide-digital-post-exemption-title = Exemption from { -digital-post }
guide-digital-post-exemption-summary = Who can be exempted, how you apply, and what the exemption means.

guide-digital-post-exemption-who-title = Who can be exempted?
guide-digital-post-exemption-who-body =
    You can apply for an exemption if at least one of these reasons fits you:
    You have a physical disability, or a disability that affects your thinking, memory or understanding.
    You do not have a computer with internet at home. A smartphone or a tablet counts as a computer.
    Language is a barrier for you.
    You are registered as having moved out of Denmark, or you have no fixed address, for example because you are homeless.
    In practice, it is hard for you to get { -mitid }.

guide-digital-post-exemption-how-title = How to apply
guide-digital-post-exemption-how-body =
    You must go in person to { -borgerservice }.
    Bring your ID.
    You sign a form “på tro og love”. This means that you promise that it is true.
    You do not have to say which reason fits you.

guide-digital-post-exemption-relative-title = A relative can apply for you
guide-digital-post-exemption-relative-body =
    If you cannot come yourself, a relative can apply for you.
    Then the relative must bring a power of attorney.
    The power of attorney is a form that you have signed.

guide-digital-post-exemption-self-service-title = Also free from digital self-service
guide-digital-post-exemption-self-service-body =
    Some things you normally have to do digitally yourself, for example reporting a move or applying for a health card.
    Since 1 June 2023, the exemption also covers this.
    So if you are exempted, you do not have to use the digital self-service either.
    Ask { -borgerservice } what to do instead.

guide-digital-post-exemption-help-instead-title = Help instead of exemption
guide-digital-post-exemption-help-instead-body =
    Do you want to keep { -digital-post }, but get help?
    Then you can give someone you trust access to your post.
    With “Læse- og skriveadgang” (read and write access) the person can also reply for you.
    You can also have both a power of attorney and an exemption. Ask { -borgerservice } what suits you.

guide-digital-post-exemption-cancel-title = You can change your mind
guide-digital-post-exemption-cancel-body =
    You can always cancel your exemption.
    If you have questions about exemption, ask { -borgerservice }.
