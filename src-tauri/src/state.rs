//! The app's core state, free of Tauri so it is tested without a window: locales, content,
//! the user's progress, and the language chain chosen from them.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use crate::content::{ContentError, ContentStore};
use crate::l10n::Value;
use crate::l10n::{id, pseudo, Args, Chain, Localizer, MessageRef, UnknownLocale};
use crate::plan::{self, PlanError};
use crate::practice::{Outcome, PracticeError, PracticeValues, Session, Typed};
use crate::progress::{Notice, ProgressError, ProgressStore, Settings};
use crate::translation::{self, Translation, TranslationError, TranslatorView};
use crate::views::{
    GuideView, HandoutPage, PlanView, PracticeNotes, PracticeView, PresentationView, SearchView,
    TermView, UiView, Views, TEXT_SIZES,
};

/// The second language when the user has not chosen one.
const DEFAULT_SECOND_LANGUAGE: &str = "en";

/// Values from IPC that are shown back to the user are cut to this many characters.
const MAX_SHOWN: usize = 32;

/// Why a request to the core failed.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// No language has this tag.
    #[error(transparent)]
    UnknownLocale(#[from] UnknownLocale),
    /// No guide has this ID.
    #[error("there is no guide `{0}`")]
    UnknownGuide(String),
    /// The guide has no such step.
    #[error("guide `{guide}` has no step {step}")]
    UnknownStep {
        /// The guide.
        guide: String,
        /// The step asked for.
        step: u32,
    },
    /// No practice flow has this ID.
    #[error("there is no practice flow `{0}`")]
    UnknownFlow(String),
    /// A practice request came while no practice was open.
    #[error("no practice is open")]
    NoPractice,
    /// The open practice refused the request.
    #[error(transparent)]
    Practice(#[from] PracticeError),
    /// A setting had a value it cannot take.
    #[error("text size {0} % is not offered")]
    TextSize(u16),
    /// The content store failed.
    #[error(transparent)]
    Content(ContentError),
    /// The progress database failed to save.
    #[error(transparent)]
    Progress(#[from] ProgressError),
    /// A folder could not be opened for translator mode.
    #[error(transparent)]
    Translation(#[from] TranslationError),
    /// A window could not be opened or closed.
    #[error("the window could not be opened or closed: {0}")]
    Window(String),
    /// A session plan file could not be written or read.
    #[error(transparent)]
    Plan(#[from] PlanError),
}

impl From<ContentError> for CoreError {
    fn from(error: ContentError) -> Self {
        match error {
            ContentError::UnknownGuide(guide) => CoreError::UnknownGuide(guide),
            ContentError::UnknownFlow(flow) => CoreError::UnknownFlow(flow),
            other => CoreError::Content(other),
        }
    }
}

/// The settings a user can change on the settings screen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SettingsChange {
    /// The language tried when a text is missing in the chosen one.
    pub second_language: String,
    /// Text size in percent; one of the offered sizes.
    pub text_size: u16,
    /// High-contrast colours.
    pub high_contrast: bool,
}

/// Locales, content and progress, and the user's current language chain.
pub struct AppState {
    /// The texts shown: the built-in ones, or a folder's in translator mode.
    l10n: RwLock<Arc<Localizer>>,
    /// The built-in texts, to return to when translator mode ends.
    built_in: Arc<Localizer>,
    /// Translator mode's folder and its last check, when it is on.
    translation: Mutex<Option<Translation>>,
    /// The values every message may use, set on every localizer loaded.
    globals: Vec<(String, crate::l10n::Value)>,
    content: ContentStore,
    progress: ProgressStore,
    /// The settings in force; saved to `progress` when possible, so a full or read-only disk
    /// never stops the user.
    settings: RwLock<Settings>,
    chain: RwLock<Chain>,
    notice: Mutex<Option<Notice>>,
    /// Why the translator folder given at launch could not be used, told with the notice.
    refused: Mutex<Option<CoreError>>,
    /// The open practice; what the learner types lives here and nowhere else.
    practice: Mutex<Option<OpenPractice>>,
    /// The session plan in force; saved to `progress` when possible, like the settings.
    plan: Mutex<Vec<String>>,
}

/// An open practice, and the group's language when it is run for a group.
struct OpenPractice {
    session: Session,
    audience: Option<Chain>,
}

impl AppState {
    /// Starts in the saved language, else the best one for the operating system's languages.
    pub fn new(
        mut l10n: Localizer,
        content: ContentStore,
        mut progress: ProgressStore,
        os_locales: &[String],
    ) -> Result<Self, ContentError> {
        let globals = content.facts()?;
        l10n.set_globals(globals.clone());
        let settings = progress.settings();
        let chain = chain_for(&l10n, &settings, os_locales);
        let notice = progress.take_notice();
        // A guide dropped from the content since the plan was saved is dropped from the plan.
        let plan = progress
            .session_plan()
            .into_iter()
            .filter(|guide| content.guide(guide).is_ok())
            .collect();
        let l10n = Arc::new(l10n);
        Ok(Self {
            built_in: Arc::clone(&l10n),
            l10n: RwLock::new(l10n),
            translation: Mutex::new(None),
            globals,
            content,
            progress,
            settings: RwLock::new(settings),
            chain: RwLock::new(chain),
            notice: Mutex::new(notice),
            refused: Mutex::new(None),
            practice: Mutex::new(None),
            plan: Mutex::new(plan),
        })
    }

    /// The texts shown now.
    pub fn l10n(&self) -> Arc<Localizer> {
        Arc::clone(&self.l10n.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// The current language chain.
    pub fn chain(&self) -> Chain {
        self.chain
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Runs `work` with view builders in the current texts and language.
    fn with_views<T>(&self, work: impl FnOnce(&Views<'_>) -> T) -> T {
        let l10n = self.l10n();
        let chain = self.chain();
        work(&Views {
            l10n: &l10n,
            content: &self.content,
            progress: &self.progress,
            chain: &chain,
        })
    }

    /// The UI shell and home screen in the current language.
    pub fn ui_view(&self) -> Result<UiView, CoreError> {
        let chain = self.chain();
        let notice = self
            .notice
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let mut told: Vec<String> = notice
            .map(|n| self.describe_notice(&n, &chain))
            .into_iter()
            .collect();
        if let Some(error) = self
            .refused
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            told.push(self.describe(error));
        }
        let notice = (!told.is_empty()).then(|| told.join(" "));
        let settings = self
            .settings
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let mut view = self.with_views(|views| views.ui(&settings, notice))?;
        view.translator = self.translating();
        Ok(view)
    }

    /// Puts new settings in force and saves them if the disk allows.
    fn apply(&self, settings: Settings) {
        *self.chain.write().unwrap_or_else(PoisonError::into_inner) =
            chain_for(&self.l10n(), &settings, &[]);
        let saved = self.progress.save_settings(&settings);
        *self
            .settings
            .write()
            .unwrap_or_else(PoisonError::into_inner) = settings;
        self.keep(saved);
    }

    /// A failed save becomes a notice: the user keeps working, and is told once.
    fn keep(&self, saved: Result<(), ProgressError>) {
        if let Err(error) = saved {
            let notice = Notice::NotSaved {
                reason: error.to_string(),
            };
            *self.notice.lock().unwrap_or_else(PoisonError::into_inner) = Some(notice);
        }
    }

    fn settings(&self) -> Settings {
        self.settings
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Switches language, remembers the choice, and returns the UI in the new language.
    pub fn set_locale(&self, tag: &str) -> Result<UiView, CoreError> {
        let l10n = self.l10n();
        let locale = l10n.locale(tag)?;
        if pseudo::transform_for(&locale.tag()).is_some() {
            // A pseudo-locale is a translator's tool for this session, never a saved choice.
            let second = self.chain().second().cloned();
            *self.chain.write().unwrap_or_else(PoisonError::into_inner) =
                Chain::new(locale, second);
            return self.ui_view();
        }
        let mut settings = self.settings();
        settings.locale = Some(locale.tag());
        self.apply(settings);
        self.ui_view()
    }

    /// Changes the second language, text size and contrast.
    pub fn change_settings(&self, change: &SettingsChange) -> Result<UiView, CoreError> {
        self.l10n().locale(&change.second_language)?;
        if !TEXT_SIZES.contains(&change.text_size) {
            return Err(CoreError::TextSize(change.text_size));
        }
        let mut settings = self.settings();
        settings.second_language = change.second_language.clone();
        settings.text_size = change.text_size;
        settings.high_contrast = change.high_contrast;
        self.apply(settings);
        self.ui_view()
    }

    /// A guide, opened where the user left off.
    pub fn guide_view(&self, id: &str) -> Result<GuideView, CoreError> {
        Ok(self.with_views(|views| views.guide(id))?)
    }

    /// The title of the presenter's notes window, in their language.
    pub fn notes_window_title(&self) -> String {
        self.l10n()
            .format(&self.chain(), id::NOTES_WINDOW_TITLE, None)
    }

    /// A guide for presenting: Danish beside the audience's language `audience`, with the notes
    /// in the presenter's own language.
    pub fn presentation(&self, id: &str, audience: &str) -> Result<PresentationView, CoreError> {
        let locale = self.l10n().locale(audience)?;
        let audience = Chain::new(locale, None);
        Ok(self.with_views(|views| views.presentation(id, &audience))?)
    }

    /// Remembers the step the user is on; reaching the last step completes the guide.
    pub fn record_step(&self, guide: &str, step: u32) -> Result<(), CoreError> {
        let steps = self.content.guide(guide)?.steps.len();
        if step as usize >= steps {
            return Err(CoreError::UnknownStep {
                guide: guide.to_owned(),
                step,
            });
        }
        self.keep(self.progress.record_step(guide, step));
        if step as usize + 1 == steps {
            self.keep(self.progress.complete_guide(guide));
        }
        Ok(())
    }

    /// The steps matching a query in the current language.
    pub fn search(&self, query: &str) -> Result<SearchView, CoreError> {
        Ok(self.with_views(|views| views.search(query))?)
    }

    /// The glossary terms matching a query; every term for an empty one.
    pub fn glossary(&self, query: &str) -> Result<Vec<TermView>, CoreError> {
        Ok(self.with_views(|views| views.glossary(query))?)
    }

    /// Opens a practice flow at its first screen; with `audience`, for a group, its texts in the
    /// group's language and the notes in the presenter's.
    pub fn start_practice(
        &self,
        flow: &str,
        audience: Option<&str>,
    ) -> Result<PracticeView, CoreError> {
        let audience = audience
            .map(|tag| Ok::<_, CoreError>(Chain::new(self.l10n().locale(tag)?, None)))
            .transpose()?;
        let flow = self.content.flow(flow)?;
        let facts = self.content.facts()?;
        let values = PracticeValues(
            facts
                .into_iter()
                .filter_map(|(name, value)| match value {
                    Value::Text(text) => Some((name, text)),
                    Value::Number(_) => None,
                })
                .collect(),
        );
        let open = OpenPractice {
            session: Session::start(flow, values),
            audience,
        };
        let view = self.practice_of(&open, &PracticeNotes::default());
        *self.practice.lock().unwrap_or_else(PoisonError::into_inner) = Some(open);
        Ok(view)
    }

    /// Changes the group's language in the open practice, on the same screen.
    pub fn practice_audience(&self, tag: &str) -> Result<PracticeView, CoreError> {
        let locale = self.l10n().locale(tag)?;
        let mut open = self.practice.lock().unwrap_or_else(PoisonError::into_inner);
        let open = open.as_mut().ok_or(CoreError::NoPractice)?;
        open.audience = Some(Chain::new(locale, None));
        Ok(self.practice_of(open, &PracticeNotes::default()))
    }

    /// The practice's screen in the group's language, if it is run for a group.
    fn practice_of(&self, open: &OpenPractice, notes: &PracticeNotes) -> PracticeView {
        self.with_views(|views| match &open.audience {
            None => views.practice(&open.session, notes),
            Some(chain) => Views { chain, ..*views }.practice(&open.session, notes),
        })
    }

    /// The presenter's note for the open practice's screen, in the presenter's own language
    /// whatever the group's.
    pub fn practice_note(&self) -> Result<String, CoreError> {
        let open = self.practice.lock().unwrap_or_else(PoisonError::into_inner);
        let open = open.as_ref().ok_or(CoreError::NoPractice)?;
        Ok(self.with_views(|views| views.presenter_note(&open.session)))
    }

    /// Takes an action on the open practice screen; a finished run records its counts.
    pub fn practice_act(&self, action: &str) -> Result<PracticeView, CoreError> {
        self.with_practice(|session| {
            let mut notes = PracticeNotes::default();
            match session.act(action)? {
                Outcome::Mistake { feedback } => notes.feedback = Some(feedback),
                Outcome::Finished => {
                    let (flow, mistakes, hints) =
                        (&session.flow().id, session.mistakes(), session.hints());
                    self.keep(
                        self.progress
                            .record_practice_attempt(flow, mistakes, hints, true),
                    );
                }
                Outcome::Moved => {}
            }
            Ok(notes)
        })
    }

    /// Takes text typed into a field of the open practice screen.
    pub fn practice_type(&self, widget: &str, text: &str) -> Result<PracticeView, CoreError> {
        self.with_practice(|session| {
            let typed = session.type_text(widget, text)?;
            Ok(PracticeNotes {
                real_details: typed == Typed::Replaced,
                ..PracticeNotes::default()
            })
        })
    }

    /// The hint for the open practice screen.
    pub fn practice_hint(&self) -> Result<PracticeView, CoreError> {
        self.with_practice(|session| {
            Ok(PracticeNotes {
                hint: Some(session.hint()),
                ..PracticeNotes::default()
            })
        })
    }

    /// Points at the right action on the open practice screen.
    pub fn practice_show_me(&self) -> Result<PracticeView, CoreError> {
        self.with_practice(|session| {
            Ok(PracticeNotes {
                show_me: session.show_me(),
                ..PracticeNotes::default()
            })
        })
    }

    /// The open practice's current screen, formatted again (after a language switch).
    pub fn practice_view(&self) -> Result<PracticeView, CoreError> {
        self.with_practice(|_| Ok(PracticeNotes::default()))
    }

    /// Starts the open practice again from its first screen.
    pub fn practice_restart(&self) -> Result<PracticeView, CoreError> {
        self.with_practice(|session| {
            session.restart();
            Ok(PracticeNotes::default())
        })
    }

    fn with_practice(
        &self,
        work: impl FnOnce(&mut Session) -> Result<PracticeNotes, CoreError>,
    ) -> Result<PracticeView, CoreError> {
        let mut open = self.practice.lock().unwrap_or_else(PoisonError::into_inner);
        let open = open.as_mut().ok_or(CoreError::NoPractice)?;
        let notes = work(&mut open.session)?;
        Ok(self.practice_of(open, &notes))
    }

    /// The session plan, with its guides' count and time.
    pub fn session_plan(&self) -> Result<PlanView, CoreError> {
        let guides = self
            .plan
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        Ok(self.with_views(|views| views.plan(&guides, 0))?)
    }

    /// Replaces the session plan; every guide must exist, and a guide named twice is kept at
    /// its first place.
    pub fn set_session_plan(&self, guides: &[String]) -> Result<PlanView, CoreError> {
        if guides.len() > plan::MAX_GUIDES {
            return Err(PlanError::TooMany(guides.len()).into());
        }
        let mut plan: Vec<String> = Vec::with_capacity(guides.len());
        for guide in guides {
            self.content.guide(guide)?;
            if !plan.contains(guide) {
                plan.push(guide.clone());
            }
        }
        self.replace_plan(plan, 0)
    }

    /// Saves the session plan to a file to share.
    pub fn export_session_plan(&self, path: &Path) -> Result<(), CoreError> {
        let guides = self
            .plan
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        Ok(plan::write(path, &guides)?)
    }

    /// Replaces the session plan with one read from a file; guides this version does not have
    /// are left out and counted in the view.
    pub fn import_session_plan(&self, path: &Path) -> Result<PlanView, CoreError> {
        let (known, unknown): (Vec<String>, Vec<String>) = plan::read(path)?
            .into_iter()
            .partition(|guide| self.content.guide(guide).is_ok());
        self.replace_plan(known, unknown.len())
    }

    fn replace_plan(&self, guides: Vec<String>, skipped: usize) -> Result<PlanView, CoreError> {
        let view = self.with_views(|views| views.plan(&guides, skipped))?;
        self.keep(self.progress.save_session_plan(&guides));
        *self.plan.lock().unwrap_or_else(PoisonError::into_inner) = guides;
        Ok(view)
    }

    /// A guide as a printable handout: one column in `lang`, and one in `also` beside it.
    pub fn handout(
        &self,
        id: &str,
        lang: &str,
        also: Option<&str>,
    ) -> Result<Vec<HandoutPage>, CoreError> {
        let l10n = self.l10n();
        let chains = std::iter::once(lang)
            .chain(also)
            .map(|tag| Ok(Chain::new(l10n.locale(tag)?, None)))
            .collect::<Result<Vec<Chain>, CoreError>>()?;
        self.with_views(|views| {
            chains
                .iter()
                .map(|chain| Ok(Views { chain, ..*views }.handout_page(id)?))
                .collect()
        })
    }

    /// Forgets every setting and all progress; the next view is the first start again.
    pub fn forget_everything(&self) -> Result<UiView, CoreError> {
        self.progress.forget_everything()?;
        *self
            .settings
            .write()
            .unwrap_or_else(PoisonError::into_inner) = self.progress.settings();
        self.ui_view()
    }

    /// The notice has been read; it is not shown again.
    pub fn dismiss_notice(&self) {
        *self.notice.lock().unwrap_or_else(PoisonError::into_inner) = None;
        *self.refused.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Keeps why translator mode could not start at launch, to tell it once with the next view's
    /// notice, in the language shown then.
    pub fn tell_refused_translation(&self, error: CoreError) {
        *self.refused.lock().unwrap_or_else(PoisonError::into_inner) = Some(error);
    }

    /// Whether translator mode is on.
    pub fn translating(&self) -> bool {
        self.translation
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// Starts translator mode on a locale folder: its texts replace the built-in ones.
    pub fn start_translation(&self, folder: &Path) -> Result<TranslatorView, CoreError> {
        self.load_translation(folder, 0)
    }

    /// Loads translator mode's folder again, after a file in it changed; `None` when it is off.
    pub fn reload_translation(&self) -> Option<Result<TranslatorView, CoreError>> {
        let (folder, reloads) = {
            let translation = self
                .translation
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let translation = translation.as_ref()?;
            (translation.folder.clone(), translation.reloads + 1)
        };
        Some(self.load_translation(&folder, reloads))
    }

    fn load_translation(&self, folder: &Path, reloads: u32) -> Result<TranslatorView, CoreError> {
        let (mut l10n, report) = translation::load(folder)?;
        l10n.set_globals(self.globals.clone());
        let translation = Translation {
            folder: folder.to_owned(),
            reloads,
            report,
        };
        self.use_texts(Arc::new(l10n));
        // A folder now in use makes the one refused at launch old news.
        *self.refused.lock().unwrap_or_else(PoisonError::into_inner) = None;
        let chain = self.chain();
        let view = TranslatorView::new(&translation, &self.l10n(), &chain);
        *self
            .translation
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(translation);
        Ok(view)
    }

    /// Ends translator mode and shows the built-in texts again.
    pub fn stop_translation(&self) -> Result<UiView, CoreError> {
        *self
            .translation
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
        self.use_texts(Arc::clone(&self.built_in));
        self.ui_view()
    }

    /// Translator mode as its screen shows it; `None` when it is off.
    pub fn translator_view(&self) -> Option<TranslatorView> {
        let translation = self
            .translation
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let chain = self.chain();
        translation
            .as_ref()
            .map(|t| TranslatorView::new(t, &self.l10n(), &chain))
    }

    /// The messages behind a text on screen (translator mode only).
    pub fn lookup(&self, text: &str) -> Vec<MessageRef> {
        self.l10n().shown_messages(text)
    }

    /// Puts new texts in force, keeping the language shown if they have it.
    fn use_texts(&self, l10n: Arc<Localizer>) {
        let current = self.chain();
        let settings = self.settings();
        let chain = match l10n.locale(&current.primary().tag()) {
            Ok(primary) => Chain::new(
                primary,
                current.second().and_then(|s| l10n.locale(&s.tag()).ok()),
            ),
            Err(_) => chain_for(&l10n, &settings, &[]),
        };
        *self.l10n.write().unwrap_or_else(PoisonError::into_inner) = l10n;
        *self.chain.write().unwrap_or_else(PoisonError::into_inner) = chain;
    }

    /// Tells the user, in the current language, what went wrong.
    pub fn describe(&self, error: &CoreError) -> String {
        let chain = self.chain();
        let l10n = self.l10n();
        let shown = |text: &str| {
            text.chars()
                .filter(|c| !c.is_control())
                .take(MAX_SHOWN)
                .collect::<String>()
        };
        match error {
            CoreError::UnknownLocale(e) => {
                let args = Args::new().text("tag", shown(&e.tag));
                l10n.format(&chain, id::ERROR_UNKNOWN_LOCALE, Some(&args))
            }
            CoreError::UnknownGuide(guide) | CoreError::UnknownStep { guide, .. } => {
                let args = Args::new().text("guide", shown(guide));
                l10n.format(&chain, id::ERROR_UNKNOWN_GUIDE, Some(&args))
            }
            CoreError::UnknownFlow(flow) => {
                let args = Args::new().text("flow", shown(flow));
                l10n.format(&chain, id::ERROR_UNKNOWN_PRACTICE, Some(&args))
            }
            CoreError::TextSize(_) | CoreError::NoPractice | CoreError::Practice(_) => {
                l10n.format(&chain, id::ERROR_INVALID_INPUT, None)
            }
            CoreError::Progress(_) => l10n.format(&chain, id::ERROR_NOT_SAVED, None),
            CoreError::Content(_) | CoreError::Window(_) => {
                l10n.format(&chain, id::ERROR_GENERIC, None)
            }
            CoreError::Plan(error) => {
                let message = match error {
                    PlanError::Read { .. } => id::ERROR_PLAN_READ,
                    PlanError::Write { .. } => id::ERROR_PLAN_WRITE,
                    PlanError::TooLarge { .. } => id::ERROR_PLAN_TOO_LARGE,
                    PlanError::NotAPlan { .. } => id::ERROR_PLAN_NOT_A_PLAN,
                    PlanError::Newer { .. } => id::ERROR_PLAN_NEWER,
                    PlanError::TooMany(_) => id::ERROR_PLAN_TOO_MANY,
                };
                // The name alone: the folder is the user's own, and a long path hides the point.
                let file = error
                    .path()
                    .and_then(Path::file_name)
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let args = Args::new().text("file", file);
                l10n.format(&chain, message, Some(&args))
            }
            CoreError::Translation(TranslationError::Tree(tree)) => {
                l10n.describe_check_error(&chain, tree)
            }
            CoreError::Translation(TranslationError::Locales(_)) => {
                l10n.format(&chain, id::ERROR_GENERIC, None)
            }
        }
    }

    fn describe_notice(&self, notice: &Notice, chain: &Chain) -> String {
        match notice {
            Notice::Recovered { .. } => {
                self.l10n()
                    .format(chain, id::NOTICE_PROGRESS_RECOVERED, None)
            }
            Notice::NotSaved { .. } => {
                self.l10n()
                    .format(chain, id::NOTICE_PROGRESS_NOT_SAVED, None)
            }
        }
    }
}

fn chain_for(l10n: &Localizer, settings: &Settings, os_locales: &[String]) -> Chain {
    let primary = settings
        .locale
        .as_deref()
        .and_then(|tag| l10n.locale(tag).ok())
        .unwrap_or_else(|| l10n.negotiate(os_locales));
    let second = l10n
        .locale(&settings.second_language)
        .or_else(|_| l10n.locale(DEFAULT_SECOND_LANGUAGE))
        .ok();
    Chain::new(primary, second)
}
