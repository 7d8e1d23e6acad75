//! The IPC layer: takes what the webview sends, calls the core, and maps errors to typed results.
//! Arguments are already typed by Tauri's deserialisation; the core checks every ID against the
//! content, so nothing here trusts the webview.

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State, WebviewUrl, WebviewWindowBuilder};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

use crate::l10n::id;
use crate::l10n::MessageRef;
use crate::plan;
use crate::state::{AppState, CoreError, SettingsChange};
use crate::translation::TranslatorView;
use crate::views::{
    GuideView, HandoutPage, PlanView, PracticeView, PresentationView, SearchView, TermView, UiView,
};

/// The label of the presenter's notes window.
const NOTES_WINDOW: &str = "notes";

/// An error the UI can show: a kind to branch on and a message in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// What went wrong, for the UI to branch on.
    pub kind: ErrorKind,
    /// The explanation, in the user's current language.
    pub message: String,
}

/// The kinds of error a command returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The locale tag names no language Trinvis has.
    UnknownLocale,
    /// The guide or step does not exist.
    UnknownGuide,
    /// The practice flow does not exist.
    UnknownPractice,
    /// A value was outside what the command accepts.
    InvalidInput,
    /// The change could not be saved to disk.
    NotSaved,
    /// Something inside the app failed.
    Internal,
}

type Reply<T> = Result<T, CommandError>;

fn reply<T>(state: &AppState, result: Result<T, CoreError>) -> Reply<T> {
    result.map_err(|error| CommandError {
        kind: match error {
            CoreError::UnknownLocale(_) => ErrorKind::UnknownLocale,
            CoreError::UnknownGuide(_) | CoreError::UnknownStep { .. } => ErrorKind::UnknownGuide,
            CoreError::UnknownFlow(_) => ErrorKind::UnknownPractice,
            CoreError::TextSize(_) | CoreError::NoPractice | CoreError::Practice(_) => {
                ErrorKind::InvalidInput
            }
            CoreError::Progress(_) => ErrorKind::NotSaved,
            CoreError::Translation(_) => ErrorKind::InvalidInput,
            CoreError::Content(_) | CoreError::Window(_) => ErrorKind::Internal,
            CoreError::Plan(plan::PlanError::Write { .. }) => ErrorKind::NotSaved,
            CoreError::Plan(_) => ErrorKind::InvalidInput,
        },
        message: state.describe(&error),
    })
}

/// The UI shell and home screen in the current language.
#[tauri::command]
pub fn load_ui(state: State<'_, AppState>) -> Reply<UiView> {
    reply(&state, state.ui_view())
}

/// Switches language and returns the UI in it.
#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, tag: String) -> Reply<UiView> {
    reply(&state, state.set_locale(&tag))
}

/// Changes the second language, text size and contrast.
#[tauri::command]
pub fn change_settings(state: State<'_, AppState>, change: SettingsChange) -> Reply<UiView> {
    reply(&state, state.change_settings(&change))
}

/// A guide with all its steps, opened where the user left off.
#[tauri::command]
pub fn open_guide(state: State<'_, AppState>, id: String) -> Reply<GuideView> {
    reply(&state, state.guide_view(&id))
}

/// A guide for presenting to a group, Danish beside the audience's language.
#[tauri::command]
pub fn present_guide(
    state: State<'_, AppState>,
    id: String,
    audience: String,
) -> Reply<PresentationView> {
    reply(&state, state.presentation(&id, &audience))
}

/// Opens the presenter's notes in a window of their own, to drag to the screen the group does
/// not see; an open one is brought forward. Async, as a window must not be built on the thread
/// that handles IPC.
#[tauri::command]
pub async fn open_notes_window<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<()> {
    let opened = match app.get_webview_window(NOTES_WINDOW) {
        Some(window) => window.set_focus(),
        None => {
            let url = WebviewUrl::App("index.html?window=notes".into());
            WebviewWindowBuilder::new(&app, NOTES_WINDOW, url)
                .title(state.notes_window_title())
                .inner_size(560.0, 640.0)
                .build()
                .map(|_| ())
        }
    };
    reply(&state, opened.map_err(|e| CoreError::Window(e.to_string())))
}

/// Closes the presenter's notes window, if it is open.
#[tauri::command]
pub fn close_notes_window<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Reply<()> {
    let closed = app
        .get_webview_window(NOTES_WINDOW)
        .map_or(Ok(()), |window| window.close());
    reply(&state, closed.map_err(|e| CoreError::Window(e.to_string())))
}

/// A guide as a printable handout, in `lang` and optionally `also` beside it.
#[tauri::command]
pub fn handout(
    state: State<'_, AppState>,
    id: String,
    lang: String,
    also: Option<String>,
) -> Reply<Vec<HandoutPage>> {
    reply(&state, state.handout(&id, &lang, also.as_deref()))
}

/// The ambassador's session plan.
#[tauri::command]
pub fn session_plan(state: State<'_, AppState>) -> Reply<PlanView> {
    reply(&state, state.session_plan())
}

/// Replaces the session plan with these guides, in this order.
#[tauri::command]
pub fn set_session_plan(state: State<'_, AppState>, guides: Vec<String>) -> Reply<PlanView> {
    reply(&state, state.set_session_plan(&guides))
}

/// A file dialog titled and filtered in the user's language, over the window that asked.
fn plan_dialog<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    window: &tauri::Window<R>,
    title: crate::l10n::MessageId,
) -> FileDialogBuilder<R> {
    let l10n = state.l10n();
    let chain = state.chain();
    app.dialog()
        .file()
        .set_parent(window)
        .set_title(l10n.format(&chain, title, None))
        .add_filter(
            l10n.format(&chain, id::PLAN_FILE_TYPE, None),
            &[plan::EXTENSION],
        )
}

/// Asks where to save the session plan and saves it there; `false` when the user cancels.
/// Async, so the dialog does not block the thread that handles IPC.
#[tauri::command]
pub async fn export_session_plan<R: Runtime>(
    app: AppHandle<R>,
    window: tauri::Window<R>,
    state: State<'_, AppState>,
) -> Reply<bool> {
    let chosen = plan_dialog(&app, &state, &window, id::PLAN_EXPORT_TITLE)
        .set_file_name(plan::DEFAULT_FILE_NAME)
        .blocking_save_file();
    let Some(path) = chosen.and_then(|file| file.into_path().ok()) else {
        return Ok(false);
    };
    reply(&state, state.export_session_plan(&path).map(|()| true))
}

/// Asks for a plan file and makes it the session plan; nothing when the user cancels.
#[tauri::command]
pub async fn import_session_plan<R: Runtime>(
    app: AppHandle<R>,
    window: tauri::Window<R>,
    state: State<'_, AppState>,
) -> Reply<Option<PlanView>> {
    let chosen = plan_dialog(&app, &state, &window, id::PLAN_IMPORT_TITLE).blocking_pick_file();
    let Some(path) = chosen.and_then(|file| file.into_path().ok()) else {
        return Ok(None);
    };
    reply(&state, state.import_session_plan(&path).map(Some))
}

/// Remembers the step the user is on.
#[tauri::command]
pub fn record_step(state: State<'_, AppState>, guide: String, step: u32) -> Reply<()> {
    reply(&state, state.record_step(&guide, step))
}

/// Searches the guides in the current language.
#[tauri::command]
pub fn search(state: State<'_, AppState>, query: String) -> Reply<SearchView> {
    reply(&state, state.search(&query))
}

/// The glossary terms matching a query in the current language; every term without one.
#[tauri::command]
pub fn glossary(state: State<'_, AppState>, query: Option<String>) -> Reply<Vec<TermView>> {
    reply(&state, state.glossary(query.as_deref().unwrap_or_default()))
}

/// Forgets every setting and all progress.
#[tauri::command]
pub fn forget_everything(state: State<'_, AppState>) -> Reply<UiView> {
    reply(&state, state.forget_everything())
}

/// The user has read the notice.
#[tauri::command]
pub fn dismiss_notice(state: State<'_, AppState>) {
    state.dismiss_notice();
}

/// Opens a practice flow at its first screen; with `audience`, run for a group in its language.
#[tauri::command]
pub fn start_practice(
    state: State<'_, AppState>,
    flow: String,
    audience: Option<String>,
) -> Reply<PracticeView> {
    reply(&state, state.start_practice(&flow, audience.as_deref()))
}

/// Changes the group's language in the open practice.
#[tauri::command]
pub fn practice_audience(state: State<'_, AppState>, tag: String) -> Reply<PracticeView> {
    reply(&state, state.practice_audience(&tag))
}

/// Takes an action on the open practice screen.
#[tauri::command]
pub fn practice_act(state: State<'_, AppState>, action: String) -> Reply<PracticeView> {
    reply(&state, state.practice_act(&action))
}

/// Takes text typed into a field of the open practice screen; it is never stored.
#[tauri::command]
pub fn practice_type(
    state: State<'_, AppState>,
    widget: String,
    text: String,
) -> Reply<PracticeView> {
    reply(&state, state.practice_type(&widget, &text))
}

/// The hint for the open practice screen.
#[tauri::command]
pub fn practice_hint(state: State<'_, AppState>) -> Reply<PracticeView> {
    reply(&state, state.practice_hint())
}

/// Points at the right action on the open practice screen.
#[tauri::command]
pub fn practice_show_me(state: State<'_, AppState>) -> Reply<PracticeView> {
    reply(&state, state.practice_show_me())
}

/// Starts the open practice again.
#[tauri::command]
pub fn practice_restart(state: State<'_, AppState>) -> Reply<PracticeView> {
    reply(&state, state.practice_restart())
}

/// The open practice's current screen, in the current language.
#[tauri::command]
pub fn practice_view(state: State<'_, AppState>) -> Reply<PracticeView> {
    reply(&state, state.practice_view())
}

/// The presenter's note for the open practice's screen, or nothing when no notes window is open
/// to show it: a session without presenting then never reads the presenter's notes, which are
/// a third of a locale's text.
#[tauri::command]
pub fn practice_note<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<String>> {
    if app.get_webview_window(NOTES_WINDOW).is_none() {
        return Ok(None);
    }
    reply(&state, state.practice_note().map(Some))
}

/// Longest folder path accepted from the window, in characters: far beyond any real path.
const MAX_FOLDER: usize = 4096;
/// Longest text looked up for its message, in bytes: more than any screen shows in one place.
const MAX_LOOKUP: usize = 16 * 1024;

/// Starts translator mode on a locale folder and watches it for changes.
#[tauri::command]
pub fn translator_start<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    folder: String,
) -> Reply<TranslatorView> {
    // An empty, overlong or impossible path is simply a folder that cannot be read, which the
    // core explains; only the length is bounded here, so nothing huge is echoed back.
    let folder: String = folder.trim().chars().take(MAX_FOLDER).collect();
    let folder = std::path::PathBuf::from(folder);
    let view = reply(&state, state.start_translation(&folder))?;
    crate::watch::watch(&app, &folder);
    Ok(view)
}

/// Ends translator mode: the built-in texts again, and no more watching.
#[tauri::command]
pub fn translator_stop<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<UiView> {
    crate::watch::stop(&app);
    reply(&state, state.stop_translation())
}

/// Translator mode's folder, problems and status, or nothing when it is off.
#[tauri::command]
pub fn translator_view(state: State<'_, AppState>) -> Option<TranslatorView> {
    state.translator_view()
}

/// The messages behind a text on screen, in translator mode.
#[tauri::command]
pub fn translator_lookup(state: State<'_, AppState>, text: String) -> Vec<MessageRef> {
    if text.len() > MAX_LOOKUP {
        return Vec::new();
    }
    state.lookup(&text)
}
