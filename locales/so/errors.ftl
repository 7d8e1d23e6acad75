error-unknown-locale = Luqadda “{ $tag }” kuma jirto { -trinvis }.
