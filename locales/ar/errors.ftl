error-unknown-locale = اللغة «{ $tag }» غير موجودة في { -trinvis }.
