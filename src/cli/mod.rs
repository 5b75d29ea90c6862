//! The command line: the one place that knows clap. Flags are defined once here (their doc
//! comments are the help), converted to library options, and each subcommand's runner turns
//! library results into output and an exit code.

mod batch;
mod extract;
mod index;
mod search;
mod serve;
mod stats;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use arshif::parse::{decode::encoding_for_label, Encoding, ParseOptions};
use arshif::search::{Filters, SearchFields};

/// Exit codes, documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything worked.
    Success = 0,
    /// Nothing was done: a bad flag, a bad query, a missing index or folder.
    UserError = 1,
    /// Done, but something was skipped: unreadable files, bad lines, failed batch queries.
    Partial = 2,
}

/// Full-text search for Arabic news archives.
///
/// Index a folder of articles once, then search it: `arshif index corpus`, then
/// `arshif search "الضمانات الأمنية"`.
#[derive(Debug, Parser)]
#[command(name = "arshif", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index a folder of articles (text, Markdown, JSON, JSON lines, HTML, SGML; also gzipped).
    Index(index::IndexArgs),
    /// Search the index and print ranked hits with snippets.
    Search(search::SearchArgs),
    /// Answer many queries from a file or stdin (JSON lines, TSV or TREC runs).
    Batch(batch::BatchArgs),
    /// Parse articles and extract their dates and places, without indexing (JSON lines).
    Extract(extract::ExtractArgs),
    /// Counts from the index: articles, date range, top places and sources, articles per year.
    Stats(stats::StatsArgs),
    /// Serve a search page and a JSON API over the index (http://127.0.0.1:7700 by default).
    Serve(serve::ServeArgs),
}

/// Where the index lives.
#[derive(Debug, Args)]
struct IndexDir {
    /// Index folder.
    #[arg(long = "index", value_name = "DIR", default_value = "index")]
    dir: PathBuf,
}

/// How files are read, shared by `index` and `extract`.
#[derive(Debug, Args)]
struct ReadArgs {
    /// Read every file with this encoding instead of detecting it (e.g. windows-1256,
    /// iso-8859-6, utf-8, utf-16le).
    #[arg(long, value_name = "NAME", value_parser = encoding_for_label)]
    encoding: Option<Encoding>,
    /// Follow symbolic links.
    #[arg(long)]
    follow: bool,
}

impl ReadArgs {
    fn parse_options(&self) -> ParseOptions {
        ParseOptions { encoding: self.encoding }
    }
}

/// Date and place filters, shared by `search` and `batch`.
#[derive(Debug, Args)]
struct FilterArgs {
    /// Only articles published on or after this day: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only articles published on or before this day: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Only articles that name this place (Arabic or English, e.g. باريس or Paris).
    #[arg(long, value_name = "PLACE")]
    place: Option<String>,
}

impl FilterArgs {
    fn to_filters(&self) -> arshif::Result<Filters> {
        Ok(Filters {
            since: self.since.as_deref().map(arshif::search::parse_since).transpose()?,
            until: self.until.as_deref().map(arshif::search::parse_until).transpose()?,
            place: self.place.clone(),
            ..Filters::default()
        })
    }
}

/// Which fields a query searches.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum FieldChoice {
    /// Title and body (title matches weigh more).
    All,
    Title,
    Body,
}

impl From<FieldChoice> for SearchFields {
    fn from(choice: FieldChoice) -> SearchFields {
        match choice {
            FieldChoice::All => SearchFields::TitleAndBody,
            FieldChoice::Title => SearchFields::Title,
            FieldChoice::Body => SearchFields::Body,
        }
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// Runs the command line and returns the exit code.
pub fn run(cli: Cli) -> Exit {
    let result = match cli.command {
        Command::Index(args) => index::run(args),
        Command::Search(args) => search::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(exit) => exit,
        Err(err) if is_broken_pipe(&err) => Exit::Success,
        Err(err) => {
            error(&err);
            Exit::UserError
        }
    }
}

/// Prints an error on stderr, as one line.
fn error(err: &anyhow::Error) {
    let _ = writeln!(io::stderr(), "arshif: error: {}", one_line(err));
}

/// An error and its causes joined by `: `, each cause once: the library's errors already name
/// their cause in their own message (`missing: cannot read: No such file or directory`), which
/// `{:#}` would print a second time.
fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

/// Prints a warning on stderr.
fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "arshif: warning: {message}");
}

/// A closed pipe (`arshif search … | head`) ends output quietly, as in other Unix tools.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn flags_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn an_error_names_each_cause_once() {
        let missing = || io::Error::new(io::ErrorKind::NotFound, "No such file or directory");
        let read = arshif::Error::Read { path: "missing".into(), source: missing() };
        assert_eq!(
            one_line(&anyhow::Error::new(read)),
            "missing: cannot read: No such file or directory"
        );
        // Causes that add something are kept.
        let wrapped = anyhow::Error::new(missing()).context("cannot read query file q.tsv");
        assert_eq!(one_line(&wrapped), "cannot read query file q.tsv: No such file or directory");
    }
}
