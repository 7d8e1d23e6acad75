language-name = اردو

## What the language says of itself in the language menu: has a native speaker reviewed it?

# In the Review column: review.toml says status = "draft".
status-draft = مسودہ، ابھی کسی اہلِ زبان نے نظرثانی نہیں کی
# In the Review column: review.toml says status = "reviewed".
# $reviewer: the reviewer's name. $date: the date, like 2026-11-23.
status-reviewed = { $reviewer } نے { $date } کو نظرثانی کی
