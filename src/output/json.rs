//! JSON and JSON lines.
//!
//! Schema (stable; fields are only ever added):
//! - a **hit**: `{"rank": int, "score": float, "id": str, "title": str, "title_highlights":
//!   [[start, end], …], "date": "YYYY-MM-DD"|null, "places": [str], "source": str|null,
//!   "url": str|null, "path": str, "snippet": {"text": str, "highlights": [[start, end], …]}|null}`
//!   — highlight ranges are `[start, end)` in characters (Unicode code points) of the string
//!   they belong to;
//! - `search --format json`: `{"query": str, "total": int|null, "hits": [hit], "notes": [str]}`;
//! - `search --format jsonl`: one hit per line;
//! - `batch --format jsonl`: one line per query, `{"qid": str, "query": str, "total":
//!   int|null, "hits": [hit], "error": str|null}`.

use std::io::{self, Write};

use serde::Serialize;

use crate::search::{Hit, SearchResults};

#[derive(Serialize)]
struct SearchDocument<'a> {
    query: &'a str,
    total: Option<usize>,
    hits: &'a [Hit],
    notes: &'a [String],
}

#[derive(Serialize)]
struct BatchLine<'a> {
    qid: &'a str,
    query: &'a str,
    total: Option<usize>,
    hits: &'a [Hit],
    error: Option<&'a str>,
}

/// Writes one JSON document for a search.
pub fn write_search(out: &mut dyn Write, query: &str, results: &SearchResults) -> io::Result<()> {
    let document =
        SearchDocument { query, total: results.total, hits: &results.hits, notes: &results.notes };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

/// Writes each hit as one JSON line.
pub fn write_hits_lines(out: &mut dyn Write, hits: &[Hit]) -> io::Result<()> {
    for hit in hits {
        serde_json::to_writer(&mut *out, hit)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes one batch query's answer (or its error) as one JSON line.
pub fn write_batch_line(
    out: &mut dyn Write,
    qid: &str,
    query: &str,
    results: Result<&SearchResults, &str>,
) -> io::Result<()> {
    let line = match results {
        Ok(r) => BatchLine { qid, query, total: r.total, hits: &r.hits, error: None },
        Err(error) => BatchLine { qid, query, total: None, hits: &[], error: Some(error) },
    };
    serde_json::to_writer(&mut *out, &line)?;
    writeln!(out)
}
