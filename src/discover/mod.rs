//! Finding the article files under a folder.
//!
//! Walks the folder recursively in a stable (sorted) order, skips hidden files and folders
//! (names starting with `.`), follows symbolic links only when asked (loops are then
//! reported, not followed forever), and keeps the files whose
//! extension `parse` can read. The index folder itself is skipped when it lies inside the
//! walked folder, so that `arshif index .` never reads its own index files.

pub mod manifest;

use std::path::{Path, PathBuf};

use crate::parse::FileKind;

/// A file to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFile {
    pub path: PathBuf,
    /// Path relative to the walked folder, with `/` separators (used in ids and output).
    pub relative: String,
    pub kind: FileKind,
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch (0 if unknown): with the size, it
    /// tells the manifest whether a file may have changed without reading it.
    pub modified_ns: u64,
}

/// What a walk found: the files to parse, and the entries it could not visit.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<FoundFile>,
    /// Files with an extension arshif does not read (counted, not reported one by one).
    pub ignored: usize,
    /// Folders or files that could not be visited, with the reason.
    pub errors: Vec<(PathBuf, String)>,
}

/// Walks `root` and returns the article files under it. `exclude` is a folder to leave out
/// (the index). `root` may also be a single file.
pub fn discover(
    root: &Path,
    exclude: Option<&Path>,
    follow_links: bool,
) -> crate::Result<Discovery> {
    let meta = std::fs::metadata(root)
        .map_err(|source| crate::Error::Read { path: root.to_path_buf(), source })?;
    let exclude = exclude.and_then(|dir| dir.canonicalize().ok());
    let mut found = Discovery::default();
    if meta.is_file() {
        match FileKind::of(root) {
            Some(kind) => found.files.push(FoundFile {
                path: root.to_path_buf(),
                relative: file_name(root),
                kind,
                size: meta.len(),
                modified_ns: modified_ns(&meta),
            }),
            None => {
                return Err(crate::Error::Invalid(format!(
                    "{}: not an article file arshif reads ({})",
                    root.display(),
                    FileKind::SUPPORTED
                )))
            }
        }
        return Ok(found);
    }
    let walker = walkdir::WalkDir::new(root)
        .follow_links(follow_links)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            if entry.depth() > 0 && is_hidden(entry.file_name()) {
                return false;
            }
            match (&exclude, entry.file_type().is_dir()) {
                (Some(excluded), true) => {
                    entry.path().canonicalize().map_or(true, |p| &p != excluded)
                }
                _ => true,
            }
        });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                found.errors.push((path, err.to_string()));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let Some(kind) = FileKind::of(entry.path()) else {
            found.ignored += 1;
            continue;
        };
        let (size, modified_ns) =
            entry.metadata().map_or((0, 0), |meta| (meta.len(), modified_ns(&meta)));
        let relative = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        found.files.push(FoundFile { path: entry.into_path(), relative, kind, size, modified_ns });
    }
    Ok(found)
}

fn modified_ns(meta: &std::fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_skips_hidden_unknown_and_excluded() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("ب/sub")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        std::fs::create_dir_all(root.join("index")).unwrap();
        for file in ["b.txt", "a.md", "ب/sub/c.json", "ب/d.jsonl.gz", ".e.txt", ".hidden/f.txt"] {
            std::fs::write(root.join(file), "x").unwrap();
        }
        std::fs::write(root.join("index/meta.json"), "{}").unwrap();
        std::fs::write(root.join("notes.pdf"), "x").unwrap();
        let found = discover(root, Some(&root.join("index")), false).unwrap();
        let names: Vec<_> = found.files.iter().map(|f| f.relative.as_str()).collect();
        assert_eq!(names, ["a.md", "b.txt", "ب/d.jsonl.gz", "ب/sub/c.json"]);
        assert_eq!(found.ignored, 1);
    }

    #[test]
    fn a_single_file_can_be_given() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("one.txt");
        std::fs::write(&file, "title\nbody").unwrap();
        let found = discover(&file, None, false).unwrap();
        assert_eq!(found.files.len(), 1);
        assert_eq!(found.files[0].relative, "one.txt");
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_it() {
        let err = discover(Path::new("no/such/folder"), None, false).unwrap_err();
        assert!(err.to_string().contains("no/such/folder"), "{err}");
    }
}
