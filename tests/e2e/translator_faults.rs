//! Translator mode started on locale files a translator can get wrong: a file with broken syntax
//! and one saved in a legacy encoding, a folder that does not exist, and one without the
//! reference language. The built-in texts are compiled in and checked by the build, so a broken
//! built-in file never reaches a user; these are the files read at run time. Each time the app
//! starts, says what happened in the user's language, and keeps working.

use std::path::Path;

use fantoccini::Locator;
use trinvis_e2e::{message, message_with, App, DataHome, LocaleCopy};

/// Replaces the one-line message `id` in an FTL file with `id = value`.
fn rewrite_message(path: &Path, id: &str, value: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let prefix = format!("{id} =");
    assert_eq!(
        text.lines()
            .filter(|line| line.starts_with(&prefix))
            .count(),
        1,
        "{} has one message {id}",
        path.display()
    );
    let edited: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with(&prefix) {
                format!("{id} = {value}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    std::fs::write(path, edited.join("\n") + "\n")
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// A Turkish text as an editor set to Windows-1254 saves it: one byte for each Turkish letter,
/// which is not UTF-8.
fn windows_1254(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'ç' => 0xE7,
            'Ç' => 0xC7,
            'ğ' => 0xF0,
            'Ğ' => 0xD0,
            'ı' => 0xFD,
            'İ' => 0xDD,
            'ö' => 0xF6,
            'Ö' => 0xD6,
            'ş' => 0xFE,
            'Ş' => 0xDE,
            'ü' => 0xFC,
            'Ü' => 0xDC,
            c if c.is_ascii() => c as u8,
            _ => b'?',
        })
        .collect()
}

/// The text of a problem row, without the isolation marks around its placeables.
async fn problem_text(app: &App, check: &str, path: &str) -> String {
    app.element(&format!(
        "tr.problem[data-check='{check}'][data-path='{path}']"
    ))
    .await
    .text()
    .await
    .unwrap_or_else(|e| panic!("the {check} problem in {path} has no text: {e}"))
    .replace(['\u{2068}', '\u{2069}'], "")
}

/// Whether translator mode's screen is offered in the navigation.
async fn translator_mode_on(app: &App) -> bool {
    !app.client
        .find_all(Locator::Css(".main-nav button[data-nav='translator']"))
        .await
        .expect("query works")
        .is_empty()
}

#[test]
fn a_broken_and_a_non_utf8_file_at_start_are_listed_in_turkish_and_the_rest_loads() {
    crate::within_limit(async {
        let data = DataHome::new("translate-broken");
        let locales = LocaleCopy::new(Path::new(env!("CARGO_TARGET_TMPDIR")), "broken-at-start");
        rewrite_message(
            &locales.file("tr", "ui.ftl"),
            "home-title",
            "{ -trinvis uygulamasına hoş geldiniz",
        );
        let errors = locales.file("tr", "errors.ftl");
        let text = std::fs::read_to_string(&errors).expect("errors.ftl");
        let legacy = windows_1254(&text);
        let detail = String::from_utf8(legacy.clone())
            .expect_err("the legacy bytes are not UTF-8")
            .utf8_error()
            .to_string();
        std::fs::write(&errors, legacy).expect("write errors.ftl");
        let folder = locales
            .relative_path()
            .to_str()
            .expect("a UTF-8 path")
            .to_owned();

        let app = App::launch_with_args(&data, &["--translate", &folder]).await;
        app.click("button.language-option[lang='tr']").await;
        app.wait_for_lang("tr").await;
        // The rest of the broken file loads; its broken message falls back.
        app.wait_for_text(".home-intro", &message("tr", "home-intro"))
            .await;
        let title = app.text_of("h1").await;
        assert!(
            [message("en", "home-title"), message("da", "home-title")].contains(&title),
            "the broken title falls back, not {title:?}"
        );

        app.click(".main-nav button[data-nav='translator']").await;
        let syntax = problem_text(&app, "syntax", "tr/ui.ftl").await;
        assert!(syntax.contains("tr/ui.ftl:2:"), "{syntax}");
        let unreadable = problem_text(&app, "unreadable-file", "tr/errors.ftl").await;
        let told = message_with("tr", "check-unreadable-file", &[("detail", &detail)]);
        assert!(
            unreadable.contains(&told),
            "{unreadable:?} does not say {told:?}"
        );
        app.client
            .execute(
                "document.querySelector(\"tr.problem[data-check='unreadable-file']\")\
                 .scrollIntoView({ block: 'center' });",
                vec![],
            )
            .await
            .expect("the problem scrolls into view");
        app.screenshot("translator-broken-at-start-tr").await;

        app.click(".main-nav button[data-nav='home']").await;
        app.click("button[data-guide='what-is-mitid']").await;
        app.wait_for_text("h1", &message("tr", "guide-what-is-mitid-what-title"))
            .await;
        app.close().await;
    });
}

#[test]
fn a_missing_folder_or_reference_at_start_is_told_and_the_built_in_texts_work() {
    crate::within_limit(async {
        let data = DataHome::new("translate-missing");
        let missing = "no-such-locales-folder";
        let app = App::launch_with_args(&data, &["--translate", missing]).await;
        app.click("button.language-option[lang='so']").await;
        app.wait_for_lang("so").await;
        app.wait_for_text_unisolated(
            ".notice-message",
            &message_with("so", "check-no-root", &[("root", missing)]),
        )
        .await;
        app.screenshot("translator-missing-folder-so").await;
        assert!(
            !translator_mode_on(&app).await,
            "the built-in texts are used"
        );
        app.click(".notice-banner button").await;
        app.click("button[data-guide='what-is-mitid']").await;
        app.wait_for_text("h1", &message("so", "guide-what-is-mitid-what-title"))
            .await;
        app.close().await;

        // A folder with every language but the reference one: the user chose Somali last time.
        let locales = LocaleCopy::new(Path::new(env!("CARGO_TARGET_TMPDIR")), "no-reference");
        std::fs::remove_dir_all(locales.path().join("da")).expect("remove da/");
        let folder = locales
            .relative_path()
            .to_str()
            .expect("a UTF-8 path")
            .to_owned();
        let app = App::launch_with_args(&data, &["--translate", &folder]).await;
        app.wait_for_lang("so").await;
        app.wait_for_text_unisolated(
            ".notice-message",
            &message_with(
                "so",
                "check-no-reference",
                &[("root", &folder), ("reference", "da")],
            ),
        )
        .await;
        assert!(
            !translator_mode_on(&app).await,
            "the built-in texts are used"
        );
        app.wait_for_text("h1", &message("so", "home-title")).await;
        app.close().await;
    });
}
