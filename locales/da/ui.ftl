# The app's chrome. Every message in this file is sent to the window as it is,
# so none of them may take a variable.

# The window's title bar.
window-title = { -trinvis }
# The big heading on the home screen.
home-title = Velkommen til { -trinvis }
# One or two short sentences under the heading.
home-intro = Øv dig i digital selvbetjening trin for trin. Her er det ufarligt at lave fejl.
# Button that opens the list of languages. Keep it to one short word.
language-button = Sprog
# Heading of the list of languages.
language-menu-title = Vælg sprog
# Button that closes the list of languages without changing anything.
language-menu-close = Luk
# Heading above the list of topics on the home screen.
topics-heading = Emner
# Shown in place of a text that is missing in every language. Keep it short.
text-missing = (Teksten mangler)
# Shown when something fails that the user can simply try again.
error-generic = Noget gik galt. Prøv igen.
