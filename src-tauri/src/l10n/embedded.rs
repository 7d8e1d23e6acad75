//! The locale files compiled into the binary after the build script checked them.

use super::SourceFile;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Every embedded locale file.
pub(super) fn sources() -> impl Iterator<Item = SourceFile> {
    EMBEDDED
        .iter()
        .flat_map(|(locale, files)| copies(locale, files))
}

/// The tags of the embedded locales.
pub(super) fn tags() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(locale, _)| *locale)
}

/// The embedded files of one locale. Only these are read: each text read from the binary stays
/// in the process's memory, and all locales together are 1.5 MB.
pub(super) fn sources_of(tag: &str) -> Vec<SourceFile> {
    EMBEDDED
        .iter()
        .filter(|(locale, _)| *locale == tag)
        .flat_map(|(locale, files)| copies(locale, files))
        .collect()
}

fn copies<'a>(
    locale: &'a str,
    files: &'a [(&'a str, &'a str)],
) -> impl Iterator<Item = SourceFile> + 'a {
    files.iter().map(move |(name, text)| SourceFile {
        locale: locale.to_owned(),
        name: (*name).to_owned(),
        text: (*text).to_owned(),
    })
}

/// The text of one embedded file of a locale, such as its `meta.ftl`.
pub(super) fn file(tag: &str, name: &str) -> Option<&'static str> {
    EMBEDDED
        .iter()
        .find(|(locale, _)| *locale == tag)
        .and_then(|(_, files)| files.iter().find(|(file, _)| *file == name))
        .map(|(_, text)| *text)
}

/// The text of a locale's embedded review file, if it has one.
pub(super) fn review(locale: &str) -> Option<&'static str> {
    REVIEWS
        .iter()
        .find(|(tag, _)| *tag == locale)
        .map(|(_, text)| *text)
}
