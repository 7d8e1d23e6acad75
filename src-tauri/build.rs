//! Validates the Fluent locale files and embeds them, then runs Tauri's own build steps.

#[path = "build/locales.rs"]
mod locales;

use std::path::{Path, PathBuf};

/// The commands the webview may call; each gets an `allow-…` permission for the capability file.
const COMMANDS: &[&str] = &["load_ui", "set_locale"];

fn main() {
    // rusqlite's bundled SQLite would otherwise export its symbols from the executable and
    // override the system libsqlite3 that WebKit loads, which crashes the web process.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-Wl,--exclude-libs,ALL");
    }

    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let locales_dir = manifest_dir.join("..").join("locales");
    println!("cargo:rerun-if-changed={}", locales_dir.display());

    if let Err(problems) = locales::validate_and_embed(&locales_dir, &out_dir) {
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
        "error: {} problem(s) in {}; fix them before building",
        problems.len(),
        Path::new("locales").display()
    );
    std::process::exit(1);
}
