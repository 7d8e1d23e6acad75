//! Harness for the end-to-end tests: starts the real release binary through tauri-driver,
//! drives it over WebDriver, and reads expected texts from the real locale files.

use std::ffi::OsStr;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde_json::json;

pub mod network;

/// How long one end-to-end test may take before it fails instead of hanging.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(120);

/// How long to wait for one element or state to appear.
const WAIT: Duration = Duration::from_secs(20);

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Where screenshots for people to look at are saved.
pub fn screenshot_dir() -> PathBuf {
    root().join("target").join("e2e")
}

/// The app binary under test: `TRINVIS_APP`, or the release build.
pub fn app_binary() -> PathBuf {
    std::env::var_os("TRINVIS_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target").join("release").join("trinvis"))
}

/// A folder for the app's saved progress, removed when dropped, so tests never share state.
pub struct DataHome(PathBuf);

impl DataHome {
    /// A new, empty folder.
    pub fn new(name: &str) -> DataHome {
        let path = std::env::temp_dir().join(format!("trinvis-e2e-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        DataHome(path)
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for DataHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A copy of the repository's `locales/` for translator mode to watch and a test to edit, so the
/// real files are never touched; removed when dropped.
pub struct LocaleCopy(PathBuf);

impl LocaleCopy {
    /// Copies every locale folder into a new folder under `parent`.
    pub fn new(parent: &Path, name: &str) -> LocaleCopy {
        let path = parent.join(format!("trinvis-locales-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        copy_tree(&root().join("locales"), &path);
        LocaleCopy(path)
    }

    /// The copied `locales/` folder.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The copy's path from the working directory, which the app inherits: what the window and
    /// its screenshots show is then a path inside the project, not one of this machine's.
    pub fn relative_path(&self) -> PathBuf {
        let here = std::env::current_dir().unwrap_or_else(|e| panic!("the working directory: {e}"));
        let here: Vec<_> = here.components().collect();
        let there: Vec<_> = self.0.components().collect();
        let common = here.iter().zip(&there).take_while(|(a, b)| a == b).count();
        let mut relative = PathBuf::new();
        for _ in common..here.len() {
            relative.push("..");
        }
        relative.extend(&there[common..]);
        relative
    }

    /// One file of one locale in the copy, such as `so/ui.ftl`.
    pub fn file(&self, locale: &str, name: &str) -> PathBuf {
        self.0.join(locale).join(name)
    }
}

impl Drop for LocaleCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies a folder and everything in it.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target)
                .unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
        }
    }
}

/// A running app, driven over WebDriver; dropping it stops the app and the drivers.
pub struct App {
    /// The WebDriver session.
    pub client: Client,
    driver: Child,
    /// The record of the app's socket calls, when the run traces them.
    trace: Option<network::Trace>,
}

impl App {
    /// Starts tauri-driver and the app with its data in `data`, and waits until the window answers.
    pub async fn launch(data: &DataHome) -> App {
        App::launch_with_args(data, &[]).await
    }

    /// As `launch`, with these arguments on the app's command line, such as `--translate DIR`.
    pub async fn launch_with_args(data: &DataHome, args: &[&str]) -> App {
        App::launch_binary(&app_binary(), data, args, &[]).await
    }

    /// Starts tauri-driver and another window binary, such as the benchmarks' empty window, with
    /// these arguments and these variables in its environment, and waits until the window answers.
    pub async fn launch_binary(
        binary: &Path,
        data: &DataHome,
        args: &[&str],
        env: &[(&str, &OsStr)],
    ) -> App {
        assert!(
            binary.is_file(),
            "{} is missing: build it with `make build` first",
            binary.display()
        );
        let trace = network::tracing().then(|| network::Trace::new(data.path()));
        let traced = trace.iter().map(network::Trace::env);
        // The wrapper only when needed, so a plain run starts the app exactly as a person would.
        let wrapped = trace.is_some() || env.iter().any(|(name, _)| *name == network::OUTPUT_VAR);
        let port = free_port();
        let native_port = free_port();
        let driver = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            // Tauri keeps app data under XDG_DATA_HOME on Linux; the app inherits it from here.
            .env("XDG_DATA_HOME", data.path())
            .envs(env.iter().copied())
            .envs(traced)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            // Its own process group, so WebKitWebDriver and the app are stopped with it.
            .process_group(0)
            .spawn()
            .expect("tauri-driver starts (is it installed? `make test` installs it)");
        wait_for_port(port);
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("wry"));
        let application = binary
            .canonicalize()
            .unwrap_or_else(|_| binary.to_path_buf());
        let options = if wrapped {
            let wrapper = network::wrapper();
            let wrapper = wrapper.canonicalize().unwrap_or(wrapper);
            let mut all = vec![application.to_string_lossy().into_owned()];
            all.extend(args.iter().map(|a| (*a).to_owned()));
            json!({ "application": wrapper, "args": all })
        } else {
            json!({ "application": application, "args": args })
        };
        capabilities.insert("tauri:options".into(), options);
        let client = ClientBuilder::native()
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session opens on the app");
        App {
            client,
            driver,
            trace,
        }
    }

    /// The first element matching a CSS selector, once it is there.
    pub async fn element(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    /// The first element matching an XPath, once it is there: for finding things by what they say.
    pub async fn xpath(&self, xpath: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("{xpath} never appeared: {e}"))
    }

    /// The text of the first element matching a CSS selector, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        let element = self.element(css).await;
        element
            .text()
            .await
            .unwrap_or_else(|e| panic!("{css} has no text: {e}"))
    }

    /// Clicks the first element matching a CSS selector, once it is there.
    pub async fn click(&self, css: &str) {
        let element = self.element(css).await;
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("{css} could not be clicked: {e}"))
    }

    /// Presses a key in the focused element, as a person would; `key` is a WebDriver key code.
    pub async fn press(&self, key: char) {
        let focused = self
            .client
            .active_element()
            .await
            .unwrap_or_else(|e| panic!("no focused element: {e}"));
        focused
            .send_keys(&key.to_string())
            .await
            .unwrap_or_else(|e| panic!("key press failed: {e}"));
    }

    /// Waits until the first element matching a CSS selector has exactly this text. The screen
    /// may re-render while it waits, so a missing or replaced element is simply asked for again.
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        self.wait_for_text_as(css, expected, str::to_owned).await;
    }

    /// As `wait_for_text`, reading the text without the isolation marks Fluent puts around
    /// placeables, for texts whose arguments the test does not format itself.
    pub async fn wait_for_text_unisolated(&self, css: &str, expected: &str) {
        self.wait_for_text_as(css, expected, |t| t.replace(['\u{2068}', '\u{2069}'], ""))
            .await;
    }

    /// Waits until the first element matching a CSS selector shows something other than
    /// `before`, and returns what it shows then: for the next step or note, whose text the test
    /// does not know.
    pub async fn wait_for_text_other_than(&self, css: &str, before: &str) -> String {
        let start = Instant::now();
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.ok(),
                Err(_) => None,
            };
            match text {
                Some(text) if text != before => return text,
                _ => {
                    assert!(
                        start.elapsed() < WAIT,
                        "{css} never changed from {before:?}"
                    );
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
    }

    async fn wait_for_text_as(&self, css: &str, expected: &str, read: impl Fn(&str) -> String) {
        let start = Instant::now();
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.ok().map(|t| read(&t)),
                Err(_) => None,
            };
            if text.as_deref() == Some(expected) {
                return;
            }
            assert!(
                start.elapsed() < WAIT,
                "{css} shows {text:?}, never {expected:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// An attribute of the document element.
    pub async fn html_attribute(&self, name: &str) -> String {
        let value = self
            .client
            .execute(
                "return document.documentElement.getAttribute(arguments[0]);",
                vec![json!(name)],
            )
            .await
            .unwrap_or_else(|e| panic!("reading <html {name}> failed: {e}"));
        value.as_str().unwrap_or_default().to_owned()
    }

    /// Waits until the document's `lang` attribute is `lang`.
    pub async fn wait_for_lang(&self, lang: &str) {
        let start = Instant::now();
        while self.html_attribute("lang").await != lang {
            assert!(
                start.elapsed() < WAIT,
                "the document never switched to lang={lang}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Saves a screenshot of the window under `target/e2e/`.
    pub async fn screenshot(&self, name: &str) {
        self.wait_for_fonts_and_paint().await;
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let path = dir.join(format!("{name}.png"));
        // From the X server, as WebKitWebDriver's screenshot never returns when the app paints
        // without WebKit's compositor (`tools/window_shot.py`).
        let rect = self
            .client
            .get_window_rect()
            .await
            .unwrap_or_else(|e| panic!("the window's place is not known: {e}"));
        let (x, y, width, height) = rect;
        let shot = std::process::Command::new("/usr/bin/python3")
            .arg(root().join("tests/tools/window_shot.py"))
            .args([x, y, width, height].map(|v| v.to_string()))
            .arg(&path)
            .output()
            .unwrap_or_else(|e| panic!("the screenshot script does not run: {e}"));
        assert!(
            shot.status.success(),
            "screenshot {name} failed: {}",
            String::from_utf8_lossy(&shot.stderr)
        );
    }

    /// Waits until every font in use has loaded and the next frame is painted.
    async fn wait_for_fonts_and_paint(&self) {
        let script = "const done = arguments[arguments.length - 1];
            document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));";
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("waiting for fonts failed: {e}"));
    }

    /// Runs axe-core, the open accessibility checker, on the window as it stands, and returns
    /// each serious or critical WCAG 2.2 A/AA violation as "rule: what (where)".
    pub async fn accessibility_problems(&self) -> Vec<String> {
        let path = root().join("ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (`make test` installs the UI's packages)",
                path.display()
            )
        });
        self.client
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await
            .unwrap_or_else(|e| panic!("axe-core could not be injected: {e}"));
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                resultTypes: ['violations'],
            }).then(
                (r) => done(r.violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')')),
                (e) => done(['axe failed: ' + e]));";
        let found = self
            .client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("axe-core did not run: {e}"));
        found
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The value of an attribute of the first element matching a CSS selector, once it is there.
    pub async fn attribute_of(&self, css: &str, name: &str) -> String {
        self.element(css)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("{css} [{name}]: {e}"))
            .unwrap_or_default()
    }

    /// How many elements match a CSS selector now, without waiting for one to appear.
    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} could not be looked for: {e}"))
            .len()
    }

    /// The open guide's step counter: the step and the number of steps, counted from 1 as the
    /// user reads them.
    pub async fn step_counter(&self) -> (usize, usize) {
        let text = self.text_of(".step-counter").await;
        let numbers: Vec<usize> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        match numbers.as_slice() {
            [step, total] => (*step, *total),
            _ => panic!("the step counter {text:?} holds no step and total"),
        }
    }

    /// The process IDs of every process the drivers started, the app and its WebKit processes
    /// among them, that goes by this name (`/proc/PID/comm`, which keeps 15 bytes of it).
    pub fn processes_named(&self, name: &str) -> Vec<u32> {
        descendants(self.driver.id())
            .into_iter()
            .filter(|pid| {
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|comm| comm.trim_end() == name)
            })
            .collect()
    }

    /// Ends the session, which closes the app; the drivers stop when `self` drops.
    pub async fn close(self) {
        let _closed = self.client.clone().close().await;
    }
}

impl Drop for App {
    fn drop(&mut self) {
        stop_group(&mut self.driver);
        // A test that failed already says why; a second panic here would abort the run.
        let Some(trace) = self.trace.as_ref().filter(|_| !std::thread::panicking()) else {
            return;
        };
        let attempts = trace.attempts();
        if !attempts.is_empty() {
            panic!("the app reached for the network:\n{}", attempts.join("\n"));
        }
    }
}

/// The process and every process below it, found through each process's parent in /proc.
pub fn descendants(pid: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc")
        .expect("/proc can be read")
        .flatten()
    {
        let Some(child) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // The name in parentheses may hold spaces; the fields after it do not.
        let Some(parent) = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        parents.push((child, parent));
    }
    let mut family = vec![pid];
    let mut next = 0;
    while next < family.len() {
        let of = family[next];
        family.extend(parents.iter().filter(|(_, p)| *p == of).map(|(c, _)| *c));
        next += 1;
    }
    family
}

/// Stops tauri-driver and everything it started; the group can outlive its leader.
fn stop_group(child: &mut Child) {
    let group = format!("-{}", child.id());
    let _asked = Command::new("kill").args(["-TERM", "--", &group]).status();
    let _killed = child.kill();
    let _reaped = child.wait();
    std::thread::sleep(Duration::from_millis(200));
    // WebKitWebDriver does not always stop on SIGTERM.
    let _forced = Command::new("kill")
        .args(["-KILL", "--", &group])
        .stderr(Stdio::null())
        .status();
}

/// A free loopback port below the kernel's range for outgoing connections. A port the kernel
/// hands out (`bind` to port 0) comes from that range, and an outgoing connection made between
/// the pick and the driver's `listen` could take it; the kill test, which starts a hundred
/// drivers in a row, met exactly that.
fn free_port() -> u16 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let outgoing_from = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|range| range.split_whitespace().next()?.parse::<u64>().ok())
        .unwrap_or(32768);
    const LOWEST: u64 = 10_000;
    let span = outgoing_from.saturating_sub(LOWEST).max(1);
    // Processes that pick at once start far apart; one process never picks the same port twice.
    let start = u64::from(std::process::id()).wrapping_mul(7919);
    for _ in 0..span {
        let port = LOWEST + (start + NEXT.fetch_add(1, Ordering::Relaxed)) % span;
        if let Ok(port) = u16::try_from(port) {
            if TcpListener::bind(("127.0.0.1", port)).is_ok() {
                return port;
            }
        }
    }
    panic!("no free loopback port between {LOWEST} and {outgoing_from}");
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < WAIT,
            "tauri-driver never listened on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The WebDriver code of the Tab key.
pub const TAB: char = '\u{e004}';
/// The WebDriver code of the right arrow key.
pub const ARROW_RIGHT: char = '\u{e014}';
/// The WebDriver code of the left arrow key.
pub const ARROW_LEFT: char = '\u{e012}';

/// The facts that change (`src-tauri/content/facts.toml`), as the app gives them to every message.
fn facts() -> FluentArgs<'static> {
    let path = root().join("src-tauri/content/facts.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut args = FluentArgs::new();
    let mut name: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if let Some(header) = line
            .strip_prefix("[fact.")
            .and_then(|l| l.strip_suffix(']'))
        {
            name = Some(header.to_owned());
        } else if let (Some(fact), Some(value)) = (
            name.take_if(|_| line.starts_with("value")),
            line.split_once('='),
        ) {
            let value = value.1.trim();
            match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                Some(text) => args.set(fact, FluentValue::from(text.to_owned())),
                None => args.set(
                    fact,
                    FluentValue::from(
                        value
                            .parse::<f64>()
                            .unwrap_or_else(|e| panic!("{value}: {e}")),
                    ),
                ),
            }
        }
    }
    args
}

/// A message formatted from the real locale files with the facts that change, without bidi
/// isolation marks.
pub fn message(locale: &str, id: &str) -> String {
    message_with(locale, id, &[])
}

/// As `message`, with these text values for the message's own variables, such as a path.
pub fn message_with(locale: &str, id: &str, values: &[(&str, &str)]) -> String {
    let langid = locale.parse().unwrap_or_else(|e| panic!("{locale}: {e}"));
    let mut bundle = FluentBundle::new(vec![langid]);
    let dir = root().join("locales").join(locale);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    entries.sort();
    for path in entries {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resource =
            FluentResource::try_new(text).unwrap_or_else(|_| panic!("{} parses", path.display()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|_| panic!("{} has no duplicates", path.display()));
    }
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .unwrap_or_else(|| panic!("{locale} has no message {id}"));
    let mut errors = Vec::new();
    let mut args = facts();
    for (name, value) in values {
        args.set(name.to_string(), FluentValue::from(value.to_string()));
    }
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    assert!(errors.is_empty(), "{locale}/{id}: {errors:?}");
    text.replace(['\u{2068}', '\u{2069}'], "")
}
