# Messages with numbers. Give every plural form your language has (CLDR).

# Above each step of a guide. $step and $total are numbers.
guide-step-counter = Trin { $step } af { $total }
# Estimated reading time on a guide card. $minutes is a number.
guide-minutes = { $minutes ->
    [one] Cirka { $minutes } minut
   *[other] Cirka { $minutes } minutter
}
# Above the search results. $count is a number.
search-result-count = { $count ->
    [0] Ingen resultater
    [one] { $count } resultat
   *[other] { $count } resultater
}
# One choice of text size in settings. $size is a number of percent.
settings-text-size-option = { $size } %
# How many guides the session plan has. $count is a number.
plan-guide-count = { $count ->
    [0] Ingen vejledninger
    [one] { $count } vejledning
   *[other] { $count } vejledninger
}
# After a plan is read from a file: guides in it that this version does not have. $count is a number.
plan-skipped = { $count ->
    [one] { $count } vejledning i filen findes ikke i denne udgave af { -trinvis } og er sprunget over.
   *[other] { $count } vejledninger i filen findes ikke i denne udgave af { -trinvis } og er sprunget over.
}
