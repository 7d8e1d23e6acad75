//! Opening the database file: a damaged one is set aside and replaced, one that cannot be used
//! right now is left exactly as it was.

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{schema, Notice};

/// The database's file name inside the app-data folder.
pub(super) const FILE_NAME: &str = "progress.sqlite";

/// How long to wait for another process's lock before giving up on the file for this session.
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// Files SQLite keeps next to the database; they belong to it and move with it.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Why the file was not opened.
enum Failure {
    /// The file is not a usable database; it may be replaced.
    Damaged,
    /// The file may be fine but cannot be used now; it must be left alone.
    Unavailable(String),
}

/// Opens the database in `dir`, or says why this session cannot save.
pub(super) fn open(dir: &Path) -> Result<(Connection, Option<Notice>), String> {
    fs::create_dir_all(dir).map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    let path = dir.join(FILE_NAME);
    match open_file(&path) {
        Ok(conn) => Ok((conn, None)),
        Err(Failure::Unavailable(reason)) => Err(reason),
        Err(Failure::Damaged) => {
            let moved_to = set_aside(&path).map_err(|error| {
                format!("cannot move the damaged {} aside: {error}", path.display())
            })?;
            match open_file(&path) {
                Ok(conn) => Ok((conn, Some(Notice::Recovered { moved_to }))),
                Err(failure) => Err(format!(
                    "the damaged database was moved to {}, but a new one could not be made: {}",
                    moved_to.display(),
                    match failure {
                        Failure::Damaged => "it is damaged too".to_owned(),
                        Failure::Unavailable(reason) => reason,
                    }
                )),
            }
        }
    }
}

fn open_file(path: &Path) -> Result<Connection, Failure> {
    // SQLite takes an empty file for a new database, but an empty progress file means saved
    // progress was lost (a file system can truncate after power loss), and the user should hear.
    if fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() == 0) {
        return Err(Failure::Damaged);
    }
    let had_journal = with_suffix(path, "-wal").exists();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(classify)?;
    match prepare(&mut conn) {
        Ok(()) => Ok(conn),
        Err(failure) => {
            // Closing normally would checkpoint a journal that was already there into a file we
            // must leave as it was; a journal SQLite made just now is empty and is best removed
            // by that same normal close.
            if had_journal {
                let _ = conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
            }
            Err(failure)
        }
    }
}

fn prepare(conn: &mut Connection) -> Result<(), Failure> {
    conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
    // Checked before anything writes, so a newer Trinvis's file stays byte for byte as it was.
    let version = schema::version(conn).map_err(classify)?;
    if !(0..=schema::LATEST).contains(&version) {
        return Err(Failure::Unavailable(format!(
            "the file has schema version {version}; this Trinvis knows versions up to {}",
            schema::LATEST
        )));
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(classify)?;
    if check != "ok" {
        return Err(Failure::Damaged);
    }
    conn.execute_batch("PRAGMA journal_mode = WAL;")
        .map_err(classify)?;
    schema::configure(conn).map_err(classify)?;
    // Migrating always takes the write lock, so a file another process is writing to is refused
    // here rather than on the user's first save.
    schema::migrate(conn).map_err(classify)
}

fn classify(error: rusqlite::Error) -> Failure {
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Failure::Damaged,
        _ => Failure::Unavailable(error.to_string()),
    }
}

/// Moves the database and its companion files to `<name>.corrupt-<unix seconds>`.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let target = aside_path(path, now);
    // The database itself goes first: if that fails, nothing has moved.
    fs::rename(path, &target)?;
    for companion in COMPANIONS {
        let from = with_suffix(path, companion);
        if from.exists() {
            fs::rename(from, with_suffix(&target, companion))?;
        }
    }
    Ok(target)
}

/// The first free name for a set-aside file, counting up if one from the same second exists.
pub(super) fn aside_path(path: &Path, unix_seconds: u64) -> PathBuf {
    let base = with_suffix(path, &format!(".corrupt-{unix_seconds}"));
    let mut candidate = base.clone();
    let mut counter = 0;
    while candidate.exists() {
        counter += 1;
        candidate = with_suffix(&base, &format!("-{counter}"));
    }
    candidate
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(OsStr::new(suffix));
    PathBuf::from(name)
}
