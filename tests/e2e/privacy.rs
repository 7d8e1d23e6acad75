//! Privacy and security through the real window: every view loaded with no Content Security
//! Policy violation and no inline script, handler or outside address in its document; a marker
//! typed into every practice field of every flow and then looked for, in vain, in every file the
//! app could have written; and the network trace that guards the whole suite shown to catch a
//! real connection; and the web process shown to hold no memory that is both writable and
//! executable.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{BuildHasher, RandomState};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use aho_corasick::AhoCorasick;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use fantoccini::Locator;
use serde_json::{json, Value};
use trinvis_e2e::network::{self, Report};
use trinvis_e2e::{app_binary, message, root, App, DataHome, LocaleCopy, ARROW_RIGHT, TAB};

const PAGE_DOWN: char = '\u{e00f}';
const ESCAPE: char = '\u{e00c}';

/// Records every violation the window reports, from the moment it runs; the page keeps running,
/// so one listener serves the whole visit. The policy in force comes with each record.
const CSP_LISTENER: &str = "
if (!window.__trinvisCsp) {
  window.__trinvisCsp = [];
  window.addEventListener('securitypolicyviolation', (e) => window.__trinvisCsp.push({
    directive: e.effectiveDirective,
    blocked: e.blockedURI || 'inline',
    source: (e.sourceFile || location.href) + ':' + e.lineNumber,
    sample: e.sample || '',
    policy: e.originalPolicy,
  }), true);
}
return true;";

/// What the document holds that a policy would have to block, or that came from elsewhere: the
/// part of a load that happened before the listener could run, looked at directly.
const DOCUMENT_CHECK: &str = "
const problems = [];
const here = location.protocol + '//' + location.host;
const own = (value) => {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol + '//' + url.host === here;
  } catch (e) {
    return false;
  }
};
for (const script of document.scripts) {
  if (!script.src) problems.push('inline script: ' + script.textContent.slice(0, 80));
  else if (!own(script.src)) problems.push('script from elsewhere: ' + script.src);
}
for (const tag of ['style', 'iframe', 'frame', 'object', 'embed', 'base', 'meta[http-equiv=refresh]']) {
  for (const element of document.querySelectorAll(tag)) problems.push('a <' + tag + '> element');
}
const urlAttributes = ['src', 'href', 'action', 'formaction', 'srcset', 'poster', 'data', 'xlink:href', 'background'];
for (const element of document.querySelectorAll('*')) {
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('on')) problems.push('inline handler ' + name + ' on <' + element.localName + '>');
    if (urlAttributes.includes(name)) {
      const value = attribute.value.trim();
      if (value.startsWith('#')) continue;
      if (/^javascript:/i.test(value)) problems.push('javascript: URL on <' + element.localName + '>');
      else if (!own(value)) problems.push(name + '=' + value + ' on <' + element.localName + '>');
    }
  }
}
for (const sheet of document.styleSheets) {
  if (!sheet.href || !own(sheet.href)) problems.push('a style sheet not from the app: ' + sheet.href);
  else if (sheet.cssRules.length === 0) problems.push('an empty or blocked style sheet: ' + sheet.href);
}
for (const font of document.fonts) {
  if (font.status === 'error') problems.push('a font that failed to load: ' + font.family);
}
return problems;";

/// The violations recorded so far in the current window.
async fn violations(app: &App) -> Vec<Value> {
    let found = app
        .client
        .execute("return window.__trinvisCsp ?? null;", vec![])
        .await
        .expect("the violations are read");
    found
        .as_array()
        .unwrap_or_else(|| panic!("the listener is not installed: {found}"))
        .clone()
}

/// Installs the listener in the current window and looks at its document.
async fn listen(app: &App) {
    app.client
        .execute(CSP_LISTENER, vec![])
        .await
        .expect("the listener is installed");
}

/// The current view's document problems, each prefixed with the view's name.
async fn look_at(app: &App, view: &str, problems: &mut Vec<String>) {
    // Fonts a view uses load as it is drawn; a failed one shows only once they settle.
    app.client
        .execute_async(
            "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));",
            vec![],
        )
        .await
        .expect("the fonts settle");
    let found = app
        .client
        .execute(DOCUMENT_CHECK, vec![])
        .await
        .expect("the document is looked at");
    for problem in found.as_array().expect("a list") {
        problems.push(format!("{view}: {}", problem.as_str().unwrap_or_default()));
    }
}

async fn window_count(app: &App) -> usize {
    app.client.windows().await.expect("the window list").len()
}

async fn wait_for_windows(app: &App, count: usize) {
    let start = Instant::now();
    while window_count(app).await != count {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "expected {count} windows"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every practice flow's ID, from the content's own files.
fn flow_ids() -> Vec<String> {
    flows().into_iter().map(|flow| flow.id).collect()
}

/// The base64 SHA-256 of a built file, as a CSP hash source names it.
fn csp_hash(path: &Path) -> String {
    let output = Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("sha256sum runs");
    let text = String::from_utf8_lossy(&output.stdout);
    let hex = text.split_whitespace().next().unwrap_or_default();
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("hex"))
        .collect();
    assert_eq!(bytes.len(), 32, "{}: {text}", path.display());
    format!("'sha256-{}'", STANDARD.encode(bytes))
}

/// Checks the policy the window enforced: the configured directives, no way to run text as
/// code or inline, nothing from another origin, and hashes only of the app's own bundle.
fn check_policy(policy: &str, bundle: &Path) {
    let allowed = csp_hash(bundle);
    let mut directives = BTreeMap::new();
    for directive in policy.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut words = directive.split_whitespace();
        let name = words.next().expect("a directive name").to_owned();
        directives.insert(name, words.map(str::to_owned).collect::<Vec<_>>());
    }
    for (name, sources) in &directives {
        for source in sources {
            let fine = match source.as_str() {
                "'self'" | "'none'" | "ipc:" | "http://ipc.localhost" => true,
                hash if hash.starts_with("'sha256-") => *hash == allowed,
                _ => false,
            };
            assert!(fine, "{name} allows {source}: {policy}");
        }
    }
    for (name, expected) in [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'none'"),
        ("form-action", "'none'"),
        ("frame-ancestors", "'none'"),
    ] {
        assert!(
            directives
                .get(name)
                .is_some_and(|s| s.iter().any(|v| v == expected)),
            "{name} {expected} is in force: {policy}"
        );
    }
}

#[test]
fn every_view_loads_without_a_content_security_policy_violation() {
    crate::within(Duration::from_secs(400), async {
        let data = DataHome::new("csp");
        let locales = LocaleCopy::new(Path::new(env!("CARGO_TARGET_TMPDIR")), "csp");
        let folder = locales
            .relative_path()
            .to_str()
            .expect("a UTF-8 path")
            .to_owned();
        // Translator mode from the start, so its screen is one of the views.
        let app = App::launch_with_args(&data, &["--translate", &folder]).await;
        listen(&app).await;
        let mut problems = Vec::new();
        app.element("button.language-option").await;
        look_at(&app, "first start", &mut problems).await;

        // Every language once, so every script's fonts load.
        app.click("button.language-option[lang='da']").await;
        app.wait_for_lang("da").await;
        let tags: Vec<String> = ["ar", "so", "tr", "ur", "en", "da"]
            .map(str::to_owned)
            .to_vec();
        for tag in &tags {
            app.click("button[aria-haspopup='dialog']").await;
            app.click(&format!("dialog[open] button[lang='{tag}']"))
                .await;
            app.wait_for_lang(tag).await;
            app.wait_for_text("h1", &message(tag, "home-title")).await;
            look_at(&app, &format!("home in {tag}"), &mut problems).await;
        }

        app.click("button[data-guide='what-is-mitid']").await;
        app.element(".handout-button").await;
        look_at(&app, "a guide", &mut problems).await;
        app.click(".handout-button").await;
        app.element(".handout-page").await;
        look_at(&app, "the handout page", &mut problems).await;

        app.click("[data-nav='home']").await;
        app.click("button[data-guide='what-is-digital-post']").await;
        app.click(".present-button").await;
        app.element("article[lang='da'] h2").await;
        look_at(&app, "the presentation", &mut problems).await;
        app.press('p').await;
        app.press('1').await;
        app.element(".group-practice").await;
        look_at(&app, "practice with the group", &mut problems).await;
        app.press(ESCAPE).await;
        app.element("article[lang='da'] h2").await;

        let main = app.client.window().await.expect("the main window");
        let before = window_count(&app).await;
        app.press('n').await;
        wait_for_windows(&app, before + 1).await;
        let notes = app
            .client
            .windows()
            .await
            .expect("the window list")
            .into_iter()
            .find(|handle| *handle != main)
            .expect("the notes window");
        app.client
            .switch_to_window(notes.clone())
            .await
            .expect("WebDriver reaches the notes window");
        listen(&app).await;
        app.element(".notes-window h2").await;
        let first_note = app.text_of(".notes-window h2").await;
        look_at(&app, "the notes window", &mut problems).await;
        app.client
            .switch_to_window(main.clone())
            .await
            .expect("back to the main window");
        // The next step redraws the note, now with the listener in place.
        app.press(PAGE_DOWN).await;
        app.client
            .switch_to_window(notes)
            .await
            .expect("the notes window again");
        app.wait_for_text_other_than(".notes-window h2", &first_note)
            .await;
        look_at(&app, "the notes window, next step", &mut problems).await;
        let in_notes = violations(&app).await;
        app.client
            .switch_to_window(main)
            .await
            .expect("back to the main window");
        app.press(ESCAPE).await;
        wait_for_windows(&app, before).await;

        app.click("[data-nav='search']").await;
        app.element("#search-input")
            .await
            .send_keys("MitID")
            .await
            .expect("typing works");
        app.click("form[role='search'] button[type='submit']").await;
        app.element(".search-hit").await;
        look_at(&app, "search", &mut problems).await;
        app.click("[data-nav='glossary']").await;
        app.wait_for_text("h1", &message("da", "glossary-title"))
            .await;
        look_at(&app, "the glossary", &mut problems).await;
        app.click("[data-nav='settings']").await;
        app.wait_for_text("h1", &message("da", "settings-title"))
            .await;
        app.click("input[name='text-size'][value='200']").await;
        app.click("input[type='checkbox']").await;
        look_at(&app, "settings", &mut problems).await;
        app.click("[data-nav='plan']").await;
        app.wait_for_text("h1", &message("da", "plan-title")).await;
        app.click("[data-add='lost-phone']").await;
        app.element("[data-plan-guide='lost-phone']").await;
        look_at(&app, "the session plan", &mut problems).await;
        app.click("[data-nav='translator']").await;
        app.wait_for_text("h1", &message("da", "translator-title"))
            .await;
        look_at(&app, "the translator screen", &mut problems).await;

        let flows = flow_ids();
        for flow in &flows {
            app.click("[data-nav='home']").await;
            app.click(&format!("[data-practice='{flow}']")).await;
            app.element(".practice[data-screen]").await;
            look_at(&app, &format!("practice {flow}"), &mut problems).await;
        }

        let found: Vec<Value> = violations(&app).await.into_iter().chain(in_notes).collect();
        assert!(
            found.is_empty(),
            "Content Security Policy violations:\n{found:#?}"
        );
        assert!(
            problems.is_empty(),
            "documents hold what the policy would block:\n{}",
            problems.join("\n")
        );

        // The listener is no formality: text run as code is refused and reported, with the
        // policy in force, which is then checked against what the app ships.
        let refused = app
            .client
            .execute(
                "try { eval('1'); return 'ran'; } catch (e) { return e.name; }",
                vec![],
            )
            .await
            .expect("the attempt runs");
        assert_eq!(refused, json!("EvalError"));
        let start = Instant::now();
        let caught = loop {
            if let Some(first) = violations(&app).await.into_iter().next() {
                break first;
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the refused eval was never reported"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(caught["blocked"], "eval", "{caught}");
        let script = app
            .client
            .execute("return document.scripts[0].src;", vec![])
            .await
            .expect("the bundle's address");
        let name = script
            .as_str()
            .and_then(|s| s.rsplit('/').next())
            .expect("a file name")
            .to_owned();
        let bundle = root().join("ui/dist/assets").join(&name);
        assert!(
            bundle.is_file(),
            "the app runs {name}, which ui/dist no longer has: rebuild with `make build`"
        );
        check_policy(caught["policy"].as_str().expect("a policy"), &bundle);
        // The document check is no formality either: an inline handler and a script address
        // added to the page are both named.
        app.client
            .execute(
                "const a = document.createElement('a');
                 a.setAttribute('onclick', 'void 0');
                 a.setAttribute('href', 'javascript:void 0');
                 document.body.append(a);",
                vec![],
            )
            .await
            .expect("a link is added");
        let mut planted = Vec::new();
        look_at(&app, "planted", &mut planted).await;
        assert_eq!(planted.len(), 2, "{planted:?}");
        app.close().await;
    });
}

/// A widget of a practice screen, as the flow file describes it.
#[derive(Clone, Debug)]
struct Widget {
    id: String,
    kind: String,
    /// The Danish text on it, as the window shows it.
    danish: Option<String>,
    /// The fact whose value is the right thing to type.
    practice: Option<String>,
}

/// An action that compares a typed value with the practice value.
#[derive(Clone, Debug)]
struct Check {
    /// The Danish text of the control that takes the action.
    control: String,
    /// The field whose text is compared.
    field: String,
}

#[derive(Debug)]
struct Screen {
    id: String,
    widgets: Vec<Widget>,
    check: Option<Check>,
}

#[derive(Debug)]
struct Flow {
    id: String,
    screens: Vec<Screen>,
}

impl Flow {
    fn screen(&self, id: &str) -> &Screen {
        self.screens
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{} has no screen {id}", self.id))
    }
}

fn text_of(table: &toml::Table, key: &str) -> Option<String> {
    table.get(key).and_then(|v| v.as_str()).map(str::to_owned)
}

fn tables<'a>(table: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    table
        .get(key)
        .and_then(|v| v.as_array())
        .map(|all| all.iter().filter_map(|v| v.as_table()).collect())
        .unwrap_or_default()
}

/// Every practice flow, read from `src-tauri/content/flows/`.
fn flows() -> Vec<Flow> {
    let dir = root().join("src-tauri/content/flows");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let file: toml::Table = text
                .parse()
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let screens = tables(&file, "screen")
                .into_iter()
                .map(|screen| {
                    let widgets: Vec<Widget> = tables(screen, "widget")
                        .into_iter()
                        .map(|w| Widget {
                            id: text_of(w, "id").expect("a widget ID"),
                            kind: text_of(w, "kind").expect("a widget kind"),
                            danish: text_of(w, "term")
                                .map(|term| message("da", &format!("screen-{term}")))
                                .or_else(|| text_of(w, "label").map(|l| message("da", &l))),
                            practice: text_of(w, "practice"),
                        })
                        .collect();
                    let check = tables(screen, "action").into_iter().find_map(|action| {
                        let field = text_of(action, "check")?;
                        let control = text_of(action, "widget")?;
                        let control = widgets
                            .iter()
                            .find(|w| w.id == control)
                            .and_then(|w| w.danish.clone())
                            .expect("the checked action's control has a text");
                        Some(Check { control, field })
                    });
                    Screen {
                        id: text_of(screen, "id").expect("a screen ID"),
                        widgets,
                        check,
                    }
                })
                .collect();
            Flow {
                id: text_of(&file, "id").expect("a flow ID"),
                screens,
            }
        })
        .collect()
}

/// A practice value from `src-tauri/content/facts.toml`.
fn fact(name: &str) -> String {
    let path = root().join("src-tauri/content/facts.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let facts: toml::Table = text.parse().expect("facts.toml parses");
    match &facts["fact"][name]["value"] {
        toml::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Whether a widget takes typed text.
fn typed(kind: &str) -> bool {
    matches!(kind, "field" | "text-area" | "password")
}

/// An XPath string literal for text that has no apostrophe.
fn lit(text: &str) -> String {
    assert!(!text.contains('\''), "{text}");
    format!("'{text}'")
}

async fn press(app: &App, label: &str) {
    app.xpath(&format!(
        "//*[contains(@class,'practice')]//button[normalize-space()={l} or @aria-label={l}]",
        l = lit(label)
    ))
    .await
    .click()
    .await
    .unwrap_or_else(|e| panic!("{label} could not be pressed: {e}"));
}

async fn current_screen(app: &App) -> String {
    app.attribute_of(".practice", "data-screen").await
}

async fn wait_for_another_screen(app: &App, from: &str) -> String {
    let start = Instant::now();
    loop {
        if let Ok(practice) = app.client.find(Locator::Css(".practice")).await {
            if let Ok(Some(now)) = practice.attr("data-screen").await {
                if now != from {
                    return now;
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the practice stayed on {from}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Lets "show me" point at the right step and takes it at once, as a learner following it
/// would, rather than waiting for it to be taken for them.
async fn follow_show_me(app: &App, show_me: &str) {
    press(app, show_me).await;
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1200) {
        if let Ok(slider) = app
            .client
            .find(Locator::Css(
                ".practice .swipe-track.highlighted [role='slider']",
            ))
            .await
        {
            if slider.send_keys(&ARROW_RIGHT.to_string()).await.is_ok() {
                return;
            }
        }
        if let Ok(button) = app
            .client
            .find(Locator::Css(".practice button.highlighted"))
            .await
        {
            // A meaning shown on hover may cover it; "show me" then takes the step itself.
            if button.click().await.is_ok() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Replaces a field's text, leaves the field so the change is sent, and waits until the
/// practice has answered with `shown` in it.
async fn type_into(app: &App, widget: &str, text: &str, shown: &str) {
    let css = format!("#practice-{widget}");
    let field = app.element(&css).await;
    field.clear().await.expect("the field clears");
    field
        .send_keys(&format!("{text}{TAB}"))
        .await
        .unwrap_or_else(|e| panic!("typing into {widget} failed: {e}"));
    let start = Instant::now();
    loop {
        let value = match app.client.find(Locator::Css(&css)).await {
            Ok(element) => element.prop("value").await.ok().flatten(),
            Err(_) => None,
        };
        if value.as_deref() == Some(shown) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{widget} shows {value:?}, never {shown:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Walks one flow from its first screen to its end, typing a fresh marker into every field on
/// the way; a field an action checks gets the marker first, which the check refuses, and the
/// practice value on the way back. Returns each marker by "flow/screen/field".
async fn type_through(app: &App, flow: &Flow, salt: u64) -> BTreeMap<String, String> {
    let show_me = message("da", "practice-show-me-button");
    let mut markers = BTreeMap::new();
    let mut refused: BTreeSet<String> = BTreeSet::new();
    app.click("[data-nav='home']").await;
    app.click(&format!("[data-practice='{}']", flow.id)).await;
    app.element(".practice[data-screen]").await;
    for _ in 0..40 {
        if app
            .client
            .find(Locator::Css(".practice .primary"))
            .await
            .is_ok()
        {
            return markers;
        }
        let at = current_screen(app).await;
        let screen = flow.screen(&at);
        for widget in screen.widgets.iter().filter(|w| typed(&w.kind)) {
            let key = format!("{}/{}/{}", flow.id, screen.id, widget.id);
            if markers.contains_key(&key) {
                continue;
            }
            let marker = format!(
                "trinvis-typed-{}-{}-{}-{salt:016x}",
                flow.id, screen.id, widget.id
            );
            // A password field keeps no text but its practice value: anything else may be real.
            let shown = match (&widget.kind[..], &widget.practice) {
                ("password", Some(fact_name)) => fact(fact_name),
                _ => marker.clone(),
            };
            type_into(app, &widget.id, &marker, &shown).await;
            markers.insert(key, marker);
        }
        match &screen.check {
            Some(check) if refused.insert(screen.id.clone()) => {
                press(app, &check.control).await;
            }
            Some(check) => {
                let field = screen
                    .widgets
                    .iter()
                    .find(|w| w.id == check.field)
                    .expect("the checked field is on its screen");
                let right = fact(field.practice.as_deref().expect("a practice value"));
                type_into(app, &field.id, &right, &right).await;
                press(app, &check.control).await;
            }
            None => follow_show_me(app, &show_me).await,
        }
        wait_for_another_screen(app, &at).await;
    }
    panic!("{} never reached its end", flow.id);
}

/// Every file under `dir` that holds one of the markers, in UTF-8 or in UTF-16 (as WebKit keeps
/// some strings); with `since`, only files changed since then, as no older file can hold a
/// marker made after it.
fn files_holding(dir: &Path, markers: &[String], since: Option<i64>) -> Vec<String> {
    let mut needles: Vec<Vec<u8>> = markers.iter().map(|m| m.as_bytes().to_vec()).collect();
    needles.extend(
        markers
            .iter()
            .map(|m| m.encode_utf16().flat_map(u16::to_le_bytes).collect()),
    );
    let search = AhoCorasick::new(&needles).expect("the markers make a searcher");
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                pending.push(path);
                continue;
            }
            if !meta.is_file() || since.is_some_and(|s| meta.ctime() < s) {
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let hits: BTreeSet<usize> = search
                .find_iter(&bytes)
                .map(|hit| hit.pattern().as_usize() % markers.len())
                .collect();
            found.extend(
                hits.into_iter()
                    .map(|i| format!("{}: {}", path.display(), markers[i])),
            );
        }
    }
    found
}

#[test]
fn nothing_typed_into_a_practice_screen_reaches_a_file() {
    crate::within(Duration::from_secs(600), async {
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("a clock after 1970")
            .as_secs();
        let started = i64::try_from(started).expect("a time that fits") - 1;
        let data = DataHome::new("typed-data");
        let cache = DataHome::new("typed-cache");
        let temp = DataHome::new("typed-tmp");
        let logs = DataHome::new("typed-output");
        let output = logs.path().join("app-output.txt");
        let env = [
            ("XDG_CACHE_HOME", cache.path().as_os_str()),
            ("TMPDIR", temp.path().as_os_str()),
            (network::OUTPUT_VAR, output.as_os_str()),
        ];
        let app = App::launch_binary(&app_binary(), &data, &[], &env).await;
        app.click("button.language-option[lang='da']").await;
        app.wait_for_lang("da").await;

        let salt = RandomState::new().hash_one(std::process::id());
        let flows = flows();
        let mut markers = BTreeMap::new();
        for flow in &flows {
            markers.extend(type_through(&app, flow, salt).await);
        }
        app.close().await;

        // Every field of every flow had its marker.
        let fields: BTreeSet<String> = flows
            .iter()
            .flat_map(|flow| {
                flow.screens.iter().flat_map(move |screen| {
                    screen
                        .widgets
                        .iter()
                        .filter(|w| typed(&w.kind))
                        .map(move |w| format!("{}/{}/{}", flow.id, screen.id, w.id))
                })
            })
            .collect();
        let typed_into: BTreeSet<String> = markers.keys().cloned().collect();
        assert_eq!(typed_into, fields, "every practice field is typed into");
        assert!(fields.len() >= 25, "{fields:?}");

        let markers: Vec<String> = markers.into_values().collect();
        assert!(
            output.is_file(),
            "the app's output was kept in {}",
            output.display()
        );
        let mut found = Vec::new();
        for dir in [data.path(), cache.path(), temp.path(), logs.path()] {
            found.extend(files_holding(dir, &markers, None));
        }
        for dir in [std::env::temp_dir(), PathBuf::from("/tmp")] {
            found.extend(files_holding(&dir, &markers, Some(started)));
        }
        assert!(
            found.is_empty(),
            "typed text was written to disk:\n{}",
            found.join("\n")
        );
        // The search is no formality: a marker planted in the app's temporary folder, in the
        // UTF-16 form WebKit uses, is found.
        let planted = temp.path().join("planted");
        let utf16: Vec<u8> = markers[0]
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        std::fs::write(&planted, utf16).expect("the planted file is written");
        assert_eq!(
            files_holding(temp.path(), &markers[..1], Some(started)).len(),
            1,
            "the planted marker is found"
        );
    });
}

#[test]
fn the_network_trace_catches_a_connection_and_allows_local_sockets() {
    let dir = DataHome::new("trace-proof");
    let run = |name: &str, script: &str| -> Report {
        let trace = dir.path().join(name);
        let status = Command::new(network::wrapper())
            .args(["python3", "-c", script])
            .env("TRINVIS_E2E_TRACE", &trace)
            .env("WEBKIT_INSPECTOR_SERVER", "127.0.0.1:9")
            .status()
            .expect("the wrapper runs (`make test` installs strace)");
        assert!(status.success(), "{name}: {status}");
        Report::of(&std::fs::read_to_string(&trace).expect("a trace is written"))
    };
    // A closed loopback port: a real connect() that leaves the machine as little as possible.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let connects = run(
        "connect",
        &format!(
            "import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\nexcept OSError:\n    pass"
        ),
    );
    assert_eq!(connects.attempts.len(), 1, "{connects:?}");
    assert!(connects.attempts[0].contains(&format!("htons({port})")));
    // Python may ask glibc for user names as it starts (it does when HOME is unset), which
    // reaches the same local socket, so the count is taken against a Python that does nothing.
    let quiet = run("quiet", "pass");
    let local = run(
        "local",
        "import socket\ns = socket.socket(socket.AF_UNIX)\ntry:\n    s.connect('/run/nscd/socket')\nexcept OSError:\n    pass",
    );
    assert!(
        quiet.attempts.is_empty() && local.attempts.is_empty(),
        "{quiet:?} {local:?}"
    );
    assert_eq!(
        local.local.values().sum::<usize>(),
        quiet.local.values().sum::<usize>() + 1,
        "{quiet:?} {local:?}"
    );
}

/// WebKit's web process starts with the settings the app makes for it (no compositor, no JIT,
/// script garbage collected soon after the page goes idle), because it inherits them from the
/// app's own environment: the harness sets none of them.
#[test]
fn the_web_process_starts_with_the_settings_the_app_makes_for_it() {
    crate::within_limit(async {
        let data = DataHome::new("web-process-settings");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='da']").await;
        let web = app.processes_named("WebKitWebProces");
        assert!(
            !web.is_empty(),
            "no WebKit web process was found below the app"
        );
        for pid in web {
            let environ = std::fs::read(format!("/proc/{pid}/environ"))
                .unwrap_or_else(|e| panic!("the web process {pid}'s environment: {e}"));
            let environ: Vec<String> = environ
                .split(|&b| b == 0)
                .map(|entry| String::from_utf8_lossy(entry).into_owned())
                .collect();
            for setting in [
                "WEBKIT_DISABLE_COMPOSITING_MODE=1",
                "JSC_useJIT=0",
                "JSC_percentCPUPerMBForEdenTimer=0.01",
            ] {
                assert!(
                    environ.iter().any(|entry| entry == setting),
                    "the web process {pid} started without {setting}"
                );
            }
        }
        app.close().await;
    });
}

/// The web process runs the page's script without the JIT, so nothing in its memory is both
/// writable and executable; with the JIT, JavaScriptCore reserves a writable and executable
/// region for the code it compiles.
#[test]
fn the_web_process_keeps_no_writable_and_executable_memory() {
    crate::within_limit(async {
        let data = DataHome::new("no-jit");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='da']").await;
        // A guide read a few steps in, so the page's script has run more than its start.
        app.click("button[data-guide]").await;
        for _ in 0..3 {
            let before = app.text_of(".step-title").await;
            app.press(ARROW_RIGHT).await;
            app.wait_for_text_other_than(".step-title", &before).await;
        }
        let web = app.processes_named("WebKitWebProces");
        assert!(
            !web.is_empty(),
            "no WebKit web process was found below the app"
        );
        for pid in web {
            let maps = std::fs::read_to_string(format!("/proc/{pid}/maps"))
                .unwrap_or_else(|e| panic!("the web process {pid}'s memory map: {e}"));
            let writable_code: Vec<&str> = maps
                .lines()
                .filter(|line| {
                    let permissions = line.split_whitespace().nth(1).unwrap_or_default();
                    permissions.contains('w') && permissions.contains('x')
                })
                .collect();
            assert!(
                writable_code.is_empty(),
                "the web process {pid} maps writable and executable memory:\n{}",
                writable_code.join("\n")
            );
        }
        app.close().await;
    });
}
