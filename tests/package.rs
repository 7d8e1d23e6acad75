//! The Debian package as a person installs it: unpacked with `dpkg -x` into a throwaway root, it
//! holds the binary this tree builds, the desktop entry and the icons, and the packaged binary
//! lists every guide and practice flow in Danish and Arabic from the content and texts compiled
//! into it. `make package-test` builds the package and runs this.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use trinvis_e2e::{message, root, DataHome};

/// How Tauri's bundler marks the binary it puts in a .deb, and how the unbundled binary reads there.
const DEB_MARK: &[u8] = b"__TAURI_BUNDLE_TYPE_VAR_DEB";
const UNMARKED: &[u8] = b"__TAURI_BUNDLE_TYPE_VAR_UNK";

/// Runs a command and returns its standard output, failing the test with its error output.
fn output(command: &mut Command) -> String {
    let done = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?} does not start: {e}"));
    assert!(
        done.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&done.stderr)
    );
    String::from_utf8(done.stdout).unwrap_or_else(|e| panic!("{command:?} is not UTF-8: {e}"))
}

/// The version the package is built with, from tauri.conf.json.
fn version() -> String {
    let path = root().join("tauri.conf.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let config: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    config["version"]
        .as_str()
        .unwrap_or_else(|| panic!("{} has no version", path.display()))
        .to_owned()
}

/// The file names, without `.toml`, in a folder of the content store's sources.
fn content_ids(folder: &str) -> BTreeSet<String> {
    let dir = root().join("src-tauri/content").join(folder);
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect()
}

/// Each line of a listing as its ID and its title, without the isolation marks around placeables.
fn listing(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(|line| {
            let (id, title) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{line:?} has no tab"));
            (id.to_owned(), title.replace(['\u{2068}', '\u{2069}'], ""))
        })
        .collect()
}

/// Width and height from a PNG file's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() >= 24,
        "{} is not a PNG",
        path.display()
    );
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (number(16), number(20))
}

#[test]
#[ignore = "needs the package: `make package-test` builds it and runs this"]
fn the_package_installs_a_trinvis_that_runs_from_what_is_compiled_in() {
    let arch = output(Command::new("dpkg").arg("--print-architecture"));
    let version = version();
    let deb: PathBuf = root().join(format!(
        "target/release/bundle/deb/Trinvis_{version}_{}.deb",
        arch.trim()
    ));
    assert!(
        deb.is_file(),
        "{} is missing: run `make package`",
        deb.display()
    );

    let field = |name: &str| output(Command::new("dpkg-deb").arg("-f").arg(&deb).arg(name));
    assert_eq!(field("Package").trim(), "trinvis");
    assert_eq!(field("Version").trim(), version);
    assert_eq!(field("Architecture").trim(), arch.trim());
    let depends = field("Depends");
    for library in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        assert!(depends.contains(library), "Depends: {depends}");
    }

    let install = DataHome::new("package-root");
    output(Command::new("dpkg").arg("-x").arg(&deb).arg(install.path()));
    let installed = |path: &str| install.path().join(path);

    let binary = installed("usr/bin/trinvis");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&binary)
            .unwrap_or_else(|e| panic!("{}: {e}", binary.display()))
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "the binary is executable by everyone");
    }
    // The bundler marks the packaged copy as installed from a .deb; apart from that mark it is
    // the binary this tree builds.
    let built = root().join("target/release/trinvis");
    let mut packaged =
        std::fs::read(&binary).unwrap_or_else(|e| panic!("{}: {e}", binary.display()));
    let marks: Vec<usize> = packaged
        .windows(DEB_MARK.len())
        .enumerate()
        .filter(|(_, window)| *window == DEB_MARK)
        .map(|(at, _)| at)
        .collect();
    assert_eq!(
        marks.len(),
        1,
        "the packaged binary is marked once as from a .deb"
    );
    packaged[marks[0]..marks[0] + DEB_MARK.len()].copy_from_slice(UNMARKED);
    assert!(
        std::fs::read(&built).ok() == Some(packaged),
        "the package does not hold the binary this tree builds: run `make package`"
    );

    let desktop = installed("usr/share/applications/Trinvis.desktop");
    let entry =
        std::fs::read_to_string(&desktop).unwrap_or_else(|e| panic!("{}: {e}", desktop.display()));
    let lines: BTreeSet<&str> = entry.lines().collect();
    for line in [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Trinvis",
        "Exec=trinvis",
        "Icon=trinvis",
        "Terminal=false",
        "Categories=Education;",
    ] {
        assert!(
            lines.contains(line),
            "{} lacks {line}:\n{entry}",
            desktop.display()
        );
    }

    let icons = installed("usr/share/icons/hicolor");
    let mut sizes = BTreeSet::new();
    for folder in std::fs::read_dir(&icons).unwrap_or_else(|e| panic!("{}: {e}", icons.display())) {
        let folder = folder.unwrap_or_else(|e| panic!("{}: {e}", icons.display()));
        let name = folder.file_name().to_string_lossy().into_owned();
        let (width, height) = name
            .split('@')
            .next()
            .and_then(|size| size.split_once('x'))
            .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
            .unwrap_or_else(|| panic!("{name} is not an icon size"));
        let icon = folder.path().join("apps/trinvis.png");
        assert_eq!(png_size(&icon), (width, height), "{}", icon.display());
        sizes.insert(width);
    }
    assert!(
        sizes.contains(&32) && sizes.contains(&128),
        "icon sizes: {sizes:?}"
    );

    // Run from the throwaway root, away from the repository: the guides, the practice flows
    // and their texts can only come from what is compiled into the binary.
    let run = |args: &[&str]| output(Command::new(&binary).args(args).current_dir(install.path()));
    let guides = content_ids("guides");
    for lang in ["da", "ar"] {
        let listed = listing(&run(&["guides", "list", "--lang", lang]));
        let ids: BTreeSet<String> = listed.iter().map(|(id, _)| id.clone()).collect();
        assert_eq!(ids, guides, "the guides listed in {lang}");
        for (id, title) in &listed {
            assert_eq!(
                *title,
                message(lang, &format!("guide-{id}-title")),
                "{lang}"
            );
        }
    }
    let flows: BTreeSet<String> = listing(&run(&["practice", "list"]))
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(flows, content_ids("flows"));
}
