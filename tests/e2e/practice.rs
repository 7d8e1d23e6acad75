//! Practice flow 1 in Turkish, done as a person would: by the Danish labels on the screen and the
//! controls' accessible names, typing into fields, and swiping the approval with a real drag.

use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use trinvis_e2e::{message, App, DataHome, TAB};

/// An XPath string literal for text that has no apostrophe (all our labels).
fn lit(text: &str) -> String {
    assert!(!text.contains('\''), "{text}");
    format!("'{text}'")
}

/// Clicks the button with this visible text or accessible name, as a person would find it.
async fn press(app: &App, name: &str) {
    let button = app
        .xpath(&format!(
            "//button[normalize-space()={n} or @aria-label={n}]",
            n = lit(name)
        ))
        .await;
    button
        .click()
        .await
        .unwrap_or_else(|e| panic!("{name} could not be pressed: {e}"));
}

/// The swipe control of the practice app, by its accessible name.
async fn swipe_control(app: &App) -> fantoccini::elements::Element {
    let name = lit(&message("tr", "practice-swipe-label"));
    app.xpath(&format!("//*[@role='slider' and @aria-label={name}]"))
        .await
}

async fn field(app: &App, label: &str) -> fantoccini::elements::Element {
    app.xpath(&format!(
        "//input[@id=//label[normalize-space()={}]/@for]",
        lit(label)
    ))
    .await
}

#[test]
fn log_in_with_the_app_on_a_computer_in_turkish() {
    crate::within_limit(async {
        let data = DataHome::new("practice");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='tr']").await;
        app.wait_for_lang("tr").await;

        let title = message("tr", "practice-login-app-computer-title");
        app.xpath(&format!(
            "//button[contains(normalize-space(), {})]",
            lit(&title)
        ))
        .await
        .click()
        .await
        .expect("opens");
        app.wait_for_text("h1", &title).await;
        app.screenshot("practice-1-service-tr").await;
        press(&app, &message("da", "screen-log-paa")).await;

        // A CPR-shaped value brings the gentle note, and the practice user ID takes its place.
        let user_id = field(&app, &message("da", "screen-bruger-id")).await;
        user_id
            .send_keys(&format!("010203-1234{TAB}"))
            .await
            .expect("typing works");
        app.wait_for_text(".note", &message("tr", "practice-real-details-note"))
            .await;
        app.screenshot("practice-2-note-tr").await;
        let user_id = field(&app, &message("da", "screen-bruger-id")).await;
        assert_eq!(
            user_id.prop("value").await.expect("value").as_deref(),
            Some("oevelse1"),
            "the practice user ID stands in for the CPR number"
        );
        press(&app, &message("da", "screen-fortsaet")).await;

        press(&app, &message("tr", "practice-qr-label")).await;
        app.screenshot("practice-3-app-pin-tr").await;
        let pin = field(&app, &message("da", "screen-pin-kode")).await;
        pin.send_keys(&format!("1234{TAB}"))
            .await
            .expect("typing works");
        press(&app, &message("da", "screen-fortsaet")).await;

        let slider = swipe_control(&app).await;
        app.screenshot("practice-4-request-tr").await;
        let swipe = MouseActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element: slider,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(400)),
                x: 250.0,
                y: 0.0,
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        app.client
            .perform_actions(swipe)
            .await
            .expect("the drag is performed");
        app.wait_for_text(".guidance h2", &message("tr", "practice-done-title"))
            .await;
        app.screenshot("practice-5-done-tr").await;

        // Start again and approve with the keyboard instead.
        press(&app, &message("tr", "practice-restart-button")).await;
        press(&app, &message("tr", "practice-show-me-button")).await;
        press(&app, &message("da", "screen-log-paa")).await;
        press(&app, &message("da", "screen-fortsaet")).await;
        press(&app, &message("tr", "practice-qr-label")).await;
        press(&app, &message("da", "screen-fortsaet")).await;
        let slider = swipe_control(&app).await;
        slider.send_keys("\u{e014}").await.expect("arrow key");
        app.wait_for_text(".guidance h2", &message("tr", "practice-done-title"))
            .await;
        app.close().await;
    });
}
