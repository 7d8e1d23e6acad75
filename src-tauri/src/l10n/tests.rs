use super::*;

fn file(locale: &str, name: &str, text: &str) -> SourceFile {
    SourceFile {
        locale: locale.into(),
        name: name.into(),
        text: text.into(),
    }
}

fn strip_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}', '\u{200e}'], "")
}

/// A small tree: Danish complete, English missing one message, Arabic broken in one message.
fn small_tree() -> Localizer {
    Localizer::from_sources(
        "da",
        [
            file("da", "a.ftl", "text-missing = (mangler)\nhello = Hej\nonly-da = Kun dansk\nbye = Farvel { $name }\n"),
            file("en", "a.ftl", "text-missing = (missing)\nhello = Hello\nbye = Bye { $name }\n"),
            file("ar", "a.ftl", "hello = مرحبا\nbye = { -no-such-term }\n"),
        ],
    )
    .expect("the small tree has a reference with text-missing")
}

#[test]
fn embedded_locales_load_without_problems() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    assert_eq!(l10n.problems(), &[] as &[LoadProblem]);
    let tags: Vec<String> = l10n.available().iter().map(|l| l.tag()).collect();
    assert_eq!(tags, ["da", "ar", "en", "so", "tr", "ur"]);
}

#[test]
fn one_locales_embedded_files_are_all_of_its_files_and_no_others() {
    for tag in embedded::tags() {
        let own = embedded::sources_of(tag);
        assert!(!own.is_empty(), "{tag} has files");
        assert!(own.iter().all(|f| f.locale == tag));
        let names: Vec<_> = own.iter().map(|f| f.name.as_str()).collect();
        let expected: Vec<_> = embedded::sources()
            .filter(|f| f.locale == tag)
            .map(|f| f.name)
            .collect();
        assert_eq!(names, expected, "{tag}");
    }
}

#[test]
fn every_embedded_file_reads_back_as_the_file_in_the_locales_folder() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut count = 0;
    for tag in embedded::tags() {
        let on_disk = std::fs::read_dir(folder.join(tag))
            .expect("the locale's folder")
            .flatten()
            .filter(|entry| entry.path().extension().is_some_and(|e| e == "ftl"))
            .count();
        let embedded = embedded::sources_of(tag);
        assert_eq!(embedded.len(), on_disk, "{tag}: every file is embedded");
        for source in embedded {
            let text = std::fs::read_to_string(folder.join(tag).join(&source.name))
                .expect("the embedded file is in the folder");
            assert_eq!(
                source.text,
                text.strip_prefix('\u{feff}').unwrap_or(&text),
                "{tag}/{}",
                source.name
            );
            assert_eq!(
                source.text.capacity(),
                source.text.len(),
                "{tag}/{}: no slack kept",
                source.name
            );
            count += 1;
        }
        let meta = embedded::meta(tag).expect("every locale has its meta.ftl");
        assert!(meta.contains("language-name"), "{tag}");
    }
    assert!(count > 100, "{count} files");
    assert_eq!(embedded::meta("xx"), None);
    assert!(embedded::sources_of("xx").is_empty());
}

#[test]
fn every_built_in_message_reads_the_same_without_comments_and_places() {
    for tag in embedded::tags() {
        let kept = load_with(
            embedded::sources_of(tag),
            tag,
            Places::Keep,
            &mut Vec::new(),
        )
        .expect("the locale loads with its comments");
        let dropped = load_with(
            embedded::sources_of(tag),
            tag,
            Places::Drop,
            &mut Vec::new(),
        )
        .expect("the locale loads without them");
        assert!(dropped.places.is_none(), "{tag}");
        let places = kept.places.as_ref().expect("kept");
        assert!(places.len() > 100, "{tag}: {}", places.len());
        for id in places.keys() {
            let args = Args::new().text("name", "Ali").number("count", 3);
            let values = Values {
                own: Some(&args.0),
                globals: &[],
            };
            assert_eq!(
                try_format(&dropped.bundle, dropped.plurals.as_ref(), id, &values),
                try_format(&kept.bundle, kept.plurals.as_ref(), id, &values),
                "{tag}: {id}"
            );
        }
        assert_eq!(dropped.files, kept.files, "{tag}");
    }
}

/// A message's text with any error left in it, to compare two bundles that should agree.
fn raw_text(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    Some(
        bundle
            .format_pattern(pattern, None, &mut Vec::new())
            .into_owned(),
    )
}

#[test]
fn every_note_reads_the_same_from_its_own_bundle() {
    let danish_notes = load_with(
        embedded::notes_of(REFERENCE),
        REFERENCE,
        Places::Drop,
        &mut Vec::new(),
    )
    .expect("the Danish notes load");
    let note_ids: Vec<&String> = danish_notes
        .files
        .iter()
        .filter(|(file, _)| file.starts_with("notes-"))
        .flat_map(|(_, ids)| ids)
        .collect();
    assert!(note_ids.len() > 150, "{} notes", note_ids.len());
    for tag in embedded::tags() {
        let whole = load_with(
            embedded::sources_of(tag),
            tag,
            Places::Drop,
            &mut Vec::new(),
        )
        .expect("the locale loads whole");
        let apart = load_with(embedded::texts_of(tag), tag, Places::Drop, &mut Vec::new())
            .expect("the locale loads without its notes")
            .with_notes_later();
        assert!(
            apart.files.keys().all(|file| !file.starts_with("notes-")),
            "{tag}: no note is parsed with the other texts"
        );
        for id in &note_ids {
            assert!(!apart.bundle.has_message(id), "{tag}: {id}");
            let later = apart.bundle_for(id).expect("the notes parse");
            let text = raw_text(later, id);
            assert!(text.is_some(), "{tag} lacks the presenter's note `{id}`");
            assert_eq!(text, raw_text(&whole.bundle, id), "{tag}: {id}");
        }
    }
}

#[test]
fn a_presenters_note_is_parsed_only_when_one_is_asked_for() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let read = |loaded: &LoadedLocale| {
        loaded
            .notes_later
            .as_ref()
            .is_some_and(|notes| notes.get().is_some())
    };
    let turkish = Chain::new(l10n.locale("tr").expect("Turkish is built in"), None);
    let guidance = l10n.format_content(&turkish, "practice-digital-post-read-inbox-guidance", None);
    assert!(guidance.contains("Indbakke"), "{guidance}");
    let turkish_locale = || l10n.loaded(turkish.primary()).expect("parsed");
    assert!(!read(&l10n.reference) && !read(turkish_locale()));
    let note = l10n.format_content(&turkish, "note-practice-digital-post-read-inbox", None);
    assert!(note.starts_with("Söyleyin"), "{note}");
    assert!(read(turkish_locale()));
    assert!(!read(&l10n.reference), "a Turkish note needs no Danish one");
}

#[test]
fn comment_lines_go_and_message_lines_stay() {
    let text = "### File\n# Source: x\nhello = Hej\n    # not a comment, part of the text\n\n## Group\nbye = Farvel\n";
    let stripped = without_comments(text);
    assert_eq!(
        stripped,
        "hello = Hej\n    # not a comment, part of the text\n\nbye = Farvel\n"
    );
    assert_eq!(stripped.capacity(), stripped.len());
}

#[test]
fn negotiation_maps_regional_and_os_tags_to_our_locales() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    for (requested, expected) in [
        ("ar-EG", "ar"),
        ("ur-PK", "ur"),
        ("so-SO", "so"),
        ("tr-TR", "tr"),
        ("en-GB", "en"),
        ("da-DK", "da"),
        ("ar_EG.UTF-8", "ar"),
        ("ur_PK.utf8@latin", "ur"),
        ("fr-FR", "da"),
        ("xx", "da"),
        ("C", "da"),
        ("", "da"),
    ] {
        assert_eq!(
            l10n.negotiate(&[requested]).tag(),
            expected,
            "requested {requested:?}"
        );
    }
}

#[test]
fn negotiation_takes_the_first_requested_locale_we_have() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    assert_eq!(l10n.negotiate(&["fr-FR", "so-SO", "ar"]).tag(), "so");
    assert_eq!(l10n.negotiate::<&str>(&[]).tag(), "da");
}

#[test]
fn every_locale_translates_every_danish_message() {
    // Every file, the presenter's notes among them, parsed into one bundle per locale.
    let l10n =
        Localizer::from_sources(REFERENCE, built_in_sources()).expect("built-in locales load");
    assert!(l10n.reference.files.contains_key("notes-mitid.ftl"));
    let reference = &l10n.reference;
    for loaded in every_locale(&l10n) {
        let translated = reference
            .files
            .iter()
            .filter(|(file, _)| !is_danish_only(file));
        for (_, ids) in translated {
            for id in ids {
                assert!(
                    loaded.bundle.has_message(id),
                    "locale {} lacks message `{id}`",
                    loaded.locale.tag()
                );
            }
        }
    }
}

/// Every locale of `l10n`, parsing the ones not parsed yet.
fn every_locale(l10n: &Localizer) -> Vec<&LoadedLocale> {
    l10n.available()
        .into_iter()
        .map(|locale| l10n.loaded(locale).expect("every built-in locale parses"))
        .collect()
}

#[test]
fn a_built_in_locale_is_parsed_only_when_a_text_is_asked_of_it() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let parsed = |l10n: &Localizer| -> Vec<String> {
        l10n.others
            .iter()
            .filter(|slot| slot.loaded.get().is_some())
            .map(|slot| slot.locale.tag())
            .collect()
    };
    assert_eq!(parsed(&l10n), Vec::<String>::new());
    // The language menu names every language in its own words without parsing any of them.
    let names: Vec<String> = l10n
        .available()
        .iter()
        .map(|l| l10n.language_name(l))
        .collect();
    assert!(names.contains(&"العربية".to_owned()), "{names:?}");
    let draft = check::Review::parse(None);
    let arabic_locale = l10n.locale("ar").expect("Arabic is built in");
    let reviews: Vec<String> = l10n
        .available()
        .iter()
        .map(|l| l10n.review_in_own_words(l, &draft))
        .collect();
    assert_eq!(parsed(&l10n), Vec::<String>::new());
    assert_eq!(
        l10n.review_in_own_words(&arabic_locale, &draft),
        l10n.format(
            &Chain::new(arabic_locale.clone(), None),
            id::STATUS_DRAFT,
            None
        ),
        "the menu's review reads as the parsed locale's would: {reviews:?}"
    );
    let arabic = Chain::new(l10n.locale("ar").expect("Arabic is built in"), None);
    let shown = l10n.format(&arabic, id::PRACTICE_SHOW_ME_BUTTON, None);
    assert!(
        shown
            .chars()
            .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "{shown}"
    );
    assert_eq!(parsed(&l10n), vec!["ar".to_owned()]);
    assert!(l10n.problems().is_empty(), "{:?}", l10n.problems());
}

#[test]
fn direction_follows_the_script() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    for (tag, dir) in [
        ("ar", Direction::Rtl),
        ("ur", Direction::Rtl),
        ("da", Direction::Ltr),
        ("en", Direction::Ltr),
        ("so", Direction::Ltr),
        ("tr", Direction::Ltr),
    ] {
        assert_eq!(
            l10n.locale(tag).expect("locale exists").direction(),
            dir,
            "{tag}"
        );
    }
}

#[test]
fn each_language_is_named_in_itself() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let names: Vec<String> = l10n
        .available()
        .iter()
        .map(|l| l10n.language_name(l))
        .collect();
    assert_eq!(
        names,
        ["Dansk", "العربية", "English", "Soomaali", "Türkçe", "اردو"]
    );
}

#[test]
fn fallback_goes_chosen_then_second_then_danish() {
    let l10n = small_tree();
    let ar = l10n.locale("ar").expect("ar");
    let en = l10n.locale("en").expect("en");
    let chain = Chain::new(ar.clone(), Some(en.clone()));
    let args = Args::new().text("name", "Amal");
    assert_eq!(l10n.format_id(&chain, "hello", None), "مرحبا");
    // Arabic's `bye` refers to a missing term: it is broken, so English is used.
    assert_eq!(
        strip_isolation(&l10n.format_id(&chain, "bye", Some(&args))),
        "Bye Amal"
    );
    // Neither Arabic nor English has it: Danish.
    assert_eq!(l10n.format_id(&chain, "only-da", None), "Kun dansk");
    // Without a second language, Arabic falls straight to Danish.
    let chain = Chain::new(ar, None);
    assert_eq!(
        strip_isolation(&l10n.format_id(&chain, "bye", Some(&args))),
        "Farvel Amal"
    );
}

#[test]
fn a_message_missing_everywhere_shows_the_missing_note_never_the_id() {
    let l10n = small_tree();
    let chain = Chain::new(l10n.locale("en").expect("en"), None);
    assert_eq!(l10n.format_id(&chain, "no-such-message", None), "(mangler)");
}

#[test]
fn a_message_missing_its_argument_falls_back_rather_than_showing_a_gap() {
    let l10n = small_tree();
    let chain = Chain::new(l10n.locale("en").expect("en"), None);
    assert_eq!(l10n.format_id(&chain, "bye", None), "(mangler)");
}

#[test]
fn placeables_keep_their_bidi_isolation() {
    let l10n = small_tree();
    let chain = Chain::new(l10n.locale("en").expect("en"), None);
    let text = l10n.format_id(&chain, "bye", Some(&Args::new().text("name", "Amal")));
    assert_eq!(text, "Bye \u{2068}Amal\u{2069}");
}

#[test]
fn a_syntax_error_is_a_problem_with_its_place_and_the_rest_still_loads() {
    let l10n = Localizer::from_sources(
        "da",
        [
            file("da", "a.ftl", "text-missing = x\n"),
            file(
                "so",
                "a.ftl",
                "good = Haa\nbroken = { $\nalso-good = Maya\n",
            ),
        ],
    )
    .expect("reference is fine");
    let problems = l10n.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].locale.as_str(), problems[0].file.as_str()),
        ("so", "a.ftl")
    );
    assert_eq!(problems[0].line, 2);
    let chain = Chain::new(l10n.locale("so").expect("so"), None);
    assert_eq!(l10n.format_id(&chain, "good", None), "Haa");
    assert_eq!(l10n.format_id(&chain, "also-good", None), "Maya");
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let l10n = Localizer::from_sources(
        "da",
        [file(
            "da",
            "a.ftl",
            "\u{feff}text-missing = x\r\nhello = Hej\r\n",
        )],
    )
    .expect("loads");
    assert_eq!(l10n.problems(), &[] as &[LoadProblem]);
    let chain = Chain::new(l10n.reference().clone(), None);
    assert_eq!(l10n.format_id(&chain, "hello", None), "Hej");
}

#[test]
fn loading_without_the_reference_or_its_missing_note_is_an_error() {
    let no_reference = Localizer::from_sources("da", [file("en", "a.ftl", "a = b\n")]);
    assert_eq!(
        no_reference.err(),
        Some(L10nError::NoReference("da".into()))
    );
    let no_note = Localizer::from_sources("da", [file("da", "a.ftl", "a = b\n")]);
    assert_eq!(
        no_note.err(),
        Some(L10nError::MissingRequired("text-missing"))
    );
}

#[test]
fn unknown_and_malformed_tags_are_rejected() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    for tag in ["fr", "xx-YY", "", "not a tag", "../../etc", "ar\u{0}"] {
        assert_eq!(
            l10n.locale(tag),
            Err(UnknownLocale { tag: tag.into() }),
            "{tag:?}"
        );
    }
    assert_eq!(l10n.locale("AR").map(|l| l.tag()), Ok("ar".to_owned()));
}

#[test]
fn numbers_format_per_locale() {
    let l10n = Localizer::from_sources(
        "da",
        [
            file("da", "a.ftl", "text-missing = x\nsteps = { $n ->\n [one] { $n } trin\n *[other] { $n } trin\n}\n"),
            file("ar", "a.ftl", "steps = { $n ->\n [zero] لا خطوات\n [one] خطوة واحدة\n [two] خطوتان\n [few] { $n } خطوات\n [many] { $n } خطوة\n *[other] { $n } خطوة\n}\n"),
        ],
    )
    .expect("loads");
    let chain = Chain::new(l10n.locale("ar").expect("ar"), None);
    let count = |n: f64| {
        strip_isolation(&l10n.format_id(&chain, "steps", Some(&Args::new().number("n", n))))
    };
    assert_eq!(count(0.0), "لا خطوات");
    assert_eq!(count(2.0), "خطوتان");
    assert_eq!(count(3.0), "٣ خطوات");
    assert_eq!(count(11.0), "١١ خطوة");
}

#[test]
fn somali_and_turkish_plurals_follow_cldr() {
    let l10n = Localizer::from_sources(
        "da",
        [
            file(
                "da",
                "a.ftl",
                "text-missing = x
",
            ),
            file(
                "so",
                "a.ftl",
                "n = { $n ->\n [one] hal tallaabo\n *[other] { $n } tallaabo\n}\n",
            ),
            file(
                "tr",
                "a.ftl",
                "n = { $n ->\n [one] bir adım\n *[other] { $n } adım\n}\n",
            ),
        ],
    )
    .expect("loads");
    for (tag, one, five) in [
        ("so", "hal tallaabo", "5 tallaabo"),
        ("tr", "bir adım", "5 adım"),
    ] {
        let chain = Chain::new(l10n.locale(tag).expect("locale"), None);
        let count = |n: f64| {
            strip_isolation(&l10n.format_id(&chain, "n", Some(&Args::new().number("n", n))))
        };
        assert_eq!(count(1.0), one, "{tag}");
        assert_eq!(count(5.0), five, "{tag}");
    }
}

#[test]
fn numbers_use_each_locales_separators_and_digits() {
    let plain = "1234567.25";
    assert_eq!(
        numbers::NumberSymbols::of("da").apply(plain),
        "1.234.567,25"
    );
    assert_eq!(
        numbers::NumberSymbols::of("en").apply(plain),
        "1,234,567.25"
    );
    assert_eq!(numbers::NumberSymbols::of("tr").apply("-1000"), "-1.000");
    assert_eq!(
        numbers::NumberSymbols::of("ar").apply(plain),
        "١٬٢٣٤٬٥٦٧٫٢٥"
    );
    assert_eq!(numbers::NumberSymbols::of("ur").apply("13"), "13");
    assert_eq!(numbers::NumberSymbols::of("so").apply("999"), "999");
}

#[test]
fn every_practice_screen_has_guidance_hints_and_feedback_in_every_locale() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let store = crate::content::ContentStore::embedded().expect("the content store opens");
    let mut needed = Vec::new();
    for flow_id in store.flow_ids().expect("flows") {
        let flow = store.flow(&flow_id).expect("the flow loads");
        for screen in flow.screens.iter().filter(|s| !s.is_backdrop) {
            let key = |suffix: &str| format!("practice-{flow_id}-{}-{suffix}", screen.id);
            needed.push(key("guidance"));
            if !screen.is_end {
                needed.push(key("hint"));
            }
            for action in &screen.actions {
                if !action.is_right {
                    needed.push(key(&format!("{}-feedback", action.id)));
                }
                if action.check.is_some() {
                    needed.push(key(&format!("{}-check-feedback", action.id)));
                }
            }
        }
    }
    assert!(needed.len() > 50, "{} practice messages", needed.len());
    for loaded in every_locale(&l10n) {
        for id in &needed {
            assert!(
                loaded.bundle.has_message(id),
                "locale {} lacks `{id}`: a learner would meet a screen without its words",
                loaded.locale.tag()
            );
        }
    }
}

#[test]
fn a_phone_number_stays_left_to_right_inside_arabic() {
    let mut l10n = Localizer::from_sources(
        "da",
        [
            file(
                "da",
                "a.ftl",
                "text-missing = (mangler)\ncall = Ring { $phone }.\n",
            ),
            file("ar", "a.ftl", "call = اتصل بالرقم { $phone }.\n"),
        ],
    )
    .expect("loads");
    l10n.set_globals(vec![(
        "phone".into(),
        Value::Text("+45 33 98 00 10".into()),
    )]);
    let ar = l10n.locale("ar").expect("ar");
    let text = l10n.format_content(&Chain::new(ar, None), "call", None);
    // A left-to-right mark first makes the bidi algorithm treat the digits as left-to-right
    // text, so "+45" stays in front; another after it keeps the full stop outside.
    assert!(text.contains("\u{200e}+45 33 98 00 10\u{200e}"), "{text:?}");
    assert_eq!(strip_isolation(&text), "اتصل بالرقم +45 33 98 00 10.");
}

#[test]
fn globals_reach_every_message_and_a_messages_own_argument_wins() {
    let mut l10n = Localizer::from_sources(
        "da",
        [file(
            "da",
            "a.ftl",
            "text-missing = x\nage = Fra { $age } år, { $days } dage.\nowned = { $name }: { $age }.\n",
        )],
    )
    .expect("loads");
    // Out of order on purpose: they are sorted when set.
    l10n.set_globals(vec![
        ("days".into(), Value::Number(14.0)),
        ("name".into(), Value::Text("Borgerservice".into())),
        ("age".into(), Value::Number(15.0)),
    ]);
    let chain = Chain::new(l10n.locale("da").expect("da"), None);
    assert_eq!(
        strip_isolation(&l10n.format_content(&chain, "age", None)),
        "Fra 15 år, 14 dage."
    );
    assert_eq!(
        strip_isolation(&l10n.format_danish(&chain, "age")),
        "Fra 15 år, 14 dage."
    );
    let own = Args::new().text("name", "Ali");
    assert_eq!(
        strip_isolation(&l10n.format_content(&chain, "owned", Some(&own))),
        "Ali: 15."
    );
}

#[test]
fn arabic_plurals_above_100_follow_cldr_not_fluents_own_rules() {
    let l10n = Localizer::from_sources(
        "da",
        [
            file("da", "a.ftl", "text-missing = x\ndays = { $n } dage\n"),
            file("ar", "a.ftl", "days = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n"),
        ],
    )
    .expect("loads");
    let chain = Chain::new(l10n.locale("ar").expect("ar"), None);
    let form = |n: f64| l10n.format_id(&chain, "days", Some(&Args::new().number("n", n)));
    for (n, expected) in [
        (0.0, "zero"),
        (2.0, "two"),
        (103.0, "few"),
        (111.0, "many"),
        (120.0, "many"),
        (200.0, "other"),
    ] {
        assert_eq!(form(n), expected, "{n}");
    }
}

#[test]
fn translator_mode_falls_back_to_the_built_in_reference_and_names_what_it_showed() {
    let broken_reference = file("da", "ui.ftl", "window-title = { broken\n");
    let somali = file("so", "ui.ftl", "\n\nwindow-title = Trinvis (so)\n");
    let l10n =
        Localizer::for_translation(vec![broken_reference, somali]).expect("built-in reference");
    assert_eq!(l10n.problems().len(), 1, "{:?}", l10n.problems());
    let danish = Chain::new(l10n.reference().clone(), None);
    // The reference on disk lost `window-title`, so the built-in Danish shows instead of nothing.
    assert!(!l10n.format(&danish, id::WINDOW_TITLE, None).is_empty());
    assert_ne!(
        l10n.format(&danish, id::WINDOW_TITLE, None),
        l10n.format(&danish, id::TEXT_MISSING, None)
    );
    let somali = Chain::new(l10n.locale("so").expect("so"), None);
    let shown = l10n.format(&somali, id::WINDOW_TITLE, None);
    assert_eq!(shown, "Trinvis (so)");
    let found = l10n.shown_messages(&format!("  {shown} "));
    assert_eq!(
        found,
        [MessageRef {
            id: "window-title".into(),
            path: "so/ui.ftl".into(),
            line: 3
        }]
    );
    assert_eq!(l10n.shown_messages("no such text"), []);
}

#[test]
fn pseudo_locales_transform_every_text_and_the_danish_screens_too() {
    let l10n = Localizer::for_translation(
        built_in_sources()
            .filter(|f| f.locale == "da" || f.locale == "en")
            .collect(),
    )
    .expect("loads");
    let bidi = l10n
        .locale(pseudo::BIDI)
        .expect("the bidi pseudo-locale is loaded");
    assert_eq!(bidi.direction(), Direction::Rtl);
    let chain = Chain::new(bidi, None);
    let title = l10n.format(&chain, id::WINDOW_TITLE, None);
    assert!(title.starts_with('\u{202e}'), "{title:?}");
    let danish = l10n.format_danish(&chain, "screen-fortsaet");
    assert!(
        danish.starts_with('\u{202e}') && !danish.contains('t'),
        "{danish:?}"
    );
    let accented = Chain::new(l10n.locale(pseudo::ACCENTED).expect("accented"), None);
    assert_eq!(
        l10n.locale(pseudo::ACCENTED).map(|l| l.direction()),
        Ok(Direction::Ltr)
    );
    let name = l10n.language_name(accented.primary());
    assert!(!name.is_empty() && name != pseudo::ACCENTED, "{name}");
    // Outside translator mode there are no pseudo-locales.
    let plain = Localizer::embedded().expect("loads");
    assert!(plain.locale(pseudo::BIDI).is_err());
}
