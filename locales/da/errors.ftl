# Shown when the window asks for a language that does not exist.
# $tag is the language code that was asked for.
error-unknown-locale = Sproget »{ $tag }« findes ikke i { -trinvis }.
