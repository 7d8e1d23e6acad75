//! The session plan through the core, with real progress databases and real plan files on disk:
//! kept across restarts, shared as a file, and every bad file refused without losing the plan.

use std::path::{Path, PathBuf};

use trinvis::state::{AppState, CoreError};

struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("trinvis-plan-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary folder");
        Self(dir)
    }

    fn start(&self, who: &str) -> AppState {
        trinvis::core_state(&self.0.join(who), &["da-DK".to_owned()]).expect("the core starts")
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn ids(state: &AppState) -> Vec<String> {
    state
        .session_plan()
        .expect("plan")
        .guides
        .into_iter()
        .map(|g| g.id)
        .collect()
}

/// A message without the isolation marks Fluent puts around placeables.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn owned(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

#[test]
fn the_plan_is_kept_across_a_restart_with_its_time_added_up() {
    let folder = Folder::new("restart");
    let plan = owned(&["lost-phone", "what-is-mitid", "helping-others"]);
    {
        let state = folder.start("ambassador");
        let view = state.set_session_plan(&plan).expect("saved");
        assert_eq!(plain(&view.count_label), "3 vejledninger");
        let one = |id: &str| {
            state
                .set_session_plan(&owned(&[id]))
                .expect("one guide")
                .minutes_label
        };
        let digits = |label: &str| {
            label
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
        };
        let total: u32 = plan
            .iter()
            .map(|g| digits(&one(g)).parse::<u32>().expect("minutes"))
            .sum();
        assert_eq!(
            digits(&view.minutes_label),
            total.to_string(),
            "{}",
            view.minutes_label
        );
        state.set_session_plan(&plan).expect("saved again");
    }
    assert_eq!(
        ids(&folder.start("ambassador")),
        plan,
        "the order survives a restart"
    );
}

#[test]
fn a_plan_saved_to_a_file_opens_for_another_ambassador() {
    let folder = Folder::new("share");
    let file = folder.0.join("tirsdag.json");
    let plan = owned(&["safety-online", "digital-post-access"]);
    let first = folder.start("first");
    first.set_session_plan(&plan).expect("saved");
    first.export_session_plan(&file).expect("exported");

    let second = folder.start("second");
    second
        .set_session_plan(&owned(&["get-mitid"]))
        .expect("own plan");
    let view = second.import_session_plan(&file).expect("imported");
    assert_eq!(view.skipped, None);
    assert_eq!(ids(&second), plan);
    assert_eq!(
        ids(&folder.start("second")),
        plan,
        "the imported plan is saved"
    );
}

#[test]
fn guides_a_newer_version_has_are_left_out_and_counted() {
    let folder = Folder::new("newer-guides");
    let file = folder.0.join("plan.json");
    std::fs::write(
        &file,
        r#"{"format":"trinvis-session-plan","version":1,"guides":["what-is-mitid","future-guide","other-future"]}"#,
    )
    .expect("file");
    let state = folder.start("ambassador");
    let view = state.import_session_plan(&file).expect("imported");
    assert_eq!(ids(&state), owned(&["what-is-mitid"]));
    let skipped = plain(&view.skipped.expect("a count of the guides left out"));
    assert!(skipped.starts_with("2 vejledninger"), "{skipped}");
}

#[test]
fn a_bad_file_is_refused_in_the_users_language_and_the_plan_stays() {
    let folder = Folder::new("bad-files");
    let state = folder.start("ambassador");
    let plan = owned(&["report-a-move"]);
    state.set_session_plan(&plan).expect("saved");
    let write = |name: &str, bytes: &[u8]| {
        let path = folder.0.join(name);
        std::fs::write(&path, bytes).expect("file");
        path
    };
    let cases: [(PathBuf, &str); 5] = [
        (
            write("noise.json", &[0x00, 0xff, 0x13, 0x37]),
            "er ikke en plan",
        ),
        (
            write(
                "photo.json",
                br#"{"format":"jpeg","version":1,"guides":[]}"#,
            ),
            "er ikke en plan",
        ),
        (
            write(
                "future.json",
                br#"{"format":"trinvis-session-plan","version":9,"guides":[]}"#,
            ),
            "nyere udgave",
        ),
        (write("huge.json", &vec![b'['; 200 * 1024]), "for stor"),
        (folder.0.join("missing.json"), "kunne ikke åbnes"),
    ];
    for (path, says) in cases {
        let error = state.import_session_plan(&path).expect_err("refused");
        assert!(matches!(error, CoreError::Plan(_)), "{error}");
        let message = state.describe(&error);
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        assert!(
            message.contains(says) && message.contains(name),
            "{message}"
        );
        assert!(
            !message.contains(&*folder.0.to_string_lossy()),
            "no folder path: {message}"
        );
        assert_eq!(ids(&state), plan, "{name} left the plan as it was");
    }
}

#[test]
fn a_plan_that_cannot_be_written_says_so_and_leaves_the_old_file() {
    let folder = Folder::new("unwritable");
    let state = folder.start("ambassador");
    state
        .set_session_plan(&owned(&["what-is-mitid"]))
        .expect("saved");
    let file = folder.0.join("plan.json");
    state.export_session_plan(&file).expect("first file");
    state
        .set_session_plan(&owned(&["lost-phone"]))
        .expect("changed");
    let blocked = folder.0.join("no-such-folder").join("plan.json");
    let error = state.export_session_plan(&blocked).expect_err("refused");
    assert!(
        state.describe(&error).contains("kunne ikke gemmes"),
        "{}",
        state.describe(&error)
    );
    assert_eq!(read_ids(&file), owned(&["what-is-mitid"]));
}

fn read_ids(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("plan file");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value["guides"]
        .as_array()
        .expect("guides")
        .iter()
        .filter_map(|g| g.as_str().map(str::to_owned))
        .collect()
}
