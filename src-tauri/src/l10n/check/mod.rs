//! The translator's check: reads any tree of the form `ROOT/<locale>/*.ftl`, compares every
//! locale with the reference, and reports each problem with its file, line and column. It knows
//! nothing of the app's own texts, so it works on any project's Fluent folders.

mod entry;
mod locale;
pub mod lock;
mod position;
mod tree;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use lock::{Review, ReviewState};
pub use tree::{Tree, TreeFile, TreeLocale};

use super::Direction;

/// How serious a problem is: errors break a message at run time, warnings deserve a look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The message cannot be shown as written; the app falls back to another language.
    Error,
    /// Probably a mistake, but the message still shows.
    Warning,
}

impl Severity {
    /// The word printed in `file:line:col: error|warning: …`, fixed like a compiler's.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! check_ids {
    ($($variant:ident => $name:literal, $severity:ident;)*) => {
        /// Every check, by the ID printed in brackets after each problem.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum CheckId {
            $(
                #[doc = concat!("`", $name, "`")]
                $variant,
            )*
        }

        impl CheckId {
            /// Every check ID.
            pub const ALL: &'static [CheckId] = &[$(CheckId::$variant),*];

            /// The ID as printed, such as `missing-message`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(CheckId::$variant => $name,)*
                }
            }

            /// Whether a problem of this kind is an error or a warning.
            pub fn severity(self) -> Severity {
                match self {
                    $(CheckId::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

check_ids! {
    Syntax => "syntax", Error;
    MissingDefault => "missing-default", Error;
    DuplicateId => "duplicate-id", Error;
    DuplicateVariantKey => "duplicate-variant-key", Error;
    DuplicateAttribute => "duplicate-attribute", Error;
    MissingMessage => "missing-message", Warning;
    ObsoleteMessage => "obsolete-message", Warning;
    MissingValue => "missing-value", Error;
    ExtraValue => "extra-value", Error;
    MissingAttribute => "missing-attribute", Error;
    ExtraAttribute => "extra-attribute", Error;
    MissingReference => "missing-reference", Warning;
    UnknownReference => "unknown-reference", Error;
    UndefinedReference => "undefined-reference", Error;
    PluralMissing => "plural-missing", Warning;
    PluralUnused => "plural-unused", Warning;
    EmptyValue => "empty-value", Warning;
    BrandName => "brand-name", Warning;
    BidiControl => "bidi-control", Warning;
    InvisibleCharacter => "invisible-character", Warning;
    ReplacementCharacter => "replacement-character", Warning;
    Whitespace => "whitespace", Warning;
    EndPunctuation => "end-punctuation", Warning;
    Unchanged => "unchanged", Warning;
    TooLong => "too-long", Warning;
    Stale => "stale", Warning;
    UnreadableFile => "unreadable-file", Error;
    LocaleTag => "locale-tag", Error;
}

impl CheckId {
    /// The Fluent message that explains a problem of this kind.
    pub fn message_id(self) -> String {
        format!("check-{}", self.as_str())
    }
}

impl Serialize for CheckId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A value for the explanation of a problem.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// Text, shown as it is.
    Text(String),
    /// A count.
    Number(f64),
}

/// One problem at one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The locale folder.
    pub locale: String,
    /// The file inside it.
    pub file: String,
    /// One-based line.
    pub line: usize,
    /// One-based column, in characters.
    pub column: usize,
    /// Which check found it.
    pub check: CheckId,
    /// The message or term (`-name`) it belongs to, if any.
    pub id: Option<String>,
    /// The values its explanation needs, by variable name.
    pub details: Vec<(&'static str, Detail)>,
}

impl Problem {
    /// How serious it is.
    pub fn severity(&self) -> Severity {
        self.check.severity()
    }

    /// The file relative to the root, such as `so/ui.ftl`.
    pub fn path(&self) -> String {
        format!("{}/{}", self.locale, self.file)
    }
}

/// Counts for one locale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// The locale folder.
    pub locale: String,
    /// Messages and terms that exist here and in the reference.
    pub translated: usize,
    /// In the reference but not here.
    pub missing: usize,
    /// Here but not in the reference.
    pub obsolete: usize,
    /// Translated from an older reference text.
    pub stale: usize,
    /// Problems that are errors.
    pub errors: usize,
    /// Problems that are warnings.
    pub warnings: usize,
    /// The writing direction of the locale's script.
    pub direction: Direction,
    /// Who reviewed it, if anyone.
    #[serde(skip)]
    pub review: Review,
}

/// Everything the check found.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The reference locale.
    pub reference: String,
    /// One summary per locale checked, the reference first, then by tag.
    pub locales: Vec<LocaleSummary>,
    /// Every problem, by locale, file and position.
    pub problems: Vec<Problem>,
}

impl Report {
    /// How many problems are errors.
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity() == Severity::Error)
            .count()
    }

    /// How many problems are warnings.
    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// What to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckOptions {
    /// The reference locale's folder name.
    pub reference: String,
    /// The locales to check besides the reference; empty means all.
    pub locales: Vec<String>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        Self {
            reference: super::REFERENCE.to_owned(),
            locales: Vec::new(),
        }
    }
}

/// Why a tree could not be checked at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CheckError {
    /// The root is not a folder or cannot be listed.
    #[error("{}: not a folder of locale folders ({detail})", root.display())]
    NoRoot {
        /// The root as given.
        root: PathBuf,
        /// What the system said.
        detail: String,
    },
    /// The root has no folder for the reference locale.
    #[error("{}: there is no folder for the reference locale `{reference}`", root.display())]
    NoReference {
        /// The root as given.
        root: PathBuf,
        /// The reference asked for.
        reference: String,
    },
    /// A locale asked for has no folder.
    #[error("there is no locale folder `{0}`")]
    UnknownLocale(String),
}

/// Reads `ROOT/<locale>/*.ftl` from disk and checks it.
pub fn check_folder(root: &Path, options: &CheckOptions) -> Result<Report, CheckError> {
    let tree = Tree::read(root, options)?;
    check_tree(&tree, options)
}

/// Checks a tree already in memory.
pub fn check_tree(tree: &Tree, options: &CheckOptions) -> Result<Report, CheckError> {
    let reference = tree
        .locales
        .iter()
        .find(|l| l.tag == options.reference)
        .ok_or_else(|| CheckError::NoReference {
            root: tree.root.clone(),
            reference: options.reference.clone(),
        })?;
    for wanted in &options.locales {
        if !tree.locales.iter().any(|l| &l.tag == wanted) {
            return Err(CheckError::UnknownLocale(wanted.clone()));
        }
    }
    let others: Vec<&TreeLocale> = tree
        .locales
        .iter()
        .filter(|l| l.tag != options.reference)
        .filter(|l| options.locales.is_empty() || options.locales.contains(&l.tag))
        .collect();
    let parsed_reference = locale::Parsed::new(reference);
    let context = locale::Reference::new(&parsed_reference);
    let mut results = vec![context.check_itself()];
    results.extend(parallel_map(&others, |l| context.check(l)));

    let mut locales = Vec::new();
    let mut problems = Vec::new();
    for (summary, found) in results {
        locales.push(summary);
        problems.extend(found);
    }
    Ok(Report {
        reference: options.reference.clone(),
        locales,
        problems,
    })
}

/// Maps over the items on every core, keeping their order: locales are independent, and a
/// corpus of 70 of them is where a translator's check must stay well under a second.
fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    if threads <= 1 {
        return items.iter().map(&work).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let work = &work;
                scope.spawn(move || part.iter().map(work).collect::<Vec<R>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| match handle.join() {
                Ok(results) => results,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}
