window-title = { -trinvis }
home-title = Welcome to { -trinvis }
home-intro = Practise digital self-service step by step. Here it is safe to make mistakes.
language-button = Language
language-menu-title = Choose a language
language-menu-close = Close
topics-heading = Topics
text-missing = (Text missing)
error-generic = Something went wrong. Please try again.
nav-label = Main menu
nav-home = Home
nav-search = Search
nav-glossary = Word list
nav-settings = Settings
first-run-title = Welcome! Choose your language
first-run-hint = You can always change the language later in Settings.
resume-heading = Continue where you stopped
resume-button = Continue
topic-coming-soon = Coming soon
guide-completed = Done
guide-back = Back
guide-next = Next
guide-finish = Finish
guide-key-words = Danish words on the screen
guide-illustration-label = This is what it looks like
guide-done-title = Well done!
guide-done-text = You have read the whole guide.
guide-to-home = Go to the home page
guide-keyboard-hint = You can also use the arrow keys to go forward and back.
guide-check-title = Check yourself
guide-check-intro = Choose an answer to each question. You can try again as many times as you like.
guide-check-right = Right
guide-check-wrong = Not right. Try another answer.
search-title = Search
search-label = Search the guides
search-button = Search
search-hint = Type a word, for example “{ -mitid }” or “post”.
glossary-title = Word list
glossary-intro = The words you meet on the Danish screens, and what they mean.
glossary-search-label = Find a word
glossary-search-hint = Type in Danish or in your own language.
glossary-no-match = No word matches what you typed.
glossary-example-label = Example:
glossary-back-to-practice = Back to the practice
settings-title = Settings
settings-language = Language
settings-second-language = Second language
settings-second-language-hint = If a text is missing in your language, it is shown in this language.
settings-text-size = Text size
settings-high-contrast = High contrast
settings-forget = Forget everything
settings-forget-hint = This deletes your language choice, your settings, and everything you have read and practised. You cannot undo it.
settings-forget-confirm = Yes, forget everything
settings-forget-cancel = No, keep it
# check-ignore: unchanged
notice-dismiss = OK
practice-tag = Practice
practice-guidance-heading = What to do
practice-hint-button = Show a hint
practice-show-me-button = Show me
practice-restart-button = Start again
practice-glossary-button = Word list
practice-safe-note = This is practice. Nothing is sent anywhere.
practice-address-label = Web address
practice-qr-label = QR code: press to scan it with the phone
practice-swipe-label = Swipe to approve
practice-reject-label = Do not approve
practice-done-title = Well done!
# The phone's own button that ends a call, in the learner's language (not a MitID screen word).
practice-hang-up-label = Hang up
# Who is calling, as the phone shows it during the fraud practice: a hidden number.
practice-caller-label = Hidden number
# Introduces what the caller says.
practice-caller-says = The caller says:
# The browser's own button that closes the page, in the learner's language.
practice-close-page-label = Close the page
# Screen-reader name of the mark on an error screen.
practice-error-label = Error
# Screen-reader name of the code display (kodeviser) device drawn beside the screen.
practice-code-display-label = Your code display
# Screen-reader names of the two devices in a practice, shown side by side.
# check-ignore: unchanged
practice-computer-label = Computer
practice-phone-label = Phone
# Marks the device that only shows how things stand meanwhile; you act on the other one.
practice-meanwhile-label = Meanwhile
# The small button beside a Danish word that shows what it means, in the learner's language.
practice-meaning-button = What does it mean?
# Screen-reader names in a simulated mailbox.
practice-unread-label = Unread
practice-attachment-label = Has an attached file
practice-document-label = Opened file

# Translator mode, for the people who translate the app. Header button to its screen, shown only while it is on.
nav-translator = Translator
settings-translator = Translator mode
settings-translator-hint = For translators: open a folder of locale files. { -trinvis } then shows your texts and updates them as soon as you save a file.
settings-translator-folder = Folder with locale files
settings-translator-folder-hint = The folder that holds one folder per language, such as da, en and so.
settings-translator-open = Open
translator-stop = Stop translator mode
translator-title = Translator mode
translator-folder = Folder
# Followed by a number: how many times the files were read again after a save.
translator-reloads = Times reloaded from disk:
# Alt+I and Escape are key names: keep them as they are.
translator-tip-hint = Point at a text, or focus it and press Alt+I, to see its message ID. Escape closes the box again.
# The two test languages (pseudo-locales) in the language menu.
translator-pseudo-hint = The language menu now has two test languages. One has accents and longer words, so text that does not come from the locale files, or that gets cut off, stands out. The other is mirrored and reads right to left, so layout that only works left to right shows.
translator-status-heading = Status of each language
translator-problems-heading = Problems found by the check
translator-filter-locale = Language
translator-filter-all = All languages
translator-filter-errors-only = Errors only
translator-problems-none = No problems. Every file passed the check.
translator-problems-none-filtered = No problems match the filter.
# Column headers of the list of problems.
translator-problem-place = File and line
translator-problem-severity = Severity
translator-problem-message = What is wrong
translator-problem-check = Check
translator-severity-error = Error
translator-severity-warning = Warning
# Heading of the small box that shows which messages a text comes from.
translator-tip-label = Message ID

# Ambassador mode: presenting a guide to a group on a projector.
present-button = Show to a group
present-exit = End presentation
# Keep the key names (B, F, L, H, N, Escape, Page Up/Down) as they are.
present-keys-hint = Arrow keys or Page Up/Down: step forward and back · B: black screen · F: full screen · L and a number: the group's language · P and a number: practise with the group · H: what may I help with · N: notes · Escape: end
present-choose-audience = The group's language: press a number.
present-blank-label = The screen is black. Press B to show it again.
present-notes-button = Notes in a separate window
present-help-button = What may I help with?
help-card-title = What may I help with?
help-card-close = Close
notes-window-title = Notes for the ambassador
notes-waiting = Start a presentation to see the notes for each step here.
look-away-prompt = Are you helping someone else? Look away now, and let the person type the code themselves.
present-practice-button = Practise with the group
present-choose-practice = Practice: press a number.
group-practice-keys-hint = Click on the screen when the group says what to press · B: black screen · F: full screen · L and a number: the group's language · H: what may I help with · N: notes · Escape: back to the guide
group-practice-back = Back to the guide
present-next-guide = Next guide in the plan
plan-open-button = Plan a session
plan-title = Plan for a session
plan-intro = Choose the guides for a session with a group, and put them in the order you want to show them. The plan is kept on this computer.
plan-chosen-heading = In the plan
plan-available-heading = All guides
plan-empty = The plan is empty. Add guides from the list.
plan-add = Add
plan-remove = Remove
plan-move-up = Move up
plan-move-down = Move down
plan-present = Show the plan to the group
plan-export = Save as a file …
plan-import = Open from a file …
plan-undo = Undo
plan-share-hint = Save the plan as a small file to share it with other ambassadors.
plan-removed = The guide was removed from the plan.
plan-imported = The plan was read from the file.
plan-exported = The plan was saved in the file.
handout-button = Print
handout-title = Handout
handout-language = Language
handout-second-language = Language beside it
handout-no-second-language = None
handout-print = Print …
handout-back = Back to the guide
handout-hint = To save a PDF, choose “Print to File” in the print window.
