//! Trinvis: practise Danish public digital self-service step by step, in your own language.
//! This file only wires the Tauri builder; the core lives in the modules below and knows no Tauri.

pub mod commands;
pub mod l10n;
pub mod state;
pub mod views;

use tauri::{Manager, Runtime};

use l10n::{id, Localizer};
use state::AppState;

/// Why the app could not start; printed to standard error for whoever launched it.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The built-in locale files could not be loaded.
    #[error("the built-in locale files could not be loaded: {0}")]
    Locales(#[from] l10n::L10nError),
    /// The window system failed.
    #[error("the window could not be opened: {0}")]
    Window(#[from] tauri::Error),
}

/// Adds Trinvis's state and commands to a builder of any runtime, so tests can use the mock one.
pub fn with_core<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::load_ui,
            commands::set_locale
        ])
}

/// Opens the Trinvis window and runs until it is closed.
pub fn run() -> Result<(), StartError> {
    let os_locales: Vec<String> = sys_locale::get_locales().collect();
    let state = AppState::new(Localizer::embedded()?, &os_locales);
    let title = state.l10n().format(&state.chain(), id::WINDOW_TITLE, None);
    with_core(tauri::Builder::default(), state)
        .setup(move |app| {
            if let Some(window) = app.get_webview_window("main") {
                window.set_title(&title)?;
            }
            Ok(())
        })
        .run(tauri::generate_context!())?;
    Ok(())
}
