//! The locale files compiled into the binary after the build script checked them. Each file is
//! compressed, and each locale's files lie together, so that reading one locale brings only its
//! own pages of the binary into memory, a fifth of what its plain text would take.

use std::io::Read;

use super::SourceFile;

/// One built-in locale: its files, compressed one by one into one block; its `meta.ftl`, which
/// lies in `META_BLOCK` with the other locales' so that the language menu reads no other part
/// of any locale; and its presenter's notes, which lie in `NOTES_BLOCK` so that a session
/// without presenting reads none of them.
struct EmbeddedLocale {
    tag: &'static str,
    block: &'static [u8],
    meta: Option<EmbeddedFile>,
    files: &'static [EmbeddedFile],
    notes: &'static [EmbeddedFile],
}

/// Where one file lies in its block, and its length as text.
struct EmbeddedFile {
    name: &'static str,
    start: usize,
    end: usize,
    len: usize,
}

// The blocks, where each file lies in them, and the file and ID rules the build checked.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

impl EmbeddedLocale {
    /// The locale's files but its presenter's notes, `meta.ftl` last.
    fn texts(&'static self) -> impl Iterator<Item = SourceFile> {
        let own = self.files.iter().map(|file| (self.block, file));
        let meta = self.meta.iter().map(|file| (META_BLOCK, file));
        self.read(own.chain(meta))
    }

    /// The locale's presenter's notes.
    fn notes(&'static self) -> impl Iterator<Item = SourceFile> {
        self.read(self.notes.iter().map(|file| (NOTES_BLOCK, file)))
    }

    fn read(
        &'static self,
        files: impl Iterator<Item = (&'static [u8], &'static EmbeddedFile)>,
    ) -> impl Iterator<Item = SourceFile> {
        files.filter_map(|(block, file)| {
            Some(SourceFile {
                locale: self.tag.to_owned(),
                name: file.name.to_owned(),
                text: text(block, file)?,
            })
        })
    }

    /// The locale's file of terms, which its notes use.
    fn terms(&'static self) -> impl Iterator<Item = SourceFile> {
        let terms = self.files.iter().filter(|file| file.name == TERMS_FILE);
        self.read(terms.map(|file| (self.block, file)))
    }
}

/// A file's text. The build script read every file back from its compressed form, so this
/// fails only if the binary itself is damaged; the file's texts then fall back along the chain
/// like any missing text.
fn text(block: &[u8], file: &EmbeddedFile) -> Option<String> {
    let compressed = block.get(file.start..file.end)?;
    // Exactly the text's length, because the parsed locale keeps this string for good.
    let mut text = String::with_capacity(file.len);
    brotli_decompressor::Decompressor::new(compressed, BUFFER)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

/// The decompressor's input buffer: the blocks are in memory already, so a small one will do.
const BUFFER: usize = 4096;

fn locale(tag: &str) -> Option<&'static EmbeddedLocale> {
    EMBEDDED.iter().find(|locale| locale.tag == tag)
}

/// Every embedded locale file.
pub(super) fn sources() -> impl Iterator<Item = SourceFile> {
    EMBEDDED
        .iter()
        .flat_map(|locale| locale.texts().chain(locale.notes()))
}

/// The tags of the embedded locales.
pub(super) fn tags() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|locale| locale.tag)
}

/// The embedded files of one locale. Only these are read: each part of the binary read stays
/// in the process's memory.
pub(super) fn sources_of(tag: &str) -> Vec<SourceFile> {
    locale(tag).map_or_else(Vec::new, |locale| {
        locale.texts().chain(locale.notes()).collect()
    })
}

/// The embedded files of one locale but its presenter's notes, which `notes_of` reads.
pub(super) fn texts_of(tag: &str) -> Vec<SourceFile> {
    locale(tag).map_or_else(Vec::new, |locale| locale.texts().collect())
}

/// One locale's presenter's notes, with the terms they use.
pub(super) fn notes_of(tag: &str) -> Vec<SourceFile> {
    locale(tag).map_or_else(Vec::new, |locale| {
        locale.terms().chain(locale.notes()).collect()
    })
}

/// Whether a message is a presenter's note: the build script made sure that these are
/// exactly the messages of the locales' `notes-*.ftl` files.
pub(super) fn is_note(id: &str) -> bool {
    id.starts_with(NOTE_ID_PREFIX)
}

/// The text of a locale's `meta.ftl`: its name for itself and what the language menu says.
pub(super) fn meta(tag: &str) -> Option<String> {
    text(META_BLOCK, locale(tag)?.meta.as_ref()?)
}

/// The text of a locale's embedded review file, if it has one.
pub(super) fn review(locale: &str) -> Option<&'static str> {
    REVIEWS
        .iter()
        .find(|(tag, _)| *tag == locale)
        .map(|(_, text)| *text)
}
