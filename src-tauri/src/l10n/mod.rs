//! Localisation: the one module that touches Fluent. It loads the locales, negotiates a locale,
//! formats messages along a fallback chain (chosen locale, second language, Danish) and tells
//! each locale's writing direction.

mod embedded;
mod locale;
mod numbers;

use std::collections::BTreeMap;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use locale::{Direction, Locale};

/// Typed IDs of every Danish message, generated at build time so a missing one fails to compile.
pub mod id {
    use super::MessageId;
    include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));
}

/// The reference locale: every message exists there.
pub const REFERENCE: &str = "da";

/// Files only the reference has: the Danish labels of the simulated screens, which the learner
/// must see in Danish whatever language the guidance is in, so they are never translated.
pub const DANISH_ONLY_FILES: &[&str] = &["screens.ftl"];

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
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Value::Text(text) => FluentValue::from(text.clone()),
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
}

struct LoadedLocale {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    /// Message IDs per file, in file order, so a whole file can be handed to the UI.
    files: BTreeMap<String, Vec<String>>,
}

/// Every loaded locale and the problems met while loading them.
pub struct Localizer {
    locales: Vec<LoadedLocale>,
    reference: usize,
    problems: Vec<LoadProblem>,
    /// Values every message may use, such as phone numbers kept in one place.
    globals: Vec<(String, Value)>,
}

impl Localizer {
    /// The locales built into the binary.
    pub fn embedded() -> Result<Self, L10nError> {
        Self::from_sources(REFERENCE, embedded::sources())
    }

    /// Loads locale files; syntax errors and duplicates become problems, never failures.
    pub fn from_sources(
        reference: &str,
        files: impl IntoIterator<Item = SourceFile>,
    ) -> Result<Self, L10nError> {
        let mut locales: Vec<LoadedLocale> = Vec::new();
        let mut problems = Vec::new();
        for file in files {
            let Ok(langid) = file.locale.parse::<LanguageIdentifier>() else {
                problems.push(problem(
                    &file,
                    1,
                    1,
                    format!("`{}` is not a locale tag", file.locale),
                ));
                continue;
            };
            let index = match locales.iter().position(|l| l.locale.0 == langid) {
                Some(index) => index,
                None => {
                    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
                    bundle.set_use_isolating(true);
                    bundle.set_formatter(Some(numbers::format));
                    locales.push(LoadedLocale {
                        locale: Locale(langid),
                        bundle,
                        files: BTreeMap::new(),
                    });
                    locales.len() - 1
                }
            };
            add_file(&mut locales[index], file, &mut problems);
        }
        let reference = locales
            .iter()
            .position(|l| l.locale.tag() == reference)
            .ok_or_else(|| L10nError::NoReference(reference.to_owned()))?;
        if locales[reference]
            .bundle
            .get_message(TEXT_MISSING)
            .is_none()
        {
            return Err(L10nError::MissingRequired(TEXT_MISSING));
        }
        Ok(Self {
            locales,
            reference,
            problems,
            globals: Vec::new(),
        })
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
    }

    /// Problems met while loading, in load order.
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// The reference locale.
    pub fn reference(&self) -> &Locale {
        &self.locales[self.reference].locale
    }

    /// Every loaded locale: the reference first, then the others by tag.
    pub fn available(&self) -> Vec<&Locale> {
        let mut others: Vec<&Locale> = self
            .locales
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != self.reference)
            .map(|(_, l)| &l.locale)
            .collect();
        others.sort_by_key(|l| l.tag());
        std::iter::once(self.reference()).chain(others).collect()
    }

    /// The loaded locale with this tag.
    pub fn locale(&self, tag: &str) -> Result<Locale, UnknownLocale> {
        let unknown = || UnknownLocale {
            tag: tag.to_owned(),
        };
        let langid: LanguageIdentifier = tag.parse().map_err(|_| unknown())?;
        self.locales
            .iter()
            .find(|l| l.locale.0 == langid)
            .map(|l| l.locale.clone())
            .ok_or_else(unknown)
    }

    /// The best loaded locale for the requested ones (OS names such as `ar_EG.UTF-8` are accepted);
    /// the reference when none matches.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> Locale {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|name| locale::clean_os_tag(name.as_ref()).parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> =
            self.locales.iter().map(|l| l.locale.0.clone()).collect();
        let default = self.reference().0.clone();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| self.locales.iter().find(|l| &l.locale.0 == *id))
            .map_or_else(|| self.reference().clone(), |l| l.locale.clone())
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
    pub fn format_danish(&self, id: &str) -> String {
        let reference = &self.locales[self.reference];
        let args = self.with_globals(None);
        try_format(&reference.bundle, id, Some(&args))
            .or_else(|| try_format(&reference.bundle, TEXT_MISSING, None))
            .unwrap_or_else(|| "\u{fffd}".to_owned())
    }

    /// Every message of one reference file, formatted in the reference locale only.
    pub fn format_file_danish(&self, file: &str) -> BTreeMap<String, String> {
        let Some(ids) = self.locales[self.reference].files.get(file) else {
            return BTreeMap::new();
        };
        ids.iter()
            .map(|id| (id.clone(), self.format_danish(id)))
            .collect()
    }

    /// Every message of one reference file, formatted without arguments.
    pub fn format_file(&self, chain: &Chain, file: &str) -> BTreeMap<String, String> {
        let Some(ids) = self.locales[self.reference].files.get(file) else {
            return BTreeMap::new();
        };
        ids.iter()
            .map(|id| (id.clone(), self.format_id(chain, id, None)))
            .collect()
    }

    /// The locale's own name for itself, such as `العربية` for Arabic.
    pub fn language_name(&self, locale: &Locale) -> String {
        self.loaded(locale)
            .and_then(|l| try_format(&l.bundle, LANGUAGE_NAME, None))
            .unwrap_or_else(|| locale.tag())
    }

    fn with_globals(&self, args: Option<&Args>) -> Args {
        let mut all = Args::new();
        for (name, value) in &self.globals {
            all.0.set(name.clone(), value.to_fluent());
        }
        if let Some(args) = args {
            for (name, value) in args.0.iter() {
                all.0.set(name.to_owned(), value.clone().into_owned());
            }
        }
        all
    }

    fn format_id(&self, chain: &Chain, id: &str, args: Option<&Args>) -> String {
        let args = self.with_globals(args);
        let args = Some(&args);
        let reference = &self.locales[self.reference];
        let tried = [Some(&chain.primary), chain.second.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|locale| self.loaded(locale))
            .chain(std::iter::once(reference));
        for loaded in tried {
            if let Some(text) = try_format(&loaded.bundle, id, args) {
                return text;
            }
        }
        // The constructor made sure the reference has this message.
        try_format(&reference.bundle, TEXT_MISSING, None).unwrap_or_else(|| "\u{fffd}".to_owned())
    }

    fn loaded(&self, locale: &Locale) -> Option<&LoadedLocale> {
        self.locales.iter().find(|l| &l.locale == locale)
    }
}

fn add_file(loaded: &mut LoadedLocale, file: SourceFile, problems: &mut Vec<LoadProblem>) {
    let text = match file.text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => file.text.clone(),
    };
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
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    if let Err(errors) = loaded.bundle.add_resource(resource) {
        for error in errors {
            problems.push(problem(&file, 1, 1, error.to_string()));
        }
    }
    loaded.files.entry(file.name).or_default().extend(ids);
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
    id: &str,
    args: Option<&Args>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args.map(|a| &a.0), &mut errors);
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
