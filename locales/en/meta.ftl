language-name = English

## What the language says of itself in the language menu: has a native speaker reviewed it?

# In the Review column: review.toml says status = "draft".
status-draft = draft, not yet reviewed by a native speaker
# In the Review column: review.toml says status = "reviewed".
# $reviewer: the reviewer's name. $date: the date, like 2026-11-23.
status-reviewed = reviewed by { $reviewer } on { $date }
