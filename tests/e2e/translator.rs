//! Translator mode as a translator uses it: the app started on a copy of the locale folder, a
//! Somali text edited on disk and seen in the window within a second and a half, a message's ID
//! found by pointing at its text and by Alt+I, and a file broken on purpose: the app keeps
//! working, the broken message falls back, and the problem list names the file and line.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::Locator;
use trinvis_e2e::{message, App, DataHome, LocaleCopy};

/// How soon a saved file must show in the window; the issue asks for "within a second", and
/// the WebDriver polling that observes it adds its own delay on top.
const RELOAD_LIMIT: Duration = Duration::from_millis(1500);

/// How long the test waits for a reload at all before it reports what the window shows.
const RELOAD_WAIT: Duration = Duration::from_secs(3);

/// The WebDriver codes of the Alt, Escape and "release all" keys.
const ALT: char = '\u{e00a}';
const ESCAPE: char = '\u{e00c}';
const RELEASE: char = '\u{e000}';

/// Replaces the one-line message `id` in an FTL file with `id = value` and returns its line
/// number, counted from 1 as editors and the check count.
fn rewrite_message(path: &Path, id: &str, value: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lines: Vec<&str> = text.lines().collect();
    let index = lines
        .iter()
        .position(|line| line.starts_with(&format!("{id} =")))
        .unwrap_or_else(|| panic!("{} has no message {id}", path.display()));
    assert!(
        !lines
            .get(index + 1)
            .is_some_and(|next| next.starts_with(' ')),
        "{id} spans several lines; this test rewrites one-line messages only"
    );
    let mut edited: Vec<String> = lines.iter().map(|line| (*line).to_owned()).collect();
    edited[index] = format!("{id} = {value}");
    std::fs::write(path, edited.join("\n") + "\n")
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    index + 1
}

/// The text of the first element matching `css`, or `None` while there is none.
async fn text_now(app: &App, css: &str) -> Option<String> {
    match app.client.find(Locator::Css(css)).await {
        Ok(element) => element.text().await.ok(),
        Err(_) => None,
    }
}

/// Waits until the element's text passes `accept`, and returns how long that took from `since`.
async fn wait_for(
    app: &App,
    css: &str,
    since: Instant,
    accept: impl Fn(&str) -> bool,
    what: &str,
) -> Duration {
    loop {
        let text = text_now(app, css).await;
        if text.as_deref().is_some_and(&accept) {
            return since.elapsed();
        }
        assert!(
            since.elapsed() < RELOAD_WAIT,
            "{css} never showed {what}; it shows {text:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Rests the pointer on an element, as a translator pointing at a text would.
async fn hover(app: &App, css: &str) {
    let element = app.element(css).await;
    let rest = MouseActions::new("pointer".into()).then(PointerAction::MoveToElement {
        element,
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    app.client
        .perform_actions(rest)
        .await
        .expect("the pointer moves onto the text");
}

#[test]
fn a_saved_file_shows_at_once_and_a_broken_one_falls_back() {
    crate::within_limit(async {
        let data = DataHome::new("translator");
        let locales = LocaleCopy::new(Path::new(env!("CARGO_TARGET_TMPDIR")), "translator");
        let folder = locales
            .relative_path()
            .to_str()
            .expect("a UTF-8 path")
            .to_owned();
        let app = App::launch_with_args(&data, &["--translate", &folder]).await;

        app.click("button.language-option[lang='so']").await;
        app.wait_for_lang("so").await;
        app.wait_for_text(".home-intro", &message("so", "home-intro"))
            .await;

        // Started with --translate, the app is in translator mode from the first view.
        app.click(".main-nav button[data-nav='translator']").await;
        app.wait_for_text("h1", &message("so", "translator-title"))
            .await;
        assert_eq!(app.text_of(".folder").await, folder);
        app.click(".main-nav button[data-nav='home']").await;
        app.wait_for_text(".home-intro", &message("so", "home-intro"))
            .await;

        // A save shows in the window without anything pressed.
        let ui_ftl = locales.file("so", "ui.ftl");
        let fresh = format!("Qoraal cusub oo tijaabo ah {}", std::process::id());
        let written = Instant::now();
        let intro_line = rewrite_message(&ui_ftl, "home-intro", &fresh);
        let took = wait_for(
            &app,
            ".home-intro",
            written,
            |t| t == fresh,
            "the text just saved",
        )
        .await;
        eprintln!("translator mode: the saved text showed {took:?} after the write");
        assert!(
            took < RELOAD_LIMIT,
            "the saved text took {took:?} to show, more than {RELOAD_LIMIT:?}"
        );
        app.screenshot("translator-reloaded-so").await;

        // Pointing at the text shows its message ID and where it is defined.
        hover(&app, ".home-intro").await;
        let place = format!("so/ui.ftl:{intro_line}");
        wait_for(
            &app,
            ".message-id-tip",
            Instant::now(),
            |t| t.contains("home-intro") && t.contains(&place),
            "home-intro and its place",
        )
        .await;
        app.screenshot("translator-message-id-so").await;

        // So does Alt+I on the focused heading, without moving focus; Escape closes the tip.
        app.client
            .execute("document.querySelector('h1').focus();", vec![])
            .await
            .expect("the heading takes focus");
        let focused = app
            .client
            .active_element()
            .await
            .expect("a focused element");
        focused
            .send_keys(&format!("{ALT}i{RELEASE}"))
            .await
            .expect("Alt+I is pressed");
        wait_for(
            &app,
            ".message-id-tip",
            Instant::now(),
            |t| t.contains("home-title"),
            "home-title",
        )
        .await;
        let still = app
            .client
            .execute("return document.activeElement.tagName;", vec![])
            .await
            .expect("reading the focus works");
        assert_eq!(still.as_str(), Some("H1"), "the tip took the focus");
        app.press(ESCAPE).await;
        wait_for(
            &app,
            ".message-id-tip",
            Instant::now(),
            |t| t.trim().is_empty(),
            "nothing after Escape",
        )
        .await;

        // A missing closing brace: the app keeps running, the message falls back to the second
        // language (or Danish), and the problem list points at the file and line.
        let broken = Instant::now();
        let title_line = rewrite_message(&ui_ftl, "home-title", "Ku soo dhowow { -trinvis");
        let fallbacks = [message("en", "home-title"), message("da", "home-title")];
        let took = wait_for(
            &app,
            "h1",
            broken,
            |t| fallbacks.iter().any(|f| f == t),
            "the fallback title",
        )
        .await;
        eprintln!("translator mode: the broken message fell back {took:?} after the write");
        assert_eq!(
            app.text_of(".home-intro").await,
            fresh,
            "the rest of the file still loads"
        );

        app.click(".main-nav button[data-nav='translator']").await;
        let syntax = app
            .element("tr.problem[data-check='syntax'][data-path='so/ui.ftl']")
            .await;
        let line: usize = syntax
            .attr("data-line")
            .await
            .ok()
            .flatten()
            .and_then(|l| l.parse().ok())
            .expect("the problem has a line number");
        // The parser notices the missing brace at the end of the line, which some count as the next.
        assert!(
            line == title_line || line == title_line + 1,
            "the syntax error is reported on line {line}, the broken message is on {title_line}"
        );
        let shown = syntax.text().await.expect("the problem's text");
        assert!(
            shown.contains(&format!("so/ui.ftl:{line}:")),
            "the problem shows its place: {shown}"
        );
        assert_eq!(
            app.attribute_of("tr.problem[data-check='syntax']", "data-severity")
                .await,
            "error"
        );
        let reloads: u32 = app
            .text_of(".reload-count")
            .await
            .trim()
            .parse()
            .expect("the reload count is a number");
        assert!(
            reloads >= 2,
            "only {reloads} reloads counted after two saves"
        );
        app.screenshot("translator-problems-so").await;
        let mut inaccessible = app.accessibility_problems().await;
        app.click(".main-nav button[data-nav='settings']").await;
        app.wait_for_text("h1", &message("so", "settings-title"))
            .await;
        inaccessible.extend(app.accessibility_problems().await);
        assert!(
            inaccessible.is_empty(),
            "the translator screen and settings have serious accessibility problems:\n{}",
            inaccessible.join("\n")
        );

        // And the citizen's side still works: a guide opens, in Somali.
        app.click(".main-nav button[data-nav='home']").await;
        app.click("button[data-guide='what-is-mitid']").await;
        app.wait_for_text("h1", &message("so", "guide-what-is-mitid-what-title"))
            .await;
        app.close().await;
    });
}
