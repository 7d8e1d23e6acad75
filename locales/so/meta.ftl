language-name = Soomaali
