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
