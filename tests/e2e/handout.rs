//! A printable handout, Arabic beside Danish, made by the command line and printed to PDF by the
//! real WebKit engine of the app's window, then turned into page images to look at.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use trinvis_e2e::{root, screenshot_dir, App, DataHome};

const GUIDE: &str = "what-is-mitid";

fn handout_html() -> String {
    let binary = root().join("target/release/trinvis");
    let output = Command::new(binary)
        .args([
            "guides", "show", GUIDE, "--lang", "ar", "--also", "da", "--format", "html",
        ])
        .output()
        .expect("the command line runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn the_arabic_and_danish_handout_prints_to_pdf_pages() {
    crate::within(Duration::from_secs(180), async {
        let html = handout_html();
        let data = DataHome::new("handout");
        let app = App::launch(&data).await;
        app.element("button.language-option").await;
        // The window shows the handout in place of the app, as a browser would open the file.
        app.client
            .execute(
                "document.open(); document.write(arguments[0]); document.close(); return document.fonts.ready.then(() => true);",
                vec![serde_json::Value::String(html.clone())],
            )
            .await
            .expect("the handout is shown");
        let directions = app
            .client
            .execute(
                "return [document.documentElement.dir,
                         document.querySelectorAll('section.step[lang=ar][dir=rtl]').length,
                         document.querySelectorAll('section.step[lang=da][dir=ltr]').length];",
                vec![],
            )
            .await
            .expect("the handout is read");
        let json = Command::new(root().join("target/release/trinvis"))
            .args(["guides", "show", GUIDE, "--format", "json"])
            .output()
            .expect("the command line runs");
        let guide: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
        let steps = guide["steps"].as_array().expect("steps").len();
        assert_eq!(directions, serde_json::json!(["rtl", steps, steps]));
        app.close().await;

        // WebKitWebDriver cannot print, so WebKit's own print operation makes the PDF.
        let dir = screenshot_dir();
        let source = dir.join("handout-what-is-mitid-ar-da.html");
        std::fs::write(&source, &html).expect("the handout is saved");
        let path: PathBuf = dir.join("handout-what-is-mitid-ar-da.pdf");
        // The system Python, which python3-gi installs into.
        let printed = Command::new("/usr/bin/python3")
            .arg(root().join("tests/tools/print_pdf.py"))
            .arg(&source)
            .arg(&path)
            .status()
            .expect("the print script runs");
        assert!(printed.success(), "WebKit printed the handout");
        let pdf = std::fs::read(&path).expect("the PDF");
        assert!(pdf.starts_with(b"%PDF"), "a PDF");
        let pages = Command::new("pdftoppm")
            .args(["-png", "-r", "60"])
            .arg(&path)
            .arg(dir.join("handout-what-is-mitid-ar-da"))
            .status()
            .expect("pdftoppm runs");
        assert!(pages.success());
        let images = std::fs::read_dir(&dir)
            .expect("the screenshot folder")
            .filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with("handout-what-is-mitid-ar-da-") && name.ends_with(".png")
            })
            .count();
        assert!(images >= 1, "the PDF has pages");
    });
}
