//! The schema, built step by step so an older database is brought up to date in place.

use rusqlite::{Connection, TransactionBehavior};

/// Migration n takes a database from `user_version` n to n + 1. Only append: a shipped step
/// never changes. STRICT tables keep a number column from ever holding text.
pub(super) const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE guide_progress (
        guide_id TEXT PRIMARY KEY NOT NULL,
        step INTEGER NOT NULL CHECK (step >= 0),
        completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
        -- NULL for a guide marked complete without being stepped through: nothing to continue.
        last_used INTEGER,
        updated_at INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE practice_attempts (
        id INTEGER PRIMARY KEY,
        flow_id TEXT NOT NULL,
        mistakes INTEGER NOT NULL CHECK (mistakes >= 0),
        hints INTEGER NOT NULL CHECK (hints >= 0),
        completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
        recorded_at INTEGER NOT NULL
    ) STRICT;
",
    "
    -- The ambassador's session plan: guide ids in the order they are shown.
    CREATE TABLE session_plan (
        position INTEGER PRIMARY KEY CHECK (position >= 0),
        guide_id TEXT NOT NULL UNIQUE
    ) STRICT;
",
];

/// The `user_version` of a fully migrated database.
pub(super) const LATEST: i64 = MIGRATIONS.len() as i64;

/// The schema version stored in the file.
pub(super) fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Per-connection settings that every database, on disk or in memory, runs with.
pub(super) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // secure_delete zeroes deleted rows, so "forget everything" leaves nothing readable behind.
    conn.execute_batch(
        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
    )
}

/// Runs the missing migrations, each in its own transaction.
pub(super) fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    loop {
        // Reading the version inside the write transaction keeps two app instances starting at
        // once from running the same step twice.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = version(&tx)?;
        let Some(step) = usize::try_from(current)
            .ok()
            .and_then(|n| MIGRATIONS.get(n))
        else {
            return Ok(());
        };
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
    }
}
