//! The content compiler on trees made for each error it must catch, and a good tree read back
//! through the runtime store.

#[path = "../build/content.rs"]
mod content;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use trinvis::content::ContentStore;

const DANISH: &str = "
topic-mitid = MitID
topic-mitid-summary = Log på
guide-basics-title = Grundlæggende
guide-basics-summary = Det første
guide-basics-one-title = Første trin
guide-basics-one-body = Du logger på med dit Bruger-ID. Ring { $support-phone }.
guide-basics-two-title = Andet trin
guide-basics-two-body = Godkend i appen.
screen-bruger-id = Bruger-ID
glossary-bruger-id = Dit navn i MitID.
glossary-bruger-id-example = Skriv dit »Bruger-ID«.
screen-login-tax = Din forskudsopgørelse
screen-login-tax-sender = Skattestyrelsen
guide-basics-question-pin = Hvad gør du?
guide-basics-question-pin-away = Kigger væk.
guide-basics-question-pin-away-feedback = Rigtigt.
guide-basics-question-pin-look = Kigger med.
guide-basics-question-pin-look-feedback = Nej.
practice-login-title = Log på
practice-login-box-guidance = Skriv dit bruger-ID.
practice-login-box-hint = Tryk på Fortsæt.
practice-login-box-forgot-feedback = Du har ikke glemt det.
practice-login-done-guidance = Godt klaret.
note-guide-basics-one = Sig: vis boksen.
note-guide-basics-two = Sig: stryg for at godkende.
note-practice-login-box = Sig: skriv et øve-bruger-ID.
note-practice-login-done = Sig: godt klaret.
";

/// A small valid flow: a log-in box with a right and a wrong action, and an end.
const FLOW: &str = "id = \"login\"
start = \"box\"

[[screen]]
id = \"box\"
frame = \"browser\"
address = \"https://www.borger.dk\"
[[screen.widget]]
id = \"user-id\"
kind = \"field\"
term = \"bruger-id\"
practice = \"support-phone\"
[[screen.widget]]
id = \"continue\"
kind = \"button\"
term = \"bruger-id\"
[[screen.action]]
id = \"continue\"
widget = \"continue\"
goto = \"done\"
right = true
[[screen.action]]
id = \"forgot\"
widget = \"user-id\"
goto = \"box\"

[[screen]]
id = \"done\"
frame = \"phone\"
end = true
";

const ARABIC: &str = "
guide-basics-one-title = الخطوة الأولى
guide-basics-one-body = تُسجِّل الدخول باستخدام «Bruger-ID».
";

const TOPICS: &str = "[[topic]]\nid = \"mitid\"\nguides = [\"basics\"]\n";
const GUIDE: &str = "id = \"basics\"\nminutes = 3\n\n[[step]]\nid = \"one\"\nterms = [\"bruger-id\"]\n\n[[step]]\nid = \"two\"\n";
const GLOSSARY: &str = "[[term]]\nid = \"bruger-id\"\n";
const FACTS: &str =
    "[fact.support-phone]\nvalue = \"+45 33 98 00 10\"\nsource = \"https://example.org\"\n";

struct Tree {
    root: PathBuf,
    danish: String,
}

impl Tree {
    fn new(name: &str) -> Tree {
        let root =
            std::env::temp_dir().join(format!("trinvis-content-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("content/guides")).expect("temp dir");
        fs::create_dir_all(root.join("content/flows")).expect("temp dir");
        let tree = Tree {
            root,
            danish: DANISH.to_owned(),
        };
        tree.write("topics.toml", TOPICS)
            .write("guides/basics.toml", GUIDE)
            .write("glossary.toml", GLOSSARY)
            .write("facts.toml", FACTS)
    }

    fn write(self, path: &str, text: &str) -> Tree {
        fs::write(self.root.join("content").join(path), text).expect("write content file");
        self
    }

    fn without_message(mut self, id: &str) -> Tree {
        self.danish = self
            .danish
            .lines()
            .filter(|l| !l.starts_with(&format!("{id} =")))
            .collect::<Vec<_>>()
            .join("\n");
        self
    }

    fn compile(&self) -> Result<PathBuf, Vec<String>> {
        let locales = BTreeMap::from([
            (
                "da".to_owned(),
                vec![("a.ftl".to_owned(), self.danish.clone())],
            ),
            (
                "ar".to_owned(),
                vec![("a.ftl".to_owned(), ARABIC.to_owned())],
            ),
        ]);
        let ids: BTreeSet<String> = self
            .danish
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_owned()))
            .collect();
        let out = self.root.join("content.sqlite");
        content::compile(&self.root.join("content"), &locales, &ids, &out).map(|()| out)
    }

    fn errors(&self) -> Vec<String> {
        self.compile().expect_err("the tree has an error")
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn has(errors: &[String], place: &str, text: &str) -> bool {
    errors
        .iter()
        .any(|e| e.starts_with(place) && e.contains(text))
}

#[test]
fn a_good_tree_compiles_into_a_store_the_app_reads() {
    let tree = Tree::new("good");
    let path = tree.compile().expect("compiles");
    let store = ContentStore::open(&path).expect("opens read-only");
    let topics = store.topics().expect("topics");
    assert_eq!(topics.len(), 1);
    assert_eq!(topics[0].guides, ["basics"]);
    let guide = store.guide("basics").expect("guide");
    assert_eq!(guide.minutes, 3);
    assert_eq!(
        guide
            .steps
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["one", "two"]
    );
    assert_eq!(guide.steps[0].terms, ["bruger-id"]);
    assert_eq!(store.terms().expect("terms"), ["bruger-id"]);
    // Search sees facts filled in, and Arabic falls back to Danish where it has no text.
    assert_eq!(store.search("da", "33 98").expect("search").len(), 1);
    assert_eq!(store.search("ar", "godkend").expect("search").len(), 1);
    assert_eq!(store.search("ar", "الدخول").expect("search").len(), 1);
}

#[test]
fn a_message_missing_from_danish_names_the_file_line_and_column() {
    let errors = Tree::new("missing-message")
        .without_message("guide-basics-two-body")
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/guides/basics.toml:9:6:",
            "`guide-basics-two-body` is missing from locales/da"
        ),
        "{errors:?}"
    );
}

#[test]
fn a_missing_glossary_meaning_or_label_is_an_error() {
    let errors = Tree::new("missing-glossary")
        .without_message("glossary-bruger-id")
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/glossary.toml:2:6:",
            "`glossary-bruger-id`"
        ),
        "{errors:?}"
    );
}

fn with_flow(name: &str, flow: &str) -> Tree {
    Tree::new(name)
        .write("flows/login.toml", flow)
        .write("topics.toml", &format!("{TOPICS}practice = [\"login\"]\n"))
}

#[test]
fn a_good_flow_is_read_back_with_screens_widgets_and_actions() {
    let tree = with_flow("good-flow", FLOW);
    let store = ContentStore::open(&tree.compile().expect("compiles")).expect("opens");
    assert_eq!(store.flow_ids().expect("flows"), ["login"]);
    let flow = store.flow("login").expect("the flow");
    assert_eq!(flow.start, 0);
    let names: Vec<&str> = flow.screens.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(names, ["box", "done"]);
    let first = &flow.screens[0];
    assert_eq!(
        (first.frame.as_str(), first.address.as_deref()),
        ("browser", Some("https://www.borger.dk"))
    );
    assert_eq!(first.widgets[0].term.as_deref(), Some("bruger-id"));
    assert_eq!(
        (first.actions[0].goto, first.actions[0].is_right),
        (1, true)
    );
    assert_eq!(
        (first.actions[1].goto, first.actions[1].is_right),
        (0, false)
    );
    assert!(flow.screens[1].is_end);
    assert!(store.flow("nothing").is_err());
}

#[test]
fn a_flow_transition_to_a_missing_screen_is_an_error() {
    let errors = with_flow(
        "bad-goto",
        &FLOW.replace("goto = \"done\"", "goto = \"waiting\""),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:20:8:",
            "goes to screen `waiting`, which does not exist"
        ),
        "{errors:?}"
    );
}

#[test]
fn flow_screens_must_be_reachable_and_lead_to_an_end() {
    let flow = FLOW.replace("goto = \"done\"", "goto = \"box\"")
        + "\n[[screen]]\nid = \"stuck\"\nframe = \"phone\"\n";
    let errors = with_flow("bad-graph", &flow).errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "screen `done` cannot be reached"
        ),
        "{errors:?}"
    );
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "screen `stuck` has no action and is not an end"
        ),
        "{errors:?}"
    );
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "from screen `box` no end can be reached"
        ),
        "{errors:?}"
    );
}

#[test]
fn flow_screens_need_one_right_action_and_widgets_they_use() {
    let errors = with_flow("no-right", &FLOW.replace("right = true", "right = false")).errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "has 0 right actions; it needs exactly one"
        ),
        "{errors:?}"
    );
    let errors = with_flow(
        "bad-widget",
        &FLOW.replace("widget = \"continue\"", "widget = \"approve\""),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "uses widget `approve`, which is not on screen `box`"
        ),
        "{errors:?}"
    );
    let errors = with_flow(
        "bad-term",
        &FLOW.replacen("term = \"bruger-id\"", "term = \"fortsaet\"", 1),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "term `fortsaet` is not in glossary.toml"
        ),
        "{errors:?}"
    );
    let errors = with_flow(
        "no-address",
        &FLOW.replace("address = \"https://www.borger.dk\"\n", ""),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "browser screen `box` needs an `address`"
        ),
        "{errors:?}"
    );
}

#[test]
fn fields_need_practice_values_and_checks_need_an_error_screen() {
    let errors = with_flow(
        "no-practice",
        &FLOW
            .replace("practice = \"support-phone\"\n", "")
            .replace("kind = \"field\"", "kind = \"password\""),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "widget `user-id` needs a `practice` fact"
        ),
        "{errors:?}"
    );
    let errors = with_flow(
        "unknown-fact",
        &FLOW.replace("practice = \"support-phone\"", "practice = \"pin\""),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:12:",
            "fact `pin` is not in facts.toml"
        ),
        "{errors:?}"
    );
    let errors = with_flow(
        "half-check",
        &FLOW.replace("right = true", "right = true\ncheck = \"user-id\""),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "needs both `check` and `otherwise`"
        ),
        "{errors:?}"
    );
    let errors = with_flow(
        "check-button",
        &FLOW.replace(
            "right = true",
            "right = true\ncheck = \"continue\"\notherwise = \"box\"",
        ),
    )
    .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "checks widget `continue`, which is not a field"
        ),
        "{errors:?}"
    );
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "practice-login-box-continue-check-feedback"
        ),
        "the check's feedback is required too: {errors:?}"
    );
}

#[test]
fn a_screen_beside_must_exist_on_another_device_and_backdrops_only_appear_beside() {
    let beside = |target: &str| {
        FLOW.replace(
            "address = \"https://www.borger.dk\"",
            &format!("address = \"https://www.borger.dk\"\nbeside = \"{target}\""),
        )
    };
    let errors = with_flow("beside-missing", &beside("phone")).errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "screen `phone` to show beside does not exist"
        ),
        "{errors:?}"
    );
    let errors = with_flow("beside-self", &beside("box")).errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "is on the computer too"
        ),
        "{errors:?}"
    );
    let device = "\n[[screen]]\nid = \"device\"\nframe = \"device\"\nbackdrop = true\n[[screen.widget]]\nid = \"display\"\nkind = \"code-display\"\npractice = \"support-phone\"\n";
    let errors = with_flow("lonely-backdrop", &(FLOW.to_owned() + device)).errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "backdrop screen `device` is shown beside no screen"
        ),
        "{errors:?}"
    );

    let mut tree = with_flow(
        "good-beside",
        &(beside("device").replace(
            "right = true",
            "right = true\ncheck = \"user-id\"\notherwise = \"box\"",
        ) + device),
    );
    tree.danish += "practice-login-box-continue-check-feedback = Prøv igen.\n";
    let store = ContentStore::open(&tree.compile().expect("compiles")).expect("opens");
    let flow = store.flow("login").expect("the flow");
    let (box_screen, device_screen) = (&flow.screens[0], &flow.screens[2]);
    assert_eq!(box_screen.beside, Some(2));
    assert!(device_screen.is_backdrop && !device_screen.is_end);
    assert_eq!(
        device_screen.widgets[0].practice.as_deref(),
        Some("support-phone")
    );
    let check = box_screen.actions[0].check.as_ref().expect("a check");
    assert_eq!((check.widget.as_str(), check.otherwise), ("user-id", 0));
}

#[test]
fn every_step_and_every_screen_needs_a_note_for_the_presenter() {
    let errors = with_flow("notes", FLOW)
        .without_message("note-guide-basics-two")
        .without_message("note-practice-login-done")
        .errors();
    for missing in ["`note-guide-basics-two`", "`note-practice-login-done`"] {
        assert!(
            has(&errors, "src-tauri/content/", missing),
            "{missing}: {errors:?}"
        );
    }
}

#[test]
fn every_wrong_action_needs_feedback_and_every_screen_guidance() {
    let errors = with_flow("feedback", FLOW)
        .without_message("practice-login-box-forgot-feedback")
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "`practice-login-box-forgot-feedback` is missing"
        ),
        "{errors:?}"
    );
    let errors = with_flow("guidance", FLOW)
        .without_message("practice-login-done-guidance")
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/flows/login.toml:",
            "`practice-login-done-guidance` is missing"
        ),
        "{errors:?}"
    );
}

#[test]
fn duplicate_ids_are_errors() {
    let errors = Tree::new("duplicates")
        .write("guides/copy.toml", GUIDE)
        .write(
            "glossary.toml",
            "[[term]]\nid = \"bruger-id\"\n\n[[term]]\nid = \"bruger-id\"\n",
        )
        .write(
            "guides/basics.toml",
            &GUIDE.replace("id = \"two\"", "id = \"one\""),
        )
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/guides/copy.toml:1:6:",
            "duplicate guide `basics`"
        ),
        "{errors:?}"
    );
    assert!(
        has(
            &errors,
            "src-tauri/content/glossary.toml:5:6:",
            "duplicate term `bruger-id`"
        ),
        "{errors:?}"
    );
    assert!(
        has(
            &errors,
            "src-tauri/content/guides/basics.toml:",
            "duplicate step `one`"
        ),
        "{errors:?}"
    );
}

#[test]
fn a_guide_no_topic_lists_is_unreachable() {
    let errors = Tree::new("unreachable")
        .write("topics.toml", "[[topic]]\nid = \"mitid\"\n")
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/guides/basics.toml:1:6:",
            "not listed under any topic"
        ),
        "{errors:?}"
    );
}

#[test]
fn a_topic_listing_a_missing_guide_is_an_error() {
    let topics = "[[topic]]\nid = \"mitid\"\nguides = [\"basics\", \"nothing\"]\n";
    let errors = Tree::new("missing-guide")
        .write("topics.toml", topics)
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/topics.toml:3:21:",
            "guide `nothing` does not exist"
        ),
        "{errors:?}"
    );
}

#[test]
fn a_step_term_missing_from_the_glossary_is_an_error() {
    let guide = GUIDE.replace(
        "terms = [\"bruger-id\"]",
        "terms = [\"bruger-id\", \"godkend\"]",
    );
    let errors = Tree::new("unknown-term")
        .write("guides/basics.toml", &guide)
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/guides/basics.toml:6:23:",
            "term `godkend` is not in glossary.toml"
        ),
        "{errors:?}"
    );
}

#[test]
fn toml_syntax_errors_and_unknown_fields_are_reported_with_their_place() {
    let errors = Tree::new("syntax")
        .write("guides/basics.toml", "id = \"basics\"\nminutes = \n")
        .errors();
    assert!(
        has(&errors, "src-tauri/content/guides/basics.toml:2:", ""),
        "{errors:?}"
    );
    let errors = Tree::new("unknown-field")
        .write("guides/basics.toml", &format!("{GUIDE}colour = \"red\"\n"))
        .errors();
    assert!(
        has(&errors, "src-tauri/content/guides/basics.toml:", "colour"),
        "{errors:?}"
    );
}

#[test]
fn ids_must_be_simple() {
    let errors = Tree::new("bad-id")
        .write("glossary.toml", "[[term]]\nid = \"Bruger ID\"\n")
        .errors();
    assert!(
        has(
            &errors,
            "src-tauri/content/glossary.toml:2:6:",
            "not a valid ID"
        ),
        "{errors:?}"
    );
}

#[test]
fn a_field_nothing_checks_may_go_without_a_practice_value() {
    let tree = with_flow(
        "free-field",
        &FLOW.replace("practice = \"support-phone\"\n", ""),
    );
    tree.compile()
        .expect("a field only checks need a practice value for");
}

#[test]
fn letters_labels_and_disabled_widgets_are_checked_and_read_back() {
    let letter = "[[screen.widget]]\nid = \"tax\"\nkind = \"letter\"\nlabel = \"screen-login-tax\"\nsender = \"screen-login-tax-sender\"\nunread = true\nattachment = true\n";
    let good = FLOW.replace(
        "[[screen.action]]\nid = \"continue\"",
        &format!("{letter}[[screen.action]]\nid = \"continue\""),
    );
    let tree = with_flow("letter", &good);
    let store = ContentStore::open(&tree.compile().expect("compiles")).expect("opens");
    let flow = store.flow("login").expect("flow");
    let tax = flow.screens[0]
        .widgets
        .iter()
        .find(|w| w.id == "tax")
        .expect("the letter");
    assert_eq!(tax.kind, "letter");
    assert_eq!(tax.label.as_deref(), Some("screen-login-tax"));
    assert_eq!(tax.sender.as_deref(), Some("screen-login-tax-sender"));
    assert!(tax.unread && tax.attachment && !tax.disabled);

    for (name, flow, expected) in [
        (
            "no-sender",
            good.replace("sender = \"screen-login-tax-sender\"\n", ""),
            "letter `tax` needs a `sender`",
        ),
        (
            "no-label",
            good.replace("label = \"screen-login-tax\"\n", ""),
            "widget `tax` needs a `label`",
        ),
        (
            "unknown-label",
            good.replace(
                "label = \"screen-login-tax\"",
                "label = \"screen-login-nothing\"",
            ),
            "`screen-login-nothing` is missing from locales/da",
        ),
        (
            "not-screen-text",
            good.replace(
                "label = \"screen-login-tax\"",
                "label = \"glossary-bruger-id\"",
            ),
            "must start with `screen-`",
        ),
        (
            "term-and-label",
            good.replace(
                "kind = \"button\"\nterm = \"bruger-id\"",
                "kind = \"button\"\nterm = \"bruger-id\"\nlabel = \"screen-login-tax\"",
            ),
            "has both a `term` and a `label`",
        ),
        (
            "unread-button",
            good.replace(
                "kind = \"button\"\nterm = \"bruger-id\"",
                "kind = \"button\"\nterm = \"bruger-id\"\nunread = true",
            ),
            "is not a letter",
        ),
        (
            "disabled-right",
            good.replace(
                "kind = \"button\"\nterm = \"bruger-id\"",
                "kind = \"button\"\nterm = \"bruger-id\"\ndisabled = true",
            ),
            "uses a disabled widget, so it cannot be the right action",
        ),
    ] {
        let errors = with_flow(name, &flow).errors();
        assert!(
            has(&errors, "src-tauri/content/flows/login.toml:", expected),
            "{name}: {errors:?}"
        );
    }
}

#[test]
fn a_guide_check_is_read_back_and_its_answers_are_checked() {
    let question =
        "\n[[question]]\nid = \"pin\"\noptions = [\"away\", \"look\"]\nright = \"away\"\n";
    let tree = Tree::new("check").write("guides/basics.toml", &format!("{GUIDE}{question}"));
    let store = ContentStore::open(&tree.compile().expect("compiles")).expect("opens");
    let guide = store.guide("basics").expect("guide");
    assert_eq!(guide.questions.len(), 1);
    assert_eq!(guide.questions[0].options, ["away", "look"]);
    assert_eq!(guide.questions[0].right, "away");

    for (name, question, expected) in [
        (
            "right-not-an-option",
            question.replace("right = \"away\"", "right = \"run\""),
            "the right answer `run` is not one of the options",
        ),
        (
            "one-option",
            question.replace("[\"away\", \"look\"]", "[\"away\"]"),
            "question `pin` needs at least two options",
        ),
        (
            "answer-without-feedback",
            question.replace("\"look\"]", "\"look\", \"hide\"]"),
            "`guide-basics-question-pin-hide-feedback` is missing from locales/da",
        ),
    ] {
        let errors = Tree::new(name)
            .write("guides/basics.toml", &format!("{GUIDE}{question}"))
            .errors();
        assert!(
            has(&errors, "src-tauri/content/guides/basics.toml:", expected),
            "{name}: {errors:?}"
        );
    }
}
