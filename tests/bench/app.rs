//! Trinvis beside the smallest Tauri window (`bench/floor`), both release builds in real windows
//! under Xvfb, driven over WebDriver, taking turns under the same conditions: the start of a
//! returning user up to an interactive home screen, memory after a typical session, and the time
//! from a key press or click to the frame that shows its answer. Every figure has the floor from
//! the same run beside it; the tables go to `target/bench/app.md`.
//!
//! The process start is recorded by this same executable: WebKitWebDriver is told to start it as
//! the window, and it writes the wall-clock time and its process ID, then replaces itself with the
//! real binary (`exec`, same process), so the time is taken within a millisecond of the window's
//! process starting, on the clock the page's `performance.timeOrigin` is on.

use std::ffi::{OsStr, OsString};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::Locator;
use serde_json::{json, Value};
use trinvis_e2e::{copy_tree, descendants, message, root, App, DataHome, ARROW_LEFT, ARROW_RIGHT};

mod symbol_order;

/// Set for the launcher: the binary it becomes.
const LAUNCH_BINARY: &str = "TRINVIS_BENCH_BINARY";
/// Set for the launcher: the file it writes its process ID and start time to.
const LAUNCH_RECORD: &str = "TRINVIS_BENCH_STARTED";
/// Set for the launcher when the window runs under Valgrind's callgrind: the profile to write.
const LAUNCH_PROFILE: &str = "TRINVIS_BENCH_PROFILE";

/// How long one wait for the page may take before the benchmark fails instead of hanging.
const WAIT: Duration = Duration::from_secs(30);
/// The same under callgrind, which runs the window's own process tens of times slower.
const WAIT_PROFILED: Duration = Duration::from_secs(300);
/// Time left to each window before its memory is read, the same for both, so that work started
/// by the last screen (JIT, caches, a garbage collection) has settled.
const SETTLE: Duration = Duration::from_secs(3);

/// The three guides and the practice flow of the memory figure: one of each topic's kinds.
const GUIDES: [&str; 3] = ["what-is-mitid", "what-is-digital-post", "safety-online"];
const PRACTICE: &str = "login-app-computer";
/// The guide whose steps the latency figure pages through.
const STEP_GUIDE: &str = "what-is-mitid";

fn main() {
    if let Some(binary) = std::env::var_os(LAUNCH_BINARY) {
        become_window(binary);
    }
    let runs = count_from_env("TRINVIS_BENCH_RUNS", 10);
    let repetitions = count_from_env("TRINVIS_BENCH_REPS", 50);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts");
    if std::env::var_os(symbol_order::MODE).is_some() {
        runtime.block_on(symbol_order::record());
        return;
    }
    let (report, samples) = runtime.block_on(run(runs, repetitions));
    let dir = root().join("target").join("bench");
    std::fs::create_dir_all(&dir).expect("target/bench can be made");
    std::fs::write(dir.join("app.md"), &report).expect("target/bench/app.md can be written");
    std::fs::write(dir.join("app-samples.json"), samples.to_string())
        .expect("target/bench/app-samples.json can be written");
    println!("{report}");
}

/// Records this process's start, then becomes the window binary in the same process.
fn become_window(binary: OsString) -> ! {
    let started = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970");
    let record = std::env::var_os(LAUNCH_RECORD).expect("the launcher is told where to record");
    std::fs::write(
        &record,
        format!("{} {}\n", std::process::id(), started.as_nanos()),
    )
    .expect("the launcher records its start");
    let mut command = match std::env::var_os(LAUNCH_PROFILE) {
        Some(profile) => {
            let mut out = OsString::from("--callgrind-out-file=");
            out.push(profile);
            let mut valgrind = Command::new("valgrind");
            // Mangled names, because the linker's ordering file names symbols as the binary does.
            valgrind
                .args(["--tool=callgrind", "--demangle=no"])
                .arg(out)
                .arg(&binary);
            valgrind
        }
        None => Command::new(&binary),
    };
    let error = command
        .args(std::env::args_os().skip(1))
        .env_remove(LAUNCH_BINARY)
        .env_remove(LAUNCH_RECORD)
        .env_remove(LAUNCH_PROFILE)
        .exec();
    panic!(
        "{} could not be started: {error}",
        Path::new(&binary).display()
    );
}

/// How long one wait for the page may take in this run: longer when `make symbol-order` runs
/// the windows under callgrind.
fn wait_limit() -> Duration {
    if std::env::var_os(symbol_order::MODE).is_some() {
        WAIT_PROFILED
    } else {
        WAIT
    }
}

fn count_from_env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .map(|v| v.parse().unwrap_or_else(|e| panic!("{name}={v}: {e}")))
        .unwrap_or(default)
}

/// Which window a run starts.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Floor,
    Trinvis,
}

impl Kind {
    fn file_name(self) -> &'static str {
        match self {
            Kind::Floor => "trinvis-floor",
            Kind::Trinvis => "trinvis",
        }
    }

    fn binary(self) -> PathBuf {
        root().join("target").join("release").join(self.file_name())
    }

    /// The linker's ordering file for this binary, which its build script passes on.
    fn symbol_order(self) -> PathBuf {
        let package = match self {
            Kind::Floor => "bench/floor",
            Kind::Trinvis => "src-tauri",
        };
        root().join(package).join("symbol-order.txt")
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Floor => "floor",
            Kind::Trinvis => "trinvis",
        }
    }

    /// The performance mark the page sets once its first screen is painted.
    fn mark(self) -> &'static str {
        match self {
            Kind::Floor => "floor-painted",
            Kind::Trinvis => "trinvis-interactive",
        }
    }
}

/// A window started through the launcher, with what the launcher recorded.
struct Started {
    app: App,
    pid: u32,
    /// Milliseconds since the Unix epoch at the process's start.
    start_ms: f64,
    data: DataHome,
}

/// Starts a window of this kind on a fresh copy of a data folder.
async fn start(kind: Kind, template: &Path, name: &str) -> Started {
    start_binary(&kind.binary(), template, name, None).await
}

/// Starts this binary through the launcher on a fresh copy of a data folder, under callgrind
/// writing to `profile` if one is given.
async fn start_binary(
    binary: &Path,
    template: &Path,
    name: &str,
    profile: Option<&Path>,
) -> Started {
    let data = DataHome::new(name);
    copy_tree(template, data.path());
    let record = data.path().join("started");
    let launcher = std::env::current_exe().expect("the benchmark knows its own path");
    let mut env: Vec<(&str, &OsStr)> = vec![
        (LAUNCH_BINARY, binary.as_os_str()),
        (LAUNCH_RECORD, record.as_os_str()),
    ];
    if let Some(profile) = profile {
        env.push((LAUNCH_PROFILE, profile.as_os_str()));
    }
    let app = App::launch_binary(&launcher, &data, &[], &env).await;
    let text = std::fs::read_to_string(&record).expect("the launcher recorded its start");
    let (pid, nanos) = text
        .trim()
        .split_once(' ')
        .expect("the record is `pid nanoseconds`");
    Started {
        app,
        pid: pid.parse().expect("a process ID"),
        start_ms: nanos.parse::<f64>().expect("nanoseconds") / 1e6,
        data,
    }
}

impl Started {
    /// Closes the window and waits until its process and every process it started are gone, so
    /// the next window runs alone and its shared pages are not counted against this one; gives
    /// back its data folder as the window left it.
    async fn stop(self) -> DataHome {
        let family = descendants(self.pid);
        self.app.close().await;
        let begun = Instant::now();
        while family
            .iter()
            .any(|pid| Path::new(&format!("/proc/{pid}")).exists())
        {
            assert!(
                begun.elapsed() < wait_limit(),
                "the window's processes never ended"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.data
    }
}

/// The page's mark for its first screen, read once it is set.
struct Mark {
    /// Milliseconds since the Unix epoch at the mark.
    wall_ms: f64,
    /// Milliseconds since the Unix epoch at the page's time origin, when its navigation began.
    origin_ms: f64,
    /// Every mark the page set by then, in milliseconds from its time origin.
    marks: Value,
    /// `Date.now()` minus `timeOrigin + performance.now()` when it was read: how far the page's
    /// time origin lies from the wall clock, to within the millisecond of `Date.now()`.
    clock_offset_ms: f64,
}

async fn wait_for_mark(app: &App, mark: &str) -> Mark {
    let script = "const [name, done] = [arguments[0], arguments[arguments.length - 1]];
        const look = () => {
            const mark = performance.getEntriesByName(name, 'mark')[0];
            if (!mark) { setTimeout(look, 10); return; }
            const now = performance.now();
            const marks = {};
            for (const m of performance.getEntriesByType('mark')) marks[m.name] = m.startTime;
            done({ origin: performance.timeOrigin, at: mark.startTime, now, wall: Date.now(), marks });
        };
        look();";
    let begun = Instant::now();
    loop {
        // The session may open while the first page is still being replaced by the app's.
        match app.client.execute_async(script, vec![json!(mark)]).await {
            Ok(found) => {
                let number = |key: &str| found[key].as_f64().expect("the mark's times are numbers");
                return Mark {
                    wall_ms: number("origin") + number("at"),
                    origin_ms: number("origin"),
                    marks: found["marks"].clone(),
                    clock_offset_ms: number("wall") - (number("origin") + number("now")),
                };
            }
            Err(error) => {
                assert!(
                    begun.elapsed() < wait_limit(),
                    "the mark {mark} never came: {error}"
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    }
}

/// One process of a window: its name and memory in KiB.
struct Memory {
    name: String,
    /// Proportional set size: each shared page split between the processes that map it.
    pss_kib: u64,
    /// Pages this process alone maps (USS), which other processes running at the same time,
    /// such as another WebKit window, cannot change.
    private_kib: u64,
}

/// The memory of the window's process and of every process it started (WebKit's web and network
/// processes), as PSS: a shared page is counted once, split between the processes that map it.
fn memory(pid: u32) -> Vec<Memory> {
    descendants(pid)
        .into_iter()
        .filter_map(|pid| {
            let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
            let field = |name: &str| -> Option<u64> {
                rollup
                    .lines()
                    .find_map(|l| l.strip_prefix(name))?
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .ok()
            };
            let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
            Some(Memory {
                name: name.trim().to_owned(),
                pss_kib: field("Pss:")?,
                private_kib: field("Private_Clean:")? + field("Private_Dirty:")?,
            })
        })
        .collect()
}

fn total_mib(memory: &[Memory], kib: impl Fn(&Memory) -> u64) -> f64 {
    memory.iter().map(|m| kib(m) as f64).sum::<f64>() / 1024.0
}

/// What one start of each window gave.
#[derive(Default)]
struct Samples {
    start_ms: Vec<f64>,
    /// From the process's start to the page's navigation.
    navigation_ms: Vec<f64>,
    /// Trinvis's own marks: navigation to its script running, from there to Rust's first view,
    /// and from there to the home screen painted.
    script_ms: Vec<f64>,
    view_ms: Vec<f64>,
    shown_ms: Vec<f64>,
    clock_offset_ms: Vec<f64>,
    pss_first_screen_mib: Vec<f64>,
    pss_after_session_mib: Vec<f64>,
    private_first_screen_mib: Vec<f64>,
    private_after_session_mib: Vec<f64>,
    /// Each process's share at the first screen, in the last run.
    processes_first_screen: Vec<String>,
    /// Each process's share after the session, in the last run.
    processes_after_session: Vec<String>,
}

fn breakdown(memory: &[Memory]) -> Vec<String> {
    memory
        .iter()
        .map(|m| {
            format!(
                "{} {:.0} MiB ({:.0} MiB private)",
                m.name,
                m.pss_kib as f64 / 1024.0,
                m.private_kib as f64 / 1024.0
            )
        })
        .collect()
}

/// Starts each window once to make a returning user's data folder, and to warm the file cache
/// for both alike. For Trinvis that is the first-start language choice, Danish.
async fn first_start(kind: Kind, template: &Path) {
    let empty = DataHome::new("bench-empty");
    let started = start(kind, empty.path(), &format!("bench-first-{}", kind.name())).await;
    wait_for_mark(&started.app, kind.mark()).await;
    if kind == Kind::Trinvis {
        started.app.click("button.language-option[lang='da']").await;
        started.app.element("button[data-guide]").await;
    }
    let data = started.stop().await;
    std::fs::remove_file(data.path().join("started")).expect("the start record is there");
    copy_tree(data.path(), template);
}

/// One start: the time to the first screen, memory there, and for Trinvis memory after three
/// guides and a practice flow.
async fn one_start(kind: Kind, template: &Path, run: usize, samples: &mut Samples) {
    let started = start(kind, template, &format!("bench-{}-{run}", kind.name())).await;
    let mark = wait_for_mark(&started.app, kind.mark()).await;
    samples.start_ms.push(mark.wall_ms - started.start_ms);
    samples
        .navigation_ms
        .push(mark.origin_ms - started.start_ms);
    if let (Some(script), Some(view), Some(shown)) = (
        mark.marks["trinvis-script"].as_f64(),
        mark.marks["trinvis-view"].as_f64(),
        mark.marks[kind.mark()].as_f64(),
    ) {
        samples.script_ms.push(script);
        samples.view_ms.push(view - script);
        samples.shown_ms.push(shown - view);
    }
    samples.clock_offset_ms.push(mark.clock_offset_ms);
    tokio::time::sleep(SETTLE).await;
    let first = memory(started.pid);
    samples
        .pss_first_screen_mib
        .push(total_mib(&first, |m| m.pss_kib));
    samples
        .private_first_screen_mib
        .push(total_mib(&first, |m| m.private_kib));
    samples.processes_first_screen = breakdown(&first);
    if kind == Kind::Trinvis {
        session(&started.app).await;
        tokio::time::sleep(SETTLE).await;
        let after = memory(started.pid);
        samples
            .pss_after_session_mib
            .push(total_mib(&after, |m| m.pss_kib));
        samples
            .private_after_session_mib
            .push(total_mib(&after, |m| m.private_kib));
        samples.processes_after_session = breakdown(&after);
    }
    started.stop().await;
}

/// What a person does in one sitting: reads three guides to the end, and does one practice flow
/// with "show me" to its end, each time back to the home screen.
async fn session(app: &App) {
    for guide in GUIDES {
        app.click(&format!("button[data-guide='{guide}']")).await;
        app.element(".step-title").await;
        for _ in 0..20 {
            if app.client.find(Locator::Css(".guide-done")).await.is_ok() {
                break;
            }
            let before = app.text_of(".step-title").await;
            app.press(ARROW_RIGHT).await;
            wait_until(app, "the next step", |app| {
                let before = before.clone();
                async move {
                    match app.client.find(Locator::Css(".step-title")).await {
                        Ok(title) => title.text().await.is_ok_and(|t| t != before),
                        Err(_) => false,
                    }
                }
            })
            .await;
        }
        app.click(".guide-done button.primary").await;
        app.element("button[data-practice]").await;
    }
    app.click(&format!("button[data-practice='{PRACTICE}']"))
        .await;
    let show_me = format!(
        "//button[normalize-space()='{}']",
        message("da", "practice-show-me-button")
    );
    for _ in 0..30 {
        if app
            .client
            .find(Locator::Css(".practice .primary"))
            .await
            .is_ok()
        {
            break;
        }
        let before = app.attribute_of(".practice", "data-screen").await;
        app.xpath(&show_me)
            .await
            .click()
            .await
            .expect("show me can be pressed");
        wait_until(app, "the next practice screen", |app| {
            let before = before.clone();
            async move {
                match app.client.find(Locator::Css(".practice")).await {
                    Ok(p) => p.attr("data-screen").await.ok().flatten() != Some(before),
                    Err(_) => false,
                }
            }
        })
        .await;
    }
    app.click(".practice .primary").await;
    app.element("button[data-practice]").await;
}

async fn wait_until<'a, F, Fut>(app: &'a App, what: &str, check: F)
where
    F: Fn(&'a App) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let begun = Instant::now();
    while !check(app).await {
        assert!(begun.elapsed() < wait_limit(), "{what} never came");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Arms the page to time the next input of this type (`keydown` or `click`): from the event's
/// time stamp to the frames after the DOM first matches `done`, which is `rtl` (the document's
/// direction is right to left) or a CSS selector whose text must change, optionally with `rtl`
/// as well (`rtl+.step-title`).
const ARM: &str = "const [type, done] = arguments;
    const root = document.documentElement;
    const selector = done.replace(/^rtl\\+?/, '');
    const wantsRtl = done.startsWith('rtl');
    const textOf = () => selector ? (document.querySelector(selector)?.textContent ?? null) : null;
    const before = textOf();
    const matches = () => (!wantsRtl || root.dir === 'rtl') && (!selector || textOf() !== before);
    const timing = { input: null, changed: null, produced: null, painted: null, fontsLoading: null };
    window.__trinvisBench = timing;
    const onInput = (event) => { if (timing.input === null) timing.input = event.timeStamp; };
    window.addEventListener(type, onInput, { capture: true });
    const observer = new MutationObserver(() => {
        if (timing.input === null || !matches()) return;
        timing.changed = performance.now();
        observer.disconnect();
        window.removeEventListener(type, onInput, { capture: true });
        requestAnimationFrame(() => {
            // The frame with the change is made right after this callback; a task posted now
            // runs once it is made.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => { timing.produced = performance.now(); };
            channel.port2.postMessage(null);
            requestAnimationFrame(() => {
                timing.painted = performance.now();
                timing.fontsLoading = document.fonts.status === 'loading';
            });
        });
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    return true;";

/// Reads what the armed page timed, once the second frame after the change has come.
const COLLECT: &str = "const done = arguments[arguments.length - 1];
    const look = () => {
        const t = window.__trinvisBench;
        if (t && t.painted !== null && t.produced !== null) done(t); else setTimeout(look, 5);
    };
    look();";

/// One timed interaction: milliseconds from the input's time stamp.
struct Latency {
    /// To the second animation frame after the DOM changed: the frame with the change is painted.
    painted: f64,
    /// To the first task after the frame with the change was made.
    produced: f64,
    /// To the DOM change itself.
    changed: f64,
    /// Whether a font was still loading when the change was painted.
    fonts_loading: bool,
}

async fn arm(app: &App, input: &str, done: &str) {
    app.client
        .execute(ARM, vec![json!(input), json!(done)])
        .await
        .expect("the page is armed");
}

async fn collect(app: &App) -> Latency {
    let t = app
        .client
        .execute_async(COLLECT, vec![])
        .await
        .expect("the page timed the interaction");
    let at = |key: &str| t[key].as_f64().unwrap_or(f64::NAN);
    let input = at("input");
    Latency {
        painted: at("painted") - input,
        produced: at("produced") - input,
        changed: at("changed") - input,
        fonts_loading: t["fontsLoading"] == Value::Bool(true),
    }
}

#[derive(Default)]
struct LatencySeries(Vec<Latency>);

impl LatencySeries {
    fn of(&self, pick: impl Fn(&Latency) -> f64) -> Vec<f64> {
        self.0.iter().map(pick).collect()
    }
}

/// A key press in a guide, ArrowRight to the last step, then ArrowLeft back, and so on.
async fn step_latency(app: &App, repetitions: usize) -> LatencySeries {
    app.click(&format!("button[data-guide='{STEP_GUIDE}']"))
        .await;
    app.element(".step-title").await;
    let (mut step, total) = app.step_counter().await;
    let mut forward = true;
    let mut series = LatencySeries::default();
    for _ in 0..repetitions {
        // Past the last step the guide ends, so the presses turn at either end.
        if step == total {
            forward = false;
        } else if step == 1 {
            forward = true;
        }
        arm(app, "keydown", ".step-title").await;
        app.press(if forward { ARROW_RIGHT } else { ARROW_LEFT })
            .await;
        series.0.push(collect(app).await);
        step = if forward { step + 1 } else { step - 1 };
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    series
}

/// Danish to Arabic through the language menu, timed from the click on Arabic to the frame after
/// the page turned right to left and, in a guide, after the step's title is Arabic; each time
/// back to Danish untimed.
async fn language_latency(app: &App, repetitions: usize, done: &str) -> LatencySeries {
    let danish_heading = app.text_of("h1").await;
    let mut series = LatencySeries::default();
    for _ in 0..repetitions {
        app.click("button[aria-haspopup='dialog']").await;
        let arabic = app.element("dialog[open] button[lang='ar']").await;
        arm(app, "click", done).await;
        arabic.click().await.expect("Arabic can be chosen");
        series.0.push(collect(app).await);
        app.wait_for_lang("ar").await;
        app.click("button[aria-haspopup='dialog']").await;
        app.click("dialog[open] button[lang='da']").await;
        // A guide's texts come back after the document's language: the next timing must start
        // from the Danish title, not from the Arabic one.
        app.wait_for_text("h1", &danish_heading).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    series
}

/// The same two interactions in the empty window, with the least a page can do in answer: a key
/// that changes its one line, and a click that turns it right to left. What is left is WebKit's
/// own path from input to a painted frame.
async fn floor_latency(app: &App, repetitions: usize) -> (LatencySeries, LatencySeries) {
    app.client
        .execute(
            "const line = document.querySelector('p');
             window.addEventListener('keydown', () => { line.textContent = line.textContent.endsWith('.') ? 'Trinvis' : 'Trinvis.'; });
             const flip = document.createElement('button');
             flip.id = 'flip';
             flip.textContent = line.textContent;
             flip.addEventListener('click', () => { document.documentElement.dir = 'rtl'; });
             document.body.append(flip);
             return true;",
            vec![],
        )
        .await
        .expect("the floor page gets its key and button");
    let mut keys = LatencySeries::default();
    for _ in 0..repetitions {
        arm(app, "keydown", "p").await;
        app.press(ARROW_RIGHT).await;
        keys.0.push(collect(app).await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut clicks = LatencySeries::default();
    for _ in 0..repetitions {
        let flip = app.element("#flip").await;
        arm(app, "click", "rtl").await;
        flip.click().await.expect("the button can be clicked");
        clicks.0.push(collect(app).await);
        app.client
            .execute("document.documentElement.dir = 'ltr'; return true;", vec![])
            .await
            .expect("the page turns back");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    (keys, clicks)
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    v
}

fn median(values: &[f64]) -> f64 {
    let v = sorted(values);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The nearest-rank percentile.
fn percentile(values: &[f64], p: f64) -> f64 {
    let v = sorted(values);
    if v.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.clamp(1, v.len()) - 1]
}

fn spread(values: &[f64]) -> String {
    let v = sorted(values);
    match (v.first(), v.last()) {
        (Some(lo), Some(hi)) => format!("{lo:.0}–{hi:.0}"),
        _ => String::new(),
    }
}

/// Seconds since boot, the clock of `perf record -k boottime`, so that a profile of the whole
/// machine taken during the benchmark can be cut to one phase with `perf report --time`.
fn since_boot() -> String {
    std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|uptime| uptime.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default()
}

fn phase_done(phase: &str, begun: &str) {
    eprintln!("{phase}: from {begun} to {} s since boot", since_boot());
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Runs every measurement; gives the tables and every sample behind them.
async fn run(runs: usize, repetitions: usize) -> (String, Value) {
    for kind in [Kind::Floor, Kind::Trinvis] {
        assert!(
            kind.binary().is_file(),
            "{} is missing: `make bench` builds it",
            kind.binary().display()
        );
    }
    let load_before = load_average();
    let templates = DataHome::new("bench-templates");
    let floor_template = templates.path().join("floor");
    let trinvis_template = templates.path().join("trinvis");
    first_start(Kind::Floor, &floor_template).await;
    first_start(Kind::Trinvis, &trinvis_template).await;

    let mut floor = Samples::default();
    let mut trinvis = Samples::default();
    for run in 0..runs {
        // Each takes the lead in turn, so neither always starts on a cache the other warmed.
        if run % 2 == 0 {
            one_start(Kind::Floor, &floor_template, run, &mut floor).await;
            one_start(Kind::Trinvis, &trinvis_template, run, &mut trinvis).await;
        } else {
            one_start(Kind::Trinvis, &trinvis_template, run, &mut trinvis).await;
            one_start(Kind::Floor, &floor_template, run, &mut floor).await;
        }
        eprintln!(
            "run {}: floor {:.0} ms, Trinvis {:.0} ms",
            run + 1,
            floor.start_ms.last().copied().unwrap_or(f64::NAN),
            trinvis.start_ms.last().copied().unwrap_or(f64::NAN)
        );
    }

    let started = start(Kind::Floor, &floor_template, "bench-floor-latency").await;
    wait_for_mark(&started.app, Kind::Floor.mark()).await;
    let begun = since_boot();
    let (floor_keys, floor_clicks) = floor_latency(&started.app, repetitions).await;
    phase_done("floor keys and clicks", &begun);
    started.stop().await;

    let started = start(Kind::Trinvis, &trinvis_template, "bench-trinvis-latency").await;
    wait_for_mark(&started.app, Kind::Trinvis.mark()).await;
    let begun = since_boot();
    let home_switch = language_latency(&started.app, repetitions, "rtl").await;
    phase_done("Danish → Arabic at home", &begun);
    let begun = since_boot();
    let steps = step_latency(&started.app, repetitions).await;
    phase_done("step changes", &begun);
    let begun = since_boot();
    let guide_switch = language_latency(&started.app, repetitions, "rtl+.step-title").await;
    phase_done("Danish → Arabic in a guide", &begun);
    started.stop().await;
    let load_after = load_average();

    let latencies = |series: &LatencySeries| {
        json!({
            "painted": series.of(|l| l.painted),
            "produced": series.of(|l| l.produced),
            "changed": series.of(|l| l.changed),
        })
    };
    let starts = |samples: &Samples| {
        json!({
            "start_ms": samples.start_ms,
            "navigation_ms": samples.navigation_ms,
            "script_ms": samples.script_ms,
            "view_ms": samples.view_ms,
            "shown_ms": samples.shown_ms,
            "clock_offset_ms": samples.clock_offset_ms,
            "pss_first_screen_mib": samples.pss_first_screen_mib,
            "pss_after_session_mib": samples.pss_after_session_mib,
            "private_first_screen_mib": samples.private_first_screen_mib,
            "private_after_session_mib": samples.private_after_session_mib,
        })
    };
    let raw = json!({
        "floor": starts(&floor),
        "trinvis": starts(&trinvis),
        "step": latencies(&steps),
        "language_home": latencies(&home_switch),
        "language_guide": latencies(&guide_switch),
        "floor_key": latencies(&floor_keys),
        "floor_click": latencies(&floor_clicks),
    });
    let mut tables = report(Report {
        runs,
        repetitions,
        load: format!("{load_before} before, {load_after} after"),
        floor,
        trinvis,
        steps,
        home_switch,
        guide_switch,
        floor_keys,
        floor_clicks,
    });
    tables.push('\n');
    tables.push_str(&sizes());
    (tables, raw)
}

struct Report {
    runs: usize,
    repetitions: usize,
    load: String,
    floor: Samples,
    trinvis: Samples,
    steps: LatencySeries,
    home_switch: LatencySeries,
    guide_switch: LatencySeries,
    floor_keys: LatencySeries,
    floor_clicks: LatencySeries,
}

fn report(r: Report) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(
        &mut out,
        format!(
            "Runs: {} starts of each window, taking turns; {} repetitions of each interaction. \
             Load average (1, 5, 15 min): {}.\n",
            r.runs, r.repetitions, r.load
        ),
    );

    let floor_start = median(&r.floor.start_ms);
    let trinvis_start = median(&r.trinvis.start_ms);
    line(
        &mut out,
        "### Start to the first screen (ms, process start to the page's mark)\n".into(),
    );
    line(
        &mut out,
        "| what | median | range | floor median (range) | ratio |".into(),
    );
    line(&mut out, "|---|---|---|---|---|".into());
    line(
        &mut out,
        format!(
            "| Trinvis, returning user, to the home screen painted with its fonts | {trinvis_start:.0} | {} | {floor_start:.0} ({}) | {:.2}× |",
            spread(&r.trinvis.start_ms),
            spread(&r.floor.start_ms),
            trinvis_start / floor_start
        ),
    );
    let floor_page: Vec<f64> = r
        .floor
        .start_ms
        .iter()
        .zip(&r.floor.navigation_ms)
        .map(|(s, n)| s - n)
        .collect();
    let trinvis_page: Vec<f64> = r
        .trinvis
        .start_ms
        .iter()
        .zip(&r.trinvis.navigation_ms)
        .map(|(s, n)| s - n)
        .collect();
    for (what, values, floor) in [
        (
            "of which: process start to the page's navigation",
            &r.trinvis.navigation_ms,
            &r.floor.navigation_ms,
        ),
        (
            "of which: navigation to the mark",
            &trinvis_page,
            &floor_page,
        ),
    ] {
        line(
            &mut out,
            format!(
                "| {what} | {:.0} | {} | {:.0} ({}) | {:.2}× |",
                median(values),
                spread(values),
                median(floor),
                spread(floor),
                median(values) / median(floor)
            ),
        );
    }
    for (what, values) in [
        (
            "of which, in the page: navigation to Trinvis's script running",
            &r.trinvis.script_ms,
        ),
        (
            "of which, in the page: from there to the first view taken (handed to the page by Rust at start)",
            &r.trinvis.view_ms,
        ),
        (
            "of which, in the page: from there to the home screen painted with its fonts",
            &r.trinvis.shown_ms,
        ),
    ] {
        line(
            &mut out,
            format!(
                "| {what} | {:.0} | {} | — | — |",
                median(values),
                spread(values)
            ),
        );
    }
    let offsets: Vec<f64> = r
        .floor
        .clock_offset_ms
        .iter()
        .chain(&r.trinvis.clock_offset_ms)
        .copied()
        .collect();
    line(
        &mut out,
        format!(
            "\nEvery start (ms), floor: {}; Trinvis: {}. Page clock against the wall clock, `Date.now()` minus `timeOrigin + performance.now()`: median {:.1} ms, from {:.1} to {:.1} ms.\n",
            r.floor.start_ms.iter().map(|v| format!("{v:.0}")).collect::<Vec<_>>().join(", "),
            r.trinvis.start_ms.iter().map(|v| format!("{v:.0}")).collect::<Vec<_>>().join(", "),
            median(&offsets),
            sorted(&offsets).first().copied().unwrap_or(f64::NAN),
            sorted(&offsets).last().copied().unwrap_or(f64::NAN),
        ),
    );

    line(
        &mut out,
        "### Memory (the window's process and every process it started, MiB)\n".into(),
    );
    line(&mut out, "| what | measure | median | range | floor 3 s after its first paint, median (range) | ratio |".into());
    line(&mut out, "|---|---|---|---|---|---|".into());
    for (what, pss, private) in [
        (
            "Trinvis at the home screen, 3 s after start",
            &r.trinvis.pss_first_screen_mib,
            &r.trinvis.private_first_screen_mib,
        ),
        (
            "Trinvis after three guides read to the end and one practice flow, back home, 3 s later",
            &r.trinvis.pss_after_session_mib,
            &r.trinvis.private_after_session_mib,
        ),
    ] {
        for (measure, values, floor) in [
            ("PSS", pss, &r.floor.pss_first_screen_mib),
            ("private (USS)", private, &r.floor.private_first_screen_mib),
        ] {
            line(
                &mut out,
                format!(
                    "| {what} | {measure} | {:.1} | {} | {:.1} ({}) | {:.2}× |",
                    median(values),
                    spread(values),
                    median(floor),
                    spread(floor),
                    median(values) / median(floor)
                ),
            );
        }
    }
    line(
        &mut out,
        format!(
            "\nEach process in the last run: floor after its first paint: {}; Trinvis at the home screen: {}; after the session: {}.\n",
            r.floor.processes_first_screen.join(", "),
            r.trinvis.processes_first_screen.join(", "),
            r.trinvis.processes_after_session.join(", ")
        ),
    );

    line(
        &mut out,
        "### Input to the next painted frame (ms, from the event's time stamp)\n".into(),
    );
    line(&mut out, "| what | p50 | p95 | max | floor p95 (p50) | ratio of p95 | to the frame made, p95 | to the DOM change, p95 |".into());
    line(&mut out, "|---|---|---|---|---|---|---|---|".into());
    let rows = [
        (
            "Next or previous step in a guide (ArrowRight/ArrowLeft)",
            &r.steps,
            &r.floor_keys,
        ),
        (
            "Danish → Arabic on the home screen, until `dir=rtl` is painted",
            &r.home_switch,
            &r.floor_clicks,
        ),
        (
            "Danish → Arabic in a guide, until the step's Arabic title is painted",
            &r.guide_switch,
            &r.floor_clicks,
        ),
    ];
    for (what, series, floor) in rows {
        let painted = series.of(|l| l.painted);
        let floor_painted = floor.of(|l| l.painted);
        line(
            &mut out,
            format!(
                "| {what} | {:.1} | {:.1} | {:.1} | {:.1} ({:.1}) | {:.2}× | {:.1} | {:.1} |",
                percentile(&painted, 50.0),
                percentile(&painted, 95.0),
                percentile(&painted, 100.0),
                percentile(&floor_painted, 95.0),
                percentile(&floor_painted, 50.0),
                percentile(&painted, 95.0) / percentile(&floor_painted, 95.0),
                percentile(&series.of(|l| l.produced), 95.0),
                percentile(&series.of(|l| l.changed), 95.0),
            ),
        );
    }
    for (what, floor) in [
        ("Floor: a key that changes its one line", &r.floor_keys),
        ("Floor: a click that sets `dir=rtl`", &r.floor_clicks),
    ] {
        let painted = floor.of(|l| l.painted);
        line(
            &mut out,
            format!(
                "| {what} | {:.1} | {:.1} | {:.1} | — | — | {:.1} | {:.1} |",
                percentile(&painted, 50.0),
                percentile(&painted, 95.0),
                percentile(&painted, 100.0),
                percentile(&floor.of(|l| l.produced), 95.0),
                percentile(&floor.of(|l| l.changed), 95.0),
            ),
        );
    }
    let loading: usize = [&r.steps, &r.home_switch, &r.guide_switch]
        .iter()
        .map(|s| s.0.iter().filter(|l| l.fonts_loading).count())
        .sum();
    line(
        &mut out,
        format!("\nInteractions painted while a font was still loading: {loading}."),
    );
    out
}

/// Bytes of a file, or of every file under a folder whose name ends with one of `endings`.
fn bytes(path: &Path, endings: &[&str]) -> (u64, usize) {
    if path.is_file() {
        return (std::fs::metadata(path).map(|m| m.len()).unwrap_or(0), 1);
    }
    let mut total = (0, 0);
    for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            let (size, count) = bytes(&path, endings);
            total = (total.0 + size, total.1 + count);
        } else if endings.iter().any(|e| path.to_string_lossy().ends_with(e)) {
            total = (total.0 + bytes(&path, endings).0, total.1 + 1);
        }
    }
    total
}

/// The build script's output that the app's binary embeds. Cargo keeps one such folder per set
/// of features (the app's build and the core benchmark's), and Tauri adds each compressed UI file
/// beside the ones of earlier builds, so the newest folder is not always the app's: it is the one
/// whose files are found in the binary.
fn app_out_dir(binary: &Path) -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = std::fs::read_dir(root().join("target/release/build"))
        .ok()?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("trinvis-"))
        .map(|e| e.path().join("out"))
        .filter(|out| out.join("content.sqlite").is_file())
        .collect();
    let image = std::fs::read(binary).ok()?;
    candidates.into_iter().max_by_key(|out| {
        embedded(&image, &embedded_groups(out))
            .iter()
            .map(|(_, bytes, _, _)| *bytes)
            .sum::<u64>()
    })
}

/// The size table's group of UI files, which is counted against `ui/dist` (see `sizes`).
const UI_GROUP: &str = "the UI's files, as Tauri compresses them (Brotli)";

/// What the build script writes and the binary embeds, in the groups of the size table.
fn embedded_groups(out_dir: &Path) -> [(&'static str, Vec<PathBuf>); 3] {
    [
        ("content store", vec![out_dir.join("content.sqlite")]),
        (
            "locale files, compressed, one block per locale",
            locale_blocks(out_dir),
        ),
        (
            UI_GROUP,
            files_under(&out_dir.join("tauri-codegen-assets"), &[]),
        ),
    ]
}

/// A binary's sections and their sizes in bytes, as binutils' `size` reads them.
fn sections(binary: &Path) -> Vec<(String, u64)> {
    let output = Command::new("size")
        .args(["-A", "-d"])
        .arg(binary)
        .output()
        .expect("binutils' size runs (`make bench` installs binutils)");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| {
            let mut fields = l.split_whitespace();
            let name = fields.next()?;
            let size = fields.next()?.parse().ok()?;
            name.starts_with('.').then(|| (name.to_owned(), size))
        })
        .collect()
}

/// The files the app embeds, found byte for byte in its binary, in groups: what its `.rodata`
/// holds besides the code's own tables. Gives each group's bytes found and files found of those
/// looked for.
fn embedded(image: &[u8], groups: &[(&str, Vec<PathBuf>)]) -> Vec<(String, u64, usize, usize)> {
    const KEY: usize = 32;
    let blobs: Vec<(usize, Vec<u8>)> = groups
        .iter()
        .enumerate()
        .flat_map(|(group, (_, files))| {
            files
                .iter()
                .filter_map(move |f| std::fs::read(f).ok().map(|bytes| (group, bytes)))
        })
        .filter(|(_, bytes)| bytes.len() >= KEY)
        .collect();
    let mut by_start: std::collections::HashMap<&[u8], Vec<usize>> =
        std::collections::HashMap::new();
    for (index, (_, bytes)) in blobs.iter().enumerate() {
        by_start.entry(&bytes[..KEY]).or_default().push(index);
    }
    let mut found = vec![false; blobs.len()];
    for at in 0..image.len().saturating_sub(KEY) {
        let Some(candidates) = by_start.get(&image[at..at + KEY]) else {
            continue;
        };
        for &index in candidates {
            let bytes = &blobs[index].1;
            if !found[index] && image[at..].starts_with(bytes) {
                found[index] = true;
            }
        }
    }
    groups
        .iter()
        .enumerate()
        .map(|(group, (name, _))| {
            let mine = blobs.iter().zip(&found).filter(|((g, _), _)| *g == group);
            let looked = mine.clone().count();
            let (bytes, count) = mine
                .filter(|(_, found)| **found)
                .fold((0, 0), |(b, c), ((_, blob), _)| {
                    (b + blob.len() as u64, c + 1)
                });
            ((*name).to_owned(), bytes, count, looked)
        })
        .collect()
}

/// Every file under a folder whose name ends with one of `endings`.
fn files_under(path: &Path, endings: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path, endings));
        } else if endings.is_empty() || endings.iter().any(|e| path.to_string_lossy().ends_with(e))
        {
            found.push(path);
        }
    }
    found
}

/// The compressed locale files the build script wrote beside the content store.
fn locale_blocks(out_dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(out_dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with("locale-"))
        })
        .collect()
}

fn kib(bytes: u64) -> String {
    format!("{:.0} KiB", bytes as f64 / 1024.0)
}

/// What the app is made of on disk, beside the empty window's binary.
fn sizes() -> String {
    let mut out = String::from("### Size\n\n| what | size | floor |\n|---|---|---|\n");
    let release = root().join("target/release");
    let (app, _) = bytes(&release.join("trinvis"), &[]);
    let (floor, _) = bytes(&release.join("trinvis-floor"), &[]);
    out.push_str(&format!(
        "| release binary `target/release/trinvis` (stripped; UI, content and texts embedded) | {} | `trinvis-floor`: {} ({:.1}×) |\n",
        kib(app),
        kib(floor),
        app as f64 / floor as f64
    ));
    let out_dir = app_out_dir(&release.join("trinvis"));
    let store = out_dir
        .as_ref()
        .map(|out| bytes(&out.join("content.sqlite"), &[]).0)
        .unwrap_or(0);
    out.push_str(&format!(
        "| content store (SQLite, embedded) | {} | — |\n",
        kib(store)
    ));
    let (ftl, files) = bytes(&root().join("locales"), &[".ftl"]);
    let blocks: u64 = out_dir
        .as_deref()
        .map(locale_blocks)
        .unwrap_or_default()
        .iter()
        .map(|block| bytes(block, &[]).0)
        .sum();
    out.push_str(&format!(
        "| locale files (`locales/*/*.ftl`, {files} files), as text | {} | — |\n",
        kib(ftl)
    ));
    out.push_str(&format!(
        "| the same, as embedded: compressed (Brotli), one block per locale | {} | — |\n",
        kib(blocks)
    ));
    let assets = root().join("ui/dist/assets");
    for (what, endings) in [
        ("fonts (`ui/dist/assets/*.woff2`)", &[".woff2"][..]),
        ("JavaScript (`ui/dist/assets/*.js`)", &[".js"][..]),
        ("CSS (`ui/dist/assets/*.css`)", &[".css"][..]),
    ] {
        let (size, count) = bytes(&assets, endings);
        out.push_str(&format!("| {what}, {count} files | {} | — |\n", kib(size)));
    }
    out.push_str("| Debian package | from `make package` | — |\n\n");

    let app_sections = sections(&release.join("trinvis"));
    let floor_sections = sections(&release.join("trinvis-floor"));
    out.push_str("Sections of the two binaries (binutils' `size -A`):\n\n| section | trinvis | trinvis-floor |\n|---|---|---|\n");
    let mut biggest: Vec<&(String, u64)> = app_sections
        .iter()
        .filter(|(_, s)| *s > 64 * 1024)
        .collect();
    biggest.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
    for (name, size) in biggest {
        let floor = floor_sections
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| kib(*s))
            .unwrap_or_default();
        out.push_str(&format!("| `{name}` | {} | {floor} |\n", kib(*size)));
    }
    if let Some(out_dir) = &out_dir {
        let groups = embedded_groups(out_dir);
        let image = std::fs::read(release.join("trinvis")).unwrap_or_default();
        // Earlier builds' compressed files stay beside the current ones, so the UI's files are
        // counted against what the UI is made of now.
        let ui_files = files_under(&root().join("ui/dist"), &[]).len();
        let rodata = app_sections
            .iter()
            .find(|(n, _)| n == ".rodata")
            .map(|(_, s)| *s)
            .unwrap_or(0);
        out.push_str(&format!(
            "\nWhat `.rodata` ({}) holds, found byte for byte in the binary:\n\n| embedded | size | files found |\n|---|---|---|\n",
            kib(rodata)
        ));
        let mut accounted = 0;
        for (name, size, count, looked) in embedded(&image, &groups) {
            accounted += size;
            let looked = if name == UI_GROUP { ui_files } else { looked };
            out.push_str(&format!(
                "| {name} | {} | {count} of {looked} |\n",
                kib(size)
            ));
        }
        out.push_str(&format!(
            "| everything else: strings, tables, Unicode and plural data, code constants | {} | — |\n",
            kib(rodata.saturating_sub(accounted))
        ));
    }
    // `make bench` writes this just before; it counts `.text` only.
    if let Ok(crates) = std::fs::read_to_string(root().join("target/bench/bloat-crates.txt")) {
        out.push_str(&format!(
            "\nCode by crate (`cargo bloat --crates` on an unstripped build of the same source):\n\n```\n{}\n```\n",
            crates.trim_end()
        ));
    }
    let mut order = String::new();
    for kind in [Kind::Trinvis, Kind::Floor] {
        let twin = root().join("target/bloat/release").join(kind.file_name());
        if let Some((found, listed)) = ordered_found(&twin, &kind.symbol_order()) {
            order.push_str(&format!(
                "| `{}` | {found} of {listed} |\n",
                kind.file_name()
            ));
        }
    }
    if !order.is_empty() {
        out.push_str(&format!(
            "\nFunctions of `symbol-order.txt` that the unstripped build of the same source still has \
             (the rest are no longer placed first; `make symbol-order` writes the file anew):\n\n\
             | binary | found |\n|---|---|\n{order}"
        ));
    }
    out
}

/// How many of the functions an ordering file lists the unstripped `binary` defines, and how many
/// it lists; none if either is missing.
fn ordered_found(binary: &Path, order: &Path) -> Option<(usize, usize)> {
    let listed: Vec<String> = std::fs::read_to_string(order)
        .ok()?
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    let symbols = Command::new("nm")
        .arg("--defined-only")
        .arg(binary)
        .output()
        .ok()?;
    if !symbols.status.success() {
        return None;
    }
    let defined: std::collections::HashSet<&str> = std::str::from_utf8(&symbols.stdout)
        .ok()?
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    let found = listed
        .iter()
        .filter(|name| defined.contains(name.as_str()))
        .count();
    Some((found, listed.len()))
}
