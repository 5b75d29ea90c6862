//! `arshif batch`: many queries, answered in parallel, written in input order.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::{warn, Exit, FieldChoice, FilterArgs, IndexDir};
use arshif::output::{json, trec, tsv};
use arshif::search::batch::{latencies, parse_queries, run_batch};
use arshif::search::{ArchiveSearcher, QuerySyntax, Scoring, SearchRequest, DEFAULT_SNIPPET_CHARS};

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Query file: one `qid<TAB>query` or `query` per line; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    #[command(flatten)]
    index: IndexDir,
    #[command(flatten)]
    filters: FilterArgs,
    /// Hits per query.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = BatchFormat::Jsonl)]
    format: BatchFormat,
    /// Read queries with the query syntax (operators, phrases, prefixes); by default every
    /// line is plain words, so punctuation in titles is never an error.
    #[arg(long)]
    syntax: bool,
    /// Fields to search.
    #[arg(long, value_enum, default_value_t = FieldChoice::All)]
    field: FieldChoice,
    /// Search threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Run tag, the last column of TREC output.
    #[arg(long, default_value = "arshif")]
    tag: String,
    /// Print the time taken (queries/s, median and 99th-percentile latency) to stderr.
    #[arg(long)]
    timing: bool,
    /// Leave snippets out of JSON lines and TSV (faster).
    #[arg(long)]
    no_snippets: bool,
    /// Ranking: weight of query words matched in their exact, unstemmed form (0 turns it off).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().exact_weight)]
    exact_weight: f32,
    /// Ranking: weight of adjacent query words found together (0 turns it off).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().phrase_weight)]
    phrase_weight: f32,
    /// Ranking: how many best matches of the stemmed words (at least) get the exact-form and
    /// phrase bonuses before the page is cut (more finds more, slower).
    #[arg(long, value_name = "N", default_value_t = Scoring::default().rerank_depth)]
    rerank_depth: usize,
    /// Ranking: weight of index words sharing a query word's root-like key (0: off).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().expand_weight)]
    expand_weight: f32,
    /// Ranking: at most this many root-key variants per query word.
    #[arg(long, value_name = "N", default_value_t = Scoring::default().expand_variants)]
    expand_variants: usize,
    /// Ranking: weight of pseudo-relevance feedback words (0: off).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().prf_weight)]
    prf_weight: f32,
    /// Feedback: top hits read for words.
    #[arg(long, value_name = "N", default_value_t = Scoring::default().prf_docs)]
    prf_docs: usize,
    /// Feedback: words added.
    #[arg(long, value_name = "N", default_value_t = Scoring::default().prf_terms)]
    prf_terms: usize,
    /// Feedback: top hits that keep their place.
    #[arg(long, value_name = "N", default_value_t = Scoring::default().prf_keep)]
    prf_keep: usize,
    /// Ranking: weight of a title match against a body match (title and body searched).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().title_weight)]
    title_weight: f32,
    /// Ranking: weight of query words found in the first words of the body (0: off).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().lead_weight)]
    lead_weight: f32,
    /// Ranking: how many first words of the body count as its lead.
    #[arg(long, value_name = "N", default_value_t = Scoring::default().lead_words)]
    lead_words: u32,
    /// Ranking: weight of the share of the query a hit's title holds (title and body searched).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().title_cover_weight)]
    title_cover_weight: f32,
    /// Ranking: weight of the Arabic spellings found for Latin query words (`Trump` → ترامب).
    #[arg(long, value_name = "W", default_value_t = Scoring::default().transliterate_weight)]
    transliterate_weight: f32,
    /// Search Latin query words only as written, not also their Arabic spellings.
    #[arg(long)]
    no_transliterate: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum BatchFormat {
    /// One JSON object per query with its hits.
    Jsonl,
    /// TREC run: `qid Q0 docid rank score tag`.
    Trec,
    /// Tab-separated, one line per hit, with a header.
    Tsv,
}

pub fn run(args: BatchArgs) -> anyhow::Result<Exit> {
    let text = match args.file.as_deref() {
        None => read_stdin()?,
        Some(path) if path.as_os_str() == "-" => read_stdin()?,
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read query file {}", path.display()))?,
    };
    let queries = parse_queries(&text);
    let snippets = !args.no_snippets && !matches!(args.format, BatchFormat::Trec);
    let template = SearchRequest {
        syntax: if args.syntax { QuerySyntax::Full } else { QuerySyntax::Plain },
        fields: args.field.into(),
        filters: args.filters.to_filters()?,
        limit: args.limit,
        snippet_chars: snippets.then_some(DEFAULT_SNIPPET_CHARS),
        count_total: matches!(args.format, BatchFormat::Jsonl),
        ids_only: matches!(args.format, BatchFormat::Trec),
        scoring: Scoring {
            title_weight: args.title_weight,
            exact_weight: args.exact_weight,
            phrase_weight: args.phrase_weight,
            rerank_depth: args.rerank_depth,
            expand_weight: args.expand_weight,
            expand_variants: args.expand_variants,
            prf_weight: args.prf_weight,
            prf_docs: args.prf_docs,
            prf_terms: args.prf_terms,
            prf_keep: args.prf_keep,
            lead_weight: args.lead_weight,
            lead_words: args.lead_words,
            title_cover_weight: args.title_cover_weight,
            transliterate_weight: if args.no_transliterate {
                0.0
            } else {
                args.transliterate_weight
            },
        },
        ..SearchRequest::new("")
    };
    let searcher = ArchiveSearcher::open(&args.index.dir)?;
    if template.ids_only {
        // Part of opening the index, like Lucene's peer opening its reader: not timed.
        searcher.load_ids()?;
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if matches!(args.format, BatchFormat::Tsv) {
        tsv::write_header(&mut out)?;
    }
    let mut failed = 0;
    let mut times = Vec::with_capacity(queries.len());
    let started = Instant::now();
    // Chunks keep memory flat on long query files while every chunk runs in parallel.
    for chunk in queries.chunks(4096) {
        let answers = run_batch(&searcher, chunk, &template, args.threads)?;
        for (query, answer) in chunk.iter().zip(answers) {
            times.push(answer.elapsed);
            let answer = answer.result.map_err(|err| err.to_string());
            if let Err(message) = &answer {
                failed += 1;
                warn(&format!("query {}: {message}", query.qid));
            }
            match args.format {
                BatchFormat::Jsonl => json::write_batch_line(
                    &mut out,
                    &query.qid,
                    &query.text,
                    answer.as_ref().map_err(String::as_str),
                )?,
                BatchFormat::Trec => {
                    if let Ok(results) = &answer {
                        trec::write_run(&mut out, &query.qid, &results.hits, &args.tag)?;
                    }
                }
                BatchFormat::Tsv => {
                    if let Ok(results) = &answer {
                        tsv::write_hits(&mut out, &query.qid, &results.hits)?;
                    }
                }
            }
        }
    }
    out.flush()?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!("arshif: answered {} queries ({failed} failed)", queries.len() - failed);
    if let (true, Some(l)) = (args.timing, latencies(&times)) {
        eprintln!(
            "arshif: {} queries in {seconds:.3} s: {:.1} queries/s, latency p50 {:.3} ms, \
             p99 {:.3} ms, max {:.3} ms",
            queries.len(),
            queries.len() as f64 / seconds,
            l.p50,
            l.p99,
            l.max
        );
    }
    Ok(if failed > 0 { Exit::Partial } else { Exit::Success })
}

fn read_stdin() -> anyhow::Result<String> {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text).context("cannot read queries from stdin")?;
    Ok(text)
}
