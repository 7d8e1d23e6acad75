use std::path::Path;

use super::*;
use crate::l10n::SourceFile;

fn file(locale: &str, name: &str, text: &str) -> SourceFile {
    SourceFile {
        locale: locale.into(),
        name: name.into(),
        text: text.into(),
    }
}

/// The reference most cases translate: a term, a variable, a plural, an attribute, a button.
const REFERENCE: &str = "\
-brand = MitID
hello = Hej { $name }.
days = { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}
login = Log på
    .title = Log på med { -brand }
# max-length: 10
next = Næste
";

/// The problems in locale `xx` (Turkish plural rules) when its `a.ftl` has `text`.
fn found_in(text: &str) -> Vec<Problem> {
    found_with("tr", text)
}

fn found_with(tag: &str, text: &str) -> Vec<Problem> {
    let tree = Tree::from_sources(
        Path::new("root"),
        [file("da", "a.ftl", REFERENCE), file(tag, "a.ftl", text)],
    );
    let options = CheckOptions {
        reference: "da".into(),
        locales: vec![tag.into()],
    };
    check_tree(&tree, &options)
        .expect("the tree has its reference")
        .problems
}

/// A translation of everything in [`REFERENCE`] with no problem at all.
const CLEAN: &str = "\
-brand = MitID
hello = Merhaba { $name }.
days = { $n ->
    [one] { $n } gün
   *[other] { $n } gün
}
login = Giriş yap
    .title = { -brand } ile giriş yap
next = İleri
";

fn checks(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.check.as_str()).collect()
}

/// The translation with one line replaced.
fn clean_with(old: &str, new: &str) -> String {
    assert!(CLEAN.contains(old), "{old}");
    CLEAN.replacen(old, new, 1)
}

#[test]
fn a_complete_translation_has_no_problems() {
    assert_eq!(checks(&found_in(CLEAN)), [] as [&str; 0]);
}

/// Each check: text that trips it (with the line it must point at) and text that passes.
#[test]
fn every_check_fails_on_its_example_and_passes_without_it() {
    let cases: Vec<(CheckId, String, usize)> = vec![
        (
            CheckId::Syntax,
            clean_with("next = İleri", "next = İleri\nbroken = {"),
            11,
        ),
        (
            CheckId::MissingDefault,
            clean_with("   *[other] { $n } gün", "    [other] { $n } gün"),
            6,
        ),
        (
            CheckId::DuplicateId,
            clean_with("next = İleri", "next = İleri\nnext = Sonraki"),
            10,
        ),
        (
            CheckId::DuplicateVariantKey,
            clean_with(
                "    [one] { $n } gün",
                "    [one] { $n } gün\n    [one] { $n } gün",
            ),
            5,
        ),
        (
            CheckId::DuplicateAttribute,
            clean_with(
                "    .title = { -brand } ile giriş yap",
                "    .title = { -brand } ile giriş yap\n    .title = x",
            ),
            9,
        ),
        (CheckId::MissingMessage, clean_with("next = İleri\n", ""), 1),
        (
            CheckId::ObsoleteMessage,
            clean_with("next = İleri", "next = İleri\nold = Eski"),
            10,
        ),
        (
            CheckId::MissingValue,
            clean_with("login = Giriş yap", "login ="),
            7,
        ),
        (
            CheckId::MissingAttribute,
            clean_with("    .title = { -brand } ile giriş yap\n", ""),
            7,
        ),
        (
            CheckId::ExtraAttribute,
            clean_with("next = İleri", "next = İleri\n    .title = x"),
            10,
        ),
        (
            CheckId::MissingReference,
            clean_with("Merhaba { $name }.", "Merhaba."),
            2,
        ),
        (
            CheckId::UnknownReference,
            clean_with("Merhaba { $name }.", "Merhaba { $nam }."),
            2,
        ),
        (
            CheckId::UndefinedReference,
            clean_with("{ -brand } ile", "{ -brnd } ile"),
            7,
        ),
        (
            CheckId::EmptyValue,
            clean_with("next = İleri", "next = { \"\" }"),
            9,
        ),
        (
            CheckId::BrandName,
            clean_with("{ -brand } ile", "MitID ile"),
            8,
        ),
        (
            CheckId::BidiControl,
            clean_with("İleri", "\u{202b}İleri"),
            9,
        ),
        (
            CheckId::InvisibleCharacter,
            clean_with("İleri", "İl\u{200b}eri"),
            9,
        ),
        (
            CheckId::ReplacementCharacter,
            clean_with("İleri", "İl\u{fffd}eri"),
            9,
        ),
        (
            CheckId::Whitespace,
            clean_with("Merhaba { $name }.", "Merhaba  { $name }."),
            2,
        ),
        (
            CheckId::EndPunctuation,
            clean_with("Merhaba { $name }.", "Merhaba { $name }"),
            2,
        ),
        (CheckId::Unchanged, clean_with("Giriş yap\n", "Log på\n"), 7),
        (
            CheckId::TooLong,
            clean_with("İleri", "Sonraki adıma geç"),
            9,
        ),
    ];
    let covered: Vec<CheckId> = cases.iter().map(|(c, _, _)| *c).collect();
    for (check, text, line) in cases {
        let problems = found_in(&text);
        let hits: Vec<&Problem> = problems.iter().filter(|p| p.check == check).collect();
        assert!(
            !hits.is_empty(),
            "{} not found in:\n{text}\n{problems:?}",
            check.as_str()
        );
        assert_eq!(hits[0].line, line, "{}: {problems:?}", check.as_str());
        assert_eq!(hits[0].severity(), check.severity());
    }
    // The checks with examples of their own below.
    let elsewhere = [
        CheckId::PluralMissing,
        CheckId::PluralUnused,
        CheckId::Stale,
        CheckId::UnreadableFile,
        CheckId::LocaleTag,
        CheckId::ExtraValue,
    ];
    for check in CheckId::ALL {
        assert!(
            covered.contains(check) || elsewhere.contains(check),
            "no example for {}",
            check.as_str()
        );
    }
}

#[test]
fn a_term_value_in_the_reference_is_required_and_extra_values_are_flagged() {
    let reference = "text = Tekst\n    .title = Titel\nonly-attributes =\n    .title = Titel\n";
    let tree = Tree::from_sources(
        Path::new("root"),
        [
            file("da", "a.ftl", reference),
            file("so", "a.ftl", "text = Qoraal\n    .title = Cinwaan\nonly-attributes = Qoraal\n    .title = Cinwaan\n"),
        ],
    );
    let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
    assert_eq!(checks(&report.problems), ["extra-value"]);
    assert_eq!(report.problems[0].line, 3);
}

#[test]
fn arabic_plurals_need_all_six_cldr_forms_and_turkish_needs_no_few() {
    let arabic_two_forms = clean_with("[one] { $n } gün", "[one] { $n } يوم");
    let problems = found_with("ar", &arabic_two_forms);
    let plural: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.check == CheckId::PluralMissing)
        .collect();
    assert_eq!(plural.len(), 1, "{problems:?}");
    assert_eq!(
        plural[0].details[1],
        ("categories", Detail::Text("zero, two, few, many".into()))
    );
    let arabic_complete =
        "days = { $n ->\n [zero] a\n [one] b\n [two] c\n [few] d\n [many] e\n *[other] f\n}\n";
    let problems = found_with("ar", arabic_complete);
    assert!(
        !checks(&problems).contains(&"plural-missing"),
        "{problems:?}"
    );

    let turkish_few = clean_with(
        "    [one] { $n } gün",
        "    [one] { $n } gün\n    [few] { $n } gün",
    );
    let problems = found_in(&turkish_few);
    assert_eq!(checks(&problems), ["plural-unused"]);
    // Somali and Urdu are known to CLDR (compare-locales' own table lacks Somali).
    for tag in ["so", "ur"] {
        let only_other = "days = { $n ->\n [few] a\n *[other] b\n}\n";
        let problems = found_with(tag, only_other);
        let found = checks(&problems);
        assert!(
            found.contains(&"plural-missing") && found.contains(&"plural-unused"),
            "{tag}: {problems:?}"
        );
    }
}

#[test]
fn a_variable_that_chooses_the_variant_counts_as_used() {
    // Turkish says "gün" for one and many alike and may leave the number to the choice.
    let text = clean_with("[one] { $n } gün", "[one] bir gün");
    assert_eq!(checks(&found_in(&text)), [] as [&str; 0]);
}

#[test]
fn a_reference_missing_in_one_variant_names_that_variant() {
    let text = "hello = Merhaba { $name }.\ndays = { $n ->\n [one] gün\n *[other] { $n } gün\n}\n";
    let problems = found_in(text);
    let missing: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.check == CheckId::MissingReference)
        .collect();
    assert_eq!(missing.len(), 0, "the selector covers $n: {problems:?}");
    let text = "hello = { $name ->\n [a] Merhaba { $name }.\n *[b] Merhaba.\n}\n";
    let problems = found_in(text);
    assert!(
        !checks(&problems).contains(&"missing-reference"),
        "selector again: {problems:?}"
    );
    let text = "login = Giriş\n    .title = { $x ->\n [a] { -brand } ile\n *[b] giriş\n}\n";
    let problems = found_in(text);
    let missing: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.check == CheckId::MissingReference)
        .collect();
    assert_eq!(missing.len(), 1, "{problems:?}");
    assert_eq!(missing[0].details[1], ("variant", Detail::Text("b".into())));
}

#[test]
fn a_lock_file_flags_translations_of_an_older_reference_text() {
    let parsed_tree = Tree::from_sources(Path::new("root"), [file("da", "a.ftl", REFERENCE)]);
    let reference = locale::Parsed::new(&parsed_tree.locales[0]);
    let fingerprints = reference.fingerprints();
    let mut lock = lock::Lock::default();
    for (id, hash) in &fingerprints {
        lock.set(id, hash);
    }
    lock.set("next", "0000000000000000");
    let lock_text = lock.render("header");
    let tree = Tree::from_sources(
        Path::new("root"),
        [
            file("da", "a.ftl", REFERENCE),
            file("tr", "a.ftl", CLEAN),
            file("tr", lock::LOCK_FILE, &lock_text),
        ],
    );
    let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
    assert_eq!(checks(&report.problems), ["stale"]);
    assert_eq!(report.problems[0].id.as_deref(), Some("next"));
    assert_eq!(report.locales[1].stale, 1);

    // A change of layout or comment in the reference is not a change of text.
    let relaid = REFERENCE
        .replace(
            "# max-length: 10\n",
            "# Another comment\n# max-length: 10\n",
        )
        .replace("login = Log på\n", "login =\n    Log på\n");
    let tree = Tree::from_sources(
        Path::new("root"),
        [
            file("da", "a.ftl", &relaid),
            file("tr", "a.ftl", CLEAN),
            file("tr", lock::LOCK_FILE, &lock_text),
        ],
    );
    let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
    assert_eq!(
        checks(&report.problems),
        ["stale"],
        "only `next` is still stale"
    );
}

#[test]
fn a_lock_file_survives_hand_edits() {
    let lock = lock::Lock::parse(
        "# comment\n\nhello = abc\nbroken line\n= no id\nnext =\n  days   =   def  \n",
    );
    assert_eq!(lock.get("hello"), Some("abc"));
    assert_eq!(lock.get("days"), Some("def"));
    assert_eq!(lock.get("next"), None);
    assert_eq!(
        lock.render("one\ntwo"),
        "# one\n# two\ndays = def\nhello = abc\n"
    );
}

#[test]
fn a_review_file_says_who_reviewed_and_reads_as_draft_when_unclear() {
    let reviewed = Review::parse(Some(
        "status = \"reviewed\"  # yes\nreviewer = \"Amina\"\ndate = \"2026-11-20\"\n",
    ));
    assert_eq!(reviewed.state, ReviewState::Reviewed);
    assert_eq!(
        (reviewed.reviewer.as_str(), reviewed.date.as_str()),
        ("Amina", "2026-11-20")
    );
    assert_eq!(
        Review::parse(Some("status = \"reviewed\"\n")).state,
        ReviewState::Draft
    );
    assert_eq!(Review::parse(None).state, ReviewState::Draft);
}

#[test]
fn unreadable_files_and_bad_folder_names_are_errors_and_the_rest_is_checked() {
    let mut tree = Tree::from_sources(
        Path::new("root"),
        [
            file("da", "a.ftl", REFERENCE),
            file("not a tag", "a.ftl", CLEAN),
        ],
    );
    tree.locales[0].files.push(TreeFile {
        name: "b.ftl".into(),
        text: Err("invalid utf-8 sequence of 1 bytes from index 3".into()),
    });
    let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
    let found = checks(&report.problems);
    assert!(found.contains(&"unreadable-file"), "{found:?}");
    assert!(found.contains(&"locale-tag"), "{found:?}");
    assert_eq!(report.locales.len(), 2);
}

#[test]
fn a_reference_only_file_is_not_expected_elsewhere() {
    let tree = Tree::from_sources(
        Path::new("root"),
        [
            file("da", "a.ftl", REFERENCE),
            file(
                "da",
                "screens.ftl",
                "### reference-only\n\nlabel = Fortsæt\n",
            ),
            file("tr", "a.ftl", CLEAN),
        ],
    );
    let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
    assert_eq!(checks(&report.problems), [] as [&str; 0]);
}

#[test]
fn a_translators_waiver_silences_warnings_but_never_errors() {
    let waived = clean_with(
        "next = İleri",
        "# check-ignore: unchanged, too-long\nnext = Næste",
    );
    assert_eq!(checks(&found_in(&waived)), [] as [&str; 0]);
    let error = clean_with("Merhaba { $name }.", "Merhaba { $nam }.");
    let waived = error.replace("hello =", "# check-ignore: unknown-reference\nhello =");
    assert_eq!(
        checks(&found_in(&waived)),
        ["missing-reference", "unknown-reference"]
    );
}

#[test]
fn brand_names_inside_web_addresses_or_words_are_not_flagged() {
    let text = clean_with("next = İleri", "next = MitID.dk");
    assert!(!checks(&found_in(&text)).contains(&"brand-name"));
    let text = clean_with("İleri", "MitID-uygulaması");
    assert!(
        checks(&found_in(&text)).contains(&"brand-name"),
        "a compound still names it"
    );
}

#[test]
fn urdu_and_arabic_full_stops_and_question_marks_match_the_reference() {
    let reference = "q = Hvad nu?\ns = Godt.\n";
    for (tag, text) in [
        ("ur", "q = اب کیا؟\ns = اچھا۔\n"),
        ("ar", "q = ماذا الآن؟\ns = جيد.\n"),
    ] {
        let tree = Tree::from_sources(
            Path::new("root"),
            [file("da", "a.ftl", reference), file(tag, "a.ftl", text)],
        );
        let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
        assert_eq!(checks(&report.problems), [] as [&str; 0], "{tag}");
    }
    // Joining marks are part of writing Urdu, and only there are they not flagged.
    let zwnj = "s = می\u{200c}خواهم.\n";
    for (tag, expected) in [("ur", 0), ("tr", 1)] {
        let tree = Tree::from_sources(
            Path::new("root"),
            [
                file("da", "a.ftl", reference),
                file(tag, "a.ftl", &format!("q = ?\n{zwnj}")),
            ],
        );
        let report = check_tree(&tree, &CheckOptions::default()).expect("checks");
        let count = report
            .problems
            .iter()
            .filter(|p| p.check == CheckId::InvisibleCharacter)
            .count();
        assert_eq!(count, expected, "{tag}: {:?}", report.problems);
    }
}

#[test]
fn columns_count_characters_and_crlf_with_a_bom_reads_like_lf() {
    let crlf = format!(
        "\u{feff}{}",
        clean_with("Merhaba { $name }.", "Merhaba { $nam }.").replace('\n', "\r\n")
    );
    let problems = found_in(&crlf);
    assert_eq!(
        checks(&problems),
        ["missing-reference", "unknown-reference"]
    );
    assert_eq!((problems[1].line, problems[1].column), (2, 1));
    let arabic = "hello = مرحبا { $nam }.\n";
    let problems = found_with("ar", arabic);
    let bidi_free: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.check == CheckId::UnknownReference)
        .collect();
    assert_eq!((bidi_free[0].line, bidi_free[0].column), (1, 1));
}

#[test]
fn our_own_locales_pass_with_no_errors_and_no_warnings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let report = check_folder(&root, &CheckOptions::default()).expect("our locales are a tree");
    let listed: Vec<String> = report
        .problems
        .iter()
        .map(|p| {
            format!(
                "{}:{}: {} {:?} {:?}",
                p.path(),
                p.line,
                p.check.as_str(),
                p.id,
                p.details
            )
        })
        .collect();
    assert!(listed.is_empty(), "{}", listed.join("\n"));
    assert_eq!(report.locales.len(), 6);
}

#[test]
fn every_check_has_an_explanation_in_the_reference() {
    let danish: String = crate::l10n::built_in_sources()
        .filter(|f| f.locale == "da" && f.name == "check.ftl")
        .map(|f| f.text)
        .collect();
    for check in CheckId::ALL {
        let message = check.message_id();
        assert!(
            danish
                .lines()
                .any(|line| line.starts_with(&format!("{message} ="))),
            "{message} is not in da/check.ftl"
        );
    }
}

#[test]
fn nested_folders_are_read_and_compared_by_their_path() {
    let root = std::env::temp_dir().join(format!("trinvis-nested-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in [
        ("en-US/browser/menu.ftl", "open = Open\nclose = Close\n"),
        ("en-US/app.ftl", "title = App\n"),
        ("so/browser/menu.ftl", "open = Fur\n"),
        ("so/app.ftl", "title = Barnaamij\n"),
        ("so/.hidden/x.ftl", "broken = {\n"),
    ] {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders are made");
        std::fs::write(&path, text).expect("the file is written");
    }
    let options = CheckOptions {
        reference: "en-US".into(),
        locales: Vec::new(),
    };
    let report = check_folder(&root, &options).expect("checks");
    let _ = std::fs::remove_dir_all(&root);
    assert_eq!(checks(&report.problems), ["missing-message"]);
    assert_eq!(report.problems[0].path(), "so/browser/menu.ftl");
    assert_eq!(report.problems[0].id.as_deref(), Some("close"));
}

#[test]
fn an_end_punctuation_problem_quotes_the_mark_and_names_its_absence_in_words() {
    let problems = found_in(&clean_with("Merhaba { $name }.", "Merhaba { $name }"));
    let problem = problems
        .iter()
        .find(|p| p.check == CheckId::EndPunctuation)
        .expect("the missing full stop is found");
    let l10n = crate::l10n::Localizer::embedded().expect("locales load");
    let english = crate::l10n::Chain::new(l10n.locale("en").expect("en"), None);
    let text = l10n
        .explain(&english, problem)
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        text.contains("no punctuation") && text.contains("“.”"),
        "{text}"
    );
}
