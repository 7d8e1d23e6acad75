//! How the UI build writes the page's code, where that decides what the window costs to run.

#[path = "support/built_ui.rs"]
mod built_ui;

use built_ui::{built, read};

/// WebKit and JavaScriptCore keep a script as one byte per character only if every character
/// is Latin-1; one Arabic letter makes them hold the whole script as UTF-16, twice its size, for
/// as long as the page lives. The build escapes every other character (`charset: 'ascii'` in
/// `ui/vite.config.ts`), so this holds whatever the components contain.
#[test]
fn the_built_script_is_ascii_so_webkit_holds_it_in_one_byte_per_character() {
    for file in built("js") {
        let code = read(&file);
        let outside: Vec<(usize, char)> = code
            .char_indices()
            .filter(|(_, c)| !c.is_ascii())
            .take(5)
            .collect();
        assert!(
            outside.is_empty(),
            "{} has characters outside ASCII, at byte offsets {outside:?}",
            file.display()
        );
    }
}
