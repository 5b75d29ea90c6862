//! Counts over a whole index: articles, date range, top places and sources, articles per year.
//!
//! Everything comes from one pass of tantivy aggregations over the fast fields (`date`,
//! `places`, `source`); no stored document is read, so it stays quick on large archives.
//! Deleted articles are not counted. Ties in the top lists are broken by name, so the same
//! index always gives the same answer.

use serde::Serialize;
use serde_json::{json, Value};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector};
use tantivy::query::AllQuery;
use tantivy::DateTime;

use super::ArchiveSearcher;
use crate::article::serialize_date;
use crate::index::date_from_index;
use crate::{Error, Result};

/// Default length of the top places and top sources lists.
pub const DEFAULT_TOP: usize = 20;

/// Distinct places or sources fetched per segment before ranking. Counts are exact as long as
/// an index holds fewer distinct values than this, far beyond any gazetteer or list of agencies.
const MAX_TERMS: u32 = 10_000;

/// Counts describing an index.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IndexStats {
    /// Articles in the index.
    pub articles: u64,
    /// Whether the index keeps the exact forms (`false`: built with `--no-exact-forms`).
    pub exact_forms: bool,
    /// Whether titles and bodies are stored (`false`: built with `--no-stored-text`).
    pub stored_text: bool,
    /// Whether places were extracted from the text (`false`: built with `--no-places`).
    pub places_extracted: bool,
    /// Earliest publication day, `None` when no article has a date.
    #[serde(serialize_with = "serialize_date")]
    pub first_date: Option<time::Date>,
    /// Latest publication day.
    #[serde(serialize_with = "serialize_date")]
    pub last_date: Option<time::Date>,
    /// Articles without a known date.
    pub undated: u64,
    /// The most named places (canonical names), most articles first.
    pub places: Vec<NameCount>,
    /// The most frequent sources, most articles first.
    pub sources: Vec<NameCount>,
    /// Dated articles per publication year, oldest year first; years without articles are
    /// left out.
    pub years: Vec<YearCount>,
}

/// A place or source and the number of articles that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameCount {
    pub name: String,
    pub articles: u64,
}

/// A publication year and its number of articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearCount {
    pub year: i32,
    pub articles: u64,
}

/// Computes the counts of the index open in `searcher`, with the `top` most frequent places
/// and sources.
pub fn index_stats(searcher: &ArchiveSearcher, top: usize) -> Result<IndexStats> {
    let request = json!({
        "places": {"terms": {"field": "places", "size": MAX_TERMS, "segment_size": MAX_TERMS}},
        "sources": {"terms": {"field": "source", "size": MAX_TERMS, "segment_size": MAX_TERMS}},
        "dates": {"stats": {"field": "date"}},
        "years": {"composite": {
            "size": MAX_TERMS,
            "sources": [{"year": {"date_histogram": {"field": "date", "calendar_interval": "year"}}}]
        }},
    });
    let aggs: Aggregations = serde_json::from_value(request)
        .map_err(|err| Error::Invalid(format!("stats request: {err}")))?;
    let context =
        AggContextParams::new(Default::default(), searcher.archive.index.tokenizers().clone());
    let collector = AggregationCollector::from_aggs(aggs, context);
    let results = searcher.searcher.search(&AllQuery, &collector)?;
    // tantivy's results serialise to Elasticsearch's documented JSON; read them from there.
    let results = serde_json::to_value(&results)
        .map_err(|err| Error::Invalid(format!("stats result: {err}")))?;

    let articles = searcher.num_docs();
    let dates = &results["dates"];
    let dated = dates["count"].as_u64().unwrap_or(0);
    Ok(IndexStats {
        articles,
        exact_forms: searcher.archive.layout.exact_forms,
        stored_text: searcher.archive.fields.stored_text,
        places_extracted: searcher.archive.layout.places,
        first_date: day(&dates["min"]),
        last_date: day(&dates["max"]),
        undated: articles.saturating_sub(dated),
        places: top_terms(&results["places"], top),
        sources: top_terms(&results["sources"], top),
        years: years(&results["years"]),
    })
}

/// The day of a date statistic (nanoseconds since the epoch, as a float).
fn day(value: &Value) -> Option<time::Date> {
    let nanos = value.as_f64()?;
    Some(date_from_index(DateTime::from_timestamp_nanos(nanos.round() as i64)))
}

/// The `top` buckets of a terms aggregation, by count and then by name.
fn top_terms(result: &Value, top: usize) -> Vec<NameCount> {
    let mut terms: Vec<NameCount> = buckets(result)
        .filter_map(|b| {
            let name = b["key"].as_str()?.to_string();
            Some(NameCount { name, articles: b["doc_count"].as_u64()? })
        })
        .collect();
    terms.sort_by(|a, b| b.articles.cmp(&a.articles).then_with(|| a.name.cmp(&b.name)));
    terms.truncate(top);
    terms
}

/// Articles per year from the composite date histogram (keys in milliseconds).
fn years(result: &Value) -> Vec<YearCount> {
    let mut years: Vec<YearCount> = buckets(result)
        .filter_map(|b| {
            let millis = b["key"]["year"].as_f64()?;
            let start = DateTime::from_timestamp_millis(millis.round() as i64);
            Some(YearCount {
                year: date_from_index(start).year(),
                articles: b["doc_count"].as_u64()?,
            })
        })
        .collect();
    years.sort_unstable_by_key(|y| y.year);
    years
}

fn buckets(result: &Value) -> impl Iterator<Item = &Value> {
    result["buckets"].as_array().into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Profile;
    use crate::extract::places::Gazetteer;
    use crate::index::{create, to_document};
    use crate::Article;

    fn article(id: &str, date: Option<&str>, places: &[&str], source: Option<&str>) -> Article {
        Article {
            id: id.to_string(),
            title: format!("عنوان {id}"),
            body: "نص".to_string(),
            date: date.map(|d| {
                time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"))
                    .unwrap()
            }),
            places: places.iter().map(|p| p.to_string()).collect(),
            source: source.map(str::to_string),
            path: format!("{id}.txt"),
            ..Article::default()
        }
    }

    fn stats_of(articles: &[Article], top: usize) -> IndexStats {
        let dir = tempfile::tempdir().unwrap();
        let archive =
            create(dir.path(), None, Profile::default(), crate::index::Layout::default()).unwrap();
        let gazetteer = Gazetteer::builtin();
        let mut writer = archive.index.writer_with_num_threads(1, 20_000_000).unwrap();
        for (n, article) in articles.iter().enumerate() {
            writer.add_document(to_document(article, &archive.fields, gazetteer)).unwrap();
            // Several segments, so counts must be merged across them.
            if n % 2 == 1 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        let searcher = ArchiveSearcher::open(dir.path()).unwrap();
        index_stats(&searcher, top).unwrap()
    }

    #[test]
    fn counts_dates_places_sources_and_years() {
        let stats = stats_of(
            &[
                article("a", Some("2019-05-01"), &["الرياض"], Some("واس")),
                article("b", Some("2021-07-15"), &["القاهرة", "الرياض"], Some("واس")),
                article("c", Some("2024-02-29"), &["باريس"], None),
                article("d", None, &["الرياض"], Some("الأهرام")),
                article("e", Some("2024-12-31"), &[], Some("الأهرام")),
            ],
            2,
        );
        assert_eq!(stats.articles, 5);
        assert_eq!(stats.undated, 1);
        assert_eq!(
            stats.first_date.map(crate::article::format_date).as_deref(),
            Some("2019-05-01")
        );
        assert_eq!(stats.last_date.map(crate::article::format_date).as_deref(), Some("2024-12-31"));
        let names = |list: &[NameCount]| -> Vec<(String, u64)> {
            list.iter().map(|c| (c.name.clone(), c.articles)).collect()
        };
        let pairs = |list: &[(&str, u64)]| -> Vec<(String, u64)> {
            list.iter().map(|(name, n)| (name.to_string(), *n)).collect()
        };
        assert_eq!(names(&stats.places), pairs(&[("الرياض", 3), ("القاهرة", 1)]));
        // A tie is broken by name.
        assert_eq!(names(&stats.sources), pairs(&[("الأهرام", 2), ("واس", 2)]));
        let years: Vec<(i32, u64)> = stats.years.iter().map(|y| (y.year, y.articles)).collect();
        assert_eq!(years, [(2019, 1), (2021, 1), (2024, 2)]);
    }

    #[test]
    fn an_empty_index_has_no_dates() {
        let stats = stats_of(&[], DEFAULT_TOP);
        let full = IndexStats {
            exact_forms: true,
            stored_text: true,
            places_extracted: true,
            ..IndexStats::default()
        };
        assert_eq!(stats, full);
    }
}
