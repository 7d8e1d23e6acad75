### Facilitator notes: helping others. For the digital ambassador only, one note per guide step.
### Say: what to say or show the group. Ask: a question for the group, or a common question with a short answer.
### Watch out: a common mistake and how to help. Danish screen words stay in Danish, in “…”.
### Not legal advice: questions about liability and a person's own case go to Borgerservice or MitID Support.

## Guide: helping-others

note-guide-helping-others-may =
    Say: A helper may find information, and type the phone number, the e-mail and the code from the text message when the phone number is checked.
    Ask: May I help with the user ID and password? You may explain what a safe user ID and a safe password look like. The person chooses them.
    Watch out: The code from the text message that checks the phone number is not the PIN. A helper may type the text message code, but never the PIN.

note-guide-helping-others-may-not =
    Say: A helper may not know the person's PIN, password or user ID, and may not keep the person's phone or code display.
    Ask: May I write down my mother's user ID so she does not forget it? No. If she forgets it, { -borgerservice } or { -mitid-support } can help.
    Watch out: Many participants want to say their code aloud themselves. Stop them kindly before they say it.

note-guide-helping-others-look-away =
    Say: When the person types their PIN or password, the helper looks away. The person must be there themselves.
    Ask: May I sort something out with my friend's { -mitid } while she is at work? No. She must be there herself.
    Watch out: Show it with your body: turn away every time someone types a code in the practices, so it becomes a habit in the group.

note-guide-helping-others-own-mitid =
    Say: Nobody may use another person's { -mitid }, not even family, a guardian or someone with a power of attorney. The helper logs in with their own.
    Ask: So how do I help my father? Log in with your own { -mitid }, and press “Vælg person” (choose person) and then “Bekræft” (confirm).
    Watch out: Some have used a relative's { -mitid } for a long time. Do not judge. Explain the rule, and show the power of attorney as the way forward.

note-guide-helping-others-power =
    Say: If you need to help often, the person can give a “Digital fuldmagt” (digital power of attorney) on { -borger-dk }. It often covers only one task.
    Ask: Who can give and get a power of attorney? Both must be over { $power-of-attorney-min-age } years old. For { -digital-post } there is, for example, “Læse- og skriveadgang” (read and write access).
    Watch out: A power of attorney and access to { -digital-post } are not the same. Help people tell them apart, and refer them to { -borgerservice } if in doubt.

note-guide-helping-others-refused =
    Say: If the person cannot manage { -mitid } alone, { -borgerservice } must say no. Then a power of attorney, access to { -digital-post } or “Fritagelse” (exemption) can help.
    Ask: Can the family apply for an exemption for the person? Yes, with a signed power of attorney at { -borgerservice }.
    Watch out: Do not decide yourself what suits the person best. That is a question for { -borgerservice }.

## Guide: safety-online

note-guide-safety-online-never-approve =
    Say: Never approve anything in { -mitid } because someone calls, writes or comes by. Fraudsters pretend to be from the bank or the police.
    Ask: Who has had a strange call or a strange text message? Do { -mitid-support } or { -borgerservice } call and ask you to approve? Never.
    Watch out: Some feel ashamed if they have been tricked. Talk about the fraudsters, not about the victims, and show that the last step is about help.

note-guide-safety-online-signs =
    Say: Signs of a fake call: they ask for personal information, the number is hidden, very long or foreign, or they put pressure on you.
    Ask: Can you trust a number that looks right? No, it can be fake. Hang up, and call { -mitid-support } yourself on { $mitid-support-phone }.
    Watch out: Some call back the number that called them. Instead, call the number in the guide yourself.

note-guide-safety-online-secrets =
    Say: Codes are never shared, and phones and code displays are not lent to anyone. You give your user ID only to { -mitid-support }, when you have called them yourself.
    Ask: What do you read in the app before you approve? Who is asking, and what you are approving. If you did not start it yourself, you do not approve.
    Watch out: This also goes for you: never ask for a participant's code, and look away when a PIN or password is typed.

note-guide-safety-online-address =
    Say: When the { -mitid } box opens, point to the address at the top of the browser, and read together what it should end in.
    Ask: What do you do if the address is not right? You do not type anything, and you close the page.
    Watch out: Many never look at the address bar. Show on the projector exactly where it is.

note-guide-safety-online-lost-phone =
    Say: If your phone is lost, block the { -mitid } app straight away, for example through { -mitid-support } on { $mitid-support-phone }. Block the SIM card too.
    Ask: How do you get a warning without your phone? Choose an extra way to get messages besides the app, for example text message or e-mail.
    Watch out: Help find the number, but let the person call and answer the questions themselves.

note-guide-safety-online-if-it-happened =
    Say: If your { -mitid } has been misused, call the identity theft hotline, { $identity-theft-phone } (day and night), or Cyberhotline, { $cyber-hotline-phone }.
    Ask: Who pays for the misuse? If you have given your details to someone else, you can be held responsible yourself. Ask { -mitid-support }.
    Watch out: Do not mention amounts, and give no legal advice. Refer people to { -mitid-support } on { $mitid-support-phone }.
