//! `arshif search`: one query, ranked hits on stdout.

use std::io::{self, BufWriter, Write};

use clap::{Args, ValueEnum};

use super::{warn, ColorChoice, Exit, FieldChoice, FilterArgs, IndexDir};
use arshif::output::{json, text, tsv};
use arshif::search::{
    ArchiveSearcher, QuerySyntax, SearchRequest, SortOrder, DEFAULT_SNIPPET_CHARS,
};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query: words (any spelling, with or without diacritics), "phrases", +must, -not,
    /// title:/body:/place: prefixes. Several arguments are joined with spaces.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    query: Vec<String>,
    #[command(flatten)]
    index: IndexDir,
    #[command(flatten)]
    filters: FilterArgs,
    /// Number of hits.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Skip this many hits first (for paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
    format: SearchFormat,
    /// Order of the hits: most relevant first, or newest first.
    #[arg(long, value_enum, default_value_t = SortChoice::Score)]
    sort: SortChoice,
    /// Read the query as plain words: no operators, phrases or field prefixes.
    #[arg(long)]
    plain: bool,
    /// Fields to search.
    #[arg(long, value_enum, default_value_t = FieldChoice::All)]
    field: FieldChoice,
    /// Snippet length in characters.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_SNIPPET_CHARS)]
    snippet_chars: usize,
    /// Colour matched words (text format).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Search Latin words only as written, not also their Arabic spellings (`Trump` → ترامب).
    #[arg(long)]
    no_transliterate: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SortChoice {
    Score,
    Date,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SearchFormat {
    Text,
    Json,
    Jsonl,
    Tsv,
}

pub fn run(args: SearchArgs) -> anyhow::Result<Exit> {
    let query = args.query.join(" ");
    let request = SearchRequest {
        syntax: if args.plain { QuerySyntax::Plain } else { QuerySyntax::Full },
        fields: args.field.into(),
        filters: args.filters.to_filters()?,
        limit: args.limit,
        offset: args.offset,
        snippet_chars: Some(args.snippet_chars),
        count_total: true,
        sort: match args.sort {
            SortChoice::Score => SortOrder::Score,
            SortChoice::Date => SortOrder::Date,
        },
        ..SearchRequest::new(query.clone())
    };
    let mut request = request;
    if args.no_transliterate {
        request.scoring.transliterate_weight = 0.0;
    }
    let searcher = ArchiveSearcher::open(&args.index.dir)?;
    let results = searcher.search(&request)?;
    for note in &results.notes {
        warn(note);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        SearchFormat::Text => {
            text::write_results(&mut out, &results, args.color.enabled())?;
            eprintln!("arshif: {}", text::summary_line(&results));
        }
        SearchFormat::Json => json::write_search(&mut out, &query, &results)?,
        SearchFormat::Jsonl => json::write_hits_lines(&mut out, &results.hits)?,
        SearchFormat::Tsv => {
            tsv::write_header(&mut out)?;
            tsv::write_hits(&mut out, "", &results.hits)?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}
