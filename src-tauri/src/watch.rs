//! Translator mode's file watching: a change under the folder reloads it and tells the window,
//! so a translator sees a saved file in the app at once.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::AppState;

/// The event the window listens for after each reload.
pub const RELOADED: &str = "translator-reloaded";

/// An editor's save comes as a burst of events (write, rename, attribute change); the folder
/// is loaded once, this long after the last of them.
const SETTLE: Duration = Duration::from_millis(60);

/// The watcher of translator mode's folder, while it is on.
#[derive(Default)]
pub struct Watching(Mutex<Option<RecommendedWatcher>>);

/// Watches `folder` for changes to locale, lock and review files, replacing any earlier watch.
pub fn watch<R: Runtime>(app: &AppHandle<R>, folder: &Path) {
    let (changed, changes) = mpsc::channel::<()>();
    let watcher = notify::recommended_watcher(move |event: notify::Result<Event>| {
        if event.is_ok_and(|event| matters(&event)) {
            // The receiver only goes away with the watcher itself.
            let _ = changed.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(watcher) => watcher,
        Err(error) => {
            eprintln!("{}: {error}", folder.display());
            return;
        }
    };
    if let Err(error) = watcher.watch(folder, RecursiveMode::Recursive) {
        eprintln!("{}: {error}", folder.display());
        return;
    }
    let app_handle = app.clone();
    std::thread::spawn(move || {
        // Ends when the watcher, and with it the sender, is dropped.
        while changes.recv().is_ok() {
            while changes.recv_timeout(SETTLE).is_ok() {}
            let state = app_handle.state::<AppState>();
            if state.reload_translation().is_some() {
                let _ = app_handle.emit(RELOADED, ());
            }
        }
    });
    let watching = app.state::<Watching>();
    *watching.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(watcher);
}

/// Stops watching.
pub fn stop<R: Runtime>(app: &AppHandle<R>) {
    let watching = app.state::<Watching>();
    watching
        .0
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
}

fn matters(event: &Event) -> bool {
    matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
    ) && event.paths.iter().any(|path| {
        matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl" | "lock" | "toml")
        )
    })
}
