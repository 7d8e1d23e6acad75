//! Faults met at launch, through the core as the window uses it: a translator folder that cannot
//! be used is told with the start-up notice, in the language the user then picks, beside a
//! damaged progress file's notice, and nothing of it stops the app.

use std::path::{Path, PathBuf};

use trinvis::l10n::{id, Args, Chain, Localizer};
use trinvis::state::AppState;

/// A data folder for one test, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("trinvis-faults-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary folder");
        Self(dir)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Starts the core as the window does with `--translate folder`.
fn launch(data: &Path, folder: &Path) -> AppState {
    let state = trinvis::core_state(data, &[]).expect("the core starts");
    if let Err(error) = state.start_translation(folder) {
        state.tell_refused_translation(error);
    }
    state
}

/// A message from the built-in texts in one language.
fn message(tag: &str, message: trinvis::l10n::MessageId, args: Option<&Args>) -> String {
    let l10n = Localizer::embedded().expect("built-in texts");
    let chain = Chain::new(l10n.locale(tag).expect("a built-in language"), None);
    l10n.format(&chain, message, args)
}

#[test]
fn a_translator_folder_refused_at_launch_is_told_once_in_the_users_language() {
    let data = Folder::new("refused");
    std::fs::write(data.0.join("progress.sqlite"), b"not a database").expect("a damaged file");
    let missing = data.0.join("no-such-locales");
    let state = launch(&data.0, &missing);
    assert!(!state.translating(), "the built-in texts stay in force");

    let ui = state.set_locale("so").expect("the user picks Somali");
    let root = Args::new().text("root", missing.display().to_string());
    let no_root = message("so", id::CHECK_NO_ROOT, Some(&root));
    let recovered = message("so", id::NOTICE_PROGRESS_RECOVERED, None);
    assert_ne!(no_root, message("da", id::CHECK_NO_ROOT, Some(&root)));
    assert_eq!(ui.notice, Some(format!("{recovered} {no_root}")));
    state
        .guide_view("what-is-mitid")
        .expect("the app goes on in its own texts");

    state.dismiss_notice();
    assert_eq!(state.ui_view().expect("the view").notice, None, "told once");
}

#[test]
fn a_folder_that_works_later_clears_the_refusal() {
    let data = Folder::new("later");
    let state = launch(&data.0, &data.0.join("no-such-locales"));
    assert!(state.ui_view().expect("the view").notice.is_some());
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    state
        .start_translation(&locales)
        .expect("the project's own locales");
    assert_eq!(state.ui_view().expect("the view").notice, None);
}
