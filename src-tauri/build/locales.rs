//! Build-time check of `locales/<locale>/*.ftl`: a file that does not parse, a duplicated ID or a
//! missing required message stops the build, so a release can never ship a broken locale.
//! The checked files are then embedded, and every Danish message ID becomes a Rust constant.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

/// The reference locale: complete by definition.
const REFERENCE: &str = "da";

/// Messages every locale must have, because the app shows them without a fallback.
const REQUIRED_IN_EVERY_LOCALE: &[&str] = &["language-name"];

/// Messages the reference must have, because the fallback chain ends on them.
const REQUIRED_IN_REFERENCE: &[&str] = &["text-missing"];

struct LocaleFile {
    name: String,
    path: PathBuf,
}

/// The locale files that passed the check, for the content compiler to format from.
pub struct CheckedLocales {
    /// File names and texts per locale tag.
    pub texts: BTreeMap<String, Vec<(String, String)>>,
    /// Every message ID in the reference locale (terms excluded).
    pub reference_ids: BTreeSet<String>,
}

/// Checks every locale folder below `dir` and writes `locales.rs` and `message_ids.rs` to `out_dir`.
pub fn validate_and_embed(dir: &Path, out_dir: &Path) -> Result<CheckedLocales, Vec<String>> {
    let mut problems = Vec::new();
    let locales = list_locales(dir).map_err(|e| vec![e])?;
    if !locales.contains_key(REFERENCE) {
        return Err(vec![format!(
            "{}: the reference locale `{REFERENCE}` is missing",
            dir.display()
        )]);
    }

    let mut reference_ids = BTreeSet::new();
    let mut texts = BTreeMap::new();
    for (tag, files) in &locales {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let mut checked = Vec::new();
        for file in files {
            if let Some(text) = check_file(tag, file, &mut seen, &mut problems) {
                checked.push((file.name.clone(), text));
            }
        }
        texts.insert(tag.clone(), checked);
        let required = REQUIRED_IN_EVERY_LOCALE.iter().chain(if tag == REFERENCE {
            REQUIRED_IN_REFERENCE
        } else {
            &[]
        });
        for id in required {
            if !seen.contains_key(*id) {
                problems.push(format!(
                    "{}/{tag}: required message `{id}` is missing",
                    dir.display()
                ));
            }
        }
        if tag == REFERENCE {
            reference_ids = seen.into_keys().filter(|id| !id.starts_with('-')).collect();
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    write(
        &out_dir.join("locales.rs"),
        embed(&locales, &texts, out_dir)?.as_bytes(),
    )?;
    write(
        &out_dir.join("message_ids.rs"),
        message_id_source(&reference_ids).as_bytes(),
    )?;
    Ok(CheckedLocales {
        texts,
        reference_ids,
    })
}

fn list_locales(dir: &Path) -> Result<BTreeMap<String, Vec<LocaleFile>>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut locales = BTreeMap::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(tag) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !path.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        let listing = fs::read_dir(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for file in listing.flatten() {
            let file_path = file.path();
            if file_path.extension().and_then(|e| e.to_str()) == Some("ftl") {
                let name = file.file_name().to_string_lossy().into_owned();
                files.push(LocaleFile {
                    name,
                    path: file_path,
                });
            }
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        locales.insert(tag, files);
    }
    Ok(locales)
}

fn check_file(
    tag: &str,
    file: &LocaleFile,
    seen: &mut BTreeMap<String, String>,
    problems: &mut Vec<String>,
) -> Option<String> {
    let shown = format!("locales/{tag}/{}", file.name);
    let text = match fs::read_to_string(&file.path) {
        Ok(text) => text,
        Err(e) => {
            problems.push(format!("{shown}: cannot be read as UTF-8 text: {e}"));
            return None;
        }
    };
    let source = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = line_and_column(source, error.pos.start);
                problems.push(format!(
                    "{shown}:{line}:{column}: syntax error: {}",
                    error.kind
                ));
            }
            resource
        }
    };
    let notes_file = is_notes_file(&file.name);
    for entry in resource.body {
        let (id, span_name) = match entry {
            Entry::Message(message) => (message.id.name.to_owned(), message.id.name),
            Entry::Term(term) => (format!("-{}", term.id.name), term.id.name),
            _ => continue,
        };
        // The parser keeps no spans, but its identifiers are slices of `source`.
        let offset = span_name.as_ptr() as usize - source.as_ptr() as usize;
        let (line, column) = line_and_column(source, offset);
        let here = format!("{shown}:{line}:{column}");
        // The app finds a note by its ID alone, in a bundle of the notes and the terms only.
        if id.starts_with('-') && file.name != TERMS_FILE {
            problems.push(format!(
                "{here}: term `{id}` belongs in {TERMS_FILE}, where the presenter's notes find it"
            ));
        } else if !id.starts_with('-') && notes_file != id.starts_with(NOTE_ID_PREFIX) {
            problems.push(format!(
                "{here}: `{id}`: the presenter's notes are the messages named `{NOTE_ID_PREFIX}…`, and only they belong in `{NOTES_FILE_PREFIX}…` files"
            ));
        }
        if let Some(first) = seen.get(&id) {
            problems.push(format!(
                "{here}: duplicate ID `{id}`, first defined at {first}"
            ));
        } else {
            seen.insert(id, here);
        }
    }
    Some(source.to_owned())
}

/// One-based line and column (in characters) of a byte offset.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// How hard the build compresses locale files: near the best ratio at a fortieth of the
/// highest quality's time, which matters because build scripts are not optimised.
const QUALITY: i32 = 5;

/// The largest window the compressor may use: 256 KiB, so that reading a file back never needs
/// more memory than that, whatever the file's size.
const WINDOW_BITS: i32 = 18;

/// The file of every locale that holds what it says of itself, which the language menu reads
/// for every locale.
const META_FILE: &str = "meta.ftl";

/// Files that hold the presenter's notes, which the app reads only when someone presents.
const NOTES_FILE_PREFIX: &str = "notes-";

/// Every presenter's note is named so, and nothing else is.
const NOTE_ID_PREFIX: &str = "note-";

/// The one file of a locale that defines terms.
const TERMS_FILE: &str = "brand.ftl";

fn is_notes_file(name: &str) -> bool {
    name.starts_with(NOTES_FILE_PREFIX)
}

/// Writes each locale's files, compressed one by one, into one block per locale, and the Rust
/// source that embeds them. Compressed, the text of the two locales a session reads takes a
/// fifth of the memory pages it took as plain text. One block per locale, and the `meta.ftl`
/// files and the presenter's notes of all locales in blocks of their own, keep the pages of
/// the texts not used out of memory, since the kernel maps 64 KiB around each page read.
fn embed(
    locales: &BTreeMap<String, Vec<LocaleFile>>,
    texts: &BTreeMap<String, Vec<(String, String)>>,
    out_dir: &Path,
) -> Result<String, Vec<String>> {
    let mut out = String::new();
    let mut meta_block = Vec::new();
    let mut notes_block = Vec::new();
    let mut entries = String::new();
    for (tag, files) in texts {
        let mut block = Vec::new();
        let mut index = String::new();
        let mut notes = String::new();
        let mut meta = String::from("None");
        for (name, text) in files {
            let compressed =
                compress(text).map_err(|e| vec![format!("locales/{tag}/{name}: {e}")])?;
            let (into, listed) = if name == META_FILE {
                (&mut meta_block, &mut meta)
            } else if is_notes_file(name) {
                (&mut notes_block, &mut notes)
            } else {
                (&mut block, &mut index)
            };
            let start = into.len();
            into.extend(compressed);
            let file = format!(
                "EmbeddedFile {{ name: {name:?}, start: {start}, end: {}, len: {} }}",
                into.len(),
                text.len()
            );
            if name == META_FILE {
                *listed = format!("Some({file})");
            } else {
                let _ = writeln!(listed, "        {file},");
            }
        }
        let path = out_dir.join(format!("locale-{tag}.br"));
        write(&path, &block)?;
        let _ = writeln!(
            entries,
            "    EmbeddedLocale {{ tag: {tag:?}, block: include_bytes!({path:?}), meta: {meta}, files: &[\n{index}    ], notes: &[\n{notes}    ] }},"
        );
    }
    let meta_path = out_dir.join("locale-meta.br");
    write(&meta_path, &meta_block)?;
    let _ = writeln!(
        out,
        "/// Every locale's `{META_FILE}`, compressed.\nstatic META_BLOCK: &[u8] = include_bytes!({meta_path:?});"
    );
    let notes_path = out_dir.join("locale-notes.br");
    write(&notes_path, &notes_block)?;
    let _ = writeln!(
        out,
        "/// Every locale's presenter's notes, compressed.\nstatic NOTES_BLOCK: &[u8] = include_bytes!({notes_path:?});"
    );
    let _ = writeln!(
        out,
        "/// The one file of a locale that defines terms, as the build checked.\nconst TERMS_FILE: &str = {TERMS_FILE:?};\n/// How every presenter's note is named, and nothing else, as the build checked.\nconst NOTE_ID_PREFIX: &str = {NOTE_ID_PREFIX:?};"
    );
    let _ = write!(
        out,
        "/// Every locale's files, checked at build time and compressed.\nstatic EMBEDDED: &[EmbeddedLocale] = &[\n{entries}];\n"
    );
    // Each locale's review file, so the language picker can say who reviewed it.
    out.push_str("/// Each locale's review file, for the locales that have one.\n");
    out.push_str("static REVIEWS: &[(&str, &str)] = &[\n");
    for (tag, files) in locales {
        let review = files
            .first()
            .and_then(|f| f.path.parent())
            .map(|dir| dir.join("review.toml"))
            .filter(|path| path.is_file());
        if let Some(path) = review {
            let absolute = fs::canonicalize(&path).unwrap_or(path);
            let _ = writeln!(out, "    ({tag:?}, include_str!({absolute:?})),");
        }
    }
    out.push_str("];\n");
    Ok(out)
}

/// The text compressed with Brotli, checked by reading it back.
fn compress(text: &str) -> Result<Vec<u8>, String> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: QUALITY,
        lgwin: WINDOW_BITS,
        ..Default::default()
    };
    let mut compressed = Vec::new();
    brotli::BrotliCompress(&mut text.as_bytes(), &mut compressed, &params)
        .map_err(|e| format!("cannot be compressed: {e}"))?;
    let mut back = Vec::with_capacity(text.len());
    brotli::BrotliDecompress(&mut compressed.as_slice(), &mut back)
        .map_err(|e| format!("does not read back after compression: {e}"))?;
    if back != text.as_bytes() {
        return Err("reads back different after compression".to_owned());
    }
    Ok(compressed)
}

fn message_id_source(ids: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for id in ids {
        let constant = id.to_uppercase().replace('-', "_");
        let _ = writeln!(
            out,
            "/// The message `{id}`.\npub const {constant}: MessageId = MessageId({id:?});"
        );
    }
    out
}

fn write(path: &Path, contents: &[u8]) -> Result<(), Vec<String>> {
    // Writing only on change keeps cargo from recompiling the crate on every build.
    if fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    fs::write(path, contents).map_err(|e| vec![format!("{}: {e}", path.display())])
}
