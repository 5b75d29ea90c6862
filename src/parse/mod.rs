//! Reading one file into article records.
//!
//! A file is read whole (gzip is unpacked when the name ends in `.gz`), refused if it looks
//! binary, decoded to text by [`decode`] (UTF-8, UTF-16 and legacy Arabic code pages, cleaned
//! of NULs, CRLF and control characters), and handed to the parser for its format: [`text`] for
//! `.txt`/`.md`, [`json`] for `.json`/`.jsonl`, [`html`] for web pages and [`sgml`] for TREC/ANT
//! style `<DOC>` dumps. A `.txt` file whose content is SGML or HTML is parsed as such. Parsers
//! return [`Record`]s: what the file says, uninterpreted; `extract` turns them into
//! [`crate::Article`]s.

pub mod decode;
pub mod html;
pub mod json;
pub mod sgml;
pub mod stream;
pub mod text;

use std::io::Read;
use std::path::Path;

pub use decode::Encoding;

/// The formats arshif reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    JsonLines,
    Html,
    /// TREC / ANT / Gigaword `<DOC>` records.
    Sgml,
}

/// What a file is, from its name: its format and whether it is gzipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    pub format: Format,
    pub gzip: bool,
}

impl FileKind {
    /// The extensions arshif reads, for messages.
    pub const SUPPORTED: &'static str =
        ".txt .md .json .jsonl .html .htm .sgml .sgm .trec, optionally gzipped (.gz)";

    /// The kind of the file at `path`, from its extension; `None` for files arshif does not read.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let (name, gzip) = match name.strip_suffix(".gz") {
            Some(inner) => (inner.to_string(), true),
            None => (name, false),
        };
        let format = match name.rsplit_once('.')?.1 {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "html" | "htm" | "xhtml" => Format::Html,
            "sgml" | "sgm" | "trec" => Format::Sgml,
            _ => return None,
        };
        Some(FileKind { format, gzip })
    }
}

/// How to read files.
#[derive(Debug, Clone, Copy, Default)]
pub struct ParseOptions {
    /// Decode every file with this encoding instead of detecting it.
    pub encoding: Option<Encoding>,
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
pub fn parse_file(
    path: &Path,
    kind: FileKind,
    options: &ParseOptions,
) -> crate::Result<ParsedFile> {
    let raw = read_raw(path)?;
    parse_bytes(path, &raw, kind, options)
}

/// Reads a file's bytes as stored (still gzipped if it is).
pub fn read_raw(path: &Path) -> crate::Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| crate::Error::Read { path: path.to_path_buf(), source })
}

/// Parses the bytes `raw` of the file at `path` (`path` names it in errors).
pub fn parse_bytes(
    path: &Path,
    raw: &[u8],
    kind: FileKind,
    options: &ParseOptions,
) -> crate::Result<ParsedFile> {
    let error = |message: String| crate::Error::Parse { path: path.to_path_buf(), message };
    let bytes = if kind.gzip { gunzip(raw).map_err(error)? } else { raw.to_vec() };
    if bytes.is_empty() {
        return Err(error("empty file".into()));
    }
    let decoded = decode::decode(&bytes, options.encoding).map_err(error)?;
    let text = decoded.text;
    let parsed = match sniff(kind.format, &text) {
        Format::Text => text::parse(&text, false).map(ParsedFile::one),
        Format::Markdown => text::parse(&text, true).map(ParsedFile::one),
        Format::Json => json::parse_document(&text),
        Format::JsonLines => json::parse_lines(&text),
        Format::Html => html::parse(&text).map(ParsedFile::one),
        Format::Sgml => sgml::parse(&text),
    };
    let mut parsed = parsed.map_err(error)?;
    parsed.warnings.extend(decoded.warnings);
    Ok(parsed)
}

fn gunzip(raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(raw.len() * 4);
    flate2::read::MultiGzDecoder::new(raw)
        .read_to_end(&mut out)
        .map_err(|err| format!("bad gzip data: {err}"))?;
    Ok(out)
}

/// Plain-text files are often other formats under a `.txt` name (ANT and TREC dumps, saved
/// web pages): their first characters tell.
fn sniff(format: Format, text: &str) -> Format {
    if !matches!(format, Format::Text | Format::Markdown) {
        return format;
    }
    let start: String = text.trim_start().chars().take(64).collect::<String>().to_lowercase();
    if sgml::looks_like(&start) {
        Format::Sgml
    } else if start.starts_with("<!doctype html") || start.starts_with("<html") {
        Format::Html
    } else {
        format
    }
}

impl ParsedFile {
    fn one(record: Record) -> ParsedFile {
        ParsedFile { records: vec![record], warnings: Vec::new() }
    }
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
        let is = |format, gzip| Some(FileKind { format, gzip });
        assert_eq!(kind("a.txt"), is(Format::Text, false));
        assert_eq!(kind("a.MD"), is(Format::Markdown, false));
        assert_eq!(kind("a.jsonl.gz"), is(Format::JsonLines, true));
        assert_eq!(kind("dir/a.json"), is(Format::Json, false));
        assert_eq!(kind("page.HTM"), is(Format::Html, false));
        assert_eq!(kind("dump.sgml.gz"), is(Format::Sgml, true));
        assert_eq!(kind("a.pdf"), None);
        assert_eq!(kind("txt"), None);
        assert_eq!(kind("a.gz"), None);
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
        let parsed = parse_file(&path, kind, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.records[0].title, "عنوان");
        assert_eq!(parsed.records[0].body, "نص الخبر");
    }

    #[test]
    fn broken_gzip_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.json.gz");
        std::fs::write(&path, b"not gzip").unwrap();
        let err =
            parse_file(&path, FileKind::of(&path).unwrap(), &ParseOptions::default()).unwrap_err();
        assert!(err.to_string().contains("bad.json.gz") && err.to_string().contains("gzip"));
    }

    #[test]
    fn lists_split_on_arabic_and_latin_separators() {
        assert_eq!(split_list("باريس، لندن; Berlin|"), ["باريس", "لندن", "Berlin"]);
    }
}
