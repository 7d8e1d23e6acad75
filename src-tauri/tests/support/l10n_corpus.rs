//! Writes a Fluent locale tree like another project's: a reference locale and translations of
//! it, each with messages missing and obsolete in numbers the generator knows, so the locale
//! checker's results can be compared with compare-locales' and with the truth.
//!
//! Shared by the agreement test and the benchmark; each uses only part of it.
#![allow(dead_code)]

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Changes whenever the same spec would write different files, so a cached corpus is rewritten.
pub const GENERATOR_VERSION: u32 = 2;

/// Real locale tags, so a checker that parses directory names as language tags accepts them.
const LOCALE_TAGS: &[&str] = &[
    "af", "ar", "ast", "az", "be", "bg", "bn", "br", "bs", "ca", "cs", "cy", "da", "de", "dsb",
    "el", "en-GB", "eo", "es-AR", "es-ES", "es-MX", "et", "eu", "fa", "ff", "fi", "fr", "fy-NL",
    "ga-IE", "gd", "gl", "gn", "gu-IN", "he", "hi-IN", "hr", "hsb", "hu", "hy-AM", "ia", "id",
    "is", "it", "ja", "ka", "kab", "kk", "km", "kn", "ko", "lij", "lt", "lv", "mk", "mr", "ms",
    "my", "nb-NO", "ne-NP", "nl", "nn-NO", "oc", "pa-IN", "pl", "pt-BR", "pt-PT", "rm", "ro", "ru",
    "si", "sk", "sl", "so", "sq", "sr", "sv-SE", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz",
    "vi", "zh-CN", "zh-TW",
];

#[rustfmt::skip]
const FILE_STEMS: &[&str] = &[
    "about", "accounts", "addresses", "alerts", "appearance", "bookmarks", "calendar", "checkout",
    "contacts", "downloads", "errors", "export", "files", "help", "history", "import", "inbox",
    "login", "menubar", "notifications", "onboarding", "payments", "permissions", "preferences",
    "print", "privacy", "profile", "search", "security", "sharing", "sidebar", "sync", "tabs",
    "toolbar", "updates", "welcome",
];

/// The stem of the file some translations keep after the reference dropped it; no reference
/// file has it.
const RETIRED_STEM: &str = "retired";

const WORDS: &[&str] = &[
    "account", "address", "allow", "apply", "back", "block", "cancel", "change", "choose", "close",
    "code", "confirm", "continue", "copy", "delete", "device", "done", "edit", "email", "enter",
    "file", "find", "folder", "help", "hide", "import", "keep", "later", "learn", "list",
    "message", "more", "name", "new", "next", "open", "page", "password", "phone", "remove",
    "save", "search", "send", "settings", "show", "sign", "start", "stop", "update", "view",
];

/// Translations use other scripts too, so a checker is measured on more than ASCII.
#[rustfmt::skip]
const TRANSLATED_WORDS: &[&str] = &[
    "gem", "åbn", "luk", "søg", "vælg", "fortsæt", "şifre", "ağ", "güncelle", "kaydet", "iptal",
    "حفظ", "إلغاء", "فتح", "بحث", "كلمة", "سر", "kaydi", "furo", "xir", "raadi", "dhig", "保存",
    "取消", "打开", "搜索", "设置", "abrir", "salvar", "cancelar", "buscar", "configurações", "сохранить",
    "отмена", "открыть", "поиск", "παράθυρο", "αποθήκευση", "ลบ", "บันทึก",
];

#[rustfmt::skip]
const ATTRIBUTES: &[&str] = &[
    "title", "label", "accesskey", "placeholder", "aria-label", "tooltiptext",
];

const VARIABLES: &[&str] = &["name", "count", "date", "email", "size", "total"];

/// What to generate.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The reference locale's directory name, such as `en-US`.
    pub reference: String,
    /// The translated locales' directory names; the first is complete.
    pub locales: Vec<String>,
    /// Fluent files in each locale.
    pub files: usize,
    /// Messages and terms in each reference file.
    pub messages_per_file: usize,
    /// Terms besides each file's brand term, per thousand entries. Real projects have few, mostly
    /// product names; a test may want more, to see some go missing.
    pub terms_permille: u32,
    /// Changes every text and every choice of what goes missing.
    pub seed: u64,
}

impl Spec {
    /// A spec with `locales` real locale tags taken from a fixed list.
    pub fn new(reference: &str, locales: usize, files: usize, messages_per_file: usize) -> Spec {
        Spec {
            reference: reference.to_string(),
            locales: locale_tags(locales),
            files,
            messages_per_file,
            terms_permille: 20,
            seed: 0x7269_6e76_6973,
        }
    }

    /// A line that changes whenever the files written for this spec would.
    pub fn stamp(&self) -> String {
        format!(
            "generator {GENERATOR_VERSION}; reference {}; locales {}; files {}; messages {}; \
             terms {}; seed {}\n",
            self.reference,
            self.locales.join(","),
            self.files,
            self.messages_per_file,
            self.terms_permille,
            self.seed
        )
    }
}

/// The first `n` tags of a fixed list of real locale tags.
///
/// # Panics
/// When `n` is more than the list holds, since the benchmark's size would then silently shrink.
pub fn locale_tags(n: usize) -> Vec<String> {
    assert!(
        n <= LOCALE_TAGS.len(),
        "only {} locale tags are listed, {n} asked for",
        LOCALE_TAGS.len()
    );
    LOCALE_TAGS[..n].iter().map(|t| t.to_string()).collect()
}

/// What the generator wrote for one translated locale, counted per file like compare-locales:
/// a reference entry absent from the locale's file of the same name is missing (all of a file's
/// entries when the file is absent), and an entry only in the locale's file is obsolete. Terms
/// count like messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    /// The locale's directory name.
    pub locale: String,
    /// Reference messages and terms the locale lacks.
    pub missing: usize,
    /// Messages and terms the locale has and the reference does not.
    pub obsolete: usize,
    /// The part of `missing` that is terms.
    pub missing_terms: usize,
    /// The part of `obsolete` that is terms.
    pub obsolete_terms: usize,
    /// Reference files the locale lacks altogether.
    pub missing_files: Vec<String>,
    /// Files the locale has and the reference does not.
    pub obsolete_files: Vec<String>,
    /// The part of `obsolete` that is in `obsolete_files`. compare-locales reports such a file
    /// as one obsolete file and leaves its entries out of its obsolete count.
    pub obsolete_file_entries: usize,
    /// Reference entries present in the locale.
    pub present: usize,
}

/// A corpus on disk and what it holds.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// The directory holding one folder per locale.
    pub root: PathBuf,
    /// The reference locale's directory name.
    pub reference: String,
    /// The file names in the reference locale.
    pub files: Vec<String>,
    /// Messages and terms in the reference locale.
    pub reference_entries: usize,
    /// One entry per translated locale, in the spec's order.
    pub expected: Vec<Expected>,
    /// Files written with CRLF line ends, reference included.
    pub crlf_files: usize,
    /// Files written with a UTF-8 byte order mark, reference included.
    pub bom_files: usize,
}

impl Corpus {
    /// The expectation for `locale`, if the corpus has that locale.
    pub fn expected(&self, locale: &str) -> Option<&Expected> {
        self.expected.iter().find(|e| e.locale == locale)
    }

    /// Every path the corpus wrote, reference first.
    pub fn paths(&self) -> Vec<PathBuf> {
        let mut paths = Vec::new();
        for locale in
            std::iter::once(&self.reference).chain(self.expected.iter().map(|e| &e.locale))
        {
            let expected = self.expected(locale);
            let missing = expected.map(|e| &e.missing_files[..]).unwrap_or(&[]);
            let obsolete = expected.map(|e| &e.obsolete_files[..]).unwrap_or(&[]);
            for file in self
                .files
                .iter()
                .filter(|f| !missing.contains(f))
                .chain(obsolete)
            {
                paths.push(self.root.join(locale).join(file));
            }
        }
        paths
    }
}

/// Writes the corpus for `spec` under `root`, which must not hold another corpus.
pub fn write_corpus(root: &Path, spec: &Spec) -> io::Result<Corpus> {
    generate(root, spec, true)
}

/// What `write_corpus` would write under `root` for `spec`, without writing anything: for a
/// corpus already on disk.
pub fn describe_corpus(root: &Path, spec: &Spec) -> Corpus {
    match generate(root, spec, false) {
        Ok(corpus) => corpus,
        Err(e) => unreachable!("nothing is written, so nothing fails: {e}"),
    }
}

fn generate(root: &Path, spec: &Spec, write: bool) -> io::Result<Corpus> {
    let files: Vec<FileModel> = (0..spec.files).map(|i| FileModel::new(spec, i)).collect();
    let mut corpus = Corpus {
        root: root.to_path_buf(),
        reference: spec.reference.clone(),
        files: files.iter().map(|f| f.name.clone()).collect(),
        reference_entries: files.iter().map(|f| f.entries.len()).sum(),
        expected: Vec::new(),
        crlf_files: 0,
        bom_files: 0,
    };

    let dir = root.join(&spec.reference);
    if write {
        fs::create_dir_all(&dir)?;
    }
    for (i, file) in files.iter().enumerate() {
        let mut rng = Rng::for_parts(spec.seed, &[&spec.reference, &file.name, "encoding"]);
        // One reference file is always CRLF with a BOM, so even the smallest corpus has both.
        let crlf = i == 1 || rng.chance(150);
        let bom = i == 1 || rng.chance(120);
        let text = file.render(None, spec.seed);
        write_file(write, &dir.join(&file.name), &text, crlf, bom, &mut corpus)?;
    }

    for (index, locale) in spec.locales.iter().enumerate() {
        let expected = write_locale(write, root, spec, &files, index, locale, &mut corpus)?;
        corpus.expected.push(expected);
    }
    Ok(corpus)
}

/// Writes a compare-locales project config for `corpus` to `path`. compare-locales is then run as
/// `compare-locales PATH CORPUS_ROOT`: the corpus root is its l10n base, which the config uses
/// for the reference too, so the config may live anywhere.
pub fn write_compare_locales_config(path: &Path, corpus: &Corpus) -> io::Result<()> {
    let locales: Vec<String> = corpus
        .expected
        .iter()
        .map(|e| format!("\"{}\"", e.locale))
        .collect();
    let text = format!(
        "# compare-locales needs a base path and the list of locales to compare.\n\
         basepath = \".\"\n\
         locales = [{}]\n\
         \n\
         [[paths]]\n    reference = \"{{l10n_base}}/{}/**\"\n    l10n = \"{{l10n_base}}/{{locale}}/**\"\n",
        locales.join(", "),
        corpus.reference
    );
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, text)
}

fn write_locale(
    write: bool,
    root: &Path,
    spec: &Spec,
    files: &[FileModel],
    index: usize,
    locale: &str,
    corpus: &mut Corpus,
) -> io::Result<Expected> {
    let mut rng = Rng::for_parts(spec.seed, &[locale, "plan"]);
    // The first locale is complete; the others lose and keep stale entries at different rates,
    // up to about one in ten, so the per-locale counts differ.
    let (missing_permille, obsolete_permille) = if index == 0 {
        (0, 0)
    } else {
        (5 + (index as u32 * 37) % 95, (index as u32 * 53) % 41)
    };
    let dropped_file =
        (index % 3 == 2 && !files.is_empty()).then(|| rng.below(files.len() as u64) as usize);
    let all_crlf = index == 1;
    // A file the reference no longer has, which a translation may keep for a while.
    let obsolete_file = index % 4 == 3;

    let dir = root.join(locale);
    if write {
        fs::create_dir_all(&dir)?;
    }
    let mut expected = Expected {
        locale: locale.to_string(),
        ..Expected::default()
    };
    for (i, file) in files.iter().enumerate() {
        if dropped_file == Some(i) {
            expected.missing += file.entries.len();
            expected.missing_terms += file.entries.iter().filter(|e| e.is_term()).count();
            expected.missing_files.push(file.name.clone());
            continue;
        }
        let mut rng = Rng::for_parts(spec.seed, &[locale, &file.name, "plan"]);
        let mut keep = Vec::with_capacity(file.entries.len());
        for entry in &file.entries {
            // The referenced term stays, so no translation refers to a term it lacks.
            let kept = entry.shape == Shape::Brand || !rng.chance(missing_permille);
            if kept {
                expected.present += 1;
            } else {
                expected.missing += 1;
                expected.missing_terms += usize::from(entry.is_term());
            }
            keep.push(kept);
        }
        // A translation made from an older reference: entries since removed, among the rest.
        let mut obsolete = Vec::new();
        for n in 0..file.entries.len() {
            if rng.chance(obsolete_permille) {
                let entry = Entry::obsolete(&file.stem, locale, n, spec.terms_permille, &mut rng);
                expected.obsolete += 1;
                expected.obsolete_terms += usize::from(entry.is_term());
                let at = 1 + rng.below(file.entries.len() as u64) as usize;
                obsolete.push((at, entry));
            }
        }
        let model = file.translated(&keep, obsolete);
        let text = model.render(Some(locale), spec.seed);
        let mut enc = Rng::for_parts(spec.seed, &[locale, &file.name, "encoding"]);
        let crlf = all_crlf || enc.chance(150);
        let bom = enc.chance(120);
        write_file(write, &dir.join(&file.name), &text, crlf, bom, corpus)?;
    }
    if obsolete_file {
        let entries = (spec.messages_per_file / 5).max(1);
        let file = FileModel::with_stem(RETIRED_STEM, entries, spec);
        expected.obsolete += file.entries.len();
        expected.obsolete_terms += file.entries.iter().filter(|e| e.is_term()).count();
        expected.obsolete_file_entries += file.entries.len();
        expected.obsolete_files.push(file.name.clone());
        let text = file.render(Some(locale), spec.seed);
        write_file(write, &dir.join(&file.name), &text, false, false, corpus)?;
    }
    Ok(expected)
}

fn write_file(
    write: bool,
    path: &Path,
    text: &str,
    crlf: bool,
    bom: bool,
    corpus: &mut Corpus,
) -> io::Result<()> {
    corpus.bom_files += usize::from(bom);
    corpus.crlf_files += usize::from(crlf);
    if !write {
        return Ok(());
    }
    let mut out = String::with_capacity(text.len() + text.len() / 20 + 3);
    if bom {
        out.push('\u{feff}');
    }
    if crlf {
        out.push_str(&text.replace('\n', "\r\n"));
    } else {
        out.push_str(text);
    }
    fs::write(path, out)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// `-stem-brand`, which other entries of the file refer to.
    Brand,
    Plain,
    Variable,
    TermReference,
    Attributes,
    AttributesOnly,
    Plural,
    Multiline,
    Term,
}

const SHAPES: &[Shape] = &[
    Shape::Plain,
    Shape::Plain,
    Shape::Plain,
    Shape::Variable,
    Shape::Variable,
    Shape::TermReference,
    Shape::Attributes,
    Shape::Attributes,
    Shape::AttributesOnly,
    Shape::Plural,
    Shape::Multiline,
];

#[derive(Clone, Debug)]
struct Entry {
    id: String,
    shape: Shape,
    /// Attribute names, for the shapes that have them.
    attributes: Vec<&'static str>,
    variable: &'static str,
    /// A comment line above the entry, as projects write for translators.
    comment: bool,
    /// A group comment (`##`) above the entry.
    group: Option<usize>,
}

impl Entry {
    fn is_term(&self) -> bool {
        matches!(self.shape, Shape::Brand | Shape::Term)
    }

    fn random(id_base: String, terms_permille: u32, rng: &mut Rng) -> Entry {
        let shape = if rng.chance(terms_permille) {
            Shape::Term
        } else {
            SHAPES[rng.below(SHAPES.len() as u64) as usize]
        };
        let id = if shape == Shape::Term {
            format!("-{id_base}")
        } else {
            id_base
        };
        let attributes = match shape {
            Shape::Attributes | Shape::AttributesOnly => {
                let n = 1 + rng.below(3) as usize;
                let first = rng.below(ATTRIBUTES.len() as u64) as usize;
                (0..n)
                    .map(|k| ATTRIBUTES[(first + k) % ATTRIBUTES.len()])
                    .collect()
            }
            _ => Vec::new(),
        };
        Entry {
            id,
            shape,
            attributes,
            variable: VARIABLES[rng.below(VARIABLES.len() as u64) as usize],
            comment: rng.chance(200),
            group: None,
        }
    }

    fn obsolete(stem: &str, locale: &str, n: usize, terms_permille: u32, rng: &mut Rng) -> Entry {
        let word = WORDS[rng.below(WORDS.len() as u64) as usize];
        // The locale in the id keeps an obsolete id from ever matching a reference id.
        let tag = locale.to_ascii_lowercase();
        Entry::random(format!("{stem}-old-{tag}-{word}-{n}"), terms_permille, rng)
    }
}

#[derive(Clone, Debug)]
struct FileModel {
    stem: String,
    name: String,
    entries: Vec<Entry>,
}

impl FileModel {
    fn new(spec: &Spec, index: usize) -> FileModel {
        let stem = match FILE_STEMS.get(index) {
            Some(s) => s.to_string(),
            None => format!(
                "{}-{}",
                FILE_STEMS[index % FILE_STEMS.len()],
                index / FILE_STEMS.len()
            ),
        };
        FileModel::with_stem(&stem, spec.messages_per_file, spec)
    }

    /// A file of `count` entries whose IDs all start with `stem`.
    fn with_stem(stem: &str, count: usize, spec: &Spec) -> FileModel {
        let stem = stem.to_string();
        let mut rng = Rng::for_parts(spec.seed, &[&stem, "entries"]);
        let mut entries = Vec::with_capacity(count);
        if count > 0 {
            entries.push(Entry {
                id: format!("-{stem}-brand"),
                shape: Shape::Brand,
                attributes: Vec::new(),
                variable: "name",
                comment: true,
                group: None,
            });
        }
        for n in 1..count {
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            let mut entry =
                Entry::random(format!("{stem}-{word}-{n}"), spec.terms_permille, &mut rng);
            if n % 12 == 1 {
                entry.group = Some(n / 12 + 1);
            }
            entries.push(entry);
        }
        FileModel {
            name: format!("{stem}.ftl"),
            stem,
            entries,
        }
    }

    /// This file as a locale has it: the entries marked kept, and obsolete ones placed before
    /// the reference entry at their index.
    fn translated(&self, keep: &[bool], mut obsolete: Vec<(usize, Entry)>) -> FileModel {
        obsolete.sort_by_key(|(at, _)| *at);
        let mut obsolete = obsolete.into_iter().peekable();
        let mut entries = Vec::with_capacity(self.entries.len());
        for (i, (entry, kept)) in self.entries.iter().zip(keep).enumerate() {
            while let Some((_, old)) = obsolete.next_if(|(at, _)| *at <= i) {
                entries.push(old);
            }
            if *kept {
                entries.push(entry.clone());
            }
        }
        entries.extend(obsolete.map(|(_, e)| e));
        FileModel {
            stem: self.stem.clone(),
            name: self.name.clone(),
            entries,
        }
    }

    /// The file's Fluent source with `\n` line ends; `locale` None is the reference.
    fn render(&self, locale: Option<&str>, seed: u64) -> String {
        let lang = locale.unwrap_or("reference");
        let mut out = String::with_capacity(self.entries.len() * 120);
        // Every file opens with a comment, as Mozilla's do: compare-locales 9 reads a byte order
        // mark as text, which turns the first entry into junk, and the comment takes that place.
        out.push_str("# This Source Code Form is subject to the terms of the Mozilla Public\n");
        out.push_str("# License, v. 2.0. Generated for Trinvis's locale checker tests.\n\n");
        out.push_str(&format!("### Strings of {} ({lang}).\n\n", self.name));
        let brand = format!("-{}-brand", self.stem);
        for entry in &self.entries {
            let mut text = Text::new(seed, lang, &entry.id, locale.is_some());
            if let Some(group) = entry.group {
                out.push_str(&format!("## Group {group}\n\n"));
            }
            if entry.comment {
                out.push_str(&format!(
                    "# Shown when {}; ${} is a value.\n",
                    text.words(3),
                    entry.variable
                ));
            }
            let id = &entry.id;
            let var = entry.variable;
            match entry.shape {
                Shape::Brand => out.push_str(&format!("{id} = Trinvis {}\n", text.words(1))),
                Shape::Plain => out.push_str(&format!("{id} = {}\n", text.sentence())),
                Shape::Variable => out.push_str(&format!(
                    "{id} = {} {{ ${var} }} {}\n",
                    text.sentence(),
                    text.words(2)
                )),
                Shape::TermReference => out.push_str(&format!(
                    "{id} = {} {{ {brand} }} {}\n",
                    text.words(2),
                    text.words(3)
                )),
                Shape::Attributes | Shape::AttributesOnly => {
                    if entry.shape == Shape::Attributes {
                        out.push_str(&format!("{id} = {}\n", text.sentence()));
                    } else {
                        out.push_str(&format!("{id} =\n"));
                    }
                    for attribute in &entry.attributes {
                        out.push_str(&format!("    .{attribute} = {}\n", text.words(2)));
                    }
                }
                Shape::Plural => out.push_str(&format!(
                    "{id} =\n    {{ ${var} ->\n        [one] {} {}\n       *[other] {{ ${var} }} {}\n    }}\n",
                    text.words(1),
                    text.words(2),
                    text.words(3)
                )),
                Shape::Multiline => out.push_str(&format!(
                    "{id} =\n    {}\n    {}\n    {{ ${var} }} {}\n",
                    text.sentence(),
                    text.sentence(),
                    text.words(2)
                )),
                Shape::Term => out.push_str(&format!("{id} = {}\n", text.name())),
            }
            out.push('\n');
        }
        out
    }
}

/// Words for one entry in one locale, the same every run.
struct Text {
    rng: Rng,
    words: &'static [&'static str],
}

impl Text {
    fn new(seed: u64, lang: &str, id: &str, translated: bool) -> Text {
        Text {
            rng: Rng::for_parts(seed, &[lang, id, "text"]),
            words: if translated { TRANSLATED_WORDS } else { WORDS },
        }
    }

    fn words(&mut self, n: usize) -> String {
        let mut out = String::new();
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(self.words[self.rng.below(self.words.len() as u64) as usize]);
        }
        out
    }

    /// A product name, such as "Folder Sync": terms are mostly names.
    fn name(&mut self) -> String {
        let words = self.words(2);
        words
            .split(' ')
            .map(capitalised)
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn sentence(&mut self) -> String {
        let n = 3 + self.rng.below(8) as usize;
        let mut s = capitalised(&self.words(n));
        s.push('.');
        s
    }
}

/// The text with its first letter in upper case; scripts without case stay as they are.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// SplitMix64: small, fast and the same on every platform, which is all a test corpus needs.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    /// A generator seeded from `seed` and the parts, so that each locale and file draws
    /// independently and adding a locale does not change the others.
    fn for_parts(seed: u64, parts: &[&str]) -> Rng {
        // FNV-1a over the parts, with a separator so ["ab", "c"] and ["a", "bc"] differ.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
        for part in parts {
            for b in part.bytes().chain(std::iter::once(0xff)) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        Rng(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, permille: u32) -> bool {
        self.below(1000) < u64::from(permille)
    }
}
