//! Hands the linker the functions a release build runs in the benchmark's session
//! (`symbol-order.txt` beside the package's manifest, written by `make symbol-order`), so that it
//! places them together: a window then maps the pages of code it uses and few it does not.

use std::path::Path;

/// Passes `symbol-order.txt` to the linker of a release build, when there is one.
pub fn pass_to_linker(manifest_dir: &Path) {
    let order = manifest_dir.join("symbol-order.txt");
    println!("cargo:rerun-if-changed={}", order.display());
    // rust-lld, this target's default linker, reads the file; other targets' linkers may not.
    // Debug builds are not measured, and their names differ from the profiled build's.
    let target = std::env::var("TARGET").unwrap_or_default();
    let profile = std::env::var("PROFILE").unwrap_or_default();
    if target == "x86_64-unknown-linux-gnu" && profile == "release" && order.is_file() {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Names a changed build no longer has are expected: the rest still goes first.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}
