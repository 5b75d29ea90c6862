//! Writing articles into a tantivy index, and opening an index to read it.
//!
//! An arshif index is a tantivy index plus `arshif.json`, which records the index format (the
//! schema and analyzer version) and the folder it was built from. [`index_folder`] runs the
//! whole ingest pipeline: discover → parse → extract → write, reporting problems as events and
//! never stopping for one bad file. It deletes an article's previous version by id before
//! adding it, so indexing the same folder twice gives the same documents, and it commits
//! periodically, so a crash leaves the last committed state readable.

pub mod schema;

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::schema::TantivyDocument;
use tantivy::{DateTime, Index, IndexWriter, Term};

use crate::discover::{discover, FoundFile};
use crate::extract::{article_from, places::Gazetteer, Origin};
use crate::parse::{parse_file, Format, ParseOptions};
use crate::{analysis, Article, Error, Result};
pub use schema::Fields;

/// Version of the schema and analysis; an index written with another one must be rebuilt.
pub const FORMAT_VERSION: u32 = 1;
const INFO_FILE: &str = "arshif.json";

/// What `arshif.json` records about an index.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexInfo {
    pub format: u32,
    /// The folder last indexed into it, used when `arshif index` is given no folder.
    pub folder: Option<PathBuf>,
}

/// An open index with its fields.
#[derive(Clone)]
pub struct ArchiveIndex {
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
}

/// True if `dir` holds an index (of any version).
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Reads `arshif.json` of the index at `dir`.
pub fn read_info(dir: &Path) -> Result<IndexInfo> {
    let path = dir.join(INFO_FILE);
    let text = std::fs::read_to_string(&path).map_err(|_| Error::IncompatibleIndex {
        dir: dir.to_path_buf(),
        message: format!("{INFO_FILE} is missing: it was not written by arshif"),
    })?;
    serde_json::from_str(&text).map_err(|err| Error::IncompatibleIndex {
        dir: dir.to_path_buf(),
        message: format!("{INFO_FILE} is unreadable: {err}"),
    })
}

fn write_info(dir: &Path, info: &IndexInfo) -> Result<()> {
    let text = serde_json::to_string_pretty(info).map_err(std::io::Error::other)?;
    let tmp = dir.join(format!("{INFO_FILE}.tmp"));
    std::fs::write(&tmp, text + "\n")?;
    std::fs::rename(tmp, dir.join(INFO_FILE))?;
    Ok(())
}

/// Opens the index at `dir` for reading or writing.
pub fn open(dir: &Path) -> Result<ArchiveIndex> {
    if !exists(dir) {
        return Err(Error::NoIndex { dir: dir.to_path_buf() });
    }
    let info = read_info(dir)?;
    if info.format != FORMAT_VERSION {
        return Err(Error::IncompatibleIndex {
            dir: dir.to_path_buf(),
            message: format!(
                "it has format {}, this arshif reads format {FORMAT_VERSION}",
                info.format
            ),
        });
    }
    let index = Index::open_in_dir(dir)?;
    let fields = Fields::from_schema(&index.schema())
        .map_err(|message| Error::IncompatibleIndex { dir: dir.to_path_buf(), message })?;
    analysis::register(&index);
    Ok(ArchiveIndex { index, fields, dir: dir.to_path_buf() })
}

/// Creates a new, empty index at `dir`, replacing an arshif or tantivy index already there.
/// Other files in the folder are left alone.
pub fn create(dir: &Path, folder: Option<&Path>) -> Result<ArchiveIndex> {
    std::fs::create_dir_all(dir)?;
    if exists(dir) {
        remove_index_files(dir)?;
    }
    let index = Index::create_in_dir(dir, schema::build_schema())?;
    analysis::register(&index);
    write_info(dir, &IndexInfo { format: FORMAT_VERSION, folder: folder.map(Path::to_path_buf) })?;
    let fields = Fields::from_schema(&index.schema()).map_err(Error::Invalid)?;
    Ok(ArchiveIndex { index, fields, dir: dir.to_path_buf() })
}

/// Removes the files of a tantivy index (those its `.managed.json` lists, plus its own
/// bookkeeping) and `arshif.json`, and nothing else.
fn remove_index_files(dir: &Path) -> Result<()> {
    let mut names: Vec<String> =
        ["meta.json", ".managed.json", INFO_FILE].iter().map(|s| s.to_string()).collect();
    if let Ok(text) = std::fs::read_to_string(dir.join(".managed.json")) {
        if let Ok(managed) = serde_json::from_str::<Vec<String>>(&text) {
            names.extend(managed);
        }
    }
    for name in names {
        let path = dir.join(&name);
        if !name.contains('/') && path.is_file() {
            std::fs::remove_file(path)?;
        }
    }
    Ok(())
}

/// Options for [`index_folder`].
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Start from an empty index instead of updating the existing one.
    pub rebuild: bool,
    /// Memory for tantivy's writer threads, in bytes (split between them).
    pub memory_budget: usize,
    /// Commit after this many articles, so that a crash loses at most that much work.
    pub commit_every: usize,
    /// How files are read (a forced encoding).
    pub parse: ParseOptions,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            rebuild: false,
            memory_budget: 256 << 20,
            commit_every: 20_000,
            parse: ParseOptions::default(),
        }
    }
}

/// Something [`index_folder`] reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// The walk is done; this many files (of these many bytes) will be read.
    Found { files: usize, bytes: u64 },
    /// A file was read and its articles written.
    FileDone { file: &'a FoundFile, articles: usize },
    /// A file could not be used at all; nothing from it was indexed.
    Skipped { path: &'a Path, reason: String },
    /// Part of a file was lost or changed (a bad line, an unreadable date).
    Warning { path: &'a Path, message: String },
}

/// Totals of one indexing run.
#[derive(Debug, Default, Clone, Serialize)]
pub struct IndexSummary {
    pub files_seen: usize,
    pub files_indexed: usize,
    pub files_skipped: usize,
    pub files_ignored: usize,
    pub articles: usize,
    pub warnings: usize,
    pub docs_in_index: u64,
    pub seconds: f64,
}

impl IndexSummary {
    /// True if anything was skipped or lost on the way.
    pub fn is_partial(&self) -> bool {
        self.files_skipped > 0 || self.warnings > 0
    }
}

/// The result of reading one file: its articles, or why it was skipped.
struct FileResult {
    articles: Vec<Article>,
    warnings: Vec<String>,
    error: Option<String>,
}

/// Indexes every article file under `folder` into the index at `index_dir`.
pub fn index_folder(
    folder: &Path,
    index_dir: &Path,
    options: &IndexOptions,
    on_event: &mut dyn FnMut(Event),
) -> Result<IndexSummary> {
    let started = Instant::now();
    let found = discover(folder, Some(index_dir))?;
    let folder_abs = folder.canonicalize().ok();
    let archive = if options.rebuild || !exists(index_dir) {
        create(index_dir, folder_abs.as_deref())?
    } else {
        let archive = open(index_dir)?;
        write_info(index_dir, &IndexInfo { format: FORMAT_VERSION, folder: folder_abs })?;
        archive
    };
    let mut summary = IndexSummary {
        files_seen: found.files.len(),
        files_ignored: found.ignored,
        ..IndexSummary::default()
    };
    for (path, reason) in &found.errors {
        summary.files_skipped += 1;
        on_event(Event::Skipped { path, reason: reason.clone() });
    }
    let bytes = found.files.iter().map(|f| f.size).sum();
    on_event(Event::Found { files: found.files.len(), bytes });

    let mut writer: IndexWriter = archive.index.writer(options.memory_budget)?;
    let gazetteer = Gazetteer::builtin();
    let mut since_commit = 0;
    // Files are parsed in parallel, a chunk at a time, and written in walk order so that
    // the result does not depend on thread timing.
    for chunk in found.files.chunks(64) {
        let results: Vec<FileResult> =
            chunk.par_iter().map(|file| read_file(file, &options.parse, gazetteer)).collect();
        for (file, result) in chunk.iter().zip(results) {
            for message in result.warnings {
                summary.warnings += 1;
                on_event(Event::Warning { path: &file.path, message });
            }
            if let Some(reason) = result.error {
                summary.files_skipped += 1;
                on_event(Event::Skipped { path: &file.path, reason });
                continue;
            }
            for article in &result.articles {
                writer.delete_term(Term::from_field_text(archive.fields.id, &article.id));
                writer.add_document(to_document(article, &archive.fields, gazetteer))?;
            }
            summary.files_indexed += 1;
            summary.articles += result.articles.len();
            since_commit += result.articles.len();
            on_event(Event::FileDone { file, articles: result.articles.len() });
            if since_commit >= options.commit_every {
                writer.commit()?;
                since_commit = 0;
            }
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let reader = archive.index.reader()?;
    summary.docs_in_index = reader.searcher().num_docs();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn read_file(file: &FoundFile, options: &ParseOptions, gazetteer: &Gazetteer) -> FileResult {
    let parsed = match parse_file(&file.path, file.kind, options) {
        Ok(parsed) => parsed,
        Err(err) => {
            // The error's message starts with the path; the event carries it already.
            let reason = match err {
                Error::Parse { message, .. } => message,
                Error::Read { source, .. } => format!("cannot read: {source}"),
                other => other.to_string(),
            };
            return FileResult { articles: Vec::new(), warnings: Vec::new(), error: Some(reason) };
        }
    };
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
    FileResult { articles, warnings, error: None }
}

/// The tantivy document for an article.
pub fn to_document(article: &Article, fields: &Fields, gazetteer: &Gazetteer) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &article.id);
    doc.add_text(fields.title, &article.title);
    doc.add_text(fields.body, &article.body);
    if let Some(date) = article.date {
        doc.add_date(fields.date, date_to_index(date));
    }
    for name in &article.places {
        doc.add_text(fields.places, name);
        doc.add_text(fields.place, name);
        if let Some(place) = gazetteer.lookup(name) {
            doc.add_text(fields.place, &place.name_en);
        }
    }
    if let Some(source) = &article.source {
        doc.add_text(fields.source, source);
    }
    if let Some(url) = &article.url {
        doc.add_text(fields.url, url);
    }
    doc.add_text(fields.path, &article.path);
    doc
}

/// Dates are indexed as midnight UTC of the article's own calendar day.
pub fn date_to_index(date: time::Date) -> DateTime {
    DateTime::from_timestamp_secs(date.midnight().assume_utc().unix_timestamp())
}

/// The calendar day of an indexed date.
pub fn date_from_index(value: DateTime) -> time::Date {
    value.into_utc().date()
}
