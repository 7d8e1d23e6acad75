//! The home screen after the first-start language choice, and switching to Arabic and back.

use trinvis_e2e::{message, App, DataHome};

#[test]
fn home_screen_language_switch() {
    crate::within_limit(async {
        let data = DataHome::new("home");
        let app = App::launch(&data).await;

        app.wait_for_text("h1", &message("da", "first-run-title"))
            .await;
        app.screenshot("first-run").await;
        app.click("button.language-option[lang='da']").await;

        app.wait_for_text("h1", &message("da", "home-title")).await;
        assert_eq!(app.html_attribute("lang").await, "da");
        assert_eq!(app.html_attribute("dir").await, "ltr");
        app.screenshot("home-da").await;

        app.click("button[aria-haspopup='dialog']").await;
        app.screenshot("language-menu-da").await;
        app.click("dialog[open] button[lang='ar']").await;
        app.wait_for_lang("ar").await;
        assert_eq!(app.html_attribute("dir").await, "rtl");
        app.wait_for_text("h1", &message("ar", "home-title")).await;
        assert_eq!(
            app.text_of(".topics-heading").await,
            message("ar", "topics-heading")
        );
        app.screenshot("home-ar").await;

        app.click("button[aria-haspopup='dialog']").await;
        app.click("dialog[open] button[lang='da']").await;
        app.wait_for_lang("da").await;
        assert_eq!(app.html_attribute("dir").await, "ltr");
        app.wait_for_text("h1", &message("da", "home-title")).await;

        app.close().await;
    });
}
