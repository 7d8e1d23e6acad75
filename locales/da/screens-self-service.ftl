### Made-up Danish screen text for the borger.dk self-service practice flows: reporting a move
### and digital power of attorney. Danish only: the app always shows these in Danish, in every
### language, as the learner will meet Danish on the real screens. Never translate them; there
### is no such file in other locales.
### The people, doctors and texts here are made up. No real person or doctor is shown.
### The line below tells the locale check that no other locale should have this file.
### reference-only

## Report a move (flow report-a-move)
# A short made-up introduction on the page »Meld flytning«.
screen-report-a-move-intro = Her kan du melde, at du flytter. Du logger på med { -mitid }.
# A made-up doctor near the new address. The town is the one in the practice address
# (facts.toml: practice-address).
screen-report-a-move-doctor-near = Læge Hanne Øvelsen, Øvelsby
# A made-up doctor far from the new address, near the old home.
screen-report-a-move-doctor-far = Læge Jens Prøvesen, Gammelby
# Made-up text on the last page before sending the form.
screen-report-a-move-summary = Se dine oplysninger igennem, før du sender.
# Made-up receipt text after the move is reported.
screen-report-a-move-receipt = Tak. Vi har modtaget din anmeldelse af flytning.

## Give a digital power of attorney (flow power-of-attorney-give)
# Made-up heading over the list of services the power of attorney can cover.
screen-power-of-attorney-give-task-heading = Hvad skal fuldmagten gælde?
# A made-up name for a service the power of attorney could cover instead: seeing test results.
screen-power-of-attorney-give-test-results = Se prøvesvar
# Made-up receipt text after the power of attorney is given.
screen-power-of-attorney-give-receipt = Din fuldmagt er givet.

## Use a digital power of attorney (flow power-of-attorney-use)
# The learner's own entry in the list under »Vælg person«.
screen-power-of-attorney-use-self = Dig selv
# The made-up mother who gave the power of attorney. Same name as the fact practice-mother-name.
screen-power-of-attorney-use-grantor = { $practice-mother-name }
# Made-up text after choosing the person, before »Bekræft«.
screen-power-of-attorney-use-chosen = Du har valgt: { $practice-mother-name }
# Made-up line at the top of the move form: whom you act for.
screen-power-of-attorney-use-acting-for = Du handler for: { $practice-mother-name }
# Made-up receipt text after the move is reported for the mother.
screen-power-of-attorney-use-receipt = Tak. Vi har modtaget anmeldelsen af flytning for { $practice-mother-name }.
