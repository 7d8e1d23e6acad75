//! Stale translations without a server: each locale folder may keep a lock file that records,
//! per message, a fingerprint of the reference text it was translated from. When the reference
//! changes, the fingerprint no longer matches and the translation is stale until a translator
//! marks it current. The file is plain `id = fingerprint` lines, friendly to diffs and to hands.
//! The review file says who reviewed the locale and when.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Resource};
use fluent_syntax::serializer;

use super::{locale, CheckError, CheckOptions, Tree};

/// The lock file in each locale folder.
pub const LOCK_FILE: &str = "reference.lock";
/// The review file in each locale folder.
pub const REVIEW_FILE: &str = "review.toml";

/// The fingerprints a locale's translations were made from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lock {
    entries: BTreeMap<String, String>,
}

impl Lock {
    /// Reads `id = fingerprint` lines; comments (`#`) and lines of any other shape are skipped,
    /// so a hand edit can never make the check fail.
    pub fn parse(text: &str) -> Self {
        let entries = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('='))
            .map(|(id, hash)| (id.trim().to_owned(), hash.trim().to_owned()))
            .filter(|(id, hash)| !id.is_empty() && !hash.is_empty())
            .collect();
        Self { entries }
    }

    /// The fingerprint recorded for a message.
    pub fn get(&self, id: &str) -> Option<&str> {
        self.entries.get(id).map(String::as_str)
    }

    /// Records the fingerprint a message is now translated from.
    pub fn set(&mut self, id: &str, fingerprint: &str) {
        self.entries.insert(id.to_owned(), fingerprint.to_owned());
    }

    /// The file's text: the header as comment lines, then one line per message, sorted.
    pub fn render(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(format!("# {line}").trim_end());
            out.push('\n');
        }
        for (id, hash) in &self.entries {
            out.push_str(&format!("{id} = {hash}\n"));
        }
        out
    }
}

/// A fingerprint of an entry's value and attributes, blind to its comment and layout: 16 hex
/// digits of FNV-1a over Fluent's own serialisation. Not for security, only to notice change.
pub fn fingerprint(entry: &Entry<&str>) -> String {
    let without_comment = match entry {
        Entry::Message(message) => Entry::Message(fluent_syntax::ast::Message {
            comment: None,
            ..message.clone()
        }),
        Entry::Term(term) => Entry::Term(fluent_syntax::ast::Term {
            comment: None,
            ..term.clone()
        }),
        other => other.clone(),
    };
    let text = serializer::serialize(&Resource {
        body: vec![without_comment],
    });
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// How far a locale has been reviewed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReviewState {
    /// Not yet reviewed by a native speaker.
    #[default]
    Draft,
    /// Reviewed by the named person on the given date.
    Reviewed,
}

/// A locale's review file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// How far it is.
    pub state: ReviewState,
    /// Who reviewed it.
    pub reviewer: String,
    /// When, as written.
    pub date: String,
}

impl Review {
    /// Reads `key = "value"` lines (a small subset of TOML); anything unclear reads as a draft.
    pub fn parse(text: Option<&str>) -> Self {
        let mut review = Review::default();
        for line in text.unwrap_or_default().lines() {
            let line = line.split('#').next().unwrap_or_default();
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let value = value.trim().trim_matches('"').trim().to_owned();
            match key.trim() {
                "status" if value == "reviewed" => review.state = ReviewState::Reviewed,
                "reviewer" => review.reviewer = value,
                "date" => review.date = value,
                _ => {}
            }
        }
        if review.reviewer.is_empty() {
            review.state = ReviewState::Draft;
        }
        review
    }
}

/// Which messages to mark current.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Marked {
    /// These IDs (terms with their leading `-`).
    Ids(Vec<String>),
    /// Every message the locale has that the reference has too.
    All,
}

/// Why messages could not be marked current.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MarkError {
    /// The tree could not be read.
    #[error(transparent)]
    Tree(#[from] CheckError),
    /// The reference has no such message.
    #[error("the reference has no message `{0}`")]
    UnknownMessage(String),
    /// The lock file could not be written.
    #[error("{}: {detail}", path.display())]
    NotSaved {
        /// The lock file.
        path: PathBuf,
        /// What the system said.
        detail: String,
    },
}

/// Records that `locale`'s translations of the given messages match the current reference
/// text; returns how many were marked. The file is replaced whole, so a crash leaves the old one.
pub fn mark_current(
    root: &Path,
    reference: &str,
    locale: &str,
    which: &Marked,
    header: &str,
) -> Result<usize, MarkError> {
    let options = CheckOptions {
        reference: reference.to_owned(),
        locales: vec![locale.to_owned()],
    };
    let tree = Tree::read(root, &options)?;
    let find = |tag: &str| tree.locales.iter().find(|l| l.tag == tag);
    let reference_locale = find(reference).ok_or_else(|| CheckError::NoReference {
        root: root.to_owned(),
        reference: reference.to_owned(),
    })?;
    let target = find(locale).ok_or_else(|| CheckError::UnknownLocale(locale.to_owned()))?;
    let parsed_reference = locale::Parsed::new(reference_locale);
    let fingerprints = parsed_reference.fingerprints();
    let ids: Vec<String> = match which {
        Marked::Ids(ids) => ids.clone(),
        Marked::All => {
            let parsed = locale::Parsed::new(target);
            parsed
                .ids()
                .filter(|id| fingerprints.contains_key(id))
                .collect()
        }
    };
    let mut lock = Lock::parse(target.lock.as_deref().unwrap_or_default());
    for id in &ids {
        let fingerprint = fingerprints
            .get(id.as_str())
            .ok_or_else(|| MarkError::UnknownMessage(id.clone()))?;
        lock.set(id, fingerprint);
    }
    let path = root.join(locale).join(LOCK_FILE);
    write_whole(&path, &lock.render(header)).map_err(|e| MarkError::NotSaved {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    Ok(ids.len())
}

fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    let temporary = path.with_extension("lock.new");
    let mut file = fs::File::create(&temporary)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    fs::rename(&temporary, path)
}
