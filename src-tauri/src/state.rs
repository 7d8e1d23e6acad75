//! The app's state, free of Tauri so it is tested without a window.

use std::sync::{PoisonError, RwLock};

use crate::l10n::{id, Args, Chain, Localizer, UnknownLocale};
use crate::views::{self, UiView};

/// The second language tried before Danish when a message is missing.
const DEFAULT_SECOND_LANGUAGE: &str = "en";

/// Locale tags from IPC are shown back to the user; longer ones are cut to this many characters.
const MAX_SHOWN_TAG: usize = 32;

/// The loaded locales and the user's current choice.
pub struct AppState {
    l10n: Localizer,
    chain: RwLock<Chain>,
}

impl AppState {
    /// Starts with the best locale for the operating system's preferred languages.
    pub fn new(l10n: Localizer, os_locales: &[String]) -> Self {
        let primary = l10n.negotiate(os_locales);
        let second = l10n.locale(DEFAULT_SECOND_LANGUAGE).ok();
        Self {
            chain: RwLock::new(Chain::new(primary, second)),
            l10n,
        }
    }

    /// The loaded locales.
    pub fn l10n(&self) -> &Localizer {
        &self.l10n
    }

    /// The current fallback chain.
    pub fn chain(&self) -> Chain {
        self.chain
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The whole UI in the current locale.
    pub fn ui_view(&self) -> UiView {
        views::ui_view(&self.l10n, &self.chain())
    }

    /// Switches the UI to the locale with this tag.
    pub fn set_locale(&self, tag: &str) -> Result<UiView, UnknownLocale> {
        let locale = self.l10n.locale(tag)?;
        let mut chain = self.chain.write().unwrap_or_else(PoisonError::into_inner);
        let second = self.l10n.locale(DEFAULT_SECOND_LANGUAGE).ok();
        *chain = Chain::new(locale, second);
        Ok(views::ui_view(&self.l10n, &chain))
    }

    /// Tells the user, in the current locale, that a language does not exist.
    pub fn describe_unknown_locale(&self, error: &UnknownLocale) -> String {
        let shown: String = error.tag.chars().take(MAX_SHOWN_TAG).collect();
        let args = Args::new().text("tag", shown);
        self.l10n
            .format(&self.chain(), id::ERROR_UNKNOWN_LOCALE, Some(&args))
    }
}
