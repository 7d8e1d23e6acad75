//! The IPC commands through Tauri's mock runtime: the real config and capability file, no window.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};
use trinvis::l10n::Localizer;
use trinvis::state::AppState;

fn app(os_locale: &str) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let state = AppState::new(l10n, &[os_locale.to_owned()]);
    let app = trinvis::with_core(mock_builder(), state)
        .build(tauri::generate_context!("tauri.conf.json"))
        .expect("the app builds on the mock runtime");
    let window = match app.get_webview_window("main") {
        Some(window) => window,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window opens"),
    };
    (app, window)
}

fn invoke_from(
    window: &WebviewWindow<MockRuntime>,
    url: &str,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: url.parse().expect("test URL parses"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_owned(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("the response is JSON"))
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
    invoke_from(window, "tauri://localhost", cmd, body)
}

fn plain(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn load_ui_returns_the_negotiated_locale_ready_to_render() {
    let (_app, window) = app("da-DK");
    let view = invoke(&window, "load_ui", json!({})).expect("load_ui succeeds");
    assert_eq!(view["locale"], "da");
    assert_eq!(view["dir"], "ltr");
    assert_eq!(plain(&view["text"]["home-title"]), "Velkommen til Trinvis");
    let tags: Vec<&str> = view["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .filter_map(|l| l["tag"].as_str())
        .collect();
    assert_eq!(tags, ["da", "ar", "en", "so", "tr", "ur"]);
    let topics: Vec<&str> = view["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(
        topics,
        ["mitid", "digital-post", "self-service", "helping-others"]
    );
    assert_eq!(
        plain(&view["topics"][2]["title"]),
        "Selvbetjening på borger.dk"
    );
}

#[test]
fn an_arabic_system_starts_in_arabic_right_to_left() {
    let (_app, window) = app("ar_EG.UTF-8");
    let view = invoke(&window, "load_ui", json!({})).expect("load_ui succeeds");
    assert_eq!(view["locale"], "ar");
    assert_eq!(view["dir"], "rtl");
    assert_eq!(plain(&view["text"]["home-title"]), "مرحبًا بك في Trinvis");
}

#[test]
fn set_locale_switches_and_the_choice_sticks() {
    let (_app, window) = app("da-DK");
    let view = invoke(&window, "set_locale", json!({ "tag": "ur" })).expect("ur exists");
    assert_eq!(
        (view["locale"].as_str(), view["dir"].as_str()),
        (Some("ur"), Some("rtl"))
    );
    assert_eq!(plain(&view["text"]["topics-heading"]), "موضوعات");
    let again = invoke(&window, "load_ui", json!({})).expect("load_ui succeeds");
    assert_eq!(again["locale"], "ur");
}

#[test]
fn an_unknown_locale_is_a_typed_error_in_the_users_language() {
    let (_app, window) = app("da-DK");
    let error = invoke(&window, "set_locale", json!({ "tag": "xx" })).expect_err("xx is unknown");
    assert_eq!(error["kind"], "unknown-locale");
    assert_eq!(
        plain(&error["message"]),
        "Sproget »xx« findes ikke i Trinvis."
    );
    let view = invoke(&window, "load_ui", json!({})).expect("load_ui succeeds");
    assert_eq!(view["locale"], "da", "a rejected switch changes nothing");
}

#[test]
fn a_very_long_tag_is_rejected_and_shown_shortened() {
    let (_app, window) = app("en-US");
    let tag = "a".repeat(10_000);
    let error = invoke(&window, "set_locale", json!({ "tag": tag })).expect_err("rejected");
    assert_eq!(error["kind"], "unknown-locale");
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .chars()
            .count()
            < 100
    );
}

#[test]
fn malformed_arguments_are_rejected_without_a_panic() {
    let (_app, window) = app("da-DK");
    for body in [
        json!({}),
        json!({ "tag": 42 }),
        json!({ "tag": null }),
        json!({ "tag": ["ar"] }),
        json!("ar"),
    ] {
        let result = invoke(&window, "set_locale", body.clone());
        assert!(result.is_err(), "{body} should be rejected");
    }
    let view = invoke(&window, "load_ui", json!({})).expect("the app still answers");
    assert_eq!(view["locale"], "da");
}

#[test]
fn commands_outside_the_capability_and_remote_origins_are_refused() {
    let (_app, window) = app("da-DK");
    assert!(invoke(
        &window,
        "plugin:fs|read_file",
        json!({ "path": "/etc/passwd" })
    )
    .is_err());
    assert!(invoke(&window, "no_such_command", json!({})).is_err());
    assert!(invoke_from(&window, "https://example.com", "load_ui", json!({})).is_err());
}
