guide-step-counter = { $total } میں سے مرحلہ { $step }
guide-minutes = { $minutes ->
    [one] تقریباً { $minutes } منٹ
   *[other] تقریباً { $minutes } منٹ
}
search-result-count = { $count ->
    [0] کوئی نتیجہ نہیں ملا
    [one] { $count } نتیجہ
   *[other] { $count } نتائج
}
settings-text-size-option = { $size }٪
