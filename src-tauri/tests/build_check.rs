//! The build script's locale check, run on trees made for each failure it must catch.

#[path = "../build/locales.rs"]
mod locales;

use std::fs;
use std::path::{Path, PathBuf};

struct Tree {
    root: PathBuf,
}

impl Tree {
    fn new(name: &str) -> Tree {
        let root =
            std::env::temp_dir().join(format!("trinvis-build-check-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("out")).expect("temp dir");
        Tree { root }
    }

    fn file(self, locale: &str, name: &str, text: &str) -> Tree {
        let dir = self.root.join("locales").join(locale);
        fs::create_dir_all(&dir).expect("locale dir");
        fs::write(dir.join(name), text).expect("write locale file");
        self
    }

    fn check(&self) -> Result<(), Vec<String>> {
        locales::validate_and_embed(&self.root.join("locales"), &self.root.join("out")).map(|_| ())
    }

    fn out(&self, name: &str) -> String {
        fs::read_to_string(self.root.join("out").join(name)).expect("generated file")
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

const DANISH: &str = "language-name = Dansk\ntext-missing = (mangler)\nhome-title = Hej\n";

#[test]
fn a_good_tree_is_embedded_with_typed_ids() {
    let tree = Tree::new("good").file("da", "a.ftl", DANISH).file(
        "ar",
        "a.ftl",
        "language-name = العربية\n",
    );
    assert_eq!(tree.check(), Ok(()));
    let embedded = tree.out("locales.rs");
    assert!(
        embedded.contains("EmbeddedLocale { tag: \"ar\", block: include_bytes!("),
        "{embedded}"
    );
    let block = fs::read(tree.root.join("out/locale-ar.br")).expect("the Arabic block");
    let mut text = Vec::new();
    brotli::BrotliDecompress(&mut block.as_slice(), &mut text).expect("the block decompresses");
    assert_eq!(
        String::from_utf8(text).as_deref(),
        Ok("language-name = العربية\n")
    );
    let ids = tree.out("message_ids.rs");
    assert!(
        ids.contains("pub const HOME_TITLE: MessageId = MessageId(\"home-title\");"),
        "{ids}"
    );
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let tree = Tree::new("syntax").file("da", "a.ftl", DANISH).file(
        "so",
        "a.ftl",
        "language-name = Soomaali\nbroken = { $\n",
    );
    let problems = tree.check().expect_err("broken syntax stops the build");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("locales/so/a.ftl:2:"),
        "{}",
        problems[0]
    );
    assert!(problems[0].contains("syntax error"), "{}", problems[0]);
}

#[test]
fn a_duplicate_id_names_both_places() {
    let tree = Tree::new("duplicate").file("da", "a.ftl", DANISH).file(
        "da",
        "b.ftl",
        "\nhome-title = Igen\n",
    );
    let problems = tree.check().expect_err("a duplicate stops the build");
    assert_eq!(
        problems,
        ["locales/da/b.ftl:2:1: duplicate ID `home-title`, first defined at locales/da/a.ftl:3:1"]
    );
}

#[test]
fn notes_and_terms_stay_in_their_own_files() {
    let tree = Tree::new("notes")
        .file("da", "a.ftl", DANISH)
        .file("da", "brand.ftl", "-mitid = MitID\n")
        .file(
            "da",
            "notes-a.ftl",
            "note-a = Sig { -mitid }\nhello = Hej\n",
        )
        .file("da", "b.ftl", "note-b = Spørg\n-nemid = NemID\n");
    let problems = tree
        .check()
        .expect_err("misplaced notes and terms stop the build");
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].starts_with("locales/da/b.ftl:1:1: `note-b`: the presenter's notes"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("locales/da/b.ftl:2:2: term `-nemid` belongs in brand.ftl"),
        "{problems:?}"
    );
    assert!(
        problems[2].starts_with("locales/da/notes-a.ftl:2:1: `hello`"),
        "{problems:?}"
    );
}

#[test]
fn the_presenters_notes_are_embedded_apart() {
    let tree = Tree::new("notes-apart").file("da", "a.ftl", DANISH).file(
        "da",
        "notes-a.ftl",
        "note-a = Sig hej\n",
    );
    assert_eq!(tree.check(), Ok(()));
    let read = |name: &str| {
        let block = fs::read(tree.root.join("out").join(name)).expect("a block");
        let mut text = Vec::new();
        brotli::BrotliDecompress(&mut block.as_slice(), &mut text).expect("it decompresses");
        String::from_utf8(text).expect("text")
    };
    assert_eq!(read("locale-notes.br"), "note-a = Sig hej\n");
    assert!(!read("locale-da.br").contains("note-a"));
}

#[test]
fn required_messages_are_enforced() {
    let tree = Tree::new("required")
        .file("da", "a.ftl", "language-name = Dansk\n")
        .file("tr", "a.ftl", "hello = Merhaba\n");
    let problems = tree
        .check()
        .expect_err("missing required messages stop the build");
    assert!(
        problems
            .iter()
            .any(|p| p.ends_with("/da: required message `text-missing` is missing")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.ends_with("/tr: required message `language-name` is missing")),
        "{problems:?}"
    );
}

#[test]
fn a_missing_reference_locale_is_an_error() {
    let tree = Tree::new("no-reference").file("en", "a.ftl", "language-name = English\n");
    let problems = tree.check().expect_err("no Danish stops the build");
    assert!(
        problems[0].contains("reference locale `da` is missing"),
        "{problems:?}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_an_error() {
    let tree = Tree::new("not-utf8").file("da", "a.ftl", DANISH);
    fs::write(
        tree.root.join("locales/da/b.ftl"),
        [0x66u8, 0x6f, 0xff, 0xfe, 0x0a],
    )
    .expect("write");
    let problems = tree.check().expect_err("bad bytes stop the build");
    assert!(
        problems[0].starts_with("locales/da/b.ftl: cannot be read as UTF-8"),
        "{problems:?}"
    );
}

#[test]
fn the_real_locales_pass() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let out = std::env::temp_dir().join(format!("trinvis-build-check-{}-real", std::process::id()));
    fs::create_dir_all(&out).expect("temp dir");
    let result = locales::validate_and_embed(&locales, &out);
    let _ = fs::remove_dir_all(&out);
    let checked = result.expect("the real locales pass");
    assert!(checked.reference_ids.contains("home-title"));
    assert_eq!(
        checked.texts.keys().collect::<Vec<_>>(),
        ["ar", "da", "en", "so", "tr", "ur"]
    );
}
