//! The practice flows through the real window, done as a person would: by the Danish labels on
//! the screen and the controls' accessible names, typing into fields, swiping with a real drag
//! and with the keyboard. Logging in with the app in Turkish, the fraud traps in Arabic (right to
//! left), reading and answering Digital Post and reporting a move in Somali and in Urdu, and every
//! screen of every flow scanned by axe-core and photographed in both directions.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::elements::Element;
use trinvis_e2e::{message, App, DataHome, ARROW_RIGHT, TAB};

/// An XPath string literal for text that has no apostrophe (all our labels).
fn lit(text: &str) -> String {
    assert!(!text.contains('\''), "{text}");
    format!("'{text}'")
}

/// Clicks the button with this visible text or accessible name, as a person would find it.
async fn press(app: &App, name: &str) {
    let button = app
        .xpath(&format!(
            "//button[normalize-space()={n} or @aria-label={n}]",
            n = lit(name)
        ))
        .await;
    if button.click().await.is_ok() {
        return;
    }
    // A meaning shown on hover can cover the next control while the pointer rests on a word,
    // as it would for a person who left the mouse there: move it away, as they would.
    let away = MouseActions::new("mouse".into()).then(PointerAction::MoveTo {
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    app.client
        .perform_actions(away)
        .await
        .expect("the pointer moves");
    if let Err(error) = button.click().await {
        app.screenshot("press-failed").await;
        panic!("{name} could not be pressed: {error:?}");
    }
}

/// The swipe control of the practice app, by its accessible name.
async fn swipe_control(app: &App, locale: &str) -> Element {
    let name = lit(&message(locale, "practice-swipe-label"));
    app.xpath(&format!("//*[@role='slider' and @aria-label={name}]"))
        .await
}

/// Swipes the approval slider with the mouse, as a finger would: from the thumb most of the way
/// along its track.
async fn swipe(app: &App, element: Element) {
    // Pointer actions do not scroll, as a finger on a screen would not need to.
    let track = app
        .client
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' });
             return arguments[0].parentElement.getBoundingClientRect().width;",
            vec![serde_json::to_value(&element).expect("an element reference")],
        )
        .await
        .expect("the control scrolls into view");
    let dx = track.as_f64().expect("the track's width") * 0.8;
    let swipe = MouseActions::new("finger".into())
        .then(PointerAction::MoveToElement {
            element,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(400)),
            x: dx,
            y: 0.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    app.client
        .perform_actions(swipe)
        .await
        .expect("the drag is performed");
}

/// The input or text area a visible Danish label belongs to.
async fn field(app: &App, label: &str) -> Element {
    app.xpath(&format!(
        "//*[self::input or self::textarea][@id=//label[normalize-space()={}]/@for]",
        lit(label)
    ))
    .await
}

/// Clicks the button whose visible text holds `text`, as a person picks a letter by its subject.
async fn press_containing(app: &App, text: &str) {
    app.xpath(&format!(
        "//button[contains(normalize-space(), {})]",
        lit(text)
    ))
    .await
    .click()
    .await
    .unwrap_or_else(|e| panic!("{text} could not be pressed: {e}"));
}

/// Types into the field with this Danish label and leaves it, so the change is sent.
async fn type_into(app: &App, label: &str, text: &str) {
    field(app, label)
        .await
        .send_keys(&format!("{text}{TAB}"))
        .await
        .unwrap_or_else(|e| panic!("typing into {label} failed: {e}"));
}

/// A practice value from the content's facts, as the guidance tells the learner to type it.
fn fact(name: &str) -> String {
    let facts = std::fs::read_to_string(trinvis_e2e::root().join("src-tauri/content/facts.toml"))
        .expect("facts.toml");
    let header = format!("[fact.{name}]");
    let after = facts
        .split_once(&header)
        .unwrap_or_else(|| panic!("no fact {name}"))
        .1;
    let value = after
        .lines()
        .find_map(|l| l.strip_prefix("value = "))
        .unwrap_or_else(|| panic!("fact {name} has no value"));
    value.trim().trim_matches('"').to_owned()
}

/// Waits for the end of a practice, photographs it and goes back home.
async fn finish(app: &App, locale: &str, shot: &str) {
    app.wait_for_text(".guidance h2", &message(locale, "practice-done-title"))
        .await;
    app.screenshot(shot).await;
    press(app, &message(locale, "guide-to-home")).await;
    app.element("[data-practice]").await;
}

/// Practice 1: open an unread letter, open its attachment, zoom, close, and find it read.
async fn read_a_letter(app: &App, locale: &str) {
    let da = |id: &str| message("da", id);
    open_practice(app, &message(locale, "practice-digital-post-read-title")).await;
    on_screen(app, "inbox").await;
    let unread = app
        .client
        .find_all(fantoccini::Locator::Css(".sim-letter.unread"))
        .await
        .expect("letters")
        .len();
    assert!(unread >= 2, "two letters are new");
    app.screenshot(&format!("dp-read-1-inbox-{locale}")).await;
    press_containing(app, &da("screen-digital-post-read-tax-subject")).await;
    on_screen(app, "letter").await;
    app.screenshot(&format!("dp-read-2-letter-{locale}")).await;
    press(app, &da("screen-digital-post-read-tax-file")).await;
    on_screen(app, "viewer").await;
    app.element("[role='document']").await;
    app.screenshot(&format!("dp-read-3-attachment-{locale}"))
        .await;
    press(app, &da("screen-zoom-ind")).await;
    on_screen(app, "viewer-zoomed").await;
    press(app, &da("screen-luk")).await;
    on_screen(app, "letter-read").await;
    press(app, &da("screen-indbakke")).await;
    on_screen(app, "inbox-done").await;
    let still_unread = app
        .client
        .find_all(fantoccini::Locator::Css(".sim-letter.unread"))
        .await
        .expect("letters")
        .len();
    assert_eq!(
        still_unread,
        unread - 1,
        "the letter read is no longer marked"
    );
    finish(app, locale, &format!("dp-read-4-done-{locale}")).await;
}

/// Practice 2: reply where »Besvar« is offered, and write a new message with an attachment
/// where it is not.
async fn reply_and_write(app: &App, locale: &str) {
    let da = |id: &str| message("da", id);
    open_practice(app, &message(locale, "practice-digital-post-reply-title")).await;
    on_screen(app, "inbox").await;
    press_containing(app, &da("screen-digital-post-reply-meeting-subject")).await;
    on_screen(app, "letter-meeting").await;
    press(app, &da("screen-besvar")).await;
    on_screen(app, "reply-form").await;
    type_into(app, &da("screen-emne"), "Mødet").await;
    type_into(app, &da("screen-besked"), "Jeg kommer gerne.").await;
    app.screenshot(&format!("dp-reply-1-reply-{locale}")).await;
    press(app, &da("screen-send")).await;
    on_screen(app, "reply-sent").await;
    press_containing(app, &da("screen-digital-post-reply-housing-subject")).await;
    on_screen(app, "letter-housing").await;
    let replies = app
        .client
        .find_all(fantoccini::Locator::XPath(&format!(
            "//button[normalize-space()={}]",
            lit(&da("screen-besvar"))
        )))
        .await
        .expect("a search");
    assert!(replies.is_empty(), "this authority does not take replies");
    app.screenshot(&format!("dp-reply-2-no-reply-{locale}"))
        .await;
    press(app, &da("screen-skriv-ny-besked")).await;
    on_screen(app, "compose").await;
    press(app, &da("screen-vaelg-myndighed")).await;
    on_screen(app, "authority-list").await;
    press(app, &da("screen-digital-post-reply-housing-sender")).await;
    on_screen(app, "form").await;
    type_into(app, &da("screen-emne"), "Min boligstøtte").await;
    type_into(app, &da("screen-besked"), "Her er min lejekontrakt.").await;
    press(app, &da("screen-vedhaeft-fil")).await;
    on_screen(app, "choose-file").await;
    press(app, &da("screen-digital-post-reply-file-lease")).await;
    on_screen(app, "form-attached").await;
    app.screenshot(&format!("dp-reply-3-attached-{locale}"))
        .await;
    press(app, &da("screen-send")).await;
    finish(app, locale, &format!("dp-reply-4-sent-{locale}")).await;
}

/// Practice 6: report a move on borger.dk, with a date outside the deadline first, and choose a
/// new doctor.
async fn report_a_move(app: &App, locale: &str) {
    let da = |id: &str| message("da", id);
    open_practice(app, &message(locale, "practice-report-a-move-title")).await;
    on_screen(app, "self-service").await;
    press(app, &da("screen-meld-flytning")).await;
    on_screen(app, "move-page").await;
    press(app, &da("screen-log-paa")).await;
    on_screen(app, "mitid-box").await;
    type_into(app, &da("screen-bruger-id"), &fact("practice-user-id")).await;
    press(app, &da("screen-fortsaet")).await;
    on_screen(app, "app-request").await;
    let slider = swipe_control(app, locale).await;
    swipe(app, slider).await;
    on_screen(app, "form").await;
    type_into(app, &da("screen-ny-adresse"), &fact("practice-address")).await;
    type_into(app, &da("screen-flyttedato"), "01.01.2020").await;
    press(app, &da("screen-naeste")).await;
    on_screen(app, "date-error").await;
    app.element(".feedback").await;
    app.screenshot(&format!("move-1-date-error-{locale}")).await;
    press(app, &da("screen-proev-igen")).await;
    on_screen(app, "form").await;
    let date = field(app, &da("screen-flyttedato")).await;
    date.clear().await.expect("the field clears");
    type_into(app, &da("screen-flyttedato"), &fact("practice-move-date")).await;
    press(app, &da("screen-naeste")).await;
    on_screen(app, "doctor").await;
    app.screenshot(&format!("move-2-doctor-{locale}")).await;
    press(app, &da("screen-vaelg-ny-laege")).await;
    on_screen(app, "doctor-list").await;
    press(app, &da("screen-report-a-move-doctor-near")).await;
    on_screen(app, "summary").await;
    press(app, &da("screen-send")).await;
    finish(app, locale, &format!("move-3-receipt-{locale}")).await;
}

/// Practices 1, 2 and 6 in one language, chosen on the first-run picker.
async fn digital_post_and_moving_in(locale: &str) {
    let data = DataHome::new(&format!("post-and-move-{locale}"));
    let app = App::launch(&data).await;
    app.click(&format!("button.language-option[lang='{locale}']"))
        .await;
    app.wait_for_lang(locale).await;
    read_a_letter(&app, locale).await;
    reply_and_write(&app, locale).await;
    report_a_move(&app, locale).await;
    app.close().await;
}

#[test]
fn read_and_answer_digital_post_and_report_a_move_in_somali() {
    crate::within(Duration::from_secs(300), digital_post_and_moving_in("so"));
}

#[test]
fn read_and_answer_digital_post_and_report_a_move_in_urdu() {
    crate::within(Duration::from_secs(300), digital_post_and_moving_in("ur"));
}

/// Waits until the practice shows this screen.
async fn on_screen(app: &App, screen: &str) {
    app.element(&format!(".practice[data-screen='{screen}']"))
        .await;
}

/// Opens the practice card with this title from the home screen.
async fn open_practice(app: &App, title: &str) {
    app.xpath(&format!(
        "//button[@data-practice and contains(normalize-space(), {})]",
        lit(title)
    ))
    .await
    .click()
    .await
    .expect("the practice card opens");
    app.wait_for_text("h1", title).await;
}

/// Lets "show me" do each step until the practice reaches `screen`.
async fn show_me_until(app: &App, locale: &str, screen: &str) {
    let show_me = message(locale, "practice-show-me-button");
    for _ in 0..12 {
        if app
            .client
            .find(fantoccini::Locator::Css(&format!(
                ".practice[data-screen='{screen}']"
            )))
            .await
            .is_ok()
        {
            return;
        }
        let before = app.attribute_of(".practice", "data-screen").await;
        press(app, &show_me).await;
        wait_until_screen_changes(app, &before).await;
    }
    panic!("show me never reached {screen}");
}

async fn wait_until_screen_changes(app: &App, from: &str) {
    for _ in 0..200 {
        if let Ok(practice) = app.client.find(fantoccini::Locator::Css(".practice")).await {
            if practice.attr("data-screen").await.ok().flatten().as_deref() != Some(from) {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let state = app
        .client
        .execute(
            "return [document.querySelector('.highlighted')?.outerHTML ?? 'nothing highlighted', \
             document.querySelector('[role=alert]')?.textContent ?? 'no alert'];",
            vec![],
        )
        .await;
    panic!("the practice stayed on {from}: {state:?}");
}

#[test]
fn log_in_with_the_app_on_a_computer_in_turkish() {
    crate::within_limit(async {
        let data = DataHome::new("practice");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='tr']").await;
        app.wait_for_lang("tr").await;

        open_practice(&app, &message("tr", "practice-login-app-computer-title")).await;
        app.screenshot("practice-1-service-tr").await;
        press(&app, &message("da", "screen-log-paa")).await;

        // A CPR-shaped value brings the gentle note, and the practice user ID takes its place.
        let user_id = field(&app, &message("da", "screen-bruger-id")).await;
        user_id
            .send_keys(&format!("010203-1234{TAB}"))
            .await
            .expect("typing works");
        app.wait_for_text(".note", &message("tr", "practice-real-details-note"))
            .await;
        app.screenshot("practice-2-note-tr").await;
        let user_id = field(&app, &message("da", "screen-bruger-id")).await;
        assert_eq!(
            user_id.prop("value").await.expect("value").as_deref(),
            Some("oevelse1"),
            "the practice user ID stands in for the CPR number"
        );
        press(&app, &message("da", "screen-fortsaet")).await;

        press(&app, &message("tr", "practice-qr-label")).await;
        app.screenshot("practice-3-app-pin-tr").await;
        let pin = field(&app, &message("da", "screen-pin-kode")).await;
        pin.send_keys(&format!("1234{TAB}"))
            .await
            .expect("typing works");
        press(&app, &message("da", "screen-fortsaet")).await;

        let slider = swipe_control(&app, "tr").await;
        app.screenshot("practice-4-request-tr").await;
        swipe(&app, slider).await;
        app.wait_for_text(".guidance h2", &message("tr", "practice-done-title"))
            .await;
        app.screenshot("practice-5-done-tr").await;

        // Start again, let "show me" do the steps, and approve with the keyboard instead.
        press(&app, &message("tr", "practice-restart-button")).await;
        on_screen(&app, "service").await;
        show_me_until(&app, "tr", "app-request").await;
        let slider = swipe_control(&app, "tr").await;
        slider
            .send_keys(&ARROW_RIGHT.to_string())
            .await
            .expect("arrow key");
        app.wait_for_text(".guidance h2", &message("tr", "practice-done-title"))
            .await;
        app.close().await;
    });
}

#[test]
fn refuse_the_fraud_traps_in_arabic() {
    crate::within_limit(async {
        let data = DataHome::new("fraud");
        let app = App::launch(&data).await;
        app.click("button.language-option[lang='ar']").await;
        app.wait_for_lang("ar").await;
        assert_eq!(app.html_attribute("dir").await, "rtl");
        open_practice(&app, &message("ar", "practice-fraud-traps-title")).await;

        // A caller "from the bank" asks for an approval; swiping it, here with a real drag,
        // is the mistake, explained in Arabic beside the Danish phone screen.
        on_screen(&app, "bank-call").await;
        let words = app.text_of(".phone-call blockquote").await;
        assert_eq!(
            words,
            message("ar", "practice-fraud-traps-bank-call-call-words")
        );
        assert_eq!(app.attribute_of(".phone-frame", "dir").await, "ltr");
        assert_eq!(app.attribute_of(".phone-frame", "lang").await, "da");
        app.screenshot("fraud-1-bank-call-ar").await;
        swipe(&app, swipe_control(&app, "ar").await).await;
        app.wait_for_text(
            ".feedback",
            &message("ar", "practice-fraud-traps-bank-call-approve-feedback"),
        )
        .await;
        app.screenshot("fraud-2-approved-by-mistake-ar").await;
        press(&app, &message("ar", "practice-reject-label")).await;

        // The caller pushes; the answer is to hang up.
        on_screen(&app, "pressure").await;
        press(&app, &message("ar", "practice-hang-up-label")).await;

        // A request nobody started: the keyboard swipe is the mistake, the reject button the answer.
        on_screen(&app, "unexpected").await;
        app.screenshot("fraud-3-unexpected-ar").await;
        swipe_control(&app, "ar")
            .await
            .send_keys(&ARROW_RIGHT.to_string())
            .await
            .expect("arrow key");
        app.wait_for_text(
            ".feedback",
            &message("ar", "practice-fraud-traps-unexpected-approve-feedback"),
        )
        .await;
        let reject = app
            .xpath(&format!(
                "//button[normalize-space()={}]",
                lit(&message("ar", "practice-reject-label"))
            ))
            .await;
        reject.send_keys("\u{e007}").await.expect("Enter");

        // Whom to call: not Borgerservice by appointment, but MitID Support, now.
        on_screen(&app, "whom").await;
        press(&app, &message("da", "screen-borgerservice")).await;
        let feedback = app.text_of(".feedback").await;
        assert!(
            feedback.contains("+45 33 98 00 10") && feedback.contains("+45 33 98 00 98"),
            "the feedback names both numbers: {feedback}"
        );
        app.screenshot("fraud-4-whom-ar").await;

        // A tap on the info button beside a Danish word shows its meaning in Arabic.
        let info = app
            .xpath(&format!(
                "//button[normalize-space()={}]/following-sibling::button[@aria-label={}]",
                lit(&message("da", "screen-mitid-support")),
                lit(&message("ar", "practice-meaning-button"))
            ))
            .await;
        info.click().await.expect("the info button is pressed");
        let tip = app
            .element(&format!(
                "#{}",
                info.attr("aria-controls")
                    .await
                    .ok()
                    .flatten()
                    .expect("the info button names its tooltip")
            ))
            .await;
        assert!(
            tip.is_displayed().await.expect("visibility"),
            "the meaning shows"
        );
        let meaning = tip.text().await.expect("text");
        assert!(
            meaning.contains("+45 33 98 00 10")
                && meaning
                    .chars()
                    .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
            "{meaning}"
        );
        assert_eq!(tip.attr("lang").await.ok().flatten().as_deref(), Some("ar"));
        // It reads right to left, yet opens along the Danish screen rather than off the window.
        // The tip is moved into the window on the frame after it shows, so a slow machine is given
        // the time to draw that frame.
        let inside = serde_json::json!(["rtl", true]);
        let start = std::time::Instant::now();
        loop {
            let placed = app
                .client
                .execute(
                    "const tip = arguments[0].getBoundingClientRect();
                     return [getComputedStyle(arguments[0].firstElementChild).direction,
                             tip.left >= 0 && tip.right <= window.innerWidth];",
                    vec![serde_json::to_value(&tip).expect("an element reference")],
                )
                .await
                .expect("the tooltip is measured");
            if placed == inside {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the meaning never came inside the window: {placed}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        app.screenshot("fraud-4-meaning-ar").await;
        press(&app, &message("da", "screen-mitid-support")).await;

        // A login box at an address that does not end in mitid.dk: close the page.
        on_screen(&app, "fake-box").await;
        let address = app.text_of(".address").await;
        assert!(
            !address.trim_end_matches('/').ends_with("mitid.dk"),
            "{address}"
        );
        app.screenshot("fraud-5-fake-box-ar").await;
        press(&app, &message("ar", "practice-close-page-label")).await;
        app.wait_for_text(".guidance h2", &message("ar", "practice-done-title"))
            .await;
        app.screenshot("fraud-6-done-ar").await;
        app.close().await;
    });
}

/// Each screen with an action that checks a typed value, as (flow, screen) and the Danish label
/// of the control that takes the action, read from the flows' own files. Pressing it with the
/// field still empty leads to the screen a wrong value leads to.
fn checked_actions() -> HashMap<(String, String), String> {
    let flows = trinvis_e2e::root().join("src-tauri/content/flows");
    let mut found = HashMap::new();
    for entry in std::fs::read_dir(&flows).expect("the flows") {
        let path = entry.expect("a flow").path();
        let text = std::fs::read_to_string(&path).expect("a flow file");
        let value = |line: &str, key: &str| {
            line.strip_prefix(&format!("{key} = \""))
                .and_then(|rest| rest.strip_suffix('"'))
                .map(str::to_owned)
        };
        let (mut flow, mut screen, mut section) = (String::new(), String::new(), "");
        let mut labels: HashMap<String, String> = HashMap::new();
        let (mut widget, mut action_widget) = (String::new(), String::new());
        for line in text.lines().map(str::trim) {
            match line {
                "[[screen]]" => {
                    section = "screen";
                    labels.clear();
                }
                "[[screen.widget]]" => section = "widget",
                "[[screen.action]]" => section = "action",
                _ => {}
            }
            match section {
                "" => flow = value(line, "id").unwrap_or(flow),
                "screen" => screen = value(line, "id").unwrap_or(screen),
                "widget" => {
                    widget = value(line, "id").unwrap_or(widget);
                    if let Some(term) = value(line, "term") {
                        labels.insert(widget.clone(), format!("screen-{term}"));
                    }
                    if let Some(label) = value(line, "label") {
                        labels.insert(widget.clone(), label);
                    }
                }
                _ => {
                    action_widget = value(line, "widget").unwrap_or(action_widget);
                    if line.starts_with("check = ") {
                        let label = &labels[&action_widget];
                        found.insert((flow.clone(), screen.clone()), message("da", label));
                    }
                }
            }
        }
    }
    assert!(found.len() >= 4, "{found:?}");
    found
}

/// Opens every practice in turn and walks it with "show me", scanning each screen with axe-core
/// and photographing it. Where an action checks a typed value, it is first taken with nothing
/// typed, so the screen a wrong value leads to is scanned and photographed too.
/// With `text_size` the walk runs at that text size, set as a person would in the settings.
async fn scan_every_practice_screen(locale: &str, text_size: Option<u16>) {
    let data = DataHome::new(&format!("scan-{locale}"));
    let app = App::launch(&data).await;
    app.click(&format!("button.language-option[lang='{locale}']"))
        .await;
    app.wait_for_lang(locale).await;
    let suffix = match text_size {
        Some(size) => {
            app.click("[data-nav='settings']").await;
            app.click(&format!("input[name='text-size'][value='{size}']"))
                .await;
            app.click("[data-nav='home']").await;
            format!("{locale}-{size}")
        }
        None => locale.to_owned(),
    };
    app.element("[data-practice]").await;
    let cards = app
        .client
        .find_all(fantoccini::Locator::Css("[data-practice]"))
        .await
        .expect("practice cards");
    let mut flows = Vec::new();
    for card in cards {
        flows.push(
            card.attr("data-practice")
                .await
                .ok()
                .flatten()
                .expect("an ID"),
        );
    }
    assert!(flows.len() >= 4, "{flows:?}");
    let checked = checked_actions();
    let mut problems = Vec::new();
    let mut screens = 0;
    for flow in &flows {
        app.click(&format!("[data-practice='{flow}']")).await;
        let mut tried = HashSet::new();
        loop {
            let screen = app.attribute_of(".practice", "data-screen").await;
            screens += 1;
            app.screenshot(&format!("screen-{flow}-{screen}-{suffix}"))
                .await;
            problems.extend(
                app.accessibility_problems()
                    .await
                    .into_iter()
                    .map(|p| format!("{flow}/{screen}: {p}")),
            );
            if app
                .client
                .find(fantoccini::Locator::Css(".practice .primary"))
                .await
                .is_ok()
            {
                app.click(".practice .primary").await;
                app.element("[data-practice]").await;
                break;
            }
            let key = (flow.clone(), screen.clone());
            if let Some(label) = checked.get(&key).filter(|_| tried.insert(key.clone())) {
                press(&app, label).await;
            } else {
                press(&app, &message(locale, "practice-show-me-button")).await;
            }
            wait_until_screen_changes(&app, &screen).await;
        }
    }
    assert!(
        problems.is_empty(),
        "serious or critical accessibility problems:\n{}",
        problems.join("\n")
    );
    // Four flows of six to nine screens, the error screen and the code screen twice included.
    assert!(screens >= 27, "only {screens} screens were visited");
    // The scan is no formality: a button without a name is caught.
    app.client
        .execute(
            "document.querySelector('main, body').append(document.createElement('button'));",
            vec![],
        )
        .await
        .expect("a nameless button is added");
    let caught = app.accessibility_problems().await;
    assert!(
        caught.iter().any(|p| p.starts_with("button-name")),
        "{caught:?}"
    );
    app.close().await;
}

#[test]
fn every_practice_screen_passes_the_accessibility_scan_left_to_right() {
    crate::within(
        Duration::from_secs(1200),
        scan_every_practice_screen("tr", None),
    );
}

#[test]
fn every_practice_screen_passes_the_accessibility_scan_right_to_left_at_200_percent() {
    crate::within(
        Duration::from_secs(1200),
        scan_every_practice_screen("ar", Some(200)),
    );
}
