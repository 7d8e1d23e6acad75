# Shown when the window asks for a language that does not exist.
# $tag is the language code that was asked for.
error-unknown-locale = Sproget »{ $tag }« findes ikke i { -trinvis }.
# $guide is the guide ID that was asked for.
error-unknown-guide = Vejledningen »{ $guide }« findes ikke.
error-invalid-input = Den værdi kan ikke bruges her.
error-not-saved = Din ændring kunne ikke gemmes. Prøv igen.
# Shown once at start when the saved progress file was damaged and set aside.
notice-progress-recovered = Dine gemte fremskridt kunne ikke læses, så { -trinvis } er startet forfra. Den gamle fil er gemt.
# Shown when progress cannot be saved (for example, the disk is full).
notice-progress-not-saved = { -trinvis } kan ikke gemme dine fremskridt lige nu. Du kan øve videre, men det bliver glemt, når du lukker.
# $flow is the practice ID that was asked for.
error-unknown-practice = Øvelsen »{ $flow }« findes ikke.
# Shown beside a practice field when what was typed looked like real personal details.
practice-real-details-note = Skriv aldrig dine rigtige oplysninger her, som dit CPR-nummer eller din rigtige kode. Øvelsen bruger et øve-svar i stedet.
# Session plan files. $file is the file's name.
error-plan-read = Filen »{ $file }« kunne ikke åbnes.
error-plan-write = Planen kunne ikke gemmes i »{ $file }«. Vælg et andet sted, eller se efter, om der er plads på disken.
error-plan-not-a-plan = »{ $file }« er ikke en plan fra { -trinvis }.
error-plan-too-large = »{ $file }« er for stor til at være en plan fra { -trinvis }.
error-plan-newer = »{ $file }« er lavet af en nyere udgave af { -trinvis }. Opdater { -trinvis } for at hente den.
error-plan-too-many = Planen har for mange vejledninger.
# Title and file type of the native file dialogs for a session plan.
plan-export-title = Gem planen som fil
plan-import-title = Hent en plan fra en fil
plan-file-type = Plan for en session i { -trinvis }
