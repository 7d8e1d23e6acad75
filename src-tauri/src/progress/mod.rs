//! The user's progress and settings: a SQLite database in the app-data folder.
//! Opening never fails: a damaged file is set aside and replaced, and a file that cannot be used
//! now (locked, read-only, written by a newer Trinvis) is left alone while the session runs in
//! memory. Only ids, counts, booleans and timestamps are stored, never what a learner typed.

mod open;
mod schema;
mod settings;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

pub use settings::{Settings, TEXT_SIZES};

/// The longest guide or flow id accepted, as in the content compiler.
const MAX_ID_LEN: usize = 64;

/// What to tell the user once after startup about where their progress is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The database was unreadable; it was moved aside and a fresh one started.
    Recovered {
        /// Where the unreadable file now is, so it can be handed to someone who can inspect it.
        moved_to: PathBuf,
    },
    /// The database could not be used; this session's progress lives in memory only.
    NotSaved {
        /// Why, in English, for logs and support.
        reason: String,
    },
}

/// Where the user is in one guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuidePosition {
    /// The last step the user reached.
    pub step: u32,
    /// Whether the user has finished the guide at least once.
    pub completed: bool,
}

/// Why a change to the progress store was not made.
#[derive(Debug, thiserror::Error)]
pub enum ProgressError {
    /// SQLite refused the change, for example because the disk is full or the file is locked.
    #[error("could not {operation}: {source}")]
    Database {
        /// What the store was doing.
        operation: &'static str,
        /// What SQLite reported.
        #[source]
        source: rusqlite::Error,
    },
    /// A text size the UI does not offer.
    #[error("text size {0}% is outside {min}..={max}%", min = TEXT_SIZES.start(), max = TEXT_SIZES.end())]
    TextSize(u16),
    /// A language setting that is not a language tag.
    #[error("{setting} {value:?} is not a language tag")]
    LanguageTag {
        /// Which setting.
        setting: &'static str,
        /// The value given.
        value: String,
    },
    /// A guide or flow id that does not have the shape of a content id.
    #[error("{value:?} is not a guide or flow id")]
    Id {
        /// The value given.
        value: String,
    },
}

/// The progress database, shared between threads.
pub struct ProgressStore {
    conn: Mutex<Connection>,
    persistent: bool,
    notice: Option<Notice>,
}

impl ProgressStore {
    /// Opens or creates `dir/progress.sqlite`, falling back to memory when the file cannot be used.
    pub fn open(dir: &Path) -> Self {
        match open::open(dir) {
            Ok((conn, notice)) => Self {
                conn: Mutex::new(conn),
                persistent: true,
                notice,
            },
            Err(reason) => Self::in_memory(Some(Notice::NotSaved { reason })),
        }
    }

    /// A store that keeps nothing after it is dropped.
    pub fn open_in_memory() -> Self {
        Self::in_memory(None)
    }

    fn in_memory(notice: Option<Notice>) -> Self {
        // Only a failed allocation stops SQLite from opening an in-memory database.
        let mut conn = Connection::open_in_memory().expect("SQLite opens an in-memory database");
        // Migrating an empty in-memory database fails only if a migration is broken, which the
        // tests catch; the store would still answer reads with defaults and writes with errors.
        let _ = schema::configure(&conn).and_then(|()| schema::migrate(&mut conn));
        Self {
            conn: Mutex::new(conn),
            persistent: false,
            notice,
        }
    }

    /// The startup notice, given once.
    pub fn take_notice(&mut self) -> Option<Notice> {
        self.notice.take()
    }

    /// Whether changes are written to disk rather than kept in memory for this session.
    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    /// The saved settings, with defaults for anything unset or unreadable.
    pub fn settings(&self) -> Settings {
        self.read(settings::read).unwrap_or_default()
    }

    /// Saves all settings at once.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), ProgressError> {
        settings.validate()?;
        self.write("save settings", |tx| settings::write(tx, settings))
    }

    /// Remembers the step the user reached in a guide and makes it the guide to continue.
    pub fn record_step(&self, guide_id: &str, step: u32) -> Result<(), ProgressError> {
        check_id(guide_id)?;
        self.write("record a guide step", |tx| {
            // A use counter rather than the time orders two steps taken within the same second.
            tx.execute(
                "INSERT INTO guide_progress (guide_id, step, last_used, updated_at)
                 VALUES (?1, ?2, (SELECT COALESCE(MAX(last_used), 0) + 1 FROM guide_progress), unixepoch())
                 ON CONFLICT (guide_id) DO UPDATE
                 SET step = excluded.step, last_used = excluded.last_used, updated_at = excluded.updated_at",
                params![guide_id, step],
            )
            .map(drop)
        })
    }

    /// Marks a guide as finished.
    pub fn complete_guide(&self, guide_id: &str) -> Result<(), ProgressError> {
        check_id(guide_id)?;
        self.write("complete a guide", |tx| {
            tx.execute(
                "INSERT INTO guide_progress (guide_id, step, completed, updated_at)
                 VALUES (?1, 0, 1, unixepoch())
                 ON CONFLICT (guide_id) DO UPDATE SET completed = 1, updated_at = excluded.updated_at",
                [guide_id],
            )
            .map(drop)
        })
    }

    /// Where the user is in a guide, if they have started or finished it.
    pub fn guide_position(&self, guide_id: &str) -> Option<GuidePosition> {
        self.read(|conn| {
            conn.query_row(
                "SELECT step, completed FROM guide_progress WHERE guide_id = ?1",
                [guide_id],
                |row| {
                    Ok(GuidePosition {
                        step: row.get(0)?,
                        completed: row.get(1)?,
                    })
                },
            )
            .optional()
        })
        .flatten()
    }

    /// The guide the user stepped through most recently, and the step they reached.
    pub fn last_guide(&self) -> Option<(String, u32)> {
        self.read(|conn| {
            conn.query_row(
                "SELECT guide_id, step FROM guide_progress
                 WHERE last_used IS NOT NULL ORDER BY last_used DESC LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
        })
        .flatten()
    }

    /// The ids of every guide the user has finished, in id order.
    pub fn completed_guides(&self) -> Vec<String> {
        self.read(|conn| {
            conn.prepare(
                "SELECT guide_id FROM guide_progress WHERE completed = 1 ORDER BY guide_id",
            )?
            .query_map([], |row| row.get(0))?
            .collect()
        })
        .unwrap_or_default()
    }

    /// Records how a practice run went; what the learner typed is never passed in.
    pub fn record_practice_attempt(
        &self,
        flow_id: &str,
        mistakes: u32,
        hints: u32,
        completed: bool,
    ) -> Result<(), ProgressError> {
        check_id(flow_id)?;
        self.write("record a practice attempt", |tx| {
            tx.execute(
                "INSERT INTO practice_attempts (flow_id, mistakes, hints, completed, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, unixepoch())",
                params![flow_id, mistakes, hints, completed],
            )
            .map(drop)
        })
    }

    /// The guide ids of the session plan, in order.
    pub fn session_plan(&self) -> Vec<String> {
        self.read(|conn| {
            conn.prepare("SELECT guide_id FROM session_plan ORDER BY position")?
                .query_map([], |row| row.get(0))?
                .collect()
        })
        .unwrap_or_default()
    }

    /// Replaces the session plan in one transaction, so a kill keeps the old plan or the new.
    pub fn save_session_plan(&self, guides: &[String]) -> Result<(), ProgressError> {
        guides.iter().try_for_each(|guide| check_id(guide))?;
        self.write("save the session plan", |tx| {
            tx.execute("DELETE FROM session_plan", [])?;
            let mut insert =
                tx.prepare("INSERT INTO session_plan (position, guide_id) VALUES (?1, ?2)")?;
            for (position, guide) in guides.iter().enumerate() {
                insert.execute(params![position as i64, guide])?;
            }
            Ok(())
        })
    }

    /// Deletes all settings, progress and attempts, so the next start is a first start.
    pub fn forget_everything(&self) -> Result<(), ProgressError> {
        self.write("forget everything", |tx| {
            // Every table holds user data, so tables added by later migrations are wiped too
            // without anyone having to remember this list.
            let tables: Vec<String> = tx
                .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            tables.iter().try_for_each(|table| {
                tx.execute_batch(&format!("DELETE FROM \"{}\"", table.replace('"', "\"\"")))
            })
        })?;
        // With secure_delete the rows are zeroed in the new pages, but the old pages stay in the
        // write-ahead log until it is checkpointed and emptied.
        self.conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .map_err(|source| ProgressError::Database {
                operation: "clear forgotten data from the journal",
                source,
            })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs a query; reads never fail the caller, who gets `None` and falls back to defaults.
    fn read<T>(&self, query: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Option<T> {
        query(&self.conn()).ok()
    }

    /// Runs a change in one transaction that takes the write lock up front, so it cannot fail
    /// halfway on a lock another process took in between.
    fn write(
        &self,
        operation: &'static str,
        change: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<()>,
    ) -> Result<(), ProgressError> {
        let mut conn = self.conn();
        conn.transaction_with_behavior(TransactionBehavior::Immediate)
            .and_then(|tx| {
                change(&tx)?;
                tx.commit()
            })
            .map_err(|source| ProgressError::Database { operation, source })
    }
}

/// Ids have the shape the content compiler enforces (lower-case a-z, 0-9, inner hyphens);
/// refusing anything else keeps free text out of the database.
fn check_id(id: &str) -> Result<(), ProgressError> {
    let valid = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(())
    } else {
        Err(ProgressError::Id {
            value: id.to_owned(),
        })
    }
}
