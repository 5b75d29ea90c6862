//! Turning what the user typed into a tantivy query, with filters.
//!
//! - [`QuerySyntax::Full`]: tantivy's query language on title and body (title weighted):
//!   `"phrases"`, `+must`, `-not`, `AND`/`OR`, `title:`/`body:`/`place:`/`source:` prefixes. A
//!   query the parser rejects is searched as plain words instead, with a note saying so; a
//!   query that only excludes words is an error (it would match everything).
//! - [`QuerySyntax::Plain`]: every word is a term, OR-ed; punctuation is never an error. This
//!   is what batch uses by default, since titles contain `:`, `-` and quotes.
//!
//! Filters (date range, place) restrict the hits without changing their scores.
//!
//! In word-only queries a Latin word (`Trump`) is also searched in the Arabic spellings the
//! index holds for it (ترامب), found by [`super::transliterate`] and scored as more words of
//! the query, at [`Scoring::transliterate_weight`]. The query language searches words as
//! written.
//!
//! On a lean index (built with `--no-exact-forms`) there is no exact-forms bonus, and a query
//! made only of stop words finds nothing (with a note), as in Lucene: those words are in no
//! field of such an index.

use std::ops::Bound;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, Query, QueryParser,
    QueryParserError, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;
use time::{Date, Month};

use super::forms::{ExactForm, FormsQuery};
use super::maxscore::WeightedTerm;
use super::rerank::Rerank;
use super::transliterate::Alternatives;
use crate::extract::places::Gazetteer;
use crate::index::forms::FormText;
use crate::index::{date_to_index, ArchiveIndex};
use crate::{analysis, Error, Result};

/// How the query text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuerySyntax {
    /// Operators, phrases and field prefixes (see the module docs).
    #[default]
    Full,
    /// Words only.
    Plain,
}

/// Which text fields a query searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchFields {
    #[default]
    TitleAndBody,
    Title,
    Body,
}

/// How much a title match weighs against a body match when both are searched (the default of
/// [`Scoring::title_weight`]). Less than a body match: a title is short, so one query word in
/// it already scores high, and natural queries (what a reader remembers of a story) share a
/// common word or two with the titles of many other articles. A title that holds most of the
/// query gets [`Scoring::title_cover_weight`] on top. Measured in docs/quality.md ("Natural
/// queries"): MRR@10 on 150 natural queries 0.563 with 2.0, 0.622 with 1.0, 0.649 with 0.3.
pub const TITLE_BOOST: f32 = 0.3;

/// Restrictions on which articles may be hits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// First day included.
    pub since: Option<Date>,
    /// Last day included.
    pub until: Option<Date>,
    /// A place name (Arabic or English, any spelling the gazetteer knows, or a listed place).
    pub place: Option<String>,
    /// A source exactly as stored (what `stats` and facet counts list).
    pub source: Option<String>,
}

/// Reads a `--since` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as its first day.
pub fn parse_since(text: &str) -> Result<Date> {
    parse_day_bound(text, false)
}

/// Reads an `--until` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as its last day.
pub fn parse_until(text: &str) -> Result<Date> {
    parse_day_bound(text, true)
}

fn parse_day_bound(text: &str, last: bool) -> Result<Date> {
    let invalid =
        || Error::Invalid(format!("invalid date {text:?}: use YYYY, YYYY-MM or YYYY-MM-DD"));
    let normalized = analysis::normalize::normalize(text.trim());
    let parts: Vec<&str> = normalized.split('-').collect();
    let number = |s: &str, len: usize| -> Result<u32> {
        if s.len() == len || (len == 2 && s.len() == 1) {
            s.parse().map_err(|_| invalid())
        } else {
            Err(invalid())
        }
    };
    let year = number(parts[0], 4)? as i32;
    let month = match parts.get(1) {
        Some(m) => Some(Month::try_from(number(m, 2)? as u8).map_err(|_| invalid())?),
        None => None,
    };
    let day = match parts.get(2) {
        Some(d) => Some(number(d, 2)? as u8),
        None => None,
    };
    if parts.len() > 3 {
        return Err(invalid());
    }
    let date = match (month, day, last) {
        (None, _, false) => Date::from_calendar_date(year, Month::January, 1),
        (None, _, true) => Date::from_calendar_date(year, Month::December, 31),
        (Some(m), None, false) => Date::from_calendar_date(year, m, 1),
        (Some(m), None, true) => Date::from_calendar_date(year, m, m.length(year)),
        (Some(m), Some(d), _) => Date::from_calendar_date(year, m, d),
    };
    date.map_err(|_| invalid())
}

/// A query ready to run, with notes for the user about how it was read.
pub struct BuiltQuery {
    pub query: Box<dyn Query>,
    /// Scores added to the best hits of `query` before they are ranked (the exact-form and
    /// phrase bonuses of word-only queries; see [`build_query`]).
    pub rerank: Rerank,
    /// The stemmed words of a word-only query (empty for the query language): what query
    /// expansion and feedback start from.
    pub words: Vec<String>,
    /// When `query` is a plain OR of boosted terms (word-only queries without filters): those
    /// terms, for [`maxscore::top_k`](super::maxscore::top_k), which ranks as `query` does.
    pub terms: Option<Vec<WeightedTerm>>,
    pub notes: Vec<String>,
}

/// Builds the query for `text` with `filters`. The Arabic spellings of its Latin words
/// (`alternatives`, found in the index by [`super::transliterate`]) are searched beside them
/// in word-only queries, at [`Scoring::transliterate_weight`].
pub fn build_query(
    archive: &ArchiveIndex,
    text: &str,
    syntax: QuerySyntax,
    fields: SearchFields,
    filters: &Filters,
    scoring: &Scoring,
    alternatives: &Alternatives,
) -> Result<BuiltQuery> {
    let searched = searched_fields(archive, fields, scoring.title_weight);
    let mut notes = Vec::new();
    let stems = unique(analysis::analyze_with(archive.profile, text));
    let exact = unique(analysis::analyze_exact(text));
    if exact.is_empty() {
        return Err(Error::Invalid(format!("the query {text:?} has no words to search for")));
    }
    if stems.is_empty() && searched.exact.is_empty() {
        notes.push(format!(
            "the query {text:?} has only stop words, which an index built with \
             --no-exact-forms does not hold: nothing to search for"
        ));
        return Ok(BuiltQuery {
            query: Box::new(EmptyQuery),
            rerank: Rerank::default(),
            words: Vec::new(),
            terms: None,
            notes,
        });
    }
    // Queries in the query language are parsed; words alone (most queries) take the fast path.
    let parsed = if stems.is_empty() || syntax == QuerySyntax::Plain || !has_operators(text) {
        None
    } else {
        let main_fields: Vec<Field> = searched.main.iter().map(|(f, _)| *f).collect();
        let mut parser = QueryParser::for_index(&archive.index, main_fields);
        parser.set_field_boost(archive.fields.title, scoring.title_weight);
        match parser.parse_query(text) {
            Ok(query) => Some(query),
            Err(QueryParserError::AllButQueryForbidden) => {
                return Err(Error::Invalid(format!(
                    "the query {text:?} only excludes words: add a word to search for"
                )))
            }
            Err(err) => {
                notes.push(format!("query syntax not understood ({err}); searched the words"));
                None
            }
        }
    };
    // The user's query decides which articles match; these only add to their scores.
    let filters = filter_clauses(archive, filters)?;
    let Some(user_query) = parsed else {
        // One flat OR of the stemmed words, which `super::maxscore` runs without scoring
        // articles that cannot reach the top (tantivy's block-max WAND when there are filters).
        // The bonuses for exact forms and for phrases (which would stop the pruning, and
        // double its work) are added to the best [`RERANK_DEPTH`](super::RERANK_DEPTH) hits
        // afterwards.
        if stems.is_empty() {
            let forms: Vec<(&str, f32)> = at_full_weight(&exact);
            let words = Box::new(FormsQuery::new(exact_forms(&forms, &searched.exact)));
            let query = with_filters(words, filters);
            let rerank = Rerank::default();
            return Ok(BuiltQuery { query, rerank, words: Vec::new(), terms: None, notes });
        }
        // The query's words, then the Arabic spellings of its Latin words, each at its weight.
        let spellings = spelled(archive, &stems, alternatives, scoring.transliterate_weight);
        let mut main: Vec<(&str, f32)> = at_full_weight(&stems);
        main.extend(spellings.iter().map(|(stem, _, w)| (stem.as_str(), *w)));
        let words = weighted_terms_query(&main, &searched.main);
        let terms = filters.is_empty().then(|| weighted_word_terms(&main, &searched.main));
        // Each term and phrase is looked for in the few hits only (see `super::rerank`).
        let mut rerank = Rerank::default();
        if scoring.exact_weight > 0.0 {
            let mut forms: Vec<(&str, f32)> = at_full_weight(&exact);
            forms.extend(spellings.iter().map(|(_, form, w)| (form.as_str(), *w)));
            rerank.exact = exact_forms(&forms, &searched.exact_weighted(scoring.exact_weight));
        }
        if scoring.phrase_weight > 0.0 {
            rerank.words = stems.clone();
            rerank.pair_fields = searched
                .main
                .iter()
                .map(|&(f, boost)| (f, boost * scoring.phrase_weight))
                .collect();
        }
        let query = with_filters(words, filters);
        return Ok(BuiltQuery { query, rerank, words: stems, terms, notes });
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user_query)];
    // The exact forms are added to the best hits, as for words alone.
    let mut rerank = Rerank::default();
    if scoring.exact_weight > 0.0 && !stems.is_empty() {
        let forms: Vec<(&str, f32)> = at_full_weight(&exact);
        rerank.exact = exact_forms(&forms, &searched.exact_weighted(scoring.exact_weight));
    }
    if scoring.phrase_weight > 0.0 {
        clauses.extend(should(pair_phrases(&stems, &searched.main, scoring.phrase_weight)));
    }
    let query = with_filters(Box::new(BooleanQuery::new(clauses)), filters);
    Ok(BuiltQuery { query, rerank, words: Vec::new(), terms: None, notes })
}

/// The spellings of `alternatives` as (stem, exact form, weight): the best spelling of each
/// Latin word at `weight`, the others at half of it (they are less likely to be the name).
/// A stem already among the query's `stems`, or given by a better spelling, is not repeated:
/// a word typed both ways counts once.
fn spelled(
    archive: &ArchiveIndex,
    stems: &[String],
    alternatives: &Alternatives,
    weight: f32,
) -> Vec<(String, String, f32)> {
    let mut out: Vec<(String, String, f32)> = Vec::new();
    if weight <= 0.0 {
        return out;
    }
    for (_, spellings) in &alternatives.words {
        for (rank, spelling) in spellings.iter().enumerate() {
            let factor = if rank == 0 { 1.0 } else { 0.5 };
            for stem in analysis::analyze_with(archive.profile, &spelling.arabic) {
                if !stems.contains(&stem) && !out.iter().any(|(s, _, _)| *s == stem) {
                    out.push((stem, spelling.arabic.clone(), weight * factor));
                }
            }
        }
    }
    out
}

/// One OR of weighted stemmed words on the searched main fields (each field with its boost),
/// restricted by `filters`: the first stage of a word-only query with words added to it
/// (query expansion, feedback).
pub fn weighted_words_query(
    archive: &ArchiveIndex,
    words: &[(String, f32)],
    fields: SearchFields,
    filters: &Filters,
    scoring: &Scoring,
) -> Result<Box<dyn Query>> {
    let searched = searched_fields(archive, fields, scoring.title_weight);
    let mut clauses = Vec::new();
    for (word, weight) in words {
        clauses.extend(should(term_queries(std::slice::from_ref(word), &searched.main, *weight)));
    }
    Ok(with_filters(Box::new(BooleanQuery::new(clauses)), filter_clauses(archive, filters)?))
}

/// How much the ranking signals beyond the main fields weigh.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scoring {
    /// Weight of a title match against a body match when both are searched.
    pub title_weight: f32,
    /// Weight of query words matched in their exact (unstemmed) form.
    pub exact_weight: f32,
    /// Weight of adjacent query words found together in the text.
    pub phrase_weight: f32,
    /// Word-only queries: how many best matches of the stemmed words (at least; 1.1 times the
    /// page if more) get the bonuses before the page is cut.
    pub rerank_depth: usize,
    /// Word-only queries: weight of the index's words that share a query word's root-like key
    /// ([`root_key`](crate::analysis::root::root_key)) but not its stem (0: no expansion).
    pub expand_weight: f32,
    /// At most this many such words per query word, the most frequent first.
    pub expand_variants: usize,
    /// Word-only queries: weight of the best feedback word taken from the top hits (0: no
    /// feedback); the others in proportion.
    pub prf_weight: f32,
    /// Feedback: how many top hits give words, how many words are added, and how many top
    /// hits keep their place (the rest are fused with the feedback ranking).
    pub prf_docs: usize,
    pub prf_terms: usize,
    pub prf_keep: usize,
    /// Word-only queries searching the body: weight of each query word (times its inverse
    /// document frequency) found among the first `lead_words` words of a hit's body.
    pub lead_weight: f32,
    pub lead_words: u32,
    /// Word-only queries searching title and body: weight of the share of the query's words
    /// (by inverse document frequency) that a hit's title holds, squared, times their sum.
    pub title_cover_weight: f32,
    /// Word-only queries: weight of the Arabic spellings of Latin query words (the best one;
    /// the others half of it), against 1 for the query's own words (0: not looked for).
    pub transliterate_weight: f32,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            title_weight: TITLE_BOOST,
            exact_weight: 0.3,
            phrase_weight: 0.2,
            rerank_depth: super::RERANK_DEPTH,
            expand_weight: 0.0,
            expand_variants: 10,
            prf_weight: 0.0,
            prf_docs: 10,
            prf_terms: 10,
            prf_keep: 10,
            lead_weight: 0.4,
            lead_words: 50,
            title_cover_weight: 1.0,
            transliterate_weight: 1.0,
        }
    }
}

/// The searched fields with their boosts: main (stemmed) and the texts of the exact forms
/// (none in a lean index).
struct SearchedFields {
    main: Vec<(Field, f32)>,
    exact: Vec<(FormText, f32)>,
}

impl SearchedFields {
    /// The texts of the exact forms, their boosts times `weight`.
    fn exact_weighted(&self, weight: f32) -> Vec<(FormText, f32)> {
        self.exact.iter().map(|&(text, boost)| (text, boost * weight)).collect()
    }
}

fn searched_fields(
    archive: &ArchiveIndex,
    fields: SearchFields,
    title_weight: f32,
) -> SearchedFields {
    let f = &archive.fields;
    let (title, body) = match fields {
        SearchFields::TitleAndBody => (true, true),
        SearchFields::Title => (true, false),
        SearchFields::Body => (false, true),
    };
    let boost = if title && body { title_weight } else { 1.0 };
    let (mut main, mut exact) = (Vec::new(), Vec::new());
    if title {
        main.push((f.title, boost));
        exact.push((FormText::Title, boost));
    }
    if body {
        main.push((f.body, 1.0));
        exact.push((FormText::Body, 1.0));
    }
    if !archive.layout.exact_forms {
        exact.clear();
    }
    SearchedFields { main, exact }
}

fn unique(mut terms: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    terms.retain(|t| seen.insert(t.clone()));
    terms
}

/// True if `text` uses the query language: quotes, `+`/`-` before a word, field prefixes,
/// grouping, boosts, ranges or the operator words.
fn has_operators(text: &str) -> bool {
    text.contains(['"', ':', '(', ')', '[', ']', '{', '}', '^', '~', '*'])
        || text
            .split_whitespace()
            .any(|word| word.starts_with(['+', '-']) || matches!(word, "AND" | "OR" | "NOT" | "IN"))
}

/// One term query for each term on each field, with its boost: the field's × `weight`.
fn term_queries(
    terms: &[String],
    fields: &[(Field, f32)],
    weight: f32,
) -> Vec<(Box<dyn Query>, f32)> {
    let mut queries: Vec<(Box<dyn Query>, f32)> = Vec::new();
    for term in terms {
        for &(field, boost) in fields {
            let query =
                TermQuery::new(Term::from_field_text(field, term), IndexRecordOption::WithFreqs);
            queries.push((Box::new(query), boost * weight));
        }
    }
    queries
}

/// Each word on each field, with the field's boost × the word's weight.
fn weighted_word_terms(words: &[(&str, f32)], fields: &[(Field, f32)]) -> Vec<WeightedTerm> {
    let mut weighted = Vec::with_capacity(words.len() * fields.len());
    for &(word, weight) in words {
        for &(field, boost) in fields {
            let term = Term::from_field_text(field, word);
            weighted.push(WeightedTerm { term, boost: boost * weight });
        }
    }
    weighted
}

/// Each of `words` with the weight 1.
fn at_full_weight(words: &[String]) -> Vec<(&str, f32)> {
    words.iter().map(|word| (word.as_str(), 1.0)).collect()
}

/// Each exact form on each text, with the text's boost × the form's weight (in the order of
/// [`weighted_word_terms`], so that bonuses add up in the same order).
fn exact_forms(forms: &[(&str, f32)], texts: &[(FormText, f32)]) -> Vec<ExactForm> {
    let mut out = Vec::with_capacity(forms.len() * texts.len());
    for &(form, weight) in forms {
        for &(text, boost) in texts {
            out.push(ExactForm::new(text, form, boost * weight));
        }
    }
    out
}

/// The OR of [`weighted_word_terms`] as a tantivy query.
fn weighted_terms_query(words: &[(&str, f32)], fields: &[(Field, f32)]) -> Box<dyn Query> {
    let mut clauses = Vec::with_capacity(words.len() * fields.len());
    for &(word, weight) in words {
        clauses.extend(term_queries(&[word.to_string()], fields, weight));
    }
    Box::new(BooleanQuery::new(should(clauses)))
}

/// `queries` boosted, as `Should` clauses.
fn should(queries: Vec<(Box<dyn Query>, f32)>) -> Vec<(Occur, Box<dyn Query>)> {
    let boosted = |(query, boost)| -> Box<dyn Query> { Box::new(BoostQuery::new(query, boost)) };
    queries.into_iter().map(|q| (Occur::Should, boosted(q))).collect()
}

/// The date and place filters, as clauses that restrict without scoring.
fn filter_clauses(archive: &ArchiveIndex, filters: &Filters) -> Result<Vec<Box<dyn Query>>> {
    let mut clauses: Vec<Box<dyn Query>> = Vec::new();
    if let Some(range) = date_filter(archive, filters)? {
        clauses.push(Box::new(ConstScoreQuery::new(range, 0.0)));
    }
    if let Some(place) = &filters.place {
        clauses.push(Box::new(ConstScoreQuery::new(place_filter(archive, place)?, 0.0)));
    }
    if let Some(source) = &filters.source {
        let term = Term::from_field_text(archive.fields.source, source.trim());
        let source_query = TermQuery::new(term, IndexRecordOption::Basic);
        clauses.push(Box::new(ConstScoreQuery::new(Box::new(source_query), 0.0)));
    }
    Ok(clauses)
}

/// `query` restricted by `filters`.
fn with_filters(query: Box<dyn Query>, filters: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if filters.is_empty() {
        return query;
    }
    let mut clauses = vec![(Occur::Must, query)];
    clauses.extend(filters.into_iter().map(|filter| (Occur::Must, filter)));
    Box::new(BooleanQuery::new(clauses))
}

/// Each pair of consecutive query words as a phrase (one word may separate them in the text,
/// where a stop word was), on every field, with the field's boost × `weight`; none for
/// one-word queries.
fn pair_phrases(
    terms: &[String],
    fields: &[(Field, f32)],
    weight: f32,
) -> Vec<(Box<dyn Query>, f32)> {
    let mut queries: Vec<(Box<dyn Query>, f32)> = Vec::new();
    for pair in terms.windows(2) {
        for &(field, boost) in fields {
            let terms = pair.iter().map(|t| Term::from_field_text(field, t)).collect();
            let mut phrase = tantivy::query::PhraseQuery::new(terms);
            phrase.set_slop(1);
            queries.push((Box::new(phrase), boost * weight));
        }
    }
    queries
}

fn date_filter(archive: &ArchiveIndex, filters: &Filters) -> Result<Option<Box<dyn Query>>> {
    if let (Some(since), Some(until)) = (filters.since, filters.until) {
        if since > until {
            return Err(Error::Invalid(format!(
                "--since {} is after --until {}",
                crate::article::format_date(since),
                crate::article::format_date(until)
            )));
        }
    }
    if filters.since.is_none() && filters.until.is_none() {
        return Ok(None);
    }
    let field = archive.fields.date;
    let term = |date: Date| Term::from_field_date_for_search(field, date_to_index(date));
    let lower = filters.since.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
    let upper = match filters.until.map(|d| d.next_day()) {
        Some(Some(next)) => Bound::Excluded(term(next)),
        _ => Bound::Unbounded,
    };
    Ok(Some(Box::new(RangeQuery::new(lower, upper))))
}

/// Matches articles that name `place`: its canonical name when the gazetteer knows it, the
/// name as given (places listed by the file itself), and the analysed words in the `place`
/// field (other spellings of names the gazetteer does not know).
fn place_filter(archive: &ArchiveIndex, place: &str) -> Result<Box<dyn Query>> {
    let place = place.trim();
    let f = &archive.fields;
    let mut names = vec![place.to_string()];
    if let Some(known) = Gazetteer::builtin().lookup(place) {
        names.push(known.name.clone());
    }
    let exact = TermSetQuery::new(names.iter().map(|n| Term::from_field_text(f.places, n)));
    let words = analysis::analyze_with(archive.profile, place);
    if words.is_empty() {
        return Err(Error::Invalid(format!("--place {place:?} names no place")));
    }
    let phrase: Box<dyn Query> = if words.len() == 1 {
        Box::new(TermQuery::new(
            Term::from_field_text(f.place, &words[0]),
            IndexRecordOption::Basic,
        ))
    } else {
        let terms = words.iter().map(|w| Term::from_field_text(f.place, w)).collect();
        Box::new(tantivy::query::PhraseQuery::new(terms))
    };
    Ok(Box::new(BooleanQuery::new(vec![(Occur::Should, Box::new(exact)), (Occur::Should, phrase)])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::format_date;

    #[test]
    fn since_takes_the_first_day() {
        assert_eq!(format_date(parse_since("2021").unwrap()), "2021-01-01");
        assert_eq!(format_date(parse_since("2021-06").unwrap()), "2021-06-01");
        assert_eq!(format_date(parse_since("2021-06-15").unwrap()), "2021-06-15");
    }

    #[test]
    fn until_takes_the_last_day() {
        assert_eq!(format_date(parse_until("2021").unwrap()), "2021-12-31");
        assert_eq!(format_date(parse_until("2024-02").unwrap()), "2024-02-29");
        assert_eq!(format_date(parse_until("2023-02").unwrap()), "2023-02-28");
        assert_eq!(format_date(parse_until("٢٠٢٣-٠٥-٠٧").unwrap()), "2023-05-07");
    }

    /// The bonus queries of `text` (words only) on a new index with or without exact forms.
    fn reranking(exact_forms: bool, text: &str) -> BuiltQuery {
        let dir = tempfile::tempdir().unwrap();
        let profile = crate::analysis::Profile::default();
        let layout = crate::index::Layout { exact_forms, ..crate::index::Layout::default() };
        let archive = crate::index::create(dir.path(), None, profile, layout).unwrap();
        let filters = Filters::default();
        let (syntax, fields) = (QuerySyntax::Plain, SearchFields::TitleAndBody);
        let none = Alternatives::default();
        build_query(&archive, text, syntax, fields, &filters, &Scoring::default(), &none).unwrap()
    }

    #[test]
    fn arabic_spellings_of_a_latin_word_are_searched_beside_it_once() {
        use crate::search::transliterate::Spelling;
        let dir = tempfile::tempdir().unwrap();
        let profile = crate::analysis::Profile::default();
        let archive = crate::index::create(dir.path(), None, profile, Default::default()).unwrap();
        let spelling = |arabic: &str| Spelling { arabic: arabic.into(), cost: 0, doc_freq: 9 };
        let alternatives = Alternatives {
            words: vec![("trump".into(), vec![spelling("ترامب"), spelling("ترمب")])],
        };
        let build = |text: &str, scoring: &Scoring| {
            let (syntax, fields) = (QuerySyntax::Plain, SearchFields::Body);
            build_query(&archive, text, syntax, fields, &Filters::default(), scoring, &alternatives)
                .unwrap()
        };
        let boosts = |built: &BuiltQuery| -> Vec<f32> {
            built.terms.as_ref().unwrap().iter().map(|t| t.boost).collect()
        };
        // The Latin word, its best spelling at full weight, the other at half.
        assert_eq!(boosts(&build("Trump", &Scoring::default())), [1.0, 1.0, 0.5]);
        // Typed both ways, the Arabic word counts once.
        assert_eq!(boosts(&build("Trump ترامب", &Scoring::default())), [1.0, 1.0, 0.5]);
        let off = Scoring { transliterate_weight: 0.0, ..Scoring::default() };
        assert_eq!(boosts(&build("Trump", &off)), [1.0]);
    }

    #[test]
    fn a_lean_index_gets_no_exact_form_bonus() {
        // Two words on two fields: four exact-form terms and two phrases on a full index…
        let full = reranking(true, "الضمانات الأمنية").rerank;
        assert_eq!((full.exact.len(), full.words.len(), full.pair_fields.len()), (4, 2, 2));
        // …only the phrases on a lean one.
        let lean = reranking(false, "الضمانات الأمنية");
        let rerank = &lean.rerank;
        assert_eq!((rerank.exact.len(), rerank.words.len(), rerank.pair_fields.len()), (0, 2, 2));
        assert!(lean.notes.is_empty());
    }

    #[test]
    fn stop_words_alone_find_nothing_in_a_lean_index_with_a_note() {
        assert!(reranking(true, "في من").notes.is_empty());
        let lean = reranking(false, "في من");
        assert!(lean.notes[0].contains("only stop words"), "{:?}", lean.notes);
        assert!(lean.rerank.is_empty());
    }

    #[test]
    fn bad_bounds_are_errors_that_quote_the_input() {
        for bad in ["", "21", "2021-13", "2021-02-30", "2021/02/03", "2021-1-2-3", "yesterday"] {
            let err = parse_since(bad).unwrap_err().to_string();
            assert!(err.contains("YYYY-MM-DD") && err.contains(&format!("{bad:?}")), "{err}");
        }
    }
}
