//! Locale identity, writing direction, and the cleaning of operating-system locale names.

use serde::Serialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// A locale that Trinvis has files for; only the `Localizer` hands these out.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Locale(pub(super) LanguageIdentifier);

impl Locale {
    /// The BCP 47 tag, such as `ar` or `da`.
    pub fn tag(&self) -> String {
        self.0.to_string()
    }

    /// The writing direction of the locale's script.
    pub fn direction(&self) -> Direction {
        match self.0.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }
}

/// Writing direction, serialised as the HTML `dir` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// Turns a POSIX name such as `ar_EG.UTF-8@latin` into a BCP 47 tag such as `ar-EG`.
pub(super) fn clean_os_tag(name: &str) -> String {
    let end = name.find(['.', '@']).unwrap_or(name.len());
    name[..end].replace('_', "-")
}
