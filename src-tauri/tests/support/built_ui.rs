//! The files the UI build makes (`ui/dist`), read by the tests that check them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A built file's text; a missing one fails with how to build it.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (the UI is built by `make build`)", path.display()))
}

/// Every built file of the UI with this extension.
pub fn built(extension: &str) -> Vec<PathBuf> {
    let dir = root().join("ui/dist/assets");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} (the UI is built by `make build`)", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{extension} in {}", dir.display());
    files
}
