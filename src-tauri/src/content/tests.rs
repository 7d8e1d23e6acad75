use super::*;

fn store() -> ContentStore {
    ContentStore::embedded().expect("the embedded content store opens")
}

fn found(hits: &[SearchHit], guide: &str, step_id: &str) -> bool {
    let steps = store().guide(guide).expect("guide exists").steps;
    hits.iter()
        .any(|h| h.guide == guide && steps[h.step as usize].id == step_id)
}

#[test]
fn the_embedded_store_has_the_topics_in_order() {
    let topics = store().topics().expect("topics");
    let ids: Vec<&str> = topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["mitid", "digital-post", "self-service", "helping-others"]
    );
    assert_eq!(
        topics[0].guides.first().map(String::as_str),
        Some("what-is-mitid")
    );
    assert_eq!(
        topics[1].practice,
        [
            "digital-post-read",
            "digital-post-reply",
            "digital-post-folders",
            "digital-post-give-access"
        ]
    );
    assert!(
        topics.iter().all(|t| !t.guides.is_empty()),
        "no topic is empty"
    );
}

#[test]
fn the_helping_others_guide_ends_with_a_check_with_one_right_answer_each() {
    let guide = store().guide("helping-others").expect("guide");
    assert!(guide.questions.len() >= 3, "{:?}", guide.questions);
    for question in &guide.questions {
        assert!(question.options.len() >= 2, "{question:?}");
        assert!(question.options.contains(&question.right), "{question:?}");
    }
}

#[test]
fn a_guide_has_its_steps_terms_and_illustrations() {
    let guide = store().guide("what-is-mitid").expect("guide");
    assert!(guide.steps.len() >= 5, "{} steps", guide.steps.len());
    let login = guide
        .steps
        .iter()
        .find(|s| s.id == "login")
        .expect("a login step");
    assert!(login.terms.contains(&"bruger-id".to_owned()));
    assert_eq!(login.illustration.as_deref(), Some("mitid-login-box"));
    assert!(guide.minutes > 0);
}

#[test]
fn an_unknown_guide_is_a_typed_error() {
    for id in [
        "no-such-guide",
        "",
        "../../etc/passwd",
        "what-is-mitid'; DROP TABLE guide; --",
    ] {
        assert!(
            matches!(store().guide(id), Err(ContentError::UnknownGuide(g)) if g == id),
            "{id:?}"
        );
    }
}

#[test]
fn facts_are_read_as_numbers_and_text() {
    let facts = store().facts().expect("facts");
    let get = |name: &str| {
        facts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(get("mitid-min-age"), Some(Value::Number(13.0)));
    assert_eq!(
        get("mitid-support-phone"),
        Some(Value::Text("+45 33 98 00 10".into()))
    );
}

#[test]
fn search_in_danish_ignores_case() {
    let hits = store().search("da", "FORTSÆT").expect("search");
    assert!(found(&hits, "what-is-mitid", "login"), "{hits:?}");
}

#[test]
fn search_in_turkish_ignores_accents() {
    let plain = store().search("tr", "giris").expect("search");
    let accented = store().search("tr", "GİRİŞ").expect("search");
    assert!(found(&plain, "what-is-mitid", "login"), "{plain:?}");
    assert_eq!(plain, accented);
}

#[test]
fn search_in_arabic_ignores_vowel_marks() {
    let with_marks = store().search("ar", "تسجّل").expect("search");
    let without = store().search("ar", "تسجل").expect("search");
    assert!(
        found(&with_marks, "what-is-mitid", "login"),
        "{with_marks:?}"
    );
    assert_eq!(with_marks, without);
}

#[test]
fn search_finds_danish_screen_words_inside_translations() {
    let hits = store().search("ar", "Fortsæt").expect("search");
    assert!(found(&hits, "what-is-mitid", "login"), "{hits:?}");
}

#[test]
fn search_stays_within_the_chosen_language() {
    assert!(store().search("da", "تسجل").expect("search").is_empty());
}

#[test]
fn queries_that_look_like_search_syntax_are_plain_words() {
    for query in [
        "\"",
        "*",
        "NEAR(",
        "a OR b",
        "^x",
        "x AND",
        "(",
        "-",
        "\u{0}",
        "🙂",
        &"ø".repeat(5000),
    ] {
        assert!(store().search("da", query).is_ok(), "{query:?}");
    }
    assert!(store().search("da", "   ").expect("search").is_empty());
}

#[test]
fn folding_unifies_what_learners_type_interchangeably() {
    assert_eq!(fold::fold("İSTANBUL"), "istanbul");
    assert_eq!(fold::fold("تُسَجِّل"), "تسجل");
    assert_eq!(fold::fold("أإآ"), "ااا");
    assert_eq!(fold::fold("کی"), "كي");
    assert_eq!(fold::fold("\u{2068}MitID\u{2069}"), "mitid");
    assert_eq!(
        fold::fts_query("Bruger-ID  fortsæt"),
        Some("\"bruger\"* \"id\"* \"fortsæt\"*".into())
    );
    assert_eq!(fold::fts_query("\" * ( )"), None);
}
