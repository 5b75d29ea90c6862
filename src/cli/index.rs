//! `arshif index`: build or update the index from a folder.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use super::{warn, Exit, IndexDir};
use arshif::index::{self, Event, IndexOptions};

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
    /// Print only warnings and errors, no summary.
    #[arg(long, short)]
    quiet: bool,
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
    let options = IndexOptions { rebuild: args.rebuild, ..IndexOptions::default() };
    let mut on_event = |event: Event| match event {
        Event::Skipped { path, reason } => warn(&format!("skipped {}: {reason}", path.display())),
        Event::Warning { path, message } => warn(&format!("{}: {message}", path.display())),
        Event::Found { .. } | Event::FileDone { .. } => {}
    };
    let summary = index::index_folder(&folder, &args.index.dir, &options, &mut on_event)?;
    if !args.quiet {
        eprintln!(
            "arshif: indexed {} articles from {} files in {:.2} s ({} skipped, {} warnings, {} other files ignored); {} now holds {} articles",
            summary.articles,
            summary.files_indexed,
            summary.seconds,
            summary.files_skipped,
            summary.warnings,
            summary.files_ignored,
            args.index.dir.display(),
            summary.docs_in_index,
        );
    }
    Ok(if summary.is_partial() { Exit::Partial } else { Exit::Success })
}
