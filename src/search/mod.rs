//! Answering queries: ranked hits with their stored fields and snippets.
//!
//! [`ArchiveSearcher`] opens an index once and answers any number of [`SearchRequest`]s, from
//! one thread or many (batch, a server): it holds one tantivy searcher, which is shared.

pub mod article;
pub mod batch;
pub mod facets;
pub mod forms;
pub mod maxscore;
pub mod query;
pub mod rerank;
pub mod snippet;
pub mod stats;
pub mod term_cache;
pub mod transliterate;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use serde::Serialize;
use tantivy::collector::{Collector, Count, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::schema::{Field, TantivyDocument, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, DocId, IndexReader, ReloadPolicy, Score, Searcher, SegmentReader, Term};

use crate::index::{self, date_from_index, ArchiveIndex};
use crate::{analysis, Result};
pub use query::{parse_since, parse_until, Filters, QuerySyntax, Scoring, SearchFields};
pub use rerank::Rerank;
pub use snippet::Snippet;
use term_cache::TermCache;

/// By default, word-only queries rank at least this many best matches (or 1.1 times the page,
/// if more) with their exact-form and phrase bonuses (`Scoring::rerank_depth`). At k=100,
/// depths of 100 to 150 give the same MRR@10 on the known-item sets and R@100 within one query
/// either way (1.1× is the cheapest that loses none); each 10 % deeper costs about 2.5 % more
/// instructions.
pub const RERANK_DEPTH: usize = 100;

/// Default number of characters in a snippet.
pub const DEFAULT_SNIPPET_CHARS: usize = 200;

/// One search to run.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub syntax: QuerySyntax,
    pub fields: SearchFields,
    pub filters: Filters,
    pub limit: usize,
    pub offset: usize,
    /// Length of snippets in characters; `None` for no snippets (faster).
    pub snippet_chars: Option<usize>,
    /// Count all matching articles (costs a full pass over the matches).
    pub count_total: bool,
    /// Weights of the ranking signals.
    pub scoring: Scoring,
    /// Order of the hits.
    pub sort: SortOrder,
    /// Fill in only each hit's rank, score and id (for run files): much faster, as the
    /// article is not read from the store.
    pub ids_only: bool,
}

/// Scored hit addresses, and the number of matches when counted.
type TopHits = (Vec<(f32, DocAddress)>, Option<usize>);

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Most relevant first.
    #[default]
    Score,
    /// Newest first; articles without a date last.
    Date,
}

impl SearchRequest {
    /// A request for `query` with the defaults: full syntax, title and body, 10 hits, snippets.
    pub fn new(query: impl Into<String>) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            syntax: QuerySyntax::Full,
            fields: SearchFields::TitleAndBody,
            filters: Filters::default(),
            limit: 10,
            offset: 0,
            snippet_chars: Some(DEFAULT_SNIPPET_CHARS),
            count_total: true,
            scoring: Scoring::default(),
            sort: SortOrder::Score,
            ids_only: false,
        }
    }
}

impl SegmentIds {
    fn read(segment: &tantivy::SegmentReader) -> tantivy::Result<SegmentIds> {
        let column = segment.fast_fields().str("id")?.ok_or_else(|| {
            tantivy::TantivyError::SchemaError("the `id` field is not a fast field".into())
        })?;
        let mut ids = Vec::with_capacity(column.num_terms());
        let mut terms = column.dictionary().stream()?;
        while terms.advance() {
            ids.push(String::from_utf8_lossy(terms.key()).into_owned());
        }
        Ok(SegmentIds { column, ids })
    }
}

/// What an index stores of an article.
struct Stored {
    id: String,
    title: String,
    body: String,
    date: Option<time::Date>,
    places: Vec<String>,
    source: Option<String>,
    url: Option<String>,
    path: String,
}

/// One ranked article.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Hit {
    /// 1-based position in the whole ranking (offset included).
    pub rank: usize,
    pub score: f32,
    pub id: String,
    pub title: String,
    /// Character ranges of matched words in the title.
    pub title_highlights: Vec<[usize; 2]>,
    /// `YYYY-MM-DD`, or null when the article has no known date.
    #[serde(serialize_with = "crate::article::serialize_date")]
    pub date: Option<time::Date>,
    pub places: Vec<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub path: String,
    pub snippet: Option<Snippet>,
}

/// The answer to one request.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    /// Number of matching articles, when counted.
    pub total: Option<usize>,
    pub hits: Vec<Hit>,
    /// How the query was read, when that differs from what was typed (for the user).
    pub notes: Vec<String>,
}

/// A note for a `--place` that matched nothing and that the gazetteer does not know: such a
/// name matches only articles that name it exactly so (a place found after a place noun, or
/// listed by the file), so "0 hits" may mean a spelling the gazetteer lacks rather than no
/// article about the place.
fn unknown_place_note(request: &SearchRequest, total: Option<usize>) -> Option<String> {
    let place = request.filters.place.as_deref()?.trim();
    if total != Some(0) || crate::extract::places::Gazetteer::builtin().lookup(place).is_some() {
        return None;
    }
    Some(format!(
        "the gazetteer does not know the place {place:?}, and no article names it so: try \
         another spelling, its Arabic name or its English name"
    ))
}

/// An open index, ready to answer queries from any number of threads.
pub struct ArchiveSearcher {
    archive: ArchiveIndex,
    // Kept so the searcher's segments stay valid for its lifetime.
    _reader: IndexReader,
    searcher: Searcher,
    analyzer: TextAnalyzer,
    /// Article ids by segment, read on first use by an `ids_only` request.
    ids: Vec<OnceLock<Result<SegmentIds, String>>>,
    /// The body's words by root-like key, for query expansion, read on first use.
    variants: OnceLock<Result<Variants, String>>,
    /// The articles' exact forms (none in a lean index).
    forms: Option<forms::ExactForms>,
}

/// Words of the index by their root-like key, each list most frequent first.
type Variants = HashMap<String, Vec<(String, u32)>>;

/// Words in fewer articles than this are left out of expansion (typos, glued words).
const EXPAND_MIN_DOC_FREQ: u32 = 2;

/// Score of reciprocal-rank fusion: 1 / (RRF_K + rank).
const RRF_K: f32 = 60.0;

/// The indices of `hits` in ascending address order. Postings and scorers only move forward,
/// so every bonus visits the hits in this order: sorted once per query, for all of them (a
/// dozen or more bonuses, and the lead bonus).
fn document_order(hits: &[(f32, DocAddress)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_unstable_by_key(|&i| hits[i].1);
    order
}

/// The ids of one segment's articles: each document's term ordinal in the `id` fast field,
/// and the ids in ordinal order, decoded once.
struct SegmentIds {
    column: StrColumn,
    ids: Vec<String>,
}

impl ArchiveSearcher {
    /// Opens the index at `dir`.
    pub fn open(dir: &Path) -> Result<ArchiveSearcher> {
        let archive = index::open(dir)?;
        let reader =
            archive.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let searcher = reader.searcher();
        let analyzer = analysis::analyzer(archive.profile);
        let ids = searcher.segment_readers().iter().map(|_| OnceLock::new()).collect();
        let variants = OnceLock::new();
        let forms = match archive.layout.exact_forms {
            true => Some(forms::ExactForms::open(&searcher)?),
            false => None,
        };
        Ok(ArchiveSearcher { archive, _reader: reader, searcher, analyzer, ids, variants, forms })
    }

    /// Number of articles in the index.
    pub fn num_docs(&self) -> u64 {
        self.searcher.num_docs()
    }

    /// The open index.
    pub fn archive(&self) -> &ArchiveIndex {
        &self.archive
    }

    /// The query of `text`, with the Arabic spellings of its Latin words when `scoring` asks
    /// for them (the same for searches, facet counts and highlighting).
    fn build_query(
        &self,
        text: &str,
        syntax: QuerySyntax,
        fields: SearchFields,
        filters: &Filters,
        scoring: &Scoring,
    ) -> Result<query::BuiltQuery> {
        // Most queries have no Latin letter: no lookup.
        let latin = text.chars().any(transliterate::is_latin_letter);
        let alternatives = if scoring.transliterate_weight > 0.0 && latin {
            let words = analysis::analyze_exact(text);
            transliterate::alternatives(&self.archive, &self.searcher, self.forms.as_ref(), &words)?
        } else {
            transliterate::Alternatives::default()
        };
        query::build_query(&self.archive, text, syntax, fields, filters, scoring, &alternatives)
    }

    /// Runs one request.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let built = self.build_query(
            &request.query,
            request.syntax,
            request.fields,
            &request.filters,
            &request.scoring,
        )?;
        let rerank = &built.rerank;
        let expanded = if request.scoring.expand_weight > 0.0 && !built.words.is_empty() {
            Some(self.expanded_query(&built.words, request)?)
        } else {
            None
        };
        let first = expanded.as_deref().unwrap_or(&*built.query);
        // The plain OR of terms is ranked by MaxScore.
        let terms = built.terms.as_deref().filter(|_| expanded.is_none());
        let (top_docs, total) = match request.sort {
            SortOrder::Score => self.top_by_score(first, terms, rerank, &built.words, request)?,
            SortOrder::Date => self.top_by_date(&*built.query, rerank, request)?,
        };
        if request.ids_only {
            let hits = top_docs
                .into_iter()
                .enumerate()
                .map(|(n, (score, address))| {
                    let id = self.id_of(address)?;
                    Ok(Hit { rank: request.offset + n + 1, score, id, ..Hit::default() })
                })
                .collect::<Result<Vec<Hit>>>()?;
            let hits = if request.limit == 0 { Vec::new() } else { hits };
            return Ok(SearchResults { total, hits, notes: built.notes });
        }
        let terms = self.highlight_terms(&*built.query);
        let mut analyzer = self.analyzer.clone();
        let mut hits = Vec::with_capacity(top_docs.len());
        for (n, (score, address)) in top_docs.into_iter().enumerate() {
            let doc: TantivyDocument = self.searcher.doc(address)?;
            hits.push(self.hit(
                &doc,
                request,
                &terms,
                &mut analyzer,
                request.offset + n + 1,
                score,
            ));
        }
        let hits = if request.limit == 0 { Vec::new() } else { hits };
        let mut notes = built.notes;
        if let Some(note) = unknown_place_note(request, total) {
            notes.push(note);
        }
        if !self.archive.fields.stored_text && !hits.is_empty() {
            notes.push(format!(
                "the index at {} keeps no titles or article text (it was built with \
                 --no-stored-text): hits show ids, dates and paths only",
                self.archive.dir.display()
            ));
        }
        Ok(SearchResults { total, hits, notes })
    }

    /// Decodes the id tables now rather than on the first `ids_only` request, so that a batch
    /// can leave this (index-opening) work out of its timing.
    pub fn load_ids(&self) -> Result<()> {
        for segment_ord in 0..self.ids.len() {
            self.segment_ids(segment_ord as u32)?;
        }
        Ok(())
    }

    /// The id table of a segment, decoded on first use.
    fn segment_ids(&self, segment_ord: u32) -> Result<&SegmentIds> {
        let table = self.ids[segment_ord as usize].get_or_init(|| {
            SegmentIds::read(self.searcher.segment_reader(segment_ord))
                .map_err(|err| err.to_string())
        });
        table.as_ref().map_err(|message| crate::Error::Invalid(message.clone()))
    }

    /// The id of the article at `address`, from the segment's id table.
    fn id_of(&self, address: DocAddress) -> Result<String> {
        let table = self.segment_ids(address.segment_ord)?;
        let ord = table.column.term_ords(address.doc_id).next();
        Ok(ord.and_then(|ord| table.ids.get(ord as usize)).cloned().unwrap_or_default())
    }

    /// The best-scoring matches, with the total count when asked for. With `rerank` queries,
    /// the best [`Scoring::rerank_depth`] (or more) matches get their scores added before they
    /// are cut to the page. `terms`, when given, are `query` as a plain OR of terms, ranked
    /// with [`maxscore::top_k`].
    fn top_by_score(
        &self,
        query: &dyn tantivy::query::Query,
        terms: Option<&[maxscore::WeightedTerm]>,
        rerank: &Rerank,
        words: &[String],
        request: &SearchRequest,
    ) -> Result<TopHits> {
        let cache = TermCache::new(&self.searcher);
        let wanted = request.offset + request.limit.max(1);
        let scoring = &request.scoring;
        let feedback = scoring.prf_weight > 0.0 && !words.is_empty();
        let body_searched = request.fields != SearchFields::Title;
        let lead = scoring.lead_weight > 0.0 && body_searched && !words.is_empty();
        let title_and_body = request.fields == SearchFields::TitleAndBody;
        let cover = scoring.title_cover_weight > 0.0 && title_and_body && !words.is_empty();
        let reranked = !rerank.is_empty() || feedback || lead || cover;
        let (depth, offset) = if !reranked {
            (request.limit.max(1), request.offset)
        } else {
            // Deep enough for the bonuses to lift hits from below the page, not much deeper:
            // every extra candidate lowers the first stage's threshold (see RERANK_DEPTH).
            ((wanted + wanted / 10).max(request.scoring.rerank_depth), 0)
        };
        let (mut top_docs, total) = match terms {
            Some(terms) => {
                let mut top = maxscore::top_k(&cache, terms, offset + depth)?;
                top.drain(..offset.min(top.len()));
                // Counting visits every match, without scoring: a pass of its own.
                let total = match request.count_total {
                    true => Some(self.searcher.search(query, &Count)?),
                    false => None,
                };
                (top, total)
            }
            None => {
                let top = TopDocs::with_limit(depth).and_offset(offset).order_by_score();
                self.search_counting(query, top, request.count_total)?
            }
        };
        if reranked {
            let order = document_order(&top_docs);
            let lead = lead.then_some(rerank::Lead {
                field: self.archive.fields.body,
                weight: scoring.lead_weight,
                words: scoring.lead_words,
            });
            let lead = lead.map(|l| (l, words));
            let forms = self.forms.as_ref();
            rerank::add_bonuses(&cache, forms, rerank, lead, &order, &mut top_docs)?;
            if cover {
                let cover = rerank::Cover {
                    title: self.archive.fields.title,
                    body: self.archive.fields.body,
                    weight: scoring.title_cover_weight,
                };
                rerank::add_title_cover(&cache, cover, words, &order, &mut top_docs)?;
            }
            top_docs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            if feedback {
                top_docs = self.with_feedback(top_docs, words, request)?;
            }
            top_docs =
                top_docs.into_iter().skip(request.offset).take(request.limit.max(1)).collect();
        }
        Ok((top_docs, total))
    }

    /// The first stage of a word-only query with, for each of its stemmed `words`, the index's
    /// words that share its root-like key, at the expansion weight.
    fn expanded_query(
        &self,
        words: &[String],
        request: &SearchRequest,
    ) -> Result<Box<dyn tantivy::query::Query>> {
        let table = self.variants.get_or_init(|| self.read_variants().map_err(|e| e.to_string()));
        let table = table.as_ref().map_err(|message| crate::Error::Invalid(message.clone()))?;
        let scoring = &request.scoring;
        let mut weighted: Vec<(String, f32)> = words.iter().map(|w| (w.clone(), 1.0)).collect();
        for word in words {
            let Some(list) = table.get(&analysis::root::root_key(word)) else { continue };
            let fresh = list.iter().filter(|(w, _)| !weighted.iter().any(|(x, _)| x == w));
            let fresh: Vec<String> =
                fresh.take(scoring.expand_variants).map(|(w, _)| w.clone()).collect();
            weighted.extend(fresh.into_iter().map(|w| (w, scoring.expand_weight)));
        }
        query::weighted_words_query(
            &self.archive,
            &weighted,
            request.fields,
            &request.filters,
            scoring,
        )
    }

    /// Reads every word of the body field once, with its article count, by root-like key.
    fn read_variants(&self) -> tantivy::Result<Variants> {
        let field = self.archive.fields.body;
        let mut counts: HashMap<String, u32> = HashMap::new();
        for segment in self.searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                if let Ok(word) = std::str::from_utf8(terms.key()) {
                    *counts.entry(word.to_string()).or_default() += terms.value().doc_freq;
                }
            }
        }
        let mut table: Variants = HashMap::new();
        for (word, count) in counts {
            if count >= EXPAND_MIN_DOC_FREQ {
                table.entry(analysis::root::root_key(&word)).or_default().push((word, count));
            }
        }
        for list in table.values_mut() {
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        Ok(table)
    }

    /// Pseudo-relevance feedback: the words that weigh most in the best hits (frequent there,
    /// rare in the index) are added to the query's words and the index searched again; the
    /// first hits keep their places, the rest are fused with the new ranking (reciprocal
    /// ranks), so that feedback only reorders the tail.
    fn with_feedback(
        &self,
        hits: Vec<(f32, DocAddress)>,
        words: &[String],
        request: &SearchRequest,
    ) -> Result<Vec<(f32, DocAddress)>> {
        let scoring = &request.scoring;
        let body = self.archive.fields.body;
        let mut mass: HashMap<String, (f32, u32)> = HashMap::new();
        for &(_, address) in hits.iter().take(scoring.prf_docs) {
            let doc: TantivyDocument = self.searcher.doc(address)?;
            let text = doc.get_first(body).and_then(|v| v.as_str()).unwrap_or_default();
            let terms = analysis::analyze_with(self.archive.profile, text);
            let mut counts: HashMap<&str, u32> = HashMap::new();
            for term in &terms {
                *counts.entry(term).or_default() += 1;
            }
            let length = terms.len().max(1) as f32;
            for (term, count) in counts {
                let entry = mass.entry(term.to_string()).or_default();
                entry.0 += count as f32 / length;
                entry.1 += 1;
            }
        }
        let articles = self.searcher.num_docs() as f32;
        let mut scored = Vec::new();
        for (term, (weight, docs)) in mass {
            if docs < 2 || term.chars().count() < 2 || words.contains(&term) {
                continue;
            }
            let df = self.searcher.doc_freq(&Term::from_field_text(body, &term))? as f32;
            scored.push((weight * (articles / (df + 1.0)).ln(), term));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        scored.truncate(scoring.prf_terms);
        let Some(&(best, _)) = scored.first() else { return Ok(hits) };
        let mut weighted: Vec<(String, f32)> = words.iter().map(|w| (w.clone(), 1.0)).collect();
        weighted.extend(scored.into_iter().map(|(w, t)| (t, scoring.prf_weight * w / best)));
        let query = query::weighted_words_query(
            &self.archive,
            &weighted,
            request.fields,
            &request.filters,
            scoring,
        )?;
        let again =
            self.searcher.search(&*query, &TopDocs::with_limit(hits.len()).order_by_score())?;
        let keep = scoring.prf_keep.min(hits.len());
        let head: HashSet<DocAddress> = hits[..keep].iter().map(|h| h.1).collect();
        let mut fused: HashMap<DocAddress, f32> = HashMap::new();
        for (rank, &(_, address)) in hits.iter().enumerate().skip(keep) {
            *fused.entry(address).or_default() += 1.0 / (RRF_K + rank as f32 + 1.0);
        }
        for (rank, &(_, address)) in again.iter().enumerate() {
            if !head.contains(&address) {
                *fused.entry(address).or_default() += 1.0 / (RRF_K + rank as f32 + 1.0);
            }
        }
        let mut tail: Vec<(f32, DocAddress)> = fused.into_iter().map(|(a, s)| (s, a)).collect();
        tail.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        tail.truncate(hits.len() - keep);
        // The tail's scores go on below the head's, in the fused order.
        let floor = hits[..keep].last().map_or(0.0, |h| h.0);
        let mut out: Vec<(f32, DocAddress)> = hits[..keep].to_vec();
        let step = (floor.abs() * 1e-4).max(1e-4);
        out.extend(
            tail.into_iter().enumerate().map(|(i, (_, a))| (floor - step * (i as f32 + 1.0), a)),
        );
        Ok(out)
    }

    /// The newest matches (undated ones last), each with its relevance score; matches of the
    /// same day by score.
    fn top_by_date(
        &self,
        query: &dyn tantivy::query::Query,
        rerank: &Rerank,
        request: &SearchRequest,
    ) -> Result<TopHits> {
        // The score comes with the sort key from one scoring pass. (Explaining each hit
        // afterwards re-seeks fresh scorers, which trips a seek-order assertion in tantivy's
        // optional-clause scorers for some segment layouts.)
        let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
        let top = top.tweak_score(|segment: &SegmentReader| {
            let dates = segment.fast_fields().date("date").ok();
            move |doc: DocId, score: Score| {
                let day =
                    dates.as_ref().and_then(|c| c.first(doc)).map(|d| d.into_timestamp_secs());
                (day, score)
            }
        });
        let (by_date, total) = self.search_counting(query, top, request.count_total)?;
        let mut top_docs: Vec<(f32, DocAddress)> =
            by_date.into_iter().map(|((_, score), address)| (score, address)).collect();
        let cache = TermCache::new(&self.searcher);
        let order = document_order(&top_docs);
        rerank::add_bonuses(&cache, self.forms.as_ref(), rerank, None, &order, &mut top_docs)?;
        Ok((top_docs, total))
    }

    /// What `collector` collects for `query`, and the number of matches if `count` is set
    /// (counting visits every match, which rules out skipping the ones that cannot rank).
    fn search_counting<C: Collector>(
        &self,
        query: &dyn tantivy::query::Query,
        collector: C,
        count: bool,
    ) -> Result<(C::Fruit, Option<usize>)> {
        Ok(if count {
            let (fruit, total) = self.searcher.search(query, &(collector, Count))?;
            (fruit, Some(total))
        } else {
            (self.searcher.search(query, &collector)?, None)
        })
    }

    /// The analysed words of the query that count for highlighting (title, body and place).
    fn highlight_terms(&self, query: &dyn tantivy::query::Query) -> HashSet<String> {
        let f = &self.archive.fields;
        let mut terms = HashSet::new();
        query.query_terms(&mut |term, _| {
            if [f.title, f.body].contains(&term.field()) {
                if let Some(text) = term.value().as_str() {
                    terms.insert(text.to_string());
                }
            }
        });
        terms
    }

    /// The stored fields of an article's document.
    fn stored(&self, doc: &TantivyDocument) -> Stored {
        let f = &self.archive.fields;
        let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        Stored {
            id: text(f.id).unwrap_or_default(),
            title: text(f.title).unwrap_or_default(),
            body: text(f.body).unwrap_or_default(),
            date: doc.get_first(f.date).and_then(|v| v.as_datetime()).map(date_from_index),
            places: doc.get_all(f.places).filter_map(|v| v.as_str().map(str::to_string)).collect(),
            source: text(f.source),
            url: text(f.url),
            path: text(f.path).unwrap_or_default(),
        }
    }

    fn hit(
        &self,
        doc: &TantivyDocument,
        request: &SearchRequest,
        terms: &HashSet<String>,
        analyzer: &mut TextAnalyzer,
        rank: usize,
        score: f32,
    ) -> Hit {
        let stored = self.stored(doc);
        let snippet = request
            .snippet_chars
            .filter(|_| self.archive.fields.stored_text)
            .map(|chars| snippet::make_snippet(analyzer, &stored.body, terms, chars));
        Hit {
            rank,
            score,
            title_highlights: snippet::highlight_all(analyzer, &stored.title, terms),
            id: stored.id,
            title: stored.title,
            date: stored.date,
            places: stored.places,
            source: stored.source,
            url: stored.url,
            path: stored.path,
            snippet,
        }
    }
}
