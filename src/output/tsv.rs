//! Tab-separated values: a header line, then one line per hit. Tabs and newlines inside
//! fields become spaces; lists are joined with `|`; missing values are empty.

use std::io::{self, Write};

use super::one_line;
use crate::article::format_date;
use crate::search::Hit;

/// The header line's columns.
pub const COLUMNS: [&str; 10] =
    ["qid", "rank", "score", "id", "date", "title", "places", "source", "path", "snippet"];

/// Writes the header line.
pub fn write_header(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", COLUMNS.join("\t"))
}

/// Writes one line per hit; `qid` is the batch query id (empty for a single search).
pub fn write_hits(out: &mut dyn Write, qid: &str, hits: &[Hit]) -> io::Result<()> {
    for hit in hits {
        let cells = [
            one_line(qid),
            hit.rank.to_string(),
            format!("{:.4}", hit.score),
            one_line(&hit.id),
            hit.date.map(format_date).unwrap_or_default(),
            one_line(&hit.title),
            one_line(&hit.places.join("|")),
            one_line(hit.source.as_deref().unwrap_or("")),
            one_line(&hit.path),
            one_line(hit.snippet.as_ref().map_or("", |s| s.text.as_str())),
        ];
        writeln!(out, "{}", cells.join("\t"))?;
    }
    Ok(())
}
