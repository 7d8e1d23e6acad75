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
