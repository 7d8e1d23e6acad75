//! The other citizen screens, looked at in a left-to-right and a right-to-left language, at the
//! largest text size and in high contrast: search, glossary and settings.

use trinvis_e2e::{message, App, DataHome};

#[test]
fn search_glossary_and_settings_at_large_text() {
    crate::within_limit(async {
        let data = DataHome::new("screens");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='tr']").await;
        app.wait_for_lang("tr").await;

        app.click(".main-nav button:nth-child(2)").await;
        app.wait_for_text("h1", &message("tr", "search-title"))
            .await;
        let input = app.element("#search-input").await;
        input.send_keys("giris").await.expect("typing works");
        app.click("form[role='search'] button[type='submit']").await;
        app.text_of(".search-hit").await;
        app.screenshot("search-tr").await;

        app.click(".main-nav button:nth-child(3)").await;
        app.wait_for_text("h1", &message("tr", "glossary-title"))
            .await;
        app.screenshot("glossary-tr").await;

        app.click(".main-nav button:nth-child(4)").await;
        app.wait_for_text("h1", &message("tr", "settings-title"))
            .await;
        app.click("input[name='text-size'][value='200']").await;
        app.click("input[type='checkbox']").await;
        let scale = app
            .client
            .execute(
                "return getComputedStyle(document.documentElement).getPropertyValue('--text-scale');",
                vec![],
            )
            .await
            .expect("reading the text scale works");
        assert_eq!(scale.as_str().map(str::trim), Some("2"));
        app.screenshot("settings-tr-200-contrast").await;

        app.click("button[aria-haspopup='dialog']").await;
        app.click("dialog[open] button[lang='ar']").await;
        app.wait_for_lang("ar").await;
        app.click(".main-nav button:nth-child(1)").await;
        app.wait_for_text("h1", &message("ar", "home-title")).await;
        app.screenshot("home-ar-200-contrast").await;
        app.click(".main-nav button:nth-child(3)").await;
        app.wait_for_text("h1", &message("ar", "glossary-title"))
            .await;
        app.screenshot("glossary-ar-200-contrast").await;

        app.close().await;
    });
}
