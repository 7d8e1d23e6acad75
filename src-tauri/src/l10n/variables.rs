//! The variables a message uses, so that it is formatted with those values alone: building
//! Fluent's arguments from all thirty-odd global facts for every message took most of the time
//! formatting did (docs/benchmarks.md).

use std::borrow::Cow;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{CallArguments, Expression, InlineExpression, Pattern, PatternElement};

use super::Value;

/// How deep message references are followed. Fluent reports a cycle as an error; past this depth
/// a message is given every value, as if nothing were known of what it uses.
const MAX_DEPTH: usize = 16;

/// Where a message's variables come from: its own arguments first, then the values every message
/// may use.
pub(super) struct Values<'a> {
    /// The arguments the caller gave this message.
    pub own: Option<&'a FluentArgs<'static>>,
    /// The values every message may use, sorted by name.
    pub globals: &'a [(String, Value)],
}

impl<'a> Values<'a> {
    /// No arguments and no globals.
    pub const NONE: Values<'static> = Values {
        own: None,
        globals: &[],
    };

    /// Fluent's arguments for `pattern`: the values of the variables it uses, and of those used
    /// by the messages it references, borrowed rather than copied.
    pub fn for_pattern<'b>(
        &self,
        bundle: &'b FluentBundle<FluentResource>,
        pattern: &'b Pattern<&'b str>,
    ) -> FluentArgs<'a> {
        let mut used = Used::default();
        used.pattern(bundle, pattern, 0);
        if used.unknown {
            return self.all();
        }
        let mut args = FluentArgs::with_capacity(used.names.len());
        for name in used.names {
            if let Some((key, value)) = self.get(name) {
                args.set(key, value);
            }
        }
        args
    }

    /// Every global, with the message's own arguments laid over them.
    fn all(&self) -> FluentArgs<'a> {
        let own = self.own.into_iter().flat_map(FluentArgs::iter);
        let mut args = FluentArgs::with_capacity(self.globals.len());
        for (name, value) in self.globals {
            args.set(name.as_str(), value.as_fluent());
        }
        for (name, value) in own {
            args.set(name, borrowed(value));
        }
        args
    }

    /// One variable's name and value, from the message's own arguments or else the globals.
    fn get(&self, name: &str) -> Option<(&'a str, FluentValue<'a>)> {
        let own = self
            .own
            .into_iter()
            .flat_map(FluentArgs::iter)
            .find(|(key, _)| *key == name);
        if let Some((key, value)) = own {
            return Some((key, borrowed(value)));
        }
        let globals = self.globals;
        let at = globals
            .binary_search_by(|(key, _)| key.as_str().cmp(name))
            .ok()?;
        let (key, value) = &globals[at];
        Some((key.as_str(), value.as_fluent()))
    }
}

/// A value that borrows the text of another instead of copying it.
fn borrowed<'a>(value: &'a FluentValue<'_>) -> FluentValue<'a> {
    match value {
        FluentValue::String(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
        other => other.clone(),
    }
}

/// The variable names a pattern uses, each once.
#[derive(Default)]
struct Used<'b> {
    names: Vec<&'b str>,
    /// A reference chain was too deep to follow, so the names may be incomplete.
    unknown: bool,
}

impl<'b> Used<'b> {
    fn pattern(
        &mut self,
        bundle: &'b FluentBundle<FluentResource>,
        pattern: &'b Pattern<&'b str>,
        depth: usize,
    ) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(bundle, expression, depth);
            }
        }
    }

    fn expression(
        &mut self,
        bundle: &'b FluentBundle<FluentResource>,
        expression: &'b Expression<&'b str>,
        depth: usize,
    ) {
        match expression {
            Expression::Inline(inline) => self.inline(bundle, inline, depth),
            Expression::Select { selector, variants } => {
                self.inline(bundle, selector, depth);
                for variant in variants {
                    self.pattern(bundle, &variant.value, depth);
                }
            }
        }
    }

    fn inline(
        &mut self,
        bundle: &'b FluentBundle<FluentResource>,
        inline: &'b InlineExpression<&'b str>,
        depth: usize,
    ) {
        match inline {
            InlineExpression::VariableReference { id } => {
                if !self.names.contains(&id.name) {
                    self.names.push(id.name);
                }
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                self.call(bundle, arguments, depth);
            }
            // A term sees only the arguments written in the reference, never the caller's.
            InlineExpression::TermReference { arguments, .. } => {
                if let Some(arguments) = arguments {
                    self.call(bundle, arguments, depth);
                }
            }
            // A referenced message is formatted with the caller's arguments.
            InlineExpression::MessageReference { id, attribute } => {
                if depth >= MAX_DEPTH {
                    self.unknown = true;
                    return;
                }
                let Some(message) = bundle.get_message(id.name) else {
                    return;
                };
                let pattern = match attribute {
                    Some(attribute) => message.get_attribute(attribute.name).map(|a| a.value()),
                    None => message.value(),
                };
                if let Some(pattern) = pattern {
                    self.pattern(bundle, pattern, depth + 1);
                }
            }
            InlineExpression::Placeable { expression } => {
                self.expression(bundle, expression, depth);
            }
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn call(
        &mut self,
        bundle: &'b FluentBundle<FluentResource>,
        arguments: &'b CallArguments<&'b str>,
        depth: usize,
    ) {
        for argument in &arguments.positional {
            self.inline(bundle, argument, depth);
        }
        for argument in &arguments.named {
            self.inline(bundle, &argument.value, depth);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{embedded, load_with, plural, Args, Places};
    use super::*;

    /// A message formatted with `args`, as `try_format` does, with Fluent's errors counted.
    fn formatted(
        bundle: &FluentBundle<FluentResource>,
        plurals: Option<&plural::Plurals>,
        pattern: &Pattern<&str>,
        args: &FluentArgs<'_>,
    ) -> (String, usize) {
        let pattern = match plurals {
            Some(plurals) => plural::choose(pattern, Some(args), plurals),
            None => Cow::Borrowed(pattern),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(&pattern, Some(args), &mut errors);
        (text.into_owned(), errors.len())
    }

    #[test]
    fn every_built_in_message_reads_the_same_with_only_the_variables_it_uses() {
        let content = crate::content::ContentStore::embedded().expect("the content store opens");
        let mut globals = content.facts().expect("the facts read");
        globals.sort_by(|a, b| a.0.cmp(&b.0));
        assert!(globals.len() > 10, "{} globals", globals.len());
        let own = Args::new().text("name", "Ali").number("count", 3);
        let mut compared = 0;
        for tag in embedded::tags() {
            let loaded = load_with(
                embedded::sources_of(tag),
                tag,
                Places::Drop,
                &mut Vec::new(),
            )
            .expect("the locale loads");
            for own in [None, Some(&own.0)] {
                let values = Values {
                    own,
                    globals: &globals,
                };
                for id in loaded.files.values().flatten() {
                    let Some(pattern) = loaded.bundle.get_message(id).and_then(|m| m.value())
                    else {
                        continue;
                    };
                    let plurals = loaded.plurals.as_ref();
                    let used = values.for_pattern(&loaded.bundle, pattern);
                    assert_eq!(
                        formatted(&loaded.bundle, plurals, pattern, &used),
                        formatted(&loaded.bundle, plurals, pattern, &values.all()),
                        "{tag}: {id}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 5_000, "{compared} messages compared");
    }

    #[test]
    fn a_referenced_messages_variables_are_found_and_a_terms_are_not() {
        let resource = FluentResource::try_new(
            "-brand = { $brand }\n\
             inner = { $phone } or { NUMBER($days) }\n\
             outer = Call { inner } about { -brand } { $kind ->\n  [a] { $age }\n *[b] x\n}\n\
             loop = { loop }\n"
                .to_owned(),
        )
        .expect("parses");
        let mut bundle = FluentBundle::new_concurrent(vec!["da".parse().expect("tag")]);
        bundle.add_resource(resource).expect("adds");
        let globals: Vec<(String, Value)> = ["age", "brand", "days", "kind", "phone"]
            .iter()
            .map(|name| ((*name).to_owned(), Value::Number(1.0)))
            .collect();
        let values = Values {
            own: None,
            globals: &globals,
        };
        let names = |id: &str| {
            let pattern = bundle.get_message(id).and_then(|m| m.value()).expect(id);
            let args = values.for_pattern(&bundle, pattern);
            args.iter()
                .map(|(name, _)| name.to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("outer"), ["age", "days", "kind", "phone"]);
        // A cycle is followed only so far, then the message gets every value.
        assert_eq!(names("loop").len(), globals.len());
    }
}
