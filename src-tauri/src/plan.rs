//! The session plan file: a small JSON file an ambassador saves to share a plan with others.
//! It holds guide ids only, never anything about the ambassador or a learner.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the `format` field of every plan file says, so a stray JSON file is not taken for one.
const FORMAT: &str = "trinvis-session-plan";
/// The file format version this Trinvis writes and reads.
const VERSION: u32 = 1;
/// A plan file of 100 guides is under 4 KiB; anything far larger is not a plan.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;
/// More guides than any session could hold; keeps a hand-edited file from filling the screen.
pub const MAX_GUIDES: usize = 100;
/// The file name offered when saving.
pub const DEFAULT_FILE_NAME: &str = "trinvis-plan.json";
/// The extension of plan files, for the file dialogs' filter.
pub const EXTENSION: &str = "json";

/// Why a plan file could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// The file could not be opened or read.
    #[error("could not read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system reported.
        #[source]
        source: std::io::Error,
    },
    /// The file could not be written.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system reported.
        #[source]
        source: std::io::Error,
    },
    /// The file is far larger than any plan.
    #[error("{} is larger than {MAX_FILE_BYTES} bytes", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
    },
    /// The file is not JSON, or not a plan.
    #[error("{} is not a session plan: {reason}", path.display())]
    NotAPlan {
        /// The file.
        path: PathBuf,
        /// What was wrong, for logs.
        reason: String,
    },
    /// The file was written by a newer Trinvis, in a format this one does not know.
    #[error("{} has plan format {version}, newer than {VERSION}", path.display())]
    Newer {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        version: u32,
    },
    /// The plan holds more guides than [`MAX_GUIDES`].
    #[error("a plan holds at most {MAX_GUIDES} guides, not {0}")]
    TooMany(usize),
}

impl PlanError {
    /// The file the error is about, if it is about one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Read { path, .. }
            | Self::Write { path, .. }
            | Self::TooLarge { path }
            | Self::NotAPlan { path, .. }
            | Self::Newer { path, .. } => Some(path),
            Self::TooMany(_) => None,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct PlanFile {
    format: String,
    version: u32,
    guides: Vec<String>,
}

/// Writes `guides` to `path` through a temporary file renamed into place, so a crash or a full
/// disk never leaves half a plan where a whole one was.
pub fn write(path: &Path, guides: &[String]) -> Result<(), PlanError> {
    if guides.len() > MAX_GUIDES {
        return Err(PlanError::TooMany(guides.len()));
    }
    let file = PlanFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        guides: guides.to_vec(),
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| PlanError::Write {
        path: path.to_owned(),
        source: std::io::Error::other(e),
    })?;
    text.push('\n');
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".part");
    let temporary = PathBuf::from(temporary);
    let written = std::fs::File::create(&temporary).and_then(|mut out| {
        out.write_all(text.as_bytes())?;
        out.sync_all()
    });
    let renamed = written.and_then(|()| std::fs::rename(&temporary, path));
    renamed.map_err(|source| {
        let _ = std::fs::remove_file(&temporary);
        PlanError::Write {
            path: path.to_owned(),
            source,
        }
    })
}

/// Reads the guide ids of a plan file, in order and without repeats; ids are not checked
/// against the content here, as a plan may come from a newer Trinvis with more guides.
pub fn read(path: &Path) -> Result<Vec<String>, PlanError> {
    let read_error = |source| PlanError::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    // Reading one byte past the limit tells a file at the limit from one beyond it.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(PlanError::TooLarge {
            path: path.to_owned(),
        });
    }
    let not_a_plan = |reason: String| PlanError::NotAPlan {
        path: path.to_owned(),
        reason,
    };
    let file: PlanFile = serde_json::from_slice(&bytes).map_err(|e| not_a_plan(e.to_string()))?;
    if file.format != FORMAT {
        return Err(not_a_plan(format!("format is {:?}", file.format)));
    }
    if file.version > VERSION {
        return Err(PlanError::Newer {
            path: path.to_owned(),
            version: file.version,
        });
    }
    if file.guides.len() > MAX_GUIDES {
        return Err(PlanError::TooMany(file.guides.len()));
    }
    let mut guides: Vec<String> = Vec::with_capacity(file.guides.len());
    for guide in file.guides {
        if !guides.contains(&guide) {
            guides.push(guide);
        }
    }
    Ok(guides)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A temporary folder, removed when the test ends, passed or failed.
    struct Folder(PathBuf);

    impl Folder {
        fn new(name: &str) -> Self {
            let dir =
                std::env::temp_dir().join(format!("trinvis-plan-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("temporary folder");
            Self(dir)
        }

        fn join(&self, name: &str) -> PathBuf {
            self.0.join(name)
        }
    }

    impl Drop for Folder {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn ids(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn a_written_plan_reads_back_in_order() {
        let dir = Folder::new("round-trip");
        let path = dir.join(DEFAULT_FILE_NAME);
        let guides = ids(&["safety-online", "what-is-mitid", "report-a-move"]);
        write(&path, &guides).expect("written");
        assert_eq!(read(&path).expect("read"), guides);
        assert!(!path.with_extension("json.part").exists());
    }

    #[test]
    fn repeated_guides_are_read_once() {
        let dir = Folder::new("repeats");
        let path = dir.join("plan.json");
        std::fs::write(
            &path,
            r#"{"format":"trinvis-session-plan","version":1,"guides":["a","b","a"]}"#,
        )
        .expect("file");
        assert_eq!(read(&path).expect("read"), ids(&["a", "b"]));
    }

    #[test]
    fn files_that_are_not_plans_are_refused_with_their_reason() {
        let dir = Folder::new("refused");
        let cases: [(&str, &[u8]); 5] = [
            ("text.json", b"hello"),
            (
                "other.json",
                br#"{"format":"something-else","version":1,"guides":[]}"#,
            ),
            (
                "shape.json",
                br#"{"format":"trinvis-session-plan","version":1,"guides":"a"}"#,
            ),
            ("binary.json", &[0xff, 0xfe, 0x00, 0x9c]),
            ("empty.json", b""),
        ];
        for (name, bytes) in cases {
            let path = dir.join(name);
            std::fs::write(&path, bytes).expect("file");
            let error = read(&path).expect_err(name);
            assert!(
                matches!(error, PlanError::NotAPlan { .. }),
                "{name}: {error}"
            );
            assert_eq!(error.path(), Some(path.as_path()));
        }
    }

    #[test]
    fn newer_huge_missing_and_overfull_files_each_say_why() {
        let dir = Folder::new("why");
        let newer = dir.join("newer.json");
        std::fs::write(
            &newer,
            r#"{"format":"trinvis-session-plan","version":2,"guides":[]}"#,
        )
        .expect("file");
        assert!(matches!(
            read(&newer),
            Err(PlanError::Newer { version: 2, .. })
        ));

        let huge = dir.join("huge.json");
        std::fs::write(&huge, vec![b' '; MAX_FILE_BYTES as usize + 1]).expect("file");
        assert!(matches!(read(&huge), Err(PlanError::TooLarge { .. })));

        assert!(matches!(
            read(&dir.join("missing.json")),
            Err(PlanError::Read { .. })
        ));

        let many: Vec<String> = (0..=MAX_GUIDES).map(|n| format!("g{n}")).collect();
        assert!(matches!(
            write(&dir.join("many.json"), &many),
            Err(PlanError::TooMany(_))
        ));
        let overfull = dir.join("overfull.json");
        let file = PlanFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            guides: many,
        };
        std::fs::write(&overfull, serde_json::to_vec(&file).expect("json")).expect("file");
        assert!(matches!(read(&overfull), Err(PlanError::TooMany(_))));
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_whole() {
        let dir = Folder::new("failed-write");
        let path = dir.join("plan.json");
        write(&path, &ids(&["what-is-mitid"])).expect("first plan");
        // A folder where the temporary file should go makes the write fail before the rename.
        std::fs::create_dir(dir.join("plan.json.part")).expect("blocking folder");
        let error = write(&path, &ids(&["safety-online"])).expect_err("blocked");
        assert!(matches!(error, PlanError::Write { .. }), "{error}");
        assert_eq!(read(&path).expect("old plan"), ids(&["what-is-mitid"]));
    }
}
