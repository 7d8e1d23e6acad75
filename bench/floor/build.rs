//! Tauri's own build steps: the window configuration and the page to embed.

fn main() {
    tauri_build::build();
}
