//! A citizen's reading session: Somali on first start, stepping by keyboard, a restart that lands
//! on the same step, and Urdu, right to left, with the arrow keys mirrored.

use trinvis_e2e::{message, App, DataHome, ARROW_LEFT, ARROW_RIGHT};

const GUIDE: &str = "what-is-mitid";

fn step_title(locale: &str, step: &str) -> String {
    message(locale, &format!("guide-{GUIDE}-{step}-title"))
}

#[test]
fn somali_reader_keeps_its_place_and_urdu_reads_right_to_left() {
    crate::within_limit(async {
        let data = DataHome::new("reader");

        let app = App::launch(&data).await;
        app.click("button.language-option[lang='so']").await;
        app.wait_for_lang("so").await;
        app.wait_for_text("h1", &message("so", "home-title")).await;
        app.screenshot("home-so").await;

        app.click(&format!("button[data-guide='{GUIDE}']")).await;
        app.wait_for_text("h1", &step_title("so", "what")).await;
        app.press(ARROW_RIGHT).await;
        app.wait_for_text("h1", &step_title("so", "free-and-age"))
            .await;
        app.press(ARROW_RIGHT).await;
        app.wait_for_text("h1", &step_title("so", "user-id")).await;
        app.press(ARROW_LEFT).await;
        app.wait_for_text("h1", &step_title("so", "free-and-age"))
            .await;
        app.screenshot("guide-so").await;
        app.close().await;

        // Restart with the same data: no language question, and "continue" opens the same step.
        let app = App::launch(&data).await;
        app.wait_for_lang("so").await;
        app.wait_for_text("h1", &message("so", "home-title")).await;
        app.wait_for_text(
            ".resume-guide",
            &message("so", &format!("guide-{GUIDE}-title")),
        )
        .await;
        app.screenshot("home-so-resume").await;
        app.click(".resume-card button").await;
        app.wait_for_text("h1", &step_title("so", "free-and-age"))
            .await;

        // Urdu: the open guide re-renders right to left, and the left arrow moves forward.
        app.click("button[aria-haspopup='dialog']").await;
        app.click("dialog[open] button[lang='ur']").await;
        app.wait_for_lang("ur").await;
        assert_eq!(app.html_attribute("dir").await, "rtl");
        app.wait_for_text("h1", &step_title("ur", "free-and-age"))
            .await;
        app.press(ARROW_LEFT).await;
        app.wait_for_text("h1", &step_title("ur", "user-id")).await;
        app.screenshot("guide-ur").await;
        // The step buttons' arrows point the way each button goes: on is to the left.
        app.client
            .execute(
                "document.querySelector('.step-nav').scrollIntoView();",
                vec![],
            )
            .await
            .expect("the step buttons scroll into view");
        app.screenshot("guide-ur-step-buttons").await;
        app.press(ARROW_RIGHT).await;
        app.wait_for_text("h1", &step_title("ur", "free-and-age"))
            .await;

        app.close().await;
    });
}
