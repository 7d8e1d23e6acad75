//! Bad files a person can meet: a damaged progress database (random bytes, or cut short) is set
//! aside, a locked one and a read-only or missing app-data folder are left alone while the
//! session runs in memory; each time the app starts, works, and tells the user once, in their
//! language, and what was saved before is there again once the file can be used.

use std::path::{Path, PathBuf};
use std::process::Command;

use rusqlite::Connection;
use trinvis_e2e::{message, App, DataHome};

/// Where Tauri keeps this app's data under XDG_DATA_HOME: the identifier in tauri.conf.json.
const APP_DIR: &str = "dk.trinvis.Trinvis";

/// The guide the tests step into, so there is a place to continue from.
const GUIDE: &str = "what-is-mitid";

fn step_title(locale: &str, step: &str) -> String {
    message(locale, &format!("guide-{GUIDE}-{step}-title"))
}

fn database(data: &DataHome) -> PathBuf {
    data.path().join(APP_DIR).join("progress.sqlite")
}

/// Starts the app, picks `lang` on the first-start screen and steps once into a guide: the
/// database then holds a language and a place to continue from.
async fn make_progress(data: &DataHome, lang: &str) {
    let app = App::launch(data).await;
    app.click(&format!("button.language-option[lang='{lang}']"))
        .await;
    app.wait_for_lang(lang).await;
    app.click(&format!("button[data-guide='{GUIDE}']")).await;
    app.wait_for_text("h1", &step_title(lang, "what")).await;
    app.click(".step-next").await;
    app.wait_for_text("h1", &step_title(lang, "free-and-age"))
        .await;
    app.close().await;
    // Everything into the file itself, as a clean close leaves it; the step is really there.
    let conn = Connection::open(database(data)).expect("the app made its database");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    let step: u32 = conn
        .query_row(
            "SELECT step FROM guide_progress WHERE guide_id = ?1",
            [GUIDE],
            |row| row.get(0),
        )
        .expect("the step is saved");
    assert_eq!(step, 1);
}

/// Picks `lang` on the first-start screen, which comes again when the saved language cannot be
/// read, and waits for the notice `id` in that language.
async fn choose_and_read_notice(app: &App, lang: &str, id: &str) {
    app.click(&format!("button.language-option[lang='{lang}']"))
        .await;
    app.wait_for_lang(lang).await;
    app.wait_for_text(".notice-message", &message(lang, id))
        .await;
}

/// Steps through a guide with the notice read: the app works for this session.
async fn keep_working(app: &App, lang: &str) {
    app.click(".notice-banner button").await;
    app.click(&format!("button[data-guide='{GUIDE}']")).await;
    app.wait_for_text("h1", &step_title(lang, "what")).await;
    app.click(".step-next").await;
    app.wait_for_text("h1", &step_title(lang, "free-and-age"))
        .await;
    app.click(".step-next").await;
    app.wait_for_text("h1", &step_title(lang, "user-id")).await;
}

/// Starts the app and checks it comes back in `lang` at the saved place, with nothing to tell.
async fn assert_progress_kept(data: &DataHome, lang: &str) {
    let app = App::launch(data).await;
    app.wait_for_lang(lang).await;
    app.wait_for_text(
        ".resume-guide",
        &message(lang, &format!("guide-{GUIDE}-title")),
    )
    .await;
    app.click(".resume-card button").await;
    app.wait_for_text("h1", &step_title(lang, "free-and-age"))
        .await;
    assert_eq!(
        app.count(".notice-banner").await,
        0,
        "nothing to tell once the file is usable"
    );
    app.close().await;
}

/// The files set aside in the app-data folder.
fn set_aside(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("app data folder")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.sqlite.corrupt-")
        })
        .map(|e| e.path())
        .collect()
}

#[test]
fn a_corrupt_progress_file_is_kept_aside_and_the_user_is_told_once() {
    crate::within_limit(async {
        let data = DataHome::new("corrupt");
        let dir = data.path().join(APP_DIR);
        std::fs::create_dir_all(&dir).expect("app data folder");
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        std::fs::write(dir.join("progress.sqlite"), &garbage).expect("write garbage");

        let app = App::launch(&data).await;
        app.click("button.language-option[lang='en']").await;
        app.wait_for_text(
            ".notice-message",
            &message("en", "notice-progress-recovered"),
        )
        .await;
        app.screenshot("notice-recovered-en").await;
        app.click(".notice-banner button").await;
        assert_eq!(
            app.count(".notice-banner").await,
            0,
            "the notice is gone once read"
        );
        app.close().await;

        let aside: Vec<_> = std::fs::read_dir(&dir)
            .expect("app data folder")
            .filter_map(|e| e.ok())
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("progress.sqlite.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1, "the damaged file is kept aside");
        assert_eq!(
            std::fs::read(aside[0].path()).expect("read it"),
            garbage,
            "byte for byte"
        );

        // The next start has the fresh database and nothing to tell.
        let app = App::launch(&data).await;
        app.wait_for_text("h1", &message("en", "home-title")).await;
        assert_eq!(
            app.count(".notice-banner").await,
            0,
            "the notice is given once"
        );
        app.close().await;
    });
}

#[test]
fn a_truncated_progress_file_is_kept_aside_and_the_user_is_told_in_their_language() {
    crate::within_limit(async {
        let data = DataHome::new("truncated");
        make_progress(&data, "ar").await;
        let db = database(&data);
        let whole = std::fs::read(&db).expect("the database");
        let cut = &whole[..whole.len() / 2];
        std::fs::write(&db, cut).expect("cut the file short");

        // The language was in the damaged file too, so the first-start screen comes again.
        let app = App::launch(&data).await;
        choose_and_read_notice(&app, "ar", "notice-progress-recovered").await;
        keep_working(&app, "ar").await;
        app.close().await;

        let aside = set_aside(&data.path().join(APP_DIR));
        assert_eq!(aside.len(), 1, "the damaged file is kept aside");
        assert_eq!(std::fs::read(&aside[0]).expect("read it"), cut);
    });
}

#[test]
fn a_locked_progress_file_is_left_alone_and_comes_back_when_released() {
    crate::within_limit(async {
        let data = DataHome::new("locked");
        make_progress(&data, "tr").await;
        let db = database(&data);
        // Another process holding the write lock for longer than the app waits.
        let holder = Connection::open(&db).expect("open");
        holder.execute_batch("BEGIN EXCLUSIVE;").expect("lock");
        let before = std::fs::read(&db).expect("the database");

        let app = App::launch(&data).await;
        choose_and_read_notice(&app, "tr", "notice-progress-not-saved").await;
        keep_working(&app, "tr").await;
        app.close().await;
        assert_eq!(
            std::fs::read(&db).expect("the database"),
            before,
            "the locked file is untouched"
        );
        assert!(set_aside(&data.path().join(APP_DIR)).is_empty());

        holder.execute_batch("ROLLBACK;").expect("unlock");
        drop(holder);
        assert_progress_kept(&data, "tr").await;
    });
}

/// An app-data folder and its files made read-only for this process, and writable again when
/// dropped. Its mode is enough for a user other than root; root writes through any mode, so for
/// root the folder and files are also made immutable with `chattr +i`, which stops root too.
struct ReadOnly {
    paths: Vec<PathBuf>,
    immutable: bool,
}

impl ReadOnly {
    /// Makes `dir` and its files read-only; `None` if this process can still write there.
    fn new(dir: &Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("app data folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.push(dir.to_owned());
        for path in &paths {
            let mode = if path.is_dir() { 0o555 } else { 0o444 };
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        let mut guard = ReadOnly {
            paths,
            immutable: false,
        };
        if writable(dir) {
            guard.immutable = Command::new("chattr")
                .arg("+i")
                .args(&guard.paths)
                .status()
                .is_ok_and(|status| status.success());
            if !guard.immutable || writable(dir) {
                return None;
            }
        }
        Some(guard)
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").args(&self.paths).status();
        }
        for path in &self.paths {
            let mode = if path.is_dir() { 0o755 } else { 0o644 };
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
        }
    }
}

/// Whether this process can make a file in `dir`, or write to its progress database.
fn writable(dir: &Path) -> bool {
    let probe = dir.join("write-probe");
    let made = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    let opened = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("progress.sqlite"))
        .is_ok();
    made || opened
}

#[test]
fn a_read_only_app_data_folder_runs_without_saving_and_says_so() {
    crate::within_limit(async {
        let data = DataHome::new("read-only");
        make_progress(&data, "ur").await;
        let dir = data.path().join(APP_DIR);
        let before = std::fs::read(database(&data)).expect("the database");
        let Some(read_only) = ReadOnly::new(&dir) else {
            eprintln!(
                "skipped: this process can write into a read-only folder and cannot make it \
                 immutable; `a_missing_app_data_folder_that_cannot_be_made_runs_without_saving` \
                 covers an unusable folder"
            );
            return;
        };
        eprintln!(
            "the app-data folder is read-only by {}",
            if read_only.immutable {
                "chattr +i (this process is root)"
            } else {
                "its mode"
            }
        );

        let app = App::launch(&data).await;
        choose_and_read_notice(&app, "ur", "notice-progress-not-saved").await;
        keep_working(&app, "ur").await;
        app.close().await;
        drop(read_only);

        assert_eq!(
            std::fs::read(database(&data)).expect("the database"),
            before,
            "the file is untouched"
        );
        assert_progress_kept(&data, "ur").await;
    });
}

#[test]
fn a_missing_app_data_folder_that_cannot_be_made_runs_without_saving() {
    crate::within_limit(async {
        let data = DataHome::new("no-folder");
        // A file where the folder should be: the folder cannot be made, by root or anyone.
        let blocker = data.path().join(APP_DIR);
        std::fs::write(&blocker, b"not a folder").expect("write");

        let app = App::launch(&data).await;
        choose_and_read_notice(&app, "so", "notice-progress-not-saved").await;
        keep_working(&app, "so").await;
        app.close().await;
        assert_eq!(
            std::fs::read(&blocker).expect("the file"),
            b"not a folder",
            "the file in the way is left as it was"
        );
    });
}
