guide-digital-post-where-title = Where do you read { -digital-post }?
guide-digital-post-where-summary = The four places where you can read your post, and how you hear about new letters.

guide-digital-post-where-places-title = One mailbox, four places
guide-digital-post-where-places-body =
    { -digital-post } is one mailbox.
    You can open the same mailbox in four places:
    on { -borger-dk }, in the { -digital-post } app, in { -e-boks } and on { -mit-dk }.
    You can choose the place that suits you best.

guide-digital-post-where-app-and-e-boks-title = The app and { -e-boks }
guide-digital-post-where-app-and-e-boks-body =
    The { -digital-post } app comes from the public authorities.
    It shows only post from public authorities.
    { -e-boks } shows your public post only after you have given your consent.
    If you have not given your consent, you can read your post on { -borger-dk } or in the app.

guide-digital-post-where-private-title = Letters from companies
guide-digital-post-where-private-body =
    Private companies, such as your bank, choose for themselves where they send letters.
    They send them either to { -e-boks } or to { -mit-dk }.
    If you are waiting for a letter from a company, look in both places.
    The { -digital-post } app does not show letters from companies.

guide-digital-post-where-notices-title = Hear about new post
guide-digital-post-where-notices-body =
    You can get an e-mail or a text message when new post arrives.
    This only happens if you have entered your contact details.
    Do it, so that you do not miss a letter.
    This is important, because a letter counts as delivered when it arrives, even if you have not read it.

guide-digital-post-where-borger-dk-title = Read on { -borger-dk }
guide-digital-post-where-borger-dk-body =
    On { -borger-dk }, the front page is your “Indbakke” (inbox).
    Click the title of a letter to open it.
    With “Fuldskærm” (full screen), the letter fills the whole screen.
    With “Zoom ind” (zoom in) the text gets bigger, and with “Zoom ud” (zoom out) it gets smaller.

guide-digital-post-where-at-15-title = When your child turns { $digital-post-min-age }
guide-digital-post-where-at-15-body =
    When you turn { $digital-post-min-age }, you automatically get your own { -digital-post }.
    About { $digital-post-letter-weeks ->
        [one] { $digital-post-letter-weeks } week
       *[other] { $digital-post-letter-weeks } weeks
    } before the birthday, both the young person and the parents get a letter about it.
    From the birthday, the parents no longer get the child's letters.
    The young person must use their own { -mitid } to read their post.
