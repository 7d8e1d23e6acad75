# Brand and service names. Keep them in Latin letters in every language:
# the learner will meet them written exactly like this on the real screens.

-trinvis = Trinvis
-mitid = MitID
-digital-post = Digital Post
-borger-dk = borger.dk
-borgerservice = Borgerservice

# Added for the MitID and Digital Post guides. Same value in every language.
-nemid = NemID
-e-boks = e-Boks
-mit-dk = mit.dk
-mitid-support = MitID Support
-digital-hotline = Den Digitale Hotline
