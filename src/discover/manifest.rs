//! The manifest: what each indexed file was when it was last indexed, so that the next run
//! reads only new and changed files and deletes the articles of removed ones.
//!
//! Stored as `manifest.json` in the index folder, per indexed root folder (indexing two
//! folders into one index never makes one delete the other's articles). A file whose size and
//! modification time are unchanged is not read at all; one whose size or time changed is
//! hashed (xxh3 of its bytes), and only re-parsed if the hash differs. The manifest is written
//! (atomically) right after each index commit and describes exactly what was committed: after
//! a crash, files indexed since the last commit simply look new again, and since articles
//! replace earlier versions by id, re-indexing them makes no duplicates.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::FoundFile;

const FILE_NAME: &str = "manifest.json";
const VERSION: u32 = 1;

/// What the manifest knows of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub size: u64,
    pub modified_ns: u64,
    /// xxh3 of the file's bytes, in hex.
    pub hash: String,
    /// Ids of the articles indexed from it.
    pub ids: Vec<String>,
}

/// The files of every root folder indexed into one index.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    version: u32,
    /// Root folder (absolute) → file path relative to it → entry.
    folders: BTreeMap<String, BTreeMap<String, FileEntry>>,
}

impl Default for Manifest {
    fn default() -> Self {
        Manifest::new()
    }
}

/// How a found file compares with the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status<'a> {
    /// Not in the manifest.
    New,
    /// Same size and modification time: not read again.
    Unchanged(&'a FileEntry),
    /// Size or time differ: read it, and compare the hash.
    MaybeChanged(&'a FileEntry),
}

impl Manifest {
    /// Loads the manifest of the index at `dir`; an empty one if there is none or it is
    /// unreadable (then every file is indexed again, which is safe).
    pub fn load(dir: &Path) -> Manifest {
        std::fs::read_to_string(dir.join(FILE_NAME))
            .ok()
            .and_then(|text| serde_json::from_str::<Manifest>(&text).ok())
            .filter(|m| m.version == VERSION)
            .unwrap_or_default()
    }

    pub fn new() -> Manifest {
        Manifest { version: VERSION, folders: BTreeMap::new() }
    }

    /// Writes the manifest into the index folder (write to a temporary file, then rename).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let tmp = dir.join(format!("{FILE_NAME}.tmp"));
        // Written as it is serialised: the ids of a million articles make tens of MB of JSON,
        // which a string would hold at the end of the run, when memory peaks.
        let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        serde_json::to_writer(&mut out, self).map_err(std::io::Error::other)?;
        out.into_inner().map_err(std::io::IntoInnerError::into_error)?;
        std::fs::rename(tmp, dir.join(FILE_NAME))
    }

    /// Key of a root folder.
    pub fn root_key(root: &Path) -> String {
        let root: PathBuf = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        root.to_string_lossy().into_owned()
    }

    /// The entries of one root folder.
    pub fn files(&self, root: &str) -> Option<&BTreeMap<String, FileEntry>> {
        self.folders.get(root)
    }

    /// How `file` (found under `root`) compares with what was indexed.
    pub fn status(&self, root: &str, file: &FoundFile) -> Status<'_> {
        match self.folders.get(root).and_then(|files| files.get(&file.relative)) {
            None => Status::New,
            Some(e) if e.size == file.size && e.modified_ns == file.modified_ns => {
                Status::Unchanged(e)
            }
            Some(e) => Status::MaybeChanged(e),
        }
    }

    /// Records a file as indexed.
    pub fn insert(&mut self, root: &str, relative: &str, entry: FileEntry) {
        self.folders.entry(root.to_string()).or_default().insert(relative.to_string(), entry);
    }

    /// Forgets a file; returns its entry.
    pub fn remove(&mut self, root: &str, relative: &str) -> Option<FileEntry> {
        self.folders.get_mut(root).and_then(|files| files.remove(relative))
    }

    /// Number of files known under all roots.
    pub fn len(&self) -> usize {
        self.folders.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The hash the manifest keeps of a file's bytes.
pub fn hash_bytes(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

/// [`hash_bytes`] of the file at `path`, read a block at a time (for files too large to hold).
pub fn hash_file(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut block = vec![0; 1 << 20];
    loop {
        match file.read(&mut block)? {
            0 => break,
            n => hasher.update(&block[..n]),
        }
    }
    Ok(format!("{:016x}", hasher.digest()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{FileKind, Format};

    fn found(relative: &str, size: u64, modified_ns: u64) -> FoundFile {
        FoundFile {
            path: PathBuf::from(relative),
            relative: relative.into(),
            kind: FileKind { format: Format::Text, gzip: false },
            size,
            modified_ns,
        }
    }

    fn entry(size: u64, modified_ns: u64) -> FileEntry {
        FileEntry { size, modified_ns, hash: hash_bytes(b"x"), ids: vec!["a".into()] }
    }

    #[test]
    fn status_compares_size_and_time() {
        let mut m = Manifest::new();
        m.insert("/r", "a.txt", entry(10, 5));
        assert_eq!(m.status("/r", &found("a.txt", 10, 5)), Status::Unchanged(&entry(10, 5)));
        assert_eq!(m.status("/r", &found("a.txt", 11, 5)), Status::MaybeChanged(&entry(10, 5)));
        assert_eq!(m.status("/r", &found("a.txt", 10, 6)), Status::MaybeChanged(&entry(10, 5)));
        assert_eq!(m.status("/r", &found("b.txt", 10, 5)), Status::New);
        assert_eq!(m.status("/other", &found("a.txt", 10, 5)), Status::New);
    }

    #[test]
    fn saves_and_loads() {
        let dir = tempfile::tempdir().unwrap();
        let mut m = Manifest::new();
        m.insert("/r", "أرشيف/a.txt", entry(10, 5));
        m.save(dir.path()).unwrap();
        let loaded = Manifest::load(dir.path());
        assert_eq!(loaded.len(), 1);
        assert_eq!(loaded.files("/r").unwrap()["أرشيف/a.txt"], entry(10, 5));
    }

    #[test]
    fn a_broken_manifest_means_index_everything() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "{not json").unwrap();
        assert!(Manifest::load(dir.path()).is_empty());
    }
}
