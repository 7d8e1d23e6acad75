//! Locale-aware number formatting, plugged into every bundle. Fluent itself prints numbers the
//! same in every language; CLDR says Danish writes 1.000,5, Arabic ١٬٠٠٠٫٥.

use fluent::types::FluentNumber;
use fluent::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// Separators and digits of one locale, from CLDR's default numbering system for the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NumberSymbols {
    group: char,
    decimal: char,
    /// The zero digit; the other nine follow it in Unicode.
    zero: char,
}

impl NumberSymbols {
    /// The symbols for a language (CLDR 46 `latn`/`arab` defaults; unknown languages get English).
    pub(super) fn of(language: &str) -> Self {
        let (group, decimal, zero) = match language {
            "da" | "tr" => ('.', ',', '0'),
            "ar" => ('\u{066c}', '\u{066b}', '\u{0660}'),
            _ => (',', '.', '0'),
        };
        Self {
            group,
            decimal,
            zero,
        }
    }

    /// Formats the plain digits Fluent produced (`-1234.5`) with these symbols.
    pub(super) fn apply(&self, plain: &str) -> String {
        let (sign, digits) = plain
            .strip_prefix('-')
            .map_or(("", plain), |rest| ("-", rest));
        let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let mut out = String::from(sign);
        let count = integer.chars().count();
        for (i, c) in integer.chars().enumerate() {
            if i > 0 && (count - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(self.digit(c));
        }
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.extend(fraction.chars().map(|c| self.digit(c)));
        }
        out
    }

    fn digit(&self, c: char) -> char {
        c.to_digit(10)
            .and_then(|d| char::from_u32(self.zero as u32 + d))
            .unwrap_or(c)
    }
}

impl Memoizable for NumberSymbols {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self::of(lang.language.as_str()))
    }
}

/// The formatter every bundle uses for numbers; other values keep Fluent's own formatting.
pub(super) fn format(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let plain = FluentNumber::as_string(number);
    memoizer
        .with_try_get::<NumberSymbols, _, _>((), |symbols| symbols.apply(&plain))
        .ok()
}
