//! Localisation: the one module that touches Fluent. It loads the locales, negotiates a locale,
//! formats messages along a fallback chain (chosen locale, second language, Danish) and tells
//! each locale's writing direction.

pub mod check;
mod embedded;
mod locale;
mod numbers;
pub mod plural;
pub mod pseudo;
mod variables;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock, PoisonError};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use locale::{Direction, Locale};
use plural::Plurals;
use variables::Values;

/// Typed IDs of every Danish message, generated at build time so a missing one fails to compile.
pub mod id {
    use super::MessageId;
    include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));
}

/// The reference locale: every message exists there.
pub const REFERENCE: &str = "da";

/// Whether only the reference has this file: the Danish labels and made-up Danish content of
/// the simulated screens (`screens.ftl`, `screens-<area>.ftl`), which the learner must see in
/// Danish whatever language the guidance is in, so they are never translated.
pub fn is_danish_only(file: &str) -> bool {
    file == "screens.ftl" || (file.starts_with("screens-") && file.ends_with(".ftl"))
}

/// The headings of a locale status table, in order, for the command line and the window alike.
pub const STATUS_COLUMNS: [MessageId; 8] = [
    id::STATUS_LOCALE,
    id::STATUS_TRANSLATED,
    id::STATUS_MISSING,
    id::STATUS_STALE,
    id::STATUS_ERRORS,
    id::STATUS_WARNINGS,
    id::STATUS_DIRECTION,
    id::STATUS_REVIEW,
];

/// The message shown when a text is missing in every locale of the chain.
const TEXT_MISSING: &str = "text-missing";

/// Each locale's name in its own language.
const LANGUAGE_NAME: &str = "language-name";

/// The ID of a message in the reference locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageId(&'static str);

impl MessageId {
    /// The Fluent message ID.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// A value for a message variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text, shown as it is.
    Text(String),
    /// A number, formatted and plural-matched by the locale's CLDR rules.
    Number(f64),
}

impl Value {
    fn as_fluent(&self) -> FluentValue<'_> {
        match self {
            Value::Text(text) => FluentValue::String(Cow::Borrowed(text)),
            Value::Number(number) => FluentValue::from(*number),
        }
    }
}

/// Named values for the placeables of a message.
#[derive(Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    /// No values yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text value.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }

    /// Adds a number, formatted and plural-matched by the locale's CLDR rules.
    pub fn number(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }
}

/// One locale file's text, from the binary or from disk.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The locale folder's name, a BCP 47 tag.
    pub locale: String,
    /// The file's name inside the locale folder.
    pub name: String,
    /// The file's contents.
    pub text: String,
}

/// A problem found while loading a locale; the rest of the locale still loads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LoadProblem {
    /// The locale folder.
    pub locale: String,
    /// The file inside it.
    pub file: String,
    /// One-based line.
    pub line: usize,
    /// One-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Why the locales could not be loaded at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum L10nError {
    /// The reference locale has no files at all.
    #[error("the reference locale `{0}` has no files")]
    NoReference(String),
    /// The reference locale lacks a message the fallback chain ends on.
    #[error("the reference locale lacks the required message `{0}`")]
    MissingRequired(&'static str),
}

/// A tag that names no loaded locale (or is not a locale tag at all).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("there is no locale `{tag}`")]
pub struct UnknownLocale {
    /// The tag as it was given.
    pub tag: String,
}

/// The locales to try, in order, for each message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    primary: Locale,
    second: Option<Locale>,
}

impl Chain {
    /// The chosen locale first, then the second language if any; the reference always ends it.
    pub fn new(primary: Locale, second: Option<Locale>) -> Self {
        Self { primary, second }
    }

    /// The chosen locale.
    pub fn primary(&self) -> &Locale {
        &self.primary
    }

    /// The second language, if any.
    pub fn second(&self) -> Option<&Locale> {
        self.second.as_ref()
    }
}

/// Where a shown text came from, for translators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageRef {
    /// The message ID.
    pub id: String,
    /// The file, relative to the locale folder's parent, such as `so/ui.ftl`.
    pub path: String,
    /// One-based line of the message.
    pub line: usize,
}

struct LoadedLocale {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    /// Message IDs per file, in file order, so a whole file can be handed to the UI.
    files: BTreeMap<String, Vec<String>>,
    /// Where each message is defined, `locale/file` and line; kept in translator mode only,
    /// which is the only one that shows it, because for a whole locale it costs about 170 KB.
    places: Option<HashMap<String, (String, usize)>>,
    /// CLDR's plural rules, which choose variants instead of Fluent's own.
    plurals: Option<Plurals>,
    /// For a pseudo-locale: the reference with the same transform, for the Danish screens.
    danish: Option<FluentBundle<FluentResource>>,
    /// For a built-in locale: its presenter's notes, parsed into a bundle of their own the first
    /// time one is asked for, because only presenting reads them and they are a third of the
    /// text. Otherwise (`None`) they are in `bundle` with everything else.
    notes_later: Option<OnceLock<Option<FluentBundle<FluentResource>>>>,
}

impl LoadedLocale {
    /// A built-in locale loaded without its presenter's notes, which `bundle_for` reads later.
    fn with_notes_later(mut self) -> Self {
        self.notes_later = Some(OnceLock::new());
        self
    }

    /// The bundle that holds `id`: the notes' own for a note read later, otherwise the locale's.
    fn bundle_for(&self, id: &str) -> Option<&FluentBundle<FluentResource>> {
        match &self.notes_later {
            Some(notes) if embedded::is_note(id) => notes
                .get_or_init(|| load_built_in(&self.locale, embedded::notes_of).map(|n| n.bundle))
                .as_ref(),
            _ => Some(&self.bundle),
        }
    }
}

/// A locale other than the reference: parsed already, or (built in) the first time it is used.
struct Slot {
    locale: Locale,
    loaded: OnceLock<Option<LoadedLocale>>,
}

impl Slot {
    fn ready(loaded: LoadedLocale) -> Self {
        Self {
            locale: loaded.locale.clone(),
            loaded: OnceLock::from(Some(loaded)),
        }
    }

    /// A built-in locale, parsed when first asked for: most people use one or two of them, and
    /// each parsed locale costs about a megabyte and some milliseconds of the start. The build
    /// script has checked these files, so parsing them later cannot meet a problem to report.
    fn built_in(locale: Locale) -> Self {
        Self {
            locale,
            loaded: OnceLock::new(),
        }
    }

    fn get(&self) -> Option<&LoadedLocale> {
        self.loaded
            .get_or_init(|| {
                load_built_in(&self.locale, embedded::texts_of).map(LoadedLocale::with_notes_later)
            })
            .as_ref()
    }

    /// A text from the locale's built-in `meta.ftl` alone, while the rest of the locale is not
    /// parsed: what the language menu says of each language, in that language.
    fn meta_text(&self, id: &str, args: Option<&Args>) -> Option<String> {
        let text = embedded::meta(&self.locale.tag())?;
        let resource = FluentResource::try_new(text).ok()?;
        let mut bundle = FluentBundle::new_concurrent(vec![self.locale.0.clone()]);
        bundle.set_use_isolating(true);
        bundle.set_formatter(Some(numbers::format));
        bundle.add_resource(resource).ok()?;
        let values = Values {
            own: args.map(|a| &a.0),
            globals: &[],
        };
        try_format(&bundle, None, id, &values)
    }
}

/// Every loaded locale and the problems met while loading them.
pub struct Localizer {
    /// The reference locale, always parsed: every chain falls back to it.
    reference: LoadedLocale,
    /// Every other locale, in the order their folders were met.
    others: Vec<Slot>,
    problems: Vec<LoadProblem>,
    /// Values every message may use, such as phone numbers kept in one place, sorted by name.
    globals: Vec<(String, Value)>,
    /// In translator mode, the built-in reference: the last fallback when a file on disk breaks.
    built_in: Option<LoadedLocale>,
    /// In translator mode, every text shown and where it came from, keyed without isolation marks.
    shown: Option<Mutex<HashMap<String, Vec<MessageRef>>>>,
}

/// How many shown texts translator mode remembers before it starts afresh.
const SHOWN_LIMIT: usize = 50_000;

impl Localizer {
    /// The locales built into the binary; only the reference is parsed now, each other locale
    /// the first time a text is asked of it, and each one's presenter's notes the first time a
    /// note is.
    pub fn embedded() -> Result<Self, L10nError> {
        let mut localizer = Self::from_sources(REFERENCE, embedded::texts_of(REFERENCE))?;
        localizer.reference.notes_later = Some(OnceLock::new());
        localizer.others = embedded::tags()
            .filter(|tag| *tag != REFERENCE)
            .filter_map(|tag| tag.parse::<LanguageIdentifier>().ok())
            .map(|langid| Slot::built_in(Locale(langid)))
            .collect();
        Ok(localizer)
    }

    /// Loads locale files; syntax errors and duplicates become problems, never failures.
    pub fn from_sources(
        reference: &str,
        files: impl IntoIterator<Item = SourceFile>,
    ) -> Result<Self, L10nError> {
        let files: Vec<SourceFile> = files.into_iter().collect();
        let mut problems = Vec::new();
        let mut locales = load(&files, Places::Drop, &mut problems);
        let reference = locales
            .iter()
            .position(|l| l.locale.tag() == reference)
            .ok_or_else(|| L10nError::NoReference(reference.to_owned()))?;
        let reference = locales.remove(reference);
        if reference.bundle.get_message(TEXT_MISSING).is_none() {
            return Err(L10nError::MissingRequired(TEXT_MISSING));
        }
        Ok(Self {
            reference,
            others: locales.into_iter().map(Slot::ready).collect(),
            problems,
            globals: Vec::new(),
            built_in: None,
            shown: None,
        })
    }

    /// Translator mode: the files of a folder on disk, the pseudo-locales made from its English
    /// (or its reference), and the built-in reference under everything, so that no broken or
    /// missing file can leave a text empty. Every text shown is remembered for `shown_messages`.
    pub fn for_translation(files: Vec<SourceFile>) -> Result<Self, L10nError> {
        let mut problems = Vec::new();
        let mut locales = load(&files, Places::Keep, &mut problems);
        let pseudo_base = if files.iter().any(|f| f.locale == PSEUDO_BASE) {
            PSEUDO_BASE
        } else {
            REFERENCE
        };
        for (tag, _) in pseudo::ALL {
            let based: Vec<SourceFile> = files
                .iter()
                .filter(|f| f.locale == pseudo_base)
                .map(|f| SourceFile {
                    locale: tag.to_owned(),
                    ..f.clone()
                })
                .collect();
            // The base's problems are already listed once.
            let mut pseudo = load(&based, Places::Keep, &mut Vec::new());
            if let Some(mut loaded) = pseudo.pop() {
                let danish: Vec<SourceFile> = files
                    .iter()
                    .filter(|f| f.locale == REFERENCE)
                    .cloned()
                    .collect();
                loaded.danish =
                    load_with(danish, tag, Places::Drop, &mut Vec::new()).map(|l| l.bundle);
                locales.push(loaded);
            }
        }
        let built_in = load(
            &embedded::sources_of(REFERENCE),
            Places::Keep,
            &mut Vec::new(),
        )
        .pop();
        let on_disk = locales.iter().position(|l| {
            l.locale.tag() == REFERENCE && l.bundle.get_message(TEXT_MISSING).is_some()
        });
        let (reference, built_in) = match (on_disk, built_in) {
            (Some(index), built_in) => (locales.remove(index), built_in),
            (None, Some(built_in)) => {
                // Without a usable reference on disk, the built-in one stands in for it.
                locales.retain(|l| l.locale.tag() != REFERENCE);
                (built_in, None)
            }
            (None, None) => return Err(L10nError::MissingRequired(TEXT_MISSING)),
        };
        Ok(Self {
            reference,
            others: locales.into_iter().map(Slot::ready).collect(),
            problems,
            globals: Vec::new(),
            built_in,
            shown: Some(Mutex::new(HashMap::new())),
        })
    }

    /// Whether this is translator mode, loaded from disk.
    pub fn is_translation(&self) -> bool {
        self.shown.is_some()
    }

    /// The messages whose shown text is, or is part of, `text` (translator mode only), longest
    /// first, so a translator can find the message behind any text on screen.
    pub fn shown_messages(&self, text: &str) -> Vec<MessageRef> {
        let Some(shown) = &self.shown else {
            return Vec::new();
        };
        let wanted = plain(text);
        if wanted.is_empty() {
            return Vec::new();
        }
        let shown = shown.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(exact) = shown.get(&wanted) {
            return exact.clone();
        }
        let mut parts: Vec<(&String, &Vec<MessageRef>)> = shown
            .iter()
            .filter(|(text, _)| text.chars().count() > 1 && wanted.contains(text.as_str()))
            .collect();
        parts.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        let mut found: Vec<MessageRef> = Vec::new();
        for (_, refs) in parts {
            for message in refs {
                if !found.contains(message) {
                    found.push(message.clone());
                }
            }
        }
        found.truncate(MAX_LOOKUP);
        found
    }

    fn remember(&self, text: &str, loaded: &LoadedLocale, id: &str) {
        let Some(shown) = &self.shown else {
            return;
        };
        let Some((path, line)) = loaded.places.as_ref().and_then(|places| places.get(id)) else {
            return;
        };
        let message = MessageRef {
            id: id.to_owned(),
            path: path.clone(),
            line: *line,
        };
        let mut shown = shown.lock().unwrap_or_else(PoisonError::into_inner);
        if shown.len() >= SHOWN_LIMIT {
            shown.clear();
        }
        let refs = shown.entry(plain(text)).or_default();
        if !refs.contains(&message) {
            refs.push(message);
        }
    }

    /// Sets the values every message may use as variables, such as facts that change.
    pub fn set_globals(&mut self, globals: Vec<(String, Value)>) {
        // A phone number or code reads left to right in every language. Fluent's isolation marks
        // keep it so in the window, but terminal and handout output drop them, and there the
        // bidi algorithm would reverse its digit groups inside Arabic or Urdu ("10 00 98 33 45+").
        // A left-to-right mark before and after keeps it whole wherever the text ends up.
        self.globals = globals
            .into_iter()
            .map(|(name, value)| match value {
                Value::Text(text) => (name, Value::Text(format!("\u{200e}{text}\u{200e}"))),
                number => (name, number),
            })
            .collect();
        // Sorted by name, so that each message finds the few it uses by binary search.
        self.globals.sort_by(|a, b| a.0.cmp(&b.0));
    }

    /// Problems met while loading, in load order.
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// The reference locale.
    pub fn reference(&self) -> &Locale {
        &self.reference.locale
    }

    /// Every loaded locale: the reference first, then the others by tag.
    pub fn available(&self) -> Vec<&Locale> {
        let mut others: Vec<&Locale> = self.others.iter().map(|s| &s.locale).collect();
        others.sort_by_key(|l| l.tag());
        std::iter::once(self.reference()).chain(others).collect()
    }

    /// The loaded locale with this tag.
    pub fn locale(&self, tag: &str) -> Result<Locale, UnknownLocale> {
        let unknown = || UnknownLocale {
            tag: tag.to_owned(),
        };
        let langid: LanguageIdentifier = tag.parse().map_err(|_| unknown())?;
        self.available()
            .into_iter()
            .find(|l| l.0 == langid)
            .cloned()
            .ok_or_else(unknown)
    }

    /// The best loaded locale for the requested ones (OS names such as `ar_EG.UTF-8` are accepted);
    /// the reference when none matches.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> Locale {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|name| locale::clean_os_tag(name.as_ref()).parse().ok())
            .collect();
        let locales = self.available();
        let available: Vec<LanguageIdentifier> = locales.iter().map(|l| l.0.clone()).collect();
        let default = self.reference().0.clone();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| locales.iter().find(|l| &l.0 == *id))
            .map_or_else(|| self.reference().clone(), |l| (*l).clone())
    }

    /// A message, from the first locale in the chain that has it and formats without error.
    pub fn format(&self, chain: &Chain, id: MessageId, args: Option<&Args>) -> String {
        self.format_id(chain, id.as_str(), args)
    }

    /// A message whose ID comes from the content store (checked against Danish at build time).
    pub fn format_content(&self, chain: &Chain, id: &str, args: Option<&Args>) -> String {
        self.format_id(chain, id, args)
    }

    /// A message from the reference locale only: the Danish labels of the simulated screens,
    /// which the learner must see in Danish whatever language the guidance is in.
    /// In a pseudo-locale they are transformed too, so that they count as text from Fluent.
    pub fn format_danish(&self, chain: &Chain, id: &str) -> String {
        let reference = &self.reference;
        let values = Values {
            own: None,
            globals: &self.globals,
        };
        let pseudo = self.loaded(&chain.primary).and_then(|l| l.danish.as_ref());
        let bundles = pseudo
            .into_iter()
            .chain(std::iter::once(&reference.bundle))
            .chain(self.built_in.as_ref().map(|b| &b.bundle));
        for bundle in bundles {
            if let Some(text) = try_format(bundle, reference.plurals.as_ref(), id, &values) {
                self.remember(&text, reference, id);
                return text;
            }
        }
        self.text_missing()
    }

    fn text_missing(&self) -> String {
        let reference = &self.reference;
        try_format(&reference.bundle, None, TEXT_MISSING, &Values::NONE)
            .unwrap_or_else(|| "\u{fffd}".to_owned())
    }

    /// Every message of one reference file, formatted in the reference locale only.
    pub fn format_file_danish(&self, chain: &Chain, file: &str) -> BTreeMap<String, String> {
        let Some(ids) = self.reference.files.get(file) else {
            return BTreeMap::new();
        };
        ids.iter()
            .map(|id| (id.clone(), self.format_danish(chain, id)))
            .collect()
    }

    /// Every message of one reference file, formatted without arguments.
    pub fn format_file(&self, chain: &Chain, file: &str) -> BTreeMap<String, String> {
        let Some(ids) = self.reference.files.get(file) else {
            return BTreeMap::new();
        };
        ids.iter()
            .map(|id| (id.clone(), self.format_id(chain, id, None)))
            .collect()
    }

    /// A problem the locale check found, explained in the chain's language.
    pub fn explain(&self, chain: &Chain, problem: &check::Problem) -> String {
        let mut args = Args::new();
        for (name, detail) in &problem.details {
            args = match detail {
                // A mark is quoted the language's way, and no mark is said in words.
                check::Detail::Text(mark) if problem.check == check::CheckId::EndPunctuation => {
                    let shown = if mark.is_empty() {
                        self.format(chain, id::CHECK_NO_PUNCTUATION, None)
                    } else {
                        let mark_args = Args::new().text("mark", mark.clone());
                        self.format(chain, id::CHECK_MARK, Some(&mark_args))
                    };
                    args.text(name, shown)
                }
                check::Detail::Text(text) => args.text(name, text.clone()),
                check::Detail::Number(number) => args.number(name, *number),
            };
        }
        self.format_id(chain, &problem.check.message_id(), Some(&args))
    }

    /// Why a locale tree could not be checked, in the chain's language.
    pub fn describe_check_error(&self, chain: &Chain, error: &check::CheckError) -> String {
        match error {
            check::CheckError::NoRoot { root, .. } => {
                let args = Args::new().text("root", root.display().to_string());
                self.format(chain, id::CHECK_NO_ROOT, Some(&args))
            }
            check::CheckError::NoReference { root, reference } => {
                let args = Args::new()
                    .text("root", root.display().to_string())
                    .text("reference", reference.clone());
                self.format(chain, id::CHECK_NO_REFERENCE, Some(&args))
            }
            check::CheckError::UnknownLocale(locale) => {
                let args = Args::new().text("locale", locale.clone());
                self.format(chain, id::CHECK_UNKNOWN_LOCALE, Some(&args))
            }
        }
    }

    /// Who reviewed a locale and when, or that nobody has yet.
    pub fn review_status(&self, chain: &Chain, review: &check::Review) -> String {
        let (id, args) = review_message(review);
        self.format(chain, id, args.as_ref())
    }

    /// Who reviewed a locale, said in that locale, as the language menu shows it; without
    /// parsing a built-in locale that has not been used yet.
    pub fn review_in_own_words(&self, locale: &Locale, review: &check::Review) -> String {
        let (id, args) = review_message(review);
        self.unparsed(locale)
            .and_then(|slot| slot.meta_text(id.as_str(), args.as_ref()))
            .unwrap_or_else(|| self.format(&Chain::new(locale.clone(), None), id, args.as_ref()))
    }

    /// The slot of a built-in locale not parsed yet.
    fn unparsed(&self, locale: &Locale) -> Option<&Slot> {
        self.others
            .iter()
            .find(|s| &s.locale == locale && s.loaded.get().is_none())
    }

    /// The locale's own name for itself, such as `العربية` for Arabic.
    pub fn language_name(&self, locale: &Locale) -> String {
        let tag = locale.tag();
        let name = pseudo::ALL
            .iter()
            .find(|(pseudo, _)| *pseudo == tag)
            .map_or(LANGUAGE_NAME, |(_, name)| *name);
        match self.unparsed(locale) {
            Some(slot) => slot.meta_text(name, None),
            None => self
                .loaded(locale)
                .and_then(|l| try_format(&l.bundle, None, name, &Values::NONE)),
        }
        .unwrap_or(tag)
    }

    fn format_id(&self, chain: &Chain, id: &str, args: Option<&Args>) -> String {
        let values = Values {
            own: args.map(|a| &a.0),
            globals: &self.globals,
        };
        let reference = &self.reference;
        let tried = [Some(&chain.primary), chain.second.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|locale| self.loaded(locale))
            .chain(std::iter::once(reference))
            .chain(self.built_in.as_ref());
        for loaded in tried {
            let bundle = loaded.bundle_for(id);
            if let Some(text) =
                bundle.and_then(|b| try_format(b, loaded.plurals.as_ref(), id, &values))
            {
                self.remember(&text, loaded, id);
                return text;
            }
        }
        // The constructor made sure the reference has this message.
        self.text_missing()
    }

    fn loaded(&self, locale: &Locale) -> Option<&LoadedLocale> {
        if *locale == self.reference.locale {
            return Some(&self.reference);
        }
        self.others
            .iter()
            .find(|s| &s.locale == locale)
            .and_then(Slot::get)
    }
}

/// The message that says a review's state, and its arguments.
fn review_message(review: &check::Review) -> (MessageId, Option<Args>) {
    match review.state {
        check::ReviewState::Draft => (id::STATUS_DRAFT, None),
        check::ReviewState::Reviewed => (
            id::STATUS_REVIEWED,
            Some(
                Args::new()
                    .text("reviewer", review.reviewer.clone())
                    .text("date", review.date.clone()),
            ),
        ),
    }
}

/// Who reviewed a built-in locale; a locale without a review file reads as a draft.
pub fn built_in_review(locale: &str) -> check::Review {
    check::Review::parse(embedded::review(locale))
}

/// The locale files built into the binary.
pub fn built_in_sources() -> impl Iterator<Item = SourceFile> {
    embedded::sources()
}

/// The text without isolation and direction marks or surrounding space, as a lookup key.
fn plain(text: &str) -> String {
    text.replace(
        [
            '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{202e}', '\u{202c}',
        ],
        "",
    )
    .trim()
    .to_owned()
}

/// At most this many messages are named for one text.
const MAX_LOOKUP: usize = 8;

/// The locale whose files the pseudo-locales transform, when a tree has it.
const PSEUDO_BASE: &str = "en";

/// Whether a loaded locale keeps where each of its messages is defined.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Places {
    Keep,
    Drop,
}

/// Loads files into one bundle per locale folder, in the order the folders first appear.
fn load(
    files: &[SourceFile],
    places: Places,
    problems: &mut Vec<LoadProblem>,
) -> Vec<LoadedLocale> {
    let mut locales: Vec<LoadedLocale> = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    for file in files {
        if !tags.contains(&file.locale.as_str()) {
            tags.push(&file.locale);
        }
    }
    for tag in tags {
        let own: Vec<SourceFile> = files.iter().filter(|f| f.locale == tag).cloned().collect();
        if let Some(loaded) = load_with(own, tag, places, problems) {
            locales.push(loaded);
        }
    }
    locales
}

/// Loads some of a built-in locale's files, which the build script has checked, so that no
/// problem is left to report.
fn load_built_in(locale: &Locale, files: fn(&str) -> Vec<SourceFile>) -> Option<LoadedLocale> {
    let tag = locale.tag();
    load_with(files(&tag), &tag, Places::Drop, &mut Vec::new())
}

/// Loads files into one bundle for `tag` (which may differ from the files' own folder, as for
/// a pseudo-locale made from English).
fn load_with(
    files: Vec<SourceFile>,
    tag: &str,
    places: Places,
    problems: &mut Vec<LoadProblem>,
) -> Option<LoadedLocale> {
    let Ok(langid) = tag.parse::<LanguageIdentifier>() else {
        if let Some(file) = files.first() {
            problems.push(problem(file, 1, 1, format!("`{tag}` is not a locale tag")));
        }
        return None;
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(true);
    bundle.set_formatter(Some(numbers::format));
    bundle.set_transform(pseudo::transform_for(tag));
    let mut loaded = LoadedLocale {
        plurals: Plurals::for_tag(tag),
        locale: Locale(langid),
        bundle,
        files: BTreeMap::new(),
        places: (places == Places::Keep).then(HashMap::new),
        danish: None,
        notes_later: None,
    };
    for file in files {
        add_file(&mut loaded, file, problems);
    }
    Some(loaded)
}

fn add_file(loaded: &mut LoadedLocale, mut file: SourceFile, problems: &mut Vec<LoadProblem>) {
    let mut text = std::mem::take(&mut file.text);
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if loaded.places.is_none() {
        text = without_comments(&text);
    }
    let resource = match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = line_and_column(resource.source(), error.pos.start);
                problems.push(problem(
                    &file,
                    line,
                    column,
                    format!("syntax error: {}", error.kind),
                ));
            }
            resource
        }
    };
    let path = format!("{}/{}", file.locale, file.name);
    let source = resource.source();
    // Counting lines from the file's start for every message cost a start most of the time it
    // spent parsing, so the line starts are found once, and only when they are kept.
    let line_starts: Vec<usize> = match loaded.places {
        Some(_) => std::iter::once(0)
            .chain(source.match_indices('\n').map(|(at, _)| at + 1))
            .collect(),
        None => Vec::new(),
    };
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if let Some(places) = &mut loaded.places {
                // The parser keeps no spans, but its identifiers are slices of the source.
                let offset = (m.id.name.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
                let line = line_starts.partition_point(|start| *start <= offset);
                places.insert(m.id.name.to_owned(), (path.clone(), line));
            }
            ids.push(m.id.name.to_owned());
        }
    }
    if let Err(errors) = loaded.bundle.add_resource(resource) {
        for error in errors {
            problems.push(problem(&file, 1, 1, error.to_string()));
        }
    }
    loaded.files.entry(file.name).or_default().extend(ids);
}

/// The text without its comment lines. Only the locale check reads them, and they are a third
/// of the Danish text, which a parsed locale keeps for good. A line that starts with `#` is
/// always a comment in Fluent, never part of a message; the lines of the messages move, which
/// is why translator mode, the one that shows them, keeps the comments.
fn without_comments(text: &str) -> String {
    let kept = || {
        text.split_inclusive('\n')
            .filter(|line| !line.starts_with('#'))
    };
    let mut out = String::with_capacity(kept().map(str::len).sum());
    out.extend(kept());
    out
}

fn problem(file: &SourceFile, line: usize, column: usize, message: String) -> LoadProblem {
    LoadProblem {
        locale: file.locale.clone(),
        file: file.name.clone(),
        line,
        column,
        message,
    }
}

fn try_format(
    bundle: &FluentBundle<FluentResource>,
    plurals: Option<&Plurals>,
    id: &str,
    values: &Values<'_>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let args = values.for_pattern(bundle, pattern);
    let pattern = match plurals {
        Some(plurals) => plural::choose(pattern, Some(&args), plurals),
        None => Cow::Borrowed(pattern),
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(&pattern, Some(&args), &mut errors);
    (errors.is_empty() && !text.trim().is_empty()).then(|| text.into_owned())
}

/// One-based line and column (in characters) of a byte offset.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests;
