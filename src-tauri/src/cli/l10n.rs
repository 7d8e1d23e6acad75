//! `trinvis l10n check|status|mark-current`: the translator's toolkit on the command line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::{json, without_isolation, USAGE_ERROR};
use crate::l10n::check::lock::{mark_current, MarkError, Marked};
use crate::l10n::check::{
    check_folder, check_tree, CheckError, CheckOptions, LocaleSummary, Report, Tree,
};
use crate::l10n::{id, Args, Chain, Direction, Localizer, SourceFile, STATUS_COLUMNS};
use crate::translation::ProblemView;

/// The folder checked when none is given, if the current directory has it.
const DEFAULT_ROOT: &str = "locales";

enum Command {
    Check,
    Status,
    MarkCurrent { locale: String, which: Marked },
}

struct Request {
    command: Command,
    root: Option<PathBuf>,
    options: CheckOptions,
    json: bool,
}

/// Runs `trinvis l10n …` (the words after `l10n`) and returns the exit code.
pub fn main(l10n: &Localizer, chain: &Chain, args: &[String]) -> ExitCode {
    let request = match parse(args) {
        Ok(request) => request,
        Err(bad) => {
            let args = Args::new().text("arg", bad);
            return fail(&l10n.format(chain, id::CLI_BAD_USAGE, Some(&args)));
        }
    };
    match request.command {
        Command::Check | Command::Status => {
            let (root, report) = match run_check(&request) {
                Ok(found) => found,
                Err(error) => return fail(&l10n.describe_check_error(chain, &error)),
            };
            let out = match (&request.command, request.json) {
                (Command::Check, false) => check_text(l10n, chain, &root, &report),
                (Command::Check, true) => check_json(l10n, chain, &root, &report),
                (_, false) => status_text(l10n, chain, &report),
                (_, true) => status_json(l10n, chain, &root, &report),
            };
            print!("{}", without_isolation(&out));
            if report.errors() > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::MarkCurrent { locale, which } => {
            let root = request.root.unwrap_or_else(|| PathBuf::from(DEFAULT_ROOT));
            let header = l10n.format(chain, id::CHECK_LOCK_HEADER, None);
            match mark_current(
                &root,
                &request.options.reference,
                &locale,
                &which,
                &without_isolation(&header),
            ) {
                Ok(count) => {
                    let args = Args::new()
                        .number("count", count as f64)
                        .text("locale", locale);
                    let text = l10n.format(chain, id::CHECK_MARKED_CURRENT, Some(&args));
                    println!("{}", without_isolation(&text));
                    ExitCode::SUCCESS
                }
                Err(MarkError::Tree(error)) => fail(&l10n.describe_check_error(chain, &error)),
                Err(MarkError::UnknownMessage(message)) => {
                    let args = Args::new()
                        .text("id", message)
                        .text("reference", request.options.reference.clone());
                    fail(&l10n.format(chain, id::CHECK_UNKNOWN_MESSAGE, Some(&args)))
                }
                Err(MarkError::NotSaved { path, detail }) => {
                    let args = Args::new()
                        .text("path", path.display().to_string())
                        .text("detail", detail);
                    fail(&l10n.format(chain, id::CHECK_NOT_SAVED, Some(&args)))
                }
            }
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{}", without_isolation(message));
    ExitCode::from(USAGE_ERROR)
}

fn parse(args: &[String]) -> Result<Request, String> {
    let mut words = args.iter();
    let command = words.next().map(String::as_str);
    let mut request = Request {
        command: Command::Check,
        root: None,
        options: CheckOptions::default(),
        json: false,
    };
    let mut positional: Vec<String> = Vec::new();
    let mut all = false;
    while let Some(word) = words.next() {
        match word.as_str() {
            "--reference" => request.options.reference = words.next().ok_or("--reference")?.clone(),
            "--locale" => request
                .options
                .locales
                .push(words.next().ok_or("--locale")?.clone()),
            "--root" => request.root = Some(PathBuf::from(words.next().ok_or("--root")?)),
            "--json" => request.json = true,
            "--all" => all = true,
            other if other.starts_with("--") => return Err(other.to_owned()),
            other => positional.push(other.to_owned()),
        }
    }
    match command {
        Some(name @ ("check" | "status")) => {
            if all || positional.len() > 1 {
                return Err(positional.get(1).cloned().unwrap_or_else(|| "--all".into()));
            }
            if let Some(root) = positional.pop() {
                request.root = Some(PathBuf::from(root));
            }
            if name == "status" {
                request.command = Command::Status;
            }
        }
        Some("mark-current") => {
            let mut positional = positional.into_iter();
            let locale = positional.next().ok_or("mark-current")?;
            let ids: Vec<String> = positional.collect();
            let which = match (all, ids.is_empty()) {
                (true, true) => Marked::All,
                (false, false) => Marked::Ids(ids),
                (true, false) => return Err("--all".into()),
                (false, true) => return Err(locale),
            };
            request.command = Command::MarkCurrent { locale, which };
        }
        other => return Err(other.unwrap_or("l10n").to_owned()),
    }
    Ok(request)
}

/// Checks the folder asked for, else `./locales`, else the texts built into the binary.
fn run_check(request: &Request) -> Result<(PathBuf, Report), CheckError> {
    match &request.root {
        Some(root) => Ok((root.clone(), check_folder(root, &request.options)?)),
        None if Path::new(DEFAULT_ROOT).is_dir() => {
            let root = PathBuf::from(DEFAULT_ROOT);
            Ok((root.clone(), check_folder(&root, &request.options)?))
        }
        None => {
            let root = PathBuf::from(DEFAULT_ROOT);
            let sources: Vec<SourceFile> = crate::l10n::built_in_sources().collect();
            let tree = Tree::from_sources(&root, sources);
            Ok((root, check_tree(&tree, &request.options)?))
        }
    }
}

fn problem_path(root: &Path, locale: &str, file: &str) -> String {
    root.join(locale).join(file).display().to_string()
}

fn summary_line(l10n: &Localizer, chain: &Chain, report: &Report) -> String {
    let locales = report.locales.len() as f64;
    if report.problems.is_empty() {
        let args = Args::new().number("locales", locales);
        return l10n.format(chain, id::CHECK_NO_PROBLEMS, Some(&args));
    }
    let args = Args::new()
        .number("errors", report.errors() as f64)
        .number("warnings", report.warnings() as f64)
        .number("locales", locales);
    l10n.format(chain, id::CHECK_SUMMARY, Some(&args))
}

fn check_text(l10n: &Localizer, chain: &Chain, root: &Path, report: &Report) -> String {
    let mut out = String::new();
    for problem in &report.problems {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}: {} [{}]",
            problem_path(root, &problem.locale, &problem.file),
            problem.line,
            problem.column,
            problem.severity().as_str(),
            l10n.explain(chain, problem),
            problem.check.as_str()
        );
    }
    out + &summary_line(l10n, chain, report) + "\n"
}

#[derive(Serialize)]
struct JsonCheck<'a> {
    root: String,
    reference: &'a str,
    locales: &'a [LocaleSummary],
    problems: Vec<ProblemView>,
    errors: usize,
    warnings: usize,
}

fn check_json(l10n: &Localizer, chain: &Chain, root: &Path, report: &Report) -> String {
    let problems = report
        .problems
        .iter()
        .map(|p| {
            let view = ProblemView::new(p, l10n, chain);
            ProblemView {
                path: problem_path(root, &p.locale, &p.file),
                message: without_isolation(&view.message),
                ..view
            }
        })
        .collect();
    json(&JsonCheck {
        root: root.display().to_string(),
        reference: &report.reference,
        locales: &report.locales,
        problems,
        errors: report.errors(),
        warnings: report.warnings(),
    })
}

#[derive(Serialize)]
struct JsonReview {
    status: &'static str,
    reviewer: String,
    date: String,
    text: String,
}

#[derive(Serialize)]
struct JsonStatus<'a> {
    #[serde(flatten)]
    summary: &'a LocaleSummary,
    review: JsonReview,
}

#[derive(Serialize)]
struct JsonStatusReport<'a> {
    root: String,
    reference: &'a str,
    locales: Vec<JsonStatus<'a>>,
}

fn status_json(l10n: &Localizer, chain: &Chain, root: &Path, report: &Report) -> String {
    let locales = report
        .locales
        .iter()
        .map(|summary| JsonStatus {
            summary,
            review: JsonReview {
                status: match summary.review.state {
                    crate::l10n::check::ReviewState::Draft => "draft",
                    crate::l10n::check::ReviewState::Reviewed => "reviewed",
                },
                reviewer: summary.review.reviewer.clone(),
                date: summary.review.date.clone(),
                text: without_isolation(&l10n.review_status(chain, &summary.review)),
            },
        })
        .collect();
    json(&JsonStatusReport {
        root: root.display().to_string(),
        reference: &report.reference,
        locales,
    })
}

fn status_text(l10n: &Localizer, chain: &Chain, report: &Report) -> String {
    let header =
        STATUS_COLUMNS.map(|message| without_isolation(&l10n.format(chain, message, None)));
    let mut rows = vec![header.to_vec()];
    for summary in &report.locales {
        let direction = match summary.direction {
            Direction::Ltr => id::STATUS_LTR,
            Direction::Rtl => id::STATUS_RTL,
        };
        rows.push(vec![
            summary.locale.clone(),
            summary.translated.to_string(),
            summary.missing.to_string(),
            summary.stale.to_string(),
            summary.errors.to_string(),
            summary.warnings.to_string(),
            without_isolation(&l10n.format(chain, direction, None)),
            without_isolation(&l10n.review_status(chain, &summary.review)),
        ]);
    }
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, width))| {
                let pad = " ".repeat(width - cell.chars().count());
                // Counts line up on the right, words on the left, as in any table of figures.
                if (1..=5).contains(&c) && cell.chars().all(|ch| ch.is_ascii_digit()) {
                    format!("{pad}{cell}")
                } else {
                    format!("{cell}{pad}")
                }
            })
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
    out
}
