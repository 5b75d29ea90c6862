//! Writing articles into a tantivy index, and opening an index to read it.
//!
//! An arshif index is a tantivy index plus `arshif.json`, which records the index format (the
//! schema and analyzer version), the analyzer variant, its [`Layout`] (exact forms, stored
//! text, places) and the folder it was built from. [`index_folder`] runs the
//! whole ingest pipeline: discover → parse → extract → write, reporting problems as events and
//! never stopping for one bad file. It deletes an article's previous version by id before
//! adding it, so indexing the same folder twice gives the same documents, and it commits
//! periodically, so a crash leaves the last committed state readable.

pub mod document;
pub mod forms;
pub mod merge;
pub mod schema;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::directory::Directory;
use tantivy::{DateTime, Index, IndexWriter, Term};

use crate::analysis::{self, Profile};
use crate::discover::manifest::{hash_bytes, hash_file, FileEntry, Manifest, Status};
use crate::discover::{discover, FoundFile};
use crate::extract::pipeline::{
    articles_of_batch, extract_bytes, extract_file, failure_reason, FileArticles,
};
use crate::extract::places::Gazetteer;
use crate::parse::stream::{should_stream, JsonLinesStream, STREAM_BATCH_LINES, STREAM_MIN_BYTES};
use crate::parse::{read_raw, ParseOptions};
use crate::{Article, Error, Result};
pub use document::{into_document, to_document, ArticleDoc};
pub use schema::Fields;

/// Version of the schema and analysis; an index written with another one must be rebuilt.
/// 4: the stemmer removes the endings light10 leaves (وا, attached pronouns, a final ا or و).
/// 5: the exact forms are kept by a segment plugin ([`forms`]) instead of two inverted fields.
pub const FORMAT_VERSION: u32 = 5;
const INFO_FILE: &str = "arshif.json";

/// What `arshif.json` records about an index.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexInfo {
    pub format: u32,
    /// The analyzer variant the index was built with.
    #[serde(default)]
    pub analyzer: Profile,
    /// Whether the index has the exact forms (`false`: built with `--no-exact-forms`).
    /// Indexes written before this was recorded all have them.
    #[serde(default = "on_by_default")]
    pub exact_forms: bool,
    /// Whether the title and body are stored (`false`: built with `--no-stored-text`).
    #[serde(default = "on_by_default")]
    pub stored_text: bool,
    /// Whether places were extracted from the text (`false`: built with `--no-places`).
    #[serde(default = "on_by_default")]
    pub places: bool,
    /// The folder last indexed into it, used when `arshif index` is given no folder.
    pub folder: Option<PathBuf>,
}

fn on_by_default() -> bool {
    true
}

impl IndexInfo {
    pub fn layout(&self) -> Layout {
        Layout { exact_forms: self.exact_forms, stored_text: self.stored_text, places: self.places }
    }
}

/// What an index holds beside the stemmed title and body, the dates and the ids: each part
/// costs indexing time and space, and a lean index (all off) is what Lucene's Arabic setup
/// holds: one stemmed field per text, nothing stored but ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The exact forms of the title and body, kept beside the index ([`forms`]; ranking,
    /// stop-word-only queries).
    pub exact_forms: bool,
    /// The title and body as written (titles and snippets in results).
    pub stored_text: bool,
    /// The places named in the text (`--place`, place counts); places given in a record's
    /// metadata are kept either way.
    pub places: bool,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout { exact_forms: true, stored_text: true, places: true }
    }
}

/// An open index with its fields.
#[derive(Clone)]
pub struct ArchiveIndex {
    pub index: Index,
    pub fields: Fields,
    /// The analyzer variant: queries must be analysed the same way.
    pub profile: Profile,
    pub layout: Layout,
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
    let mut index = Index::open_in_dir(dir)?;
    // tantivy does not record plugins: one the index was created with is registered again,
    // or tantivy refuses to write or merge it.
    if info.exact_forms {
        index.register_plugin(Arc::new(forms::FormsPlugin));
    }
    let fields = Fields::from_schema(&index.schema())
        .map_err(|message| Error::IncompatibleIndex { dir: dir.to_path_buf(), message })?;
    if fields.stored_text != info.stored_text {
        return Err(Error::IncompatibleIndex {
            dir: dir.to_path_buf(),
            message: format!("its schema and {INFO_FILE} disagree about its fields"),
        });
    }
    analysis::register(&index, info.analyzer, info.exact_forms);
    let layout = info.layout();
    Ok(ArchiveIndex { index, fields, profile: info.analyzer, layout, dir: dir.to_path_buf() })
}

/// Creates a new, empty index at `dir` with `layout`, replacing an arshif or tantivy index
/// already there. Other files in the folder are left alone.
pub fn create(
    dir: &Path,
    folder: Option<&Path>,
    profile: Profile,
    layout: Layout,
) -> Result<ArchiveIndex> {
    std::fs::create_dir_all(dir)?;
    if exists(dir) {
        // Hold the writer lock while the old files go, so that a rebuild never deletes an
        // index another process is writing.
        let directory = tantivy::directory::MmapDirectory::open(dir)
            .map_err(|err| Error::Io(std::io::Error::other(err.to_string())))?;
        let _lock = directory
            .acquire_lock(&tantivy::directory::INDEX_WRITER_LOCK)
            .map_err(|_| locked(dir))?;
        remove_index_files(dir)?;
    }
    let mut builder = Index::builder().schema(schema::build_schema(layout));
    if layout.exact_forms {
        builder = builder.register_plugin(Arc::new(forms::FormsPlugin));
    }
    let index = builder.create_in_dir(dir)?;
    analysis::register(&index, profile, layout.exact_forms);
    let info = IndexInfo {
        format: FORMAT_VERSION,
        analyzer: profile,
        exact_forms: layout.exact_forms,
        stored_text: layout.stored_text,
        places: layout.places,
        folder: folder.map(Path::to_path_buf),
    };
    write_info(dir, &info)?;
    let fields = Fields::from_schema(&index.schema()).map_err(Error::Invalid)?;
    Ok(ArchiveIndex { index, fields, profile, layout, dir: dir.to_path_buf() })
}

fn locked(dir: &Path) -> Error {
    Error::Invalid(format!(
        "the index at {} is locked by another process (is another `arshif index` running?)",
        dir.display()
    ))
}

/// Removes the files of a tantivy index (those its `.managed.json` lists, plus its own
/// bookkeeping) and `arshif.json`, and nothing else.
fn remove_index_files(dir: &Path) -> Result<()> {
    let mut names: Vec<String> = ["meta.json", ".managed.json", INFO_FILE, "manifest.json"]
        .iter()
        .map(|s| s.to_string())
        .collect();
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
    /// Commit after this long, so that a crash loses little work…
    pub commit_interval: Duration,
    /// …or after this many articles, if that comes first. None by default: every commit ends
    /// the writer's segments early, and more segments mean more merging (the 71k-article
    /// benchmark set indexes in 11 % less time with everything on, and 27 % less with a lean
    /// index, than when it was also committed every 20,000 articles). The writer's memory
    /// budget bounds its memory either way. Tests set it to check that a crash keeps what was
    /// committed.
    pub commit_every: Option<usize>,
    /// Follow symbolic links while walking.
    pub follow_links: bool,
    /// How files are read (a forced encoding).
    pub parse: ParseOptions,
    /// The analyzer variant for a new index; `None` keeps the existing index's (or the default).
    pub profile: Option<Profile>,
    /// The parts a new index has; for each part, `None` keeps the existing index's setting (or
    /// has the part). An existing index with another setting is refused (it needs `rebuild`).
    pub exact_forms: Option<bool>,
    pub stored_text: Option<bool>,
    pub places: Option<bool>,
    /// JSON lines files this large or larger are read a batch at a time.
    pub stream_min_bytes: u64,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            rebuild: false,
            memory_budget: 256 << 20,
            commit_interval: Duration::from_secs(30),
            commit_every: None,
            follow_links: false,
            parse: ParseOptions::default(),
            profile: None,
            exact_forms: None,
            stored_text: None,
            places: None,
            stream_min_bytes: STREAM_MIN_BYTES,
        }
    }
}

/// Something [`index_folder`] reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// The walk is done: this many files (of these many bytes) will be read; the others are
    /// unchanged since the last run.
    Found { files: usize, bytes: u64, unchanged: usize },
    /// A file was read (and its articles written, if it had changed).
    FileDone { file: &'a FoundFile, articles: usize },
    /// A file could not be used at all; nothing from it was indexed (what an earlier run
    /// indexed from it is kept).
    Skipped { path: &'a Path, reason: String },
    /// Part of a file was lost or changed (a bad line, an unreadable date).
    Warning { path: &'a Path, message: String },
    /// The index was committed: everything so far is safe.
    Committed { articles: usize },
}

/// Totals of one indexing run.
#[derive(Debug, Default, Clone, Serialize)]
pub struct IndexSummary {
    /// Article files found by the walk.
    pub files_seen: usize,
    /// Files read and indexed (new or changed).
    pub files_indexed: usize,
    /// Files not read because they had not changed since the last run.
    pub files_unchanged: usize,
    /// Files that could not be used.
    pub files_skipped: usize,
    /// Files removed from the folder since the last run (their articles deleted).
    pub files_removed: usize,
    /// Files with extensions arshif does not read.
    pub files_ignored: usize,
    /// Articles added for the first time.
    pub articles_added: usize,
    /// Articles replaced by a new version.
    pub articles_updated: usize,
    /// Articles deleted (their file or record is gone).
    pub articles_deleted: usize,
    pub warnings: usize,
    /// Articles in the index at the end.
    pub docs_in_index: u64,
    pub seconds: f64,
}

impl IndexSummary {
    /// True if some files could not be used.
    pub fn is_partial(&self) -> bool {
        self.files_skipped > 0
    }

    /// True if the run changed nothing.
    pub fn is_no_op(&self) -> bool {
        self.articles_added + self.articles_updated + self.articles_deleted == 0
    }
}

/// The result of reading one file.
enum FileResult {
    /// Same bytes as indexed before (only its time changed).
    Same {
        hash: String,
    },
    Parsed {
        hash: String,
        articles: Vec<Article>,
        warnings: Vec<String>,
    },
    /// A large JSON lines file, changed: read it a batch at a time while writing.
    Stream {
        hash: String,
    },
    Failed {
        reason: String,
    },
}

/// Indexes every article file under `folder` into the index at `index_dir`: new and changed
/// files are read, removed files' articles deleted, unchanged files left alone.
pub fn index_folder(
    folder: &Path,
    index_dir: &Path,
    options: &IndexOptions,
    on_event: &mut dyn FnMut(Event),
) -> Result<IndexSummary> {
    let started = Instant::now();
    let found = discover(folder, Some(index_dir), options.follow_links)?;
    let folder_abs = folder.canonicalize().ok();
    let fresh = options.rebuild || !exists(index_dir);
    let (archive, layout) = if fresh {
        let layout = Layout {
            exact_forms: options.exact_forms.unwrap_or(true),
            stored_text: options.stored_text.unwrap_or(true),
            places: options.places.unwrap_or(true),
        };
        let profile = options.profile.unwrap_or_default();
        (create(index_dir, folder_abs.as_deref(), profile, layout)?, layout)
    } else {
        let archive = open(index_dir)?;
        let layout = archive.layout;
        (archive, layout)
    };
    if let Some(wanted) = options.profile.filter(|p| *p != archive.profile) {
        return Err(Error::Invalid(format!(
            "the index at {} was built with the analyzer {}, not {}: add --rebuild to change it",
            index_dir.display(),
            archive.profile.name(),
            wanted.name()
        )));
    }
    let parts = [
        (options.exact_forms, layout.exact_forms, "the exact forms", "--no-exact-forms"),
        (options.stored_text, layout.stored_text, "stored text", "--no-stored-text"),
        (options.places, layout.places, "places found in the text", "--no-places"),
    ];
    for (wanted, has, part, flag) in parts {
        if wanted.is_some_and(|wanted| wanted != has) {
            let (now, then) = if has {
                (format!("has {part}"), flag.to_string())
            } else {
                (format!("was built with {flag}"), part.to_string())
            };
            return Err(Error::Invalid(format!(
                "the index at {} {now}: add --rebuild to build it with {then}",
                index_dir.display()
            )));
        }
    }
    let mut manifest = if fresh { Manifest::new() } else { Manifest::load(index_dir) };
    let root = Manifest::root_key(folder);
    let mut summary = IndexSummary {
        files_seen: found.files.len(),
        files_ignored: found.ignored,
        ..IndexSummary::default()
    };
    for (path, reason) in &found.errors {
        summary.files_skipped += 1;
        on_event(Event::Skipped { path, reason: reason.clone() });
    }

    let to_read: Vec<&FoundFile> = found
        .files
        .iter()
        .filter(|f| !matches!(manifest.status(&root, f), Status::Unchanged(_)))
        .collect();
    let found_paths: HashSet<&str> = found.files.iter().map(|f| f.relative.as_str()).collect();
    let removed: Vec<String> = manifest
        .files(&root)
        .map(|files| files.keys().filter(|p| !found_paths.contains(p.as_str())).cloned().collect())
        .unwrap_or_default();
    summary.files_unchanged = found.files.len() - to_read.len();
    let bytes = to_read.iter().map(|f| f.size).sum();
    on_event(Event::Found { files: to_read.len(), bytes, unchanged: summary.files_unchanged });

    if to_read.is_empty() && removed.is_empty() && !fresh {
        summary.docs_in_index = archive.index.reader()?.searcher().num_docs();
        summary.seconds = started.elapsed().as_secs_f64();
        return Ok(summary);
    }

    let mut writer: IndexWriter<ArticleDoc> =
        archive.index.writer(options.memory_budget).map_err(|err| match err {
            tantivy::TantivyError::LockFailure(..) => locked(index_dir),
            other => Error::Index(other),
        })?;
    writer.set_merge_policy(Box::new(merge::CappedMergePolicy::default()));
    let mut commits = Committer::new(options);
    for path in removed {
        if let Some(entry) = manifest.remove(&root, &path) {
            for id in &entry.ids {
                writer.delete_term(Term::from_field_text(archive.fields.id, id));
            }
            summary.files_removed += 1;
            summary.articles_deleted += entry.ids.len();
        }
    }
    let gazetteer = if layout.places { Gazetteer::builtin() } else { Gazetteer::empty() };
    // Files are parsed in parallel, a chunk at a time, and written in walk order so that
    // the result does not depend on thread timing.
    for chunk in to_read.chunks(64) {
        let results: Vec<FileResult> = chunk
            .par_iter()
            .map(|file| {
                let known = match manifest.status(&root, file) {
                    Status::MaybeChanged(entry) => Some(entry.hash.as_str()),
                    _ => None,
                };
                read_file(file, known, options, gazetteer)
            })
            .collect();
        for (file, result) in chunk.iter().zip(results) {
            let previous = manifest.files(&root).and_then(|f| f.get(&file.relative)).cloned();
            let old_ids: HashSet<&str> = previous
                .as_ref()
                .map(|p| p.ids.iter().map(String::as_str).collect())
                .unwrap_or_default();
            let mut out = FileWriter {
                fresh,
                writer: &mut writer,
                fields: &archive.fields,
                gazetteer,
                summary: &mut summary,
                old_ids,
                ids: Vec::new(),
            };
            let hash = match result {
                FileResult::Failed { reason } => {
                    out.summary.files_skipped += 1;
                    on_event(Event::Skipped { path: &file.path, reason });
                    continue;
                }
                FileResult::Same { hash } => {
                    out.summary.files_unchanged += 1;
                    let ids = previous.map(|p| p.ids).unwrap_or_default();
                    let entry =
                        FileEntry { size: file.size, modified_ns: file.modified_ns, hash, ids };
                    manifest.insert(&root, &file.relative, entry);
                    continue;
                }
                FileResult::Parsed { hash, articles, warnings } => {
                    for message in warnings {
                        out.summary.warnings += 1;
                        on_event(Event::Warning { path: &file.path, message });
                    }
                    commits.added(articles.len());
                    out.write(articles)?;
                    hash
                }
                FileResult::Stream { hash } => {
                    let streamed = stream_file(
                        file,
                        &options.parse,
                        &mut out,
                        &mut commits,
                        &manifest,
                        index_dir,
                        on_event,
                    )?;
                    if !streamed {
                        continue;
                    }
                    hash
                }
            };
            let ids = out.finish();
            let articles = ids.len();
            summary.files_indexed += 1;
            on_event(Event::FileDone { file, articles });
            let entry = FileEntry { size: file.size, modified_ns: file.modified_ns, hash, ids };
            manifest.insert(&root, &file.relative, entry);
            if commits.due() {
                commits.commit(&mut writer, &manifest, index_dir, on_event)?;
            }
        }
    }
    commits.commit(&mut writer, &manifest, index_dir, on_event)?;
    writer.wait_merging_threads()?;
    if !fresh {
        let info = IndexInfo {
            format: FORMAT_VERSION,
            analyzer: archive.profile,
            exact_forms: layout.exact_forms,
            stored_text: layout.stored_text,
            places: layout.places,
            folder: folder_abs,
        };
        write_info(index_dir, &info)?;
    }
    summary.docs_in_index = archive.index.reader()?.searcher().num_docs();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Decides when to commit, and commits the index and then the manifest.
struct Committer {
    every: usize,
    interval: Duration,
    since_commit: usize,
    last: Instant,
    total: usize,
}

impl Committer {
    fn new(options: &IndexOptions) -> Committer {
        Committer {
            every: options.commit_every.unwrap_or(usize::MAX).max(1),
            interval: options.commit_interval,
            since_commit: 0,
            last: Instant::now(),
            total: 0,
        }
    }

    fn added(&mut self, articles: usize) {
        self.since_commit += articles;
        self.total += articles;
    }

    fn due(&self) -> bool {
        self.since_commit >= self.every || self.last.elapsed() >= self.interval
    }

    /// The manifest is saved after the index commit: it must never claim more than the index
    /// holds (the other way round only means re-reading a few files next time).
    fn commit(
        &mut self,
        writer: &mut IndexWriter<ArticleDoc>,
        manifest: &Manifest,
        dir: &Path,
        on_event: &mut dyn FnMut(Event),
    ) -> Result<()> {
        writer.commit()?;
        manifest.save(dir)?;
        self.since_commit = 0;
        self.last = Instant::now();
        on_event(Event::Committed { articles: self.total });
        Ok(())
    }
}

/// Writes one file's articles, replacing what an earlier run indexed from it.
struct FileWriter<'a> {
    /// The index was empty when the run started: there is nothing to replace.
    fresh: bool,
    writer: &'a mut IndexWriter<ArticleDoc>,
    fields: &'a Fields,
    gazetteer: &'a Gazetteer,
    summary: &'a mut IndexSummary,
    /// Ids the file had when it was last indexed.
    old_ids: HashSet<&'a str>,
    /// Ids written so far.
    ids: Vec<String>,
}

impl FileWriter<'_> {
    fn write(&mut self, articles: Vec<Article>) -> Result<()> {
        for article in articles {
            // A delete is kept until the next commit and then looked up in every new segment:
            // on a fresh index, where there is nothing to delete, it only costs.
            if !self.fresh {
                self.writer.delete_term(Term::from_field_text(self.fields.id, &article.id));
            }
            if self.old_ids.contains(article.id.as_str()) {
                self.summary.articles_updated += 1;
            } else {
                self.summary.articles_added += 1;
            }
            self.ids.push(article.id.clone());
            self.writer.add_document(into_document(article, self.fields, self.gazetteer))?;
        }
        Ok(())
    }

    /// Deletes the records that disappeared from the file, and returns its ids.
    fn finish(self) -> Vec<String> {
        // A new file (or a fresh index) has nothing to delete: no set of its ids to build (a
        // million-article file's set was tens of MB at the run's peak).
        if self.old_ids.is_empty() {
            return self.ids;
        }
        let new_ids: HashSet<&str> = self.ids.iter().map(String::as_str).collect();
        for gone in self.old_ids.difference(&new_ids) {
            self.writer.delete_term(Term::from_field_text(self.fields.id, gone));
            self.summary.articles_deleted += 1;
        }
        self.ids
    }
}

/// Indexes a large JSON lines file a batch at a time (see [`JsonLinesStream`]). Returns false if the
/// file was skipped (reported as such). A file that breaks after some of it was written keeps
/// what was written, with a warning.
fn stream_file(
    file: &FoundFile,
    options: &ParseOptions,
    out: &mut FileWriter,
    commits: &mut Committer,
    manifest: &Manifest,
    index_dir: &Path,
    on_event: &mut dyn FnMut(Event),
) -> Result<bool> {
    let skipped = |reason: String, on_event: &mut dyn FnMut(Event), out: &mut FileWriter| {
        out.summary.files_skipped += 1;
        on_event(Event::Skipped { path: &file.path, reason });
        Ok(false)
    };
    let mut stream = match JsonLinesStream::open(&file.path, file.kind) {
        Ok(Some(stream)) => stream,
        // Not UTF-8: read it whole, with encoding detection.
        Ok(None) => {
            let FileArticles { articles, warnings } =
                match extract_file(file, options, out.gazetteer) {
                    Ok(extracted) => extracted,
                    Err(err) => return skipped(failure_reason(err), on_event, out),
                };
            for message in warnings {
                out.summary.warnings += 1;
                on_event(Event::Warning { path: &file.path, message });
            }
            commits.added(articles.len());
            out.write(articles)?;
            return Ok(true);
        }
        Err(err) => return skipped(failure_reason(err), on_event, out),
    };
    loop {
        let batch = match stream.next_batch(STREAM_BATCH_LINES) {
            Ok(Some(batch)) => batch,
            Ok(None) => break,
            Err(err) if out.ids.is_empty() => return skipped(failure_reason(err), on_event, out),
            Err(err) => {
                let message = format!(
                    "{}; the {} articles before it were indexed",
                    failure_reason(err),
                    out.ids.len()
                );
                out.summary.warnings += 1;
                on_event(Event::Warning { path: &file.path, message });
                break;
            }
        };
        let FileArticles { articles, warnings } = articles_of_batch(file, batch, out.gazetteer);
        for message in warnings {
            out.summary.warnings += 1;
            on_event(Event::Warning { path: &file.path, message });
        }
        commits.added(articles.len());
        out.write(articles)?;
        // Commit inside the file too: the manifest does not list it yet, so after a crash
        // the next run reads it again and replaces what this one wrote.
        if commits.due() {
            commits.commit(out.writer, manifest, index_dir, on_event)?;
        }
    }
    Ok(true)
}

/// Reads one file; `known_hash` is the hash of the version already indexed, if any.
fn read_file(
    file: &FoundFile,
    known_hash: Option<&str>,
    options: &IndexOptions,
    gazetteer: &Gazetteer,
) -> FileResult {
    let failed = |err: Error| FileResult::Failed { reason: failure_reason(err) };
    if should_stream(file.kind, file.size, options.stream_min_bytes, &options.parse) {
        return match hash_file(&file.path) {
            Ok(hash) if known_hash == Some(hash.as_str()) => FileResult::Same { hash },
            Ok(hash) => FileResult::Stream { hash },
            Err(source) => failed(Error::Read { path: file.path.clone(), source }),
        };
    }
    let raw = match read_raw(&file.path) {
        Ok(raw) => raw,
        Err(err) => return failed(err),
    };
    let hash = hash_bytes(&raw);
    if known_hash == Some(hash.as_str()) {
        return FileResult::Same { hash };
    }
    match extract_bytes(file, &raw, &options.parse, gazetteer) {
        Ok(FileArticles { articles, warnings }) => FileResult::Parsed { hash, articles, warnings },
        Err(err) => failed(err),
    }
}

/// Dates are indexed as midnight UTC of the article's own calendar day.
pub fn date_to_index(date: time::Date) -> DateTime {
    DateTime::from_timestamp_secs(date.midnight().assume_utc().unix_timestamp())
}

/// The calendar day of an indexed date.
pub fn date_from_index(value: DateTime) -> time::Date {
    value.into_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Indexes `folder` into `index`, returning the summary and the warnings.
    fn run(folder: &Path, index: &Path, stream_min_bytes: u64) -> (IndexSummary, Vec<String>) {
        let options = IndexOptions { stream_min_bytes, ..IndexOptions::default() };
        let mut warnings = Vec::new();
        let summary = index_folder(folder, index, &options, &mut |event| {
            if let Event::Warning { message, .. } = event {
                warnings.push(message);
            }
        })
        .unwrap();
        (summary, warnings)
    }

    fn ids(index: &Path) -> Vec<String> {
        let archive = open(index).unwrap();
        let searcher = archive.index.reader().unwrap().searcher();
        let mut ids: Vec<String> = searcher
            .search(&tantivy::query::AllQuery, &tantivy::collector::DocSetCollector)
            .unwrap()
            .into_iter()
            .map(|address| {
                let doc: tantivy::TantivyDocument = searcher.doc(address).unwrap();
                use tantivy::schema::Value;
                doc.get_first(archive.fields.id).unwrap().as_str().unwrap().to_string()
            })
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn a_streamed_dump_indexes_as_a_whole_read_one_does_and_updates() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("archive");
        std::fs::create_dir(&folder).unwrap();
        let line =
            |n: usize| format!("{{\"title\": \"خبر {n} من باريس\", \"body\": \"نص {n}\"}}\n");
        let mut dump: String = (1..=5000).map(line).collect();
        dump.push_str("not json\n");
        dump.push_str("{\"id\": \"own\", \"title\": \"عنوان\", \"body\": \"نص\"}\n");
        std::fs::write(folder.join("dump.jsonl"), &dump).unwrap();

        let (whole, whole_warnings) = run(&folder, &dir.path().join("whole"), u64::MAX);
        let (streamed, warnings) = run(&folder, &dir.path().join("streamed"), 0);
        assert_eq!(streamed.articles_added, 5001);
        assert_eq!(warnings, whole_warnings);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("line 5001: bad JSON"), "{warnings:?}");
        assert_eq!(ids(&dir.path().join("streamed")), ids(&dir.path().join("whole")));
        assert_eq!(whole.docs_in_index, streamed.docs_in_index);

        // Unchanged: nothing is read. Changed: records gone from it are deleted.
        let (again, _) = run(&folder, &dir.path().join("streamed"), 0);
        assert!(again.is_no_op());
        let shorter: String = (1..=4000).map(line).collect();
        std::fs::write(folder.join("dump.jsonl"), shorter).unwrap();
        let (update, _) = run(&folder, &dir.path().join("streamed"), 0);
        assert_eq!((update.articles_updated, update.articles_deleted), (4000, 1001));
        assert_eq!(update.docs_in_index, 4000);
    }

    #[test]
    fn the_exact_forms_setting_is_kept_and_a_change_needs_a_rebuild() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("archive");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("a.txt"), "عنوان\nنص").unwrap();
        let index = dir.path().join("index");
        let index_with = |exact_forms: Option<bool>, rebuild: bool| {
            let options = IndexOptions { exact_forms, rebuild, ..IndexOptions::default() };
            index_folder(&folder, &index, &options, &mut |_| {})
        };
        let has_exact = || open(&index).unwrap().layout.exact_forms;

        index_with(Some(false), false).unwrap();
        assert!(!has_exact() && !read_info(&index).unwrap().exact_forms);
        std::fs::write(folder.join("b.txt"), "عنوان\nنص آخر").unwrap();
        let update = index_with(None, false).unwrap();
        assert_eq!(update.articles_added, 1);
        assert!(!has_exact() && !read_info(&index).unwrap().exact_forms);
        let err = index_with(Some(true), false).unwrap_err().to_string();
        assert!(err.contains("--no-exact-forms") && err.contains("--rebuild"), "{err}");
        index_with(Some(true), true).unwrap();
        assert!(has_exact() && read_info(&index).unwrap().exact_forms);
    }

    #[test]
    fn an_info_file_without_the_setting_means_exact_forms() {
        let info: IndexInfo = serde_json::from_str(r#"{"format": 3, "folder": null}"#).unwrap();
        assert!(info.exact_forms);
    }

    #[test]
    fn the_streaming_hash_is_the_whole_file_hash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        let bytes: Vec<u8> = (0..3_000_000u32).map(|n| (n % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(hash_file(&path).unwrap(), hash_bytes(&bytes));
    }
}
