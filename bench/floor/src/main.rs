//! The smallest Tauri window, a page with one line of text: the floor that Trinvis's start, memory
//! and interaction latency are measured against.

// Keeps a console window from opening beside the window in Windows release builds, as for the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    match tauri::Builder::default().run(tauri::generate_context!()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
