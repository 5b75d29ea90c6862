//! Reading one file into article records.
//!
//! A file is read whole (gzip is unpacked when the name ends in `.gz`), checked to be UTF-8
//! (a leading byte-order mark is dropped), cleaned of control characters other than tab and
//! newline (CRLF becomes LF), and handed to the parser for its kind: [`text`] for `.txt`/`.md`,
//! [`json`] for `.json`/`.jsonl`. Parsers return [`Record`]s: what the file says, uninterpreted;
//! `extract` turns them into [`crate::Article`]s.

pub mod json;
pub mod text;

use std::io::Read;
use std::path::Path;

/// The kinds of file arshif reads, by extension (optionally followed by `.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Text { markdown: bool, gzip: bool },
    Json { gzip: bool },
    JsonLines { gzip: bool },
}

impl FileKind {
    /// The extensions arshif reads, for messages.
    pub const SUPPORTED: &'static str = ".txt .md .json .jsonl, optionally gzipped (.gz)";

    /// The kind of the file at `path`, from its extension; `None` for files arshif does not read.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let (name, gzip) = match name.strip_suffix(".gz") {
            Some(inner) => (inner.to_string(), true),
            None => (name, false),
        };
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" => Some(FileKind::Text { markdown: false, gzip }),
            "md" | "markdown" => Some(FileKind::Text { markdown: true, gzip }),
            "json" => Some(FileKind::Json { gzip }),
            "jsonl" | "ndjson" => Some(FileKind::JsonLines { gzip }),
            _ => None,
        }
    }

    fn is_gzip(self) -> bool {
        match self {
            FileKind::Text { gzip, .. }
            | FileKind::Json { gzip }
            | FileKind::JsonLines { gzip } => gzip,
        }
    }
}

/// One article as a file states it, before interpretation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub id: Option<String>,
    pub title: String,
    pub body: String,
    /// The date as written in the file's metadata; `extract::date` reads it.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Places the file lists itself.
    pub places: Vec<String>,
}

/// The records of one file, and what was wrong with parts of it.
#[derive(Debug, Default)]
pub struct ParsedFile {
    pub records: Vec<Record>,
    /// Problems that lost part of the file (a bad JSON line), each naming where.
    pub warnings: Vec<String>,
}

/// Reads and parses the file at `path`. An error means nothing in the file could be used.
pub fn parse_file(path: &Path, kind: FileKind) -> crate::Result<ParsedFile> {
    let bytes = read_bytes(path, kind.is_gzip())?;
    let text = decode(&bytes)
        .map_err(|message| crate::Error::Parse { path: path.to_path_buf(), message })?;
    let parsed = match kind {
        FileKind::Text { markdown, .. } => text::parse(&text, markdown)
            .map(|r| ParsedFile { records: vec![r], warnings: Vec::new() }),
        FileKind::Json { .. } => json::parse_document(&text),
        FileKind::JsonLines { .. } => json::parse_lines(&text),
    };
    parsed.map_err(|message| crate::Error::Parse { path: path.to_path_buf(), message })
}

fn read_bytes(path: &Path, gzip: bool) -> crate::Result<Vec<u8>> {
    let read_error = |source| crate::Error::Read { path: path.to_path_buf(), source };
    let raw = std::fs::read(path).map_err(read_error)?;
    if !gzip {
        return Ok(raw);
    }
    let mut out = Vec::with_capacity(raw.len() * 4);
    flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out).map_err(|err| {
        crate::Error::Parse { path: path.to_path_buf(), message: format!("bad gzip data: {err}") }
    })?;
    Ok(out)
}

/// Decodes UTF-8 text and cleans it: BOM dropped, CRLF and lone CR → LF, control characters
/// other than tab and newline removed (archives carry NULs and U+001A).
fn decode(bytes: &[u8]) -> Result<String, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|err| format!("not UTF-8 text (invalid byte at offset {})", err.valid_up_to()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut clean = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    clean.push('\n');
                }
            }
            '\n' | '\t' => clean.push(c),
            c if c.is_control() => {}
            c => clean.push(c),
        }
    }
    Ok(clean)
}

/// Splits a list of place names written in one string (`باريس، لندن; Berlin`).
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split([',', '،', ';', '؛', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_extension() {
        let kind = |name: &str| FileKind::of(Path::new(name));
        assert_eq!(kind("a.txt"), Some(FileKind::Text { markdown: false, gzip: false }));
        assert_eq!(kind("a.MD"), Some(FileKind::Text { markdown: true, gzip: false }));
        assert_eq!(kind("a.jsonl.gz"), Some(FileKind::JsonLines { gzip: true }));
        assert_eq!(kind("dir/a.json"), Some(FileKind::Json { gzip: false }));
        assert_eq!(kind("a.pdf"), None);
        assert_eq!(kind("txt"), None);
        assert_eq!(kind("a.gz"), None);
    }

    #[test]
    fn decode_cleans_bom_crlf_and_controls() {
        let text = decode("\u{FEFF}عنوان\r\nنص\u{0}\u{1A}\rآخر".as_bytes()).unwrap();
        assert_eq!(text, "عنوان\nنص\nآخر");
    }

    #[test]
    fn decode_rejects_other_encodings_with_the_offset() {
        let err = decode(&[b'a', 0xC7, 0xE1]).unwrap_err();
        assert!(err.contains("not UTF-8") && err.contains("offset 1"), "{err}");
    }

    #[test]
    fn gzip_is_unpacked() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all("عنوان\nنص الخبر".as_bytes()).unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
        let kind = FileKind::of(&path).unwrap();
        let parsed = parse_file(&path, kind).unwrap();
        assert_eq!(parsed.records[0].title, "عنوان");
        assert_eq!(parsed.records[0].body, "نص الخبر");
    }

    #[test]
    fn broken_gzip_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.json.gz");
        std::fs::write(&path, b"not gzip").unwrap();
        let err = parse_file(&path, FileKind::of(&path).unwrap()).unwrap_err();
        assert!(err.to_string().contains("bad.json.gz") && err.to_string().contains("gzip"));
    }

    #[test]
    fn lists_split_on_arabic_and_latin_separators() {
        assert_eq!(split_list("باريس، لندن; Berlin|"), ["باريس", "لندن", "Berlin"]);
    }
}
