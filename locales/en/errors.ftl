error-unknown-locale = The language “{ $tag }” is not in { -trinvis }.
error-unknown-guide = The guide “{ $guide }” does not exist.
error-invalid-input = That value cannot be used here.
error-not-saved = Your change could not be saved. Please try again.
notice-progress-recovered = Your saved progress could not be read, so { -trinvis } has started again from the beginning. The old file has been kept.
notice-progress-not-saved = { -trinvis } cannot save your progress right now. You can keep practising, but your progress will be lost when you close the app.
error-unknown-practice = The practice “{ $flow }” does not exist.
practice-real-details-note = Never type your real details here, such as your CPR number or your real code. The practice uses a practice answer instead.
