error-unknown-locale = The language “{ $tag }” is not in { -trinvis }.
