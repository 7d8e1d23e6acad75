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
plan-guide-count = { $count ->
    [0] کوئی گائیڈ نہیں
    [one] { $count } گائیڈ
   *[other] { $count } گائیڈز
}
plan-skipped = { $count ->
    [one] فائل کی { $count } گائیڈ { -trinvis } کے اس ورژن میں موجود نہیں، اس لیے اسے چھوڑ دیا گیا ہے۔
   *[other] فائل کی { $count } گائیڈز { -trinvis } کے اس ورژن میں موجود نہیں، اس لیے انہیں چھوڑ دیا گیا ہے۔
}
