//! Batch search: many queries against one shared searcher, in parallel, answers in input order.
//!
//! Query files have one query per line: `qid<TAB>query`, or just `query`, whose qid is then
//! its line number. Blank lines are skipped.

use rayon::prelude::*;

use super::{ArchiveSearcher, SearchRequest, SearchResults};
use crate::{Error, Result};

/// One query of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchQuery {
    pub qid: String,
    pub text: String,
}

/// Reads queries from the text of a query file.
pub fn parse_queries(text: &str) -> Vec<BatchQuery> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| match line.split_once('\t') {
            Some((qid, query)) if !qid.trim().is_empty() => {
                BatchQuery { qid: qid.trim().to_string(), text: query.trim().to_string() }
            }
            _ => BatchQuery { qid: (n + 1).to_string(), text: line.trim().to_string() },
        })
        .collect()
}

/// Answers `queries` with `template` as the request for each (its query text replaced), on
/// `threads` threads (0: one per core). Results are in the order of `queries`.
pub fn run_batch(
    searcher: &ArchiveSearcher,
    queries: &[BatchQuery],
    template: &SearchRequest,
    threads: usize,
) -> Result<Vec<Result<SearchResults>>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|err| Error::Invalid(format!("cannot start {threads} threads: {err}")))?;
    Ok(pool.install(|| {
        queries
            .par_iter()
            .map(|q| {
                let request = SearchRequest { query: q.text.clone(), ..template.clone() };
                searcher.search(&request)
            })
            .collect()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qids_from_tabs_or_line_numbers() {
        let queries = parse_queries("KI1\tالضمانات الأمنية\n\nعاجل: زلزال\n\tبلا معرف\n");
        let pairs: Vec<(&str, &str)> =
            queries.iter().map(|q| (q.qid.as_str(), q.text.as_str())).collect();
        assert_eq!(pairs, [("KI1", "الضمانات الأمنية"), ("3", "عاجل: زلزال"), ("4", "بلا معرف")]);
    }
}
