//! Tauri's own build steps: the window configuration and the page to embed; and, as for the app,
//! the order of the functions its benchmark runs, for the linker.

#[path = "../../src-tauri/build/symbol_order.rs"]
mod symbol_order;

fn main() {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    symbol_order::pass_to_linker(std::path::Path::new(&manifest_dir));
    tauri_build::build();
}
