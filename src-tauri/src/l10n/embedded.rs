//! The locale files compiled into the binary after the build script checked them.

use super::SourceFile;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Every embedded locale file.
pub(super) fn sources() -> impl Iterator<Item = SourceFile> {
    EMBEDDED.iter().flat_map(|(locale, files)| {
        files.iter().map(move |(name, text)| SourceFile {
            locale: (*locale).to_owned(),
            name: (*name).to_owned(),
            text: (*text).to_owned(),
        })
    })
}

/// The text of a locale's embedded review file, if it has one.
pub(super) fn review(locale: &str) -> Option<&'static str> {
    REVIEWS
        .iter()
        .find(|(tag, _)| *tag == locale)
        .map(|(_, text)| *text)
}
