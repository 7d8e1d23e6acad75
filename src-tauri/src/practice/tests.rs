use super::*;
use crate::content::{Action, Check, Widget};

fn values() -> PracticeValues {
    PracticeValues(
        [
            ("practice-user-id", "oevelse1"),
            ("practice-pin", "Øvelse1"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
    )
}

fn widget(id: &str, kind: &str) -> Widget {
    Widget {
        id: id.into(),
        kind: kind.into(),
        term: None,
        practice: None,
        asker: None,
        label: None,
        sender: None,
        detail: None,
        unread: false,
        attachment: false,
        disabled: false,
    }
}

fn typed_widget(id: &str, kind: &str, fact: &str) -> Widget {
    Widget {
        practice: Some(fact.into()),
        ..widget(id, kind)
    }
}

fn action(id: &str, widget: &str, goto: usize, is_right: bool) -> Action {
    Action {
        id: id.into(),
        widget: widget.into(),
        goto,
        is_right,
        check: None,
    }
}

fn screen(id: &str, widgets: Vec<Widget>, actions: Vec<Action>) -> Screen {
    Screen {
        id: id.into(),
        frame: "browser".into(),
        address: None,
        is_end: actions.is_empty(),
        is_backdrop: false,
        beside: None,
        widgets,
        actions,
    }
}

/// Log-in box (0) → password (1) → done (2); wrong turns loop back with feedback, and a wrong
/// password leads to an error screen (3) that goes back to the password.
fn flow() -> Flow {
    Flow {
        id: "login".into(),
        start: 0,
        screens: vec![
            screen(
                "box",
                vec![
                    typed_widget("user-id", "field", "practice-user-id"),
                    widget("continue", "button"),
                    widget("forgot", "link"),
                ],
                vec![
                    action("continue", "continue", 1, true),
                    action("forgot", "forgot", 0, false),
                ],
            ),
            screen(
                "password",
                vec![
                    typed_widget("password", "password", "practice-pin"),
                    widget("continue", "button"),
                    widget("cancel", "button"),
                ],
                vec![
                    Action {
                        check: Some(Check {
                            widget: "password".into(),
                            otherwise: 3,
                        }),
                        ..action("continue", "continue", 2, true)
                    },
                    action("cancel", "cancel", 0, false),
                ],
            ),
            screen("done", vec![], vec![]),
            screen(
                "error",
                vec![widget("try-again", "button")],
                vec![action("try-again", "try-again", 1, true)],
            ),
        ],
    }
}

#[test]
fn the_right_path_reaches_the_end_without_mistakes() {
    let mut session = Session::start(flow(), values());
    assert_eq!(session.act("continue"), Ok(Outcome::Moved));
    assert_eq!(session.screen().id, "password");
    session.type_text("password", "Øvelse1").expect("a field");
    assert_eq!(session.act("continue"), Ok(Outcome::Finished));
    assert!(session.is_finished());
    assert_eq!((session.mistakes(), session.hints()), (0, 0));
    assert_eq!(session.act("continue"), Err(PracticeError::Finished));
}

#[test]
fn a_wrong_action_is_a_counted_mistake_with_its_feedback() {
    let mut session = Session::start(flow(), values());
    session.act("continue").expect("right");
    let outcome = session.act("cancel").expect("a known action");
    assert_eq!(
        outcome,
        Outcome::Mistake {
            feedback: "practice-login-password-cancel-feedback".into()
        }
    );
    assert_eq!(session.screen().id, "box");
    assert_eq!(session.mistakes(), 1);
}

#[test]
fn unknown_actions_and_fields_are_refused() {
    let mut session = Session::start(flow(), values());
    assert_eq!(
        session.act("approve"),
        Err(PracticeError::UnknownAction {
            screen: "box".into(),
            action: "approve".into()
        })
    );
    assert_eq!(
        session.type_text("continue", "x"),
        Err(PracticeError::UnknownField {
            screen: "box".into(),
            widget: "continue".into()
        })
    );
    assert_eq!(session.screen().id, "box", "nothing moved");
}

#[test]
fn cpr_shaped_input_is_replaced_and_never_kept() {
    for cpr in ["010203-1234", "0102031234", "010203 1234", " 311299-9999 "] {
        let mut session = Session::start(flow(), values());
        assert!(looks_like_cpr(cpr), "{cpr:?}");
        assert_eq!(
            session.type_text("user-id", cpr),
            Ok(Typed::Replaced),
            "{cpr:?}"
        );
        assert_eq!(
            session.typed("user-id"),
            Some("oevelse1"),
            "the practice value stands in for {cpr:?}"
        );
    }
    for user_id in [
        "amal2024",
        "amal-0102031234",
        "12345",
        "010203-123",
        "01020312345",
        "Øvebruger",
    ] {
        assert!(!looks_like_cpr(user_id), "{user_id:?}");
        let mut session = Session::start(flow(), values());
        assert_eq!(session.type_text("user-id", user_id), Ok(Typed::Kept));
        assert_eq!(session.typed("user-id"), Some(user_id));
    }
}

#[test]
fn the_practice_cpr_number_is_kept_and_any_other_is_replaced() {
    let mut values = values();
    values.0.insert("practice-cpr".into(), "010199-5000".into());
    let form = Flow {
        id: "form".into(),
        start: 0,
        screens: vec![
            screen(
                "form",
                vec![
                    typed_widget("cpr", "field", "practice-cpr"),
                    widget("message", "text-area"),
                    widget("send", "button"),
                ],
                vec![action("send", "send", 1, true)],
            ),
            screen("done", vec![], vec![]),
        ],
    };
    let mut session = Session::start(form, values);
    assert_eq!(session.type_text("cpr", " 010199-5000 "), Ok(Typed::Kept));
    assert_eq!(session.type_text("cpr", "010203-1234"), Ok(Typed::Replaced));
    assert_eq!(session.typed("cpr"), Some("010199-5000"));
    assert_eq!(
        session.type_text("message", "Jeg kommer gerne."),
        Ok(Typed::Kept)
    );
    assert_eq!(session.typed("message"), Some("Jeg kommer gerne."));
    assert_eq!(
        session.type_text("message", "0102031234"),
        Ok(Typed::Replaced)
    );
    assert_eq!(session.typed("message"), Some(""));
}

#[test]
fn only_the_practice_password_is_kept() {
    let mut session = Session::start(flow(), values());
    session.act("continue").expect("right");
    assert_eq!(session.type_text("password", "Øvelse1"), Ok(Typed::Kept));
    assert_eq!(
        session.type_text("password", "MyRealSecret!"),
        Ok(Typed::Replaced)
    );
    assert_eq!(
        session.typed("password"),
        Some("Øvelse1"),
        "the practice PIN stands in"
    );
}

#[test]
fn hints_and_show_me_are_counted_and_point_at_the_right_action() {
    let mut session = Session::start(flow(), values());
    assert_eq!(session.hint(), "practice-login-box-hint");
    assert_eq!(session.show_me().as_deref(), Some("continue"));
    assert_eq!(session.hints(), 2);
}

#[test]
fn a_wrong_checked_value_leads_to_the_error_screen_and_back() {
    let mut session = Session::start(flow(), values());
    session.act("continue").expect("right");
    // A wrong password is replaced by the practice one, so only a missing one can fail here.
    for typed in [None, Some("")] {
        if let Some(text) = typed {
            session.type_text("password", text).expect("a field");
        }
        assert_eq!(
            session.act("continue"),
            Ok(Outcome::Mistake {
                feedback: "practice-login-password-continue-check-feedback".into()
            }),
            "{typed:?}"
        );
        assert_eq!(session.screen().id, "error");
        assert_eq!(session.act("try-again"), Ok(Outcome::Moved));
        assert_eq!(session.screen().id, "password");
    }
    assert_eq!(session.mistakes(), 2);
    session.type_text("password", "1111").expect("a field");
    assert_eq!(session.act("continue"), Ok(Outcome::Finished));
}

#[test]
fn show_me_types_the_practice_values_it_needs_but_keeps_the_learners_own() {
    let mut session = Session::start(flow(), values());
    session.type_text("user-id", "amal2024").expect("a field");
    session.show_me();
    assert_eq!(
        session.typed("user-id"),
        Some("amal2024"),
        "the learner's own ID stays"
    );
    session.act("continue").expect("right");
    session.type_text("password", "Øvelse").expect("a field");
    assert_eq!(session.show_me().as_deref(), Some("continue"));
    assert_eq!(
        session.typed("password"),
        Some("Øvelse1"),
        "the checked field is corrected"
    );
    assert_eq!(session.act("continue"), Ok(Outcome::Finished));
}

#[test]
fn a_value_pasted_from_a_hint_matches_without_its_direction_marks() {
    let mut session = Session::start(flow(), values());
    session.act("continue").expect("right");
    assert_eq!(
        session.type_text("password", "\u{2068}\u{200e}Øvelse1\u{200e}\u{2069}"),
        Ok(Typed::Kept)
    );
    assert_eq!(session.typed("password"), Some("Øvelse1"));
    assert_eq!(session.act("continue"), Ok(Outcome::Finished));
}

#[test]
fn starting_again_forgets_the_run() {
    let mut session = Session::start(flow(), values());
    session.type_text("user-id", "amal2024").expect("a field");
    session.act("forgot").expect("a known action");
    session.act("continue").expect("right");
    session.hint();
    session.restart();
    assert_eq!(session.screen().id, "box");
    assert_eq!((session.mistakes(), session.hints()), (0, 0));
    assert_eq!(session.typed("user-id"), None);
}

/// A fresh session of `flow` standing on the screen at index `at`.
fn at_screen(flow: &Flow, at: usize, values: &PracticeValues) -> Session {
    let mut session = Session::start(flow.clone(), values.clone());
    session.at = at;
    session
}

/// Types the right value into the field `action` checks, if it checks one.
fn type_checked_value(session: &mut Session, action: &Action, values: &PracticeValues) {
    let Some(check) = &action.check else {
        return;
    };
    let widget = session
        .screen()
        .widgets
        .iter()
        .find(|w| w.id == check.widget)
        .expect("the checked widget is on the screen")
        .clone();
    let value = values.of(&widget).to_owned();
    session.type_text(&check.widget, &value).expect("a field");
}

/// Walks every sequence of up to `depth` actions, each checked action both with the right value
/// typed and without: no panic, and from wherever the walk stands the right actions (shown by
/// "show me") reach the end without looping.
fn walk(session: &Session, values: &PracticeValues, depth: usize) {
    let mut follow = Session::start(session.flow().clone(), values.clone());
    follow.at = session.at;
    let mut guard = 0;
    while !follow.is_finished() {
        let right = follow
            .show_me()
            .expect("every open screen has a right action");
        follow.act(&right).expect("the right action is allowed");
        guard += 1;
        assert!(guard <= follow.flow().screens.len(), "the right path loops");
    }
    if depth == 0 || session.is_finished() {
        return;
    }
    for action in session.screen().actions.clone() {
        let fills: &[bool] = if action.check.is_some() {
            &[false, true]
        } else {
            &[false]
        };
        for &fill in fills {
            let mut next = at_screen(session.flow(), session.at, values);
            if fill {
                type_checked_value(&mut next, &action, values);
            }
            next.act(&action.id).expect("listed actions are allowed");
            walk(&next, values, depth - 1);
        }
    }
}

#[test]
fn every_action_sequence_keeps_the_session_consistent() {
    walk(&Session::start(flow(), values()), &values(), 6);
}

#[test]
fn every_path_of_every_real_flow_is_complete() {
    let store = crate::content::ContentStore::embedded().expect("the content store opens");
    let facts = PracticeValues(
        store
            .facts()
            .expect("facts")
            .into_iter()
            .filter_map(|(name, value)| match value {
                crate::l10n::Value::Text(text) => Some((name, text)),
                crate::l10n::Value::Number(_) => None,
            })
            .collect(),
    );
    let flows = store.flow_ids().expect("flows");
    assert!(!flows.is_empty(), "the content has practice flows");
    for id in flows {
        let flow = store.flow(&id).expect("the flow loads");
        for screen in &flow.screens {
            for widget in screen.widgets.iter().filter(|w| w.practice.is_some()) {
                assert!(
                    !facts.of(widget).is_empty(),
                    "{id}/{}/{}: its practice fact has a text value",
                    screen.id,
                    widget.id
                );
            }
        }
        explore(&Session::start(flow, facts.clone()), &facts);
    }
}

/// Visits every screen a flow can reach, by every action, each checked action both with the
/// right value typed and without, and walks from each screen to the end. Unlike `walk`, each
/// screen is visited once, so long flows with many wrong turns stay quick.
fn explore(start: &Session, values: &PracticeValues) {
    let mut seen = std::collections::BTreeSet::from([start.at]);
    let mut queue = std::collections::VecDeque::from([start.at]);
    while let Some(at) = queue.pop_front() {
        let mut here = Session::start(start.flow().clone(), values.clone());
        here.at = at;
        walk(&here, values, 0);
        for action in here.screen().actions.clone() {
            for fill in [false, true] {
                let mut next = at_screen(start.flow(), at, values);
                if fill {
                    type_checked_value(&mut next, &action, values);
                }
                let outcome = next.act(&action.id).expect("listed actions are allowed");
                let disabled = next.flow().screens[at]
                    .widgets
                    .iter()
                    .any(|w| w.id == action.widget && w.disabled);
                if disabled {
                    assert!(
                        matches!(outcome, Outcome::Mistake { .. }),
                        "{}/{}: `{}` uses a disabled widget, so it is a mistake",
                        start.flow().id,
                        here.screen().id,
                        action.id
                    );
                }
                if seen.insert(next.at) {
                    queue.push_back(next.at);
                }
            }
        }
    }
    let unreached: Vec<&str> = start
        .flow()
        .screens
        .iter()
        .enumerate()
        .filter(|(i, s)| !seen.contains(i) && !s.is_backdrop)
        .map(|(_, s)| s.id.as_str())
        .collect();
    assert!(
        unreached.is_empty(),
        "{}: screens no action reaches: {unreached:?}",
        start.flow().id
    );
}
