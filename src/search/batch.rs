//! Batch search: many queries against one shared searcher, in parallel, answers in input order.
//!
//! Query files have one query per line: `qid<TAB>query`, or just `query`, whose qid is then
//! its line number. Blank lines are skipped.

use std::time::{Duration, Instant};

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

/// One query's answer and how long it took.
pub struct Answer {
    pub result: Result<SearchResults>,
    pub elapsed: Duration,
}

/// Answers `queries` with `template` as the request for each (its query text replaced), on
/// `threads` threads (0: one per core). Results are in the order of `queries`.
pub fn run_batch(
    searcher: &ArchiveSearcher,
    queries: &[BatchQuery],
    template: &SearchRequest,
    threads: usize,
) -> Result<Vec<Answer>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|err| Error::Invalid(format!("cannot start {threads} threads: {err}")))?;
    Ok(pool.install(|| {
        queries
            .par_iter()
            .map(|q| {
                let started = Instant::now();
                let request = SearchRequest { query: q.text.clone(), ..template.clone() };
                let result = searcher.search(&request);
                Answer { result, elapsed: started.elapsed() }
            })
            .collect()
    }))
}

/// Latency figures of a batch, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Latencies {
    pub p50: f64,
    pub p99: f64,
    pub max: f64,
}

/// The median, 99th percentile (linear interpolation) and maximum of `times`.
pub fn latencies(times: &[Duration]) -> Option<Latencies> {
    let mut ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let rank = q * (ms.len() - 1) as f64;
        let (low, high) = (rank.floor() as usize, rank.ceil() as usize);
        ms[low] + (ms[high] - ms[low]) * (rank - low as f64)
    };
    (!ms.is_empty()).then(|| Latencies { p50: at(0.5), p99: at(0.99), max: ms[ms.len() - 1] })
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

    #[test]
    fn percentiles_interpolate() {
        let times: Vec<Duration> = (1..=101).map(Duration::from_millis).collect();
        let l = latencies(&times).unwrap();
        assert_eq!((l.p50, l.p99, l.max), (51.0, 100.0, 101.0));
        assert!(latencies(&[]).is_none());
    }
}
