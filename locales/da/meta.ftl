# The language's own name, written in the language itself. Shown on the language picker.
language-name = Dansk

## What the language says of itself in the language menu: has a native speaker reviewed it?

# In the Review column: review.toml says status = "draft".
status-draft = kladde, endnu ikke gennemset af en, der har sproget som modersmål
# In the Review column: review.toml says status = "reviewed".
# $reviewer: the reviewer's name. $date: the date, like 2026-11-23.
status-reviewed = gennemset af { $reviewer } den { $date }
