//! View models: everything the UI renders, formatted in Rust and ready to show.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::fold::fold;
use crate::content::{ContentError, ContentStore, Guide, Screen};
use crate::l10n::{id, Args, Chain, Direction, Localizer};
use crate::practice::Session;
use crate::progress::{ProgressStore, Settings};

/// The file whose messages the UI receives whole, as its chrome.
const UI_FILE: &str = "ui.ftl";

/// The Danish labels of the simulated screens, which the UI receives whole, always in Danish.
const SCREENS_FILE: &str = "screens.ftl";

/// The text sizes offered in settings, in percent.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// The longest excerpt of a step shown under a search hit, in characters.
const EXCERPT_CHARS: usize = 160;

/// The whole UI shell in one locale: chrome, languages, settings and the home screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UiView {
    /// The chosen locale's tag, for `<html lang>`.
    pub locale: String,
    /// The chosen locale's direction, for `<html dir>`.
    pub dir: Direction,
    /// The chrome messages by ID.
    pub text: BTreeMap<String, String>,
    /// The Danish screen labels by ID, for the illustrations.
    pub screens: BTreeMap<String, String>,
    /// Every language, each named in itself.
    pub languages: Vec<LanguageOption>,
    /// True until the user has chosen a language.
    pub first_run: bool,
    /// The user's settings.
    pub settings: SettingsView,
    /// Something the user must be told once, such as progress that could not be read.
    pub notice: Option<String>,
    /// The guide to continue, if one was left unfinished.
    pub resume: Option<ResumeView>,
    /// The home screen's topics with their guides.
    pub topics: Vec<TopicView>,
    /// Whether translator mode is on (its texts come from a folder on disk).
    pub translator: bool,
}

/// One language on the language picker.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageOption {
    /// The BCP 47 tag.
    pub tag: String,
    /// The language's own name, in its own script.
    pub name: String,
    /// The direction to render the name in.
    pub dir: Direction,
    /// Whether it is a translator's pseudo-locale rather than a language.
    pub pseudo: bool,
    /// Who reviewed the translation, or that nobody has yet, in the language itself.
    pub review: String,
}

/// The settings as the settings screen shows them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    /// The language tried when a text is missing in the chosen one.
    pub second_language: String,
    /// Text size in percent.
    pub text_size: u16,
    /// The text sizes to choose from.
    pub text_size_options: Vec<TextSizeOption>,
    /// High-contrast colours.
    pub high_contrast: bool,
}

/// One text size to choose from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextSizeOption {
    /// The size in percent.
    pub value: u16,
    /// "150 %", formatted for the locale.
    pub label: String,
}

/// "Continue where you left off".
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResumeView {
    /// The guide's ID.
    pub guide_id: String,
    /// The guide's title.
    pub title: String,
    /// The step to continue at, from 0.
    pub step: u32,
    /// "Step 3 of 7".
    pub step_label: String,
}

/// One topic on the home screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TopicView {
    /// A stable ID for the topic.
    pub id: String,
    /// The topic's title.
    pub title: String,
    /// One line on what the topic teaches.
    pub summary: String,
    /// The topic's guides, in reading order.
    pub guides: Vec<GuideCard>,
    /// The topic's practice flows, in order.
    pub practice: Vec<PracticeCard>,
}

/// A practice flow as listed under its topic.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeCard {
    /// The flow's ID.
    pub id: String,
    /// The flow's title.
    pub title: String,
}

/// A guide as listed under its topic.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideCard {
    /// The guide's ID.
    pub id: String,
    /// The guide's title.
    pub title: String,
    /// One line on what it teaches.
    pub summary: String,
    /// "About 4 minutes".
    pub minutes_label: String,
    /// Whether the user has read it to the end.
    pub completed: bool,
}

/// The guide whose last step lists the hotlines, printed at the foot of every handout.
pub const HOTLINES_GUIDE: &str = "safety-online";

/// A guide with every step formatted, so stepping is instant.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideView {
    /// The guide's ID.
    pub id: String,
    /// The guide's title.
    pub title: String,
    /// One line on what it teaches.
    pub summary: String,
    /// The step to open at, from 0: where the user left off.
    pub position: u32,
    /// The steps, in order.
    pub steps: Vec<StepView>,
    /// The short check after the last step; empty when the guide has none.
    pub questions: Vec<QuestionView>,
}

/// One step of a guide.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    /// The step's heading.
    pub title: String,
    /// The step's text.
    pub body: String,
    /// "Step 3 of 7".
    pub counter: String,
    /// The illustration to show, if any.
    pub illustration: Option<String>,
    /// The Danish key words of the step, with their meaning.
    pub terms: Vec<TermView>,
}

/// A guide as an ambassador presents it: Danish beside the audience's language, with notes
/// for the presenter in their own language.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PresentationView {
    /// The guide in Danish, as the audience will meet the words.
    pub danish: GuideView,
    /// The guide in the audience's language.
    pub audience: GuideView,
    /// The audience's language tag.
    pub audience_locale: String,
    /// The direction of the audience's language.
    pub audience_dir: Direction,
    /// One facilitator note per step, in the presenter's own language.
    pub notes: Vec<String>,
    /// The practice flows of the guide's topic, titled in the presenter's language, to run with
    /// the group.
    pub practice: Vec<PracticeCard>,
}

/// The ambassador's session plan: guides in the order they are shown, and the time they take.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    /// The planned guides, in order.
    pub guides: Vec<GuideCard>,
    /// "3 guides".
    pub count_label: String,
    /// "About 14 minutes", the guides' times added up.
    pub minutes_label: String,
    /// After a plan is read from a file: how many of its guides this version does not have.
    pub skipped: Option<String>,
}

/// One language's column of a printable handout.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HandoutPage {
    /// The guide in this column's language.
    pub guide: GuideView,
    /// The column's language tag.
    pub locale: String,
    /// The column's direction.
    pub dir: Direction,
    /// The heading above each step's Danish words.
    pub key_words: String,
    /// The heading of the hotlines box.
    pub hotlines_title: String,
    /// The hotlines, one per line.
    pub hotlines: String,
}

/// A question in the short check after a guide's last step.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    /// The question's ID in its guide.
    pub id: String,
    /// The question.
    pub text: String,
    /// The answers to choose from.
    pub answers: Vec<AnswerView>,
}

/// One answer to a check question.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerView {
    /// The answer's ID in its question.
    pub id: String,
    /// The answer.
    pub text: String,
    /// Why it is right or wrong, shown once it is chosen.
    pub feedback: String,
    /// Whether it is the right answer.
    pub right: bool,
}

/// A Danish word from the screens and what it means.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TermView {
    /// The term's ID.
    pub id: String,
    /// The word exactly as it appears on the Danish screen.
    pub danish: String,
    /// What it means, in the chosen language.
    pub meaning: String,
    /// A short sentence showing where the learner meets it, in the chosen language.
    pub example: String,
}

/// The results of a search.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchView {
    /// The query as searched.
    pub query: String,
    /// "3 results".
    pub summary: String,
    /// The steps found, best first.
    pub hits: Vec<SearchHitView>,
}

/// One search result: a step of a guide.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHitView {
    /// The guide's ID.
    pub guide_id: String,
    /// The guide's title.
    pub guide_title: String,
    /// The step, from 0.
    pub step: u32,
    /// The step's heading.
    pub step_title: String,
    /// The start of the step's text.
    pub excerpt: String,
}

/// A practice flow's current screen with everything the UI draws and says about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeView {
    /// The flow's ID.
    pub flow_id: String,
    /// The flow's title.
    pub title: String,
    /// The simulated screen.
    pub screen: ScreenView,
    /// What to do here and why, in the learner's language.
    pub guidance: String,
    /// The explanation of the last wrong action, if the last action was wrong.
    pub feedback: Option<String>,
    /// The hint, when asked for.
    pub hint: Option<String>,
    /// The action "show me" points at, when asked for.
    pub show_me: Option<String>,
    /// A gentle warning after text that looked like real personal details was typed.
    pub note: Option<String>,
    /// Wrong actions in this run.
    pub mistakes: u32,
    /// The language of the texts around the screen: the learner's, or the group's.
    pub locale: String,
    /// The direction of that language.
    pub dir: Direction,
}

/// A simulated Danish screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScreenView {
    /// The screen's ID in its flow.
    pub id: String,
    /// `browser`, `phone`, `phone-browser` or `device`.
    pub frame: String,
    /// The address in the browser's address bar.
    pub address: Option<String>,
    /// Whether this screen ends the practice.
    pub is_end: bool,
    /// The controls, in order.
    pub widgets: Vec<WidgetView>,
    /// The actions, each naming the widget that takes it; none on a screen drawn beside.
    pub actions: Vec<ActionView>,
    /// The other device as it stands meanwhile, drawn beside this screen and not usable.
    pub beside: Option<Box<ScreenView>>,
    /// Whether a PIN, a password or a code is typed here, so a helper should look away.
    pub secret_entry: bool,
}

/// A control on a simulated screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WidgetView {
    /// The widget's ID on its screen.
    pub id: String,
    /// The kind of control.
    pub kind: String,
    /// Its label exactly as on the Danish screen, with its meaning in the learner's language.
    pub term: Option<TermView>,
    /// What the learner typed into it, shown back; never stored anywhere.
    pub value: Option<String>,
    /// Who asks, as the Danish app request names them.
    pub asker: Option<String>,
    /// Made-up Danish text shown in place of a term, such as a letter's subject.
    pub label: Option<String>,
    /// A letter's sender, in Danish.
    pub sender: Option<String>,
    /// A letter's secondary line, such as its date, in Danish.
    pub detail: Option<String>,
    /// Whether a letter is marked as not yet read.
    pub unread: bool,
    /// Whether a letter has a file attached.
    pub attachment: bool,
    /// Whether the control is greyed out, as the real system does not allow it here.
    pub disabled: bool,
    /// What the caller says, in the learner's language.
    pub words: Option<String>,
    /// The code a code display shows.
    pub code: Option<String>,
}

/// An action the learner can take with a widget.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionView {
    /// The action's ID on its screen.
    pub id: String,
    /// The widget that takes it.
    pub widget: String,
}

/// What to tell the learner beside the screen after their last request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PracticeNotes {
    /// The feedback message of a wrong action.
    pub feedback: Option<String>,
    /// The hint message of the screen.
    pub hint: Option<String>,
    /// The right action, for "show me".
    pub show_me: Option<String>,
    /// Whether typed text looked like real personal details.
    pub real_details: bool,
}

/// Builds view models from the content, the locales and the user's progress.
pub struct Views<'a> {
    /// The locales.
    pub l10n: &'a Localizer,
    /// The content store.
    pub content: &'a ContentStore,
    /// The user's progress.
    pub progress: &'a ProgressStore,
    /// The languages to format in.
    pub chain: &'a Chain,
}

impl Views<'_> {
    /// The UI shell and home screen.
    pub fn ui(&self, settings: &Settings, notice: Option<String>) -> Result<UiView, ContentError> {
        let l10n = self.l10n;
        let languages = l10n
            .available()
            .into_iter()
            .map(|locale| LanguageOption {
                tag: locale.tag(),
                name: l10n.language_name(locale),
                dir: locale.direction(),
                pseudo: crate::l10n::pseudo::transform_for(&locale.tag()).is_some(),
                review: self.review(locale),
            })
            .collect();
        let completed = self.progress.completed_guides();
        let topics = self
            .content
            .topics()?
            .into_iter()
            .map(|topic| {
                let guides = topic
                    .guides
                    .iter()
                    .map(|guide| self.guide_card(guide, completed.contains(guide)))
                    .collect::<Result<_, _>>()?;
                let practice = topic
                    .practice
                    .iter()
                    .map(|flow| PracticeCard {
                        id: flow.clone(),
                        title: self.text(&format!("practice-{flow}-title")),
                    })
                    .collect();
                Ok(TopicView {
                    title: self.text(&format!("topic-{}", topic.id)),
                    summary: self.text(&format!("topic-{}-summary", topic.id)),
                    id: topic.id,
                    guides,
                    practice,
                })
            })
            .collect::<Result<_, ContentError>>()?;
        Ok(UiView {
            locale: self.chain.primary().tag(),
            dir: self.chain.primary().direction(),
            text: l10n.format_file(self.chain, UI_FILE),
            screens: l10n.format_file_danish(self.chain, SCREENS_FILE),
            languages,
            first_run: settings.locale.is_none(),
            translator: false,
            settings: SettingsView {
                second_language: settings.second_language.clone(),
                text_size: settings.text_size,
                text_size_options: TEXT_SIZES
                    .iter()
                    .map(|&value| {
                        let args = Args::new().number("size", value);
                        let label =
                            l10n.format(self.chain, id::SETTINGS_TEXT_SIZE_OPTION, Some(&args));
                        TextSizeOption { value, label }
                    })
                    .collect(),
                high_contrast: settings.high_contrast,
            },
            notice,
            resume: self.resume()?,
            topics,
        })
    }

    fn guide_card(&self, guide: &str, completed: bool) -> Result<GuideCard, ContentError> {
        let minutes = self.content.minutes(guide)?;
        Ok(GuideCard {
            id: guide.to_owned(),
            title: self.text(&format!("guide-{guide}-title")),
            summary: self.text(&format!("guide-{guide}-summary")),
            minutes_label: self.minutes_label(minutes),
            completed,
        })
    }

    fn resume(&self) -> Result<Option<ResumeView>, ContentError> {
        let Some((guide_id, step)) = self.progress.last_guide() else {
            return Ok(None);
        };
        if self
            .progress
            .guide_position(&guide_id)
            .is_some_and(|p| p.completed)
        {
            return Ok(None);
        }
        // A guide removed in a newer version leaves nothing to continue.
        let guide = match self.content.guide(&guide_id) {
            Ok(guide) => guide,
            Err(ContentError::UnknownGuide(_)) => return Ok(None),
            Err(error) => return Err(error),
        };
        let step = step.min(last_step(&guide));
        Ok(Some(ResumeView {
            title: self.text(&format!("guide-{guide_id}-title")),
            step_label: self.counter(step, guide.steps.len()),
            guide_id,
            step,
        }))
    }

    /// A guide with all its steps, opened where the user left off.
    pub fn guide(&self, id: &str) -> Result<GuideView, ContentError> {
        let guide = self.content.guide(id)?;
        let total = guide.steps.len();
        let position = self
            .progress
            .guide_position(id)
            .map_or(0, |p| p.step)
            .min(last_step(&guide));
        let steps = guide
            .steps
            .iter()
            .enumerate()
            .map(|(index, step)| StepView {
                title: self.text(&format!("guide-{id}-{}-title", step.id)),
                body: self.text(&format!("guide-{id}-{}-body", step.id)),
                counter: self.counter(index as u32, total),
                illustration: step.illustration.clone(),
                terms: step.terms.iter().map(|term| self.term(term)).collect(),
            })
            .collect();
        let questions = guide
            .questions
            .iter()
            .map(|question| {
                let prefix = format!("guide-{id}-question-{}", question.id);
                QuestionView {
                    id: question.id.clone(),
                    text: self.text(&prefix),
                    answers: question
                        .options
                        .iter()
                        .map(|option| AnswerView {
                            id: option.clone(),
                            text: self.text(&format!("{prefix}-{option}")),
                            feedback: self.text(&format!("{prefix}-{option}-feedback")),
                            right: *option == question.right,
                        })
                        .collect(),
                }
            })
            .collect();
        Ok(GuideView {
            id: id.to_owned(),
            title: self.text(&format!("guide-{id}-title")),
            summary: self.text(&format!("guide-{id}-summary")),
            position,
            steps,
            questions,
        })
    }

    /// A guide for presenting to a group: Danish beside `audience`, with the presenter's notes
    /// in this view's own language.
    pub fn presentation(
        &self,
        id: &str,
        audience: &Chain,
    ) -> Result<PresentationView, ContentError> {
        let danish_chain = Chain::new(self.l10n.reference().clone(), None);
        let in_chain = |chain: &Chain| Views { chain, ..*self }.guide(id);
        let guide = self.content.guide(id)?;
        let practice = self
            .content
            .topics()?
            .into_iter()
            .find(|topic| topic.guides.iter().any(|g| g == id))
            .map(|topic| topic.practice)
            .unwrap_or_default()
            .into_iter()
            .map(|flow| PracticeCard {
                title: self.text(&format!("practice-{flow}-title")),
                id: flow,
            })
            .collect();
        Ok(PresentationView {
            practice,
            danish: in_chain(&danish_chain)?,
            audience: in_chain(audience)?,
            audience_locale: audience.primary().tag(),
            audience_dir: audience.primary().direction(),
            notes: guide
                .steps
                .iter()
                .map(|step| self.text(&format!("note-guide-{id}-{}", step.id)))
                .collect(),
        })
    }

    /// The glossary terms whose Danish word, meaning or example holds every word of `query`,
    /// in Danish alphabetical order; all of them for an empty query.
    pub fn glossary(&self, query: &str) -> Result<Vec<TermView>, ContentError> {
        let query: String = query
            .chars()
            .take(crate::content::MAX_QUERY_CHARS)
            .collect();
        let words: Vec<String> = fold(&query)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        let mut terms: Vec<TermView> = self
            .content
            .terms()?
            .iter()
            .map(|t| self.term(t))
            .filter(|term| {
                let haystack = fold(&format!(
                    "{} {} {}",
                    term.danish, term.meaning, term.example
                ));
                words.iter().all(|word| haystack.contains(word.as_str()))
            })
            .collect();
        terms.sort_by_key(|t| t.danish.to_lowercase());
        Ok(terms)
    }

    /// The steps matching a query in the chosen locale.
    pub fn search(&self, query: &str) -> Result<SearchView, ContentError> {
        let hits = self.content.search(&self.chain.primary().tag(), query)?;
        let mut views = Vec::with_capacity(hits.len());
        for hit in hits {
            let guide = self.content.guide(&hit.guide)?;
            let Some(step) = guide.steps.get(hit.step as usize) else {
                continue;
            };
            let body = self.text(&format!("guide-{}-{}-body", hit.guide, step.id));
            views.push(SearchHitView {
                guide_title: self.text(&format!("guide-{}-title", hit.guide)),
                step_title: self.text(&format!("guide-{}-{}-title", hit.guide, step.id)),
                excerpt: excerpt(&body),
                guide_id: hit.guide,
                step: hit.step,
            });
        }
        let count = Args::new().number("count", views.len() as u32);
        Ok(SearchView {
            query: query.to_owned(),
            summary: self
                .l10n
                .format(self.chain, id::SEARCH_RESULT_COUNT, Some(&count)),
            hits: views,
        })
    }

    /// The current screen of a practice session.
    pub fn practice(&self, session: &Session, notes: &PracticeNotes) -> PracticeView {
        let flow = session.flow();
        let screen = session.screen();
        let key = |suffix: &str| format!("practice-{}-{}-{suffix}", flow.id, screen.id);
        let mut view = self.screen(session, screen, true);
        view.beside = screen
            .beside
            .map(|other| Box::new(self.screen(session, &flow.screens[other], false)));
        PracticeView {
            flow_id: flow.id.clone(),
            title: self.text(&format!("practice-{}-title", flow.id)),
            screen: view,
            guidance: self.text(&key("guidance")),
            feedback: notes.feedback.as_deref().map(|id| self.text(id)),
            hint: notes.hint.as_deref().map(|id| self.text(id)),
            show_me: notes.show_me.clone(),
            note: notes.real_details.then(|| {
                self.l10n
                    .format(self.chain, id::PRACTICE_REAL_DETAILS_NOTE, None)
            }),
            mistakes: session.mistakes(),
            locale: self.chain.primary().tag(),
            dir: self.chain.primary().direction(),
        }
    }

    /// The facilitator's note for the practice's current screen.
    pub fn presenter_note(&self, session: &Session) -> String {
        let (flow, screen) = (&session.flow().id, &session.screen().id);
        self.text(&format!("note-practice-{flow}-{screen}"))
    }

    /// The session plan's guides, with their count and time added up; `skipped` counts guides a
    /// plan file named that this version does not have.
    pub fn plan(&self, guides: &[String], skipped: usize) -> Result<PlanView, ContentError> {
        let completed = self.progress.completed_guides();
        let mut minutes = 0;
        let mut cards = Vec::with_capacity(guides.len());
        for guide in guides {
            minutes += self.content.minutes(guide)?;
            cards.push(self.guide_card(guide, completed.contains(guide))?);
        }
        let count = Args::new().number("count", guides.len() as u32);
        let skipped = (skipped > 0).then(|| {
            let args = Args::new().number("count", skipped as u32);
            self.l10n.format(self.chain, id::PLAN_SKIPPED, Some(&args))
        });
        Ok(PlanView {
            guides: cards,
            count_label: self
                .l10n
                .format(self.chain, id::PLAN_GUIDE_COUNT, Some(&count)),
            minutes_label: self.minutes_label(minutes),
            skipped,
        })
    }

    /// A guide as one column of a printable handout, in this view's language.
    pub fn handout_page(&self, id: &str) -> Result<HandoutPage, ContentError> {
        let locale = self.chain.primary();
        // The safety guide's last step lists the hotlines, each number kept in one place.
        let hotlines = self.guide(HOTLINES_GUIDE)?.steps.pop();
        let (hotlines_title, hotlines) = hotlines.map(|s| (s.title, s.body)).unwrap_or_default();
        Ok(HandoutPage {
            guide: self.guide(id)?,
            locale: locale.tag(),
            dir: locale.direction(),
            key_words: self.l10n.format(self.chain, id::GUIDE_KEY_WORDS, None),
            hotlines_title,
            hotlines,
        })
    }

    /// One simulated screen; the screen drawn beside the current one shows no typed text and
    /// offers no actions.
    fn screen(&self, session: &Session, screen: &Screen, current: bool) -> ScreenView {
        let flow = &session.flow().id;
        ScreenView {
            id: screen.id.clone(),
            frame: screen.frame.clone(),
            address: screen.address.clone(),
            is_end: screen.is_end,
            widgets: screen
                .widgets
                .iter()
                .map(|w| WidgetView {
                    id: w.id.clone(),
                    kind: w.kind.clone(),
                    term: w.term.as_deref().map(|t| self.term(t)),
                    value: current
                        .then(|| session.typed(&w.id).map(str::to_owned))
                        .flatten(),
                    asker: w.asker.as_deref().map(|m| self.danish(m)),
                    label: w.label.as_deref().map(|m| self.danish(m)),
                    sender: w.sender.as_deref().map(|m| self.danish(m)),
                    detail: w.detail.as_deref().map(|m| self.danish(m)),
                    unread: w.unread,
                    attachment: w.attachment,
                    disabled: w.disabled,
                    words: (w.kind == "call").then(|| {
                        self.text(&format!("practice-{flow}-{}-{}-words", screen.id, w.id))
                    }),
                    code: session.shown(w).map(str::to_owned),
                })
                .collect(),
            actions: if current {
                screen
                    .actions
                    .iter()
                    .map(|a| ActionView {
                        id: a.id.clone(),
                        widget: a.widget.clone(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            beside: None,
            secret_entry: screen.widgets.iter().any(is_secret_entry),
        }
    }

    fn term(&self, term: &str) -> TermView {
        TermView {
            id: term.to_owned(),
            danish: self
                .l10n
                .format_danish(self.chain, &format!("screen-{term}")),
            meaning: self.text(&format!("glossary-{term}")),
            example: self.text(&format!("glossary-{term}-example")),
        }
    }

    fn danish(&self, id: &str) -> String {
        self.l10n.format_danish(self.chain, id)
    }

    /// A language's review status, in that language, for the language picker.
    fn review(&self, locale: &crate::l10n::Locale) -> String {
        let own = Chain::new(locale.clone(), None);
        if crate::l10n::pseudo::transform_for(&locale.tag()).is_some() {
            return self.l10n.format(&own, id::STATUS_PSEUDO, None);
        }
        let review = crate::l10n::built_in_review(&locale.tag());
        self.l10n.review_in_own_words(locale, &review)
    }

    fn counter(&self, step: u32, total: usize) -> String {
        let args = Args::new()
            .number("step", step + 1)
            .number("total", total as u32);
        self.l10n
            .format(self.chain, id::GUIDE_STEP_COUNTER, Some(&args))
    }

    fn minutes_label(&self, minutes: u32) -> String {
        let args = Args::new().number("minutes", minutes);
        self.l10n.format(self.chain, id::GUIDE_MINUTES, Some(&args))
    }

    fn text(&self, id: &str) -> String {
        self.l10n.format_content(self.chain, id, None)
    }
}

/// A password field, or a field for a practice PIN or code: what a helper must not see typed.
fn is_secret_entry(widget: &crate::content::Widget) -> bool {
    let secret_fact = widget
        .practice
        .as_deref()
        .is_some_and(|fact| ["pin", "code", "password"].iter().any(|s| fact.contains(s)));
    widget.kind == "password" || (widget.kind == "field" && secret_fact)
}

fn last_step(guide: &Guide) -> u32 {
    guide.steps.len().saturating_sub(1) as u32
}

/// The start of a text, cut at a word boundary, with an ellipsis when cut.
fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let at_word = cut
        .rfind(char::is_whitespace)
        .map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}\u{2026}", at_word.trim_end())
}
