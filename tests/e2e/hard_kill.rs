//! The real app killed with SIGKILL at random moments while it saves steps, a hundred times in a
//! row on the same data: the database stays whole, every step seen saved before a kill is there
//! after it, and the next start has nothing to tell.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::Locator;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use trinvis_e2e::{App, DataHome, ARROW_LEFT, ARROW_RIGHT};

/// How many times the app is killed; the point is a scripted loop of at least a hundred.
const KILLS: u32 = 100;
/// Replaces the random seed, to try a failed run's guides, presses and kill moments again.
const SEED: &str = "TRINVIS_E2E_KILL_SEED";
/// The latest a kill is sent after its key press begins. A press's step is saved about 7 ms
/// in, and `kill` itself takes a few ms to start, so kills land on both sides of the save.
const LATEST_KILL_US: u64 = 10_000;
/// Where Tauri keeps this app's data under XDG_DATA_HOME: the identifier in tauri.conf.json.
const APP_DIR: &str = "dk.trinvis.Trinvis";

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

fn database(data: &DataHome) -> PathBuf {
    data.path().join(APP_DIR).join("progress.sqlite")
}

/// A read-only connection: it sees each committed save, and never checkpoints or removes the
/// write-ahead log, so the next start finds the files exactly as the kill left them.
fn reader(path: &Path) -> Connection {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("the progress database can be read")
}

/// Every guide's saved step.
fn saved_steps(conn: &Connection) -> BTreeMap<String, i64> {
    conn.prepare("SELECT guide_id, step FROM guide_progress")
        .expect("prepare")
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

fn saved_step(conn: &Connection, guide: &str) -> Option<i64> {
    conn.query_row(
        "SELECT step FROM guide_progress WHERE guide_id = ?1",
        [guide],
        |row| row.get(0),
    )
    .optional()
    .expect("the step can be read")
}

/// Waits until the reader sees `step` saved for `guide`.
async fn wait_until_saved(conn: &Connection, guide: &str, step: i64, context: &str) {
    let begun = Instant::now();
    while saved_step(conn, guide) != Some(step) {
        assert!(
            begun.elapsed() < Duration::from_secs(10),
            "{context}: step {step} of {guide} never saved"
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// The app's own process, not its WebKit processes.
fn app_process(app: &App, context: &str) -> u32 {
    match app.processes_named("trinvis").as_slice() {
        [pid] => *pid,
        pids => panic!("{context}: one app process to kill, found {pids:?}"),
    }
}

/// Sends SIGKILL to a process and waits until it is gone.
fn kill(pid: u32, context: &str) {
    let status = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(
        status.success(),
        "{context}: the app was running when killed"
    );
    let begun = Instant::now();
    // A killed process stays a zombie until its parent reaps it; its state then reads `Z`.
    while std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.starts_with(" Z"))
    }) {
        assert!(
            begun.elapsed() < Duration::from_secs(10),
            "{context}: the app never died"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_hundred_hard_kills_while_saving_lose_no_saved_step() {
    crate::within(Duration::from_secs(900), async {
        let seed = std::env::var(SEED)
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
        let data = DataHome::new("hard-kills");

        // A returning user: the language is chosen, so every round starts at the home screen.
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='da']").await;
        app.wait_for_lang("da").await;
        let mut guides = Vec::new();
        for button in app
            .client
            .find_all(Locator::Css("button[data-guide]"))
            .await
            .expect("query works")
        {
            let id = button.attr("data-guide").await.expect("attribute read");
            guides.extend(id.filter(|id| !guides.contains(id)));
        }
        assert!(guides.len() > 1, "guides to step through: {guides:?}");
        app.close().await;

        let path = database(&data);
        let started = Instant::now();
        let mut kept = saved_steps(&reader(&path));
        // Kills that came after the save under way was made; the rest came before it.
        let mut landed = 0;
        // From a key press's start to its step seen saved, for the presses not followed by a kill.
        let mut save_times = Vec::new();
        let mut last = None;
        for round in 0..KILLS {
            let context = format!("round {round} ({SEED}={seed})");
            let app = App::launch(&data).await;
            app.element("button[data-guide]").await;
            assert_eq!(
                app.count(".notice-banner").await,
                0,
                "{context}: a kill is nothing to tell"
            );

            let guide = &guides[random.below(guides.len() as u64) as usize];
            app.click(&format!("button[data-guide='{guide}']")).await;
            let (at, total) = app.step_counter().await;
            let (at, total) = (at as i64 - 1, total as i64);
            // Presses go one way only in a round, so the saved step moves one way only and a
            // lost save would show as a step behind the one seen saved.
            let forward = total - 1 - at >= at;
            let room = if forward { total - 1 - at } else { at };
            let presses = room.min(1 + random.below(5) as i64);
            assert!(presses > 0, "{context}: {guide} has more than one step");
            let kill_after = random.below(presses as u64) as i64;
            let delay = Duration::from_micros(random.below(LATEST_KILL_US));

            // A person reads each step: the next press comes once the step shown is saved, so
            // the kill finds one save under way, or none.
            wait_until_saved(&reader(&path), guide, at, &context).await;
            let mut saved_before = at;
            let mut under_way = at;
            for press in 0..presses {
                let key = if forward { ARROW_RIGHT } else { ARROW_LEFT };
                under_way = if forward {
                    at + press + 1
                } else {
                    at - press - 1
                };
                let focused = app
                    .client
                    .active_element()
                    .await
                    .unwrap_or_else(|e| panic!("{context}: no focused element: {e}"));
                let begun = Instant::now();
                if press == kill_after {
                    // The kill comes while the key is being handled: WebDriver answers the press
                    // only once the page has handled it, and the step saved with it.
                    let pid = app_process(&app, &context);
                    let killing = context.clone();
                    let killer = std::thread::spawn(move || {
                        std::thread::sleep(delay);
                        kill(pid, &killing);
                    });
                    // Fails when the kill comes first, as it should.
                    let _answer = focused.send_keys(&key.to_string()).await;
                    if let Err(panic) = killer.join() {
                        std::panic::resume_unwind(panic);
                    }
                    break;
                }
                // Watched from another thread, so the moment the step is saved is seen even
                // while WebDriver has not yet answered the press.
                let watching = (path.clone(), guide.clone(), context.clone());
                let watcher = std::thread::spawn(move || {
                    let (path, guide, context) = watching;
                    let conn = reader(&path);
                    while saved_step(&conn, &guide) != Some(under_way) {
                        assert!(
                            begun.elapsed() < Duration::from_secs(10),
                            "{context}: step {under_way} of {guide} never saved"
                        );
                        std::thread::sleep(Duration::from_micros(200));
                    }
                    begun.elapsed()
                });
                focused
                    .send_keys(&key.to_string())
                    .await
                    .unwrap_or_else(|e| panic!("{context}: key press failed: {e}"));
                match watcher.join() {
                    Ok(saved_after) => save_times.push(saved_after),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
                saved_before = under_way;
            }
            drop(app);

            let after = reader(&path);
            let integrity: String = after
                .query_row("PRAGMA integrity_check", [], |row| row.get(0))
                .expect("the check runs");
            assert_eq!(integrity, "ok", "{context}");
            let mut now = saved_steps(&after);
            let stored = now.remove(guide);
            assert!(
                stored == Some(saved_before) || stored == Some(under_way),
                "{context}: {guide} is saved at {stored:?}; step {saved_before} was saved before \
                 the kill, and step {under_way} was under way"
            );
            if stored == Some(under_way) {
                landed += 1;
            }
            let stored = stored.unwrap_or(saved_before);
            // Nothing an earlier round saved, in any other guide, has gone since.
            let mut before = kept.clone();
            before.remove(guide);
            assert_eq!(now, before, "{context}: the other guides");
            kept.insert(guide.clone(), stored);
            last = Some((guide.clone(), stored));
        }
        save_times.sort();
        eprintln!(
            "{KILLS} hard kills of the app in {:.1?}, each 0-{} ms into a key press: {landed} came \
             after the press's step was saved, {} before; a press's step is saved {:.1?} after \
             it at the median ({SEED}={seed})",
            started.elapsed(),
            LATEST_KILL_US / 1000,
            KILLS - landed,
            save_times.get(save_times.len() / 2).copied().unwrap_or_default(),
        );
        assert!(
            landed > 0 && landed < KILLS,
            "the kills came on both sides of a save: {landed} of {KILLS} after it"
        );

        // The app starts as usual on what the kills left, and opens the last guide where its
        // saved step is.
        let (guide, stored) = last.expect("a round ran");
        let app = App::launch(&data).await;
        app.element("button[data-guide]").await;
        assert_eq!(
            app.count(".notice-banner").await,
            0,
            "nothing to tell after the last kill"
        );
        app.click(&format!("button[data-guide='{guide}']")).await;
        assert_eq!(
            app.step_counter().await.0 as i64,
            stored + 1,
            "{guide} opens at its saved step"
        );
        app.close().await;
    });
}
