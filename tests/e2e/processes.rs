//! How the app sets up WebKit's processes, read from the real window's processes.

use std::ffi::OsStr;

use trinvis_e2e::{app_binary, App, DataHome, ARROW_RIGHT};

/// The web process gets glibc's threshold for large blocks from the app, so the painting buffers
/// it frees go back to the system instead of staying in its heap (docs/benchmarks.md); a
/// threshold of the user's own stays theirs.
#[test]
fn the_web_process_returns_large_freed_blocks_unless_the_user_tuned_glibc() {
    crate::within_limit(async {
        for (name, users, expected) in [
            ("malloc-default", None, "glibc.malloc.mmap_threshold=131072"),
            (
                "malloc-user",
                Some("glibc.malloc.arena_max=2"),
                "glibc.malloc.arena_max=2",
            ),
        ] {
            let data = DataHome::new(name);
            let env: Vec<(&str, &OsStr)> = users
                .map(|v| ("GLIBC_TUNABLES", OsStr::new(v)))
                .into_iter()
                .collect();
            let app = App::launch_binary(&app_binary(), &data, &[], &env).await;
            app.click("button.language-option[lang='da']").await;
            app.click("button[data-guide]").await;
            let before = app.text_of(".step-title").await;
            app.press(ARROW_RIGHT).await;
            app.wait_for_text_other_than(".step-title", &before).await;
            let web = app.processes_named("WebKitWebProces");
            assert!(
                !web.is_empty(),
                "no WebKit web process was found below the app"
            );
            for pid in web {
                let environ = std::fs::read(format!("/proc/{pid}/environ"))
                    .unwrap_or_else(|e| panic!("the web process {pid}'s environment: {e}"));
                let tunables: Vec<String> = environ
                    .split(|b| *b == 0)
                    .filter_map(|v| v.strip_prefix(b"GLIBC_TUNABLES="))
                    .map(|v| String::from_utf8_lossy(v).into_owned())
                    .collect();
                assert_eq!(tunables, [expected], "the web process {pid} ({name})");
            }
            app.close().await;
        }
    });
}
