//! `make symbol-order`: which functions each release build runs in the benchmark, written as the
//! linker's symbol ordering file, so that those functions sit together in the binary and the
//! pages of code a window maps are the pages it uses.
//!
//! Each window runs under Valgrind's callgrind, unstripped so that callgrind can name what it ran,
//! and does what the benchmark has it do before its memory is read: the floor paints its line;
//! Trinvis starts as a returning user, does the session, and switches to Arabic and back.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use trinvis_e2e::{root, DataHome};

use super::{first_start, language_latency, session, start_binary, wait_for_mark, Kind};

/// Set to the folder of unstripped twins of the release builds, to record the ordering files
/// from them instead of running the benchmark.
pub const MODE: &str = "TRINVIS_BENCH_SYMBOL_ORDER";

const HEADER: &str = "\
# The functions this binary runs in `make bench`'s session, for the linker to place first (see
# docs/benchmarks.md). Written by `make symbol-order`; names the build no longer has are skipped.
";

/// Profiles both windows and writes their ordering files.
pub async fn record() {
    let unstripped = root().join(std::env::var_os(MODE).expect("the mode names the twins' folder"));
    // Callgrind names the binary by the path it was started with; one spelling for both sides.
    let unstripped = unstripped
        .canonicalize()
        .unwrap_or_else(|e| panic!("{}: {e}", unstripped.display()));
    let templates = DataHome::new("symbol-order-templates");
    for kind in [Kind::Floor, Kind::Trinvis] {
        let template = templates.path().join(kind.name());
        first_start(kind, &template).await;
        let binary = unstripped.join(kind.file_name());
        assert!(
            binary.is_file(),
            "{} is missing: `make symbol-order` builds it",
            binary.display()
        );
        let profiles = DataHome::new(&format!("symbol-order-profile-{}", kind.name()));
        let profile = profiles.path().join("callgrind.out");
        let name = format!("symbol-order-{}", kind.name());
        let started = start_binary(&binary, &template, &name, Some(&profile)).await;
        wait_for_mark(&started.app, kind.mark()).await;
        if kind == Kind::Trinvis {
            session(&started.app).await;
            language_latency(&started.app, 2, "rtl").await;
        }
        let dump = dump(started.pid, &profile);
        started.stop().await;
        let text = std::fs::read_to_string(&dump).expect("callgrind's profile can be read");
        let functions = functions_run(&text, &binary);
        assert!(
            !functions.is_empty(),
            "callgrind recorded no function of {}",
            binary.display()
        );
        let out = kind.symbol_order();
        std::fs::write(&out, format!("{HEADER}{}\n", functions.join("\n")))
            .expect("the ordering file can be written");
        eprintln!("{}: {} functions", out.display(), functions.len());
    }
}

/// Asks callgrind in the running window for its profile so far, because the window is stopped
/// with a signal that leaves no profile at exit; gives back the file once it is written.
fn dump(pid: u32, profile: &Path) -> PathBuf {
    let status = Command::new("callgrind_control")
        .arg("--dump")
        .arg(pid.to_string())
        .status()
        .expect("callgrind_control runs: `make symbol-order` installs valgrind");
    assert!(
        status.success(),
        "callgrind_control could not reach the window"
    );
    let dumped = PathBuf::from(format!("{}.1", profile.display()));
    let begun = Instant::now();
    let mut last = None;
    loop {
        let size = std::fs::metadata(&dumped).map(|m| m.len()).ok();
        if size.is_some_and(|s| s > 0) && size == last {
            return dumped;
        }
        assert!(
            begun.elapsed() < Duration::from_secs(120),
            "callgrind never wrote {}",
            dumped.display()
        );
        last = size;
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// The functions of `binary` that ran, in the profile's order, once each. Callgrind names each
/// object and function in full the first time and by number after (`fn=(12) name`, then
/// `fn=(12)`); `ob=` says whose functions follow.
fn functions_run(profile: &str, binary: &Path) -> Vec<String> {
    let binary = binary.to_string_lossy();
    let mut objects: HashMap<&str, &str> = HashMap::new();
    let mut names: HashMap<&str, &str> = HashMap::new();
    let mut current: Option<&str> = None;
    let mut seen = HashSet::new();
    let mut run = Vec::new();
    for line in profile.lines() {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let table = match key {
            "ob" | "cob" => &mut objects,
            "fn" | "cfn" => &mut names,
            _ => continue,
        };
        let Some((id, rest)) = value.split_once(')') else {
            continue;
        };
        let name = match rest.trim() {
            "" => table.get(id).copied(),
            full => {
                table.insert(id, full);
                Some(full)
            }
        };
        match key {
            "ob" => current = name,
            "fn" if current == Some(&*binary) => {
                // Callgrind marks the depth of a recursive call with `'2`, `'3`…
                let Some(name) = name.map(|n| n.rsplit_once('\'').map_or(n, |(base, _)| base))
                else {
                    continue;
                };
                if seen.insert(name) {
                    run.push(name.to_owned());
                }
            }
            _ => {}
        }
    }
    run
}
