### Facilitator notes: MitID. For the digital ambassador only, one note per guide step and per practice screen.
### Say: what to say or show the group. Ask: a question for the group, or a common question with a short answer.
### Watch out: a common mistake and how to help. Danish screen words stay in Danish, in “…”.

## Guide: what-is-mitid

note-guide-what-is-mitid-what =
    Say: With { -mitid } you show that it is really you when you log in, for example on { -borger-dk }, in { -digital-post } and at your bank.
    Ask: Who has used { -nemid } before? Answer: { -mitid } has replaced { -nemid }, and { -nemid } is closed.
    Watch out: Say clearly that everything here is practice. Nobody should type their real user ID, PIN or password.

note-guide-what-is-mitid-free-and-age =
    Say: { -mitid } is free. You can get it from the age of { $mitid-min-age }, but some services have a higher age limit.
    Ask: What happens when a child turns { $digital-post-min-age }? Answer: The child automatically gets { -digital-post } and then needs { -mitid }.
    Watch out: Do not give advice on duties and rights. Refer people to { -borgerservice } or { -digital-hotline } on { $digital-hotline-phone }.

note-guide-what-is-mitid-user-id =
    Say: The user ID is a name you choose yourself: { $user-id-min-length } to { $user-id-max-length } characters, not the CPR number.
    Ask: May I tell my son my user ID? Answer: No. Only tell it to { -mitid-support }, when you have called them yourself.
    Watch out: Never ask anyone to say their user ID aloud, and do not write it down for them. You may explain what a good user ID is.

note-guide-what-is-mitid-authenticators =
    Say: Show the different authenticators: the app, the code display, the audio code reader and the chip. They all show that it is you.
    Ask: Who does not have a smartphone? Answer: A code display is used together with a password. The audio code reader is for blind and partially sighted people.
    Watch out: Do not quote prices from memory; they change. Refer people to { -mitid }.dk or { -borgerservice }.

note-guide-what-is-mitid-login =
    Say: Show the box: at the top it says “Log på hos” (log in at) and the name of the service. You type in “Bruger-ID” (user ID) and press “Fortsæt” (continue).
    Ask: What does the box say after “Fortsæt”? Answer: “Åbn { -mitid } app og godkend” (open the { -mitid } app and approve).
    Watch out: Show already now that the address of the box must end in “mitid.dk”. The fraud practice goes into more depth.

note-guide-what-is-mitid-approve =
    Say: On a computer you scan the QR code with the app; on a phone you press “Åbn { -mitid } app” (open the { -mitid } app). Read who is asking, and swipe.
    Ask: What do you do if the text in the app does not match what you are doing? Answer: Stop, and do not approve.
    Watch out: When the person opens the app with their PIN, look away and let the person type it themselves. Do not mention a time limit.

note-guide-what-is-mitid-stay-safe =
    Say: Never approve anything you did not start yourself. The bank, the police, { -mitid-support } and { -borgerservice } never ask you to do that over the phone.
    Ask: What do you do if someone calls and puts pressure on you? Answer: Hang up, and call { -mitid-support } yourself on { $mitid-support-phone }.
    Watch out: If someone has approved for a fraudster, do not judge. Help them call the identity theft hotline themselves on { $identity-theft-phone }.

## Guide: get-mitid

note-guide-get-mitid-two-ways =
    Say: You can get { -mitid } at { -borgerservice } in your municipality, or by yourself at home in the app with a passport or ID card that has a chip.
    Ask: Who has a passport or ID card with the chip symbol? They may be able to do it at home. Others go to { -borgerservice }.
    Watch out: You must be at least { $mitid-min-age } years old. At home you need a phone that can use the app, and a valid passport with a chip.

note-guide-get-mitid-borgerservice =
    Say: Book an appointment first (“Bestil tid”), and bring valid “Legitimation” (ID): a passport, driving licence or residence card with a photo.
    Ask: What if you have no photo ID? Answer: Then you can combine papers, and one of them must show the CPR number.
    Watch out: If the person cannot manage { -mitid } on their own, { -borgerservice } must say no. Then a power of attorney or an exemption may be the way; ask { -borgerservice }.

note-guide-get-mitid-witness =
    Say: At { -borgerservice } you answer control questions based on your CPR number. Instead, you can bring a witness.
    Ask: Who can be a witness? Answer: Someone who is at least { $witness-min-age } years old and has had { -mitid } themselves for more than { $witness-mitid-days } days.
    Watch out: The same witness may be a witness for at most { $witness-max-people } people in { $witness-period-days } days. Check this before the visit.

note-guide-get-mitid-user-id =
    Say: Choose the user ID at home beforehand: { $user-id-min-length } to { $user-id-max-length } characters, not a number with { $user-id-forbidden-digits } digits. Have a second choice ready.
    Ask: Why can a user ID be rejected? Answer: It is already taken, or it begins or ends with a space.
    Watch out: You may explain the rules, but the person chooses and remembers their user ID themselves. Do not write it down for the person.

note-guide-get-mitid-at-home =
    Say: First check that the phone can use the { -mitid } app, and that the passport is valid and has a chip. Open the app, and press “Kom i gang” (get started).
    Ask: Who can find the chip symbol on their passport or ID card?
    Watch out: On older phones, “Kom i gang” is in the menu. Let the person hold the phone and the passport themselves; show it on the projector.

note-guide-get-mitid-scan =
    Say: First you scan the code on the photo page, with the phone held sideways. Then the phone reads the chip, lying on the passport. Last, you scan your face.
    Ask: Where is the code on an ID card? Answer: On the back, and it begins with “I”. On a passport it begins with “P”.
    Watch out: Does the phone not read the chip? Take the cover off the phone, and lay it on the passport.

note-guide-get-mitid-activate =
    Say: The person chooses a user ID and types their mobile number. Then come a code by text message, a temporary PIN, and last their own PIN.
    Ask: Who wants to open the app with a fingerprint or their face? Answer: You can choose that, but you do not have to.
    Watch out: You may help with the mobile number and the text message code. When the PIN is chosen, look away and let the person type it themselves.

note-guide-get-mitid-help =
    Say: With a foreign passport and no CPR number, you first need a P-code from { -mitid-support } on { $mitid-support-phone }.
    Ask: May a relative do the scanning? Answer: Yes, on their own phone with “Aktivér” (activate) and “Hjælp en anden med at aktivere” (help someone else activate), while the person is there.
    Watch out: A P-code gives { $p-code-attempts } attempts, so take it calmly. The helper must not know the person's PIN or user ID.

## Guide: lost-phone

note-guide-lost-phone-block-app =
    Say: If the phone is gone, block the app straight away on { -mitid }.dk under “Mine identifikationsmidler” (my authenticators), or through { -mitid-support }.
    Ask: Who has saved the number of { -mitid-support }? Let everyone save it now: { $mitid-support-phone }.
    Watch out: Never log in with the person's { -mitid } to block it. The person logs in or calls themselves; you look away when codes are typed.

note-guide-lost-phone-sim =
    Say: Block the SIM card too. Get messages from { -mitid } in more than one place, for example in the app and by e-mail, so the warning comes even if the phone is gone.
    Ask: Where do you get messages from { -mitid } today? Only on your phone? Then no warning comes if it is gone.
    Watch out: The guide does not say how to block the SIM card. Do not guess; let the person contact their phone company themselves.

note-guide-lost-phone-block-all =
    Say: You can block your whole { -mitid } yourself for a while on { -mitid }.dk. Then nobody can use it.
    Ask: What must you do to open it again? Answer: You must go to { -borgerservice } in person.
    Watch out: Say it clearly before anyone blocks: opening it again needs a visit to { -borgerservice }.

note-guide-lost-phone-new-phone =
    Say: On a new phone you activate the app with a passport or an “Aktiveringskode” (activation code) from { -borgerservice }. If you still have the old phone, you can copy the app.
    Ask: What must you remember when you copy? Answer: Bluetooth turned on, a safety waiting time first, and the QR code works only for a short time.
    Watch out: When the new PIN is chosen, look away and let the person type it themselves. This also goes for a forgotten PIN or a blocked app.

note-guide-lost-phone-misuse =
    Say: If you think someone has misused your { -mitid }, call the identity theft hotline on { $identity-theft-phone }. It is open day and night.
    Ask: Who knows about suspicious calls? Let them tell briefly, without names, codes or amounts.
    Watch out: Do not give advice about liability or money. Refer people to the hotline, { -mitid-support } or { -borgerservice }, and let the person call themselves.

note-guide-lost-phone-spare =
    Say: Recommend a spare: the { -mitid } app on a tablet, or a code display. Then you can still log in if the phone disappears.
    Ask: What would you do tomorrow if your phone was gone? Who already has a spare?
    Watch out: The spare is only for the person themselves. Authenticators and codes must never be shared, not even with family.

## Guide: spare-authenticator

note-guide-spare-authenticator-why =
    Say: If you lose your phone, you cannot use the app on it. That is why { -mitid } recommends an extra “Identifikationsmiddel” (authenticator).
    Ask: What would you do if your phone broke today? Let the group think aloud.
    Watch out: A spare is a recommendation, not a requirement. Do not push anyone to buy anything.

note-guide-spare-authenticator-tablet =
    Say: The app can also be on a tablet, and you can copy it from the phone. Active apps per person: at most { $max-active-apps }.
    Ask: May the family share a tablet? Answer: Yes, each with their own user ID, but then everyone must use a PIN, not a fingerprint or face.
    Watch out: When each person types their PIN on the shared tablet, look away, and remind the family to do the same.

note-guide-spare-authenticator-code-display =
    Say: A “Kodeviser” (code display) is a small device that shows an “Engangskode” (one-time code). You use it together with your “Adgangskode” (password).
    Ask: Why is it called a one-time code? Answer: The code works only once. Next time you use a new one.
    Watch out: Look away when the password is typed, and never write it down for the person. The code display must not be lent to anyone.

note-guide-spare-authenticator-reader-chip =
    Say: A “Kodeoplæser” (audio code reader) reads the code aloud for blind and partially sighted people. A { -mitid } chip for USB, Bluetooth or NFC is for people who use { -mitid } often.
    Ask: How do you find the button on the audio code reader without seeing? Answer: It is red and has a dot you can feel.
    Watch out: Do not quote prices from memory; they change. Refer people to { -mitid }.dk or { -borgerservice }.

note-guide-spare-authenticator-choose =
    Say: After “Fortsæt” (continue), you find the link “Skift { -mitid } identifikationsmiddel” (change authenticator). It opens the list “Vælg identifikationsmiddel” (choose authenticator).
    Ask: What do you choose if you have a code display? Answer: “{ -mitid } kodeviser”.
    Watch out: Many look for the link before they have typed their user ID. It only comes after “Fortsæt”.

note-guide-spare-authenticator-safe =
    Say: Get messages from { -mitid } in more than one place: in the app, by text message or by e-mail. Then the warning comes even if the phone is gone.
    Ask: May you lend your code display to your husband or wife? Answer: No. Codes and authenticators are never shared, not even the spare.
    Watch out: Do not log in with the person's { -mitid } to change anything. The person logs in themselves, and you look away when codes are typed.

## Practice: login-app-computer

note-practice-login-app-computer-service =
    Say: You always start on the service's own page and press “Log på” (log in). The municipality here is made up.
    Ask: Where do you usually find “Log på” on a website?
    Watch out: Say clearly that this is practice. Nobody should use their real user ID or codes.

note-practice-login-app-computer-mitid-box =
    Say: The box shows “Log på hos Øvelse Kommune” (log in at Øvelse Kommune). Type the practice user ID “{ $practice-user-id }” in “Bruger-ID”, and press “Fortsæt”.
    Ask: Where can you see where you are logging in? Answer: At the top of the box, after “Log på hos”.
    Watch out: If someone types their real user ID, look away and ask them to delete it. In real life you must not know it.

note-practice-login-app-computer-waiting =
    Say: On a computer it says “Åbn { -mitid } app og godkend” (open the { -mitid } app and approve), with a QR code. You open the app and scan the code.
    Ask: Why do you think there is a QR code? Answer: It came to protect against fake login pages.
    Watch out: Do not mention a time limit for the QR code.

note-practice-login-app-computer-app-pin =
    Say: The app opens. Here you type the practice code { $practice-pin } and press “Fortsæt”. In real life you can also use a fingerprint or your face.
    Ask: Who may watch you type your real PIN? Answer: Nobody, not even a helper or a family member.
    Watch out: Look away, also in the practice, and let the person type themselves. If someone types their real PIN, ask them to delete it.

note-practice-login-app-computer-app-request =
    Say: Read aloud who is asking (“Øvelse Kommune”) and what it is about. If it matches what you started yourself, you swipe to approve.
    Ask: When should you reject instead? Answer: When the text does not match, or when you did not start anything yourself.
    Watch out: Many swipe without reading. Ask the person to read the text aloud first. Do not name a particular button in the app.

note-practice-login-app-computer-done =
    Say: The person is logged in. Go through the order: “Log på”, user ID, “Fortsæt”, QR code, PIN, read and swipe.
    Ask: Which step was hardest? Try that step again together.
    Watch out: Remind them that you never approve anything you did not start yourself, and never use real codes in the practice.

## Practice: login-app-phone

note-practice-login-app-phone-service =
    Say: Now we log in with the phone. Here too, you start on the service's page and press “Log på” (log in).
    Ask: Who mostly logs in with their phone, and who with a computer?
    Watch out: The phone on the screen is practice. Nobody should take out their own phone and log in with their real { -mitid }.

note-practice-login-app-phone-mitid-box =
    Say: The box is the same as on the computer. Type “{ $practice-user-id }” in “Bruger-ID” (user ID), and press “Fortsæt” (continue).
    Ask: What does it say at the top of the box? Answer: “Log på hos Øvelse Kommune”, that is, where you are logging in.
    Watch out: In real life the user ID is the person's own. Look away, and let the person type it themselves.

note-practice-login-app-phone-switch =
    Say: On a phone there is no QR code. The button “Åbn { -mitid } app” (open the { -mitid } app) switches straight to the app on the same phone.
    Ask: Why is there no QR code here? Answer: The app is on the same phone, so the button opens it directly.
    Watch out: The link “Skift { -mitid } identifikationsmiddel” is for a code display, for example. Here you must press “Åbn { -mitid } app”.

note-practice-login-app-phone-app-pin =
    Say: The phone switches to the { -mitid } app. Here you type the practice code { $practice-pin } and press “Fortsæt”.
    Ask: What do you do if someone stands next to you when you type your PIN? Answer: Ask them to look away.
    Watch out: Look away yourself, also in the practice, so the group sees what a good helper does. Let the person type themselves.

note-practice-login-app-phone-app-request =
    Say: Read who is asking and what it is about. It is the same request as on the computer, and you must read it before you swipe.
    Ask: What is different from the computer? Answer: On the phone there is no QR code. The rest is the same.
    Watch out: On the phone it goes fast, and many swipe without reading. Ask the person to read the text aloud first.

note-practice-login-app-phone-done =
    Say: The phone switched back to the website by itself, and the person is logged in.
    Ask: Who wants to try the same on a computer? The practice “Log in with the { -mitid } app on a computer” shows the QR code.
    Watch out: Remind them that you never approve anything you did not start yourself, on the phone too.

## Practice: login-code-display

note-practice-login-code-display-service =
    Say: Now we log in with a code display and a password instead of the app. You start with “Log på” (log in) as always.
    Ask: Who here uses a code display instead of the app?
    Watch out: Never borrow a participant's real code display to show with. The practice has its own code display on the screen.

note-practice-login-code-display-mitid-box =
    Say: Type “{ $practice-user-id }” in “Bruger-ID” (user ID), and press “Fortsæt” (continue). The box is the same, whatever you approve with.
    Ask: What if you have forgotten your user ID? Answer: Use “Glemt bruger-ID?” (forgotten user ID?), or get help at { -borgerservice } or from { -mitid-support }.
    Watch out: In real life you must not know the person's user ID. Look away, and let the person type it themselves.

note-practice-login-code-display-waiting =
    Say: The box waits for the app and shows a QR code. With a code display, you press “Skift { -mitid } identifikationsmiddel” (change authenticator).
    Ask: When do you need the link? Answer: The first time you log in with a code display, you choose it through the link.
    Watch out: Many try to scan the QR code, or just wait. Point to the link under the QR code.

note-practice-login-code-display-choose =
    Say: The list “Vælg identifikationsmiddel” (choose authenticator) shows “{ -mitid } app”, “{ -mitid } kodeviser” and “{ -mitid } chip”. Choose “{ -mitid } kodeviser”.
    Ask: What would you choose if you had a chip? Answer: “{ -mitid } chip”.
    Watch out: Some choose the app out of habit. Read the choices aloud, and let the person point to the code display themselves.

note-practice-login-code-display-code =
    Say: The code display next to the screen shows a one-time code, here { $practice-one-time-code }. Type it in the field, and press “Fortsæt”.
    Ask: Can you use the same code again tomorrow? Answer: No, a one-time code works only once.
    Watch out: With a real code display, you look away and let the person type themselves. Show that habit already in the practice.

note-practice-login-code-display-error =
    Say: An error screen is not dangerous. Press “Prøv igen” (try again), and type the code from the code display once more.
    Ask: What can go wrong when you type the code? Answer: One digit too many or too few, or digits in the wrong order.
    Watch out: Do not take the keyboard to type the code for the person. Let the person try again themselves, at a calm pace.

note-practice-login-code-display-password =
    Say: Now it says “Indtast din adgangskode” (enter your password). In the practice you type “{ $practice-password }” and press “Fortsæt”.
    Ask: Who may know your real password? Answer: Only you, not even a helper.
    Watch out: Look away, and let the person type themselves, also in the practice. Forgotten password: refer people to { -mitid-support } or { -borgerservice }.

note-practice-login-code-display-done =
    Say: The person is logged in: user ID, change authenticator, one-time code and password.
    Ask: What is different from the app? Answer: You type a one-time code and a password instead of swiping in the app.
    Watch out: Remind them that the code display and the password must never be shared with anyone, not even with family.

## Practice: fraud-traps

note-practice-fraud-traps-bank-call =
    Say: A man says he is from the bank, and a request comes in the app. The bank never asks you to approve anything over the phone.
    Ask: Can you tell from the number that it is the bank? Answer: No, numbers can be faked. Hang up, and call a number you know yourself.
    Watch out: Someone in the group may have had this happen to them. Do not judge people who have approved before; refer them to { -mitid-support }.

note-practice-fraud-traps-pressure =
    Say: The caller puts on pressure: Hurry up! Pressure is a sign of fraud. Hang up.
    Ask: What other signs do you know? Answer: Demands for personal information, and a hidden, very long or foreign number.
    Watch out: Many feel it is rude to hang up. Say that it is perfectly fine, and that you can call back yourself afterwards.

note-practice-fraud-traps-unexpected =
    Say: Suddenly a request comes in the app, but the person did not start anything. Then you reject it.
    Ask: Why does a request come when you have not done anything? Answer: Then someone else is trying to use your { -mitid }.
    Watch out: Many approve just to make the message go away. Do not name a particular button; say: do not approve, reject.

note-practice-fraud-traps-whom =
    Say: Call { -mitid-support } yourself on { $mitid-support-phone }. They can block { -mitid } straight away.
    Ask: Why not { -borgerservice }? Answer: There you must book an appointment, and right now it must be fast.
    Watch out: If someone has already got in, also call the identity theft hotline on { $identity-theft-phone }. Let the person call themselves.

note-practice-fraud-traps-fake-box =
    Say: The page looks like the { -mitid } box, but the address at the top does not end in “mitid.dk”. Do not type anything, and close the page.
    Ask: What is wrong with the address? Answer: It begins with “mitid.dk”, but it ends in “log-ind.net”. It is the end that counts.
    Watch out: If someone has typed real information on a fake page, help them call { -mitid-support } themselves.

note-practice-fraud-traps-done =
    Say: Go through the habits: reject what you did not start yourself, hang up when someone puts on pressure, call { -mitid-support } yourself, and check the address.
    Ask: Who wants to save the number of { -mitid-support } in their phone now? It is { $mitid-support-phone }.
    Watch out: If someone has told about their own experiences, talk with them alone afterwards, and refer them to the identity theft hotline on { $identity-theft-phone }.
