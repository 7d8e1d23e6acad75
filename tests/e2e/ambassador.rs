//! An ambassador presents a guide to a group: from the guide to the presentation, stepping with
//! a clicker's page keys, Danish beside Turkish and then Urdu after two keystrokes, the screen
//! blanked and back, a practice run with the group in its language, the helper card, and the
//! notes in a second window that opens and closes. A session plan is made, reordered, saved to a
//! file through the native dialog, and opened again.

use std::time::Duration;

use fantoccini::Locator;
use trinvis_e2e::{message, App, DataHome};

const GUIDE: &str = "what-is-digital-post";
const PAGE_DOWN: char = '\u{e00f}';
const ESCAPE: char = '\u{e00c}';

fn step_title(locale: &str, step: &str) -> String {
    message(locale, &format!("guide-{GUIDE}-{step}-title"))
}

/// Text with its runs of white space made one space, as lines wrap differently on screen, and
/// without the isolation marks around placeables.
fn flat(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The window handles WebDriver knows, one per open window.
async fn windows(app: &App) -> usize {
    app.client.windows().await.expect("the window list").len()
}

async fn wait_for_windows(app: &App, count: usize) {
    for _ in 0..100 {
        if windows(app).await == count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("expected {count} windows, found {}", windows(app).await);
}

#[test]
fn an_ambassador_presents_in_two_languages_with_notes_in_a_second_window() {
    crate::within(Duration::from_secs(300), async {
        let data = DataHome::new("ambassador");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='tr']").await;
        app.wait_for_lang("tr").await;
        app.click(&format!("button[data-guide='{GUIDE}']")).await;
        app.wait_for_text("h1", &step_title("tr", "what")).await;
        app.xpath(&format!(
            "//button[normalize-space()='{}']",
            message("tr", "present-button")
        ))
        .await
        .click()
        .await
        .expect("the guide opens as a presentation");

        // Danish, left to right, beside Turkish: the presenter's own language to begin with.
        app.wait_for_text("article[lang='da'] h2", &step_title("da", "what"))
            .await;
        app.wait_for_text("article[lang='tr'] h2", &step_title("tr", "what"))
            .await;
        assert_eq!(app.attribute_of("article[lang='da']", "dir").await, "ltr");
        app.client
            .set_window_size(1280, 720)
            .await
            .expect("the window resizes");
        app.screenshot("presentation-1280x720-tr").await;

        // A clicker's page key steps forward; the counter follows.
        app.press(PAGE_DOWN).await;
        app.wait_for_text("article[lang='da'] h2", &step_title("da", "duty"))
            .await;
        assert!(app.text_of(".presentation-counter").await.contains('2'));

        // L, then the number beside Urdu: the audience's column is now Urdu, right to left.
        app.press('l').await;
        let chooser = app
            .client
            .find_all(Locator::Css(".number-chooser li"))
            .await
            .expect("the languages");
        let mut urdu = None;
        for (index, item) in chooser.iter().enumerate() {
            if item.attr("lang").await.ok().flatten().as_deref() == Some("ur") {
                urdu = Some(index + 1);
            }
        }
        let key = char::from_digit(
            u32::try_from(urdu.expect("Urdu is offered")).expect("small"),
            10,
        )
        .expect("a digit");
        app.press(key).await;
        app.wait_for_text("article[lang='ur'] h2", &step_title("ur", "duty"))
            .await;
        assert_eq!(app.attribute_of("article[lang='ur']", "dir").await, "rtl");
        assert_eq!(
            app.text_of("article[lang='da'] h2").await,
            step_title("da", "duty"),
            "the step stays where it was"
        );
        // Moved to the corner too, so the whole window is on the 1920x1080 screen.
        app.client
            .set_window_rect(0, 0, 1920, 1080)
            .await
            .expect("the window resizes");
        app.screenshot("presentation-1920x1080-ur").await;

        // P and 1: the topic's first practice, run with the group, explained in Urdu.
        app.press('p').await;
        app.press('1').await;
        app.wait_for_text(
            ".group-practice .guidance-text",
            &message("ur", "practice-digital-post-read-inbox-guidance").replace('\n', " "),
        )
        .await;
        assert_eq!(
            app.attribute_of(".group-practice .guidance", "dir").await,
            "rtl"
        );
        // The group calls out the wrong letter: the mistake is explained as in citizen mode.
        let subject = message("da", "screen-digital-post-read-meeting-subject");
        app.xpath(&format!(
            "//button[contains(normalize-space(), '{subject}')]"
        ))
        .await
        .click()
        .await
        .expect("the presenter clicks what the group called out");
        app.wait_for_text(
            ".group-practice .feedback",
            &message(
                "ur",
                "practice-digital-post-read-inbox-open-meeting-feedback",
            ),
        )
        .await;
        app.screenshot("group-practice-1920x1080-ur").await;
        // Escape goes back to the guide's presentation, at the same step.
        app.press(ESCAPE).await;
        app.wait_for_text("article[lang='ur'] h2", &step_title("ur", "duty"))
            .await;

        // B blanks the screen and brings it back.
        app.press('b').await;
        app.wait_for_text(".blank-screen p", &message("tr", "present-blank-label"))
            .await;
        app.press('b').await;
        assert!(app
            .client
            .find(Locator::Css(".blank-screen"))
            .await
            .is_err());

        // H opens "what may I help with", in the presenter's language.
        app.press('h').await;
        app.wait_for_text("#help-card-title", &message("tr", "help-card-title"))
            .await;
        app.element(".help-card dt").await;
        app.screenshot("presentation-help-card-tr").await;
        app.press(ESCAPE).await;
        assert!(app.client.find(Locator::Css(".help-card")).await.is_err());

        // N opens the notes in a window of their own; leaving the presentation closes it.
        let before = windows(&app).await;
        app.press('n').await;
        wait_for_windows(&app, before + 1).await;
        // The notes window shows the note for the step on the big screen, in Turkish.
        let main = app.client.window().await.expect("the main window");
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
        app.wait_for_text(".notes-window h2", &step_title("tr", "duty"))
            .await;
        assert_eq!(
            flat(&app.text_of(".notes-text").await),
            flat(&message("tr", &format!("note-guide-{GUIDE}-duty")))
        );
        app.screenshot("notes-window-tr").await;
        let step_note = app.text_of(".notes-text").await;
        app.client
            .switch_to_window(main.clone())
            .await
            .expect("back to the main window");
        // A practice run with the group brings the practice screen's note, still in Turkish.
        app.press('p').await;
        app.press('1').await;
        app.element(".group-practice").await;
        app.client
            .switch_to_window(notes)
            .await
            .expect("the notes window again");
        let practice_note = app
            .wait_for_text_other_than(".notes-text", &step_note)
            .await;
        assert_eq!(
            flat(&practice_note),
            flat(&message("tr", "note-practice-digital-post-read-inbox"))
        );
        app.client
            .switch_to_window(main)
            .await
            .expect("back to the main window");
        app.press(ESCAPE).await;
        app.element("article[lang='da'] h2").await;
        app.press(ESCAPE).await;
        wait_for_windows(&app, before).await;
        app.wait_for_text("h1", &step_title("tr", "duty")).await;
        app.close().await;
    });
}
