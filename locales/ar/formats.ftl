guide-step-counter = الخطوة { $step } من { $total }
guide-minutes = { $minutes ->
    [zero] أقل من دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
    [many] حوالي { $minutes } دقيقة
   *[other] حوالي { $minutes } دقيقة
}
search-result-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
settings-text-size-option = { $size }٪
