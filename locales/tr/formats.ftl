guide-step-counter = Adım { $step } / { $total }
guide-minutes = { $minutes ->
    [one] Yaklaşık { $minutes } dakika
   *[other] Yaklaşık { $minutes } dakika
}
search-result-count = { $count ->
    [0] Sonuç yok
    [one] { $count } sonuç
   *[other] { $count } sonuç
}
settings-text-size-option = %{ $size }
