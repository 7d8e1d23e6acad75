//! The smallest Tauri window, a page with one line of text: the floor that Trinvis's start, memory
//! and interaction latency are measured against.

// Keeps a console window from opening beside the window in Windows release builds, as for the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    // Painted and scripted as Trinvis paints and scripts (see `paint_without_compositing`,
    // `run_script_without_jit` and `collect_script_garbage_when_idle` in its lib.rs), so the floor
    // differs from the app only in what the app shows, not in how WebKit draws it or runs its
    // script.
    for (variable, value) in [
        ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
        ("JSC_useJIT", "0"),
        ("JSC_percentCPUPerMBForEdenTimer", "0.01"),
    ] {
        if cfg!(target_os = "linux") && std::env::var_os(variable).is_none() {
            std::env::set_var(variable, value);
        }
    }
    match tauri::Builder::default().run(tauri::generate_context!()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
