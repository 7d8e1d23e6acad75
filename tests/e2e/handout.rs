//! Printable handouts, Arabic beside Danish: the app's own handout page with the screens'
//! illustrations, and the command line's, each printed to PDF by the real WebKit engine of the
//! app's window, then turned into page images to look at.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use std::process::Command;
use std::time::Duration;

use trinvis_e2e::{message, root, screenshot_dir, App, DataHome};

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
        let text = print_to_pdf_and_images(&html, "handout-what-is-mitid-ar-da");
        assert!(text.contains("MitID"), "the PDF has the guide's text");
    });
}

/// The page the window shows, made standalone: its styles inlined and no scripts, so WebKit's
/// print operation renders exactly what the print dialog would.
const STANDALONE_PAGE: &str = "
const rules = [];
for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) rules.push(rule.cssText);
const page = document.documentElement.cloneNode(true);
page.querySelectorAll('script, link, style').forEach((e) => e.remove());
const style = document.createElement('style');
style.textContent = rules.join('\\n');
page.querySelector('head').appendChild(style);
return '<!doctype html>\\n' + page.outerHTML;
";

/// Puts the built fonts into the page as data, as the app's own protocol serves them to the
/// window but a page printed on its own cannot reach it.
fn with_fonts_inlined(html: &str) -> String {
    let assets = root().join("ui/dist/assets");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("url(") {
        out.push_str(&rest[..at + 4]);
        rest = &rest[at + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        let url = rest[..end].trim_matches(|c| c == '"' || c == '\'');
        match url
            .rsplit('/')
            .next()
            .filter(|name| name.ends_with(".woff2"))
        {
            Some(name) => {
                let bytes = std::fs::read(assets.join(name))
                    .unwrap_or_else(|e| panic!("the built font {name}: {e}"));
                out.push_str(&format!(
                    "\"data:font/woff2;base64,{}\"",
                    STANDARD.encode(bytes)
                ));
            }
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Prints `html` to `name`.pdf in the screenshot folder with WebKit's own print operation and
/// turns its pages into PNG images; returns the PDF's text.
fn print_to_pdf_and_images(html: &str, name: &str) -> String {
    let dir = screenshot_dir();
    let source = dir.join(format!("{name}.html"));
    std::fs::write(&source, html).expect("the page is saved");
    let path = dir.join(format!("{name}.pdf"));
    // The system Python, which python3-gi installs into.
    let printed = Command::new("/usr/bin/python3")
        .arg(root().join("tests/tools/print_pdf.py"))
        .arg(&source)
        .arg(&path)
        .status()
        .expect("the print script runs");
    assert!(printed.success(), "WebKit printed {name}");
    let pdf = std::fs::read(&path).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let pages = Command::new("pdftoppm")
        .args(["-png", "-r", "60"])
        .arg(&path)
        .arg(dir.join(name))
        .status()
        .expect("pdftoppm runs");
    assert!(pages.success());
    let images = std::fs::read_dir(&dir)
        .expect("the screenshot folder")
        .filter_map(Result::ok)
        .filter(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            file.starts_with(&format!("{name}-")) && file.ends_with(".png")
        })
        .count();
    assert!(images >= 1, "the PDF has pages");
    let text = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&text.stdout).into_owned()
}

/// Text as the PDF's text layer gives it back: WebKit prints "fi" and "fl" as one ligature
/// glyph with no letters behind it, which comes out as a space.
fn as_in_pdf(text: &str) -> String {
    text.replace("fi", " ")
        .replace("fl", " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_apps_handout_in_arabic_and_danish_prints_with_the_screens_illustrations() {
    crate::within(Duration::from_secs(180), async {
        let data = DataHome::new("handout-in-app");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='ar']").await;
        app.wait_for_lang("ar").await;
        app.click(&format!("button[data-guide='{GUIDE}']")).await;
        app.click(".handout-button").await;
        app.element(".handout-page").await;
        let shape = app
            .client
            .execute(
                "return document.fonts.ready.then(() => [...document.querySelectorAll('.handout-step')].map((step) =>
                   [...step.querySelectorAll('.handout-cell')].map((c) => c.lang + ':' + c.dir).join(' ')
                   + (step.querySelector('.handout-illustration figure') ? ' picture' : '')));",
                vec![],
            )
            .await
            .expect("the handout is read");
        let guide_file =
            std::fs::read_to_string(root().join(format!("src-tauri/content/guides/{GUIDE}.toml")))
                .expect("the guide's content file");
        let steps: Vec<&str> = guide_file.split("[[step]]").skip(1).collect();
        let expected: Vec<String> = steps
            .iter()
            .map(|step| {
                let picture = if step.contains("illustration =") {
                    " picture"
                } else {
                    ""
                };
                format!("ar:rtl da:ltr{picture}")
            })
            .collect();
        assert_eq!(
            shape,
            serde_json::json!(expected),
            "every step, each language in its direction"
        );
        app.screenshot("handout-in-app-what-is-mitid-ar-da").await;
        let html = app
            .client
            .execute(STANDALONE_PAGE, vec![])
            .await
            .expect("the page is taken");
        app.close().await;

        let html = with_fonts_inlined(html.as_str().expect("HTML text"));
        assert!(
            html.contains("data:font/woff2"),
            "the fonts are in the page"
        );
        let text = print_to_pdf_and_images(&html, "handout-in-app-what-is-mitid-ar-da");
        let titles = Command::new(root().join("target/release/trinvis"))
            .args(["guides", "show", GUIDE, "--lang", "da", "--format", "json"])
            .output()
            .expect("the command line runs");
        let guide: serde_json::Value = serde_json::from_slice(&titles.stdout).expect("JSON");
        let flat = as_in_pdf(&text);
        for step in guide["steps"].as_array().expect("steps") {
            let title = as_in_pdf(step["title"].as_str().expect("a title"));
            assert!(flat.contains(&title), "the PDF has the step {title:?}");
        }
        let header = message("ar", "nav-home");
        assert!(
            !text.contains(&header),
            "the app's own buttons are not printed"
        );
    });
}
