//! Trinvis: practise Danish public digital self-service step by step, in your own language.
//! This file only wires the Tauri builder; the core lives in the modules below and knows no Tauri.

pub mod cli;
pub mod commands;
pub mod content;
pub mod l10n;
pub mod plan;
pub mod practice;
pub mod progress;
pub mod state;
pub mod translation;
pub mod views;
mod watch;

use tauri::{Manager, Runtime};

use content::ContentStore;
use l10n::{id, Localizer};
use progress::ProgressStore;
use state::AppState;

/// Why the app could not start; printed to standard error for whoever launched it.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The built-in locale files could not be loaded.
    #[error("the built-in locale files could not be loaded: {0}")]
    Locales(#[from] l10n::L10nError),
    /// The built-in content store could not be opened.
    #[error(transparent)]
    Content(#[from] content::ContentError),
    /// The window system failed.
    #[error("the window could not be opened: {0}")]
    Window(#[from] tauri::Error),
}

/// Registers Trinvis's commands on a builder of any runtime, so tests can use the mock one.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(watch::Watching::default())
        .invoke_handler(tauri::generate_handler![
            commands::load_ui,
            commands::set_locale,
            commands::change_settings,
            commands::open_guide,
            commands::record_step,
            commands::search,
            commands::glossary,
            commands::forget_everything,
            commands::dismiss_notice,
            commands::start_practice,
            commands::practice_act,
            commands::practice_type,
            commands::practice_hint,
            commands::practice_show_me,
            commands::practice_restart,
            commands::practice_view,
            commands::practice_note,
            commands::translator_start,
            commands::translator_stop,
            commands::translator_view,
            commands::translator_lookup,
            commands::present_guide,
            commands::open_notes_window,
            commands::close_notes_window,
            commands::practice_audience,
            commands::handout,
            commands::session_plan,
            commands::set_session_plan,
            commands::export_session_plan,
            commands::import_session_plan,
        ])
}

/// The core state with progress kept in `data_dir`.
pub fn core_state(
    data_dir: &std::path::Path,
    os_locales: &[String],
) -> Result<AppState, StartError> {
    let progress = ProgressStore::open(data_dir);
    Ok(AppState::new(
        Localizer::embedded()?,
        ContentStore::embedded()?,
        progress,
        os_locales,
    )?)
}

/// Has WebKitGTK paint the page itself rather than through its compositor, unless the user chose.
///
/// Trinvis's screens are still text and boxes, which the compositor gains nothing on; where there is
/// no GPU (virtual machines, older library laptops) it renders every frame through software
/// OpenGL, and a step change took 150-250 ms to reach the screen instead of about 30 (see
/// docs/benchmarks.md). Set before the first window, so every window and web process inherits it.
fn paint_without_compositing() {
    set_for_web_process("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
}

/// Has the web process run the page's script in JavaScriptCore's interpreter, with no JIT,
/// unless the user chose.
///
/// The page runs only Trinvis's own bundled script, and the interpreter answers a step change
/// in about the same time; without the JIT the web process keeps no writable and executable
/// memory (as WebKit's own lockdown mode does) and, after a typical session, about 20 MiB less
/// compiled code (docs/benchmarks.md).
fn run_script_without_jit() {
    set_for_web_process("JSC_useJIT", "0");
}

/// Has JavaScriptCore collect the page's garbage soon after the script stops allocating,
/// unless the user chose.
///
/// Without it the timer for an idle collection waits so long that whatever the screens just
/// left behind (a finished guide's objects, and the DOM they keep alive) stayed in the web
/// process until the next screen allocated enough to force a collection: after a session, about
/// half of the starts held 2.5-3 MiB more than the rest. Four times the default rate of 0.0025
/// costs a collection of 1-2 ms a few more times a session (docs/benchmarks.md).
fn collect_script_garbage_when_idle() {
    set_for_web_process("JSC_percentCPUPerMBForEdenTimer", "0.01");
}

/// Sets a variable that WebKit's processes read at their start, unless the user set it already.
/// Called before the first window and before any thread, so every web process inherits it.
fn set_for_web_process(variable: &str, value: &str) {
    if cfg!(target_os = "linux") && std::env::var_os(variable).is_none() {
        std::env::set_var(variable, value);
    }
}

/// The label of the window a person works in, as `tauri.conf.json` and the capabilities name it.
const MAIN_WINDOW: &str = "main";

/// A script that hands the page its first view, so the home screen needs no IPC round trip
/// before it can be drawn: the first call over IPC at start took 20-40 ms while the window was
/// still busy, the longest wait of a start (docs/benchmarks.md). None if the view failed; the
/// page then asks for it and shows the error.
fn first_view_script(state: &AppState) -> Option<String> {
    let view = state.ui_view().ok()?;
    let json = serde_json::to_string(&view).ok()?;
    // JSON is a JavaScript expression; the page takes the view once and only on a first load.
    Some(format!("window.__TRINVIS_FIRST_VIEW__ = {json};"))
}

/// Builds the main window from its configuration (marked `create: false` so that it waits for
/// the state), titled in the user's language and with the first view when there is one. A
/// configuration without it is an error, not an app running with no window.
fn open_main_window<R: Runtime>(
    app: &tauri::App<R>,
    title: &str,
    first_view: Option<String>,
) -> Result<(), tauri::Error> {
    let Some(config) = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
        .cloned()
    else {
        return Err(tauri::Error::WindowNotFound);
    };
    let mut window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.title(title);
    if let Some(script) = first_view {
        window = window.initialization_script(script);
    }
    window.build()?;
    Ok(())
}

/// The window's settings and the UI's files, compiled in once for the window and the command line.
///
/// Expanded in this one place because each expansion embeds every UI file again; the command
/// line's handouts take their fonts from these files rather than holding a copy of their own.
pub fn context() -> tauri::Context {
    tauri::generate_context!()
}

/// Opens the Trinvis window and runs until it is closed; in translator mode on `translate`'s
/// folder when one is given.
pub fn run(
    translate: Option<std::path::PathBuf>,
    context: tauri::Context,
) -> Result<(), StartError> {
    paint_without_compositing();
    run_script_without_jit();
    collect_script_garbage_when_idle();
    let os_locales: Vec<String> = sys_locale::get_locales().collect();
    with_commands(tauri::Builder::default())
        .setup(move |app| {
            let state = core_state(&app.path().app_data_dir()?, &os_locales)?;
            if let Some(folder) = &translate {
                // A folder that cannot be used leaves the app in its own texts, and says why:
                // on the terminal, and in the window for a translator who started from a launcher.
                match state.start_translation(folder) {
                    Ok(_) => watch::watch(app.handle(), folder),
                    Err(error) => {
                        eprintln!("{}", state.describe(&error));
                        state.tell_refused_translation(error);
                    }
                }
            }
            let title = state.l10n().format(&state.chain(), id::WINDOW_TITLE, None);
            let first_view = first_view_script(&state);
            app.manage(state);
            open_main_window(app, &title, first_view)?;
            Ok(())
        })
        .run(context)?;
    Ok(())
}
