//! CLDR plural rules from ICU4X's compiled CLDR data: which plural categories a language has,
//! and which one a number takes. Fluent's own rules (intl_pluralrules 7) ignore `n % 100` in
//! Arabic, so 103 came out "other" instead of "few"; selection therefore goes through here.

use std::borrow::Cow;

use fixed_decimal::Decimal;
use fluent::{FluentArgs, FluentValue};
use fluent_syntax::ast::{
    Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey,
};
use icu_locale_core::Locale as IcuLocale;
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};

/// One language's cardinal plural rules.
pub struct Plurals(PluralRules);

impl std::fmt::Debug for Plurals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Plurals").field(&self.categories()).finish()
    }
}

impl Plurals {
    /// The rules for a BCP 47 tag; a language CLDR does not know gets the root rules (only
    /// "other"), and a tag that does not parse gets `None`.
    pub fn for_tag(tag: &str) -> Option<Self> {
        let locale = IcuLocale::try_from_str(tag).ok()?;
        PluralRules::try_new_cardinal((&locale).into())
            .ok()
            .map(Self)
    }

    /// The language's categories in CLDR order (zero, one, two, few, many, other).
    pub fn categories(&self) -> Vec<&'static str> {
        self.0.categories().map(name).collect()
    }

    /// The category of a number, such as "few" for 103 in Arabic.
    pub fn category(&self, number: f64) -> &'static str {
        // Rust prints the shortest exact decimal, which is also how CLDR reads the operands.
        let decimal: Option<Decimal> = format!("{}", number.abs()).parse().ok();
        decimal.map_or("other", |decimal| {
            name(self.0.category_for(PluralOperands::from(&decimal)))
        })
    }
}

/// Whether a word is one of CLDR's plural category names.
pub fn is_category(word: &str) -> bool {
    PluralCategory::get_for_cldr_string(word).is_some()
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The pattern with every choice on a number argument already made by CLDR's rules: each such
/// choice keeps only its chosen variant, as the default, so Fluent formats it exactly as it
/// would have (isolation marks included) but cannot choose differently.
pub fn choose<'p>(
    pattern: &'p Pattern<&'p str>,
    args: Option<&FluentArgs<'_>>,
    plurals: &Plurals,
) -> Cow<'p, Pattern<&'p str>> {
    match args {
        Some(args) if has_number_choice(pattern, args) => {
            Cow::Owned(chosen_pattern(pattern, args, plurals))
        }
        _ => Cow::Borrowed(pattern),
    }
}

fn number_argument(selector: &InlineExpression<&str>, args: &FluentArgs<'_>) -> Option<f64> {
    match selector {
        InlineExpression::VariableReference { id } => match args.get(id.name) {
            Some(FluentValue::Number(number)) => Some(number.value),
            _ => None,
        },
        _ => None,
    }
}

fn has_number_choice(pattern: &Pattern<&str>, args: &FluentArgs<'_>) -> bool {
    pattern.elements.iter().any(|element| match element {
        PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } => {
            number_argument(selector, args).is_some()
                || variants.iter().any(|v| has_number_choice(&v.value, args))
        }
        _ => false,
    })
}

fn chosen_pattern<'p>(
    pattern: &Pattern<&'p str>,
    args: &FluentArgs<'_>,
    plurals: &Plurals,
) -> Pattern<&'p str> {
    let elements = pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                let variants = match number_argument(selector, args) {
                    Some(number) => vec![chosen_variant(variants, number, plurals)],
                    None => variants.clone(),
                };
                let variants = variants
                    .into_iter()
                    .map(|variant| Variant {
                        value: chosen_pattern(&variant.value, args, plurals),
                        ..variant
                    })
                    .collect();
                PatternElement::Placeable {
                    expression: Expression::Select {
                        selector: selector.clone(),
                        variants,
                    },
                }
            }
            other => other.clone(),
        })
        .collect();
    Pattern { elements }
}

/// An exact number key first, then the CLDR category, then the default: Fluent's own order.
fn chosen_variant<'p>(
    variants: &[Variant<&'p str>],
    number: f64,
    plurals: &Plurals,
) -> Variant<&'p str> {
    let category = plurals.category(number);
    let exact = variants.iter().find(|v| match &v.key {
        VariantKey::NumberLiteral { value } => value.parse::<f64>().is_ok_and(|key| key == number),
        VariantKey::Identifier { .. } => false,
    });
    let by_category = || {
        variants.iter().find(|v| match &v.key {
            VariantKey::Identifier { name } => *name == category,
            VariantKey::NumberLiteral { .. } => false,
        })
    };
    let chosen = exact
        .or_else(by_category)
        .or_else(|| variants.iter().find(|v| v.default))
        .or(variants.first());
    match chosen {
        Some(variant) => Variant {
            default: true,
            ..variant.clone()
        },
        // The parser never makes a choice without variants; keep the text empty if one did.
        None => Variant {
            key: VariantKey::Identifier { name: "other" },
            value: Pattern {
                elements: Vec::new(),
            },
            default: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories(tag: &str) -> Vec<&'static str> {
        Plurals::for_tag(tag).expect("a valid tag").categories()
    }

    #[test]
    fn each_locale_has_its_cldr_categories() {
        assert_eq!(
            categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        for tag in ["da", "en", "so", "tr", "ur"] {
            assert_eq!(categories(tag), ["one", "other"], "{tag}");
        }
        // Languages CLDR gives more forms, to show the data is real and not a table of ours.
        assert_eq!(categories("pl"), ["one", "few", "many", "other"]);
        assert_eq!(categories("ja"), ["other"]);
        assert_eq!(categories("en-XA"), ["one", "other"]);
    }

    #[test]
    fn arabic_numbers_take_the_category_of_their_last_two_digits() {
        let ar = Plurals::for_tag("ar").expect("Arabic");
        let cases = [
            (0.0, "zero"),
            (1.0, "one"),
            (2.0, "two"),
            (3.0, "few"),
            (10.0, "few"),
            (11.0, "many"),
            (99.0, "many"),
            (100.0, "other"),
            (102.0, "other"),
            (103.0, "few"),
            (111.0, "many"),
            (120.0, "many"),
            (1.5, "other"),
        ];
        for (number, category) in cases {
            assert_eq!(ar.category(number), category, "{number}");
        }
    }

    #[test]
    fn somali_urdu_turkish_and_danish_have_one_and_other() {
        for tag in ["so", "ur", "tr", "da"] {
            let rules = Plurals::for_tag(tag).expect("a valid tag");
            assert_eq!(rules.category(1.0), "one", "{tag}");
            assert_eq!(rules.category(2.0), "other", "{tag}");
            assert_eq!(rules.category(0.0), "other", "{tag}");
        }
    }

    #[test]
    fn a_bad_tag_has_no_rules() {
        assert!(Plurals::for_tag("not a tag").is_none());
    }
}
