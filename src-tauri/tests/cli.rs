//! The command line, run as the real binary: `trinvis guides list|show`.

use std::process::{Command, Output};

use serde_json::Value;

fn trinvis(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trinvis"))
        .args(args)
        .env("LANG", "da_DK.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn list_prints_one_guide_per_line_id_first() {
    let text = stdout(&trinvis(&["guides", "list", "--lang", "ar"]));
    let lines: Vec<&str> = text.lines().collect();
    let ids: Vec<&str> = lines
        .iter()
        .map(|l| l.split('\t').next().unwrap_or_default())
        .collect();
    assert_eq!(ids, guide_ids(), "{text}");
    assert!(
        lines[0].contains("MitID")
            && lines[0]
                .chars()
                .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "{text}"
    );
    assert!(
        !text.contains('\u{2068}'),
        "no isolation marks in terminal output"
    );
}

#[test]
fn list_as_json_is_an_array_of_guides() {
    let json: Value = serde_json::from_str(&stdout(&trinvis(&[
        "guides", "list", "--lang", "so", "--format", "json",
    ])))
    .expect("valid JSON");
    let ids: Vec<&str> = json
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert_eq!(ids, guide_ids());
}

/// Every guide in home-screen order, from the content store the binary embeds.
fn guide_ids() -> Vec<String> {
    let store = trinvis::content::ContentStore::embedded().expect("the content store opens");
    let ids: Vec<String> = store
        .topics()
        .expect("topics")
        .into_iter()
        .flat_map(|t| t.guides)
        .collect();
    assert!(ids.len() >= 5 && ids[0] == "what-is-mitid", "{ids:?}");
    ids
}

#[test]
fn show_as_json_has_every_step() {
    let json: Value = serde_json::from_str(&stdout(&trinvis(&[
        "guides",
        "show",
        "what-is-mitid",
        "--lang",
        "so",
        "--format",
        "json",
    ])))
    .expect("valid JSON");
    let steps = json["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 7);
    assert!(steps
        .iter()
        .all(|s| s["title"].as_str().is_some_and(|t| !t.is_empty())));
}

#[test]
fn show_as_text_lists_steps_and_danish_words() {
    let text = stdout(&trinvis(&[
        "guides",
        "show",
        "what-is-mitid",
        "--lang",
        "en",
    ]));
    assert!(text.contains("Step 1 of 7: "), "{text}");
    assert!(text.contains("  Bruger-ID: "), "{text}");
}

#[test]
fn the_html_handout_has_direction_fonts_and_every_step() {
    let html = stdout(&trinvis(&[
        "guides",
        "show",
        "what-is-digital-post",
        "--lang",
        "ar",
        "--format",
        "html",
    ]));
    assert!(
        html.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &html[..80]
    );
    assert!(html.contains("font-family: 'Noto Naskh Arabic'; src: url(data:font/woff2;base64,"));
    assert_eq!(
        html.matches("<section class=\"cell step\" lang=\"ar\" dir=\"rtl\">")
            .count(),
        7
    );
    assert!(html.contains("<dt lang=\"da\" dir=\"ltr\">Indbakke</dt>"));
    let somali = stdout(&trinvis(&[
        "guides",
        "show",
        "what-is-mitid",
        "--lang",
        "so",
        "--format",
        "html",
    ]));
    assert!(somali.contains("<html lang=\"so\" dir=\"ltr\">"));
}

#[test]
fn the_language_defaults_to_the_systems() {
    let output = Command::new(env!("CARGO_BIN_EXE_trinvis"))
        .args(["guides", "list"])
        .env("LANG", "tr_TR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("runs");
    assert!(stdout(&output).contains("MitID nedir?"));
}

#[test]
fn unknown_ids_locales_and_words_exit_2_with_a_clear_message() {
    for (args, expected) in [
        (
            &["guides", "show", "nope", "--lang", "da"][..],
            "Vejledningen »nope« findes ikke.",
        ),
        (
            &["guides", "list", "--lang", "xx"][..],
            "Sproget »xx« findes ikke. Vælg et af disse: da, ar, en, so, tr, ur",
        ),
        (&["guides", "frob"][..], "Det forstår jeg ikke: »frob«."),
        (
            &["guides", "list", "--format", "html"][..],
            "Det forstår jeg ikke: »html«.",
        ),
        (&["guides", "show"][..], "Det forstår jeg ikke: »show«."),
        (
            &["guides", "list", "--lang"][..],
            "Det forstår jeg ikke: »--lang«.",
        ),
    ] {
        let output = trinvis(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_prints_usage_and_succeeds() {
    let text = stdout(&trinvis(&["--help"]));
    assert!(text.contains("trinvis guides show ID"), "{text}");
}

/// A scratch folder for one test, removed afterwards.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("trinvis-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        Self(path)
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.0.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders are made");
        std::fs::write(path, text).expect("the file is written");
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temporary path")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn l10n_check_passes_our_locales_and_exits_1_with_placed_errors_elsewhere() {
    let ours = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales");
    let clean = trinvis(&["l10n", "check", ours]);
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );

    let tree = Scratch::new("check");
    tree.write("en-US/app.ftl", "hello = Hello { $name }.\nbye = Bye.\n");
    tree.write("so/app.ftl", "hello = Salaan { $nam }.\n");
    let broken = trinvis(&["l10n", "check", tree.arg(), "--reference", "en-US"]);
    assert_eq!(broken.status.code(), Some(1));
    let text = String::from_utf8(broken.stdout).expect("UTF-8");
    let unknown = format!("{}/so/app.ftl:1:1: error: ", tree.arg());
    let line = text
        .lines()
        .find(|l| l.starts_with(&unknown))
        .unwrap_or_default();
    assert!(line.ends_with("[unknown-reference]"), "{text}");
    assert!(
        text.contains("so/app.ftl:1:1: warning: ") && text.contains("[missing-message]"),
        "{text}"
    );
}

#[test]
fn l10n_status_tells_each_locales_counts_direction_and_review() {
    let ours = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales");
    let json: Value = serde_json::from_str(&stdout(&trinvis(&["l10n", "status", ours, "--json"])))
        .expect("valid JSON");
    let locales = json["locales"].as_array().expect("a list");
    let row = |tag: &str| {
        locales
            .iter()
            .find(|l| l["locale"] == tag)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(locales.len(), 6);
    assert_eq!(row("ar")["direction"], "rtl");
    assert_eq!(row("so")["direction"], "ltr");
    assert_eq!(row("ur")["missing"], 0);
    assert_eq!(row("ur")["stale"], 0);
    assert_eq!(row("so")["review"]["status"], "draft");
    assert!(row("so")["translated"].as_u64().is_some_and(|n| n > 300));
    let table = stdout(&trinvis(&["l10n", "status", ours]));
    assert_eq!(table.lines().count(), 7, "{table}");
}

#[test]
fn a_changed_reference_makes_a_translation_stale_until_it_is_marked_current() {
    let tree = Scratch::new("stale");
    tree.write("da/app.ftl", "hello = Hej.\nbye = Farvel.\n");
    tree.write("so/app.ftl", "hello = Salaan.\nbye = Nabad gelyo.\n");
    let marked = trinvis(&["l10n", "mark-current", "--root", tree.arg(), "so", "--all"]);
    assert!(
        marked.status.success(),
        "{}",
        String::from_utf8_lossy(&marked.stderr)
    );
    let lock = std::fs::read_to_string(tree.0.join("so/reference.lock")).expect("a lock file");
    assert!(
        lock.starts_with("# ") && lock.contains("\nbye = ") && lock.contains("\nhello = "),
        "{lock}"
    );
    assert_eq!(
        trinvis(&["l10n", "check", tree.arg()]).status.code(),
        Some(0)
    );

    tree.write("da/app.ftl", "hello = Hej med dig.\nbye = Farvel.\n");
    let stale = String::from_utf8(trinvis(&["l10n", "check", tree.arg()]).stdout).expect("UTF-8");
    let stale_lines: Vec<&str> = stale.lines().filter(|l| l.ends_with("[stale]")).collect();
    assert_eq!(stale_lines.len(), 1, "{stale}");
    assert!(
        stale_lines[0].contains("so/app.ftl:1:1: warning:"),
        "{stale}"
    );

    assert!(
        trinvis(&["l10n", "mark-current", "--root", tree.arg(), "so", "hello"])
            .status
            .success()
    );
    let after = String::from_utf8(trinvis(&["l10n", "check", tree.arg()]).stdout).expect("UTF-8");
    assert!(!after.contains("[stale]"), "{after}");

    let unknown = trinvis(&[
        "l10n",
        "mark-current",
        "--root",
        tree.arg(),
        "so",
        "no-such-id",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no-such-id"));
    let missing_root = trinvis(&["l10n", "check", "/no/such/folder"]);
    assert_eq!(missing_root.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing_root.stderr).contains("/no/such/folder"));
}

#[test]
fn translate_without_a_folder_is_explained_not_opened() {
    let output = trinvis(&["--translate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--translate"));
}

#[test]
fn every_guide_and_every_practice_is_listed_in_every_locale() {
    let store = trinvis::content::ContentStore::embedded().expect("the content store opens");
    let flows = store.flow_ids().expect("flows");
    for wanted in [
        "what-is-digital-post",
        "digital-post-where",
        "digital-post-access",
        "digital-post-exemption",
        "report-a-move",
        "digital-power-of-attorney",
        "helping-others",
        "safety-online",
    ] {
        assert!(
            guide_ids().iter().any(|g| g == wanted),
            "{wanted} is a guide"
        );
    }
    for lang in ["da", "en", "ar", "so", "tr", "ur"] {
        for (command, expected) in [("guides", guide_ids()), ("practice", flows.clone())] {
            let text = stdout(&trinvis(&[command, "list", "--lang", lang]));
            let rows: Vec<(&str, &str)> = text.lines().filter_map(|l| l.split_once('\t')).collect();
            let ids: Vec<&str> = rows.iter().map(|(id, _)| *id).collect();
            assert_eq!(ids, expected, "{command} list --lang {lang}");
            for (id, title) in rows {
                assert!(
                    !title.trim().is_empty() && !title.contains("(Teksten mangler)"),
                    "{command} {lang} {id}: {title:?}"
                );
            }
        }
    }
    let json: Value = serde_json::from_str(&stdout(&trinvis(&[
        "practice", "list", "--lang", "ur", "--format", "json",
    ])))
    .expect("valid JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(flows.len()));
}

#[test]
fn a_handout_in_two_languages_has_every_step_in_each_its_own_direction() {
    let html = stdout(&trinvis(&[
        "guides",
        "show",
        "what-is-mitid",
        "--lang",
        "ar",
        "--also",
        "da",
        "--format",
        "html",
    ]));
    let store = trinvis::content::ContentStore::embedded().expect("the content store opens");
    let steps = store.guide("what-is-mitid").expect("the guide").steps.len();
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "the page reads right to left"
    );
    for (lang, dir) in [("ar", "rtl"), ("da", "ltr")] {
        let cells = format!("<section class=\"cell step\" lang=\"{lang}\" dir=\"{dir}\">");
        assert_eq!(
            html.matches(&cells).count(),
            steps,
            "{lang}: every step, in its direction"
        );
        let hotlines = format!("<aside class=\"cell hotlines\" lang=\"{lang}\" dir=\"{dir}\">");
        assert!(html.contains(&hotlines), "{lang}: the hotlines");
    }
    assert!(
        html.contains("+45\u{a0}33\u{a0}98\u{a0}00\u{a0}98"),
        "a phone number never breaks"
    );
    assert!(
        html.contains("<dt lang=\"da\" dir=\"ltr\">Bruger-ID</dt>"),
        "the Danish key words"
    );
    assert!(html.contains("@font-face { font-family: 'Noto Naskh Arabic'"));

    let bad = trinvis(&[
        "guides",
        "show",
        "what-is-mitid",
        "--also",
        "xx",
        "--format",
        "html",
    ]);
    assert_eq!(bad.status.code(), Some(2));
}
