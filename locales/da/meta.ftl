# The language's own name, written in the language itself. Shown on the language picker.
language-name = Dansk
