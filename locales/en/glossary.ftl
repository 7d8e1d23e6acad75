# The meaning of each Danish screen word, and an example sentence right after it.
# In the examples the Danish screen word stays in Danish, in “…”.

glossary-log-paa = Log in: you enter a service and show who you are. Some pages say “Log ind” instead.
glossary-log-paa-example = On a public website, you press “Log på” when you want to get in with your { -mitid }.
glossary-bruger-id = User ID: the name you chose yourself for { -mitid }. You type it when you log in.
glossary-bruger-id-example = When the { -mitid } box opens, you type your user ID in the “Bruger-ID” field.
glossary-fortsaet = Continue: the button you press to go on to the next step.
glossary-fortsaet-example = When you have typed your user ID, you press “Fortsæt”.
glossary-aabn-mitid-app-og-godkend = Open the { -mitid } app and approve: the box is waiting for you. Open the app, and approve only if you are the one logging in.
glossary-aabn-mitid-app-og-godkend-example = When the { -mitid } box shows “Åbn { -mitid } app og godkend”, you take your phone and open the app.
glossary-aabn-mitid-app = Open the { -mitid } app: a button on a phone that takes you straight to the app.
glossary-aabn-mitid-app-example = If you log in on your phone, you press “Åbn { -mitid } app”, and the app opens straight away.
glossary-godkend = Approve: you say yes to what you have read. Only approve something you started yourself.
glossary-godkend-example = When you see the word “Godkend”, first read who is asking and what you are saying yes to.
glossary-pin-kode = PIN: your secret code for the { -mitid } app. Never share it with anyone.
glossary-pin-kode-example = When you open the { -mitid } app, it can ask for your “PIN-kode”.

glossary-identifikationsmiddel = Authenticator: what you use to show that it is you: the { -mitid } app, a code display, an audio code reader or a { -mitid } chip.
glossary-identifikationsmiddel-example = On MitID.dk you can see each “Identifikationsmiddel” you have, for example your { -mitid } app.
glossary-kodeviser = Code display: a device that shows a code you can use only once. You use it together with your password.
glossary-kodeviser-example = With a “Kodeviser” you log in with the code from the small device and your password.
glossary-kodeoplaeser = Audio code reader: a device that reads the code aloud. It is for blind and partially sighted people.
glossary-kodeoplaeser-example = If you are blind or partially sighted, a “Kodeoplæser” can read the code aloud for you.
glossary-adgangskode = Password: your secret word. You use it together with a code display or an audio code reader.
glossary-adgangskode-example = If you use a code display, you also type your “Adgangskode” when you log in.

glossary-cpr-nummer = CPR number: your personal identification number in Denmark. It must not be your user ID.
glossary-cpr-nummer-example = When you ask for access to another person's { -digital-post }, you type that person's “CPR-nummer”.
glossary-legitimation = ID: papers that show who you are, for example a passport, a driving licence or a residence card.
glossary-legitimation-example = When you go to { -borgerservice } to get { -mitid }, you bring “Legitimation”, for example your passport.

glossary-indbakke = Inbox: the place where your letters and messages are.
glossary-indbakke-example = When you open your { -digital-post } on { -borger-dk }, you first see your “Indbakke”.
glossary-besvar = Reply: answer a letter. You can use it only when the authority allows replies.
glossary-besvar-example = The letter from the municipality has a “Besvar” button. Then you can reply directly to the letter.
glossary-skriv-ny-besked = Write new message: write a new message to a public authority. Use it when “Besvar” is not there.
glossary-skriv-ny-besked-example = If the letter has no “Besvar” (reply) button, you press “Skriv ny besked”.
glossary-vaelg-myndighed = Choose authority: choose which public authority you want to write to.
glossary-vaelg-myndighed-example = When you write a new message, you choose who gets it under “Vælg myndighed”, for example your municipality.
glossary-send = Send: sends your message.
glossary-send-example = When you have finished writing your message, you press “Send”.
glossary-laese-og-skriveadgang = Read and write access: another person may read your { -digital-post } and also write and reply for you.
glossary-laese-og-skriveadgang-example = If your daughter is going to reply to letters for you, you can give her “Læse- og skriveadgang” to your { -digital-post }.
glossary-fritagelse = Exemption: you do not have to use { -digital-post }. You apply for it in person at { -borgerservice }.
glossary-fritagelse-example = If you cannot use { -digital-post }, you can ask { -borgerservice } about “Fritagelse”.

glossary-glemt-bruger-id = Forgotten user ID: a link to help if you cannot remember your user ID.
glossary-glemt-bruger-id-example = If you cannot remember your user ID, you press the link “Glemt bruger-ID?” in the { -mitid } box.
glossary-skift-mitid-identifikationsmiddel = Change authenticator: a link where you choose another way to approve, for example a code display instead of the app.
glossary-skift-mitid-identifikationsmiddel-example = If you want to log in with a code display instead of the app, you press “Skift { -mitid } identifikationsmiddel”.

glossary-log-paa-hos = Log in at: the top of the { -mitid } box shows where you are logging in. Check that it is the place you chose yourself.
glossary-log-paa-hos-example = In the practice, the top of the { -mitid } box says “Log på hos Øvelse Kommune”. Then you know where you are logging in.
glossary-husk-mig = Remember me: a box you can tick. Then the page remembers your user ID on this computer. Only do it on your own computer.
glossary-husk-mig-example = In the practice, it says “Husk mig hos Øvelse Kommune” under the field for your user ID. Only tick it on your own computer.
glossary-vaelg-identifikationsmiddel = Choose authenticator: a list where you choose what you want to approve with: the app, a code display or a chip.
glossary-vaelg-identifikationsmiddel-example = When you press “Skift { -mitid } identifikationsmiddel”, the list “Vælg identifikationsmiddel” opens.
glossary-mitid-app = { -mitid } app: approve with the { -mitid } app on your phone or tablet.
glossary-mitid-app-example = If you want to approve with your phone, you press “{ -mitid } app” in the list.
glossary-mitid-kodeviser = { -mitid } code display: approve with a code display, a small device that shows a code with six digits.
glossary-mitid-kodeviser-example = If you want to log in with a code display, you press “{ -mitid } kodeviser” in the list.
glossary-mitid-chip = { -mitid } chip: approve with a { -mitid } chip that you put into the computer or hold up to it.
glossary-mitid-chip-example = If you have a chip for { -mitid }, you press “{ -mitid } chip” in the list.
glossary-engangskode = One-time code: a code you can use only once. The code display shows a new code every time.
glossary-engangskode-example = The code display shows an “Engangskode”. You type it in the { -mitid } box.
glossary-indtast-din-adgangskode = Enter your password: type your password here. It belongs to the code display. Never share it with anyone.
glossary-indtast-din-adgangskode-example = When you have typed the code from the code display, the box says “Indtast din adgangskode”.
glossary-proev-igen = Try again: something did not work as it should. Press here to try one more time.
glossary-proev-igen-example = If something goes wrong when you log in, you can press “Prøv igen”.

glossary-bestil-tid = Book an appointment: choose a day and a time when you can come to { -borgerservice }. Do it before you go there.
glossary-bestil-tid-example = Before you go to { -borgerservice }, you press “Bestil tid” on the municipality's website.
glossary-kom-i-gang = Get started: a button in the { -mitid } app. You press it to begin, for example when you want to get { -mitid } with your passport.
glossary-kom-i-gang-example = If you want to get { -mitid } with your passport, you open the app and press “Kom i gang”.
glossary-spaer = Block: close something so that nobody can use it. Block your { -mitid } app straight away if you lose your phone.
glossary-spaer-example = If you lose your phone, the app must be blocked straight away. You find the word “Spær” on MitID.dk.
glossary-aktiveringskode = Activation code: a code you can get at { -borgerservice }. With it you activate the { -mitid } app, for example on a new phone, or when the app is blocked.
glossary-aktiveringskode-example = If you have a new phone, you can get an “Aktiveringskode” at { -borgerservice } and activate the app with it.
glossary-mitid-support = { -mitid } Support: { -mitid }'s own helpline, { $mitid-support-phone }. Call them yourself if something is wrong with your { -mitid }. They can block it at once.
glossary-mitid-support-example = Save the number in your phone as “{ -mitid } Support”. Then you can call them yourself if something is wrong.
glossary-borgerservice = { -borgerservice }: the municipality's office for citizens. You book a time and go there. You can get { -mitid } and help there.
glossary-borgerservice-example = If you need { -mitid }, you first book an appointment at “{ -borgerservice }” in your municipality.

glossary-digital-post = { -digital-post }: your secure mailbox for letters from public authorities. You have a duty to read your letters.
glossary-digital-post-example = Letters from the municipality arrive in your “{ -digital-post }”.
glossary-besked = Message: a short written text that you send to a public authority, or get from one.
glossary-besked-example = In { -digital-post } you can write a “Besked” to a public authority, for example your municipality.
glossary-emne = Subject: a short heading that tells what your letter or text is about.
glossary-emne-example = When you write a message, there can be an “Emne” field for a short heading.
glossary-vedhaeft-fil = Attach file: add a file to what you send, for example a document or a picture.
glossary-vedhaeft-fil-example = If you want to send a picture of a paper with your message, you press “Vedhæft fil”.
glossary-vedhaeftede-filer = Attached files: files that come with a letter, for example a document.
glossary-vedhaeftede-filer-example = A letter can have “Vedhæftede filer”, for example a document that you must also read.
glossary-videresend = Forward: send a letter you got on to another person.
glossary-videresend-example = If you get a letter that another person should also see, you can use “Videresend”.
glossary-mapper = Folders: places in the mailbox where you can keep your letters together. Then they are easy to find again.
glossary-mapper-example = In “Mapper” you can keep your letters together, for example all letters about tax.
glossary-flyt = Move: put a letter in another folder.
glossary-flyt-example = If you want to put a letter in another folder, you use “Flyt”.
glossary-slet = Delete: remove something, for example a letter, so that it is gone.
glossary-slet-example = Only use “Slet” if you are sure that you will not need the letter again.
glossary-menu = Menu: a list with several choices. Here you find, for example, who may see your post.
glossary-menu-example = In { -digital-post } on { -borger-dk }, you find “Læse- og skriveadgang” (read and write access) under “Menu”.
glossary-indstillinger = Settings: the place where you can change how things work for you.
glossary-indstillinger-example = In { -digital-post } you can open “Indstillinger” and change how things work for you.
glossary-fuldskaerm = Full screen: show the letter on the whole screen, so that it is easier to read.
glossary-fuldskaerm-example = If the letter is hard to read, you can press “Fuldskærm”. Then it fills the whole screen.
glossary-zoom-ind = Zoom in: make the text bigger.
glossary-zoom-ind-example = If the text in the letter is too small, you press “Zoom ind”.
glossary-zoom-ud = Zoom out: make the text smaller.
glossary-zoom-ud-example = If the text has become too big, you press “Zoom ud”.

glossary-anmod-om-adgang = Request access: ask for permission to see another person's { -digital-post }. The person must say yes in their own { -digital-post }.
glossary-anmod-om-adgang-example = If you want to help your mother with her { -digital-post }, you press “Anmod om adgang”. Then she must say yes in her own { -digital-post }.
glossary-laeseadgang = Read access: another person may read your { -digital-post }. The person may not write or reply for you.
glossary-laeseadgang-example = With “Læseadgang” your son can read your letters, but he cannot reply to them for you.
glossary-navn = Name: here you write what the person is called.
glossary-navn-example = In a form, you often write a person's name in the “Navn” field.
glossary-slutdato = End date: the last day that something is valid, for example how long another person may see your post.
glossary-slutdato-example = A “Slutdato” field asks how long something should be valid.

glossary-afvis = Reject: say no to something you are asked to do.
glossary-afvis-example = If you see “Afvis”, you can press it when you want to say no.
glossary-annuller = Cancel: change your mind and stop what you are doing.
glossary-annuller-example = If you pressed the wrong thing, you can often press “Annuller” and start again.
glossary-afbryd = Stop: end something before it is finished.
glossary-afbryd-example = If you want to stop in the middle of something, there can be an “Afbryd” button.
glossary-naeste = Next: go on to the next page.
glossary-naeste-example = In a form, you press “Næste” when you are done with a page.
glossary-tilbage = Back: go one page back, to what you saw before.
glossary-tilbage-example = If you forgot something on the page before, you press “Tilbage”.
glossary-luk = Close: remove a window from the screen when you are done with it.
glossary-luk-example = When you have finished reading a document, you can press “Luk”.

glossary-selvbetjening = Self-service: pages on the internet where you deal with public authorities yourself, for example when you move. If you can use them, you must do it there.
glossary-selvbetjening-example = When you report a move, you use a “Selvbetjening” on { -borger-dk }.
glossary-meld-flytning = Report a move: tell the public authorities that you are moving to a new place.
glossary-meld-flytning-example = When you are going to move, you find “Meld flytning” on { -borger-dk }.
glossary-anmeld-flytning = Report your move to the population register: the form where you give your new address. You can send it from { $move-report-days-before } days before you move until { $move-report-days-after } days after.
glossary-anmeld-flytning-example = When you move, you fill in “Anmeld flytning til folkeregisteret” on { -borger-dk }.
glossary-sundhedskort = Health card: your yellow card from the public authorities. When you move, a new one comes after about { $health-card-weeks ->
        [one] { $health-card-weeks } week
       *[other] { $health-card-weeks } weeks
    }.
glossary-sundhedskort-example = When you have reported your move, you get a new “Sundhedskort”.
glossary-laegevalg = Choice of doctor: here you choose which doctor you want. When you move, you can keep your doctor or change to a new one.
glossary-laegevalg-example = When you report a move, you also come to “Lægevalg”. There you keep your doctor or change to a new one.
glossary-ny-adresse = New address: the field where you write where you are moving to.
glossary-ny-adresse-example = In a form about moving, it can say “Ny adresse”. There you write where you are moving to.
glossary-flyttedato = Moving date: the day you move to your new place.
glossary-flyttedato-example = If it says “Flyttedato”, you write the day you move.
glossary-behold-nuvaerende-laege = Keep current doctor: choose this if you want the same doctor as now.
glossary-behold-nuvaerende-laege-example = If it says “Behold nuværende læge”, you choose it if you want the same doctor as before.
glossary-vaelg-ny-laege = Choose new doctor: choose this if you want to change to another doctor. If you move more than { $doctor-change-km } km, you can change for free.
glossary-vaelg-ny-laege-example = If it says “Vælg ny læge”, you choose it if you want to change doctor.
glossary-kvittering = Receipt: the page that shows that what you sent has arrived.
glossary-kvittering-example = When you have sent a form, a “Kvittering” can show that it has arrived.

glossary-digital-fuldmagt = Digital power of attorney: a self-service on { -borger-dk }. Here you give another person permission to see your details or to do something for you.
glossary-digital-fuldmagt-example = If you want your son to report a move for you, you can use “Digital fuldmagt” on { -borger-dk }.
glossary-fuldmagt = Power of attorney: permission that you give another person to do something for you, for example to report a move. It is often for one task only.
glossary-fuldmagt-example = With a “Fuldmagt” your daughter can see your test results on sundhed.dk.
glossary-fuldmagtsgiver = Giver of the power of attorney: the person who gives another person permission to do something for them.
glossary-fuldmagtsgiver-example = If you give your son permission to help you, you are the “Fuldmagtsgiver”.
glossary-fuldmagtshaver = Holder of the power of attorney: the person who gets permission to do something for another person. This person logs in with their own { -mitid }.
glossary-fuldmagtshaver-example = If your mother has given you permission to help her, you are the “Fuldmagtshaver”.
glossary-giv-fuldmagt = Give power of attorney: here you give another person permission to help you. You confirm with your { -mitid }.
glossary-giv-fuldmagt-example = If it says “Giv fuldmagt”, this is where you give another person permission to help you.
glossary-vaelg-person = Choose person: when you help another person with a power of attorney, you choose here the person you want to help.
glossary-vaelg-person-example = When you have logged in with your own { -mitid } to help your father, you press “Vælg person”.
glossary-bekraeft = Confirm: say that it is correct, and go on.
glossary-bekraeft-example = When you have chosen the person you are helping, you press “Bekræft”.

glossary-forskudsopgoerelse = Preliminary income assessment: a budget for your income and tax next year. It comes in the middle of November. You correct it if your income changes.
glossary-forskudsopgoerelse-example = If you get a new job with a different pay, you must correct your “Forskudsopgørelse” on skat.dk.
glossary-aarsopgoerelse = Annual tax statement: the result for your tax last year. It shows if you get money back, or if you must pay more.
glossary-aarsopgoerelse-example = From March you can see your “Årsopgørelse” for last year on skat.dk.
glossary-restskat = Tax still to pay: tax that you still have to pay for last year.
glossary-restskat-example = If your annual tax statement says “Restskat”, you must pay more tax.
glossary-nemkonto = Account for public payments: your normal bank account, where public authorities pay in money, for example tax you get back. The authorities cannot see what is in the account.
glossary-nemkonto-example = When you get tax back, the money goes into your “NemKonto”.
glossary-svindel = Fraud: when someone tricks you to get your money, your details or your { -mitid }.
glossary-svindel-example = If someone calls and asks you to approve something in the { -mitid } app, it is “Svindel”.
glossary-fupopkald = Fake call: a false phone call from someone who pretends to be from the bank, the police, { -mitid-support } or { -borgerservice }. They want you to approve something or to give your details.
glossary-fupopkald-example = If a caller says he is from the bank and asks for your details, it is a “Fupopkald”.
