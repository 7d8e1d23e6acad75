//! Pseudo-locales for translator mode: text that is transformed rather than translated, so
//! any text left plain was never in Fluent, clipped text shows, and layout must flip.

use std::borrow::Cow;

/// Accented and about 30 % longer, left to right.
pub const ACCENTED: &str = "en-XA";
/// Mirrored letters shown right to left, in a right-to-left layout.
pub const BIDI: &str = "ar-XB";
/// Every pseudo-locale with the ID of its name message.
pub const ALL: [(&str, &str); 2] = [
    (ACCENTED, "pseudo-accented-name"),
    (BIDI, "pseudo-bidi-name"),
];

/// A transform for the text elements of a bundle.
pub type Transform = fn(&str) -> Cow<'_, str>;

/// The transform of a pseudo-locale tag; `None` for real languages.
pub fn transform_for(tag: &str) -> Option<Transform> {
    match tag {
        ACCENTED => Some(accented),
        BIDI => Some(bidi),
        _ => None,
    }
}

fn accented(text: &str) -> Cow<'_, str> {
    replace_letters(text, &ACCENTED_LETTERS, true)
}

fn bidi(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    // The override makes the flipped Latin letters run right to left, as Firefox's bidi
    // pseudo-locale does, so the text reads like a right-to-left script.
    Cow::Owned(format!(
        "\u{202e}{}\u{202c}",
        replace_letters(text, &FLIPPED_LETTERS, false)
    ))
}

/// Stand-ins for `a` to `z`, then for `A` to `Z`: each letter with an accent, still readable.
/// The same letters as Firefox's and fluent-pseudo's accented pseudo-locale.
const ACCENTED_LETTERS: [char; 52] = [
    'a', 'ƀ', 'ƈ', 'ḓ', 'e', 'ƒ', 'ɠ', 'ħ', 'i', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'o', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'u', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ', 'A', 'Ɓ', 'Ƈ', 'Ḓ', 'E', 'Ƒ', 'Ɠ', 'Ħ', 'I', 'Ĵ', 'Ķ', 'Ŀ',
    'Ḿ', 'Ƞ', 'O', 'Ƥ', 'Ɋ', 'Ř', 'Ş', 'Ŧ', 'U', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];

/// Stand-ins for `a` to `z`, then for `A` to `Z`: each letter upside down, as in the
/// bidi pseudo-locale of Firefox and fluent-pseudo.
const FLIPPED_LETTERS: [char; 52] = [
    'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ʅ', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's',
    'ʇ', 'n', 'ʌ', 'ʍ', 'x', 'ʎ', 'z', '∀', 'Ԑ', 'Ↄ', 'ᗡ', 'Ǝ', 'Ⅎ', '⅁', 'H', 'I', 'ſ', 'Ӽ', '⅂',
    'W', 'N', 'O', 'Ԁ', 'Ò', 'ᴚ', 'S', '⊥', '∩', 'Ʌ', 'M', 'X', '⅄', 'Z',
];

/// Replaces every ASCII letter with its stand-in, and with `lengthen` writes each small a, e, o
/// and u twice, so that a text grows by about a third, as translations often do.
///
/// Written here rather than taken from fluent-pseudo, which does the same through a regular
/// expression and so brought a whole regex engine with its Unicode tables into the app.
fn replace_letters<'t>(text: &'t str, letters: &[char; 52], lengthen: bool) -> Cow<'t, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let index = match c {
            'a'..='z' => usize::from(c as u8 - b'a'),
            'A'..='Z' => 26 + usize::from(c as u8 - b'A'),
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push(letters[index]);
        if lengthen && matches!(c, 'a' | 'e' | 'o' | 'u') {
            out.push(letters[index]);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_longer_and_has_no_plain_letters_left() {
        let text = accented("Log on with MitID");
        assert!(text.chars().count() > "Log on with MitID".len(), "{text}");
        // Vowels stay (doubled); every consonant gets an accent.
        assert!(!text.chars().any(|c| "LgnwthMD".contains(c)), "{text}");
    }

    #[test]
    fn bidi_text_runs_right_to_left_and_spaces_stay_spaces() {
        let text = bidi("Next step");
        assert!(
            text.starts_with('\u{202e}') && text.ends_with('\u{202c}'),
            "{text:?}"
        );
        assert!(!text.contains(['e', 't']), "{text}");
        assert_eq!(bidi(" "), " ");
    }

    #[test]
    fn letters_map_as_in_firefox_and_fluent_pseudo() {
        assert_eq!(accented("Hello World"), "Ħeeŀŀoo Ẇoořŀḓ");
        assert_eq!(
            replace_letters("Hello World", &FLIPPED_LETTERS, false),
            "Hǝʅʅo Moɹʅp"
        );
        assert_eq!(accented("f"), "ƒ");
    }

    #[test]
    fn text_without_ascii_letters_is_left_as_it_is() {
        assert!(matches!(
            accented("12 345 – ٣"),
            Cow::Borrowed("12 345 – ٣")
        ));
        assert_eq!(accented("æøå 7"), "æøå 7");
        assert_eq!(accented("Ærø"), "Æřø");
    }

    #[test]
    fn real_languages_have_no_transform() {
        assert!(transform_for("ar").is_none());
        assert!(transform_for(ACCENTED).is_some());
    }
}
