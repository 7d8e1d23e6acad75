//! What one pattern says, for comparing a translation with its reference: the placeables each
//! variant uses, the choices it makes, its plain text, and the raw text slices for character
//! checks.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    Attribute, CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
    VariantKey,
};

/// Stands for a placeable in a pattern's plain text.
pub const PLACEHOLDER: char = '\u{fffc}';

/// Beyond this many variant combinations a pattern is compared on the first ones only; no real
/// message comes near it, and a pathological one must not make the check slow.
const MAX_PATHS: usize = 64;

/// One way through a pattern's choices.
#[derive(Clone, Debug, Default)]
pub struct Path {
    /// The variant keys taken, such as `one` or `one/few`; empty without choices.
    pub label: String,
    /// The placeables used on this way, as `$var`, `message`, `message.attr` or `-term`.
    pub references: BTreeSet<String>,
    /// Variables that choose a variant on this way: they count as used.
    pub selectors: BTreeSet<String>,
}

/// One choice (`{ $x -> … }`) in a pattern.
#[derive(Debug)]
pub struct Choice<'s> {
    /// The variant keys as written.
    pub keys: Vec<&'s str>,
    /// A slice of the source at the first key, for its position.
    pub at: &'s str,
}

/// What a pattern says.
#[derive(Debug, Default)]
pub struct Shape<'s> {
    /// Every way through its choices.
    pub paths: Vec<Path>,
    /// Every choice, nested ones included.
    pub choices: Vec<Choice<'s>>,
    /// Every text and string literal, as slices of the source.
    pub texts: Vec<&'s str>,
    /// The text along the default variants, with placeables as [`PLACEHOLDER`].
    pub plain: String,
    /// Placeables used anywhere.
    pub all: BTreeSet<String>,
    /// Placeables used on every way through the choices: the ones a translation must keep.
    pub required: BTreeSet<String>,
}

impl<'s> Shape<'s> {
    /// Reads a pattern.
    pub fn of(pattern: &Pattern<&'s str>) -> Self {
        let mut shape = Shape::default();
        shape.paths = walk(
            pattern,
            vec![Path::default()],
            &mut shape.choices,
            &mut shape.texts,
        );
        shape.plain = plain(pattern);
        shape.all = shape
            .paths
            .iter()
            .flat_map(|p| p.references.iter().chain(&p.selectors))
            .cloned()
            .collect();
        let mut paths = shape.paths.iter();
        if let Some(first) = paths.next() {
            let mut required: BTreeSet<String> =
                first.references.union(&first.selectors).cloned().collect();
            for path in paths {
                required.retain(|r| path.references.contains(r) || path.selectors.contains(r));
            }
            shape.required = required;
        }
        shape
    }
}

/// An entry's ID as the check names it: terms with their leading `-`.
pub fn id_of<'s>(entry: &Entry<&'s str>) -> Option<(String, &'s str)> {
    match entry {
        Entry::Message(message) => Some((message.id.name.to_owned(), message.id.name)),
        Entry::Term(term) => Some((format!("-{}", term.id.name), term.id.name)),
        _ => None,
    }
}

/// An entry's value, attributes and comment lines.
pub struct Parts<'e, 's> {
    /// The value, if any.
    pub value: Option<&'e Pattern<&'s str>>,
    /// The attributes in order.
    pub attributes: &'e [Attribute<&'s str>],
    /// The comment's lines.
    pub comment: &'e [&'s str],
    /// Whether it is a term.
    pub term: bool,
}

impl<'e, 's> Parts<'e, 's> {
    /// The parts of a message or term; `None` for comments and junk.
    pub fn of(entry: &'e Entry<&'s str>) -> Option<Self> {
        match entry {
            Entry::Message(message) => Some(Parts {
                value: message.value.as_ref(),
                attributes: &message.attributes,
                comment: message.comment.as_ref().map_or(&[], |c| &c.content),
                term: false,
            }),
            Entry::Term(term) => Some(Parts {
                value: Some(&term.value),
                attributes: &term.attributes,
                comment: term.comment.as_ref().map_or(&[], |c| &c.content),
                term: true,
            }),
            _ => None,
        }
    }

    /// The attribute of this name.
    pub fn attribute(&self, name: &str) -> Option<&'e Attribute<&'s str>> {
        self.attributes.iter().find(|a| a.id.name == name)
    }

    /// The warnings a comment line `check-ignore: unchanged, end-punctuation` waives for this
    /// entry, for the translator who has looked and decided (a word that is the same in both
    /// languages, say). Errors cannot be waived: they break the message.
    pub fn ignored(&self) -> Vec<&'s str> {
        self.comment
            .iter()
            .filter_map(|line| line.trim().strip_prefix("check-ignore:"))
            .flat_map(|list| list.split(','))
            .map(str::trim)
            .filter(|word| !word.is_empty())
            .collect()
    }

    /// The maximum length a comment line `max-length: N` sets, for button labels.
    pub fn max_length(&self) -> Option<usize> {
        self.comment.iter().find_map(|line| {
            let rest = line.trim().strip_prefix("max-length:")?;
            rest.trim().parse().ok()
        })
    }
}

fn walk<'s>(
    pattern: &Pattern<&'s str>,
    mut paths: Vec<Path>,
    choices: &mut Vec<Choice<'s>>,
    texts: &mut Vec<&'s str>,
) -> Vec<Path> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => texts.push(value),
            PatternElement::Placeable { expression } => {
                paths = walk_expression(expression, paths, choices, texts);
            }
        }
    }
    paths
}

fn walk_expression<'s>(
    expression: &Expression<&'s str>,
    paths: Vec<Path>,
    choices: &mut Vec<Choice<'s>>,
    texts: &mut Vec<&'s str>,
) -> Vec<Path> {
    match expression {
        Expression::Inline(inline) => {
            let mut found = BTreeSet::new();
            references(inline, &mut found, texts);
            paths
                .into_iter()
                .map(|mut path| {
                    path.references.extend(found.iter().cloned());
                    path
                })
                .collect()
        }
        Expression::Select { selector, variants } => {
            let mut selectors = BTreeSet::new();
            references(selector, &mut selectors, texts);
            let keys: Vec<&'s str> = variants.iter().map(|v| key_text(&v.key)).collect();
            choices.push(Choice {
                at: keys.first().copied().unwrap_or_default(),
                keys,
            });
            let mut result = Vec::new();
            for path in paths {
                for variant in variants {
                    let mut start = path.clone();
                    start.selectors.extend(selectors.iter().cloned());
                    let key = key_text(&variant.key);
                    start.label = if start.label.is_empty() {
                        key.to_owned()
                    } else {
                        format!("{}/{key}", start.label)
                    };
                    result.extend(walk(&variant.value, vec![start], choices, texts));
                    if result.len() >= MAX_PATHS {
                        result.truncate(MAX_PATHS);
                        return result;
                    }
                }
            }
            result
        }
    }
}

fn key_text<'s>(key: &VariantKey<&'s str>) -> &'s str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

fn references<'s>(
    inline: &InlineExpression<&'s str>,
    found: &mut BTreeSet<String>,
    texts: &mut Vec<&'s str>,
) {
    match inline {
        InlineExpression::StringLiteral { value } => texts.push(value),
        InlineExpression::NumberLiteral { .. } => {}
        InlineExpression::VariableReference { id } => {
            found.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, attribute } => {
            found.insert(match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_owned(),
            });
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            found.insert(match attribute {
                Some(attribute) => format!("-{}.{}", id.name, attribute.name),
                None => format!("-{}", id.name),
            });
            if let Some(arguments) = arguments {
                argument_references(arguments, found, texts);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            argument_references(arguments, found, texts);
        }
        InlineExpression::Placeable { expression } => match expression.as_ref() {
            Expression::Inline(inner) => references(inner, found, texts),
            Expression::Select { selector, variants } => {
                references(selector, found, texts);
                for variant in variants {
                    for path in walk(
                        &variant.value,
                        vec![Path::default()],
                        &mut Vec::new(),
                        texts,
                    ) {
                        found.extend(path.references);
                    }
                }
            }
        },
    }
}

fn argument_references<'s>(
    arguments: &CallArguments<&'s str>,
    found: &mut BTreeSet<String>,
    texts: &mut Vec<&'s str>,
) {
    for positional in &arguments.positional {
        references(positional, found, texts);
    }
    for named in &arguments.named {
        references(&named.value, found, texts);
    }
}

/// The text along the default variants, string literals included, placeables as placeholders.
fn plain(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value);
                }
                Expression::Inline(_) => out.push(PLACEHOLDER),
                Expression::Select { variants, .. } => {
                    if let Some(default) = variants.iter().find(|v| v.default).or(variants.first())
                    {
                        out.push_str(&plain(&default.value));
                    }
                }
            },
        }
    }
    out
}

/// How a reference is written in Fluent, for messages: `{ $count }`, `{ -mitid }`.
pub fn written(reference: &str) -> String {
    format!("{{ {reference} }}")
}
