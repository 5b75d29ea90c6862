//! Facet counts: how the articles matching a request spread over places, years and sources.
//!
//! They come from tantivy aggregations over the fast fields of the matching articles (the
//! request's query and filters, the same query [`ArchiveSearcher::search`] runs), so no stored
//! article is read. Lists are ordered as in [`stats`](super::stats): places and sources by
//! most articles then name, years oldest first.

use serde::Serialize;
use serde_json::json;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector};

use super::stats::{top_terms, years, NameCount, YearCount, MAX_TERMS};
use super::{query, ArchiveSearcher, SearchRequest};
use crate::{Error, Result};

/// Counts of matching articles per place, year and source.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    /// The `top` most named places, most articles first.
    pub places: Vec<NameCount>,
    /// Matching dated articles per publication year, oldest first.
    pub years: Vec<YearCount>,
    /// The `top` most frequent sources, most articles first.
    pub sources: Vec<NameCount>,
}

impl ArchiveSearcher {
    /// Facet counts of the articles matching `request` (its paging and sort are ignored), with
    /// the `top` most frequent places and sources.
    pub fn facets(&self, request: &SearchRequest, top: usize) -> Result<Facets> {
        let built = query::build_query(
            &self.archive,
            &request.query,
            request.syntax,
            request.fields,
            &request.filters,
            &request.scoring,
        )?;
        let aggs = json!({
            "places": {"terms": {"field": "places", "size": MAX_TERMS, "segment_size": MAX_TERMS}},
            "sources": {"terms": {"field": "source", "size": MAX_TERMS, "segment_size": MAX_TERMS}},
            "years": {"composite": {
                "size": MAX_TERMS,
                "sources": [{"year": {"date_histogram": {"field": "date", "calendar_interval": "year"}}}]
            }},
        });
        let aggs: Aggregations = serde_json::from_value(aggs)
            .map_err(|err| Error::Invalid(format!("facet request: {err}")))?;
        let context =
            AggContextParams::new(Default::default(), self.archive.index.tokenizers().clone());
        let collector = AggregationCollector::from_aggs(aggs, context);
        let results = self.searcher.search(&*built.query, &collector)?;
        let results = serde_json::to_value(&results)
            .map_err(|err| Error::Invalid(format!("facet result: {err}")))?;
        Ok(Facets {
            places: top_terms(&results["places"], top),
            years: years(&results["years"]),
            sources: top_terms(&results["sources"], top),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Profile;
    use crate::extract::places::Gazetteer;
    use crate::index::{create, to_document};
    use crate::search::Filters;
    use crate::Article;

    fn article(id: &str, title: &str, place: &str, date: &str, source: &str) -> Article {
        Article {
            id: id.to_string(),
            title: title.to_string(),
            body: title.to_string(),
            date: Some(
                time::Date::parse(date, time::macros::format_description!("[year]-[month]-[day]"))
                    .unwrap(),
            ),
            places: vec![place.to_string()],
            source: Some(source.to_string()),
            path: format!("{id}.txt"),
            ..Article::default()
        }
    }

    #[test]
    fn counts_only_matching_articles_after_filters() {
        let dir = tempfile::tempdir().unwrap();
        let archive = create(dir.path(), None, Profile::default()).unwrap();
        let mut writer = archive.index.writer_with_num_threads(1, 20_000_000).unwrap();
        for a in [
            article("a", "أمطار غزيرة في الرياض", "الرياض", "2019-05-01", "واس"),
            article("b", "أمطار على القاهرة", "القاهرة", "2021-07-15", "الأهرام"),
            article("c", "الأمطار تعود إلى الرياض", "الرياض", "2021-02-01", "واس"),
            article("d", "انتخابات في تونس", "تونس", "2021-03-01", "واس"),
        ] {
            writer.add_document(to_document(&a, &archive.fields, Gazetteer::builtin())).unwrap();
        }
        writer.commit().unwrap();
        let searcher = ArchiveSearcher::open(dir.path()).unwrap();

        let facets = searcher.facets(&SearchRequest::new("امطار"), 10).unwrap();
        let names = |list: &[NameCount]| -> Vec<(String, u64)> {
            list.iter().map(|c| (c.name.clone(), c.articles)).collect()
        };
        assert_eq!(names(&facets.places), [("الرياض".to_string(), 2), ("القاهرة".to_string(), 1)]);
        assert_eq!(names(&facets.sources), [("واس".to_string(), 2), ("الأهرام".to_string(), 1)]);
        let years: Vec<(i32, u64)> = facets.years.iter().map(|y| (y.year, y.articles)).collect();
        assert_eq!(years, [(2019, 1), (2021, 2)]);

        let mut request = SearchRequest::new("امطار");
        request.filters = Filters { source: Some("واس".to_string()), ..Filters::default() };
        let facets = searcher.facets(&request, 10).unwrap();
        assert_eq!(names(&facets.sources), [("واس".to_string(), 2)]);
        assert_eq!(searcher.search(&request).unwrap().total, Some(2));
    }
}
