language-name = اردو
