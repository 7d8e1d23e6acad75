//! Bad files a person can meet: a damaged progress database is set aside, the app starts, and
//! the user is told once, in their language.

use fantoccini::Locator;
use trinvis_e2e::{message, App, DataHome};

/// Where Tauri keeps this app's data under XDG_DATA_HOME: the identifier in tauri.conf.json.
const APP_DIR: &str = "dk.trinvis.Trinvis";

#[test]
fn a_corrupt_progress_file_is_kept_aside_and_the_user_is_told_once() {
    crate::within_limit(async {
        let data = DataHome::new("corrupt");
        let dir = data.path().join(APP_DIR);
        std::fs::create_dir_all(&dir).expect("app data folder");
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        std::fs::write(dir.join("progress.sqlite"), &garbage).expect("write garbage");

        let app = App::launch(&data).await;
        app.click("button.language-option[lang='en']").await;
        app.wait_for_text(
            ".notice-message",
            &message("en", "notice-progress-recovered"),
        )
        .await;
        app.screenshot("notice-recovered-en").await;
        app.click(".notice-banner button").await;
        let banners = app
            .client
            .find_all(Locator::Css(".notice-banner"))
            .await
            .expect("query works");
        assert!(banners.is_empty(), "the notice is gone once read");
        app.close().await;

        let aside: Vec<_> = std::fs::read_dir(&dir)
            .expect("app data folder")
            .filter_map(|e| e.ok())
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("progress.sqlite.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1, "the damaged file is kept aside");
        assert_eq!(
            std::fs::read(aside[0].path()).expect("read it"),
            garbage,
            "byte for byte"
        );

        // The next start has the fresh database and nothing to tell.
        let app = App::launch(&data).await;
        app.wait_for_text("h1", &message("en", "home-title")).await;
        let banners = app
            .client
            .find_all(Locator::Css(".notice-banner"))
            .await
            .expect("query works");
        assert!(banners.is_empty(), "the notice is given once");
        app.close().await;
    });
}
