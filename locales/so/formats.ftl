guide-step-counter = Tallaabo { $step } oo ka mid ah { $total }
guide-minutes = { $minutes ->
    [one] Qiyaastii { $minutes } daqiiqo
   *[other] Qiyaastii { $minutes } daqiiqo
}
search-result-count = { $count ->
    [0] Natiijo lama helin
    [one] { $count } natiijo
   *[other] { $count } natiijo
}
settings-text-size-option = { $size }%
plan-guide-count = { $count ->
    [0] Hage ma jiro
    [one] { $count } hage
   *[other] { $count } hage
}
plan-skipped = { $count ->
    [one] { $count } hage oo faylka ku jira kuma jiro nuqulkan { -trinvis }, waana laga booday.
   *[other] { $count } hage oo faylka ku jira kuma jiraan nuqulkan { -trinvis }, waana laga booday.
}
