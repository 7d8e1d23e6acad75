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
plan-guide-count = { $count ->
    [zero] لا توجد أدلة
    [one] دليل واحد
    [two] دليلان
    [few] { $count } أدلة
    [many] { $count } دليلًا
   *[other] { $count } دليل
}
plan-skipped = { $count ->
    [zero] { $count } دليل في الملف غير موجود في هذه النسخة من { -trinvis }، وتم تخطّيه.
    [one] دليل واحد في الملف غير موجود في هذه النسخة من { -trinvis }، وتم تخطّيه.
    [two] دليلان في الملف غير موجودين في هذه النسخة من { -trinvis }، وتم تخطّيهما.
    [few] { $count } أدلة في الملف غير موجودة في هذه النسخة من { -trinvis }، وتم تخطّيها.
    [many] { $count } دليلًا في الملف غير موجودة في هذه النسخة من { -trinvis }، وتم تخطّيها.
   *[other] { $count } دليل في الملف غير موجودة في هذه النسخة من { -trinvis }، وتم تخطّيها.
}
