guide-report-a-move-title = Report a move
guide-report-a-move-summary = How to report a move on { -borger-dk }, and when you must do it.

guide-report-a-move-how-title = Report a move on { -borger-dk }
guide-report-a-move-how-body =
    When you move, you report it yourself on { -borger-dk }.
    Find “Meld flytning” (report a move), and log in with your { -mitid }.
    Then you fill in the form “Anmeld flytning til folkeregisteret” (report your move to the population register).
    You type your new address and the day you move.

guide-report-a-move-when-title = When must you report a move?
guide-report-a-move-when-body =
    The earliest you can report your move is { $move-report-days-before ->
        [one] { $move-report-days-before } day
       *[other] { $move-report-days-before } days
    } before you move.
    You must do it no later than { $move-report-days-after ->
        [one] { $move-report-days-after } day
       *[other] { $move-report-days-after } days
    } after you have moved.
    If you report it too late, you can get a fine.
    If you have questions, ask { -borgerservice }.

guide-report-a-move-doctor-title = Choose a doctor
guide-report-a-move-doctor-body =
    In the same form, you come to “Lægevalg” (choice of doctor).
    You can keep your current doctor. Or you can choose a new doctor.
    You get the choice if you move more than { $doctor-change-km } km.
    In København, Frederiksberg, Tårnby and Dragør, it already applies when you move more than { $doctor-change-km-capital } km.
    It is free to change doctor when you move.

guide-report-a-move-after-title = When you have sent it
guide-report-a-move-after-body =
    PostNord (the Danish postal service) is told about your new address automatically. You do not have to tell them yourself.
    You get a new “Sundhedskort” (health card) in about { $health-card-weeks ->
        [one] { $health-card-weeks } week
       *[other] { $health-card-weeks } weeks
    }.

guide-report-a-move-help-title = Get help
guide-report-a-move-help-body =
    If you need help, call { -digital-hotline } on { $digital-hotline-phone }.
    Another person can also report your move for you with a “Digital fuldmagt” (digital power of attorney).
    Then the other person logs in with their own { -mitid }, not with yours.

guide-report-a-move-question-deadline = You are moving next week. Can you report the move already now?
guide-report-a-move-question-deadline-before = Yes. I can report it now.
guide-report-a-move-question-deadline-before-feedback = Right. You can report a move up to { $move-report-days-before ->
        [one] { $move-report-days-before } day
       *[other] { $move-report-days-before } days
    } before you move.
guide-report-a-move-question-deadline-month-after = No. I wait until I have lived there for a month.
guide-report-a-move-question-deadline-month-after-feedback = No. You must report the move no later than { $move-report-days-after ->
        [one] { $move-report-days-after } day
       *[other] { $move-report-days-after } days
    } after you have moved. If you report it too late, you can get a fine.
