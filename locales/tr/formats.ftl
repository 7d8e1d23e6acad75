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
plan-guide-count = { $count ->
    [0] Rehber yok
    [one] { $count } rehber
   *[other] { $count } rehber
}
plan-skipped = { $count ->
    [one] Dosyadaki { $count } rehber { -trinvis } uygulamasının bu sürümünde yok ve atlandı.
   *[other] Dosyadaki { $count } rehber { -trinvis } uygulamasının bu sürümünde yok ve atlandı.
}
