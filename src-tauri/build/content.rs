//! Build-time content compiler: reads the topic, guide, glossary, fact and practice-flow files
//! under `src-tauri/content/`, checks them against the Danish messages, and writes the read-only
//! SQLite content store that the app embeds. Every problem names its file, line and column.

use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use rusqlite::{params, Connection};
use serde::Deserialize;
use toml::Spanned;

// The build only folds text; the query builder beside it is for the app.
#[allow(dead_code)]
#[path = "../src/content/fold.rs"]
mod fold;
#[path = "../src/content/schema.rs"]
mod schema;

/// The reference locale, whose messages every content ID must exist in.
const REFERENCE: &str = "da";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    topic: Vec<TopicDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicDef {
    id: Spanned<String>,
    #[serde(default)]
    guides: Vec<Spanned<String>>,
    #[serde(default)]
    practice: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideDef {
    id: Spanned<String>,
    minutes: u32,
    step: Vec<StepDef>,
    /// A short check after the last step.
    #[serde(default)]
    question: Vec<QuestionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDef {
    id: Spanned<String>,
    options: Vec<Spanned<String>>,
    right: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    id: Spanned<String>,
    #[serde(default)]
    terms: Vec<Spanned<String>>,
    illustration: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    term: Vec<TermDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermDef {
    id: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    fact: BTreeMap<String, FactDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactDef {
    value: FactValue,
    source: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FactValue {
    Number(i64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowDef {
    id: Spanned<String>,
    start: Spanned<String>,
    screen: Vec<ScreenDef>,
}

/// Where a simulated screen is drawn.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum Frame {
    /// A web page in a computer's browser.
    Browser,
    /// The MitID app on a phone.
    Phone,
    /// A web page in a phone's browser.
    PhoneBrowser,
    /// A code display (kodeviser) in the learner's hand.
    Device,
}

impl Frame {
    fn as_str(self) -> &'static str {
        match self {
            Frame::Browser => "browser",
            Frame::Phone => "phone",
            Frame::PhoneBrowser => "phone-browser",
            Frame::Device => "device",
        }
    }

    fn has_address(self) -> bool {
        matches!(self, Frame::Browser | Frame::PhoneBrowser)
    }

    /// Computer and phone screens are drawn side by side; two on the same device cannot be.
    fn device(self) -> &'static str {
        match self {
            Frame::Browser => "computer",
            Frame::Phone | Frame::PhoneBrowser => "phone",
            Frame::Device => "code display",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScreenDef {
    id: Spanned<String>,
    frame: Frame,
    /// The web address in the browser frame's address bar.
    address: Option<Spanned<String>>,
    #[serde(default)]
    end: bool,
    /// Another screen, on another device, drawn beside this one as it stands meanwhile.
    beside: Option<Spanned<String>>,
    /// A picture of another device that only ever appears beside a screen: no actions, no
    /// guidance of its own.
    #[serde(default)]
    backdrop: bool,
    #[serde(default)]
    widget: Vec<WidgetDef>,
    #[serde(default)]
    action: Vec<ActionDef>,
}

/// The kinds of control a simulated screen can show.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum WidgetKind {
    Field,
    Password,
    Button,
    Link,
    Checkbox,
    AppRequest,
    QrCode,
    CodeDisplay,
    Text,
    /// Several lines to type in, such as a message.
    TextArea,
    /// Running Danish text, such as a letter's body.
    Paragraph,
    /// One letter in a mailbox list.
    Letter,
    /// A file attached to a letter.
    Attachment,
    /// An opened file, shown as a page in a viewer.
    Document,
    /// An entry in a list to choose from.
    Option,
    /// A phone call in progress, with what the caller says.
    Call,
    /// The browser's own button that closes the page.
    ClosePage,
    /// The mark of an error screen.
    Error,
}

impl WidgetKind {
    fn as_str(self) -> &'static str {
        match self {
            WidgetKind::Field => "field",
            WidgetKind::Password => "password",
            WidgetKind::Button => "button",
            WidgetKind::Link => "link",
            WidgetKind::Checkbox => "checkbox",
            WidgetKind::AppRequest => "app-request",
            WidgetKind::QrCode => "qr-code",
            WidgetKind::CodeDisplay => "code-display",
            WidgetKind::Text => "text",
            WidgetKind::TextArea => "text-area",
            WidgetKind::Paragraph => "paragraph",
            WidgetKind::Letter => "letter",
            WidgetKind::Attachment => "attachment",
            WidgetKind::Document => "document",
            WidgetKind::Option => "option",
            WidgetKind::Call => "call",
            WidgetKind::ClosePage => "close-page",
            WidgetKind::Error => "error",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WidgetDef {
    id: Spanned<String>,
    kind: WidgetKind,
    /// The glossary term whose Danish label the widget shows; none for pictures such as QR codes.
    term: Option<Spanned<String>>,
    /// The fact holding the practice value typed into the widget or shown on it.
    practice: Option<Spanned<String>>,
    /// The Danish screen message naming who asks, on an app request.
    asker: Option<Spanned<String>>,
    /// A Danish screen message shown in place of a term, for made-up content.
    label: Option<Spanned<String>>,
    /// A letter's sender, as a Danish screen message.
    sender: Option<Spanned<String>>,
    /// A letter's secondary line, such as its date, as a Danish screen message.
    detail: Option<Spanned<String>>,
    #[serde(default)]
    unread: bool,
    #[serde(default)]
    attachment: bool,
    /// Drawn greyed out: the real system does not allow this here.
    #[serde(default)]
    disabled: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionDef {
    id: Spanned<String>,
    /// The widget the learner uses to take this action.
    widget: Spanned<String>,
    goto: Spanned<String>,
    /// Whether this is what the guidance asks for; every other action is a mistake with feedback.
    #[serde(default)]
    right: bool,
    /// A widget whose typed value must be its practice value; if not, go to `otherwise`.
    check: Option<Spanned<String>>,
    /// Where the action leads when the checked value is wrong: an error screen.
    otherwise: Option<Spanned<String>>,
}

/// A source file's text and the name problems are reported under.
struct Source {
    shown: String,
    text: String,
}

impl Source {
    fn read(root: &Path, path: &Path, problems: &mut Problems) -> Option<Source> {
        let shown = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        let shown = format!("src-tauri/content/{shown}");
        match fs::read_to_string(path) {
            Ok(text) => Some(Source { shown, text }),
            Err(e) => {
                problems
                    .0
                    .push(format!("{shown}: cannot be read as UTF-8 text: {e}"));
                None
            }
        }
    }

    fn parse<T: for<'de> Deserialize<'de>>(&self, problems: &mut Problems) -> Option<T> {
        match toml::from_str(&self.text) {
            Ok(value) => Some(value),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                problems.at(self, span, e.message());
                None
            }
        }
    }
}

/// Problems collected across all files, each already prefixed with its place.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn at(&mut self, source: &Source, span: Range<usize>, message: impl AsRef<str>) {
        let before = &source.text[..span.start.min(source.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        self.0.push(format!(
            "{}:{line}:{column}: {}",
            source.shown,
            message.as_ref()
        ));
    }
}

/// One guide as compiled, with where each part came from.
struct Guide {
    source: Source,
    def: GuideDef,
}

/// Compiles `content_dir` into a SQLite file at `out`, checking every ID against `reference_ids`.
pub fn compile(
    content_dir: &Path,
    locales: &BTreeMap<String, Vec<(String, String)>>,
    reference_ids: &BTreeSet<String>,
    out: &Path,
) -> Result<(), Vec<String>> {
    let mut problems = Problems::default();
    let need = |problems: &mut Problems, source: &Source, span: Range<usize>, id: String| {
        if !reference_ids.contains(&id) {
            problems.at(
                source,
                span,
                format!("message `{id}` is missing from locales/{REFERENCE}"),
            );
        }
    };

    let topics_source = Source::read(content_dir, &content_dir.join("topics.toml"), &mut problems);
    let topics: Vec<TopicDef> = topics_source
        .as_ref()
        .and_then(|s| s.parse::<TopicsFile>(&mut problems))
        .map_or_else(Vec::new, |f| f.topic);
    let glossary_source = Source::read(
        content_dir,
        &content_dir.join("glossary.toml"),
        &mut problems,
    );
    let terms: Vec<TermDef> = glossary_source
        .as_ref()
        .and_then(|s| s.parse::<GlossaryFile>(&mut problems))
        .map_or_else(Vec::new, |f| f.term);
    let facts_source = Source::read(content_dir, &content_dir.join("facts.toml"), &mut problems);
    let facts: BTreeMap<String, FactDef> = facts_source
        .as_ref()
        .and_then(|s| s.parse::<FactsFile>(&mut problems))
        .map_or_else(BTreeMap::new, |f| f.fact);
    let mut guides = Vec::new();
    for path in toml_files(&content_dir.join("guides")) {
        if let Some(source) = Source::read(content_dir, &path, &mut problems) {
            if let Some(def) = source.parse::<GuideDef>(&mut problems) {
                guides.push(Guide { source, def });
            }
        }
    }
    let mut flows = Vec::new();
    for path in toml_files(&content_dir.join("flows")) {
        if let Some(source) = Source::read(content_dir, &path, &mut problems) {
            if let Some(def) = source.parse::<FlowDef>(&mut problems) {
                flows.push((source, def));
            }
        }
    }

    // Glossary: unique IDs, a Danish screen label and a meaning for each.
    let mut term_ids = BTreeSet::new();
    if let Some(source) = &glossary_source {
        for term in &terms {
            let id = term.id.get_ref();
            check_id(&mut problems, source, &term.id);
            if !term_ids.insert(id.clone()) {
                problems.at(source, term.id.span(), format!("duplicate term `{id}`"));
            }
            need(
                &mut problems,
                source,
                term.id.span(),
                format!("screen-{id}"),
            );
            need(
                &mut problems,
                source,
                term.id.span(),
                format!("glossary-{id}"),
            );
            need(
                &mut problems,
                source,
                term.id.span(),
                format!("glossary-{id}-example"),
            );
        }
    }

    // Guides: unique IDs and steps, every message, term and illustration known.
    let mut guide_ids = BTreeMap::new();
    for guide in &guides {
        let (source, def) = (&guide.source, &guide.def);
        let id = def.id.get_ref();
        check_id(&mut problems, source, &def.id);
        if let Some(first) = guide_ids.insert(id.clone(), source.shown.clone()) {
            problems.at(
                source,
                def.id.span(),
                format!("duplicate guide `{id}`, also in {first}"),
            );
        }
        need(
            &mut problems,
            source,
            def.id.span(),
            format!("guide-{id}-title"),
        );
        need(
            &mut problems,
            source,
            def.id.span(),
            format!("guide-{id}-summary"),
        );
        if def.step.is_empty() {
            problems.at(source, def.id.span(), format!("guide `{id}` has no steps"));
        }
        let mut step_ids = HashSet::new();
        for step in &def.step {
            let step_id = step.id.get_ref();
            check_id(&mut problems, source, &step.id);
            if !step_ids.insert(step_id.clone()) {
                problems.at(
                    source,
                    step.id.span(),
                    format!("duplicate step `{step_id}`"),
                );
            }
            need(
                &mut problems,
                source,
                step.id.span(),
                format!("guide-{id}-{step_id}-title"),
            );
            need(
                &mut problems,
                source,
                step.id.span(),
                format!("guide-{id}-{step_id}-body"),
            );
            need(
                &mut problems,
                source,
                step.id.span(),
                format!("note-guide-{id}-{step_id}"),
            );
            for term in &step.terms {
                if !term_ids.contains(term.get_ref()) {
                    let message = format!("term `{}` is not in glossary.toml", term.get_ref());
                    problems.at(source, term.span(), message);
                }
            }
            if let Some(illustration) = &step.illustration {
                check_id(&mut problems, source, illustration);
            }
        }
        let mut question_ids = HashSet::new();
        for question in &def.question {
            let question_id = question.id.get_ref();
            check_id(&mut problems, source, &question.id);
            if !question_ids.insert(question_id.clone()) {
                let message = format!("duplicate question `{question_id}`");
                problems.at(source, question.id.span(), message);
            }
            let prefix = format!("guide-{id}-question-{question_id}");
            need(&mut problems, source, question.id.span(), prefix.clone());
            if question.options.len() < 2 {
                let message = format!("question `{question_id}` needs at least two options");
                problems.at(source, question.id.span(), message);
            }
            let mut option_ids = HashSet::new();
            for option in &question.options {
                check_id(&mut problems, source, option);
                if !option_ids.insert(option.get_ref().clone()) {
                    let message = format!("duplicate option `{}`", option.get_ref());
                    problems.at(source, option.span(), message);
                }
                let answer = format!("{prefix}-{}", option.get_ref());
                need(&mut problems, source, option.span(), answer.clone());
                need(
                    &mut problems,
                    source,
                    option.span(),
                    format!("{answer}-feedback"),
                );
            }
            if !option_ids.contains(question.right.get_ref()) {
                let message = format!(
                    "the right answer `{}` is not one of the options",
                    question.right.get_ref()
                );
                problems.at(source, question.right.span(), message);
            }
        }
    }

    // Practice flows: every transition lands on a screen, every screen is reachable and can
    // reach an end.
    let mut flow_ids = BTreeMap::new();
    for (source, flow) in &flows {
        let id = flow.id.get_ref();
        check_id(&mut problems, source, &flow.id);
        if let Some(first) = flow_ids.insert(id.clone(), source.shown.clone()) {
            problems.at(
                source,
                flow.id.span(),
                format!("duplicate flow `{id}`, also in {first}"),
            );
        }
        check_flow(&mut problems, source, flow);
        need(
            &mut problems,
            source,
            flow.id.span(),
            format!("practice-{id}-title"),
        );
        for screen in &flow.screen {
            let screen_id = screen.id.get_ref();
            let at = screen.id.span();
            if !screen.backdrop {
                need(
                    &mut problems,
                    source,
                    at.clone(),
                    format!("practice-{id}-{screen_id}-guidance"),
                );
                need(
                    &mut problems,
                    source,
                    at.clone(),
                    format!("note-practice-{id}-{screen_id}"),
                );
            }
            if !screen.end && !screen.backdrop {
                need(
                    &mut problems,
                    source,
                    at.clone(),
                    format!("practice-{id}-{screen_id}-hint"),
                );
            }
            check_screen(&mut problems, source, screen, &term_ids, &facts);
            for widget in &screen.widget {
                if widget.kind == WidgetKind::Call {
                    let words = format!("practice-{id}-{screen_id}-{}-words", widget.id.get_ref());
                    need(&mut problems, source, widget.id.span(), words);
                }
                for screen_text in [&widget.asker, &widget.label, &widget.sender, &widget.detail]
                    .into_iter()
                    .flatten()
                {
                    let message = screen_text.get_ref();
                    if !message.starts_with("screen-") {
                        let problem = format!(
                            "`{message}` is not a Danish screen message: its ID must start with `screen-`"
                        );
                        problems.at(source, screen_text.span(), problem);
                    }
                    need(&mut problems, source, screen_text.span(), message.clone());
                }
            }
            for action in &screen.action {
                let action_id = action.id.get_ref();
                if !action.right {
                    let feedback = format!("practice-{id}-{screen_id}-{action_id}-feedback");
                    need(&mut problems, source, action.id.span(), feedback);
                }
                if action.check.is_some() {
                    let feedback = format!("practice-{id}-{screen_id}-{action_id}-check-feedback");
                    need(&mut problems, source, action.id.span(), feedback);
                }
            }
        }
    }

    // Topics: every listed guide and flow exists, and every guide and flow is listed somewhere.
    let mut listed_guides = BTreeSet::new();
    let mut listed_flows = BTreeSet::new();
    if let Some(source) = &topics_source {
        let mut topic_ids = HashSet::new();
        for topic in &topics {
            let id = topic.id.get_ref();
            check_id(&mut problems, source, &topic.id);
            if !topic_ids.insert(id.clone()) {
                problems.at(source, topic.id.span(), format!("duplicate topic `{id}`"));
            }
            need(
                &mut problems,
                source,
                topic.id.span(),
                format!("topic-{id}"),
            );
            need(
                &mut problems,
                source,
                topic.id.span(),
                format!("topic-{id}-summary"),
            );
            for guide in &topic.guides {
                if !guide_ids.contains_key(guide.get_ref()) {
                    let message = format!("guide `{}` does not exist", guide.get_ref());
                    problems.at(source, guide.span(), message);
                } else if !listed_guides.insert(guide.get_ref().clone()) {
                    let message = format!("guide `{}` is listed twice", guide.get_ref());
                    problems.at(source, guide.span(), message);
                }
            }
            for flow in &topic.practice {
                if !flow_ids.contains_key(flow.get_ref()) {
                    let message = format!("practice flow `{}` does not exist", flow.get_ref());
                    problems.at(source, flow.span(), message);
                } else {
                    listed_flows.insert(flow.get_ref().clone());
                }
            }
        }
    }
    for guide in &guides {
        if !listed_guides.contains(guide.def.id.get_ref()) {
            let message = format!(
                "guide `{}` is not listed under any topic in topics.toml, so nobody can reach it",
                guide.def.id.get_ref()
            );
            problems.at(&guide.source, guide.def.id.span(), message);
        }
    }
    for (source, flow) in &flows {
        if !listed_flows.contains(flow.id.get_ref()) {
            let message = format!(
                "practice flow `{}` is not listed under any topic in topics.toml, so nobody can reach it",
                flow.id.get_ref()
            );
            problems.at(source, flow.id.span(), message);
        }
    }

    if !problems.0.is_empty() {
        return Err(problems.0);
    }
    let searchable = searchable_text(&guides, &facts, locales).map_err(|e| vec![e])?;
    write_store(out, &topics, &guides, &terms, &facts, &flows, &searchable)
        .map_err(|e| vec![format!("{}: {e}", out.display())])
}

/// IDs become parts of message IDs and file names, so they are kept to one simple shape.
fn check_id(problems: &mut Problems, source: &Source, id: &Spanned<String>) {
    let text = id.get_ref();
    let valid = !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-');
    if !valid {
        let message = format!("`{text}` is not a valid ID (lower-case a-z, 0-9 and inner hyphens)");
        problems.at(source, id.span(), message);
    }
}

fn check_flow(problems: &mut Problems, source: &Source, flow: &FlowDef) {
    let mut screens: BTreeMap<&str, &ScreenDef> = BTreeMap::new();
    for screen in &flow.screen {
        check_id(problems, source, &screen.id);
        if screens.insert(screen.id.get_ref(), screen).is_some() {
            let message = format!("duplicate screen `{}`", screen.id.get_ref());
            problems.at(source, screen.id.span(), message);
        }
    }
    if !screens.contains_key(flow.start.get_ref().as_str()) {
        let message = format!("start screen `{}` does not exist", flow.start.get_ref());
        problems.at(source, flow.start.span(), message);
        return;
    }
    let shown_beside: BTreeSet<&str> = flow
        .screen
        .iter()
        .filter_map(|s| s.beside.as_ref().map(|b| b.get_ref().as_str()))
        .collect();
    for screen in &flow.screen {
        let screen_id = screen.id.get_ref();
        if !screen.end && !screen.backdrop && screen.action.is_empty() {
            let message =
                format!("screen `{screen_id}` has no action and is not an end: a dead end");
            problems.at(source, screen.id.span(), message);
        }
        if screen.backdrop {
            let problem = if !screen.action.is_empty() {
                Some("has actions")
            } else if screen.end {
                Some("is an end")
            } else if screen_id == flow.start.get_ref() {
                Some("is the start")
            } else if !shown_beside.contains(screen_id.as_str()) {
                Some("is shown beside no screen")
            } else {
                None
            };
            if let Some(problem) = problem {
                let message = format!("backdrop screen `{screen_id}` {problem}");
                problems.at(source, screen.id.span(), message);
            }
        }
        if let Some(beside) = &screen.beside {
            match screens.get(beside.get_ref().as_str()) {
                None => {
                    let message = format!(
                        "screen `{}` to show beside does not exist",
                        beside.get_ref()
                    );
                    problems.at(source, beside.span(), message);
                }
                Some(other) if other.frame.device() == screen.frame.device() => {
                    let message = format!(
                        "screen `{}` is on the {} too, so it cannot be shown beside `{screen_id}`",
                        beside.get_ref(),
                        other.frame.device()
                    );
                    problems.at(source, beside.span(), message);
                }
                Some(_) => {}
            }
        }
        for action in &screen.action {
            for target in [Some(&action.goto), action.otherwise.as_ref()]
                .into_iter()
                .flatten()
            {
                if !screens.contains_key(target.get_ref().as_str()) {
                    let message = format!(
                        "action `{}` goes to screen `{}`, which does not exist",
                        action.id.get_ref(),
                        target.get_ref()
                    );
                    problems.at(source, target.span(), message);
                }
            }
            if action.check.is_some() != action.otherwise.is_some() {
                let message = format!(
                    "action `{}` needs both `check` and `otherwise`, or neither",
                    action.id.get_ref()
                );
                problems.at(source, action.id.span(), message);
            }
        }
    }
    let next = |id: &str| {
        screens.get(id).map(|s| {
            s.action
                .iter()
                .flat_map(|a| [Some(&a.goto), a.otherwise.as_ref()])
                .flatten()
                .map(|t| t.get_ref().as_str())
                .collect()
        })
    };
    let reachable = reach(flow.start.get_ref(), next);
    for screen in flow.screen.iter().filter(|s| !s.backdrop) {
        if !reachable.contains(screen.id.get_ref().as_str()) {
            let message = format!(
                "screen `{}` cannot be reached from the start",
                screen.id.get_ref()
            );
            problems.at(source, screen.id.span(), message);
        }
    }
    for screen in &flow.screen {
        let from_here = reach(screen.id.get_ref(), next);
        let ends = from_here
            .iter()
            .any(|id| screens.get(id).is_some_and(|s| s.end));
        if reachable.contains(screen.id.get_ref().as_str()) && !ends {
            let message = format!(
                "from screen `{}` no end can be reached",
                screen.id.get_ref()
            );
            problems.at(source, screen.id.span(), message);
        }
    }
}

/// A screen's widgets and actions fit together: each action uses a widget on the screen, a
/// screen that is not an end has exactly one right action, and labels are glossary terms.
fn check_screen(
    problems: &mut Problems,
    source: &Source,
    screen: &ScreenDef,
    terms: &BTreeSet<String>,
    facts: &BTreeMap<String, FactDef>,
) {
    let screen_id = screen.id.get_ref();
    let mut widgets = BTreeSet::new();
    for widget in &screen.widget {
        check_id(problems, source, &widget.id);
        if !widgets.insert(widget.id.get_ref().as_str()) {
            let message = format!(
                "duplicate widget `{}` on screen `{screen_id}`",
                widget.id.get_ref()
            );
            problems.at(source, widget.id.span(), message);
        }
        if let Some(term) = &widget.term {
            if !terms.contains(term.get_ref()) {
                let message = format!("term `{}` is not in glossary.toml", term.get_ref());
                problems.at(source, term.span(), message);
            }
        }
        check_widget_text(problems, source, widget);
        let typed_or_shown = matches!(widget.kind, WidgetKind::Password | WidgetKind::CodeDisplay);
        match &widget.practice {
            Some(fact) if !facts.contains_key(fact.get_ref()) => {
                let message = format!("fact `{}` is not in facts.toml", fact.get_ref());
                problems.at(source, fact.span(), message);
            }
            None if typed_or_shown => {
                let message = format!(
                    "widget `{}` needs a `practice` fact: the value to type or show",
                    widget.id.get_ref()
                );
                problems.at(source, widget.id.span(), message);
            }
            _ => {}
        }
        if widget.asker.is_some() && widget.kind != WidgetKind::AppRequest {
            let message = format!(
                "widget `{}` has an `asker`, but only app requests name who asks",
                widget.id.get_ref()
            );
            problems.at(source, widget.id.span(), message);
        }
    }
    if screen.frame.has_address() && screen.address.is_none() {
        problems.at(
            source,
            screen.id.span(),
            format!("browser screen `{screen_id}` needs an `address`"),
        );
    }
    let mut actions = BTreeSet::new();
    for action in &screen.action {
        check_id(problems, source, &action.id);
        if !actions.insert(action.id.get_ref().as_str()) {
            let message = format!(
                "duplicate action `{}` on screen `{screen_id}`",
                action.id.get_ref()
            );
            problems.at(source, action.id.span(), message);
        }
        let disabled = screen
            .widget
            .iter()
            .any(|w| w.id.get_ref() == action.widget.get_ref() && w.disabled);
        if disabled && action.right {
            let message = format!(
                "action `{}` uses a disabled widget, so it cannot be the right action",
                action.id.get_ref()
            );
            problems.at(source, action.id.span(), message);
        }
        if !widgets.contains(action.widget.get_ref().as_str()) {
            let message = format!(
                "action `{}` uses widget `{}`, which is not on screen `{screen_id}`",
                action.id.get_ref(),
                action.widget.get_ref()
            );
            problems.at(source, action.widget.span(), message);
        }
        if let Some(check) = &action.check {
            let checkable = screen
                .widget
                .iter()
                .any(|w| w.id.get_ref() == check.get_ref() && w.practice.is_some());
            if !checkable {
                let message = format!(
                    "action `{}` checks widget `{}`, which is not a field with a practice value on screen `{screen_id}`",
                    action.id.get_ref(),
                    check.get_ref()
                );
                problems.at(source, check.span(), message);
            }
        }
    }
    let right = screen.action.iter().filter(|a| a.right).count();
    if !screen.end && !screen.backdrop && right != 1 {
        let message =
            format!("screen `{screen_id}` has {right} right actions; it needs exactly one");
        problems.at(source, screen.id.span(), message);
    }
}

/// A widget shows the text its kind needs: a term or a label to name it, a sender on a letter,
/// and letter marks only on letters.
fn check_widget_text(problems: &mut Problems, source: &Source, widget: &WidgetDef) {
    let id = widget.id.get_ref();
    let named = match widget.kind {
        WidgetKind::Field
        | WidgetKind::TextArea
        | WidgetKind::Password
        | WidgetKind::Button
        | WidgetKind::Link
        | WidgetKind::Option
        | WidgetKind::Text => Some("a `term` or a `label`"),
        WidgetKind::Checkbox => Some("a `term`"),
        WidgetKind::Paragraph
        | WidgetKind::Letter
        | WidgetKind::Attachment
        | WidgetKind::Document => Some("a `label`"),
        _ => None,
    };
    let (term, label) = (widget.term.is_some(), widget.label.is_some());
    if term && label {
        let message = format!("widget `{id}` has both a `term` and a `label`; give it one");
        problems.at(source, widget.id.span(), message);
    }
    match named {
        Some(need) if !term && !label => {
            let message = format!("widget `{id}` needs {need} for its Danish text");
            problems.at(source, widget.id.span(), message);
        }
        Some("a `term`") if label => {
            let message = format!("widget `{id}` needs a glossary `term`, not a `label`");
            problems.at(source, widget.id.span(), message);
        }
        Some("a `label`") if term => {
            let message =
                format!("widget `{id}` shows made-up text: give it a `label`, not a `term`");
            problems.at(source, widget.id.span(), message);
        }
        None if label => {
            let message = format!("widget `{id}` draws no text, so it cannot have a `label`");
            problems.at(source, widget.id.span(), message);
        }
        _ => {}
    }
    let letter = widget.kind == WidgetKind::Letter;
    if letter && widget.sender.is_none() {
        let message = format!("letter `{id}` needs a `sender`");
        problems.at(source, widget.id.span(), message);
    }
    if !letter
        && (widget.sender.is_some()
            || widget.detail.is_some()
            || widget.unread
            || widget.attachment)
    {
        let message = format!(
            "widget `{id}` is not a letter, so it cannot have `sender`, `detail`, `unread` or `attachment`"
        );
        problems.at(source, widget.id.span(), message);
    }
}

/// Every screen reachable from `start` (itself included) by breadth-first search.
fn reach<'a>(start: &'a str, next: impl Fn(&str) -> Option<Vec<&'a str>>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        for target in next(id).unwrap_or_default() {
            if seen.insert(target) {
                queue.push_back(target);
            }
        }
    }
    seen
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Folded step text per locale for the search index, each locale falling back to Danish.
struct SearchRow {
    locale: String,
    guide: String,
    step: i64,
    title: String,
    body: String,
}

fn searchable_text(
    guides: &[Guide],
    facts: &BTreeMap<String, FactDef>,
    locales: &BTreeMap<String, Vec<(String, String)>>,
) -> Result<Vec<SearchRow>, String> {
    let mut args = FluentArgs::new();
    for (name, fact) in facts {
        match &fact.value {
            FactValue::Number(n) => args.set(name.clone(), FluentValue::from(*n)),
            FactValue::Text(t) => args.set(name.clone(), FluentValue::from(t.clone())),
        }
    }
    let bundles: BTreeMap<&str, FluentBundle<FluentResource>> = locales
        .iter()
        .map(|(tag, files)| (tag.as_str(), bundle(tag, files)))
        .collect();
    let reference = bundles
        .get(REFERENCE)
        .ok_or_else(|| format!("locale `{REFERENCE}` is missing"))?;
    let mut rows = Vec::new();
    for (tag, bundle) in &bundles {
        for guide in guides {
            let id = guide.def.id.get_ref();
            for (position, step) in guide.def.step.iter().enumerate() {
                let step_id = step.id.get_ref();
                let title_id = format!("guide-{id}-{step_id}-title");
                let body_id = format!("guide-{id}-{step_id}-body");
                let text = |message: &str| {
                    format_in(bundle, message, &args)
                        .or_else(|| format_in(reference, message, &args))
                        .ok_or_else(|| format!("locales/{REFERENCE}: `{message}` does not format"))
                };
                rows.push(SearchRow {
                    locale: (*tag).to_owned(),
                    guide: id.clone(),
                    step: i64::try_from(position).unwrap_or(i64::MAX),
                    title: fold::fold(&text(&title_id)?),
                    body: fold::fold(&text(&body_id)?),
                });
            }
        }
    }
    Ok(rows)
}

fn bundle(tag: &str, files: &[(String, String)]) -> FluentBundle<FluentResource> {
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    for (_, text) in files {
        // The locale check has already rejected syntax errors and duplicates.
        let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_in(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

fn write_store(
    out: &Path,
    topics: &[TopicDef],
    guides: &[Guide],
    terms: &[TermDef],
    facts: &BTreeMap<String, FactDef>,
    flows: &[(Source, FlowDef)],
    searchable: &[SearchRow],
) -> rusqlite::Result<()> {
    let _ = fs::remove_file(out);
    let mut conn = Connection::open(out)?;
    conn.execute_batch(include_str!("../src/content/schema.sql"))?;
    let tx = conn.transaction()?;
    // Foreign keys are enforced: what is referred to is written first, topics last.
    for term in terms {
        tx.execute(
            "INSERT INTO term (id) VALUES (?1)",
            params![term.id.get_ref()],
        )?;
    }
    for guide in guides {
        let def = &guide.def;
        tx.execute(
            "INSERT INTO guide (id, minutes) VALUES (?1, ?2)",
            params![def.id.get_ref(), def.minutes],
        )?;
        for (position, step) in def.step.iter().enumerate() {
            tx.execute(
                "INSERT INTO step (guide_id, position, id, illustration) VALUES (?1, ?2, ?3, ?4)",
                params![
                    def.id.get_ref(),
                    n(position),
                    step.id.get_ref(),
                    step.illustration.as_ref().map(|i| i.get_ref())
                ],
            )?;
            for (term_position, term) in step.terms.iter().enumerate() {
                tx.execute(
                    "INSERT INTO step_term (guide_id, step_position, position, term_id)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![
                        def.id.get_ref(),
                        n(position),
                        n(term_position),
                        term.get_ref()
                    ],
                )?;
            }
        }
    }
    for guide in guides {
        let def = &guide.def;
        for (position, question) in def.question.iter().enumerate() {
            tx.execute(
                "INSERT INTO question (guide_id, position, id, right_option) VALUES (?1, ?2, ?3, ?4)",
                params![
                    def.id.get_ref(),
                    n(position),
                    question.id.get_ref(),
                    question.right.get_ref()
                ],
            )?;
            for (option_position, option) in question.options.iter().enumerate() {
                tx.execute(
                    "INSERT INTO question_option (guide_id, question_position, position, id)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![
                        def.id.get_ref(),
                        n(position),
                        n(option_position),
                        option.get_ref()
                    ],
                )?;
            }
        }
    }
    for (name, fact) in facts {
        let (value, is_number) = match &fact.value {
            FactValue::Number(n) => (n.to_string(), true),
            FactValue::Text(t) => (t.clone(), false),
        };
        tx.execute(
            "INSERT INTO fact (name, value, is_number, source) VALUES (?1, ?2, ?3, ?4)",
            params![name, value, is_number, fact.source],
        )?;
    }
    for (_, flow) in flows {
        tx.execute(
            "INSERT INTO flow (id, start_screen) VALUES (?1, ?2)",
            params![flow.id.get_ref(), flow.start.get_ref()],
        )?;
        for screen in &flow.screen {
            tx.execute(
                "INSERT INTO screen (flow_id, id, is_end, is_backdrop, frame, address)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    flow.id.get_ref(),
                    screen.id.get_ref(),
                    screen.end,
                    screen.backdrop,
                    screen.frame.as_str(),
                    screen.address.as_ref().map(|a| a.get_ref())
                ],
            )?;
            for (position, widget) in screen.widget.iter().enumerate() {
                tx.execute(
                    "INSERT INTO widget (flow_id, screen_id, position, id, kind, term_id, practice_fact,
                                         asker, label, sender, detail, unread, attachment, disabled)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                    params![
                        flow.id.get_ref(),
                        screen.id.get_ref(),
                        n(position),
                        widget.id.get_ref(),
                        widget.kind.as_str(),
                        widget.term.as_ref().map(|t| t.get_ref()),
                        widget.practice.as_ref().map(|f| f.get_ref()),
                        widget.asker.as_ref().map(|a| a.get_ref()),
                        widget.label.as_ref().map(|l| l.get_ref()),
                        widget.sender.as_ref().map(|l| l.get_ref()),
                        widget.detail.as_ref().map(|l| l.get_ref()),
                        widget.unread,
                        widget.attachment,
                        widget.disabled
                    ],
                )?;
            }
        }
        // Every screen exists before any action or other screen points at one.
        for screen in &flow.screen {
            if let Some(beside) = &screen.beside {
                tx.execute(
                    "UPDATE screen SET beside = ?3 WHERE flow_id = ?1 AND id = ?2",
                    params![flow.id.get_ref(), screen.id.get_ref(), beside.get_ref()],
                )?;
            }
            for (position, action) in screen.action.iter().enumerate() {
                tx.execute(
                    "INSERT INTO action (flow_id, screen_id, position, id, widget_id, goto_screen, is_right,
                                         check_widget, otherwise_screen)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        flow.id.get_ref(),
                        screen.id.get_ref(),
                        n(position),
                        action.id.get_ref(),
                        action.widget.get_ref(),
                        action.goto.get_ref(),
                        action.right,
                        action.check.as_ref().map(|c| c.get_ref()),
                        action.otherwise.as_ref().map(|o| o.get_ref())
                    ],
                )?;
            }
        }
    }
    for (position, topic) in topics.iter().enumerate() {
        tx.execute(
            "INSERT INTO topic (id, position) VALUES (?1, ?2)",
            params![topic.id.get_ref(), n(position)],
        )?;
        for (guide_position, guide) in topic.guides.iter().enumerate() {
            tx.execute(
                "INSERT INTO topic_guide (topic_id, guide_id, position) VALUES (?1, ?2, ?3)",
                params![topic.id.get_ref(), guide.get_ref(), n(guide_position)],
            )?;
        }
        for (flow_position, flow) in topic.practice.iter().enumerate() {
            tx.execute(
                "INSERT INTO topic_flow (topic_id, flow_id, position) VALUES (?1, ?2, ?3)",
                params![topic.id.get_ref(), flow.get_ref(), n(flow_position)],
            )?;
        }
    }
    for row in searchable {
        tx.execute(
            "INSERT INTO search (locale, guide_id, step_position, title, body)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![row.locale, row.guide, row.step, row.title, row.body],
        )?;
    }
    tx.commit()?;
    conn.execute_batch(&format!(
        "INSERT INTO search(search) VALUES ('optimize'); PRAGMA user_version = {}; VACUUM;",
        schema::SCHEMA_VERSION
    ))?;
    Ok(())
}

/// A list position as SQLite stores it; content lists are far shorter than `i64::MAX`.
fn n(position: usize) -> i64 {
    i64::try_from(position).unwrap_or(i64::MAX)
}
