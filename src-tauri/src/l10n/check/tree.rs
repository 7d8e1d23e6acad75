//! A locale tree in memory: `ROOT/<locale>/*.ftl`, with each locale's lock and review files.

use std::fs;
use std::path::{Path, PathBuf};

use super::lock::{LOCK_FILE, REVIEW_FILE};
use super::{parallel_map, CheckError, CheckOptions};
use crate::l10n::SourceFile;

/// Every locale folder of a root.
#[derive(Clone, Debug)]
pub struct Tree {
    /// The root as given, for messages.
    pub root: PathBuf,
    /// The locale folders, by name.
    pub locales: Vec<TreeLocale>,
}

/// One locale folder.
#[derive(Clone, Debug)]
pub struct TreeLocale {
    /// The folder's name, which should be a BCP 47 tag.
    pub tag: String,
    /// Its `.ftl` files, by name.
    pub files: Vec<TreeFile>,
    /// The text of its lock file, if it has one.
    pub lock: Option<String>,
    /// The text of its review file, if it has one.
    pub review: Option<String>,
}

/// One `.ftl` file: its text without a byte order mark, or why it could not be read.
#[derive(Clone, Debug)]
pub struct TreeFile {
    /// The file's name.
    pub name: String,
    /// The text, or what went wrong reading it.
    pub text: Result<String, String>,
}

impl Tree {
    /// Reads the locales that `options` asks for (all when it names none) from disk.
    pub fn read(root: &Path, options: &CheckOptions) -> Result<Self, CheckError> {
        let no_root = |detail: String| CheckError::NoRoot {
            root: root.to_owned(),
            detail,
        };
        let listing = fs::read_dir(root).map_err(|e| no_root(e.to_string()))?;
        let mut folders: Vec<(String, PathBuf)> = listing
            .flatten()
            .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                (!name.starts_with('.')).then(|| (name, entry.path()))
            })
            .filter(|(name, _)| {
                options.locales.is_empty()
                    || *name == options.reference
                    || options.locales.contains(name)
            })
            .collect();
        folders.sort();
        let locales = parallel_map(&folders, |(tag, path)| read_locale(tag, path));
        Ok(Self {
            root: root.to_owned(),
            locales,
        })
    }

    /// A tree from files already in memory, such as the ones built into the binary.
    pub fn from_sources(root: &Path, files: impl IntoIterator<Item = SourceFile>) -> Self {
        let mut locales: Vec<TreeLocale> = Vec::new();
        for file in files {
            let index = match locales.iter().position(|l| l.tag == file.locale) {
                Some(index) => index,
                None => {
                    locales.push(TreeLocale {
                        tag: file.locale.clone(),
                        files: Vec::new(),
                        lock: None,
                        review: None,
                    });
                    locales.len() - 1
                }
            };
            let locale = &mut locales[index];
            let text = without_bom(file.text);
            match file.name.as_str() {
                LOCK_FILE => locale.lock = Some(text),
                REVIEW_FILE => locale.review = Some(text),
                _ => locale.files.push(TreeFile {
                    name: file.name,
                    text: Ok(text),
                }),
            }
        }
        for locale in &mut locales {
            locale.files.sort_by(|a, b| a.name.cmp(&b.name));
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        Self {
            root: root.to_owned(),
            locales,
        }
    }

    /// Every readable `.ftl` file as a source for the localizer.
    pub fn sources(&self) -> Vec<SourceFile> {
        self.locales
            .iter()
            .flat_map(|locale| {
                locale.files.iter().filter_map(|file| {
                    Some(SourceFile {
                        locale: locale.tag.clone(),
                        name: file.name.clone(),
                        text: file.text.as_ref().ok()?.clone(),
                    })
                })
            })
            .collect()
    }
}

fn read_locale(tag: &str, path: &Path) -> TreeLocale {
    let mut locale = TreeLocale {
        tag: tag.to_owned(),
        files: Vec::new(),
        lock: None,
        review: None,
    };
    read_files(path, "", &mut locale);
    locale.files.sort_by(|a, b| a.name.cmp(&b.name));
    locale
}

/// Reads `.ftl` files in `folder` and below it, named by their path inside the locale folder
/// (`browser/menu.ftl`), as projects such as Firefox nest them; lock and review files count
/// only at the top.
fn read_files(folder: &Path, prefix: &str, locale: &mut TreeLocale) {
    let Ok(listing) = fs::read_dir(folder) else {
        return;
    };
    for entry in listing.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            if !name.starts_with('.') {
                read_files(&path, &format!("{prefix}{name}/"), locale);
            }
        } else if prefix.is_empty() && name == LOCK_FILE {
            locale.lock = read_text(&path).ok();
        } else if prefix.is_empty() && name == REVIEW_FILE {
            locale.review = read_text(&path).ok();
        } else if name.ends_with(".ftl") {
            locale.files.push(TreeFile {
                name: format!("{prefix}{name}"),
                text: read_text(&path),
            });
        }
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes)
        .map(without_bom)
        .map_err(|e| e.utf8_error().to_string())
}

fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}
