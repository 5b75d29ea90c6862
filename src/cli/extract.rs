//! `arshif extract`: parse files or folders and print each article's metadata, date and places
//! (with the forms that named them) as JSON, without indexing. Folders are walked as `index`
//! walks them; problems go to stderr with the path, as `index` reports them. The JSON schema is
//! documented in [`arshif::output::extract`].

use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::{warn, Exit, ReadArgs};
use arshif::discover::discover;
use arshif::extract::pipeline::{extract_files, failure_reason, places_with_forms};
use arshif::extract::places::Gazetteer;
use arshif::output::extract::ArticleWriter;

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders of articles (folders are walked as `arshif index` walks them).
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// Output format: one JSON object per article per line, or one JSON array.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    format: ExtractFormat,
    #[command(flatten)]
    read: ReadArgs,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    /// One JSON object per line.
    Jsonl,
    /// One JSON array.
    Json,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<Exit> {
    let options = args.read.parse_options();
    // The default index folder is left out of walks, as `index` leaves it out.
    let index_dir = Path::new("index");
    let exclude = arshif::index::exists(index_dir).then_some(index_dir);
    // Walk every path first: a missing one stops before anything is printed.
    let mut walks = Vec::with_capacity(args.paths.len());
    for path in &args.paths {
        // The message names the path and the cause; its source would repeat the cause.
        let walk = discover(path, exclude, args.read.follow).map_err(|e| anyhow::anyhow!("{e}"))?;
        walks.push(walk);
    }
    let gazetteer = Gazetteer::builtin();
    let mut out =
        ArticleWriter::new(BufWriter::new(io::stdout().lock()), args.format == ExtractFormat::Json);
    let mut problems = 0;
    let mut write_error = None;
    for walk in &walks {
        for (path, reason) in &walk.errors {
            problems += 1;
            warn(&format!("skipped {}: {reason}", path.display()));
        }
        extract_files(&walk.files, &options, gazetteer, &mut |file, result| {
            if write_error.is_some() {
                return;
            }
            let extracted = match result {
                Ok(extracted) => extracted,
                Err(err) => {
                    problems += 1;
                    warn(&format!("skipped {}: {}", file.path.display(), failure_reason(err)));
                    return;
                }
            };
            for message in &extracted.warnings {
                problems += 1;
                warn(&format!("{}: {message}", file.path.display()));
            }
            for article in &extracted.articles {
                if let Err(err) = out.write(article, &places_with_forms(article, gazetteer)) {
                    write_error = Some(err);
                    return;
                }
            }
        });
        if let Some(err) = write_error {
            return Err(err.into());
        }
    }
    out.finish()?;
    Ok(if problems > 0 { Exit::Partial } else { Exit::Success })
}
