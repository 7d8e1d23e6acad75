//! The content store: topics, guides, glossary, facts and practice flows, compiled from
//! `src-tauri/content/` at build time into SQLite, embedded, and opened read-only.

pub mod fold;
mod schema;

use std::sync::{Mutex, PoisonError};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, MAIN_DB};

use crate::l10n::Value;

/// The store compiled by the build script.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.sqlite"));

/// The most search hits returned for one query.
pub const MAX_HITS: usize = 30;

/// Queries longer than this are cut: nobody types more, and FTS cost grows with it.
pub const MAX_QUERY_CHARS: usize = 200;

/// Why the content store could not be opened or read.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// SQLite could not open or read the store.
    #[error("the content store could not be read: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The store was built for another schema version.
    #[error("the content store has schema version {found}, this build reads {expected}")]
    Version {
        /// The version in the file.
        found: i32,
        /// The version this code reads.
        expected: i32,
    },
    /// No guide has this ID.
    #[error("there is no guide `{0}`")]
    UnknownGuide(String),
    /// No practice flow has this ID.
    #[error("there is no practice flow `{0}`")]
    UnknownFlow(String),
}

/// A topic on the home screen and the guides under it, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    /// The topic's ID; its messages are `topic-<id>` and `topic-<id>-summary`.
    pub id: String,
    /// The IDs of its guides, in reading order.
    pub guides: Vec<String>,
    /// The IDs of its practice flows, in order.
    pub practice: Vec<String>,
}

/// A guide with its steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guide {
    /// The guide's ID; its messages are `guide-<id>-title` and `guide-<id>-summary`.
    pub id: String,
    /// The estimated reading time.
    pub minutes: u32,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// The short check after the last step; empty when the guide has none.
    pub questions: Vec<Question>,
}

/// A question in a guide's closing check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// The question's ID; its message is `guide-<guide>-question-<id>`.
    pub id: String,
    /// The answers' IDs, in order; each has a message and a `-feedback` message.
    pub options: Vec<String>,
    /// The ID of the right answer.
    pub right: String,
}

/// One step of a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The step's ID; its messages are `guide-<guide>-<id>-title` and `…-body`.
    pub id: String,
    /// The illustration to show, if any.
    pub illustration: Option<String>,
    /// The glossary terms of the Danish key words on this step.
    pub terms: Vec<String>,
}

/// A screen as stored, before its links become indices.
struct ScreenRow {
    id: String,
    frame: String,
    address: Option<String>,
    is_end: bool,
    is_backdrop: bool,
    beside: Option<String>,
}

/// A practice flow: a graph of simulated Danish screens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    /// The flow's ID; its messages are `practice-<id>-…`.
    pub id: String,
    /// The index in `screens` of the first screen.
    pub start: usize,
    /// Every screen, in file order.
    pub screens: Vec<Screen>,
}

/// One simulated screen of a practice flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    /// The screen's ID, unique in its flow.
    pub id: String,
    /// `browser`, `phone`, `phone-browser` or `device`.
    pub frame: String,
    /// The address in a browser frame's address bar.
    pub address: Option<String>,
    /// Whether reaching this screen completes the flow.
    pub is_end: bool,
    /// Whether this is only a picture of another device, drawn beside other screens.
    pub is_backdrop: bool,
    /// The index in the flow's `screens` of the screen drawn beside this one.
    pub beside: Option<usize>,
    /// The controls on the screen, in order.
    pub widgets: Vec<Widget>,
    /// What the learner can do here.
    pub actions: Vec<Action>,
}

/// A control on a simulated screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Widget {
    /// The widget's ID, unique on its screen.
    pub id: String,
    /// `field`, `text-area`, `password`, `button`, `link`, `checkbox`, `app-request`,
    /// `qr-code`, `code-display`, `text`, `paragraph`, `option`, `letter`, `attachment`,
    /// `document`, `call`, `close-page` or `error`.
    pub kind: String,
    /// The glossary term whose Danish label it shows.
    pub term: Option<String>,
    /// The fact holding the practice value typed into it or shown on it.
    pub practice: Option<String>,
    /// The Danish screen message naming who asks, on an app request.
    pub asker: Option<String>,
    /// The Danish screen message it shows in place of a term, such as a letter's subject.
    pub label: Option<String>,
    /// A letter's sender, as a Danish screen message.
    pub sender: Option<String>,
    /// A letter's secondary line, such as its date, as a Danish screen message.
    pub detail: Option<String>,
    /// Whether a letter is marked as not yet read.
    pub unread: bool,
    /// Whether a letter has a file attached.
    pub attachment: bool,
    /// Whether the control is drawn greyed out, as the real system does not allow it here.
    pub disabled: bool,
}

/// Something the learner can do on a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    /// The action's ID, unique on its screen.
    pub id: String,
    /// The widget used to take it.
    pub widget: String,
    /// The index in the flow's `screens` it leads to.
    pub goto: usize,
    /// Whether this is what the guidance asks for.
    pub is_right: bool,
    /// A typed value the action needs, and where a wrong one leads.
    pub check: Option<Check>,
}

/// A typed value an action needs: the widget must hold its practice value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The widget whose value is checked.
    pub widget: String,
    /// The index in the flow's `screens` of the error screen a wrong value leads to.
    pub otherwise: usize,
}

/// A search hit: a step of a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// The guide's ID.
    pub guide: String,
    /// The step's position in the guide, from 0.
    pub step: u32,
}

/// More than the content store will ever be, so that all of it is read in place.
const MAP_BYTES: i64 = 64 << 20;

/// The read-only content store.
pub struct ContentStore {
    // A Connection is Send but not Sync; the store lives in shared app state.
    conn: Mutex<Connection>,
}

impl ContentStore {
    /// Opens the store compiled into the binary.
    pub fn embedded() -> Result<Self, ContentError> {
        let mut conn = Connection::open_in_memory_with_flags(
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.deserialize_bytes(MAIN_DB, EMBEDDED)?;
        // Read in place: without it SQLite copies every page it reads into its cache, though
        // the pages are in the binary already.
        conn.pragma_update(None, "mmap_size", MAP_BYTES)?;
        Self::checked(conn)
    }

    /// Opens a store file read-only, such as one a test compiled.
    pub fn open(path: &std::path::Path) -> Result<Self, ContentError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::checked(conn)
    }

    fn checked(conn: Connection) -> Result<Self, ContentError> {
        let found: i32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found != schema::SCHEMA_VERSION {
            return Err(ContentError::Version {
                found,
                expected: schema::SCHEMA_VERSION,
            });
        }
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Every topic with its guides, in home-screen order.
    pub fn topics(&self) -> Result<Vec<Topic>, ContentError> {
        let conn = self.conn();
        let mut topics = conn.prepare_cached("SELECT id FROM topic ORDER BY position")?;
        let mut guides = conn.prepare_cached(
            "SELECT guide_id FROM topic_guide WHERE topic_id = ?1 ORDER BY position",
        )?;
        let mut flows = conn.prepare_cached(
            "SELECT flow_id FROM topic_flow WHERE topic_id = ?1 ORDER BY position",
        )?;
        let ids: Vec<String> = topics
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        ids.into_iter()
            .map(|id| {
                let list = guides
                    .query_map([&id], |row| row.get(0))?
                    .collect::<Result<_, _>>()?;
                let practice = flows
                    .query_map([&id], |row| row.get(0))?
                    .collect::<Result<_, _>>()?;
                Ok(Topic {
                    id,
                    guides: list,
                    practice,
                })
            })
            .collect()
    }

    /// The estimated reading time of a guide.
    pub fn minutes(&self, guide: &str) -> Result<u32, ContentError> {
        self.conn()
            .prepare_cached("SELECT minutes FROM guide WHERE id = ?1")?
            .query_row([guide], |row| row.get(0))
            .optional()?
            .ok_or_else(|| ContentError::UnknownGuide(guide.to_owned()))
    }

    /// A guide with all its steps.
    pub fn guide(&self, id: &str) -> Result<Guide, ContentError> {
        let minutes = self.minutes(id)?;
        let conn = self.conn();
        let mut steps = conn.prepare_cached(
            "SELECT position, id, illustration FROM step WHERE guide_id = ?1 ORDER BY position",
        )?;
        let mut terms = conn.prepare_cached(
            "SELECT term_id FROM step_term WHERE guide_id = ?1 AND step_position = ?2
             ORDER BY position",
        )?;
        let rows: Vec<(i64, String, Option<String>)> = steps
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let steps = rows
            .into_iter()
            .map(|(position, step_id, illustration)| {
                let terms = terms
                    .query_map(params![id, position], |row| row.get(0))?
                    .collect::<Result<_, _>>()?;
                Ok(Step {
                    id: step_id,
                    illustration,
                    terms,
                })
            })
            .collect::<Result<_, ContentError>>()?;
        let mut questions = conn.prepare_cached(
            "SELECT position, id, right_option FROM question WHERE guide_id = ?1 ORDER BY position",
        )?;
        let mut options = conn.prepare_cached(
            "SELECT id FROM question_option WHERE guide_id = ?1 AND question_position = ?2
             ORDER BY position",
        )?;
        let rows: Vec<(i64, String, String)> = questions
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let questions = rows
            .into_iter()
            .map(|(position, question_id, right)| {
                let options = options
                    .query_map(params![id, position], |row| row.get(0))?
                    .collect::<Result<_, _>>()?;
                Ok(Question {
                    id: question_id,
                    options,
                    right,
                })
            })
            .collect::<Result<_, ContentError>>()?;
        Ok(Guide {
            id: id.to_owned(),
            minutes,
            steps,
            questions,
        })
    }

    /// A practice flow with all its screens, widgets and actions.
    pub fn flow(&self, id: &str) -> Result<Flow, ContentError> {
        let conn = self.conn();
        let start: String = conn
            .prepare_cached("SELECT start_screen FROM flow WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| ContentError::UnknownFlow(id.to_owned()))?;
        let mut screens_stmt = conn.prepare_cached(
            "SELECT id, frame, address, is_end, is_backdrop, beside FROM screen
             WHERE flow_id = ?1 ORDER BY rowid",
        )?;
        let mut widgets_stmt = conn.prepare_cached(
            "SELECT id, kind, term_id, practice_fact, asker, label, sender, detail, unread,
                    attachment, disabled
             FROM widget WHERE flow_id = ?1 AND screen_id = ?2 ORDER BY position",
        )?;
        let mut actions_stmt = conn.prepare_cached(
            "SELECT id, widget_id, goto_screen, is_right, check_widget, otherwise_screen FROM action
             WHERE flow_id = ?1 AND screen_id = ?2 ORDER BY position",
        )?;
        let rows: Vec<ScreenRow> = screens_stmt
            .query_map([id], |r| {
                Ok(ScreenRow {
                    id: r.get(0)?,
                    frame: r.get(1)?,
                    address: r.get(2)?,
                    is_end: r.get(3)?,
                    is_backdrop: r.get(4)?,
                    beside: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        // The compiler checked every target exists, so a miss means a damaged store.
        let index = |screen: &str| {
            rows.iter()
                .position(|row| row.id == screen)
                .ok_or_else(|| ContentError::UnknownFlow(id.to_owned()))
        };
        let mut screens = Vec::with_capacity(rows.len());
        for row in &rows {
            let widgets = widgets_stmt
                .query_map(params![id, row.id], |r| {
                    Ok(Widget {
                        id: r.get(0)?,
                        kind: r.get(1)?,
                        term: r.get(2)?,
                        practice: r.get(3)?,
                        asker: r.get(4)?,
                        label: r.get(5)?,
                        sender: r.get(6)?,
                        detail: r.get(7)?,
                        unread: r.get(8)?,
                        attachment: r.get(9)?,
                        disabled: r.get(10)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            type ActionRow = (String, String, String, bool, Option<String>, Option<String>);
            let raw: Vec<ActionRow> = actions_stmt
                .query_map(params![id, row.id], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })?
                .collect::<Result<_, _>>()?;
            let actions = raw
                .into_iter()
                .map(|(action, widget, goto, is_right, check, otherwise)| {
                    let check = match (check, otherwise) {
                        (Some(widget), Some(otherwise)) => Some(Check {
                            widget,
                            otherwise: index(&otherwise)?,
                        }),
                        _ => None,
                    };
                    Ok(Action {
                        id: action,
                        widget,
                        goto: index(&goto)?,
                        is_right,
                        check,
                    })
                })
                .collect::<Result<_, ContentError>>()?;
            screens.push(Screen {
                id: row.id.clone(),
                frame: row.frame.clone(),
                address: row.address.clone(),
                is_end: row.is_end,
                is_backdrop: row.is_backdrop,
                beside: row.beside.as_deref().map(index).transpose()?,
                widgets,
                actions,
            });
        }
        let start = index(&start)?;
        Ok(Flow {
            id: id.to_owned(),
            start,
            screens,
        })
    }

    /// Every practice flow ID, in home-screen order.
    pub fn flow_ids(&self) -> Result<Vec<String>, ContentError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT flow_id FROM topic_flow JOIN topic ON topic.id = topic_flow.topic_id
             ORDER BY topic.position, topic_flow.position",
        )?;
        let ids = stmt
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }

    /// Every glossary term ID, in file order.
    pub fn terms(&self) -> Result<Vec<String>, ContentError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached("SELECT id FROM term ORDER BY rowid")?;
        let terms = stmt
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(terms)
    }

    /// Every fact (phone numbers, ages), by name, as the message variables they become.
    pub fn facts(&self) -> Result<Vec<(String, Value)>, ContentError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare_cached("SELECT name, value, is_number FROM fact ORDER BY name")?;
        let facts = stmt
            .query_map([], |row| {
                let name: String = row.get(0)?;
                let value: String = row.get(1)?;
                let is_number: bool = row.get(2)?;
                let value = match value.parse::<f64>() {
                    Ok(number) if is_number => Value::Number(number),
                    _ => Value::Text(value),
                };
                Ok((name, value))
            })?
            .collect::<Result<_, _>>()?;
        Ok(facts)
    }

    /// Steps whose text in `locale` (or Danish, where it falls back) contains every word of the
    /// query, best first; case, accents and Arabic-script spelling variants are ignored.
    pub fn search(&self, locale: &str, query: &str) -> Result<Vec<SearchHit>, ContentError> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let Some(fts) = fold::fts_query(&query) else {
            return Ok(Vec::new());
        };
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT guide_id, step_position FROM search
             WHERE search MATCH ?1 AND locale = ?2
             ORDER BY bm25(search, 0.0, 0.0, 0.0, 2.0, 1.0) LIMIT ?3",
        )?;
        let hits = stmt
            .query_map(params![fts, locale, MAX_HITS as i64], |row| {
                Ok(SearchHit {
                    guide: row.get(0)?,
                    step: row.get(1)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(hits)
    }
}

#[cfg(test)]
mod tests;
