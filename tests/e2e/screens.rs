//! The other citizen screens, looked at in a left-to-right and a right-to-left language, at the
//! largest text size and in high contrast: search, glossary, settings, the session plan and a
//! guide's handout page.

use trinvis_e2e::{message, App, DataHome};

#[test]
fn search_glossary_settings_plan_and_handout_at_large_text() {
    crate::within_limit(async {
        let data = DataHome::new("screens");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='tr']").await;
        app.wait_for_lang("tr").await;

        app.click("[data-nav='search']").await;
        app.wait_for_text("h1", &message("tr", "search-title"))
            .await;
        let input = app.element("#search-input").await;
        input.send_keys("giris").await.expect("typing works");
        app.click("form[role='search'] button[type='submit']").await;
        app.text_of(".search-hit").await;
        app.screenshot("search-tr").await;

        app.click("[data-nav='glossary']").await;
        app.wait_for_text("h1", &message("tr", "glossary-title"))
            .await;
        app.screenshot("glossary-tr").await;

        app.click("[data-nav='settings']").await;
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
        app.click("[data-nav='home']").await;
        app.wait_for_text("h1", &message("ar", "home-title")).await;
        app.screenshot("home-ar-200-contrast").await;
        app.click("[data-nav='glossary']").await;
        app.wait_for_text("h1", &message("ar", "glossary-title"))
            .await;
        app.screenshot("glossary-ar-200-contrast").await;

        app.click("[data-nav='plan']").await;
        app.wait_for_text("h1", &message("ar", "plan-title")).await;
        app.click("[data-add='lost-phone']").await;
        app.click("[data-add='what-is-mitid']").await;
        app.element("[data-plan-guide='what-is-mitid']").await;
        app.screenshot("plan-ar-200-contrast").await;
        let problems = app.accessibility_problems().await;
        assert!(problems.is_empty(), "the session plan: {problems:#?}");

        app.click("[data-nav='home']").await;
        app.click("button[data-guide='what-is-mitid']").await;
        app.click(".handout-button").await;
        app.element(".handout-page").await;
        app.screenshot("handout-ar-200-contrast").await;
        let problems = app.accessibility_problems().await;
        assert!(problems.is_empty(), "the handout page: {problems:#?}");

        app.close().await;
    });
}
