error-unknown-locale = “{ $tag }” dili { -trinvis } içinde yok.
