use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode};

use super::*;

/// A folder under the system temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "trinvis-progress-{}-{}-{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let path = env::temp_dir().join(name);
        fs::create_dir_all(&path).expect("the temp folder is writable");
        Self(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn db(&self) -> PathBuf {
        self.0.join(open::FILE_NAME)
    }

    fn names(&self) -> BTreeSet<String> {
        fs::read_dir(&self.0)
            .expect("the temp folder is readable")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for entry in fs::read_dir(&self.0).into_iter().flatten().flatten() {
                let _ = fs::set_permissions(entry.path(), fs::Permissions::from_mode(0o755));
            }
        }
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Every byte SQLite has on disk for the database in `dir`: the file and its companions.
fn all_bytes(dir: &Path) -> Vec<u8> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .filter_map(|suffix| fs::read(dir.join(format!("{}{suffix}", open::FILE_NAME))).ok())
        .flatten()
        .collect()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

fn user_version(path: &Path) -> i64 {
    Connection::open(path)
        .expect("open")
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .expect("user_version")
}

fn attempt_rows(store: &ProgressStore) -> Vec<(String, u32, u32, bool)> {
    store
        .conn()
        .prepare("SELECT flow_id, mistakes, hints, completed FROM practice_attempts ORDER BY id")
        .expect("prepare")
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

fn sample_settings() -> Settings {
    Settings {
        locale: Some("ar".into()),
        second_language: "da".into(),
        text_size: 150,
        high_contrast: true,
    }
}

/// Checks that the store in `dir` set the damaged file aside and started fresh.
fn assert_set_aside(dir: &TempDir, original: &[u8]) {
    let before = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let mut store = ProgressStore::open(dir.path());
    let Some(Notice::Recovered { moved_to }) = store.take_notice() else {
        panic!("expected a Recovered notice");
    };
    assert_eq!(store.take_notice(), None, "the notice is given once");
    assert!(store.is_persistent());

    let name = moved_to
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let seconds: u64 = name
        .strip_prefix("progress.sqlite.corrupt-")
        .and_then(|rest| rest.parse().ok())
        .unwrap_or_else(|| panic!("unexpected name {name}"));
    assert!(
        (before..=before + 5).contains(&seconds),
        "{seconds} is not about now ({before})"
    );
    assert_eq!(moved_to.parent(), Some(dir.path()));
    assert_eq!(
        fs::read(&moved_to).expect("the moved file exists"),
        original
    );

    store
        .record_step("mitid-login", 3)
        .expect("the fresh database takes writes");
    drop(store);
    let mut store = ProgressStore::open(dir.path());
    assert_eq!(
        store.take_notice(),
        None,
        "the fresh database is fine on the next start"
    );
    assert_eq!(store.last_guide(), Some(("mitid-login".into(), 3)));
    drop(store);
    assert_eq!(
        dir.names(),
        BTreeSet::from([open::FILE_NAME.to_owned(), name])
    );
}

/// Makes a real database with some progress and closes it, so everything is in the main file.
fn real_database(dir: &TempDir) -> Vec<u8> {
    let store = ProgressStore::open(dir.path());
    store.save_settings(&sample_settings()).expect("save");
    for n in 0..200 {
        store
            .record_practice_attempt("digital-post-read", n, n % 3, n % 2 == 0)
            .expect("attempt");
        store.record_step(&format!("guide-{n}"), n).expect("step");
    }
    drop(store);
    fs::read(dir.db()).expect("the database exists")
}

#[test]
fn store_is_send_and_sync() {
    fn shared<T: Send + Sync>() {}
    shared::<ProgressStore>();
}

#[test]
fn migrations_create_the_schema_in_a_new_folder() {
    let dir = TempDir::new();
    let app_data = dir.path().join("nested").join("app-data");
    let mut store = ProgressStore::open(&app_data);
    assert_eq!(store.take_notice(), None);
    assert!(store.is_persistent());
    {
        let conn = store.conn();
        let tables: BTreeSet<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
            .expect("prepare")
            .query_map([], |row| row.get(0))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        let expected = [
            "guide_progress",
            "practice_attempts",
            "session_plan",
            "settings",
        ]
        .map(String::from);
        assert_eq!(tables, BTreeSet::from(expected));
        let pragma = |name: &str| -> String {
            conn.query_row(&format!("PRAGMA {name}"), [], |row| {
                row.get::<_, rusqlite::types::Value>(0)
            })
            .map(|value| format!("{value:?}"))
            .expect("pragma")
        };
        assert_eq!(pragma("journal_mode"), r#"Text("wal")"#);
        assert_eq!(pragma("synchronous"), "Integer(2)", "FULL");
        assert_eq!(pragma("foreign_keys"), "Integer(1)");
        assert_eq!(pragma("busy_timeout"), "Integer(2000)");
        assert_eq!(pragma("secure_delete"), "Integer(1)");
    }
    drop(store);
    assert_eq!(
        user_version(&app_data.join(open::FILE_NAME)),
        schema::LATEST
    );
}

#[test]
fn reopening_keeps_data_and_does_not_migrate_again() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store.save_settings(&sample_settings()).expect("save");
    drop(store);
    let schema_before = fs::read(dir.db()).expect("db");

    let mut store = ProgressStore::open(dir.path());
    // Migration steps use CREATE TABLE without IF NOT EXISTS: running one again would fail
    // and the store would fall back to memory with a notice.
    assert_eq!(store.take_notice(), None);
    assert!(store.is_persistent());
    assert_eq!(store.settings(), sample_settings());
    drop(store);
    assert_eq!(user_version(&dir.db()), schema::LATEST);
    assert_eq!(
        fs::read(dir.db()).expect("db"),
        schema_before,
        "opening alone writes nothing"
    );
}

#[test]
fn a_newer_schema_is_kept_and_not_used() {
    let dir = TempDir::new();
    {
        let conn = Connection::open(dir.db()).expect("open");
        conn.execute_batch("CREATE TABLE future (x INTEGER); INSERT INTO future VALUES (7); PRAGMA user_version = 99;")
            .expect("future schema");
    }
    let original = fs::read(dir.db()).expect("db");

    let mut store = ProgressStore::open(dir.path());
    let Some(Notice::NotSaved { reason }) = store.take_notice() else {
        panic!("expected NotSaved");
    };
    assert!(reason.contains("99"), "{reason}");
    assert!(!store.is_persistent());
    store
        .record_step("mitid-login", 2)
        .expect("works in memory");
    assert_eq!(
        store.guide_position("mitid-login"),
        Some(GuidePosition {
            step: 2,
            completed: false
        })
    );
    drop(store);

    assert_eq!(
        fs::read(dir.db()).expect("db"),
        original,
        "the file is untouched"
    );
    assert_eq!(dir.names(), BTreeSet::from([open::FILE_NAME.to_owned()]));
}

#[test]
fn random_bytes_are_set_aside() {
    let dir = TempDir::new();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let garbage: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    fs::write(dir.db(), &garbage).expect("write");
    assert_set_aside(&dir, &garbage);
}

#[test]
fn a_truncated_database_is_set_aside() {
    let dir = TempDir::new();
    let whole = real_database(&dir);
    let half = &whole[..whole.len() / 2];
    fs::write(dir.db(), half).expect("write");
    assert_set_aside(&dir, half);
}

#[test]
fn an_empty_file_is_set_aside() {
    let dir = TempDir::new();
    fs::write(dir.db(), b"").expect("write");
    assert_set_aside(&dir, b"");
}

#[test]
fn a_damaged_databases_journal_moves_with_it() {
    let dir = TempDir::new();
    fs::write(dir.db(), b"not a database at all, just some words").expect("write");
    fs::write(dir.path().join("progress.sqlite-wal"), b"old journal").expect("write");
    let mut store = ProgressStore::open(dir.path());
    let Some(Notice::Recovered { moved_to }) = store.take_notice() else {
        panic!("expected Recovered");
    };
    let wal = PathBuf::from(format!("{}-wal", moved_to.display()));
    assert_eq!(fs::read(wal).expect("moved journal"), b"old journal");
}

#[test]
fn set_aside_names_count_up_within_one_second() {
    let dir = TempDir::new();
    let first = open::aside_path(&dir.db(), 1_700_000_000);
    assert_eq!(first, dir.path().join("progress.sqlite.corrupt-1700000000"));
    fs::write(&first, b"x").expect("write");
    let second = open::aside_path(&dir.db(), 1_700_000_000);
    assert_eq!(
        second,
        dir.path().join("progress.sqlite.corrupt-1700000000-1")
    );
    fs::write(&second, b"x").expect("write");
    assert_eq!(
        open::aside_path(&dir.db(), 1_700_000_000),
        dir.path().join("progress.sqlite.corrupt-1700000000-2")
    );
}

#[test]
fn a_locked_database_is_left_alone() {
    let dir = TempDir::new();
    real_database(&dir);
    let holder = Connection::open(dir.db()).expect("open");
    holder.execute_batch("BEGIN EXCLUSIVE;").expect("lock");
    let original = fs::read(dir.db()).expect("db");

    let mut store = ProgressStore::open(dir.path());
    let Some(Notice::NotSaved { reason }) = store.take_notice() else {
        panic!("expected NotSaved");
    };
    assert!(reason.contains("locked"), "{reason}");
    assert!(!store.is_persistent());
    store
        .save_settings(&sample_settings())
        .expect("works in memory");
    assert_eq!(store.settings(), sample_settings());
    drop(store);

    holder.execute_batch("ROLLBACK;").expect("unlock");
    drop(holder);
    assert_eq!(
        fs::read(dir.db()).expect("db"),
        original,
        "the file is untouched"
    );
    assert!(dir.names().iter().all(|name| !name.contains("corrupt")));
    assert_eq!(
        ProgressStore::open(dir.path()).settings().text_size,
        sample_settings().text_size
    );
}

#[test]
fn a_write_that_fails_mid_session_is_an_error_and_reads_go_on() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store.record_step("mitid-login", 4).expect("step");
    let holder = Connection::open(dir.db()).expect("open");
    holder.execute_batch("BEGIN EXCLUSIVE;").expect("lock");

    let error = store
        .record_step("mitid-login", 5)
        .expect_err("the file is locked");
    let ProgressError::Database { operation, source } = &error else {
        panic!("expected a database error, got {error:?}");
    };
    assert_eq!(*operation, "record a guide step");
    assert_eq!(source.sqlite_error_code(), Some(ErrorCode::DatabaseBusy));
    assert_eq!(store.last_guide(), Some(("mitid-login".into(), 4)));

    holder.execute_batch("ROLLBACK;").expect("unlock");
    store
        .record_step("mitid-login", 5)
        .expect("works again once the lock is gone");
    assert_eq!(store.last_guide(), Some(("mitid-login".into(), 5)));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_runs_in_memory() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new();
    let app_data = dir.path().join("app-data");
    fs::create_dir(&app_data).expect("mkdir");
    fs::set_permissions(&app_data, fs::Permissions::from_mode(0o555)).expect("chmod");
    if fs::write(app_data.join("probe"), b"").is_ok() {
        eprintln!("skipped: this user can write into a read-only folder");
        return;
    }
    let mut store = ProgressStore::open(&app_data);
    assert!(matches!(store.take_notice(), Some(Notice::NotSaved { .. })));
    assert!(!store.is_persistent());
    store
        .complete_guide("mitid-login")
        .expect("works in memory");
    assert_eq!(store.completed_guides(), ["mitid-login"]);
    assert_eq!(fs::read_dir(&app_data).expect("list").count(), 0);
}

#[test]
fn a_folder_that_cannot_be_made_runs_in_memory() {
    let dir = TempDir::new();
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"a file where the app-data folder should be").expect("write");
    let mut store = ProgressStore::open(&blocker.join("app-data"));
    assert!(matches!(store.take_notice(), Some(Notice::NotSaved { .. })));
    assert!(!store.is_persistent());
    store
        .record_step("digital-post", 1)
        .expect("works in memory");
    assert_eq!(store.last_guide(), Some(("digital-post".into(), 1)));
    assert_eq!(
        fs::read(&blocker).expect("file"),
        b"a file where the app-data folder should be"
    );
}

#[test]
fn a_database_path_that_is_a_folder_is_not_moved() {
    let dir = TempDir::new();
    fs::create_dir(dir.db()).expect("mkdir");
    let mut store = ProgressStore::open(dir.path());
    assert!(matches!(store.take_notice(), Some(Notice::NotSaved { .. })));
    assert!(dir.db().is_dir());
    assert_eq!(dir.names(), BTreeSet::from([open::FILE_NAME.to_owned()]));
}

/// Caps the database at the pages it has now: a write that needs one page more then fails with
/// SQLITE_FULL, the error SQLite gives when the disk is full.
fn cap_at_current_size(store: &ProgressStore) {
    let conn = store.conn();
    let pages: i64 = conn
        .pragma_query_value(None, "page_count", |row| row.get(0))
        .expect("page count");
    let cap: i64 = conn
        .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |row| {
            row.get(0)
        })
        .expect("cap");
    assert_eq!(cap, pages);
}

/// Whether a write failed because the disk (here, the cap) is full.
fn is_full(result: &Result<(), ProgressError>) -> bool {
    matches!(result, Err(ProgressError::Database { source, .. })
        if source.sqlite_error_code() == Some(ErrorCode::DiskFull))
}

/// Makes the writes `write(0)`, `write(1)`, … until the capped database has no room for the
/// next; returns how many were made.
fn fill(mut write: impl FnMut(u32) -> Result<(), ProgressError>) -> u32 {
    for n in 0..100_000 {
        let written = write(n);
        if is_full(&written) {
            return n;
        }
        written.expect("a write fails only for want of room");
    }
    panic!("the capped database never filled up");
}

/// Records steps of new guides, with ids in increasing order so each lands at the end of its
/// table, until the capped database has no room; returns how many were written.
fn fill_guides(store: &ProgressStore) -> u32 {
    fill(|n| store.record_step(&format!("fill-{n:06}"), n))
}

#[test]
fn a_full_disk_fails_writes_and_keeps_everything_written_before() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store.save_settings(&sample_settings()).expect("save");
    let plan = vec!["lost-phone".to_owned(), "get-mitid".to_owned()];
    store.save_session_plan(&plan).expect("plan");
    cap_at_current_size(&store);

    let guides = fill_guides(&store);
    assert!(guides > 0, "the last page had room for some");
    let attempts = fill(|n| store.record_practice_attempt("fill-flow", n, 0, true));
    let error = store
        .record_step(&format!("fill-{guides:06}"), 0)
        .expect_err("still full");
    assert_eq!(
        error.to_string(),
        "could not record a guide step: database or disk is full"
    );
    let longer: Vec<String> = (0..200).map(|n| format!("long-plan-guide-{n}")).collect();
    assert!(is_full(&store.save_session_plan(&longer)));
    assert_eq!(store.session_plan(), plan, "a failed plan changes nothing");

    // Reads go on, and show every write that returned.
    assert_eq!(store.settings(), sample_settings());
    let last = guides - 1;
    assert_eq!(store.last_guide(), Some((format!("fill-{last:06}"), last)));
    assert_eq!(attempt_rows(&store).len(), attempts as usize);
    drop(store);

    // With room again (the cap lives only in that connection), nothing is missing.
    let mut store = ProgressStore::open(dir.path());
    assert_eq!(store.take_notice(), None);
    let integrity: String = store
        .conn()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
    let filled: u32 = store
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM guide_progress WHERE guide_id LIKE 'fill-%'",
            [],
            |row| row.get(0),
        )
        .expect("count");
    assert_eq!(filled, guides);
    assert_eq!(attempt_rows(&store).len(), attempts as usize);
    assert_eq!(store.settings(), sample_settings());
    assert_eq!(store.session_plan(), plan);
    store
        .record_step(&format!("fill-{guides:06}"), 0)
        .expect("writes work again");
}

#[test]
fn a_full_disk_turns_saves_into_a_notice_in_the_users_language_and_the_app_goes_on() {
    use crate::content::ContentStore;
    use crate::l10n::{id, Chain, Localizer};
    use crate::state::AppState;

    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store
        .save_settings(&Settings {
            locale: Some("so".into()),
            ..Settings::default()
        })
        .expect("save");
    cap_at_current_size(&store);
    let guides = fill_guides(&store);

    let l10n = Localizer::embedded().expect("built-in texts");
    let content = ContentStore::embedded().expect("built-in content");
    let state = AppState::new(l10n, content, store, &[]).expect("the app state");
    let ui = state.ui_view().expect("the home view");
    assert_eq!((ui.locale.as_str(), ui.notice), ("so", None));

    let texts = Localizer::embedded().expect("built-in texts");
    let not_saved = |tag: &str| {
        let chain = Chain::new(texts.locale(tag).expect("a built-in language"), None);
        texts.format(&chain, id::NOTICE_PROGRESS_NOT_SAVED, None)
    };
    assert_ne!(not_saved("so"), not_saved("da"));

    // A step of a guide not stepped through yet needs room the disk does not have.
    state
        .record_step("what-is-mitid", 1)
        .expect("the app goes on");
    let ui = state.ui_view().expect("the home view");
    assert_eq!(ui.notice, Some(not_saved("so")));
    state
        .guide_view("what-is-mitid")
        .expect("guides still open");

    // The user changes language and reads the notice; the next failed save says it again,
    // now in Arabic.
    let ui = state.set_locale("ar").expect("the language changes");
    assert_eq!(ui.locale, "ar");
    state.dismiss_notice();
    assert_eq!(state.ui_view().expect("view").notice, None);
    state.record_step("get-mitid", 0).expect("the app goes on");
    assert_eq!(state.ui_view().expect("view").notice, Some(not_saved("ar")));
    drop(state);

    let mut store = ProgressStore::open(dir.path());
    assert_eq!(store.take_notice(), None);
    let filled: u32 = store
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM guide_progress WHERE guide_id LIKE 'fill-%'",
            [],
            |row| row.get(0),
        )
        .expect("count");
    assert_eq!(
        filled, guides,
        "what was saved before the disk filled is kept"
    );
}

#[test]
fn settings_default_on_first_start() {
    let dir = TempDir::new();
    let settings = ProgressStore::open(dir.path()).settings();
    assert_eq!(
        settings,
        Settings {
            locale: None,
            second_language: "en".into(),
            text_size: 100,
            high_contrast: false
        }
    );
    assert_eq!(ProgressStore::open_in_memory().settings(), settings);
}

#[test]
fn settings_round_trip_and_survive_reopening() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store.save_settings(&sample_settings()).expect("save");
    assert_eq!(store.settings(), sample_settings());
    let cleared = Settings {
        locale: None,
        ..sample_settings()
    };
    store.save_settings(&cleared).expect("save");
    drop(store);
    assert_eq!(ProgressStore::open(dir.path()).settings(), cleared);
}

#[test]
fn settings_serialize_in_camel_case() {
    let json = serde_json::to_value(sample_settings()).expect("json");
    assert_eq!(
        json,
        serde_json::json!({"locale": "ar", "secondLanguage": "da", "textSize": 150, "highContrast": true})
    );
}

#[test]
fn invalid_settings_are_rejected_and_not_stored() {
    let store = ProgressStore::open_in_memory();
    store.save_settings(&sample_settings()).expect("save");
    for size in [0, 99, 201, u16::MAX] {
        let error = store
            .save_settings(&Settings {
                text_size: size,
                ..Settings::default()
            })
            .expect_err("out of range");
        assert!(
            matches!(error, ProgressError::TextSize(s) if s == size),
            "{error}"
        );
    }
    for tag in [
        "",
        "ar EG",
        "-ar",
        "ar--EG",
        "abcdefghi",
        "Mit kodeord er hemmeligt",
    ] {
        let error = store
            .save_settings(&Settings {
                locale: Some(tag.into()),
                ..Settings::default()
            })
            .expect_err("not a tag");
        assert!(
            matches!(
                error,
                ProgressError::LanguageTag {
                    setting: "locale",
                    ..
                }
            ),
            "{error}"
        );
        let error = store
            .save_settings(&Settings {
                second_language: tag.into(),
                ..Settings::default()
            })
            .expect_err("not a tag");
        assert!(
            matches!(
                error,
                ProgressError::LanguageTag {
                    setting: "second_language",
                    ..
                }
            ),
            "{error}"
        );
    }
    assert_eq!(store.settings(), sample_settings());
    assert_eq!(
        ProgressError::TextSize(250).to_string(),
        "text size 250% is outside 100..=200%"
    );
}

#[test]
fn garbage_settings_read_back_as_defaults() {
    let dir = TempDir::new();
    ProgressStore::open(dir.path())
        .save_settings(&sample_settings())
        .expect("save");
    let garbage = [
        ("locale", "not a tag!"),
        ("second_language", ""),
        ("text_size", "huge"),
        ("high_contrast", "maybe"),
        ("from_the_future", "whatever"),
    ];
    {
        let conn = Connection::open(dir.db()).expect("open");
        for (key, value) in garbage {
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
                [key, value],
            )
            .expect("garbage");
        }
    }
    assert_eq!(
        ProgressStore::open(dir.path()).settings(),
        Settings::default()
    );

    Connection::open(dir.db())
        .expect("open")
        .execute(
            "UPDATE settings SET value = '250' WHERE key = 'text_size'",
            [],
        )
        .expect("out of range");
    assert_eq!(ProgressStore::open(dir.path()).settings().text_size, 100);
}

#[test]
fn guide_progress_round_trips_and_survives_reopening() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    assert_eq!(store.guide_position("mitid-login"), None);
    assert_eq!(store.last_guide(), None);
    assert!(store.completed_guides().is_empty());

    store.record_step("mitid-login", 2).expect("step");
    store.record_step("digital-post", 5).expect("step");
    store.record_step("mitid-login", 3).expect("step");
    assert_eq!(
        store.last_guide(),
        Some(("mitid-login".into(), 3)),
        "the most recent, not the newest row"
    );
    store.complete_guide("mitid-login").expect("complete");
    store
        .complete_guide("borger-dk")
        .expect("complete a guide never stepped through");
    assert_eq!(store.last_guide(), Some(("mitid-login".into(), 3)));
    store.record_step("digital-post", 6).expect("step");
    drop(store);

    let store = ProgressStore::open(dir.path());
    assert_eq!(
        store.guide_position("mitid-login"),
        Some(GuidePosition {
            step: 3,
            completed: true
        })
    );
    assert_eq!(
        store.guide_position("digital-post"),
        Some(GuidePosition {
            step: 6,
            completed: false
        })
    );
    assert_eq!(
        store.guide_position("borger-dk"),
        Some(GuidePosition {
            step: 0,
            completed: true
        })
    );
    assert_eq!(store.last_guide(), Some(("digital-post".into(), 6)));
    assert_eq!(store.completed_guides(), ["borger-dk", "mitid-login"]);

    store.record_step("mitid-login", 1).expect("revisit");
    assert_eq!(
        store.guide_position("mitid-login"),
        Some(GuidePosition {
            step: 1,
            completed: true
        }),
        "going back keeps the guide completed"
    );
}

#[test]
fn malformed_ids_are_rejected() {
    let store = ProgressStore::open_in_memory();
    let long = "g".repeat(65);
    for id in [
        "",
        "mitid login",
        "MitID",
        "-mitid",
        "mitid-",
        "æøå",
        "a/b",
        "a_b",
        long.as_str(),
    ] {
        assert!(
            matches!(store.record_step(id, 1), Err(ProgressError::Id { .. })),
            "{id:?}"
        );
        assert!(
            matches!(store.complete_guide(id), Err(ProgressError::Id { .. })),
            "{id:?}"
        );
        assert!(
            matches!(
                store.record_practice_attempt(id, 0, 0, true),
                Err(ProgressError::Id { .. })
            ),
            "{id:?}"
        );
    }
    assert_eq!(store.last_guide(), None);
    assert!(attempt_rows(&store).is_empty());
}

#[test]
fn forget_everything_starts_over_and_leaves_nothing_on_disk() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store.save_settings(&sample_settings()).expect("save");
    store
        .record_step("unmistakable-guide-4711", 4)
        .expect("step");
    store
        .complete_guide("unmistakable-guide-4711")
        .expect("complete");
    store
        .record_practice_attempt("unmistakable-flow-4711", 1, 2, true)
        .expect("attempt");
    store
        .save_session_plan(&["unmistakable-plan-4711".to_owned()])
        .expect("plan");
    assert!(
        contains(&all_bytes(dir.path()), "unmistakable-guide-4711"),
        "the scan sees stored ids"
    );

    store.forget_everything().expect("forget");
    assert_eq!(store.settings().locale, None);
    assert_eq!(store.settings(), Settings::default());
    assert_eq!(store.guide_position("unmistakable-guide-4711"), None);
    assert_eq!(store.last_guide(), None);
    assert!(store.completed_guides().is_empty());
    assert!(attempt_rows(&store).is_empty());
    let on_disk = all_bytes(dir.path());
    assert!(!contains(&on_disk, "unmistakable-guide-4711"));
    assert!(!contains(&on_disk, "unmistakable-flow-4711"));
    assert!(!contains(&on_disk, "unmistakable-plan-4711"));
    assert!(store.session_plan().is_empty());
    drop(store);

    let mut store = ProgressStore::open(dir.path());
    assert_eq!(store.take_notice(), None);
    assert_eq!(
        store.settings().locale,
        None,
        "the next start is a first start"
    );
    assert_eq!(store.last_guide(), None);
    assert!(attempt_rows(&store).is_empty());
    store
        .record_step("mitid-login", 1)
        .expect("usable after forgetting");
}

#[test]
fn practice_attempts_store_counts_and_nothing_typed() {
    // What a learner typed into a practice screen; the practice flow only reports counts.
    const TYPED: &str = "Fatima-kodeord-0101-4455";
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    let typed_in_a_screen = TYPED.to_owned();
    let mistakes = u32::from(typed_in_a_screen != "expected");
    store
        .record_practice_attempt("mitid-login-practice", mistakes, 2, false)
        .expect("attempt");
    store
        .record_practice_attempt("mitid-login-practice", 0, 0, true)
        .expect("attempt");
    assert_eq!(
        attempt_rows(&store),
        [
            ("mitid-login-practice".into(), 1, 2, false),
            ("mitid-login-practice".into(), 0, 0, true)
        ]
    );
    drop(store);

    let on_disk = all_bytes(dir.path());
    assert!(
        contains(&on_disk, "mitid-login-practice"),
        "the scan sees what is stored"
    );
    assert!(!contains(&on_disk, TYPED));
}

#[test]
fn the_schema_has_text_only_for_ids_and_setting_values() {
    let store = ProgressStore::open_in_memory();
    let conn = store.conn();
    let columns: Vec<(String, String, String, bool)> = conn
        .prepare(
            "SELECT t.name, c.name, c.type, t.strict FROM pragma_table_list AS t
             JOIN pragma_table_info(t.name) AS c
             WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%'",
        )
        .expect("prepare")
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows");
    assert!(!columns.is_empty());
    assert!(
        columns.iter().all(|(.., strict)| *strict),
        "STRICT tables keep number columns from holding text"
    );
    let text: BTreeSet<(&str, &str)> = columns
        .iter()
        .filter(|(_, _, kind, _)| kind != "INTEGER")
        .map(|(table, column, ..)| (table.as_str(), column.as_str()))
        .collect();
    assert_eq!(
        text,
        BTreeSet::from([
            ("guide_progress", "guide_id"),
            ("practice_attempts", "flow_id"),
            ("session_plan", "guide_id"),
            ("settings", "key"),
            ("settings", "value"),
        ])
    );
}

#[test]
fn progress_survives_a_drop_without_close() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    store.record_step("mitid-login", 7).expect("step");
    store
        .record_practice_attempt("mitid-login-practice", 1, 0, true)
        .expect("attempt");
    drop(store);

    let store = ProgressStore::open(dir.path());
    assert_eq!(store.last_guide(), Some(("mitid-login".into(), 7)));
    assert_eq!(attempt_rows(&store).len(), 1);
    let integrity: String = store
        .conn()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
}

/// Set in the child process of the hard-kill test to the folder it writes to before aborting.
const CRASH_DIR: &str = "TRINVIS_PROGRESS_CRASH_DIR";

#[test]
fn progress_survives_a_hard_kill() {
    if let Some(dir) = env::var_os(CRASH_DIR) {
        let store = ProgressStore::open(Path::new(&dir));
        store.save_settings(&sample_settings()).expect("save");
        store.record_step("mitid-login", 9).expect("step");
        std::process::abort();
    }
    let dir = TempDir::new();
    let status = Command::new(env::current_exe().expect("test binary"))
        .args(["progress_survives_a_hard_kill", "--test-threads=1"])
        .env(CRASH_DIR, dir.path())
        .status()
        .expect("run the child");
    assert!(!status.success(), "the child aborts");
    assert!(
        dir.path().join("progress.sqlite-wal").exists(),
        "the child left an unmerged journal"
    );

    let mut store = ProgressStore::open(dir.path());
    assert_eq!(store.take_notice(), None);
    assert_eq!(store.settings(), sample_settings());
    assert_eq!(store.last_guide(), Some(("mitid-login".into(), 9)));
    let integrity: String = store
        .conn()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
}

/// Set in the kill loop's writer to the folder it writes to.
const KILL_DIR: &str = "TRINVIS_PROGRESS_KILL_DIR";
/// Set in the kill loop's writer to the round it is in, which names everything it writes.
const KILL_ROUND: &str = "TRINVIS_PROGRESS_KILL_ROUND";
/// Replaces the kill loop's random seed, to try a failed run's kill moments again.
const KILL_SEED: &str = "TRINVIS_PROGRESS_KILL_SEED";
/// How many times the kill loop kills its writer.
const KILLS: u32 = 120;
/// What the writer prints, before the step's number, once every write of a step has returned.
const WROTE: &str = "wrote step ";

/// A small xorshift generator: the kill moments need to vary, not to be unpredictable.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

/// The session plan the writer saves at a step: its length changes from step to step, so a plan
/// written halfway would show.
fn kill_plan(round: u32, step: u32) -> Vec<String> {
    (0..=step % 4)
        .map(|k| format!("plan-{round}-{step}-{k}"))
        .collect()
}

/// The kill loop's writer: each step records a guide step, then a practice attempt, then a new
/// session plan, and only then reports the step on standard output, which the test harness does
/// not capture when written to directly.
fn write_until_killed(dir: &Path, round: u32) -> ! {
    let store = ProgressStore::open(dir);
    let guide = format!("kill-{round}");
    let mut out = std::io::stdout();
    // A writer whose parent died stops by itself.
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut step = 0;
    while Instant::now() < deadline {
        store.record_step(&guide, step).expect("step");
        store
            .record_practice_attempt("kill-loop", round, step, true)
            .expect("attempt");
        store
            .save_session_plan(&kill_plan(round, step))
            .expect("plan");
        writeln!(out, "{WROTE}{step}")
            .and_then(|()| out.flush())
            .expect("report");
        step += 1;
    }
    std::process::exit(0)
}

/// What one round's writes left in the store: the guide's step and the attempts' step numbers.
fn round_in_store(store: &ProgressStore, round: u32) -> (Option<u32>, Vec<u32>) {
    let step = store
        .guide_position(&format!("kill-{round}"))
        .map(|p| p.step);
    let attempts = store
        .conn()
        .prepare("SELECT hints FROM practice_attempts WHERE mistakes = ?1 ORDER BY id")
        .expect("prepare")
        .query_map([round], |row| row.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows");
    (step, attempts)
}

/// Every round's guide step and number of attempts, as the store holds them now.
fn every_round(store: &ProgressStore) -> BTreeMap<u32, (u32, u32)> {
    store
        .conn()
        .prepare(
            "SELECT round, step, (SELECT COUNT(*) FROM practice_attempts
                                  WHERE flow_id = 'kill-loop' AND mistakes = round)
             FROM (SELECT CAST(substr(guide_id, 6) AS INTEGER) AS round, step
                   FROM guide_progress WHERE guide_id LIKE 'kill-%')",
        )
        .expect("prepare")
        .query_map([], |row| Ok((row.get(0)?, (row.get(1)?, row.get(2)?))))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

#[cfg(unix)]
#[test]
fn progress_survives_a_hundred_hard_kills_at_random_moments() {
    use std::io::{BufRead, BufReader, Read};
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;

    if let Some(dir) = env::var_os(KILL_DIR) {
        let round = env::var(KILL_ROUND)
            .ok()
            .and_then(|r| r.parse().ok())
            .expect("the round is set with the folder");
        write_until_killed(Path::new(&dir), round);
    }
    let seed = env::var(KILL_SEED)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let nanos = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos());
            // xorshift never leaves zero.
            (nanos as u64) | 1
        });
    let mut random = Random(seed);
    let dir = TempDir::new();
    // The store exists before the first kill, as it does for anyone with progress to lose.
    drop(ProgressStore::open(dir.path()));

    let started = Instant::now();
    let mut kept: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    let mut plan: Vec<String> = Vec::new();
    let mut while_writing = 0;
    // How many kills found 0, 1, 2 or 3 of the step under way's writes made.
    let mut landed = [0; 4];
    for round in 0..KILLS {
        let context = format!("round {round} ({KILL_SEED}={seed})");
        let mut child = Command::new(env::current_exe().expect("test binary"))
            .args([
                "progress::tests::progress_survives_a_hundred_hard_kills_at_random_moments",
                "--exact",
                "--test-threads=1",
            ])
            .env(KILL_DIR, dir.path())
            .env(KILL_ROUND, round.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the writer starts");
        let mut output = BufReader::new(child.stdout.take().expect("piped"));
        let mut seen = String::new();
        // Most kills come a random moment after the first step is written; the rest a random
        // moment after the start, so some land while the store is being opened.
        if random.below(4) != 0 {
            while !seen.contains(WROTE) {
                let before = seen.len();
                output.read_line(&mut seen).expect("the writer's output");
                assert!(seen.len() > before, "{context}: the writer ended: {seen}");
            }
        }
        std::thread::sleep(Duration::from_micros(random.below(15_000)));
        child.kill().expect("SIGKILL is sent");
        let status = child.wait().expect("the writer is reaped");
        output
            .read_to_string(&mut seen)
            .expect("the writer's output");
        assert_eq!(
            status.signal(),
            Some(9),
            "{context}: the writer ended before it was killed: {seen}"
        );
        let reported: Vec<u32> = seen
            .lines()
            // The harness prints the test's name, without a line break, before the first report.
            .filter_map(|line| line.split_once(WROTE).map(|(_, n)| n))
            .map(|n| n.parse().expect("a step number"))
            .collect();
        assert!(
            reported.iter().copied().eq(0..reported.len() as u32),
            "{context}: {reported:?}"
        );
        let last = reported.last().copied();
        if last.is_some() {
            while_writing += 1;
        }

        let mut store = ProgressStore::open(dir.path());
        assert_eq!(store.take_notice(), None, "{context}: nothing to recover");
        assert!(store.is_persistent(), "{context}");
        let integrity: String = store
            .conn()
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .expect("check");
        assert_eq!(integrity, "ok", "{context}");

        // Every reported step is there; of the step under way when the kill came, its writes
        // are there in the order they were made, each whole or not at all.
        let (step, attempts) = round_in_store(&store, round);
        let done = last.map_or(0, |l| l + 1);
        assert!(
            attempts.iter().copied().eq(0..attempts.len() as u32),
            "{context}: attempts {attempts:?}"
        );
        let attempts = attempts.len() as u32;
        let now_plan = store.session_plan();
        let under_way_plan = kill_plan(round, done);
        let state = (step, attempts, now_plan == under_way_plan);
        let allowed = [
            (last, done, false),
            (Some(done), done, false),
            (Some(done), done + 1, false),
            (Some(done), done + 1, true),
        ];
        let writes_under_way = allowed.iter().position(|a| *a == state).unwrap_or_else(|| {
            panic!(
                "{context}: reported {last:?}, stored (step, attempts, plan under way) {state:?}"
            )
        });
        landed[writes_under_way] += 1;
        let plan_before = last.map_or(plan.clone(), |l| kill_plan(round, l));
        assert!(
            now_plan == plan_before || now_plan == under_way_plan,
            "{context}: the session plan is {now_plan:?}"
        );
        plan = now_plan;

        // Nothing an earlier round left has gone since.
        let rounds = every_round(&store);
        if let Some(step) = step {
            kept.insert(round, (step, attempts));
        }
        assert_eq!(rounds, kept, "{context}");
    }
    eprintln!(
        "{KILLS} hard kills in {:.1?}, {while_writing} after a step was written; \
         the step under way had 0, 1, 2, 3 of its writes made: {landed:?} ({KILL_SEED}={seed})",
        started.elapsed()
    );
    assert!(
        while_writing >= KILLS / 2,
        "only {while_writing} of {KILLS} kills came while steps were being written"
    );
}

#[test]
fn the_session_plan_keeps_its_order_and_refuses_malformed_ids() {
    let dir = TempDir::new();
    let store = ProgressStore::open(dir.path());
    let plan: Vec<String> = ["lost-phone", "what-is-mitid", "get-mitid"]
        .map(String::from)
        .to_vec();
    store.save_session_plan(&plan).expect("plan");
    let shorter = vec![plan[1].clone()];
    store
        .save_session_plan(&shorter)
        .expect("a shorter plan replaces it");
    store.save_session_plan(&plan).expect("plan again");
    drop(store);
    let store = ProgressStore::open(dir.path());
    assert_eq!(store.session_plan(), plan);
    let refused = store.save_session_plan(&["what-is-mitid".to_owned(), "Fatima 0101".to_owned()]);
    assert!(
        matches!(refused, Err(ProgressError::Id { .. })),
        "{refused:?}"
    );
    assert_eq!(store.session_plan(), plan, "a refused plan changes nothing");
}

#[test]
fn a_database_from_before_the_session_plan_is_brought_up_to_date_with_its_data() {
    let dir = TempDir::new();
    {
        let mut conn = Connection::open(dir.db()).expect("old database");
        // The first shipped schema, as an older Trinvis left it.
        conn.execute_batch(schema::MIGRATIONS[0])
            .expect("first schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        conn.execute(
            "INSERT INTO guide_progress (guide_id, step, last_used, updated_at) VALUES ('lost-phone', 2, 1, 0)",
            [],
        )
        .expect("old progress");
        let _ = &mut conn;
    }
    let mut store = ProgressStore::open(dir.path());
    assert_eq!(store.take_notice(), None);
    assert_eq!(store.last_guide(), Some(("lost-phone".to_owned(), 2)));
    store
        .save_session_plan(&["lost-phone".to_owned()])
        .expect("the new table is there");
    drop(store);
    assert_eq!(user_version(&dir.db()), schema::LATEST);
}
