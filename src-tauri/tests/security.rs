//! What the window may run, load and call, read from the files the app is built from: the page
//! and code the UI build makes, the Content Security Policy, and the capability files. The
//! windowed half, every view loaded with no violation, is in the end-to-end suite.

#[path = "support/built_ui.rs"]
mod built_ui;

use serde_json::Value;

use built_ui::{built, read, root};

/// The value of each `name="…"` attribute in a piece of HTML.
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let marker = format!(" {name}=\"");
    html.split(marker.as_str())
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(value, _)| value))
        .collect()
}

/// Whether `text` calls `name` as a function of its own, not as the end of a longer name.
fn calls(text: &str, name: &str) -> bool {
    text.match_indices(&format!("{name}(")).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
    })
}

#[test]
fn the_built_page_has_no_inline_script_and_loads_only_its_own_files() {
    let html = read(&root().join("ui/dist/index.html"));
    let lower = html.to_lowercase();
    let scripts: Vec<&str> = lower.split("<script").skip(1).collect();
    assert!(!scripts.is_empty(), "the page loads its code: {html}");
    for script in &scripts {
        let (tag, rest) = script.split_once('>').expect("a closed tag");
        assert!(tag.contains(" src=\""), "an inline script: <script{tag}>");
        assert!(
            rest.starts_with("</script>"),
            "a script with content: {script}"
        );
    }
    assert!(!lower.contains("<style"), "an inline style block: {html}");
    assert!(
        !lower.contains(" style=\""),
        "an inline style attribute: {html}"
    );
    assert!(
        !lower.contains("javascript:"),
        "a javascript: address: {html}"
    );
    let handlers: Vec<&str> = lower
        .split(|c: char| c.is_whitespace())
        .filter(|word| word.starts_with("on") && word.contains('='))
        .collect();
    assert!(handlers.is_empty(), "inline handlers: {handlers:?}");
    for name in ["src", "href"] {
        for value in attribute_values(&html, name) {
            assert!(
                value.starts_with('/') && !value.starts_with("//"),
                "{name}={value} is not one of the app's own files"
            );
            let file = root().join("ui/dist").join(value.trim_start_matches('/'));
            assert!(file.is_file(), "{name}={value} is not in ui/dist");
        }
    }
}

/// Addresses in the built code that are names, not places anything is loaded from.
const ADDRESSES_NEVER_LOADED: &[(&str, &str)] = &[
    (
        "http://www.w3.org/",
        "XML namespace names, which identify SVG and MathML and are never fetched",
    ),
    (
        "https://svelte.dev/e/",
        "the explanation of an error, named in Svelte's error messages",
    ),
];

#[test]
fn the_built_code_runs_no_text_as_code_and_loads_nothing_from_elsewhere() {
    for path in built("js") {
        let code = read(&path);
        let name = path.display();
        for call in ["eval", "importScripts", "fetch", "import"] {
            assert!(!calls(&code, call), "{name} calls {call}()");
        }
        for needle in [
            "new Function",
            "Function(\"",
            "setTimeout(\"",
            "setInterval(\"",
            "XMLHttpRequest",
            "WebSocket",
            "EventSource",
            "sendBeacon",
            "RTCPeerConnection",
        ] {
            assert!(!code.contains(needle), "{name} uses {needle}");
        }
        for scheme in ["http://", "https://"] {
            for (at, _) in code.match_indices(scheme) {
                let address: String = code[at..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !"\"'`)".contains(*c))
                    .collect();
                assert!(
                    ADDRESSES_NEVER_LOADED
                        .iter()
                        .any(|(prefix, _)| address.starts_with(prefix)),
                    "{name} names {address}, which the app might load"
                );
            }
        }
    }
    for path in built("css") {
        let css = read(&path);
        assert!(!css.contains("@import"), "{} imports", path.display());
        for url in css.split("url(").skip(1) {
            let url = url
                .split(')')
                .next()
                .unwrap_or_default()
                .trim_matches(|c| c == '"' || c == '\'');
            assert!(
                url.starts_with("/assets/") || url.starts_with("./"),
                "{} loads {url}",
                path.display()
            );
        }
    }
}

fn config() -> Value {
    serde_json::from_str(&read(&root().join("tauri.conf.json"))).expect("tauri.conf.json parses")
}

#[test]
fn the_content_security_policy_allows_no_inline_code_no_eval_and_no_other_origin() {
    let config = config();
    let security = &config["app"]["security"];
    let csp = security["csp"]
        .as_object()
        .expect("the policy, by directive");
    for (directive, sources) in csp {
        let sources = sources.as_str().expect("sources as text");
        for source in sources.split_whitespace() {
            let allowed = match source {
                "'self'" | "'none'" => true,
                // Tauri's IPC: the ipc: scheme, and the address that stands for it on Windows.
                "ipc:" | "http://ipc.localhost" => directive == "connect-src",
                _ => false,
            };
            assert!(allowed, "{directive} allows {source}");
        }
    }
    for (directive, expected) in [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self'"),
        ("font-src", "'self'"),
        ("connect-src", "ipc: http://ipc.localhost"),
        ("object-src", "'none'"),
        ("base-uri", "'none'"),
        ("form-action", "'none'"),
        ("frame-ancestors", "'none'"),
    ] {
        assert_eq!(csp.get(directive).and_then(Value::as_str), Some(expected));
    }
    // Tauri may add the hashes of its own bundled files, never lift the policy.
    assert_eq!(security.get("dangerousDisableAssetCspModification"), None);
    assert_eq!(security.get("devCsp"), None);
    assert_eq!(security["freezePrototype"], true);
    assert_eq!(config["app"]["withGlobalTauri"], false);
}

/// Permissions from Tauri's core the main window has, and why.
const CORE_PERMISSIONS: &[(&str, &str)] = &[
    ("core:event:allow-listen", "hear that a locale file changed"),
    ("core:event:allow-unlisten", "stop hearing it"),
    ("core:event:allow-emit-to", "send the notes window its note"),
    ("core:window:allow-set-fullscreen", "present full screen"),
    ("core:window:allow-is-fullscreen", "know whether it is"),
];

#[test]
fn each_window_may_call_only_the_apps_own_commands_and_a_few_core_ones() {
    let config = config();
    assert_eq!(
        config["app"]["security"]["capabilities"],
        serde_json::json!(["main-window", "notes-window"])
    );
    for (file, window) in [("main-window", "main"), ("notes-window", "notes")] {
        let path = root().join(format!("src-tauri/capabilities/{file}.json"));
        let capability: Value = serde_json::from_str(&read(&path)).expect("a capability parses");
        assert_eq!(capability["windows"], serde_json::json!([window]), "{file}");
        assert_eq!(
            capability.get("remote"),
            None,
            "{file}: no remote page gets IPC"
        );
        assert_eq!(capability.get("webviews"), None, "{file}");
        for permission in capability["permissions"].as_array().expect("permissions") {
            let permission = permission.as_str().expect("a permission by name");
            let own = permission.strip_prefix("allow-").is_some_and(|command| {
                root()
                    .join("src-tauri/permissions/autogenerated")
                    .join(format!("{}.toml", command.replace('-', "_")))
                    .is_file()
            });
            let core = CORE_PERMISSIONS.iter().any(|(p, _)| *p == permission);
            assert!(own || core, "{file} grants {permission}");
            if window == "notes" {
                assert!(
                    [
                        "allow-load-ui",
                        "core:event:allow-listen",
                        "core:event:allow-unlisten",
                        "core:event:allow-emit-to"
                    ]
                    .contains(&permission),
                    "the notes window only reads texts, hears its note and asks for it: {permission}"
                );
            }
        }
    }
}

#[test]
fn docs_security_names_every_permission_each_window_has() {
    let doc = read(&root().join("docs/security.md"));
    for file in ["main-window", "notes-window"] {
        let path = root().join(format!("src-tauri/capabilities/{file}.json"));
        let capability: Value = serde_json::from_str(&read(&path)).expect("a capability parses");
        let section = doc
            .split("### ")
            .find(|s| s.contains(&format!("(`{file}.json`)")))
            .unwrap_or_else(|| panic!("docs/security.md has a section on {file}.json"));
        let rows: Vec<&str> = section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once('`').map(|(p, _)| p))
            .collect();
        let granted: Vec<&str> = capability["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(
            rows, granted,
            "docs/security.md lists {file}.json's permissions in order"
        );
    }
}
