//! `arshif index`: build or update the index from a folder, with a progress bar on a
//! terminal, problems on stderr as they happen, and an optional JSON lines report.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use super::{warn, Exit, IndexDir, ReadArgs};
use arshif::analysis::Profile;
use arshif::index::{self, Event, IndexOptions, IndexSummary};

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folder (or single file) of articles. Default: the folder this index was built from.
    #[arg(value_name = "FOLDER")]
    folder: Option<PathBuf>,
    #[command(flatten)]
    index: IndexDir,
    /// Start from an empty index instead of updating the existing one.
    #[arg(long)]
    rebuild: bool,
    #[command(flatten)]
    read: ReadArgs,
    /// Analyzer variant for a new index (to measure each analysis step):
    /// arshif (default), no-stop-words, light10, no-stem.
    #[arg(long, value_name = "NAME", value_parser = parse_profile)]
    analyzer: Option<Profile>,
    /// Leave out the exact forms: one stemmed field per text (as Lucene's Arabic setup),
    /// without the lists of each article's word forms as written that rank matches of the
    /// query's own forms higher. Smaller and faster to build.
    ///
    /// This and the next two flags are recorded in the index: later runs keep them, and
    /// changing one needs --rebuild. With all three the index holds what Lucene's does.
    #[arg(long)]
    no_exact_forms: bool,
    /// Do not store titles and bodies: results show ids, dates and paths but no titles or
    /// snippets (for batch runs that only need ids); the index is about half the size.
    #[arg(long)]
    no_stored_text: bool,
    /// Do not look for places in the text (faster): no place counts, and --place finds only
    /// places given in the records' own metadata.
    #[arg(long)]
    no_places: bool,
    /// Write every skipped file and warning, with its reason, to FILE as JSON lines.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// No progress bar and no summary; only problems.
    #[arg(long, short)]
    quiet: bool,
    /// Commit after this many articles (tests use small values to check crash safety).
    #[arg(long, value_name = "N", hide = true)]
    commit_every: Option<usize>,
    /// Memory for the index writer's threads, in MB (more means fewer, larger segments).
    #[arg(long, value_name = "MB", hide = true)]
    writer_memory: Option<usize>,
}

/// One line of `--report`.
#[derive(Serialize)]
struct ReportLine<'a> {
    path: &'a Path,
    /// `skipped` (nothing from the file was indexed) or `warning` (part of it was lost).
    status: &'static str,
    reason: &'a str,
}

pub fn run(args: IndexArgs) -> anyhow::Result<Exit> {
    let folder = match args.folder {
        Some(folder) => folder,
        None => {
            let info = index::exists(&args.index.dir)
                .then(|| index::read_info(&args.index.dir).ok())
                .flatten();
            info.and_then(|info| info.folder).context(
                "which folder? give one: `arshif index FOLDER` (e.g. `arshif index corpus`)",
            )?
        }
    };
    let defaults = IndexOptions::default();
    let options = IndexOptions {
        rebuild: args.rebuild,
        follow_links: args.read.follow,
        parse: args.read.parse_options(),
        profile: args.analyzer,
        exact_forms: args.no_exact_forms.then_some(false),
        stored_text: args.no_stored_text.then_some(false),
        places: args.no_places.then_some(false),
        commit_every: args.commit_every.or(defaults.commit_every),
        memory_budget: args.writer_memory.map_or(defaults.memory_budget, |mb| mb << 20),
        ..defaults
    };
    let mut report = match &args.report {
        Some(path) => Some(BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot write the report {}", path.display()))?,
        )),
        None => None,
    };
    let bar = progress_bar(args.quiet);
    let mut articles = 0;
    let mut report_error = None;
    let mut on_event = |event: Event| {
        let (path, status, reason) = match &event {
            Event::Found { bytes, .. } => {
                bar.set_length(*bytes);
                return;
            }
            Event::FileDone { file, articles: n } => {
                articles += n;
                bar.inc(file.size);
                bar.set_message(format!("{articles} articles"));
                return;
            }
            Event::Committed { .. } => return,
            Event::Skipped { path, reason } => (*path, "skipped", reason.as_str()),
            Event::Warning { path, message } => (*path, "warning", message.as_str()),
        };
        bar.suspend(|| match status {
            "skipped" => warn(&format!("skipped {}: {reason}", path.display())),
            _ => warn(&format!("{}: {reason}", path.display())),
        });
        if let Some(out) = report.as_mut() {
            let line = ReportLine { path, status, reason };
            let written = serde_json::to_writer(&mut *out, &line)
                .map_err(std::io::Error::from)
                .and_then(|_| writeln!(out));
            if let Err(err) = written {
                report_error.get_or_insert(err);
            }
        }
    };
    let result = index::index_folder(&folder, &args.index.dir, &options, &mut on_event);
    bar.finish_and_clear();
    let summary = result?;
    if let Some(mut out) = report {
        out.flush().context("cannot write the report")?;
    }
    if let Some(err) = report_error {
        return Err(err).context("cannot write the report");
    }
    if !args.quiet {
        eprintln!("arshif: {}", summary_line(&summary, &args.index.dir));
    }
    Ok(if summary.is_partial() { Exit::Partial } else { Exit::Success })
}

/// A progress bar on stderr when it is a terminal (and not `--quiet`); hidden otherwise.
fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    let template = "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} \
                    ({binary_bytes_per_sec}, ETA {eta}) {msg}";
    // Ticks on its own, so that elapsed time moves while one large file is read.
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

fn summary_line(s: &IndexSummary, dir: &Path) -> String {
    if s.is_no_op() && s.files_skipped == 0 && s.files_indexed == 0 {
        return format!(
            "index is up to date: {} files unchanged; {} holds {} articles ({:.2} s)",
            s.files_unchanged,
            dir.display(),
            s.docs_in_index,
            s.seconds
        );
    }
    format!(
        "{} files seen: {} indexed, {} unchanged, {} removed, {} skipped, {} other files ignored; \
         articles: {} added, {} updated, {} deleted; {} warnings; {:.2} s; {} now holds {} articles",
        s.files_seen,
        s.files_indexed,
        s.files_unchanged,
        s.files_removed,
        s.files_skipped,
        s.files_ignored,
        s.articles_added,
        s.articles_updated,
        s.articles_deleted,
        s.warnings,
        s.seconds,
        dir.display(),
        s.docs_in_index
    )
}

fn parse_profile(name: &str) -> Result<Profile, String> {
    Profile::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
        format!("unknown analyzer {name:?}: use one of {}", names.join(", "))
    })
}
