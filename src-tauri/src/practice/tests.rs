use super::*;
use crate::content::{Action, Widget};

fn values() -> PracticeValues {
    PracticeValues {
        user_id: "oevelse1".into(),
        pin: "Øvelse1".into(),
    }
}

fn widget(id: &str, kind: &str) -> Widget {
    Widget {
        id: id.into(),
        kind: kind.into(),
        term: None,
    }
}

fn action(id: &str, widget: &str, goto: usize, is_right: bool) -> Action {
    Action {
        id: id.into(),
        widget: widget.into(),
        goto,
        is_right,
    }
}

fn screen(id: &str, widgets: Vec<Widget>, actions: Vec<Action>) -> Screen {
    Screen {
        id: id.into(),
        frame: "browser".into(),
        address: None,
        is_end: actions.is_empty(),
        widgets,
        actions,
    }
}

/// Log-in box (0) → code and password (1) → done (2); wrong turns loop back with feedback.
fn flow() -> Flow {
    Flow {
        id: "login".into(),
        start: 0,
        screens: vec![
            screen(
                "box",
                vec![
                    widget("user-id", "field"),
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
                    widget("password", "password"),
                    widget("continue", "button"),
                    widget("cancel", "button"),
                ],
                vec![
                    action("continue", "continue", 2, true),
                    action("cancel", "cancel", 0, false),
                ],
            ),
            screen("done", vec![], vec![]),
        ],
    }
}

#[test]
fn the_right_path_reaches_the_end_without_mistakes() {
    let mut session = Session::start(flow(), values());
    assert_eq!(session.act("continue"), Ok(Outcome::Moved));
    assert_eq!(session.screen().id, "password");
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

/// Walks every sequence of up to `depth` actions: no panic, and from wherever the walk stands the
/// right actions reach the end without looping.
fn walk(session: &Session, depth: usize) {
    let mut follow = Session::start(session.flow().clone(), values());
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
        let mut next = Session::start(session.flow().clone(), values());
        next.at = session.at;
        next.act(&action.id).expect("listed actions are allowed");
        walk(&next, depth - 1);
    }
}

#[test]
fn every_action_sequence_keeps_the_session_consistent() {
    walk(&Session::start(flow(), values()), 6);
}

#[test]
fn every_path_of_every_real_flow_is_complete() {
    let store = crate::content::ContentStore::embedded().expect("the content store opens");
    let flows = store.flow_ids().expect("flows");
    assert!(!flows.is_empty(), "the content has practice flows");
    for id in flows {
        let flow = store.flow(&id).expect("the flow loads");
        let depth = flow.screens.len() + 2;
        walk(&Session::start(flow, values()), depth);
    }
}
