//! The ANT corpora's upstream SGML files read as the JSONL conversions beside them say.
//!
//! `../shared/corpora/ant-multisource/raw/` (312 files) and `../shared/corpora/ant-jawharafm/raw/`
//! (226 files) are byte-identical upstream `.txt` files, one `<DOC>` each; the JSONL holds the
//! same articles under the id `<corpus>/<path under raw/ without .txt>`. Each raw file must give
//! one record whose title, date, source (through the README's mapping), url and body are the
//! JSONL's. Files the conversion dropped (`removed.tsv`) are checked against the copy it kept
//! (duplicates by URL) or must come out as title-only records with a warning (empty `<TEXT>`).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

use arshif::article::format_date;
use arshif::extract::date::parse_date;
use arshif::parse::{parse_file, FileKind, ParseOptions, Record};
use serde_json::Value;

/// `<SRC>` values and the source names the JSONL gives them (README "Fields" tables).
const SOURCES: [(&str, &str); 6] = [
    ("alarabia", "Al Arabiya"),
    ("BBC", "BBC Arabic"),
    ("CNN", "CNN Arabic"),
    ("france24", "France 24 Arabic"),
    ("skynews", "Sky News Arabia"),
    ("Jawhara FM", "Jawhara FM"),
];

/// The one raw file without `<SRC>` (nor `<CAT>`; its `<DOCNO>` is `92`); the JSONL fills in
/// "Jawhara FM".
const NO_SRC: &str = "ant-jawharafm/politic/JA-politic-92-20170201";

#[test]
fn ant_multisource_raw_files_match_the_jsonl() {
    let summary = check_corpus("ant-multisource");
    assert_eq!(summary.files, 312);
    assert_eq!(summary.in_jsonl, 302);
    assert_eq!(summary.duplicates, 10);
    assert_eq!(summary.empty, 0);
    assert!(summary.blank_line_runs.is_empty(), "{:?}", summary.blank_line_runs);
}

#[test]
fn ant_jawharafm_raw_files_match_the_jsonl() {
    let summary = check_corpus("ant-jawharafm");
    assert_eq!(summary.files, 226);
    assert_eq!(summary.in_jsonl, 215);
    assert_eq!(summary.duplicates, 9);
    assert_eq!(summary.empty, 2);
    assert_eq!(summary.blank_line_runs, ["ant-jawharafm/technology/JA-technology-12-20161205"]);
}

#[derive(Debug, Default)]
struct Summary {
    files: usize,
    /// Raw files whose id is in the JSONL.
    in_jsonl: usize,
    /// Raw files dropped as duplicates by URL, checked against the kept copy.
    duplicates: usize,
    /// Raw files dropped for an empty `<TEXT>`.
    empty: usize,
    /// Ids whose body is not the JSONL's byte for byte but only once the JSONL's runs of blank
    /// lines are kept as one, as the parser does (the JSONL keeps them as written).
    blank_line_runs: Vec<String>,
}

fn check_corpus(corpus: &str) -> Summary {
    let dir = corpus_dir(corpus);
    let removed = read_removed(&dir.join("removed.tsv"));
    let files = raw_files(&dir.join("raw"));
    let mut wanted: HashSet<String> = files.iter().map(|path| id_of(corpus, &dir, path)).collect();
    wanted.extend(removed.values().map(|(_, kept)| kept.clone()));
    let jsonl = read_jsonl(&dir.join(format!("{corpus}.jsonl.gz")), &wanted);
    let mut summary = Summary::default();
    let mut failures = Vec::new();
    for path in files {
        summary.files += 1;
        let id = id_of(corpus, &dir, &path);
        let relative = format!("{}.txt", id.strip_prefix(&format!("{corpus}/")).unwrap());
        let mut fail = |what: String| failures.push(format!("{relative}: {what}"));

        let kind = FileKind::of(&path).unwrap();
        let parsed = match parse_file(&path, kind, &ParseOptions::default()) {
            Ok(parsed) => parsed,
            Err(err) => {
                fail(format!("not parsed: {err}"));
                continue;
            }
        };
        if parsed.records.len() != 1 {
            fail(format!("{} records", parsed.records.len()));
            continue;
        }
        let record = &parsed.records[0];
        let stem = path.file_stem().unwrap().to_string_lossy();
        let docno = if id == NO_SRC { "92" } else { &stem };
        if record.id.as_deref() != Some(docno) {
            fail(format!("id {:?}, expected the DOCNO {docno:?}", record.id));
        }

        let expected = match (jsonl.get(&id), removed.get(relative.as_str())) {
            (Some(article), None) => {
                summary.in_jsonl += 1;
                article
            }
            (None, Some((reason, kept))) if reason == "duplicate_url" => {
                summary.duplicates += 1;
                &jsonl[kept]
            }
            (None, Some((reason, _))) if reason == "empty_body" => {
                summary.empty += 1;
                let warning = format!("record 1 ({stem}): no text, only the title is kept");
                if record.title.is_empty() || !record.body.is_empty() {
                    fail(format!("empty <TEXT> read as {record:?}"));
                }
                if parsed.warnings != [warning] {
                    fail(format!("warnings {:?}", parsed.warnings));
                }
                continue;
            }
            other => {
                fail(format!("in the JSONL and removed.tsv: {other:?}"));
                continue;
            }
        };
        if !parsed.warnings.is_empty() {
            fail(format!("warnings {:?}", parsed.warnings));
        }
        for problem in compare(&id, record, expected) {
            fail(problem);
        }
        if record.body != text(expected, "body") {
            summary.blank_line_runs.push(id);
        }
    }
    eprintln!("{corpus}: {summary:?}");
    assert!(
        failures.is_empty(),
        "{} of {} files differ:\n{}",
        failures.len(),
        summary.files,
        failures.join("\n")
    );
    summary
}

/// What differs between a parsed record and its JSONL article.
fn compare(id: &str, record: &Record, expected: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |field: &str, got: &str, want: &str| {
        if got != want {
            problems.push(format!("{field} {got:?}, JSONL {want:?}"));
        }
    };
    check("title", &record.title, &text(expected, "title"));
    let date = record.date.as_deref().and_then(parse_date).map(format_date);
    check("date", date.as_deref().unwrap_or("(none)"), &text(expected, "date"));
    let source = match record.source.as_deref() {
        Some(src) => match SOURCES.iter().find(|(raw, _)| *raw == src) {
            Some((_, name)) => name.to_string(),
            None => format!("unmapped <SRC> {src:?}"),
        },
        None if id == NO_SRC => "Jawhara FM".to_string(),
        None => "(none)".to_string(),
    };
    check("source", &source, &text(expected, "source"));
    check("url", record.url.as_deref().unwrap_or("(none)"), &text(expected, "url"));
    check("body", &record.body, &blank_lines_collapsed(&text(expected, "body")));
    problems
}

/// A JSONL string field; `null` (4 Jawhara FM titles) is empty.
fn text(article: &Value, key: &str) -> String {
    article[key].as_str().unwrap_or_default().to_string()
}

/// Lines trimmed, runs of blank lines kept as one, leading and trailing blank lines dropped.
fn blank_lines_collapsed(body: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in body.lines().map(str::trim) {
        if !(line.is_empty() && lines.last().is_none_or(|last| last.is_empty())) {
            lines.push(line);
        }
    }
    while lines.last() == Some(&"") {
        lines.pop();
    }
    lines.join("\n")
}

fn corpus_dir(corpus: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora").join(corpus);
    assert!(
        dir.join("raw").is_dir(),
        "{} is missing: these tests read the shared corpora in place, next to the crate",
        dir.join("raw").display()
    );
    dir
}

/// `<corpus>/<path under raw/ without .txt>`, the JSONL id of a raw file.
fn id_of(corpus: &str, dir: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(dir.join("raw")).unwrap().to_string_lossy().replace('\\', "/");
    format!("{corpus}/{}", relative.strip_suffix(".txt").unwrap())
}

fn raw_files(raw: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(raw)
        .into_iter()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.into_path())
        .collect();
    files.sort();
    files
}

/// The JSONL articles by id. Only lines that start with a wanted id are decoded: the files hold
/// tens of thousands of articles and the test needs a few hundred.
fn read_jsonl(path: &Path, wanted: &HashSet<String>) -> HashMap<String, Value> {
    let gz = std::fs::read(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut text).unwrap();
    text.lines()
        .filter(|line| leading_id(line).is_none_or(|id| wanted.contains(id)))
        .map(|line| {
            let article: Value = serde_json::from_str(line).unwrap();
            (article["id"].as_str().unwrap().to_string(), article)
        })
        .collect()
}

/// The id a JSONL line starts with (`{"id": "…", …}`), if written so.
fn leading_id(line: &str) -> Option<&str> {
    line.strip_prefix("{\"id\": \"")?.split('"').next()
}

/// `removed.tsv`: upstream path → (reason, id kept instead).
fn read_removed(path: &Path) -> HashMap<String, (String, String)> {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    text.lines()
        .skip(1)
        .map(|line| {
            let mut columns = line.split('\t');
            let mut next = || columns.next().unwrap_or_default().to_string();
            (next(), (next(), next()))
        })
        .collect()
}
