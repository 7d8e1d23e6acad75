//! Practice flows run as state machines: the UI draws the current screen and sends the learner's
//! actions here. What the learner types lives only in this session's memory, and text that looks
//! like real personal details is replaced before it is even kept there.

use std::collections::BTreeMap;

use crate::content::{Flow, Screen, Widget};

/// Why an action or input was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PracticeError {
    /// The current screen has no such action.
    #[error("screen `{screen}` has no action `{action}`")]
    UnknownAction {
        /// The current screen.
        screen: String,
        /// The action asked for.
        action: String,
    },
    /// The current screen has no field with this ID.
    #[error("screen `{screen}` has no field `{widget}`")]
    UnknownField {
        /// The current screen.
        screen: String,
        /// The widget asked for.
        widget: String,
    },
    /// The flow has reached its end; only starting again is possible.
    #[error("the practice is finished")]
    Finished,
}

/// What an action led to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The right action: the flow moved on.
    Moved,
    /// The right action, and it reached the end.
    Finished,
    /// A wrong action: explain it with this message, then show the screen it led to.
    Mistake {
        /// The feedback message's ID.
        feedback: String,
    },
}

/// What became of typed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typed {
    /// Kept in memory as typed.
    Kept,
    /// It looked like real personal details, so it was not kept: the practice value stands in.
    Replaced,
}

/// One run through a practice flow.
pub struct Session {
    flow: Flow,
    at: usize,
    mistakes: u32,
    hints: u32,
    /// What the learner typed, per field of the current run; never written anywhere.
    typed: BTreeMap<String, String>,
    /// The values the guidance tells the learner to type, which stand in for anything refused.
    practice: PracticeValues,
}

/// The made-up values a practice uses, by fact name: what the guidance suggests typing, what
/// stands in for anything that looked like real details, and what a code display shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PracticeValues(pub BTreeMap<String, String>);

impl PracticeValues {
    /// The practice value a widget expects, if it names one.
    fn of(&self, widget: &Widget) -> &str {
        widget
            .practice
            .as_deref()
            .and_then(|fact| self.0.get(fact))
            .map_or("", String::as_str)
    }
}

impl Session {
    /// Starts a flow at its first screen.
    pub fn start(flow: Flow, practice: PracticeValues) -> Session {
        let at = flow.start;
        Session {
            flow,
            at,
            mistakes: 0,
            hints: 0,
            typed: BTreeMap::new(),
            practice,
        }
    }

    /// The flow being practised.
    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    /// The screen the learner is on.
    pub fn screen(&self) -> &Screen {
        &self.flow.screens[self.at]
    }

    /// Wrong actions so far in this run.
    pub fn mistakes(&self) -> u32 {
        self.mistakes
    }

    /// Hints and "show me" so far in this run.
    pub fn hints(&self) -> u32 {
        self.hints
    }

    /// Whether the run has reached an end screen.
    pub fn is_finished(&self) -> bool {
        self.screen().is_end
    }

    /// What the learner typed into a field, as the screen should show it again.
    pub fn typed(&self, widget: &str) -> Option<&str> {
        self.typed.get(widget).map(String::as_str)
    }

    /// Takes an action on the current screen.
    pub fn act(&mut self, action: &str) -> Result<Outcome, PracticeError> {
        if self.is_finished() {
            return Err(PracticeError::Finished);
        }
        let screen = self.screen();
        let Some(chosen) = screen.actions.iter().find(|a| a.id == action) else {
            return Err(PracticeError::UnknownAction {
                screen: screen.id.clone(),
                action: action.to_owned(),
            });
        };
        let (goto, is_right) = (chosen.goto, chosen.is_right);
        let prefix = format!("practice-{}-{}-{}", self.flow.id, screen.id, chosen.id);
        if let Some(check) = &chosen.check {
            let expected = screen
                .widgets
                .iter()
                .find(|w| w.id == check.widget)
                .map_or("", |w| self.practice.of(w));
            let typed = self.typed(&check.widget).unwrap_or("");
            if typed.trim() != expected {
                self.at = check.otherwise;
                self.mistakes += 1;
                return Ok(Outcome::Mistake {
                    feedback: format!("{prefix}-check-feedback"),
                });
            }
        }
        let feedback = format!("{prefix}-feedback");
        self.at = goto;
        if !is_right {
            self.mistakes += 1;
            return Ok(Outcome::Mistake { feedback });
        }
        Ok(if self.is_finished() {
            Outcome::Finished
        } else {
            Outcome::Moved
        })
    }

    /// Takes text typed into a field or password field of the current screen.
    pub fn type_text(&mut self, widget: &str, text: &str) -> Result<Typed, PracticeError> {
        // Values in hints carry invisible direction marks; pasted from there they still match.
        let text: String = text
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}'))
            .collect();
        let text = text.as_str();
        let screen = self.screen();
        let Some(field) = screen
            .widgets
            .iter()
            .find(|w| w.id == widget && is_typed(&w.kind))
        else {
            return Err(PracticeError::UnknownField {
                screen: screen.id.clone(),
                widget: widget.to_owned(),
            });
        };
        let stand_in = self.practice.of(field);
        // Any password but the practice one may be real; in a field, a CPR-shaped one unless it
        // is the practice CPR number the guidance asks for.
        let real = if field.kind == "password" {
            !text.is_empty() && text != stand_in
        } else {
            looks_like_cpr(text) && text.trim() != stand_in
        };
        if real {
            let stand_in = stand_in.to_owned();
            self.typed.insert(widget.to_owned(), stand_in);
            return Ok(Typed::Replaced);
        }
        self.typed.insert(widget.to_owned(), text.to_owned());
        Ok(Typed::Kept)
    }

    /// The hint for the current screen, as a message ID; counted.
    pub fn hint(&mut self) -> String {
        self.hints += 1;
        format!("practice-{}-{}-hint", self.flow.id, self.screen().id)
    }

    /// The right action on the current screen, for "show me"; counted as a hint. Empty fields,
    /// and any the right action checks, are filled with their practice values, as the person
    /// showing would type them.
    pub fn show_me(&mut self) -> Option<String> {
        self.hints += 1;
        let screen = &self.flow.screens[self.at];
        let right = screen.actions.iter().find(|a| a.is_right)?;
        let checked = right.check.as_ref().map(|c| c.widget.as_str());
        for widget in &screen.widgets {
            if !is_typed(&widget.kind) {
                continue;
            }
            let empty = self
                .typed
                .get(&widget.id)
                .is_none_or(|t| t.trim().is_empty());
            if empty || checked == Some(widget.id.as_str()) {
                self.typed
                    .insert(widget.id.clone(), self.practice.of(widget).to_owned());
            }
        }
        Some(right.id.clone())
    }

    /// The practice value a code display on this screen or beside it shows.
    pub fn shown(&self, widget: &Widget) -> Option<&str> {
        (widget.kind == "code-display").then(|| self.practice.of(widget))
    }

    /// Starts the same flow again from its first screen, forgetting what was typed.
    pub fn restart(&mut self) {
        self.at = self.flow.start;
        self.mistakes = 0;
        self.hints = 0;
        self.typed.clear();
    }
}

/// Whether a widget of this kind takes typed text.
fn is_typed(kind: &str) -> bool {
    matches!(kind, "field" | "text-area" | "password")
}

/// Whether text looks like a Danish CPR number: ten digits, perhaps split by a dash or space
/// (`010203-1234`). Any ten digits count, as MitID never accepts them as a user ID anyway.
pub fn looks_like_cpr(text: &str) -> bool {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if digits.chars().count() != 10 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    // Only separators may surround the digits: "amal-0102031234" is a user ID, not a CPR number.
    text.trim()
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == ' ')
}

#[cfg(test)]
mod tests;
