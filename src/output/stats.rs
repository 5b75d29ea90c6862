//! Rendering the counts of `arshif stats`: aligned text for people, or one JSON document.
//!
//! The JSON document (pretty-printed, one per run) is stable; it only ever gains fields:
//!
//! ```text
//! {
//!   "articles": int,                 articles in the index
//!   "exact_forms": bool,             false for an index built with `--no-exact-forms`
//!   "stored_text": bool,             false for one built with `--no-stored-text`
//!   "places_extracted": bool,        false for one built with `--no-places`
//!   "first_date": "YYYY-MM-DD"|null, earliest publication day (null: no dated article)
//!   "last_date": "YYYY-MM-DD"|null,  latest publication day
//!   "undated": int,                  articles without a date
//!   "places":  [{"name": str, "articles": int}…],  top places, most articles first, ties by name
//!   "sources": [{"name": str, "articles": int}…],  top sources, same order
//!   "years":   [{"year": int, "articles": int}…]   dated articles per year, oldest first
//! }
//! ```

use std::io::{self, Write};

use crate::search::stats::{IndexStats, NameCount};

/// Writes `stats` as one pretty-printed JSON document and a newline.
pub fn write_json(out: &mut impl Write, stats: &IndexStats) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, stats)?;
    writeln!(out)
}

/// Writes `stats` for people: a few labelled lines, then the top places, top sources and
/// articles per year, with counts right-aligned in front of the (often Arabic) names so that
/// columns line up whatever the direction of the text.
pub fn write_text(out: &mut impl Write, stats: &IndexStats) -> io::Result<()> {
    let day = |date: Option<time::Date>| match date {
        Some(date) => crate::article::format_date(date),
        None => "—".to_string(),
    };
    writeln!(out, "articles    {}", stats.articles)?;
    writeln!(out, "first date  {}", day(stats.first_date))?;
    writeln!(out, "last date   {}", day(stats.last_date))?;
    writeln!(out, "undated     {}", stats.undated)?;
    let left_out: Vec<&str> = [
        (stats.exact_forms, "--no-exact-forms"),
        (stats.stored_text, "--no-stored-text"),
        (stats.places_extracted, "--no-places"),
    ]
    .into_iter()
    .filter(|(has, _)| !has)
    .map(|(_, flag)| flag)
    .collect();
    if !left_out.is_empty() {
        writeln!(out, "schema      lean (built with {})", left_out.join(" "))?;
    }
    write_names(out, "places", &stats.places)?;
    write_names(out, "sources", &stats.sources)?;
    writeln!(out, "\narticles per year")?;
    if stats.years.is_empty() {
        writeln!(out, "  (none)")?;
    }
    let width = count_width(stats.years.iter().map(|y| y.articles));
    for year in &stats.years {
        writeln!(out, "  {:>4}  {:>width$}", year.year, year.articles)?;
    }
    Ok(())
}

fn write_names(out: &mut impl Write, heading: &str, names: &[NameCount]) -> io::Result<()> {
    writeln!(out, "\ntop {heading}")?;
    if names.is_empty() {
        writeln!(out, "  (none)")?;
    }
    let width = count_width(names.iter().map(|n| n.articles));
    for name in names {
        writeln!(out, "  {:>width$}  {}", name.articles, name.name)?;
    }
    Ok(())
}

/// Digits of the largest count.
fn count_width(counts: impl Iterator<Item = u64>) -> usize {
    counts.max().unwrap_or(0).to_string().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::stats::YearCount;

    fn sample() -> IndexStats {
        IndexStats {
            articles: 12,
            exact_forms: true,
            stored_text: true,
            places_extracted: true,
            first_date: Some(time::macros::date!(2019 - 05 - 01)),
            last_date: Some(time::macros::date!(2024 - 12 - 31)),
            undated: 1,
            places: vec![
                NameCount { name: "الرياض".into(), articles: 10 },
                NameCount { name: "باريس".into(), articles: 2 },
            ],
            sources: vec![],
            years: vec![
                YearCount { year: 2019, articles: 1 },
                YearCount { year: 2024, articles: 10 },
            ],
        }
    }

    #[test]
    fn text_aligns_counts_before_names() {
        let mut out = Vec::new();
        write_text(&mut out, &sample()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("first date  2019-05-01\n"), "{text}");
        assert!(text.contains("  10  الرياض\n   2  باريس\n"), "{text}");
        assert!(text.contains("top sources\n  (none)\n"), "{text}");
        assert!(text.contains("  2019   1\n  2024  10\n"), "{text}");
    }

    #[test]
    fn json_follows_the_documented_schema() {
        let mut out = Vec::new();
        write_json(&mut out, &sample()).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["first_date"], "2019-05-01");
        assert_eq!(value["places"][0], serde_json::json!({"name": "الرياض", "articles": 10}));
        assert_eq!(value["years"][1], serde_json::json!({"year": 2024, "articles": 10}));
        let empty = serde_json::to_value(IndexStats::default()).unwrap();
        assert_eq!(empty["first_date"], serde_json::Value::Null);
    }
}
