//! An ambassador plans a session: picks guides, reorders them, removes one and undoes it, saves
//! the plan to a file through the native dialog, opens it again after changing the plan, finds
//! it after a restart, and presents it guide after guide.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use trinvis_e2e::{message, App, DataHome};

const PAGE_DOWN: char = '\u{e00f}';

async fn planned(app: &App) -> Vec<String> {
    let ids = app
        .client
        .execute(
            "return [...document.querySelectorAll('[data-plan-guide]')].map((e) => e.dataset.planGuide);",
            vec![],
        )
        .await
        .expect("the plan is read");
    serde_json::from_value(ids).expect("a list of ids")
}

async fn wait_for_plan(app: &App, expected: &[&str]) {
    let start = Instant::now();
    loop {
        let now = planned(app).await;
        if now == expected {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the plan is {now:?}, never {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn press_in_row(app: &App, guide: &str, label_id: &str) {
    app.xpath(&format!(
        "//li[@data-plan-guide='{guide}']//button[normalize-space()='{}']",
        message("da", label_id)
    ))
    .await
    .click()
    .await
    .unwrap_or_else(|e| panic!("{label_id} on {guide}: {e}"));
}

fn xdotool(args: &[&str]) -> Option<String> {
    let output = Command::new("xdotool").args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Answers the native file dialog titled `title` with `path`, as a person typing the path would.
/// The dialog is GTK's own, outside the webview, so WebDriver cannot reach it; xdotool types
/// into it on the same X display.
fn answer_file_dialog(title: &str, path: &Path) {
    let start = Instant::now();
    let window = loop {
        if let Some(found) = xdotool(&["search", "--onlyvisible", "--name", title]) {
            if let Some(id) = found.lines().last().filter(|id| !id.is_empty()) {
                break id.to_owned();
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no dialog titled {title}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    // GTK needs a moment after mapping before it takes keys.
    std::thread::sleep(Duration::from_millis(700));
    let path = path.to_string_lossy();
    for args in [
        vec!["windowfocus", "--sync", window.as_str()],
        // Ctrl+L opens the location field in both the open and the save dialog.
        vec!["key", "--window", window.as_str(), "ctrl+l"],
        vec!["key", "--window", window.as_str(), "ctrl+a"],
        vec![
            "type",
            "--window",
            window.as_str(),
            "--delay",
            "15",
            path.as_ref(),
        ],
        vec!["key", "--window", window.as_str(), "Return"],
    ] {
        assert!(xdotool(&args).is_some(), "xdotool {args:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn an_ambassador_plans_a_session_shares_it_as_a_file_and_presents_it() {
    crate::within(Duration::from_secs(300), async {
        let data = DataHome::new("plan");
        let file = data.path().join("tirsdag.json");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='da']").await;
        app.wait_for_lang("da").await;
        app.click("[data-nav='plan']").await;
        app.wait_for_text("#plan-title", &message("da", "plan-title"))
            .await;

        for guide in ["what-is-mitid", "lost-phone", "safety-online"] {
            app.click(&format!("[data-add='{guide}']")).await;
        }
        wait_for_plan(&app, &["what-is-mitid", "lost-phone", "safety-online"]).await;
        press_in_row(&app, "lost-phone", "plan-move-up").await;
        wait_for_plan(&app, &["lost-phone", "what-is-mitid", "safety-online"]).await;
        let total = app
            .text_of(".plan-total")
            .await
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(total.starts_with("3 vejledninger"), "{total}");

        // A removal says so and can be undone.
        press_in_row(&app, "safety-online", "plan-remove").await;
        wait_for_plan(&app, &["lost-phone", "what-is-mitid"]).await;
        app.xpath(&format!(
            "//button[normalize-space()='{}']",
            message("da", "plan-undo")
        ))
        .await
        .click()
        .await
        .expect("undo");
        wait_for_plan(&app, &["lost-phone", "what-is-mitid", "safety-online"]).await;
        app.screenshot("session-plan-da").await;

        // Saved to a file through the native dialog.
        app.xpath(&format!(
            "//button[normalize-space()='{}']",
            message("da", "plan-export")
        ))
        .await
        .click()
        .await
        .expect("save as a file");
        answer_file_dialog(&message("da", "plan-export-title"), &file);
        app.wait_for_text(".plan-status", &message("da", "plan-exported"))
            .await;
        let saved: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&file).expect("the plan file")).expect("JSON");
        assert_eq!(
            saved["guides"],
            serde_json::json!(["lost-phone", "what-is-mitid", "safety-online"])
        );

        // Changed, then opened from the file: the file's plan is back, and undo offered.
        press_in_row(&app, "what-is-mitid", "plan-remove").await;
        press_in_row(&app, "lost-phone", "plan-remove").await;
        wait_for_plan(&app, &["safety-online"]).await;
        app.xpath(&format!(
            "//button[normalize-space()='{}']",
            message("da", "plan-import")
        ))
        .await
        .click()
        .await
        .expect("open from a file");
        answer_file_dialog(&message("da", "plan-import-title"), &file);
        wait_for_plan(&app, &["lost-phone", "what-is-mitid", "safety-online"]).await;
        assert!(app
            .text_of(".plan-status")
            .await
            .starts_with(&message("da", "plan-imported")));
        app.close().await;

        // After a restart the plan is still there, and it is presented guide after guide.
        let app = App::launch(&data).await;
        app.click("[data-nav='plan']").await;
        wait_for_plan(&app, &["lost-phone", "what-is-mitid", "safety-online"]).await;
        app.xpath(&format!(
            "//button[normalize-space()='{}']",
            message("da", "plan-present")
        ))
        .await
        .click()
        .await
        .expect("present the plan");
        app.wait_for_text(
            "#presentation-title",
            &message("en", "guide-lost-phone-title"),
        )
        .await;
        let next = message("en", "guide-what-is-mitid-title");
        let start = Instant::now();
        while app.text_of("#presentation-title").await != next {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the plan's next guide never came"
            );
            app.press(PAGE_DOWN).await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        app.close().await;
    });
}
