//! Validates the Fluent locale files and embeds them, then runs Tauri's own build steps, and
//! hands the linker the order of the functions a session runs.

#[path = "build/content.rs"]
mod content;
#[path = "build/locales.rs"]
mod locales;
#[path = "build/symbol_order.rs"]
mod symbol_order;

use std::path::PathBuf;

/// The commands the webview may call; each gets an `allow-…` permission for the capability file.
const COMMANDS: &[&str] = &[
    "load_ui",
    "set_locale",
    "change_settings",
    "open_guide",
    "record_step",
    "search",
    "glossary",
    "forget_everything",
    "dismiss_notice",
    "start_practice",
    "practice_act",
    "practice_type",
    "practice_hint",
    "practice_show_me",
    "practice_restart",
    "practice_view",
    "practice_note",
    "translator_start",
    "translator_stop",
    "translator_view",
    "translator_lookup",
    "present_guide",
    "open_notes_window",
    "close_notes_window",
    "practice_audience",
    "handout",
    "session_plan",
    "set_session_plan",
    "export_session_plan",
    "import_session_plan",
];

fn main() {
    // rusqlite's bundled SQLite would otherwise export its symbols from the executable and
    // override the system libsqlite3 that WebKit loads, which crashes the web process.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-Wl,--exclude-libs,ALL");
    }

    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    symbol_order::pass_to_linker(&manifest_dir);
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let locales_dir = manifest_dir.join("..").join("locales");
    let content_dir = manifest_dir.join("content");
    println!("cargo:rerun-if-changed={}", locales_dir.display());
    println!("cargo:rerun-if-changed={}", content_dir.display());
    println!("cargo:rerun-if-changed=src/content/schema.sql");

    let checked = locales::validate_and_embed(&locales_dir, &out_dir).unwrap_or_else(|p| fail(&p));
    let store = out_dir.join("content.sqlite");
    if let Err(problems) =
        content::compile(&content_dir, &checked.texts, &checked.reference_ids, &store)
    {
        fail(&problems);
    }

    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        fail(&[format!("tauri build step failed: {error:#}")]);
    }
}

fn fail(problems: &[String]) -> ! {
    for problem in problems {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "error: {} problem(s) in the locale or content files; fix them before building",
        problems.len()
    );
    std::process::exit(1);
}
