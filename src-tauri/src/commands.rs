//! The IPC layer: takes what the webview sends, calls the core, and maps errors to typed results.

use serde::Serialize;
use tauri::State;

use crate::state::AppState;
use crate::views::UiView;

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
}

/// The whole UI in the current language.
#[tauri::command]
pub fn load_ui(state: State<'_, AppState>) -> UiView {
    state.ui_view()
}

/// Switches language and returns the UI in it.
#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, tag: String) -> Result<UiView, CommandError> {
    state.set_locale(&tag).map_err(|error| CommandError {
        kind: ErrorKind::UnknownLocale,
        message: state.describe_unknown_locale(&error),
    })
}
