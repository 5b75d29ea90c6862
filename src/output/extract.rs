//! Printing `arshif extract`'s articles, as JSON lines or as one JSON array.
//!
//! Schema (stable; fields are only ever added), one object per article:
//! `{"id": str, "path": str, "title": str, "date": "YYYY-MM-DD"|null, "source": str|null,
//! "url": str|null, "places": [{"ar": str, "en": str|null, "kind": str|null, "forms": [str]}]}`
//! — `path` is relative to the folder walked (the file name for a file given alone); `places`
//! are those the file lists, then those found in the title and body, each once, under its
//! canonical Arabic name (`ar`) with the gazetteer's English name and kind (`null` for a listed
//! place the gazetteer does not know) and the distinct forms that named it in the title and
//! body, as written (`وبريطانيا`; empty for a place only listed). A name the gazetteer lacks
//! found after a place noun (`بلدة ياميبو`) has `en` null and the noun's kind (`town`). `--format jsonl` writes one
//! object per line; `--format json` one array of them.

use std::io::{self, Write};

use serde::Serialize;

use crate::article::format_date;
use crate::extract::pipeline::ArticlePlace;
use crate::Article;

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    date: Option<String>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    places: Vec<PlaceOut<'a>>,
}

#[derive(Serialize)]
struct PlaceOut<'a> {
    ar: &'a str,
    en: Option<&'a str>,
    kind: Option<&'a str>,
    forms: &'a [String],
}

fn to_out<'a>(article: &'a Article, places: &'a [ArticlePlace]) -> ArticleOut<'a> {
    ArticleOut {
        id: &article.id,
        path: &article.path,
        title: &article.title,
        date: article.date.map(format_date),
        source: article.source.as_deref(),
        url: article.url.as_deref(),
        places: places
            .iter()
            .map(|p| PlaceOut {
                ar: &p.name,
                en: p.place.map(|place| place.name_en.as_str()),
                kind: p.place.map(|place| place.kind.as_str()).or(p.unknown_kind),
                forms: &p.forms,
            })
            .collect(),
    }
}

/// Writes articles as they come: one JSON object per line, or the items of one JSON array
/// (one per line, between `[` and `]`).
pub struct ArticleWriter<W: Write> {
    out: W,
    array: bool,
    written: usize,
}

impl<W: Write> ArticleWriter<W> {
    /// A writer of JSON lines (`array` false) or of one JSON array (`array` true).
    pub fn new(out: W, array: bool) -> ArticleWriter<W> {
        ArticleWriter { out, array, written: 0 }
    }

    /// Writes one article with its places.
    pub fn write(&mut self, article: &Article, places: &[ArticlePlace]) -> io::Result<()> {
        if self.array {
            self.out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        serde_json::to_writer(&mut self.out, &to_out(article, places))?;
        if !self.array {
            writeln!(self.out)?;
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the output (closes the array) and flushes it.
    pub fn finish(mut self) -> io::Result<()> {
        if self.array {
            self.out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(array: bool, articles: &[Article]) -> String {
        let mut buf = Vec::new();
        let mut writer = ArticleWriter::new(&mut buf, array);
        for article in articles {
            writer.write(article, &[]).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn lines_and_arrays() {
        let a = Article { id: "a".into(), path: "a.txt".into(), ..Article::default() };
        let line = r#"{"id":"a","path":"a.txt","title":"","date":null,"source":null,"url":null,"places":[]}"#;
        assert_eq!(render(false, &[a.clone(), a.clone()]), format!("{line}\n{line}\n"));
        assert_eq!(render(true, &[a.clone(), a]), format!("[\n{line},\n{line}\n]\n"));
        assert_eq!(render(true, &[]), "[]\n");
    }
}
