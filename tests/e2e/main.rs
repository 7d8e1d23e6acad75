//! End-to-end tests: the real release binary in a real window under Xvfb, driven over WebDriver.

use trinvis_e2e::{message, App, TEST_TIMEOUT};

async fn home_switches_to_arabic_and_back() {
    let app = App::launch().await;

    assert_eq!(app.text_of("h1").await, message("da", "home-title"));
    assert_eq!(app.html_attribute("lang").await, "da");
    assert_eq!(app.html_attribute("dir").await, "ltr");
    app.screenshot("home-da").await;

    app.click("button[aria-haspopup='dialog']").await;
    app.screenshot("language-menu-da").await;
    app.click("dialog[open] button[lang='ar']").await;
    app.wait_for_lang("ar").await;
    assert_eq!(app.html_attribute("dir").await, "rtl");
    assert_eq!(app.text_of("h1").await, message("ar", "home-title"));
    assert_eq!(
        app.text_of(".topics-heading").await,
        message("ar", "topics-heading")
    );
    app.screenshot("home-ar").await;

    app.click("button[aria-haspopup='dialog']").await;
    app.click("dialog[open] button[lang='da']").await;
    app.wait_for_lang("da").await;
    assert_eq!(app.html_attribute("dir").await, "ltr");
    assert_eq!(app.text_of("h1").await, message("da", "home-title"));

    app.close().await;
}

#[tokio::test]
async fn home_screen_language_switch() {
    tokio::time::timeout(TEST_TIMEOUT, home_switches_to_arabic_and_back())
        .await
        .expect("the end-to-end test finished within its time limit");
}
