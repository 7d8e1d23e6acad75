//! The bidi pseudo-locale as a hunt for hard-coded text and left-to-right-only layout: every
//! screen walked through the UI in `ar-XB`, and every visible text checked for having come
//! through Fluent. That pseudo-locale turns each ASCII letter into a flipped form, and only these
//! ASCII letters can come out of it: b d n o p q s u x z H I M N O S W X Z (the app's
//! FLIPPED_LETTERS: p→d, q→b, n→u, u→n, d→p, b→q; o s x z H I N O S X Z map to themselves; W↔M).
//! A text with any other ASCII letter never went through the transform.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::time::Duration;

use fantoccini::Locator;
use fluent_bundle::{FluentBundle, FluentResource};
use trinvis_e2e::{root, App, DataHome, LocaleCopy};

/// The pseudo-locale under test: mirrored letters, right to left.
const BIDI: &str = "ar-XB";

/// ASCII letters the flipped transform never outputs.
const NOT_FLIPPED: &str = "acefghijklmrtvwyABCDEFGJKLPQRTUVY";

/// ASCII letters the accented transform leaves as they are (it accents all the others).
const ACCENTED_KEEPS: &str = "aeiouAEIOU";

/// Whether a text can be the output of the flipped transform.
fn flipped(text: &str) -> bool {
    !text.chars().any(|c| NOT_FLIPPED.contains(c))
}

/// Whether a text can be the output of the accented transform.
fn accented(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_ascii_alphabetic() && !ACCENTED_KEEPS.contains(c))
}

/// What may be shown untransformed, and why. Kept to values that are data, not language.
struct Untransformed {
    /// Practice values (user ID, password, codes) from facts.toml: typed, not read. They enter
    /// messages as placeables, which the transform rightly leaves alone.
    facts: Vec<String>,
    /// The web addresses of the simulated browser's address bar: copied from the practice
    /// flows' TOML into the view as they are, never formatted through Fluent.
    addresses: Vec<String>,
    /// Each language's own name in the language lists, and whether it has been reviewed, in
    /// its own language on purpose. Allowed only inside an element of that language.
    own_words: HashMap<String, Vec<String>>,
}

impl Untransformed {
    fn load() -> Untransformed {
        let content = root().join("src-tauri").join("content");
        let facts = quoted_values(&[content.join("facts.toml")], "value")
            .into_iter()
            .filter(|v| v.chars().any(|c| c.is_ascii_alphabetic()))
            .collect();
        let flows: Vec<PathBuf> = std::fs::read_dir(content.join("flows"))
            .expect("the practice flows")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "toml"))
            .collect();
        let addresses = quoted_values(&flows, "address");
        let locales = root().join("locales");
        let mut own_words = HashMap::new();
        for entry in std::fs::read_dir(&locales).expect("the locales folder") {
            let tag = entry
                .expect("a locale")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if locales.join(&tag).is_dir() {
                let words = formatted(
                    &tag,
                    |file| file == "meta.ftl" || file == "check.ftl",
                    |id| id == "language-name" || id == "status-draft",
                );
                own_words.insert(tag.clone(), words.into_values().collect());
            }
        }
        let mut untransformed = Untransformed {
            facts,
            addresses,
            own_words,
        };
        // Longest first, so a value inside another is not cut out of it first.
        untransformed
            .facts
            .sort_by_key(|v| std::cmp::Reverse(v.len()));
        untransformed
            .addresses
            .sort_by_key(|v| std::cmp::Reverse(v.len()));
        untransformed
    }

    /// Why a text seen in an element of language `lang` did not come through the pseudo-locale,
    /// or `None` if it did or is data. The Danish labels of the simulated screens go through the
    /// transform too, so `lang="da"` needs no exception.
    fn offence(&self, text: &str, lang: &str) -> Option<&'static str> {
        let mut rest = text.replace(['\u{2068}', '\u{2069}', '\u{202e}', '\u{202c}'], "");
        for value in self.facts.iter().chain(&self.addresses) {
            rest = rest.replace(value.as_str(), " ");
        }
        let rest = rest.trim();
        if flipped(rest) {
            return None;
        }
        // The accented pseudo-locale's name, in itself, in the language lists.
        if lang.ends_with("-XA") && accented(rest) {
            return None;
        }
        if self
            .own_words
            .get(lang)
            .is_some_and(|words| words.iter().any(|w| w == rest))
        {
            return None;
        }
        Some(if lang == BIDI {
            "not flipped"
        } else {
            "not transformed"
        })
    }
}

/// Every `key = "value"` string in these TOML files.
fn quoted_values(files: &[PathBuf], key: &str) -> Vec<String> {
    let prefix = format!("{key} = \"");
    let mut values = BTreeSet::new();
    for file in files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for line in text.lines() {
            if let Some(value) = line
                .trim()
                .strip_prefix(&prefix)
                .and_then(|v| v.strip_suffix('"'))
            {
                values.insert(value.to_owned());
            }
        }
    }
    values.into_iter().collect()
}

/// The messages of one locale's matching files, formatted with every file of the locale loaded
/// (terms live elsewhere), by ID, without isolation marks.
fn formatted(
    locale: &str,
    in_file: impl Fn(&str) -> bool,
    wanted: impl Fn(&str) -> bool,
) -> BTreeMap<String, String> {
    let dir = root().join("locales").join(locale);
    let langid = locale.parse().unwrap_or_else(|e| panic!("{locale}: {e}"));
    let mut bundle = FluentBundle::new(vec![langid]);
    let mut ids = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().expect("a file name").to_string_lossy();
        if in_file(&name) {
            ids.extend(
                text.lines()
                    .filter_map(|line| line.split_once(" ="))
                    .map(|(id, _)| id)
                    .filter(|id| {
                        id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                            && wanted(id)
                    })
                    .map(str::to_owned),
            );
        }
        let resource =
            FluentResource::try_new(text).unwrap_or_else(|_| panic!("{} parses", path.display()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|_| panic!("{} has no duplicates", path.display()));
    }
    ids.into_iter()
        .filter_map(|id| {
            let pattern = bundle.get_message(&id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            Some((id, text.replace(['\u{2068}', '\u{2069}'], "")))
        })
        .collect()
}

/// Every text a person can see, with the language of its element and where it was found.
/// Paths, message IDs, check IDs and locale tags are marked translate="no": code, not language.
const VISIBLE_TEXTS: &str = r#"
    const seen = [];
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const skipped = (el) => el.closest('[translate="no"], script, style') !== null;
    const lang = (el) => el.closest('[lang]')?.getAttribute('lang') ?? '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.nodeValue.trim();
      if (el && text && !skipped(el) && visible(el)) seen.push([text, lang(el), el.tagName.toLowerCase()]);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (skipped(el) || !visible(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) seen.push([value, lang(el), el.tagName.toLowerCase() + '[' + name + ']']);
      }
    }
    return seen;
"#;

/// The walk: what was seen where, and one screenshot per kind of screen.
struct Walk<'a> {
    app: &'a App,
    untransformed: Untransformed,
    offences: BTreeMap<String, BTreeSet<String>>,
    photographed: BTreeSet<&'static str>,
    screens: usize,
}

impl Walk<'_> {
    /// Checks every visible text of the window as it stands, seen on `screen` (a `kind` of screen).
    async fn scan(&mut self, kind: &'static str, screen: &str) {
        // Wait for the frame the last action caused, so no half-updated screen is read.
        self.app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await
            .expect("the window paints");
        let seen = self
            .app
            .client
            .execute(VISIBLE_TEXTS, vec![])
            .await
            .expect("the visible texts are read");
        self.screens += 1;
        for item in seen.as_array().expect("a list of texts") {
            let text = item[0].as_str().unwrap_or_default();
            let lang = item[1].as_str().unwrap_or_default();
            let place = item[2].as_str().unwrap_or_default();
            if let Some(why) = self.untransformed.offence(text, lang) {
                self.offences
                    .entry(format!("{text:?} in <{place} lang={lang}>: {why}"))
                    .or_default()
                    .insert(screen.to_owned());
            }
        }
        if self.photographed.insert(kind) {
            self.app.screenshot(&format!("pseudo-{kind}")).await;
        }
    }

    fn fail_on_offences(&self) {
        let report: Vec<String> = self
            .offences
            .iter()
            .map(|(what, screens)| {
                let screens: Vec<&str> = screens.iter().map(String::as_str).collect();
                format!("{what}\n    seen on: {}", screens.join(", "))
            })
            .collect();
        assert!(
            report.is_empty(),
            "{} texts did not come through Fluent (in {} screens):\n{}",
            report.len(),
            self.screens,
            report.join("\n")
        );
    }
}

/// The values of an attribute on every element matching a CSS selector.
async fn attributes(app: &App, css: &str, name: &str) -> Vec<String> {
    let mut values = Vec::new();
    for element in app
        .client
        .find_all(Locator::Css(css))
        .await
        .unwrap_or_default()
    {
        if let Some(value) = element.attr(name).await.ok().flatten() {
            values.push(value);
        }
    }
    values
}

async fn exists(app: &App, css: &str) -> bool {
    app.client.find(Locator::Css(css)).await.is_ok()
}

/// Waits until `read` gives something other than `before`.
async fn wait_for_change(app: &App, css: &str, attribute: Option<&str>, before: &str) {
    for _ in 0..300 {
        let now = match app.client.find(Locator::Css(css)).await {
            Ok(element) => match attribute {
                Some(name) => element.attr(name).await.ok().flatten(),
                None => element.text().await.ok(),
            },
            Err(_) => None,
        };
        if now.as_deref() != Some(before) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} stayed at {before:?}");
}

/// Reads every guide from its first step to "done", through the Next button.
async fn walk_guides(walk: &mut Walk<'_>) {
    let app = walk.app;
    app.click(".main-nav button[data-nav='home']").await;
    app.element("[data-guide]").await;
    let guides = attributes(app, "[data-guide]", "data-guide").await;
    assert!(guides.len() >= 5, "{guides:?}");
    for guide in &guides {
        app.click(&format!("button[data-guide='{guide}']")).await;
        app.element(".step-title").await;
        for step in 1.. {
            assert!(step < 40, "{guide} never ended");
            if exists(app, ".guide-done").await {
                walk.scan("guide-done", &format!("guide {guide}, done"))
                    .await;
                app.click(".guide-done .primary").await;
                app.element("[data-guide]").await;
                break;
            }
            walk.scan("guide", &format!("guide {guide}, step {step}"))
                .await;
            let counter = app.text_of(".step-counter").await;
            app.click(".step-next").await;
            // The last step's button leads to the done screen, which has no counter.
            wait_for_change(app, ".step-counter", None, &counter).await;
        }
    }
}

/// Does every practice flow with "show me", asking for a hint on each screen so it shows too.
async fn walk_practice(walk: &mut Walk<'_>) {
    let app = walk.app;
    app.click(".main-nav button[data-nav='home']").await;
    app.element("[data-practice]").await;
    let flows = attributes(app, "[data-practice]", "data-practice").await;
    assert!(flows.len() >= 4, "{flows:?}");
    for flow in &flows {
        app.click(&format!("button[data-practice='{flow}']")).await;
        for visited in 0.. {
            assert!(visited < 20, "{flow} never ended");
            let screen = app.attribute_of(".practice", "data-screen").await;
            if exists(app, ".practice .primary").await {
                walk.scan("practice-done", &format!("practice {flow}, {screen}"))
                    .await;
                app.click(".practice .primary").await;
                app.element("[data-practice]").await;
                break;
            }
            app.click(".guidance-actions button:nth-child(1)").await;
            app.element(".guidance .hint").await;
            walk.scan("practice", &format!("practice {flow}, {screen}"))
                .await;
            app.click(".guidance-actions button:nth-child(2)").await;
            wait_for_change(app, ".practice", Some("data-screen"), &screen).await;
        }
    }
}

#[test]
fn every_screen_in_the_bidi_pseudo_locale_comes_through_fluent() {
    crate::within(Duration::from_secs(1200), async {
        let data = DataHome::new("pseudo");
        let locales = LocaleCopy::new(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")), "pseudo");
        let folder = locales.path().to_str().expect("a UTF-8 path").to_owned();
        let app = App::launch_with_args(&data, &["--translate", &folder]).await;
        let mut walk = Walk {
            app: &app,
            untransformed: Untransformed::load(),
            offences: BTreeMap::new(),
            photographed: BTreeSet::new(),
            screens: 0,
        };

        // The first choice is a real language; the pseudo-locales are then in the language menu.
        app.click("button.language-option[lang='da']").await;
        app.wait_for_lang("da").await;
        app.click("button[aria-haspopup='dialog']").await;
        app.click(&format!("dialog[open] button[lang='{BIDI}']"))
            .await;
        app.wait_for_lang(BIDI).await;
        assert_eq!(app.html_attribute("dir").await, "rtl");
        app.element(".home-title").await;
        walk.scan("home", "home").await;

        // The message ID tip, opened with Alt+I on the focused heading.
        app.client
            .execute("document.querySelector('h1').focus();", vec![])
            .await
            .expect("the heading takes focus");
        app.client
            .active_element()
            .await
            .expect("a focused element")
            .send_keys("\u{e00a}i\u{e000}")
            .await
            .expect("Alt+I is pressed");
        app.element(".message-id-tip .tip-box").await;
        walk.scan("message-id", "home, message ID tip").await;
        app.press('\u{e00c}').await;

        walk_guides(&mut walk).await;
        walk_practice(&mut walk).await;

        // Digits only, so the query echoed in the summary needs no exception of its own.
        app.click(".main-nav button[data-nav='search']").await;
        app.element("#search-input")
            .await
            .send_keys("13")
            .await
            .expect("typing works");
        app.click("form[role='search'] button[type='submit']").await;
        app.element(".search-summary").await;
        walk.scan("search", "search for 13").await;

        app.click(".main-nav button[data-nav='glossary']").await;
        app.element(".glossary-entry").await;
        walk.scan("glossary", "glossary").await;

        app.click(".main-nav button[data-nav='settings']").await;
        app.element("#second-language").await;
        walk.scan("settings", "settings").await;

        app.click(".main-nav button[data-nav='translator']").await;
        app.element(".locale-status").await;
        walk.scan("translator", "translator").await;

        walk.fail_on_offences();

        // The check is no formality: a text written into the page, past Fluent, is caught.
        app.client
            .execute(
                "const p = document.createElement('p'); p.textContent = 'Hard-coded text'; document.querySelector('main').append(p);",
                vec![],
            )
            .await
            .expect("a hard-coded text is added");
        walk.photographed.insert("hard-coded");
        walk.scan("hard-coded", "translator, with a text added")
            .await;
        assert!(
            walk.offences.keys().any(|k| k.contains("Hard-coded text")),
            "the added text went unnoticed: {:?}",
            walk.offences
        );
        assert!(
            walk.screens >= 40,
            "only {} screens were seen",
            walk.screens
        );
        app.close().await;
    });
}
