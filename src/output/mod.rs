//! Rendering search results: one printer per format, each writing to any `io::Write`.
//!
//! Printers take hits and a writer and know nothing of tantivy. JSON schemas are documented
//! in [`json`] and in the README.

pub mod extract;
pub mod json;
pub mod stats;
pub mod text;
pub mod trec;
pub mod tsv;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people at a terminal: numbered hits with metadata and a highlighted snippet.
    Text,
    /// One JSON document per search.
    Json,
    /// One JSON object per line: a hit (search) or a query with its hits (batch).
    Jsonl,
    /// Tab-separated values with a header line.
    Tsv,
    /// TREC run lines: `qid Q0 docid rank score tag`.
    Trec,
}

/// Replaces tabs, newlines and other control characters with spaces (TSV and TREC cells).
pub(crate) fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}
