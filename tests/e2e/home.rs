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

/// The fonts of every loaded face, as `family weight`.
const LOADED_FONTS: &str = "const done = arguments[arguments.length - 1];
document.fonts.ready.then(() => done([...document.fonts]
  .filter((f) => f.status === 'loaded')
  .map((f) => f.family.replaceAll('\"', '') + ' ' + f.weight)
  .sort()));";

async fn loaded_fonts(app: &App) -> Vec<String> {
    let loaded = app
        .client
        .execute_async(LOADED_FONTS, vec![])
        .await
        .unwrap_or_else(|e| panic!("the loaded fonts could not be read: {e}"));
    serde_json::from_value(loaded).unwrap_or_else(|e| panic!("not a list of fonts: {e}"))
}

#[test]
fn arabic_script_fonts_load_when_the_language_menu_is_reached() {
    crate::within_limit(async {
        let data = DataHome::new("home-fonts");
        let first = App::launch(&data).await;
        first.click("button.language-option[lang='da']").await;
        first.element("button[data-guide]").await;
        first.close().await;

        let app = App::launch(&data).await;
        app.wait_for_text("h1", &message("da", "home-title")).await;
        assert_eq!(
            loaded_fonts(&app).await,
            ["Noto Sans 400", "Noto Sans 700"],
            "a Danish home screen needs no Arabic-script font"
        );

        app.click("button[aria-haspopup='dialog']").await;
        app.element("dialog[open] button[lang='ur']").await;
        assert_eq!(
            loaded_fonts(&app).await,
            [
                "Noto Naskh Arabic 400",
                "Noto Naskh Arabic 700",
                "Noto Nastaliq Urdu 400",
                "Noto Nastaliq Urdu 700",
                "Noto Sans 400",
                "Noto Sans 700"
            ]
        );
        app.screenshot("language-menu-returning").await;
        app.close().await;
    });
}
