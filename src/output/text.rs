//! Text for people: numbered hits, a metadata line, and a snippet with matched words marked —
//! in colour on a terminal, with `**` markers otherwise (so piped text still shows them).

use std::io::{self, Write};

use crate::article::format_date;
use crate::search::{Hit, SearchResults};

const BOLD: &str = "\x1b[1m";
const MATCH: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";
const MARKER: &str = "**";

/// Writes `results` for a person; `color` uses ANSI colours instead of `**` markers.
pub fn write_results(out: &mut dyn Write, results: &SearchResults, color: bool) -> io::Result<()> {
    for hit in &results.hits {
        write_hit(out, hit, color)?;
    }
    Ok(())
}

/// A one-line summary: `3 of 41 articles`.
pub fn summary_line(results: &SearchResults) -> String {
    match results.total {
        Some(total) => format!("{} of {total} matching articles", results.hits.len()),
        None => format!("{} articles", results.hits.len()),
    }
}

fn write_hit(out: &mut dyn Write, hit: &Hit, color: bool) -> io::Result<()> {
    let title = if hit.title.is_empty() { "(untitled)" } else { &hit.title };
    let title = mark(title, &hit.title_highlights, color, true);
    if color {
        writeln!(out, "{BOLD}{}.{RESET} {title}  {DIM}[{:.2}]{RESET}", hit.rank, hit.score)?;
    } else {
        writeln!(out, "{}. {title}  [{:.2}]", hit.rank, hit.score)?;
    }
    let mut meta = vec![hit.date.map_or_else(|| "no date".to_string(), format_date)];
    if !hit.places.is_empty() {
        meta.push(hit.places.join("، "));
    }
    if let Some(source) = &hit.source {
        meta.push(source.clone());
    }
    meta.push(hit.path.clone());
    let meta = meta.join(" · ");
    if color {
        writeln!(out, "   {DIM}{meta}{RESET}")?;
    } else {
        writeln!(out, "   {meta}")?;
    }
    if let Some(snippet) = &hit.snippet {
        if !snippet.text.is_empty() {
            writeln!(out, "   {}", mark(&snippet.text, &snippet.highlights, color, false))?;
        }
    }
    writeln!(out)
}

/// Marks the character ranges of `text`.
fn mark(text: &str, ranges: &[[usize; 2]], color: bool, bold_rest: bool) -> String {
    let (open, close) = if color {
        (MATCH, if bold_rest { "\x1b[0m\x1b[1m" } else { RESET })
    } else {
        (MARKER, MARKER)
    };
    let mut out = String::with_capacity(text.len() + ranges.len() * 8);
    if color && bold_rest {
        out.push_str(BOLD);
    }
    let mut ranges = ranges.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        if ranges.peek().is_some_and(|r| r[0] == i) {
            out.push_str(open);
        }
        out.push(c);
        if ranges.peek().is_some_and(|r| r[1] == i + 1) {
            out.push_str(close);
            ranges.next();
        }
    }
    if color && bold_rest {
        out.push_str(RESET);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_markers_around_ranges() {
        assert_eq!(
            mark("ضمانات أمنية لأوكرانيا", &[[13, 22]], false, false),
            "ضمانات أمنية **لأوكرانيا**"
        );
        assert_eq!(mark("ab cd", &[[0, 2], [3, 5]], false, false), "**ab** **cd**");
    }

    #[test]
    fn colour_codes_around_ranges() {
        assert_eq!(mark("ab cd", &[[3, 5]], true, false), "ab \x1b[1;31mcd\x1b[0m");
    }
}
