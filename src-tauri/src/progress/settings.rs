//! The user's settings, stored as key/value rows so a new setting needs no migration and one
//! unreadable value does not cost the others.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use rusqlite::{Connection, Transaction};

use super::ProgressError;

/// The text sizes the UI offers, in percent.
pub const TEXT_SIZES: RangeInclusive<u16> = 100..=200;

/// The longest language tag accepted; BCP 47 recommends supporting at least this length.
const MAX_TAG_LEN: usize = 35;

const LOCALE: &str = "locale";
const SECOND_LANGUAGE: &str = "second_language";
const TEXT_SIZE: &str = "text_size";
const HIGH_CONTRAST: &str = "high_contrast";

/// The user's choices.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The chosen UI language; `None` until the user picks one on first start.
    pub locale: Option<String>,
    /// The language tried before Danish when a text is missing in the chosen one.
    pub second_language: String,
    /// Text size in percent, within [`TEXT_SIZES`].
    pub text_size: u16,
    /// Whether the high-contrast theme is on.
    pub high_contrast: bool,
}

impl Default for Settings {
    /// The settings of a first start.
    fn default() -> Self {
        Self {
            locale: None,
            second_language: "en".to_owned(),
            text_size: 100,
            high_contrast: false,
        }
    }
}

impl Settings {
    pub(super) fn validate(&self) -> Result<(), ProgressError> {
        if !TEXT_SIZES.contains(&self.text_size) {
            return Err(ProgressError::TextSize(self.text_size));
        }
        let tags = self
            .locale
            .iter()
            .map(|locale| (LOCALE, locale))
            .chain([(SECOND_LANGUAGE, &self.second_language)]);
        for (setting, value) in tags {
            if !is_language_tag(value) {
                return Err(ProgressError::LanguageTag {
                    setting,
                    value: value.clone(),
                });
            }
        }
        Ok(())
    }
}

/// Reads the settings, keeping the default for every value that is missing or unreadable.
pub(super) fn read(conn: &Connection) -> rusqlite::Result<Settings> {
    let stored: HashMap<String, String> = conn
        .prepare("SELECT key, value FROM settings")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .flatten()
        .collect();
    let value = |key: &str| stored.get(key).map(String::as_str);
    let defaults = Settings::default();
    Ok(Settings {
        locale: value(LOCALE)
            .filter(|tag| is_language_tag(tag))
            .map(str::to_owned),
        second_language: value(SECOND_LANGUAGE)
            .filter(|tag| is_language_tag(tag))
            .map_or(defaults.second_language, str::to_owned),
        text_size: value(TEXT_SIZE)
            .and_then(|size| size.parse().ok())
            .filter(|size| TEXT_SIZES.contains(size))
            .unwrap_or(defaults.text_size),
        high_contrast: match value(HIGH_CONTRAST) {
            Some("1") => true,
            Some("0") => false,
            _ => defaults.high_contrast,
        },
    })
}

/// Replaces the stored settings; the caller has validated them.
pub(super) fn write(tx: &Transaction<'_>, settings: &Settings) -> rusqlite::Result<()> {
    let text_size = settings.text_size.to_string();
    let high_contrast = if settings.high_contrast { "1" } else { "0" };
    let rows = [
        (LOCALE, settings.locale.as_deref()),
        (SECOND_LANGUAGE, Some(settings.second_language.as_str())),
        (TEXT_SIZE, Some(text_size.as_str())),
        (HIGH_CONTRAST, Some(high_contrast)),
    ];
    for (key, value) in rows {
        match value {
            Some(value) => tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?,
            None => tx.execute("DELETE FROM settings WHERE key = ?1", [key])?,
        };
    }
    Ok(())
}

/// A BCP 47-shaped tag such as `ar` or `ur-PK`: ASCII letters and digits in short subtags.
fn is_language_tag(tag: &str) -> bool {
    tag.len() <= MAX_TAG_LEN
        && tag.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
