//! Parse and extract without indexing: the part of the ingest pipeline (discover → parse →
//! extract) that turns found files into articles, for `arshif extract` and for anything else
//! that wants a file's articles.
//!
//! [`extract_bytes`] does one file's bytes (so an indexer that hashes them first reads each
//! file once); [`extract_files`] does many files in parallel and hands back their results in
//! walk order. [`places_with_forms`] lists an article's places with the words that named them.

use rayon::prelude::*;

use super::places::{Gazetteer, Place};
use super::{article_from, Origin};
use crate::discover::FoundFile;
use crate::parse::stream::{
    should_stream, JsonLinesStream, RecordBatch, STREAM_BATCH_LINES, STREAM_MIN_BYTES,
};
use crate::parse::{parse_bytes, read_raw, Format, ParseOptions};
use crate::{Article, Error, Result};

/// The articles of one file.
#[derive(Debug, Default)]
pub struct FileArticles {
    pub articles: Vec<Article>,
    /// What was lost on the way (a bad JSON line, an unreadable date), each naming where.
    pub warnings: Vec<String>,
}

/// Parses the bytes `raw` of `file` (as [`read_raw`] gives them) and extracts its articles.
/// An error means nothing in the file could be used.
pub fn extract_bytes(
    file: &FoundFile,
    raw: &[u8],
    options: &ParseOptions,
    gazetteer: &Gazetteer,
) -> Result<FileArticles> {
    let parsed = parse_bytes(&file.path, raw, file.kind, options)?;
    let multi = file.kind.format == Format::JsonLines || parsed.records.len() > 1;
    let mut warnings = parsed.warnings;
    // One file can hold a whole archive (a JSON lines dump): extract its records in parallel.
    let extracted: Vec<(Article, Vec<String>)> = parsed
        .records
        .into_par_iter()
        .enumerate()
        .map(|(n, record)| {
            let origin = Origin { path: &file.relative, number: n + 1, multi };
            article_from(record, origin, gazetteer)
        })
        .collect();
    let mut articles = Vec::with_capacity(extracted.len());
    for (article, more) in extracted {
        articles.push(article);
        warnings.extend(more);
    }
    Ok(FileArticles { articles, warnings })
}

/// Reads `file` and extracts its articles.
pub fn extract_file(
    file: &FoundFile,
    options: &ParseOptions,
    gazetteer: &Gazetteer,
) -> Result<FileArticles> {
    extract_bytes(file, &read_raw(&file.path)?, options, gazetteer)
}

/// Reads and extracts `files` in parallel, a chunk at a time, and calls `on_file` for each in
/// the order given (walk order), so that output does not depend on thread timing. A large JSON
/// lines file is read a batch at a time (see [`JsonLinesStream`]): `on_file` is called once per
/// batch, so memory stays flat whatever the file's size.
pub fn extract_files<'f>(
    files: &'f [FoundFile],
    options: &ParseOptions,
    gazetteer: &Gazetteer,
    on_file: &mut dyn FnMut(&'f FoundFile, Result<FileArticles>),
) {
    extract_files_streaming_from(files, options, gazetteer, STREAM_MIN_BYTES, on_file)
}

fn extract_files_streaming_from<'f>(
    files: &'f [FoundFile],
    options: &ParseOptions,
    gazetteer: &Gazetteer,
    stream_min_bytes: u64,
    on_file: &mut dyn FnMut(&'f FoundFile, Result<FileArticles>),
) {
    let streamed =
        |file: &FoundFile| should_stream(file.kind, file.size, stream_min_bytes, options);
    let mut rest = files;
    while !rest.is_empty() {
        // The files before the next streamed one, in parallel chunks; then that one.
        let whole = rest.iter().position(streamed).unwrap_or(rest.len());
        for chunk in rest[..whole].chunks(64) {
            let results: Vec<Result<FileArticles>> =
                chunk.par_iter().map(|file| extract_file(file, options, gazetteer)).collect();
            for (file, result) in chunk.iter().zip(results) {
                on_file(file, result);
            }
        }
        if let Some(file) = rest.get(whole) {
            extract_streamed(file, options, gazetteer, on_file);
        }
        rest = &rest[(whole + 1).min(rest.len())..];
    }
}

/// Extracts a large JSON lines file a batch at a time. A file that breaks after some of it was
/// given keeps that, with a warning.
fn extract_streamed<'f>(
    file: &'f FoundFile,
    options: &ParseOptions,
    gazetteer: &Gazetteer,
    on_file: &mut dyn FnMut(&'f FoundFile, Result<FileArticles>),
) {
    let mut stream = match JsonLinesStream::open(&file.path, file.kind) {
        Ok(Some(stream)) => stream,
        // Not UTF-8: read it whole, with encoding detection.
        Ok(None) => return on_file(file, extract_file(file, options, gazetteer)),
        Err(err) => return on_file(file, Err(err)),
    };
    let mut given = 0;
    loop {
        let batch = match stream.next_batch(STREAM_BATCH_LINES) {
            Ok(Some(batch)) => batch,
            Ok(None) => break,
            Err(err) if given == 0 => return on_file(file, Err(err)),
            Err(err) => {
                let message =
                    format!("{}; the {given} articles before it were read", failure_reason(err));
                let warnings = vec![message];
                return on_file(file, Ok(FileArticles { articles: Vec::new(), warnings }));
            }
        };
        let extracted = articles_of_batch(file, batch, gazetteer);
        given += extracted.articles.len();
        on_file(file, Ok(extracted));
    }
}

/// The articles of one batch of a streamed JSON lines `file`, extracted in parallel, with the
/// batch's warnings.
pub fn articles_of_batch(
    file: &FoundFile,
    batch: RecordBatch,
    gazetteer: &Gazetteer,
) -> FileArticles {
    let origin = |number| Origin { path: &file.relative, number, multi: true };
    let extracted: Vec<(Article, Vec<String>)> = batch
        .records
        .into_par_iter()
        .map(|(number, record)| article_from(record, origin(number), gazetteer))
        .collect();
    let mut warnings = batch.warnings;
    let mut articles = Vec::with_capacity(extracted.len());
    for (article, more) in extracted {
        articles.push(article);
        warnings.extend(more);
    }
    FileArticles { articles, warnings }
}

/// Why a file could not be used, without its path (which the caller shows beside it).
pub fn failure_reason(err: Error) -> String {
    match err {
        Error::Parse { message, .. } => message,
        Error::Read { source, .. } => format!("cannot read: {source}"),
        other => other.to_string(),
    }
}

/// A place of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticlePlace<'g> {
    /// The name stored for the article (canonical Arabic, or as the file listed it).
    pub name: String,
    /// The gazetteer's place, if it knows the name.
    pub place: Option<&'g Place>,
    /// The kind of a place the gazetteer does not know that a place noun introduced in the
    /// text (`town` for `بلدة كفرنبل`); `None` for the others.
    pub unknown_kind: Option<&'static str>,
    /// The distinct forms that named it in the title and body, as written (empty for a place
    /// that only the file's metadata lists).
    pub forms: Vec<String>,
}

/// The places of `article` (in the order of `article.places`) with the forms that named them
/// in its title and body, as [`article_from`] found them.
pub fn places_with_forms<'g>(article: &Article, gazetteer: &'g Gazetteer) -> Vec<ArticlePlace<'g>> {
    let no_forms = Vec::new();
    let forms = article.place_forms.iter().chain(std::iter::repeat(&no_forms));
    let kinds = article.place_kinds.iter().copied().chain(std::iter::repeat(None));
    article
        .places
        .iter()
        .zip(forms)
        .zip(kinds)
        .map(|((name, forms), unknown_kind)| ArticlePlace {
            name: name.clone(),
            // A name found after a place noun is no row's, even if a lookup (which adds or
            // drops the article) would find one.
            place: if unknown_kind.is_some() { None } else { gazetteer.lookup(name) },
            unknown_kind,
            forms: forms.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::FileKind;
    use std::path::Path;

    fn found(relative: &str) -> FoundFile {
        let path = Path::new(relative);
        let kind = FileKind::of(path).expect("a known kind");
        FoundFile {
            path: path.to_path_buf(),
            relative: relative.into(),
            kind,
            size: 0,
            modified_ns: 0,
        }
    }

    #[test]
    fn jsonl_records_get_numbered_ids_and_bad_lines_warn() {
        let raw = "{\"title\": \"في باريس\", \"body\": \"نص\"}\nnot json\n{\"title\": \"ب\", \"body\": \"ج\"}\n";
        let got = extract_bytes(
            &found("wire/a.jsonl"),
            raw.as_bytes(),
            &ParseOptions::default(),
            Gazetteer::builtin(),
        )
        .unwrap();
        let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
        // Records are numbered, not lines (as `index` numbers them).
        assert_eq!(ids, ["wire/a.jsonl#1", "wire/a.jsonl#2"]);
        assert_eq!(got.warnings.len(), 1);
        assert!(got.warnings[0].starts_with("line 2"), "{:?}", got.warnings);
    }

    #[test]
    fn a_streamed_dump_gives_the_articles_a_whole_read_gives() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.jsonl");
        let mut text: String = (1..=5000)
            .map(|n| format!("{{\"title\": \"خبر {n} من بلندن\", \"body\": \"نص\"}}\n"))
            .collect();
        text.push_str("not json\n");
        std::fs::write(&path, text).unwrap();
        let mut file = found("dump.jsonl");
        file.path = path;
        file.size = std::fs::metadata(&file.path).unwrap().len();
        let files = [file];
        let read = |stream_min_bytes| {
            let (mut ids, mut places, mut warnings, mut calls) = (Vec::new(), 0, Vec::new(), 0);
            let options = ParseOptions::default();
            let g = Gazetteer::builtin();
            extract_files_streaming_from(&files, &options, g, stream_min_bytes, &mut |_, r| {
                let r = r.unwrap();
                calls += 1;
                places += r.articles.iter().filter(|a| a.places == ["لندن"]).count();
                ids.extend(r.articles.into_iter().map(|a| a.id));
                warnings.extend(r.warnings);
            });
            (ids, places, warnings, calls)
        };
        let (whole, streamed) = (read(u64::MAX), read(0));
        assert_eq!(whole.3, 1);
        assert_eq!(streamed.3, 2, "two batches");
        assert_eq!((&streamed.0, streamed.1, &streamed.2), (&whole.0, whole.1, &whole.2));
        assert_eq!((whole.0.len(), whole.1), (5000, 5000));
        assert_eq!(whole.0[4999], "dump.jsonl#5000");
    }

    #[test]
    fn places_with_their_forms_and_listed_unknowns() {
        let g = Gazetteer::builtin();
        let record = crate::parse::Record {
            title: "لندن تستضيف".into(),
            body: "وصل إلى بلندن ثم بريطانيا ولندن.".into(),
            places: vec!["Springfield".into(), "London".into()],
            ..crate::parse::Record::default()
        };
        let origin = Origin { path: "a.txt", number: 1, multi: false };
        let (article, _) = crate::extract::article_from(record, origin, g);
        let places = places_with_forms(&article, g);
        let forms: Vec<(&str, Vec<&str>)> = places
            .iter()
            .map(|p| (p.name.as_str(), p.forms.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            forms,
            [
                ("Springfield", vec![]),
                ("لندن", vec!["لندن", "بلندن", "ولندن"]),
                ("المملكة المتحدة", vec!["بريطانيا"]),
            ]
        );
        assert_eq!(places[0].place, None);
        assert_eq!(places[1].place.map(|p| p.name_en.as_str()), Some("London"));
    }
}
