guide-digital-post-access-title = Give a helper access to your { -digital-post }
guide-digital-post-access-summary = What a helper can do with “Læseadgang” (read access) and with “Læse- og skriveadgang” (read and write access), and how the access is given.

guide-digital-post-access-read-title = “Læseadgang” (read access)
guide-digital-post-access-read-body =
    You can give another person access to your { -digital-post }. There are two kinds of access.
    With “Læseadgang” (read access) the person can read your letters and forward them.
    The person can also move letters to folders and mark them as read or unread.
    And the person can see an overview of what has happened in the mailbox.
    But the person cannot delete letters for good, cannot write, cannot reply and cannot give access to others.

guide-digital-post-access-read-write-title = “Læse- og skriveadgang” (read and write access)
guide-digital-post-access-read-write-body =
    With “Læse- og skriveadgang” (read and write access) the person can do the same as with “Læseadgang” (read access).
    On top of that, the person can write new messages and reply to letters for you.
    The public authority can see who has helped you.

guide-digital-post-access-ask-title = How the helper asks for access
guide-digital-post-access-ask-body =
    The helper logs in to their own { -digital-post } with their own { -mitid }.
    Nobody may use your { -mitid }, not even your family.
    The helper presses “Menu”, then “Læse- og skriveadgang” (read and write access), and then “Anmod om adgang” (request access).
    The helper types your name, your CPR number and an end date for the access.
    At the end, the helper presses “Send”.

guide-digital-post-access-approve-title = You approve it yourself
guide-digital-post-access-approve-body =
    The helper does not get access straight away.
    First you must approve the request in your own { -digital-post }.
    Read who is asking for access, and what kind of access it is.
    Only approve if you know the person and want to give the access.

guide-digital-post-access-borgerservice-title = Get help at { -borgerservice }
guide-digital-post-access-borgerservice-body =
    { -borgerservice } can also give the access for you.
    If you cannot come yourself, the helper can bring a power of attorney from you.

guide-digital-post-access-limits-title = Good to know
guide-digital-post-access-limits-body =
    The access covers your public post in all four places: on { -borger-dk }, in the { -digital-post } app, in { -e-boks } and on { -mit-dk }.
    It does not cover letters from private companies, such as your bank.
    You still have the duty to read your post yourself, even when another person helps you.
    If you have questions, ask { -borgerservice } or call { -digital-hotline } on { $digital-hotline-phone }.
