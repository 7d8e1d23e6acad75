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
    fluent_pseudo::transform(text, false, true)
}

fn bidi(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    // The override makes the flipped Latin letters run right to left, as Firefox's bidi
    // pseudo-locale does, so the text reads like a right-to-left script.
    Cow::Owned(format!(
        "\u{202e}{}\u{202c}",
        fluent_pseudo::transform(text, true, false)
    ))
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
    fn real_languages_have_no_transform() {
        assert!(transform_for("ar").is_none());
        assert!(transform_for(ACCENTED).is_some());
    }
}
