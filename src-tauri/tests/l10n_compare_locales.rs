//! `trinvis l10n check` on another project's Fluent tree, beside compare-locales, Mozilla's
//! checker: on a generated tree with a reference named `en-US`, both must count per locale the
//! messages and terms the generator left out (missing) and added (obsolete).
//!
//! compare-locales comes from `make test`, which installs it and passes its path in
//! `COMPARE_LOCALES`; without it the test fails rather than passing untested.

#[path = "support/l10n_corpus.rs"]
mod l10n_corpus;

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use l10n_corpus::{write_compare_locales_config, write_corpus, Corpus, Spec};
use serde_json::Value;

const REFERENCE: &str = "en-US";

/// A folder under cargo's target, removed when the test passes and kept when it fails, so the
/// tree that failed can be looked at.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("l10n-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a scratch folder can be made under the target folder");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("the tree is kept at {}", self.0.display());
        } else {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

/// compare-locales from `COMPARE_LOCALES`, else from `PATH`.
fn compare_locales() -> PathBuf {
    const HOW: &str = "run `make test` (or `make rust-test`), which installs compare-locales \
                       under target/tools and passes its path in COMPARE_LOCALES";
    if let Some(path) = env::var_os("COMPARE_LOCALES") {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "COMPARE_LOCALES is {}, which does not exist: {HOW}",
            path.display()
        );
        return path;
    }
    env::var_os("PATH")
        .and_then(|paths| {
            env::split_paths(&paths)
                .map(|dir| dir.join("compare-locales"))
                .find(|path| path.is_file())
        })
        .unwrap_or_else(|| {
            panic!("compare-locales is neither in COMPARE_LOCALES nor on PATH: {HOW}")
        })
}

fn trinvis(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trinvis"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the trinvis binary runs")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("the target folder's path is UTF-8")
}

/// What one tool counted for one locale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    missing: usize,
    obsolete: usize,
}

/// What one tool said, per locale.
#[derive(Debug, Default)]
struct Findings {
    counts: BTreeMap<String, Counts>,
    /// (locale, file, id) of each missing entity it named.
    missing: BTreeSet<(String, String, String)>,
    /// (locale, file, id) of each obsolete entity it named.
    obsolete: BTreeSet<(String, String, String)>,
    /// (locale, file) of each whole file it called missing.
    missing_files: BTreeSet<(String, String)>,
    /// (locale, file) of each whole file it called obsolete.
    obsolete_files: BTreeSet<(String, String)>,
}

/// `trinvis l10n check ROOT --reference en-US --json`: the process's output and its JSON.
fn check_json(root: &Path) -> (Output, Value) {
    let output = trinvis(&[
        "l10n",
        "check",
        path_str(root),
        "--reference",
        REFERENCE,
        "--json",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "`trinvis l10n check --json` printed no JSON ({e}); status {}, stderr:\n{}\nstdout:\n{stdout}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output, json)
}

fn run_trinvis(corpus: &Corpus) -> Findings {
    let (output, json) = check_json(&corpus.root);
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The corpus is written to be free of errors, so an error is the checker misreading it.
    let errors: Vec<String> = json["problems"]
        .as_array()
        .expect("`problems` is an array")
        .iter()
        .filter(|p| p["severity"] == "error")
        .map(|p| p.to_string())
        .collect();
    assert!(
        errors.is_empty() && output.status.success(),
        "the generated tree has no errors, yet trinvis exited with {} and reported:\n{}",
        output.status,
        errors.join("\n")
    );
    assert_eq!(json["reference"], REFERENCE, "{stdout}");

    let mut found = Findings::default();
    for locale in json["locales"].as_array().expect("`locales` is an array") {
        let tag = locale["locale"].as_str().expect("each locale has a tag");
        if tag == REFERENCE {
            continue;
        }
        let count = |key: &str| {
            locale[key]
                .as_u64()
                .unwrap_or_else(|| panic!("{tag} has no `{key}` count: {locale}"))
                as usize
        };
        found.counts.insert(
            tag.to_string(),
            Counts {
                missing: count("missing"),
                obsolete: count("obsolete"),
            },
        );
    }
    for problem in json["problems"].as_array().expect("`problems` is an array") {
        let field = |key: &str| problem[key].as_str().unwrap_or_default().to_string();
        let key = (field("locale"), field("file"), field("id"));
        match problem["check"].as_str() {
            Some("missing-message") => found.missing.insert(key),
            Some("obsolete-message") => found.obsolete.insert(key),
            _ => false,
        };
    }
    found
}

fn run_compare_locales(program: &Path, corpus: &Corpus, config: &Path) -> Findings {
    // --return-zero: it exits 1 on errors, and it reads a byte order mark as text, which is an
    // error to it (see the corpus generator); its JSON still has every count.
    let output = Command::new(program)
        .args(["--json", "-", "--return-zero"])
        .arg(config)
        .arg(&corpus.root)
        .output()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", program.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "compare-locales exited with {}:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("compare-locales printed no JSON ({e}):\n{stdout}"));
    // One observer per config file given; there is one.
    let observer = &json[0];

    let mut found = Findings::default();
    let summary = observer["summary"]
        .as_object()
        .unwrap_or_else(|| panic!("compare-locales' JSON has no summary: {stdout}"));
    for (tag, counts) in summary {
        let count = |key: &str| counts[key].as_u64().unwrap_or(0) as usize;
        found.counts.insert(
            tag.clone(),
            Counts {
                missing: count("missing"),
                obsolete: count("obsolete"),
            },
        );
    }
    collect_details(&observer["details"], "", &mut found);
    found
}

/// Walks compare-locales' details, a tree keyed by path parts (several joined by `/` where a
/// branch has one child), down to the lists of findings of each file.
fn collect_details(node: &Value, prefix: &str, found: &mut Findings) {
    match node {
        Value::Object(branches) => {
            for (key, child) in branches {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}/{key}")
                };
                collect_details(child, &path, found);
            }
        }
        Value::Array(items) => {
            let (locale, file) = prefix.split_once('/').unwrap_or((prefix, ""));
            let (locale, file) = (locale.to_string(), file.to_string());
            for item in items {
                if let Some(id) = item["missingEntity"].as_str() {
                    found
                        .missing
                        .insert((locale.clone(), file.clone(), id.to_string()));
                } else if let Some(id) = item["obsoleteEntity"].as_str() {
                    found
                        .obsolete
                        .insert((locale.clone(), file.clone(), id.to_string()));
                } else if item.get("missingFile").is_some() {
                    found.missing_files.insert((locale.clone(), file.clone()));
                } else if item.get("obsoleteFile").is_some() {
                    found.obsolete_files.insert((locale.clone(), file.clone()));
                }
            }
        }
        _ => {}
    }
}

/// The IDs one tool named and the other did not, leaving out whole files that compare-locales
/// names without their IDs.
fn differences(ours: &Findings, theirs: &Findings) -> String {
    let whole: BTreeSet<(String, String)> = theirs
        .missing_files
        .union(&theirs.obsolete_files)
        .cloned()
        .collect();
    let in_whole = |k: &&(String, String, String)| whole.contains(&(k.0.clone(), k.1.clone()));
    let mut out = String::new();
    for (what, a, b) in [
        ("missing", &ours.missing, &theirs.missing),
        ("obsolete", &ours.obsolete, &theirs.obsolete),
    ] {
        for k in a.difference(b).filter(|k| !in_whole(k)) {
            let _ = writeln!(out, "  only trinvis: {what} {}/{} {}", k.0, k.1, k.2);
        }
        for k in b.difference(a).filter(|k| !in_whole(k)) {
            let _ = writeln!(
                out,
                "  only compare-locales: {what} {}/{} {}",
                k.0, k.1, k.2
            );
        }
    }
    out
}

#[test]
fn missing_and_obsolete_counts_agree_with_compare_locales() {
    // First, so a missing tool fails the test before a tree is written and kept.
    let compare_locales = compare_locales();
    let scratch = Scratch::new("compare-locales");
    let mut spec = Spec::new(REFERENCE, 6, 5, 40);
    // Tags of several shapes: language, language-region, language-script.
    spec.locales = ["de", "pt-BR", "ar", "sr-Latn", "so", "zh-TW"]
        .map(String::from)
        .to_vec();
    // More terms than a real project has, so that some go missing from files that are there.
    spec.terms_permille = 100;
    let root = scratch.0.join("corpus");
    let corpus = write_corpus(&root, &spec).expect("the corpus can be written");
    // Beside the tree, not in it: the config belongs to compare-locales, not to the project.
    let config = scratch.0.join("l10n.toml");
    write_compare_locales_config(&config, &corpus)
        .expect("the compare-locales config can be written");

    // The comparison means something only if the tree has each case in it.
    let sum = |f: fn(&l10n_corpus::Expected) -> usize| corpus.expected.iter().map(f).sum::<usize>();
    assert_eq!(
        corpus.expected[0].missing + corpus.expected[0].obsolete,
        0,
        "one locale is complete"
    );
    assert!(
        sum(|e| e.missing_files.len()) > 0,
        "a locale lacks a whole file"
    );
    assert!(
        sum(|e| e.obsolete_files.len()) > 0,
        "a locale has a file the reference lacks"
    );
    assert!(sum(|e| e.missing_terms) > 0, "terms are missing");
    assert!(sum(|e| e.obsolete_terms) > 0, "terms are obsolete");
    assert!(
        corpus.crlf_files > 0 && corpus.bom_files > 0,
        "CRLF and BOM files"
    );
    let on_disk = corpus
        .expected
        .iter()
        .map(|e| &e.locale)
        .chain([&corpus.reference])
        .map(|l| {
            fs::read_dir(root.join(l))
                .expect("a locale folder lists")
                .count()
        })
        .sum::<usize>();
    assert_eq!(
        corpus.paths().len(),
        on_disk,
        "the generator lists every file it wrote"
    );

    let theirs = run_compare_locales(&compare_locales, &corpus, &config);
    let ours = run_trinvis(&corpus);

    let mut table = String::from(
        "locale: expected missing/obsolete | trinvis | compare-locales (+ entries of obsolete files)\n",
    );
    let mut agree = true;
    for expected in &corpus.expected {
        let tag = &expected.locale;
        let want = Counts {
            missing: expected.missing,
            obsolete: expected.obsolete,
        };
        let ours = ours.counts.get(tag).copied();
        // compare-locales counts a file only the translation has as one obsolete file, not as
        // its entries; the generator knows how many entries that is.
        let theirs = theirs.counts.get(tag).copied().map(|c| Counts {
            missing: c.missing,
            obsolete: c.obsolete + expected.obsolete_file_entries,
        });
        agree &= ours == Some(want) && theirs == Some(want);
        let _ = writeln!(
            table,
            "  {tag}: {}/{} | {} | {}",
            want.missing,
            want.obsolete,
            ours.map_or("absent".into(), |c| format!("{}/{}", c.missing, c.obsolete)),
            theirs.map_or("absent".into(), |c| format!("{}/{}", c.missing, c.obsolete)),
        );
    }
    let tags: BTreeSet<&String> = corpus.expected.iter().map(|e| &e.locale).collect();
    assert!(
        agree,
        "{table}IDs named by one tool only:\n{}",
        differences(&ours, &theirs)
    );
    assert_eq!(
        ours.counts.keys().collect::<BTreeSet<_>>(),
        tags,
        "trinvis checks exactly the translations"
    );

    // Whole files: compare-locales names them; trinvis counts their entries, as checked above.
    let files = |f: fn(&l10n_corpus::Expected) -> &Vec<String>| -> BTreeSet<(String, String)> {
        corpus
            .expected
            .iter()
            .flat_map(|e| f(e).iter().map(|file| (e.locale.clone(), file.clone())))
            .collect()
    };
    assert_eq!(theirs.missing_files, files(|e| &e.missing_files));
    assert_eq!(theirs.obsolete_files, files(|e| &e.obsolete_files));
}

#[test]
fn places_are_lines_and_characters_in_a_crlf_tree_with_byte_order_marks() {
    let scratch = Scratch::new("crlf-bom");
    let root = scratch.0.join("corpus");
    let write = |locale: &str, text: &str| {
        let dir = root.join(locale);
        fs::create_dir_all(&dir).expect("a locale folder can be made");
        fs::write(
            dir.join("app.ftl"),
            format!("\u{feff}{}", text.replace('\n', "\r\n")),
        )
        .expect("a locale file can be written");
    };
    write(
        REFERENCE,
        "# Greetings.\nhello = Hello\n    .title = Greeting\nbye = Bye\n",
    );
    // A byte order mark is not a column, and a CR is not a character of the line before.
    write(
        "de",
        "hello = Hallo\nbye = Tschüss\nbroken = Grüße { $name ! }\n",
    );

    let (output, json) = check_json(&root);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(1),
        "errors exit with 1: {stdout}"
    );
    let places: Vec<(String, u64, u64, String)> = json["problems"]
        .as_array()
        .expect("`problems` is an array")
        .iter()
        .map(|p| {
            (
                p["file"].as_str().unwrap_or_default().to_string(),
                p["line"].as_u64().unwrap_or_default(),
                p["column"].as_u64().unwrap_or_default(),
                p["check"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    // "broken = Grüße { $name " is 23 characters and 25 bytes; the `!` is the 24th character.
    let expected = [
        ("app.ftl".to_string(), 1, 1, "missing-attribute".to_string()),
        ("app.ftl".to_string(), 3, 24, "syntax".to_string()),
    ];
    assert_eq!(places, expected, "{stdout}");

    // The text a terminal or an editor reads: path:line:column.
    let text = trinvis(&["l10n", "check", path_str(&root), "--reference", REFERENCE]);
    let text = String::from_utf8_lossy(&text.stdout);
    let path = root.join("de").join("app.ftl");
    for (line, column) in [(1, 1), (3, 24)] {
        let place = format!("{}:{line}:{column}: error:", path.display());
        assert!(text.contains(&place), "{place} is not in:\n{text}");
    }
}
