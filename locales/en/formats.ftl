guide-step-counter = Step { $step } of { $total }
guide-minutes = { $minutes ->
    [one] About { $minutes } minute
   *[other] About { $minutes } minutes
}
search-result-count = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
settings-text-size-option = { $size }%
plan-guide-count = { $count ->
    [0] No guides
    [one] { $count } guide
   *[other] { $count } guides
}
plan-skipped = { $count ->
    [one] { $count } guide in the file does not exist in this version of { -trinvis } and was skipped.
   *[other] { $count } guides in the file do not exist in this version of { -trinvis } and were skipped.
}
