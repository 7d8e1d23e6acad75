language-name = Soomaali

## What the language says of itself in the language menu: has a native speaker reviewed it?

# In the Review column: review.toml says status = "draft".
status-draft = qabyo, weli ma eegin qof luqadda hooyo u ah
# In the Review column: review.toml says status = "reviewed".
# $reviewer: the reviewer's name. $date: the date, like 2026-11-23.
status-reviewed = waxaa dib u eegay { $reviewer } { $date }
