//! Translator mode in the core: a locale folder on disk in place of the built-in texts, checked
//! on every load, and the view of it the translator's screen shows. Knows nothing of windows or
//! file watching; the Tauri layer calls `reload` when a file changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::l10n::check::{check_tree, CheckError, CheckOptions, Problem, Report, Tree};
use crate::l10n::{id, Chain, Direction, L10nError, Localizer, STATUS_COLUMNS};

/// A locale folder being translated, as last loaded.
pub struct Translation {
    /// The folder as the translator gave it.
    pub folder: PathBuf,
    /// How many times it was loaded again after a change.
    pub reloads: u32,
    /// The check of the folder as last loaded.
    pub report: Report,
}

/// Why a folder could not be used for translator mode.
#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    /// It is not a locale tree with a reference.
    #[error(transparent)]
    Tree(#[from] CheckError),
    /// The built-in reference failed, which the build makes impossible.
    #[error(transparent)]
    Locales(#[from] L10nError),
}

/// Reads and checks a locale folder and builds the texts to show from it. A broken file never
/// fails this: its messages fall back and its problems are in the report.
pub fn load(folder: &Path) -> Result<(Localizer, Report), TranslationError> {
    let options = CheckOptions::default();
    let tree = Tree::read(folder, &options)?;
    let report = check_tree(&tree, &options)?;
    let l10n = Localizer::for_translation(tree.sources())?;
    Ok((l10n, report))
}

/// One problem as the translator's screen lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProblemView {
    /// The file relative to the folder, such as `so/ui.ftl`.
    pub path: String,
    /// The locale folder.
    pub locale: String,
    /// The file's name.
    pub file: String,
    /// One-based line.
    pub line: usize,
    /// One-based column.
    pub column: usize,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The check's ID.
    pub check: &'static str,
    /// The message or term it belongs to.
    pub id: Option<String>,
    /// The explanation in the translator's language.
    pub message: String,
}

impl ProblemView {
    /// A problem explained in the chain's language, its path relative to the folder.
    pub fn new(problem: &Problem, l10n: &Localizer, chain: &Chain) -> Self {
        Self {
            path: problem.path(),
            locale: problem.locale.clone(),
            file: problem.file.clone(),
            line: problem.line,
            column: problem.column,
            severity: problem.severity().as_str(),
            check: problem.check.as_str(),
            id: problem.id.clone(),
            message: l10n.explain(chain, problem),
        }
    }
}

/// One row of the status table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocaleStatusView {
    /// The locale folder.
    pub locale: String,
    /// The locale's name for itself, or its tag.
    pub name: String,
    /// Messages translated.
    pub translated: usize,
    /// Messages missing.
    pub missing: usize,
    /// Messages translated from an older reference text.
    pub stale: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// The writing direction.
    pub dir: Direction,
    /// The direction in words.
    pub direction: String,
    /// Who reviewed it, in words.
    pub review: String,
}

/// Translator mode as the window shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TranslatorView {
    /// The folder as given.
    pub folder: String,
    /// How many times it reloaded.
    pub reloads: u32,
    /// Every problem the check found.
    pub problems: Vec<ProblemView>,
    /// One row per locale.
    pub status: Vec<LocaleStatusView>,
    /// The status table's column headings by message ID.
    pub labels: BTreeMap<String, String>,
}

impl TranslatorView {
    /// The view of a translation in the chain's language.
    pub fn new(translation: &Translation, l10n: &Localizer, chain: &Chain) -> Self {
        let problems = translation
            .report
            .problems
            .iter()
            .map(|p| ProblemView::new(p, l10n, chain))
            .collect();
        let status = translation
            .report
            .locales
            .iter()
            .map(|s| LocaleStatusView {
                name: l10n
                    .locale(&s.locale)
                    .map_or_else(|_| s.locale.clone(), |l| l10n.language_name(&l)),
                locale: s.locale.clone(),
                translated: s.translated,
                missing: s.missing,
                stale: s.stale,
                errors: s.errors,
                warnings: s.warnings,
                dir: s.direction,
                direction: l10n.format(
                    chain,
                    match s.direction {
                        Direction::Ltr => id::STATUS_LTR,
                        Direction::Rtl => id::STATUS_RTL,
                    },
                    None,
                ),
                review: l10n.review_status(chain, &s.review),
            })
            .collect();
        let labels = STATUS_COLUMNS
            .iter()
            .map(|m| (m.as_str().to_owned(), l10n.format(chain, *m, None)))
            .collect();
        Self {
            folder: translation.folder.display().to_string(),
            reloads: translation.reloads,
            problems,
            status,
            labels,
        }
    }
}
