//! The IPC commands through Tauri's mock runtime, with the real config and capability file and a
//! real progress database on disk; no window.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

/// Every command the webview may call, read from the capability file the app is built with.
fn granted_commands() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/capabilities/main-window.json");
    let capability: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("capability file"))
            .expect("JSON");
    capability["permissions"]
        .as_array()
        .expect("a permission list")
        .iter()
        .filter_map(|p| {
            p.as_str()?
                .strip_prefix("allow-")
                .map(|c| c.replace('-', "_"))
        })
        .collect()
}

/// The error kinds a command may return.
const KINDS: &[&str] = &[
    "unknown-locale",
    "unknown-guide",
    "unknown-practice",
    "invalid-input",
    "not-saved",
    "internal",
];

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    dir: PathBuf,
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn harness(name: &str, os_locale: &str) -> Harness {
    let dir = std::env::temp_dir().join(format!("trinvis-commands-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let state = trinvis::core_state(&dir, &[os_locale.to_owned()]).expect("the core starts");
    let app = trinvis::with_commands(mock_builder())
        .manage(state)
        .build(tauri::generate_context!("tauri.conf.json"))
        .expect("the app builds on the mock runtime");
    let window = match app.get_webview_window("main") {
        Some(window) => window,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window opens"),
    };
    Harness {
        _app: app,
        window,
        dir,
    }
}

impl Harness {
    fn invoke_from(&self, url: &str, cmd: &str, body: Value) -> Result<Value, Value> {
        invoke_on(&self.window, url, cmd, body)
    }

    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        self.invoke_from("tauri://localhost", cmd, body)
    }

    fn ok(&self, cmd: &str, body: Value) -> Value {
        self.invoke(cmd, body.clone())
            .unwrap_or_else(|e| panic!("{cmd} {body}: {e}"))
    }
}

/// Calls a command as the webview at `url` would, and returns its answer as JSON.
fn invoke_on(
    window: &WebviewWindow<MockRuntime>,
    url: &str,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: url.parse().expect("test URL parses"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_owned(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("the response is JSON"))
}

fn plain(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn first_start_asks_for_a_language_and_remembers_the_answer() {
    let h = harness("first-start", "da-DK");
    let view = h.ok("load_ui", json!({}));
    assert_eq!(view["firstRun"], true);
    assert_eq!(view["locale"], "da");
    let tags: Vec<&str> = view["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .filter_map(|l| l["tag"].as_str())
        .collect();
    assert_eq!(tags, ["da", "ar", "en", "so", "tr", "ur"]);
    let view = h.ok("set_locale", json!({ "tag": "so" }));
    assert_eq!(view["firstRun"], false);
    assert_eq!(view["locale"], "so");
    assert_eq!(h.ok("load_ui", json!({}))["locale"], "so");
}

#[test]
fn an_arabic_system_starts_in_arabic_right_to_left() {
    let h = harness("arabic", "ar_EG.UTF-8");
    let view = h.ok("load_ui", json!({}));
    assert_eq!(
        (view["locale"].as_str(), view["dir"].as_str()),
        (Some("ar"), Some("rtl"))
    );
    assert_eq!(plain(&view["text"]["home-title"]), "مرحبًا بك في Trinvis");
}

#[test]
fn the_home_view_lists_topics_with_their_guides() {
    let h = harness("home", "da-DK");
    let view = h.ok("load_ui", json!({}));
    let topics: Vec<&str> = view["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(
        topics,
        ["mitid", "digital-post", "self-service", "helping-others"]
    );
    assert_eq!(view["topics"][0]["guides"][0]["id"], "what-is-mitid");
    assert_eq!(
        plain(&view["topics"][0]["guides"][0]["minutesLabel"]),
        "Cirka 4 minutter"
    );
    assert_eq!(view["screens"]["screen-bruger-id"], "Bruger-ID");
}

#[test]
fn a_guide_opens_where_the_user_left_off_and_completes_at_the_end() {
    let h = harness("guide", "da-DK");
    let guide = h.ok("open_guide", json!({ "id": "what-is-mitid" }));
    let steps = guide["steps"].as_array().expect("steps").len();
    assert_eq!(guide["position"], 0);
    assert_eq!(
        plain(&guide["steps"][2]["counter"]),
        format!("Trin 3 af {steps}")
    );
    h.ok(
        "record_step",
        json!({ "guide": "what-is-mitid", "step": 2 }),
    );
    assert_eq!(
        h.ok("open_guide", json!({ "id": "what-is-mitid" }))["position"],
        2
    );
    let resume = &h.ok("load_ui", json!({}))["resume"];
    assert_eq!(
        (resume["guideId"].as_str(), resume["step"].as_u64()),
        (Some("what-is-mitid"), Some(2))
    );
    h.ok(
        "record_step",
        json!({ "guide": "what-is-mitid", "step": steps - 1 }),
    );
    let view = h.ok("load_ui", json!({}));
    assert_eq!(view["topics"][0]["guides"][0]["completed"], true);
    assert_eq!(
        view["resume"],
        Value::Null,
        "a finished guide is not offered to continue"
    );
}

#[test]
fn search_and_glossary_answer_in_the_chosen_language() {
    let h = harness("search", "da-DK");
    h.ok("set_locale", json!({ "tag": "ar" }));
    let results = h.ok("search", json!({ "query": "تسجل" }));
    assert!(
        !results["hits"].as_array().expect("hits").is_empty(),
        "{results}"
    );
    assert!(
        results["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .any(|hit| hit["guideId"] == "what-is-mitid"),
        "{results}"
    );
    let glossary = h.ok("glossary", json!({}));
    let entry = glossary
        .as_array()
        .expect("terms")
        .iter()
        .find(|t| t["id"] == "bruger-id")
        .expect("Bruger-ID is there");
    assert_eq!(entry["danish"], "Bruger-ID", "screen words stay Danish");
    assert!(entry["meaning"]
        .as_str()
        .is_some_and(|m| m.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))));
}

#[test]
fn the_glossary_has_every_screen_word_with_an_example_and_is_searchable_in_every_locale() {
    let h = harness("glossary-search", "da-DK");
    let all = h.ok("glossary", json!({}));
    let all = all.as_array().expect("terms");
    assert!(
        all.len() >= 50,
        "at least the brief's ~50 words: {}",
        all.len()
    );
    for (tag, query, expected) in [
        ("da", "svar", "besvar"),
        ("en", "reply", "besvar"),
        ("so", "Besvar", "besvar"),
        ("ur", "Besvar", "besvar"),
        ("ar", "besvar", "besvar"),
        ("tr", "BESVAR", "besvar"),
        ("da", "fuldmagtshaver", "fuldmagtshaver"),
    ] {
        h.ok("set_locale", json!({ "tag": tag }));
        let terms = h.ok("glossary", json!({}));
        for term in terms.as_array().expect("terms") {
            for part in ["meaning", "example"] {
                let text = term[part].as_str().unwrap_or_default();
                assert!(
                    !text.is_empty() && !text.contains("(Teksten mangler)"),
                    "{tag}: {} has a {part}",
                    term["id"]
                );
            }
        }
        let found = h.ok("glossary", json!({ "query": query }));
        let ids: Vec<&str> = found
            .as_array()
            .expect("terms")
            .iter()
            .filter_map(|t| t["id"].as_str())
            .collect();
        assert!(ids.contains(&expected), "{tag} {query:?}: {ids:?}");
        assert!(ids.len() < all.len(), "{tag} {query:?} filters: {ids:?}");
    }
    // A word in the learner's own language finds the Danish word it explains.
    h.ok("set_locale", json!({ "tag": "so" }));
    let somali = h.ok("glossary", json!({}));
    let meaning = somali
        .as_array()
        .expect("terms")
        .iter()
        .find(|t| t["id"] == "indbakke")
        .and_then(|t| t["meaning"].as_str())
        .expect("a Somali meaning")
        .to_owned();
    let word = meaning
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5)
        .max_by_key(|w| w.chars().count())
        .expect("a long word");
    let found = h.ok("glossary", json!({ "query": word }));
    assert!(
        found
            .as_array()
            .expect("terms")
            .iter()
            .any(|t| t["id"] == "indbakke"),
        "{word}: {found}"
    );
    let none = h.ok("glossary", json!({ "query": "zzqqxx" }));
    assert_eq!(none, json!([]));
}

#[test]
fn a_guide_is_presented_in_danish_beside_the_audience_language_with_notes_for_the_presenter() {
    let h = harness("present", "da-DK");
    h.ok("set_locale", json!({ "tag": "tr" }));
    let shown = h.ok(
        "present_guide",
        json!({ "id": "what-is-digital-post", "audience": "ur" }),
    );
    assert_eq!(shown["audienceLocale"], "ur");
    assert_eq!(shown["audienceDir"], "rtl");
    let steps = |side: &str| shown[side]["steps"].as_array().expect("steps").len();
    assert_eq!(steps("danish"), steps("audience"));
    let danish = plain(&shown["danish"]["title"]);
    assert!(danish.starts_with("Hvad er"), "{danish}");
    let urdu = plain(&shown["audience"]["title"]);
    assert!(
        urdu.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "{urdu}"
    );
    let notes = shown["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), steps("danish"), "a note for every step");
    assert!(notes
        .iter()
        .all(|n| n.as_str().is_some_and(|t| !t.trim().is_empty())));
    for (body, kind) in [
        (
            json!({ "id": "what-is-digital-post", "audience": "xx" }),
            "unknown-locale",
        ),
        (
            json!({ "id": "nothing", "audience": "ar" }),
            "unknown-guide",
        ),
    ] {
        let error = h.invoke("present_guide", body).expect_err("refused");
        assert_eq!(error["kind"], kind);
    }
}

#[test]
fn a_practice_runs_for_a_group_in_its_language_with_notes_in_the_presenters() {
    let h = harness("group-practice", "da-DK");
    h.ok("set_locale", json!({ "tag": "tr" }));
    let own = h.ok("start_practice", json!({ "flow": "fraud-traps" }));
    assert_eq!(own["locale"], "tr");
    let group = h.ok(
        "start_practice",
        json!({ "flow": "fraud-traps", "audience": "ar" }),
    );
    assert_eq!(
        (&group["locale"], &group["dir"]),
        (&json!("ar"), &json!("rtl"))
    );
    let arabic = |text: &Value| {
        plain(text)
            .chars()
            .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
    };
    assert!(arabic(&group["guidance"]), "{}", group["guidance"]);
    assert_eq!(
        h.ok("practice_note", json!({})),
        Value::Null,
        "no note is formatted without a notes window to show it"
    );
    h.ok("open_notes_window", json!({}));
    let note = h.ok("practice_note", json!({}));
    assert!(!plain(&note).is_empty() && !arabic(&note), "{note}");
    h.ok("start_practice", json!({ "flow": "fraud-traps" }));
    assert_eq!(
        h.ok("practice_note", json!({})),
        note,
        "the presenter's note stays in the presenter's language"
    );
    assert!(own.get("presenterNote").is_none(), "{own}");
    let wrong = group["screen"]["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["id"].as_str().expect("action id").to_owned())
        .find(|action| {
            h.ok(
                "start_practice",
                json!({ "flow": "fraud-traps", "audience": "ar" }),
            );
            h.ok("practice_act", json!({ "action": action }))["feedback"].is_string()
        })
        .expect("a wrong action on the first screen");
    let mistake = h.ok("practice_act", json!({ "action": wrong }));
    assert!(
        arabic(&mistake["feedback"]),
        "the mistake is explained to the group: {mistake}"
    );

    let urdu = h.ok("practice_audience", json!({ "tag": "ur" }));
    assert_eq!(urdu["locale"], "ur");
    assert_eq!(
        urdu["screen"]["id"], mistake["screen"]["id"],
        "the same screen"
    );
    assert_eq!(
        h.invoke("practice_audience", json!({ "tag": "xx" }))
            .expect_err("refused")["kind"],
        "unknown-locale"
    );
    assert_eq!(
        h.invoke(
            "start_practice",
            json!({ "flow": "fraud-traps", "audience": "zz" })
        )
        .expect_err("refused")["kind"],
        "unknown-locale"
    );
}

#[test]
fn a_presentation_offers_the_practice_of_its_topic() {
    let h = harness("present-practice", "da-DK");
    let shown = h.ok(
        "present_guide",
        json!({ "id": "what-is-mitid", "audience": "so" }),
    );
    let ids: Vec<&str> = shown["practice"]
        .as_array()
        .expect("practice")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "login-app-computer",
            "login-app-phone",
            "login-code-display",
            "fraud-traps"
        ]
    );
}

#[test]
fn a_handout_has_each_language_in_its_own_direction_with_the_hotlines() {
    let h = harness("handout", "da-DK");
    let pages = h.ok(
        "handout",
        json!({ "id": "what-is-mitid", "lang": "ar", "also": "da" }),
    );
    let pages = pages.as_array().expect("pages");
    let shape: Vec<(&str, &str)> = pages
        .iter()
        .map(|p| {
            (
                p["locale"].as_str().unwrap_or(""),
                p["dir"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(shape, [("ar", "rtl"), ("da", "ltr")]);
    for page in pages {
        assert_eq!(page["guide"]["steps"].as_array().map(Vec::len), Some(7));
        let hotlines = plain(&page["hotlines"]).replace('\u{a0}', " ");
        assert!(hotlines.contains("33 98 00 98"), "{hotlines}");
    }
    let one = h.ok("handout", json!({ "id": "lost-phone", "lang": "so" }));
    assert_eq!(one.as_array().map(Vec::len), Some(1));
    for (body, kind) in [
        (
            json!({ "id": "what-is-mitid", "lang": "ar", "also": "xx" }),
            "unknown-locale",
        ),
        (json!({ "id": "nothing", "lang": "ar" }), "unknown-guide"),
    ] {
        assert_eq!(
            h.invoke("handout", body).expect_err("refused")["kind"],
            kind
        );
    }
}

#[test]
fn the_session_plan_keeps_its_order_and_refuses_unknown_guides() {
    let h = harness("plan", "da-DK");
    assert_eq!(h.ok("session_plan", json!({}))["guides"], json!([]));
    let plan = h.ok(
        "set_session_plan",
        json!({ "guides": ["safety-online", "what-is-mitid", "safety-online"] }),
    );
    let ids: Vec<&str> = plan["guides"]
        .as_array()
        .expect("guides")
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert_eq!(ids, ["safety-online", "what-is-mitid"]);
    assert_eq!(plain(&plan["countLabel"]), "2 vejledninger");
    assert!(
        plain(&plan["minutesLabel"]).starts_with("Cirka "),
        "{}",
        plan["minutesLabel"]
    );
    assert_eq!(h.ok("session_plan", json!({})), plan);
    let refused = h
        .invoke(
            "set_session_plan",
            json!({ "guides": ["what-is-mitid", "no-such-guide"] }),
        )
        .expect_err("refused");
    assert_eq!(refused["kind"], "unknown-guide");
    assert_eq!(
        h.ok("session_plan", json!({})),
        plan,
        "a refused plan changes nothing"
    );
}

#[test]
fn the_language_picker_says_in_each_language_who_reviewed_it() {
    let h = harness("review-status", "da-DK");
    let view = h.ok("load_ui", json!({}));
    let languages = view["languages"].as_array().expect("languages");
    assert_eq!(languages.len(), 6);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    for language in languages {
        let tag = language["tag"].as_str().expect("tag");
        let review = language["review"].as_str().expect("review");
        let file =
            std::fs::read_to_string(root.join(tag).join("review.toml")).expect("review.toml");
        let draft = file
            .lines()
            .any(|l| l.trim_start().starts_with("status") && l.contains("\"draft\""));
        assert!(
            draft,
            "{tag}: our locales are honest drafts until a native speaker reviews them"
        );
        assert!(
            !review.is_empty() && !review.contains("(Teksten mangler)"),
            "{tag}: {review}"
        );
    }
    let danish = languages.iter().find(|l| l["tag"] == "da").expect("da");
    assert_eq!(
        danish["review"],
        "kladde, endnu ikke gennemset af en, der har sproget som modersmål"
    );
    let arabic = languages.iter().find(|l| l["tag"] == "ar").expect("ar");
    assert!(
        arabic["review"]
            .as_str()
            .is_some_and(|r| r.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))),
        "each language says it in its own words: {}",
        arabic["review"]
    );
}

#[test]
fn settings_change_and_forget_everything_starts_over() {
    let h = harness("settings", "da-DK");
    h.ok("set_locale", json!({ "tag": "tr" }));
    let change =
        json!({ "change": { "secondLanguage": "ar", "textSize": 200, "highContrast": true } });
    let view = h.ok("change_settings", change);
    assert_eq!(view["settings"]["textSize"], 200);
    assert_eq!(view["settings"]["highContrast"], true);
    let error = h.invoke(
        "change_settings",
        json!({ "change": { "secondLanguage": "ar", "textSize": 130, "highContrast": false } }),
    );
    assert_eq!(
        error.expect_err("130 % is not offered")["kind"],
        "invalid-input"
    );
    h.ok(
        "record_step",
        json!({ "guide": "what-is-mitid", "step": 1 }),
    );
    let view = h.ok("forget_everything", json!({}));
    assert_eq!(view["firstRun"], true);
    assert_eq!(view["resume"], Value::Null);
    assert_eq!(view["settings"]["textSize"], 100);
}

#[test]
fn unknown_ids_and_locales_are_typed_errors_in_the_users_language() {
    let h = harness("unknown", "da-DK");
    let error = h
        .invoke("set_locale", json!({ "tag": "xx" }))
        .expect_err("xx is unknown");
    assert_eq!(error["kind"], "unknown-locale");
    assert_eq!(
        plain(&error["message"]),
        "Sproget »xx« findes ikke i Trinvis."
    );
    let error = h
        .invoke("open_guide", json!({ "id": "nothing" }))
        .expect_err("no such guide");
    assert_eq!(error["kind"], "unknown-guide");
    assert_eq!(
        plain(&error["message"]),
        "Vejledningen »nothing« findes ikke."
    );
    let error = h
        .invoke(
            "record_step",
            json!({ "guide": "what-is-mitid", "step": 999 }),
        )
        .expect_err("no such step");
    assert_eq!(error["kind"], "unknown-guide");
    assert_eq!(
        h.ok("load_ui", json!({}))["locale"],
        "da",
        "rejected requests change nothing"
    );
}

#[test]
fn commands_outside_the_capability_and_remote_origins_are_refused() {
    let h = harness("refused", "da-DK");
    assert!(h
        .invoke("plugin:fs|read_file", json!({ "path": "/etc/passwd" }))
        .is_err());
    assert!(h.invoke("no_such_command", json!({})).is_err());
    assert!(h
        .invoke_from("https://example.com", "load_ui", json!({}))
        .is_err());
}

#[test]
fn a_practice_run_keeps_what_is_typed_out_of_every_file() {
    let h = harness("practice", "da-DK");
    let error = h
        .invoke("start_practice", json!({ "flow": "nothing" }))
        .expect_err("no such flow");
    assert_eq!(error["kind"], "unknown-practice");

    let view = h.ok("start_practice", json!({ "flow": "login-app-computer" }));
    assert_eq!(view["screen"]["id"], "service");
    assert_eq!(view["screen"]["frame"], "browser");
    assert_eq!(view["screen"]["widgets"][0]["term"]["danish"], "Log på");
    let view = h.ok("practice_act", json!({ "action": "log-in" }));
    assert_eq!(view["screen"]["id"], "mitid-box");

    let view = h.ok(
        "practice_type",
        json!({ "widget": "user-id", "text": "010203-1234" }),
    );
    assert!(
        view["note"].as_str().is_some_and(|n| n.contains("CPR")),
        "{view}"
    );
    assert_eq!(
        widget(&view, "user-id")["value"],
        "oevelse1",
        "the practice user ID stands in for a CPR-shaped value"
    );
    let view = h.ok(
        "practice_type",
        json!({ "widget": "user-id", "text": "oevelse1" }),
    );
    assert_eq!(view["note"], Value::Null);
    assert_eq!(widget(&view, "user-id")["value"], "oevelse1");

    let view = h.ok("practice_act", json!({ "action": "forgot" }));
    assert!(plain(&view["feedback"]).contains("Fortsæt"), "{view}");
    assert_eq!(view["mistakes"], 1);
    h.ok("practice_act", json!({ "action": "continue" }));
    assert_eq!(h.ok("practice_show_me", json!({}))["showMe"], "scan");
    let view = h.ok("practice_act", json!({ "action": "scan" }));
    assert_eq!(view["screen"]["frame"], "phone");
    assert_eq!(
        (
            &view["screen"]["beside"]["id"],
            &view["screen"]["beside"]["actions"]
        ),
        (&json!("waiting"), &json!([])),
        "the computer's waiting screen is drawn beside the phone, not usable"
    );
    let view = h.ok("practice_type", json!({ "widget": "pin", "text": "9876" }));
    assert!(
        view["note"].is_string(),
        "a PIN other than the practice one may be real"
    );
    h.ok("practice_type", json!({ "widget": "pin", "text": "1234" }));
    h.ok("practice_act", json!({ "action": "continue" }));
    let view = h.ok("practice_act", json!({ "action": "reject" }));
    assert!(view["feedback"].is_string());
    let view = h.ok("practice_act", json!({ "action": "approve" }));
    assert_eq!(view["screen"]["isEnd"], true);
    let error = h
        .invoke("practice_act", json!({ "action": "approve" }))
        .expect_err("finished");
    assert_eq!(error["kind"], "invalid-input");

    // The attempt is recorded as counts only.
    let db = h.dir.join("progress.sqlite");
    let conn = rusqlite::Connection::open(&db).expect("the progress database opens");
    let row: (String, i64, i64, i64) = conn
        .query_row(
            "SELECT flow_id, mistakes, hints, completed FROM practice_attempts",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("one attempt");
    assert_eq!(row, ("login-app-computer".to_owned(), 2, 1, 1));
    drop(conn);
    // Nothing typed is in any file of the app's data folder, the journal included.
    for entry in std::fs::read_dir(&h.dir).expect("data folder") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        for typed in ["010203-1234", "0102031234", "oevelse1", "9876"] {
            assert!(!text.contains(typed), "{typed} was written to disk");
        }
    }
}

/// A widget of the view's current screen, by ID.
fn widget<'a>(view: &'a Value, id: &str) -> &'a Value {
    view["screen"]["widgets"]
        .as_array()
        .and_then(|all| all.iter().find(|w| w["id"] == id))
        .unwrap_or_else(|| panic!("no widget {id} in {view}"))
}

#[test]
fn a_wrong_one_time_code_leads_to_the_error_screen_and_nothing_typed_is_kept() {
    let h = harness("code-display", "da-DK");
    h.ok("set_locale", json!({ "tag": "so" }));
    h.ok("start_practice", json!({ "flow": "login-code-display" }));
    for action in ["log-in", "continue", "change", "code-display"] {
        h.ok("practice_act", json!({ "action": action }));
    }
    let view = h.ok("practice_view", json!({}));
    assert_eq!(view["screen"]["id"], "code");
    let display = &view["screen"]["beside"]["widgets"][0];
    assert_eq!(
        (&display["kind"], &display["code"]),
        (&json!("code-display"), &json!("482913")),
        "the code display beside the box shows the practice code"
    );
    h.ok(
        "practice_type",
        json!({ "widget": "code", "text": "557100" }),
    );
    let view = h.ok("practice_act", json!({ "action": "continue" }));
    assert_eq!(view["screen"]["id"], "error");
    assert_eq!(widget(&view, "try-again")["term"]["danish"], "Prøv igen");
    assert!(view["feedback"].is_string(), "{view}");
    h.ok("practice_act", json!({ "action": "try-again" }));
    h.ok(
        "practice_type",
        json!({ "widget": "code", "text": "482913" }),
    );
    let view = h.ok("practice_act", json!({ "action": "continue" }));
    assert_eq!(view["screen"]["id"], "password");
    let view = h.ok(
        "practice_type",
        json!({ "widget": "password", "text": "Hemmelig2024!" }),
    );
    assert!(view["note"].is_string(), "another password may be real");
    assert_eq!(widget(&view, "password")["value"], "oevelse-kode");
    let view = h.ok("practice_act", json!({ "action": "continue" }));
    assert_eq!(view["screen"]["isEnd"], true);

    for entry in std::fs::read_dir(&h.dir).expect("data folder") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        for typed in ["557100", "482913", "Hemmelig2024!", "oevelse-kode"] {
            assert!(!text.contains(typed), "{typed} was written to disk");
        }
    }
}

/// Any JSON at all: the shapes a broken or hostile webview could send.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn assert_typed(result: &Result<Value, Value>, what: &str) {
    if let Err(error) = result {
        // Deserialisation failures arrive as strings from Tauri; our own errors are typed.
        if let Some(kind) = error.get("kind") {
            assert!(
                KINDS.contains(&kind.as_str().unwrap_or_default()),
                "{what}: {error}"
            );
            assert!(
                error["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{what}: {error}"
            );
        } else {
            assert!(error.is_string(), "{what}: {error}");
        }
    }
}

/// Commands that open a native file dialog and wait for the user; the mock runtime has no
/// display to show one, so the end-to-end suite drives them in the real window.
const OPENS_A_DIALOG: &[&str] = &["export_session_plan", "import_session_plan"];

#[test]
fn every_granted_command_answers() {
    let commands = granted_commands();
    assert_eq!(commands.len(), 30, "{commands:?}");
    let h = harness("granted", "da-DK");
    let needs_arguments = [
        "set_locale",
        "change_settings",
        "open_guide",
        "record_step",
        "search",
        "start_practice",
        "practice_act",
        "practice_type",
        "translator_start",
        "translator_lookup",
        "present_guide",
        "practice_audience",
        "handout",
        "set_session_plan",
    ];
    for cmd in commands
        .iter()
        .filter(|cmd| !OPENS_A_DIALOG.contains(&cmd.as_str()))
    {
        let result = h.invoke(cmd, json!({}));
        if needs_arguments.contains(&cmd.as_str()) {
            assert!(
                result.expect_err(cmd).is_string(),
                "{cmd}: an empty body is malformed"
            );
        } else if cmd == "practice_note" {
            assert_eq!(
                result,
                Ok(Value::Null),
                "no notes window, so no note is made"
            );
        } else if cmd.starts_with("practice_") {
            assert_eq!(
                result.expect_err(cmd)["kind"],
                "invalid-input",
                "{cmd}: no practice is open"
            );
        } else {
            assert!(result.is_ok(), "{cmd}: {result:?}");
        }
    }
}

/// Well-typed and malformed cases for a command: thousands, but for the three that take no
/// arguments and cost 15-40 ms a call (each rebuilds the whole home view or wipes the store).
/// Their body is never read, so thousands of bodies would repeat one path; their cases differ
/// in the state each call meets instead.
fn cases(cmd: &str) -> (u32, u32) {
    match cmd {
        "load_ui" | "forget_everything" | "translator_stop" => (300, 200),
        _ => (1200, 800),
    }
}
/// How long one call may take before it counts as a hang: far beyond any real answer.
const CALL_LIMIT: Duration = Duration::from_secs(30);

/// Calls commands on a thread of its own, so a call that hangs or panics fails the test naming
/// its command and body, instead of stopping the test or being mistaken for an answer.
struct Caller {
    requests: mpsc::Sender<(String, Value)>,
    answers: mpsc::Receiver<Result<Value, Value>>,
    /// The first call that hung or panicked; every call after it fails at once, naming it.
    broken: RefCell<Option<String>>,
    harness: Harness,
}

impl Caller {
    fn new(harness: Harness) -> Caller {
        let window = harness.window.clone();
        let (requests, inbox) = mpsc::channel::<(String, Value)>();
        let (outbox, answers) = mpsc::channel();
        std::thread::spawn(move || {
            for (cmd, body) in inbox {
                let answer = invoke_on(&window, "tauri://localhost", &cmd, body);
                if outbox.send(answer).is_err() {
                    break;
                }
            }
        });
        Caller {
            requests,
            answers,
            broken: RefCell::new(None),
            harness,
        }
    }

    fn call(&self, cmd: &str, body: &Value) -> Result<Value, Value> {
        if let Some(first) = self.broken.borrow().as_ref() {
            panic!("the app stopped answering after {first}");
        }
        let what = format!("{cmd} {body}");
        let failure = match self.requests.send((cmd.to_owned(), body.clone())) {
            Err(_) => "panicked",
            Ok(()) => match self.answers.recv_timeout(CALL_LIMIT) {
                Ok(answer) => return answer,
                Err(mpsc::RecvTimeoutError::Timeout) => "hung",
                Err(mpsc::RecvTimeoutError::Disconnected) => "panicked",
            },
        };
        *self.broken.borrow_mut() = Some(what.clone());
        panic!("{what}: the command {failure}");
    }

    fn ok(&self, cmd: &str, body: Value) -> Value {
        self.call(cmd, &body)
            .unwrap_or_else(|e| panic!("{cmd} {body}: {e}"))
    }
}

/// The content's real IDs, so values reach past the first lookup into the checks behind it.
struct Ids {
    guides: Vec<String>,
    flows: Vec<String>,
    actions: Vec<String>,
    widgets: Vec<String>,
    tags: Vec<String>,
}

fn ids() -> &'static Ids {
    static IDS: OnceLock<Ids> = OnceLock::new();
    IDS.get_or_init(|| {
        let content = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/content"));
        let tables = |dir: &str| -> Vec<toml::Table> {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(content.join(dir))
                .expect("the content folder lists")
                .map(|e| e.expect("an entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect();
            paths.sort();
            paths
                .iter()
                .map(|p| {
                    std::fs::read_to_string(p)
                        .expect("a content file reads")
                        .parse()
                        .expect("a content file parses")
                })
                .collect()
        };
        let id = |t: &toml::Table| t["id"].as_str().expect("an ID").to_owned();
        let flows = tables("flows");
        let mut actions = BTreeSet::new();
        let mut widgets = BTreeSet::new();
        for flow in &flows {
            for screen in flow["screen"].as_array().expect("screens") {
                let screen = screen.as_table().expect("a screen");
                for (key, into) in [("action", &mut actions), ("widget", &mut widgets)] {
                    for item in screen
                        .get(key)
                        .and_then(|v| v.as_array())
                        .into_iter()
                        .flatten()
                    {
                        into.insert(id(item.as_table().expect("a table")));
                    }
                }
            }
        }
        Ids {
            guides: tables("guides").iter().map(id).collect(),
            flows: flows.iter().map(id).collect(),
            actions: actions.into_iter().collect(),
            widgets: widgets.into_iter().collect(),
            tags: ["da", "ar", "en", "so", "tr", "ur", "en-XA", "ar-XB"]
                .map(str::to_owned)
                .to_vec(),
        }
    })
}

/// Texts that have broken parsers, paths, queries and formatters elsewhere.
const SHARP: &[&str] = &[
    "",
    " ",
    "\0",
    "\r\n",
    "\u{202e}",
    "\u{feff}",
    "\u{2068}da\u{2069}",
    "..",
    "/",
    "../../../../etc/passwd",
    "'; DROP TABLE progress; --",
    "\"",
    "*",
    "NEAR(a b)",
    "a OR",
    "AND NOT",
    "-",
    "^",
    "{ $x }",
    "{",
    "%s%n",
    "🇩🇰",
    "ﷺ",
    "0102031234",
    "010203-1234",
    "null",
    "<script>alert(1)</script>",
    "\\",
    "da_DK.UTF-8",
    "x-private",
    "zh-Hant-TW-u-ca-chinese",
];

/// A real ID as a typo, a stray mark or a hostile webview would send it.
fn near(real: &[String]) -> BoxedStrategy<String> {
    (prop::sample::select(real.to_vec()), 0..8usize)
        .prop_map(|(id, how)| match how {
            0 => id.to_uppercase(),
            1 => format!(" {id}\n"),
            2 => format!("{id}\0"),
            3 => format!("\u{200f}{id}"),
            4 => format!("../{id}"),
            5 => id.chars().rev().collect(),
            6 => format!("{id}{id}"),
            _ => id.chars().take(id.chars().count() / 2).collect(),
        })
        .boxed()
}

/// Any text, weighted towards real IDs, near misses and sharp values, with some very long ones.
fn text(real: &[String]) -> BoxedStrategy<String> {
    let real: Vec<String> = if real.is_empty() {
        vec![String::new()]
    } else {
        real.to_vec()
    };
    prop_oneof![
        4 => prop::sample::select(real.clone()),
        3 => near(&real),
        2 => ".{0,40}",
        1 => prop::sample::select(SHARP).prop_map(str::to_owned),
        1 => (any::<char>(), 1_000..70_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
    .boxed()
}

/// A language tag: the app's own, near misses, and any well-formed or ill-formed tag.
fn tag() -> BoxedStrategy<String> {
    prop_oneof![
        3 => text(&ids().tags),
        1 => "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,3}",
    ]
    .boxed()
}

/// What one argument holds, to make well-typed values and wrong-typed ones for it.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Text,
    OptionalText,
    Number,
    Guides,
    Change,
}

struct Arg {
    key: &'static str,
    kind: Kind,
    values: BoxedStrategy<Value>,
}

fn arg(key: &'static str, kind: Kind, values: BoxedStrategy<Value>) -> Arg {
    Arg { key, kind, values }
}

fn text_arg(key: &'static str, values: BoxedStrategy<String>) -> Arg {
    arg(key, Kind::Text, values.prop_map(Value::from).boxed())
}

fn optional_arg(key: &'static str, values: BoxedStrategy<String>) -> Arg {
    let values = prop::option::weighted(0.8, values)
        .prop_map(|v| v.map_or(Value::Null, Value::from))
        .boxed();
    arg(key, Kind::OptionalText, values)
}

/// A settings change: offered and unoffered sizes, any second language.
fn change() -> BoxedStrategy<Value> {
    let sizes = prop_oneof![
        prop::sample::select(trinvis::views::TEXT_SIZES.to_vec()),
        any::<u16>()
    ];
    (tag(), sizes, any::<bool>())
        .prop_map(|(language, size, contrast)| {
            json!({ "secondLanguage": language, "textSize": size, "highContrast": contrast })
        })
        .boxed()
}

/// Folders for translator mode: none there, not a locale tree, odd paths, and rarely the two
/// that cost most, a real tree and the file system's root, which is read through before it is
/// refused.
fn folder(locales: &Path) -> BoxedStrategy<String> {
    let fixed = vec![
        String::new(),
        ".".to_owned(),
        "/proc/self/fd".to_owned(),
        "/dev/null".to_owned(),
        "/no/such/locales".to_owned(),
        concat!(env!("CARGO_MANIFEST_DIR"), "/src").to_owned(),
        concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml").to_owned(),
        "a/".repeat(3_000),
    ];
    prop_oneof![
        60 => prop::sample::select(fixed),
        40 => ".{0,40}",
        1 => Just("/".to_owned()),
        1 => Just(locales.display().to_string()),
    ]
    .boxed()
}

/// The arguments of each granted command. A newly granted command fails here until it has its
/// own, so none goes unfuzzed.
fn arguments(cmd: &str, locales: &Path) -> Vec<Arg> {
    let ids = ids();
    match cmd {
        "load_ui" | "forget_everything" | "dismiss_notice" | "practice_hint"
        | "practice_show_me" | "practice_restart" | "practice_view" | "practice_note"
        | "translator_stop" | "translator_view" | "open_notes_window" | "close_notes_window"
        | "session_plan" => Vec::new(),
        "set_locale" | "practice_audience" => vec![text_arg("tag", tag())],
        "change_settings" => vec![arg("change", Kind::Change, change())],
        "open_guide" => vec![text_arg("id", text(&ids.guides))],
        "record_step" => {
            let step = prop_oneof![0..12u32, any::<u32>(), Just(u32::MAX)];
            vec![
                text_arg("guide", text(&ids.guides)),
                arg("step", Kind::Number, step.prop_map(Value::from).boxed()),
            ]
        }
        "search" => vec![text_arg("query", text(&ids.guides))],
        "glossary" => vec![optional_arg("query", text(&ids.widgets))],
        "start_practice" => vec![
            text_arg("flow", text(&ids.flows)),
            optional_arg("audience", tag()),
        ],
        "practice_act" => vec![text_arg("action", text(&ids.actions))],
        "practice_type" => vec![
            text_arg("widget", text(&ids.widgets)),
            text_arg("text", text(&ids.widgets)),
        ],
        "translator_start" => vec![text_arg("folder", folder(locales))],
        "translator_lookup" => vec![text_arg("text", text(&ids.guides))],
        "present_guide" => vec![
            text_arg("id", text(&ids.guides)),
            text_arg("audience", tag()),
        ],
        "handout" => vec![
            text_arg("id", text(&ids.guides)),
            text_arg("lang", tag()),
            optional_arg("also", tag()),
        ],
        "set_session_plan" => {
            let guides = prop_oneof![
                3 => prop::collection::vec(text(&ids.guides), 0..8),
                1 => prop::collection::vec(prop::sample::select(ids.guides.clone()), 95..110),
            ];
            vec![arg(
                "guides",
                Kind::Guides,
                guides.prop_map(Value::from).boxed(),
            )]
        }
        other => panic!("{other} is granted but has no fuzzing strategy: give it one here"),
    }
}

/// What runs before a case, so a command meets the app in more than one state.
#[derive(Clone, Debug)]
enum Before {
    Nothing,
    /// A real flow, taken this many right steps, so actions and typed text meet real screens.
    Practice(String, usize),
    /// One call that must succeed.
    Call(&'static str, Value),
}

fn before(cmd: &str, locales: &Path) -> BoxedStrategy<Before> {
    let ids = ids();
    let sometimes = |p: f64, what: BoxedStrategy<Before>| {
        prop::option::weighted(p, what)
            .prop_map(|b| b.unwrap_or(Before::Nothing))
            .boxed()
    };
    let folder = json!({ "folder": locales.display().to_string() });
    match cmd {
        c if c.starts_with("practice_") => sometimes(
            0.15,
            (prop::sample::select(ids.flows.clone()), 0..6usize)
                .prop_map(|(flow, steps)| Before::Practice(flow, steps))
                .boxed(),
        ),
        "load_ui" | "set_locale" | "change_settings" | "glossary" | "search" => sometimes(
            0.2,
            prop::sample::select(ids.tags[..6].to_vec())
                .prop_map(|tag| Before::Call("set_locale", json!({ "tag": tag })))
                .boxed(),
        ),
        "forget_everything" | "session_plan" => sometimes(
            0.3,
            prop::sample::select(ids.guides.clone())
                .prop_map(|guide| Before::Call("set_session_plan", json!({ "guides": [guide] })))
                .boxed(),
        ),
        "close_notes_window" => sometimes(
            0.3,
            Just(Before::Call("open_notes_window", json!({}))).boxed(),
        ),
        "translator_stop" | "translator_view" => {
            sometimes(0.02, Just(Before::Call("translator_start", folder)).boxed())
        }
        _ => Just(Before::Nothing).boxed(),
    }
}

fn run_before(caller: &Caller, before: &Before) {
    match before {
        Before::Nothing => {}
        Before::Call(cmd, body) => {
            caller.ok(cmd, body.clone());
        }
        Before::Practice(flow, steps) => {
            caller.ok("start_practice", json!({ "flow": flow }));
            for _ in 0..*steps {
                let view = caller.ok("practice_show_me", json!({}));
                let Some(action) = view["showMe"].as_str() else {
                    return;
                };
                caller.ok("practice_act", json!({ "action": action }));
            }
        }
    }
}

/// A body of the right shape with well-typed values; absent optional arguments are left out or
/// sent as null, and an unknown key is sometimes added, which Tauri ignores.
fn well_typed(args: &[Arg]) -> BoxedStrategy<Value> {
    let values: Vec<BoxedStrategy<(&'static str, Value, bool)>> = args
        .iter()
        .map(|a| {
            let key = a.key;
            let optional = matches!(a.kind, Kind::OptionalText);
            (a.values.clone(), any::<bool>())
                .prop_map(move |(v, drop)| (key, v, optional && drop))
                .boxed()
        })
        .collect();
    (values, any::<bool>())
        .prop_map(|(values, extra)| {
            let mut body = serde_json::Map::new();
            for (key, value, left_out) in values {
                if !left_out {
                    body.insert(key.to_owned(), value);
                }
            }
            if extra {
                body.insert("unexpected".into(), json!([1, "two"]));
            }
            Value::Object(body)
        })
        .boxed()
}

/// A value of the wrong type for an argument of this kind.
fn wrong(kind: Kind) -> BoxedStrategy<Value> {
    let any_wrong = prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
        Just(json!([["nested"]])),
    ];
    match kind {
        Kind::Text => prop_oneof![Just(Value::Null), any_wrong].boxed(),
        Kind::OptionalText => any_wrong.boxed(),
        Kind::Number => prop_oneof![
            (i64::MIN..0).prop_map(Value::from),
            (u64::from(u32::MAX) + 1..u64::MAX).prop_map(Value::from),
            Just(json!(1.5)),
            Just(json!("3")),
            Just(Value::Null),
            Just(json!(true)),
        ]
        .boxed(),
        Kind::Guides => prop_oneof![
            Just(json!("what-is-mitid")),
            Just(json!(["what-is-mitid", 7])),
            Just(json!([null])),
            Just(json!({ "0": "what-is-mitid" })),
            Just(Value::Null),
        ]
        .boxed(),
        Kind::Change => prop_oneof![
            Just(json!({ "secondLanguage": "da", "textSize": 100 })),
            Just(json!({ "secondLanguage": "da", "textSize": "100", "highContrast": false })),
            Just(json!({ "secondLanguage": "da", "textSize": 70_000, "highContrast": false })),
            Just(json!({ "second_language": "da", "textSize": 100, "highContrast": false })),
            Just(json!({ "secondLanguage": "da", "textSize": 100, "highContrast": false, "x": 1 })),
            Just(json!("da")),
            Just(Value::Null),
        ]
        .boxed(),
    }
}

/// Arrays nested this deep inside a value, for parsers that recurse.
fn deep(depth: usize) -> Value {
    (0..depth).fold(json!("da"), |inner, _| json!([inner]))
}

/// A malformed body and whether Tauri must refuse it before the command runs.
fn malformed(args: &[Arg]) -> BoxedStrategy<(Value, bool)> {
    let shapeless = prop_oneof![
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        Just(json!([["da"], 1])),
        any_json(),
    ]
    .prop_map(|body| (body, false));
    if args.is_empty() {
        return shapeless.boxed();
    }
    let kinds: Vec<(&'static str, Kind)> = args.iter().map(|a| (a.key, a.kind)).collect();
    let required: Vec<&'static str> = args
        .iter()
        .filter(|a| !matches!(a.kind, Kind::OptionalText))
        .map(|a| a.key)
        .collect();
    let base = well_typed(args);
    // A body without a required argument; with none required, one without any argument.
    let required = if required.is_empty() {
        vec![""]
    } else {
        required
    };
    let missing = (base.clone(), prop::sample::select(required)).prop_map(|(mut body, key)| {
        let refused = !key.is_empty();
        if let Some(b) = body.as_object_mut() {
            b.retain(|k, _| refused && k != key);
        }
        (body, refused)
    });
    let retyped = (base.clone(), prop::sample::select(kinds))
        .prop_flat_map(|(body, (key, kind))| (Just(body), Just(key), wrong(kind)))
        .prop_map(|(mut body, key, value)| {
            if let Some(b) = body.as_object_mut() {
                b.insert(key.to_owned(), value);
            }
            (body, true)
        });
    let nested = (
        base,
        prop::sample::select(args.iter().map(|a| a.key).collect::<Vec<_>>()),
        32..256usize,
    )
        .prop_map(|(mut body, key, depth)| {
            body.as_object_mut()
                .map(|b| b.insert(key.to_owned(), deep(depth)));
            (body, true)
        });
    prop_oneof![3 => missing, 4 => retyped, 1 => nested, 2 => shapeless].boxed()
}

/// What the app may answer to a well-typed call: a value, or an error of a known kind with a
/// message. Never a refusal of the body's shape, and never an internal failure: nothing the
/// window can send should make the app fail inside.
fn assert_well_typed_answer(cmd: &str, body: &Value, result: &Result<Value, Value>) {
    let Err(error) = result else {
        return;
    };
    let kind = error["kind"].as_str().unwrap_or_default();
    assert!(
        KINDS.contains(&kind) && kind != "internal",
        "{cmd} {body}: {error}"
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{cmd} {body}: {error}"
    );
    // A query is never wrong: it finds something or nothing.
    assert!(
        !matches!(cmd, "search" | "glossary"),
        "{cmd} {body}: {error}"
    );
}

/// Fuzzes one command on its own app and returns what it found wrong, if anything.
fn fuzz(cmd: &str, locales: &Path) -> Result<(), String> {
    let caller = Caller::new(harness(&format!("fuzz-{cmd}"), "da-DK"));
    if cmd == "translator_lookup" {
        // Looking up texts means something only in translator mode.
        caller.ok(
            "translator_start",
            json!({ "folder": locales.display().to_string() }),
        );
    }
    let args = arguments(cmd, locales);
    let config = |cases| ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let still_answers = |caller: &Caller, after: &str| {
        let ui = caller.call("load_ui", &json!({}));
        assert!(
            ui.is_ok(),
            "{cmd}: the app stopped answering after {after}: {ui:?}"
        );
    };
    let calls = std::cell::Cell::new(0u32);
    let (well_typed_cases, malformed_cases) = cases(cmd);
    let strategy = (before(cmd, locales), well_typed(&args));
    TestRunner::new(config(well_typed_cases))
        .run(&strategy, |(setup, body)| {
            run_before(&caller, &setup);
            let result = caller.call(cmd, &body);
            assert_well_typed_answer(cmd, &body, &result);
            calls.set(calls.get() + 1);
            if calls.get().is_multiple_of(200) {
                still_answers(&caller, &body.to_string());
            }
            Ok(())
        })
        .map_err(|e| format!("{cmd}, well-typed: {e}"))?;
    let strategy = (before(cmd, locales), malformed(&args));
    TestRunner::new(config(malformed_cases))
        .run(&strategy, |(setup, (body, refused))| {
            run_before(&caller, &setup);
            let result = caller.call(cmd, &body);
            if refused {
                // Tauri refuses the shape before the command runs, in words of its own.
                assert!(
                    result.as_ref().is_err_and(Value::is_string),
                    "{cmd} {body}: {result:?}"
                );
            } else {
                assert_typed(&result, cmd);
            }
            calls.set(calls.get() + 1);
            if calls.get().is_multiple_of(200) {
                still_answers(&caller, &body.to_string());
            }
            Ok(())
        })
        .map_err(|e| format!("{cmd}, malformed: {e}"))?;
    still_answers(&caller, "the last case");
    drop(caller.harness);
    Ok(())
}

/// Every granted command, each on its own app, with thousands of well-typed and malformed
/// bodies: each answer is a value or a typed error, no call panics, and none takes longer than
/// [`CALL_LIMIT`]. The two commands that open a native file dialog take no arguments at all and
/// cannot run without a display, which the mock runtime lacks; the end-to-end suite drives them.
#[test]
fn every_granted_command_survives_random_and_malformed_bodies() {
    // Only the user's language, so starting translator mode on it costs little.
    let locales = LocaleCopy::new("fuzz");
    locales.keep_only("da");
    let commands: Vec<String> = granted_commands()
        .into_iter()
        .filter(|cmd| !OPENS_A_DIALOG.contains(&cmd.as_str()))
        .collect();
    let queue = std::sync::Mutex::new(commands.clone());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut failures = Vec::new();
                    loop {
                        let next = queue.lock().map(|mut q| q.pop()).unwrap_or_default();
                        let Some(cmd) = next else {
                            return failures;
                        };
                        let started = Instant::now();
                        if let Err(failure) = fuzz(&cmd, &locales.0) {
                            failures.push(failure);
                        }
                        let (well_typed, malformed) = cases(&cmd);
                        eprintln!(
                            "{cmd}: {well_typed} well-typed and {malformed} malformed cases in {:.1?}",
                            started.elapsed()
                        );
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec!["a fuzzing thread panicked".into()])
            })
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(commands.len(), 28, "{commands:?}");
}

/// A copy of the app's own locale folder to translate in, removed afterwards.
struct LocaleCopy(PathBuf);

impl LocaleCopy {
    fn new(name: &str) -> Self {
        let to =
            std::env::temp_dir().join(format!("trinvis-locales-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&to);
        let from = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"));
        for locale in std::fs::read_dir(&from).expect("locales/ lists") {
            let locale = locale.expect("an entry").path();
            if !locale.is_dir() {
                continue;
            }
            let target = to.join(locale.file_name().expect("a name"));
            std::fs::create_dir_all(&target).expect("the copy is made");
            for file in std::fs::read_dir(&locale).expect("a locale lists") {
                let file = file.expect("an entry").path();
                std::fs::copy(&file, target.join(file.file_name().expect("a name")))
                    .expect("copies");
            }
        }
        Self(to)
    }

    /// Removes every locale but `tag` from the copy.
    fn keep_only(&self, tag: &str) {
        for locale in std::fs::read_dir(&self.0).expect("the copy lists") {
            let locale = locale.expect("an entry").path();
            if locale.file_name().is_some_and(|name| name != tag) {
                std::fs::remove_dir_all(&locale).expect("a locale is removed");
            }
        }
    }

    fn edit(&self, path: &str, edit: impl FnOnce(String) -> String) {
        let path = self.0.join(path);
        let text = std::fs::read_to_string(&path).expect("the file reads");
        std::fs::write(&path, edit(text)).expect("the file is written");
    }
}

impl Drop for LocaleCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Asks until `ready` holds, for at most two seconds.
fn wait_until(h: &Harness, cmd: &str, ready: impl Fn(&Value) -> bool) -> Value {
    let start = std::time::Instant::now();
    loop {
        let value = h.ok(cmd, json!({}));
        // Patient, as the fuzzing beside it can keep a debug build's reload waiting for seconds.
        if ready(&value) || start.elapsed() > std::time::Duration::from_secs(30) {
            return value;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn translator_mode_shows_a_folder_reloads_it_on_save_and_survives_a_broken_file() {
    let h = harness("translator", "so-SO");
    let copy = LocaleCopy::new("translator");
    let view = h.ok(
        "translator_start",
        json!({ "folder": copy.0.display().to_string() }),
    );
    assert_eq!(view["problems"], json!([]), "our own locales are clean");
    let rows: Vec<&str> = view["status"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["locale"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(rows, ["da", "ar", "en", "so", "tr", "ur"]);
    let ui = h.ok("set_locale", json!({ "tag": "so" }));
    assert_eq!(ui["translator"], true);
    let tags: Vec<&str> = ui["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|l| l["tag"].as_str().unwrap_or_default())
        .collect();
    assert!(
        tags.contains(&"en-XA") && tags.contains(&"ar-XB"),
        "{tags:?}"
    );

    // A save on disk shows in the window's next view, with no request to reload.
    copy.edit("so/ui.ftl", |text| {
        text.lines()
            .map(|line| {
                if line.starts_with("search-title =") {
                    "search-title = Raadi (cusub)".to_owned()
                } else {
                    line.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    let ui = wait_until(&h, "load_ui", |ui| {
        ui["text"]["search-title"] == "Raadi (cusub)"
    });
    assert_eq!(ui["text"]["search-title"], "Raadi (cusub)");
    let found = h.ok("translator_lookup", json!({ "text": "Raadi (cusub)" }));
    assert_eq!(found[0]["id"], "search-title");
    assert_eq!(found[0]["path"], "so/ui.ftl");

    // A broken file: its problem is listed with its place, its message falls back, the app works.
    copy.edit("so/ui.ftl", |text| {
        text.replace("search-title = Raadi (cusub)", "search-title = { Raadi")
    });
    let view = wait_until(&h, "translator_view", |v| {
        v["problems"].as_array().is_some_and(|p| !p.is_empty())
    });
    let problems = view["problems"].as_array().expect("a list");
    let problem = problems
        .iter()
        .find(|p| p["check"] == "syntax")
        .unwrap_or(&Value::Null);
    assert_eq!(
        (
            problem["path"].as_str(),
            problem["check"].as_str(),
            problem["severity"].as_str()
        ),
        (Some("so/ui.ftl"), Some("syntax"), Some("error")),
        "{view}"
    );
    assert!(problem["line"].as_u64().is_some_and(|l| l > 1), "{problem}");
    let ui = h.ok("load_ui", json!({}));
    let fallback = ui["text"]["search-title"].as_str().unwrap_or_default();
    assert!(
        !fallback.is_empty() && fallback != "Raadi (cusub)",
        "{fallback}"
    );
    assert!(h
        .invoke("open_guide", json!({ "id": "what-is-mitid" }))
        .is_ok());

    // The bidi pseudo-locale is right to left and never saved as the user's language.
    let ui = h.ok("set_locale", json!({ "tag": "ar-XB" }));
    assert_eq!(ui["dir"], "rtl");
    let ui = h.ok("translator_stop", json!({}));
    assert_eq!(ui["translator"], false);
    assert_eq!(ui["locale"], "so");
    assert_eq!(h.ok("translator_view", json!({})), Value::Null);
}

#[test]
fn translator_mode_refuses_a_folder_that_is_not_a_locale_tree_in_the_users_language() {
    let h = harness("translator-refused", "so-SO");
    for folder in [
        "",
        "/no/such/folder",
        concat!(env!("CARGO_MANIFEST_DIR"), "/src"),
    ] {
        let error = h
            .invoke("translator_start", json!({ "folder": folder }))
            .expect_err(folder);
        assert_eq!(error["kind"], "invalid-input", "{folder}");
        assert!(
            error["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{error}"
        );
    }
    assert_eq!(h.ok("load_ui", json!({}))["translator"], false);
}
