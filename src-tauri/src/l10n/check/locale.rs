//! The checks of one locale: against itself (syntax, duplicates, characters, plurals) and, for
//! a translation, against the reference (missing, obsolete, parts, references, stale, …).

use std::collections::{BTreeSet, HashMap};

use aho_corasick::{AhoCorasick, MatchKind};

use fluent_syntax::ast::{Entry, Pattern, Resource};
use fluent_syntax::parser::{self, ErrorKind, ParserError};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use super::entry::{id_of, written, Parts, Shape, PLACEHOLDER};
use super::lock::{fingerprint, Lock, Review};
use super::position::Lines;
use super::{CheckId, Detail, LocaleSummary, Problem, Severity, TreeLocale};
use crate::l10n::plural::{self, Plurals};
use crate::l10n::Direction;

/// A resource comment line (`### reference-only`) marking a file that only the reference has,
/// such as texts that are shown untranslated on purpose.
const REFERENCE_ONLY: &str = "reference-only";

/// A translation's pattern and the reference's pattern it translates, if any.
type PatternPair<'e, 's> = (&'e Pattern<&'s str>, Option<&'e Pattern<&'s str>>);

/// One parsed `.ftl` file.
pub struct ParsedFile<'t> {
    /// The file's name.
    pub name: &'t str,
    lines: Lines<'t>,
    resource: Resource<&'t str>,
    errors: Vec<ParserError>,
    reference_only: bool,
}

/// Every file of one locale, parsed.
pub struct Parsed<'t> {
    locale: &'t TreeLocale,
    files: Vec<ParsedFile<'t>>,
}

impl<'t> Parsed<'t> {
    /// Parses every readable file of a locale.
    pub fn new(locale: &'t TreeLocale) -> Self {
        let files = locale
            .files
            .iter()
            .filter_map(|file| {
                let source = file.text.as_deref().ok()?;
                let (resource, errors) = match parser::parse(source) {
                    Ok(resource) => (resource, Vec::new()),
                    Err((resource, errors)) => (resource, errors),
                };
                let reference_only = resource.body.iter().any(|entry| {
                    matches!(entry, Entry::ResourceComment(comment)
                        if comment.content.iter().any(|line| line.trim() == REFERENCE_ONLY))
                });
                Some(ParsedFile {
                    name: &file.name,
                    lines: Lines::new(source),
                    resource,
                    errors,
                    reference_only,
                })
            })
            .collect();
        Self { locale, files }
    }

    /// Every message and term ID, terms with their `-`.
    pub fn ids(&self) -> impl Iterator<Item = String> + '_ {
        self.files
            .iter()
            .flat_map(|file| file.resource.body.iter())
            .filter_map(|entry| Some(id_of(entry)?.0))
    }

    /// The fingerprint of every message and term, by ID.
    pub fn fingerprints(&self) -> HashMap<String, String> {
        self.files
            .iter()
            .flat_map(|file| file.resource.body.iter())
            .filter_map(|entry| Some((id_of(entry)?.0, fingerprint(entry))))
            .collect()
    }
}

/// The reference, indexed once and shared by every locale's check.
pub struct Reference<'r> {
    parsed: &'r Parsed<'r>,
    /// Per file name: its entries by ID, unless the file is reference-only.
    by_file: HashMap<&'r str, HashMap<String, &'r Entry<&'r str>>>,
    /// Every entry by ID.
    all: HashMap<String, &'r Entry<&'r str>>,
    /// Brand terms: a term's plain text and its ID, to spot names typed out.
    brands: Vec<(&'r str, String)>,
    /// Finds any of the brand names in a text in one pass, the longest where they overlap.
    brand_finder: Option<AhoCorasick>,
    /// Every reference pattern's shape, by the pattern's address: each locale compares with the
    /// same ones, so they are read once rather than once a locale.
    shapes: HashMap<usize, Shape<'r>>,
}

impl<'r> Reference<'r> {
    /// Indexes the reference.
    pub fn new(parsed: &'r Parsed<'r>) -> Self {
        let mut by_file = HashMap::new();
        let mut all = HashMap::new();
        let mut brands = Vec::new();
        for file in &parsed.files {
            let mut entries = HashMap::new();
            for entry in &file.resource.body {
                let Some((id, _)) = id_of(entry) else {
                    continue;
                };
                if let Entry::Term(term) = entry {
                    if let [fluent_syntax::ast::PatternElement::TextElement { value }] =
                        term.value.elements.as_slice()
                    {
                        if value.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                            brands.push((*value, id.clone()));
                        }
                    }
                }
                all.entry(id.clone()).or_insert(entry);
                entries.insert(id, entry);
            }
            if !file.reference_only {
                by_file.insert(file.name, entries);
            }
        }
        let mut shapes = HashMap::new();
        for entry in all.values() {
            if let Some(parts) = Parts::of(entry) {
                let attributes = parts.attributes.iter().map(|a| &a.value);
                for pattern in parts.value.into_iter().chain(attributes) {
                    shapes.insert(address(pattern), Shape::of(pattern));
                }
            }
        }
        let brand_finder = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(brands.iter().map(|(name, _)| *name))
            .ok();
        Self {
            parsed,
            by_file,
            all,
            brands,
            brand_finder,
            shapes,
        }
    }

    /// The reference's own problems.
    pub fn check_itself(&self) -> (LocaleSummary, Vec<Problem>) {
        let mut run = Run::new(self.parsed.locale, self, true);
        run.check_files(&self.parsed.files);
        for file in &self.parsed.files {
            for entry in &file.resource.body {
                run.check_entry(file, entry, None);
            }
        }
        run.finish(self.all.len())
    }

    /// A translation's problems.
    pub fn check(&self, locale: &TreeLocale) -> (LocaleSummary, Vec<Problem>) {
        let parsed = Parsed::new(locale);
        let mut run = Run::new(locale, self, false);
        run.lock = locale.lock.as_deref().map(Lock::parse);
        run.check_files(&parsed.files);
        let mut translated = 0;
        for file in &parsed.files {
            let reference = self.by_file.get(file.name);
            let mut seen = BTreeSet::new();
            for entry in &file.resource.body {
                let Some((id, name)) = id_of(entry) else {
                    continue;
                };
                match reference.and_then(|r| r.get(&id)) {
                    Some(original) => {
                        translated += 1;
                        run.check_entry(file, entry, Some(original));
                    }
                    None => {
                        run.at(file, name, CheckId::ObsoleteMessage, Some(&id))
                            .detail("id", &id)
                            .detail("reference", &self.parsed.locale.tag);
                        run.check_entry(file, entry, None);
                    }
                }
                seen.insert(id);
            }
            if let Some(reference) = reference {
                run.missing(file.name, reference, &seen);
            }
        }
        for (name, reference) in &self.by_file {
            if !parsed.files.iter().any(|f| f.name == *name) {
                run.missing(name, reference, &BTreeSet::new());
            }
        }
        run.finish(translated)
    }
}

/// The check of one locale in progress.
struct Run<'a> {
    locale: &'a TreeLocale,
    reference: &'a Reference<'a>,
    is_reference: bool,
    lock: Option<Lock>,
    plurals: Option<Plurals>,
    joining_script: bool,
    /// Every ID of this locale with where it was first defined.
    defined: HashMap<String, (String, usize)>,
    problems: Vec<Problem>,
}

/// A problem being built.
struct Found<'p>(&'p mut Problem);

impl Found<'_> {
    fn detail(self, name: &'static str, value: &str) -> Self {
        self.0.details.push((name, Detail::Text(value.to_owned())));
        self
    }

    fn number(self, name: &'static str, value: usize) -> Self {
        // Counts in a file are far below the 2^53 an f64 holds exactly.
        self.0.details.push((name, Detail::Number(value as f64)));
        self
    }
}

impl<'a> Run<'a> {
    fn new(locale: &'a TreeLocale, reference: &'a Reference<'a>, is_reference: bool) -> Self {
        let langid: Option<LanguageIdentifier> = locale.tag.parse().ok();
        // Arabic-script and Indic languages join letters with ZWJ and ZWNJ on purpose.
        let joining_script = langid.as_ref().is_some_and(|id| {
            id.character_direction() == CharacterDirection::RTL
                || matches!(
                    id.language.as_str(),
                    "hi" | "bn"
                        | "mr"
                        | "ne"
                        | "ta"
                        | "te"
                        | "kn"
                        | "ml"
                        | "si"
                        | "gu"
                        | "pa"
                        | "or"
                )
        });
        Self {
            locale,
            reference,
            is_reference,
            lock: None,
            plurals: Plurals::for_tag(&locale.tag),
            joining_script,
            defined: HashMap::new(),
            problems: Vec::new(),
        }
    }

    fn push(
        &mut self,
        file: &str,
        (line, column): (usize, usize),
        check: CheckId,
        id: Option<&str>,
    ) -> Found<'_> {
        self.problems.push(Problem {
            locale: self.locale.tag.clone(),
            file: file.to_owned(),
            line,
            column,
            check,
            id: id.map(str::to_owned),
            details: Vec::new(),
        });
        let last = self.problems.len() - 1;
        Found(&mut self.problems[last])
    }

    fn at(
        &mut self,
        file: &ParsedFile<'_>,
        slice: &str,
        check: CheckId,
        id: Option<&str>,
    ) -> Found<'_> {
        let place = file.lines.of(slice);
        self.push(file.name, place, check, id)
    }

    /// Problems of whole files: unreadable ones, the folder's name, syntax, duplicate IDs.
    fn check_files(&mut self, files: &[ParsedFile<'_>]) {
        if self.locale.tag.parse::<LanguageIdentifier>().is_err() {
            let tag = self.locale.tag.clone();
            self.push("", (1, 1), CheckId::LocaleTag, None)
                .detail("tag", &tag);
        }
        for file in &self.locale.files {
            if let Err(detail) = &file.text {
                self.push(&file.name, (1, 1), CheckId::UnreadableFile, None)
                    .detail("detail", detail);
            }
        }
        for file in files {
            for error in &file.errors {
                let place = file.lines.at(error.pos.start);
                if error.kind == ErrorKind::MissingDefaultVariant {
                    self.push(file.name, place, CheckId::MissingDefault, None);
                } else {
                    let detail = error.kind.to_string();
                    self.push(file.name, place, CheckId::Syntax, None)
                        .detail("detail", &detail);
                }
            }
            for entry in &file.resource.body {
                let Some((id, name)) = id_of(entry) else {
                    continue;
                };
                let (line, column) = file.lines.of(name);
                match self.defined.get(&id) {
                    Some((first_file, first_line)) => {
                        let first = format!("{}/{first_file}:{first_line}", self.locale.tag);
                        self.push(file.name, (line, column), CheckId::DuplicateId, Some(&id))
                            .detail("id", &id)
                            .detail("first", &first);
                    }
                    None => {
                        self.defined.insert(id, (file.name.to_owned(), line));
                    }
                }
            }
        }
    }

    fn missing(
        &mut self,
        file: &str,
        reference: &HashMap<String, &Entry<&str>>,
        seen: &BTreeSet<String>,
    ) {
        let mut absent: Vec<&String> = reference.keys().filter(|id| !seen.contains(*id)).collect();
        absent.sort();
        let tag = self.reference.parsed.locale.tag.clone();
        for id in absent {
            self.push(file, (1, 1), CheckId::MissingMessage, Some(id))
                .detail("id", id)
                .detail("reference", &tag);
        }
    }

    /// Every check of one message or term, against its reference entry if it has one.
    fn check_entry(
        &mut self,
        file: &ParsedFile<'_>,
        entry: &Entry<&str>,
        original: Option<&&Entry<&str>>,
    ) {
        let (Some((id, name)), Some(parts)) = (id_of(entry), Parts::of(entry)) else {
            return;
        };
        let before = self.problems.len();
        self.check_parts(file, &id, name, &parts, original);
        let ignored = parts.ignored();
        if !ignored.is_empty() {
            let mut index = before;
            while index < self.problems.len() {
                let problem = &self.problems[index];
                if problem.severity() == Severity::Warning
                    && ignored.contains(&problem.check.as_str())
                {
                    self.problems.remove(index);
                } else {
                    index += 1;
                }
            }
        }
    }

    fn check_parts(
        &mut self,
        file: &ParsedFile<'_>,
        id: &str,
        name: &str,
        parts: &Parts<'_, '_>,
        original: Option<&&Entry<&str>>,
    ) {
        let id = id.to_owned();
        let reference = original.and_then(|e| Parts::of(e));
        let mut patterns: Vec<PatternPair<'_, '_>> = Vec::new();
        match (parts.value, reference.as_ref().map(|r| r.value)) {
            (Some(value), Some(None)) => {
                self.at(file, name, CheckId::ExtraValue, Some(&id));
                patterns.push((value, None));
            }
            (None, Some(Some(_))) => {
                self.at(file, name, CheckId::MissingValue, Some(&id));
            }
            (Some(value), original) => patterns.push((value, original.flatten())),
            (None, _) => {}
        }
        let mut attribute_names = BTreeSet::new();
        for attribute in parts.attributes {
            if !attribute_names.insert(attribute.id.name) {
                self.at(
                    file,
                    attribute.id.name,
                    CheckId::DuplicateAttribute,
                    Some(&id),
                )
                .detail("attribute", attribute.id.name);
                continue;
            }
            let original = reference.as_ref().map(|r| r.attribute(attribute.id.name));
            if let Some(None) = original {
                self.at(file, attribute.id.name, CheckId::ExtraAttribute, Some(&id))
                    .detail("attribute", attribute.id.name);
            }
            patterns.push((&attribute.value, original.flatten().map(|a| &a.value)));
        }
        if let Some(reference) = &reference {
            for attribute in reference.attributes {
                if !attribute_names.contains(attribute.id.name) {
                    self.at(file, name, CheckId::MissingAttribute, Some(&id))
                        .detail("attribute", attribute.id.name);
                }
            }
        }
        let known = self.reference;
        for (pattern, original) in patterns {
            let shape = Shape::of(pattern);
            let fresh;
            let original = match original {
                Some(pattern) => match known.shapes.get(&address(pattern)) {
                    Some(shape) => Some(shape),
                    None => {
                        fresh = Shape::of(pattern);
                        Some(&fresh)
                    }
                },
                None => None,
            };
            self.check_pattern(file, name, &id, parts, &shape, original, reference.as_ref());
        }
        let stale = match (&self.lock, original) {
            (Some(lock), Some(original)) => lock.get(&id) != Some(fingerprint(original).as_str()),
            _ => false,
        };
        if stale {
            {
                let tag = self.reference.parsed.locale.tag.clone();
                self.at(file, name, CheckId::Stale, Some(&id))
                    .detail("reference", &tag);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_pattern(
        &mut self,
        file: &ParsedFile<'_>,
        name: &str,
        id: &str,
        parts: &Parts<'_, '_>,
        shape: &Shape<'_>,
        original: Option<&Shape<'_>>,
        reference: Option<&Parts<'_, '_>>,
    ) {
        self.check_choices(file, id, shape);
        self.check_characters(file, id, shape, parts.term);
        self.check_defined(file, name, id, shape);
        let text = shape.plain.replace(PLACEHOLDER, "");
        if text.trim().is_empty() && shape.all.is_empty() {
            self.at(file, name, CheckId::EmptyValue, Some(id));
        }
        let max = reference.and_then(Parts::max_length).or_else(|| {
            if self.is_reference {
                parts.max_length()
            } else {
                None
            }
        });
        if let Some(max) = max {
            let length = text.trim().chars().count();
            if length > max {
                self.at(file, name, CheckId::TooLong, Some(id))
                    .number("length", length)
                    .number("max", max);
            }
        }
        let Some(original) = original else {
            return;
        };
        for path in &shape.paths {
            for needed in &original.required {
                if !path.references.contains(needed) && !path.selectors.contains(needed) {
                    let variant = if path.label.is_empty() {
                        "none".to_owned()
                    } else {
                        path.label.clone()
                    };
                    self.at(file, name, CheckId::MissingReference, Some(id))
                        .detail("reference", &written(needed))
                        .detail("variant", &variant);
                }
            }
        }
        for used in &shape.all {
            // A message or term the reference does not use is a translator's choice; a variable
            // it does not have is never given a value, so the message would fail.
            if used.starts_with('$') && !original.all.contains(used) {
                self.at(file, name, CheckId::UnknownReference, Some(id))
                    .detail("reference", &written(used));
            }
        }
        if !parts.term {
            self.compare_text(file, name, id, &shape.plain, &original.plain);
        }
    }

    fn compare_text(
        &mut self,
        file: &ParsedFile<'_>,
        name: &str,
        id: &str,
        text: &str,
        original: &str,
    ) {
        let spacing = |t: &str| {
            (
                t.starts_with(char::is_whitespace),
                t.ends_with(char::is_whitespace),
                t.contains("  "),
            )
        };
        if spacing(text) != spacing(original) {
            self.at(file, name, CheckId::Whitespace, Some(id));
        }
        let (expected, found) = (end_mark(original), end_mark(text));
        if punctuation_class(expected) != punctuation_class(found) {
            self.at(file, name, CheckId::EndPunctuation, Some(id))
                .detail("expected", expected)
                .detail("found", found);
        }
        let has_words = original.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        if has_words && text == original {
            let tag = self.reference.parsed.locale.tag.clone();
            self.at(file, name, CheckId::Unchanged, Some(id))
                .detail("reference", &tag);
        }
    }

    fn check_choices(&mut self, file: &ParsedFile<'_>, id: &str, shape: &Shape<'_>) {
        for choice in &shape.choices {
            let mut keys = BTreeSet::new();
            for key in &choice.keys {
                if !keys.insert(*key) {
                    self.at(file, key, CheckId::DuplicateVariantKey, Some(id))
                        .detail("key", key);
                }
            }
            let is_plural = choice
                .keys
                .iter()
                .any(|k| *k != "other" && plural::is_category(k));
            let Some(needed) = self.plurals.as_ref().map(Plurals::categories) else {
                continue;
            };
            if !is_plural {
                continue;
            }
            let missing: Vec<&str> = needed
                .iter()
                .copied()
                .filter(|c| !keys.contains(c))
                .collect();
            let unused: Vec<&str> = keys
                .iter()
                .copied()
                .filter(|k| plural::is_category(k) && !needed.contains(k))
                .collect();
            let tag = self.locale.tag.clone();
            if !missing.is_empty() {
                self.at(file, choice.at, CheckId::PluralMissing, Some(id))
                    .detail("locale", &tag)
                    .detail("categories", &missing.join(", "));
            }
            if !unused.is_empty() {
                self.at(file, choice.at, CheckId::PluralUnused, Some(id))
                    .detail("locale", &tag)
                    .detail("categories", &unused.join(", "));
            }
        }
    }

    fn check_characters(&mut self, file: &ParsedFile<'_>, id: &str, shape: &Shape<'_>, term: bool) {
        for text in &shape.texts {
            for (offset, c) in text.char_indices() {
                let check = match c {
                    '\u{061c}'
                    | '\u{200e}'
                    | '\u{200f}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2066}'..='\u{2069}' => CheckId::BidiControl,
                    '\u{200b}' | '\u{2060}' | '\u{feff}' => CheckId::InvisibleCharacter,
                    '\u{200c}' | '\u{200d}' if !self.joining_script => CheckId::InvisibleCharacter,
                    '\u{fffd}' => CheckId::ReplacementCharacter,
                    _ => continue,
                };
                let code = format!("U+{:04X}", u32::from(c));
                self.at(file, &text[offset..], check, Some(id))
                    .detail("codepoint", &code);
            }
            if term {
                continue;
            }
            let reference = self.reference;
            let Some(finder) = &reference.brand_finder else {
                continue;
            };
            let found = finder
                .find_iter(*text)
                .find(|m| stands_alone(text, m.start(), m.end()));
            let Some(found) = found else {
                continue;
            };
            if let Some((name, term)) = reference.brands.get(found.pattern().as_usize()) {
                self.at(file, &text[found.start()..], CheckId::BrandName, Some(id))
                    .detail("name", name)
                    .detail("term", term);
            }
        }
    }

    fn check_defined(&mut self, file: &ParsedFile<'_>, name: &str, id: &str, shape: &Shape<'_>) {
        for used in &shape.all {
            if used.starts_with('$') {
                continue;
            }
            let target = used.split('.').next().unwrap_or_default();
            if !self.defined.contains_key(target) {
                self.at(file, name, CheckId::UndefinedReference, Some(id))
                    .detail("reference", &written(used));
            }
        }
    }

    fn finish(mut self, translated: usize) -> (LocaleSummary, Vec<Problem>) {
        self.problems.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.check).cmp(&(&b.file, b.line, b.column, b.check))
        });
        let count = |check: CheckId| self.problems.iter().filter(|p| p.check == check).count();
        let errors = self
            .problems
            .iter()
            .filter(|p| p.severity() == Severity::Error)
            .count();
        let direction = match self.locale.tag.parse::<LanguageIdentifier>() {
            Ok(id) if id.character_direction() == CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        };
        let summary = LocaleSummary {
            locale: self.locale.tag.clone(),
            translated,
            missing: count(CheckId::MissingMessage),
            obsolete: count(CheckId::ObsoleteMessage),
            stale: count(CheckId::Stale),
            errors,
            warnings: self.problems.len() - errors,
            direction,
            review: Review::parse(self.locale.review.as_deref()),
        };
        (summary, self.problems)
    }
}

/// A pattern's address, as a key for its shape.
fn address(pattern: &Pattern<&str>) -> usize {
    std::ptr::from_ref(pattern) as usize
}

/// Whether the name at `start..end` stands as a word of its own: not inside a longer word,
/// nor a web address such as `MitID.dk`, which is another name.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let next = after.next();
    let address = next == Some('.') && after.next().is_some_and(char::is_alphanumeric);
    !before.is_some_and(char::is_alphanumeric)
        && !next.is_some_and(char::is_alphanumeric)
        && !address
}

/// The punctuation a text ends with, as written; empty when it ends otherwise.
fn end_mark(text: &str) -> &str {
    let trimmed = text.trim_end();
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| punctuation_class(&c.to_string()).is_some())
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    &trimmed[start..]
}

/// Marks that end a sentence in the same way across scripts: Arabic's ؟ is a question mark,
/// Urdu's ۔ a full stop, so a translation using them is not flagged.
fn punctuation_class(mark: &str) -> Option<char> {
    match mark.chars().last()? {
        '.' | '۔' | '。' => Some('.'),
        '?' | '؟' | '？' => Some('?'),
        '!' | '！' => Some('!'),
        ':' | '：' => Some(':'),
        '…' => Some('…'),
        ';' | '؛' => Some(';'),
        _ => None,
    }
}
