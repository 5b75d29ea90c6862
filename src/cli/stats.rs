//! `arshif stats`: counts over the whole index (articles, dates, top places and sources,
//! articles per year) on stdout.

use std::io::{self, BufWriter, Write};

use clap::{Args, ValueEnum};

use super::{Exit, IndexDir};
use arshif::output::stats as printer;
use arshif::search::stats::{index_stats, DEFAULT_TOP};
use arshif::search::ArchiveSearcher;

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    index: IndexDir,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    format: StatsFormat,
    /// Number of places and of sources to list.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_TOP)]
    top: usize,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StatsFormat {
    Text,
    Json,
}

pub fn run(args: StatsArgs) -> anyhow::Result<Exit> {
    let searcher = ArchiveSearcher::open(&args.index.dir)?;
    let stats = index_stats(&searcher, args.top)?;
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        StatsFormat::Text => printer::write_text(&mut out, &stats)?,
        StatsFormat::Json => printer::write_json(&mut out, &stats)?,
    }
    out.flush()?;
    Ok(Exit::Success)
}
