language-name = Türkçe

## What the language says of itself in the language menu: has a native speaker reviewed it?

# In the Review column: review.toml says status = "draft".
status-draft = taslak, henüz anadili bu dil olan biri tarafından incelenmedi
# In the Review column: review.toml says status = "reviewed".
# $reviewer: the reviewer's name. $date: the date, like 2026-11-23.
status-reviewed = { $date } tarihinde { $reviewer } tarafından incelendi
