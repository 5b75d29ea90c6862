//! The bonuses of word-only queries, added to their first-stage candidates: each exact form's
//! BM25 score (looked up in the candidates' lists of forms, [`super::forms`]), each adjacent pair of words found together (a phrase with one word of slop),
//! and each word among the first words of the body (the lead bonus); and, for searches of
//! title and body, how much of the query the title holds (the title-cover bonus).
//!
//! They score as tantivy's `TermQuery` and `PhraseQuery` (with `set_slop(1)`) would, times
//! their boosts, and are added to a candidate's score in a fixed order — exact forms, then
//! pairs, then lead words, each in query order — so that the sums come out the same however
//! they are computed. What makes them cheap: the candidates are visited in document order
//! with the terms' postings read forward once; each word's positions in a candidate are read
//! once for the two pairs it belongs to and for the lead bonus; and every term is looked up in
//! the dictionary once per query ([`TermCache`]).

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::Bm25Weight;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Score, Term};

use super::forms::{ExactForm, ExactForms};
use super::maxscore::{Clause, WeightedTerm};
use super::term_cache::TermCache;

/// Slop of the pair phrases: one word (a stop word, left out of the index) may separate them.
pub const PAIR_SLOP: u32 = 1;

/// The bonuses of a word-only query, but for the lead bonus (which depends on the request).
#[derive(Debug, Clone, Default)]
pub struct Rerank {
    /// Exact (unstemmed) forms on their texts, with their weights.
    pub exact: Vec<ExactForm>,
    /// The stemmed words, whose adjacent pairs are phrases on each of `pair_fields` (with
    /// that field's weight).
    pub words: Vec<String>,
    pub pair_fields: Vec<(Field, f32)>,
}

impl Rerank {
    /// True if there is nothing to add.
    pub fn is_empty(&self) -> bool {
        self.exact.is_empty() && (self.words.len() < 2 || self.pair_fields.is_empty())
    }
}

/// The lead bonus: `weight` times the word's inverse document frequency when it is among the
/// first `words` words of `field`.
#[derive(Debug, Clone, Copy)]
pub struct Lead {
    pub field: Field,
    pub weight: f32,
    pub words: u32,
}

/// Adds the bonuses of `rerank` (and `lead`, for `lead_words`) to `hits`, visited in `order`
/// (ascending addresses). The exact forms are read from `forms` (`None` in a lean index).
pub fn add_bonuses(
    cache: &TermCache,
    forms: Option<&ExactForms>,
    rerank: &Rerank,
    lead: Option<(Lead, &[String])>,
    order: &[usize],
    hits: &mut [(Score, DocAddress)],
) -> tantivy::Result<()> {
    if let Some(forms) = forms {
        add_form_scores(forms, &rerank.exact, order, hits);
    }
    add_word_bonuses(cache, rerank, lead, order, hits)
}

/// Adds the scores of the exact forms to the hits that hold them, each hit's in the forms'
/// order (each hit's forms are read once, for all of them).
fn add_form_scores(
    forms: &ExactForms,
    exact: &[ExactForm],
    order: &[usize],
    hits: &mut [(Score, DocAddress)],
) {
    let weighted: Vec<(&ExactForm, Bm25Weight)> =
        exact.iter().filter_map(|form| Some((form, forms.weight(form)?))).collect();
    if weighted.is_empty() {
        return;
    }
    // Every candidate's block is found first, then searched: the first reads do not wait on
    // one another, so their fetches from memory overlap (the 1,000 known-item queries at
    // k=100 on one thread: about 8 % less CPU than finding and searching each in turn).
    let articles: Vec<_> = order.iter().map(|&i| forms.article(hits[i].1)).collect();
    for (&i, article) in order.iter().zip(&articles) {
        for (form, weight) in &weighted {
            if let Some(score) = article.score(form, weight) {
                hits[i].0 += score;
            }
        }
    }
}

/// Calls `found(hit, its index, the term's score in it)` for each hit that contains `term`,
/// visiting the hits in `order`.
fn for_each_match(
    cache: &TermCache,
    term: &WeightedTerm,
    order: &[usize],
    hits: &mut [(Score, DocAddress)],
    mut found: impl FnMut(&mut (Score, DocAddress), usize, Score),
) -> tantivy::Result<()> {
    let Some((weight, entry)) = cache.term_weight(&term.term, term.boost)? else {
        return Ok(());
    };
    let field = term.term.field();
    let mut current: Option<(u32, Option<Clause>)> = None;
    for &i in order {
        let DocAddress { segment_ord, doc_id } = hits[i].1;
        if current.as_ref().is_none_or(|(ord, _)| *ord != segment_ord) {
            let segment = cache.searcher().segment_reader(segment_ord);
            let clause = match &entry.infos[segment_ord as usize] {
                Some(info) => Some(Clause::open(segment, field, weight.clone(), info)?),
                None => None,
            };
            current = Some((segment_ord, clause));
        }
        if let Some((_, Some(clause))) = current.as_mut() {
            if let Some(score) = clause.score_at(doc_id) {
                found(&mut hits[i], i, score);
            }
        }
    }
    Ok(())
}

/// The title-cover bonus of a search of title and body.
#[derive(Debug, Clone, Copy)]
pub struct Cover {
    pub title: Field,
    pub body: Field,
    pub weight: f32,
}

/// Adds to each hit `cover.weight` times the sum of the query `words`' inverse document
/// frequencies (in the body) times the square of the share of that sum that the hit's title
/// holds: a title that holds most of the query (a headline typed from memory) is strong
/// evidence, one that holds a single common query word is not. The hits are visited in `order`.
pub fn add_title_cover(
    cache: &TermCache,
    cover: Cover,
    words: &[String],
    order: &[usize],
    hits: &mut [(Score, DocAddress)],
) -> tantivy::Result<()> {
    let articles = cache.searcher().num_docs() as f32;
    let mut covered = vec![0.0f32; hits.len()];
    let mut total = 0.0f32;
    for word in words {
        let df = cache.doc_freq_of(&Term::from_field_text(cover.body, word))? as f32;
        let idf = (1.0 + (articles - df + 0.5) / (df + 0.5)).ln();
        total += idf;
        let title = WeightedTerm { term: Term::from_field_text(cover.title, word), boost: 1.0 };
        for_each_match(cache, &title, order, hits, |_, i, _| covered[i] += idf)?;
    }
    if total > 0.0 {
        for (hit, covered) in hits.iter_mut().zip(covered) {
            let share = covered / total;
            hit.0 += cover.weight * total * share * share;
        }
    }
    Ok(())
}

/// A word's postings (with positions) in the current segment, and its positions in the
/// current candidate.
struct WordCursor {
    postings: Option<SegmentPostings>,
    positions: Vec<u32>,
    /// Whether the word is in the current candidate.
    present: bool,
}

/// One field whose words' positions are read: for pairs, for the lead bonus or both.
struct FieldWords {
    field: Field,
    terms: Vec<Term>,
    /// Each pair's weight (words `i` and `i + 1`) and its place among the pair bonuses.
    pairs: Vec<Option<(Bm25Weight, usize)>>,
    /// Each word's lead bonus.
    lead: Vec<Option<Score>>,
    lead_words: u32,
    cursors: Vec<WordCursor>,
    /// The field's lengths in the current segment.
    fieldnorms: Option<FieldNormReader>,
}

/// Adds the pair and lead bonuses.
fn add_word_bonuses(
    cache: &TermCache,
    rerank: &Rerank,
    lead: Option<(Lead, &[String])>,
    order: &[usize],
    hits: &mut [(Score, DocAddress)],
) -> tantivy::Result<()> {
    let pair_count = rerank.words.len().saturating_sub(1) * rerank.pair_fields.len();
    let mut fields: Vec<FieldWords> = Vec::new();
    if rerank.words.len() >= 2 {
        for (f, &(field, boost)) in rerank.pair_fields.iter().enumerate() {
            let terms: Vec<Term> =
                rerank.words.iter().map(|w| Term::from_field_text(field, w)).collect();
            let mut pairs = Vec::with_capacity(terms.len() - 1);
            for (p, pair) in terms.windows(2).enumerate() {
                // As `PhraseQuery::weight` computes it, boosted as `PhraseWeight` boosts it.
                let weight = Bm25Weight::for_terms(cache, pair)?.boost_by(boost);
                // Bonuses are added pair by pair, each pair field by field.
                pairs.push(Some((weight, p * rerank.pair_fields.len() + f)));
            }
            fields.push(FieldWords {
                field,
                lead: vec![None; terms.len()],
                terms,
                pairs,
                lead_words: 0,
                cursors: Vec::new(),
                fieldnorms: None,
            });
        }
    }
    let mut lead_count = 0;
    if let Some((lead, words)) = lead {
        let articles = cache.searcher().num_docs() as f32;
        let mut bonuses = Vec::with_capacity(words.len());
        for word in words {
            let df = cache.doc_freq_of(&Term::from_field_text(lead.field, word))? as f32;
            bonuses.push(
                (df > 0.0).then(|| lead.weight * (1.0 + (articles - df + 0.5) / (df + 0.5)).ln()),
            );
        }
        lead_count = words.len();
        let same_words = rerank.words.as_slice() == words;
        match fields.iter_mut().find(|f| f.field == lead.field && same_words) {
            Some(field) => {
                field.lead = bonuses;
                field.lead_words = lead.words;
            }
            None => fields.push(FieldWords {
                field: lead.field,
                terms: words.iter().map(|w| Term::from_field_text(lead.field, w)).collect(),
                pairs: vec![None; words.len().saturating_sub(1)],
                lead: bonuses,
                lead_words: lead.words,
                cursors: Vec::new(),
                fieldnorms: None,
            }),
        }
    }
    if pair_count == 0 && lead_count == 0 {
        return Ok(());
    }
    let mut pair_scores = vec![0.0; pair_count];
    let mut pair_found = vec![false; pair_count];
    let mut lead_scores: Vec<Option<Score>> = vec![None; lead_count];
    let mut segment_ord = None;
    for &i in order {
        let DocAddress { segment_ord: ord, doc_id } = hits[i].1;
        if segment_ord != Some(ord) {
            segment_ord = Some(ord);
            for field in &mut fields {
                field.open(cache, ord)?;
            }
        }
        pair_found.iter_mut().for_each(|found| *found = false);
        lead_scores.iter_mut().for_each(|score| *score = None);
        for field in &mut fields {
            field.read(doc_id);
            let fieldnorm_id = field.fieldnorms.as_ref().map_or(0, |f| f.fieldnorm_id(doc_id));
            for (p, pair) in field.pairs.iter().enumerate() {
                let Some((weight, place)) = pair else { continue };
                let (left, right) = (&field.cursors[p], &field.cursors[p + 1]);
                if !(left.present && right.present) {
                    continue;
                }
                let count = pair_count_with_slop(&left.positions, &right.positions, PAIR_SLOP);
                if count > 0 {
                    pair_scores[*place] = weight.score(fieldnorm_id, count);
                    pair_found[*place] = true;
                }
            }
            for (w, bonus) in field.lead.iter().enumerate() {
                let Some(bonus) = bonus else { continue };
                let cursor = &field.cursors[w];
                if cursor.present && cursor.positions.first().is_some_and(|&p| p < field.lead_words)
                {
                    lead_scores[w] = Some(*bonus);
                }
            }
        }
        let score = &mut hits[i].0;
        for (value, found) in pair_scores.iter().zip(&pair_found) {
            if *found {
                *score += *value;
            }
        }
        for bonus in lead_scores.iter().flatten() {
            *score += *bonus;
        }
    }
    Ok(())
}

impl FieldWords {
    /// Opens the words' postings in segment `ord`.
    fn open(&mut self, cache: &TermCache, ord: u32) -> tantivy::Result<()> {
        let segment = cache.searcher().segment_reader(ord);
        let inverted = segment.inverted_index(self.field)?;
        // As the phrase weight reads them.
        self.fieldnorms = Some(match segment.fieldnorms_readers().get_field(self.field)? {
            Some(reader) => reader,
            None => FieldNormReader::constant(segment.max_doc(), 1),
        });
        self.cursors.clear();
        for term in &self.terms {
            let entry = cache.entry(term)?;
            let postings =
                match &entry.infos[ord as usize] {
                    Some(info) => Some(inverted.read_postings_from_terminfo(
                        info,
                        IndexRecordOption::WithFreqsAndPositions,
                    )?),
                    None => None,
                };
            self.cursors.push(WordCursor { postings, positions: Vec::new(), present: false });
        }
        Ok(())
    }

    /// Reads the positions of the words in `doc` (at or after the previous one).
    fn read(&mut self, doc: tantivy::DocId) {
        for cursor in &mut self.cursors {
            cursor.present = false;
            let Some(postings) = cursor.postings.as_mut() else { continue };
            if postings.doc() < doc {
                postings.seek(doc);
            }
            if postings.doc() == doc {
                cursor.present = true;
                postings.positions(&mut cursor.positions);
            }
        }
    }
}

/// How many times the second word follows the first within `slop` words, as tantivy's phrase
/// scorer counts for a two-word phrase (`intersection_count_with_slop`, the first word's
/// positions shifted by its offset in the phrase, one).
fn pair_count_with_slop(first: &[u32], second: &[u32], slop: u32) -> u32 {
    let (mut left, mut right, mut count) = (0, 0, 0);
    while left < first.len() && right < second.len() {
        let left_value = first[left] + 1;
        let right_value = second[right];
        if left_value.abs_diff(right_value) <= slop {
            // A later position of the first word may be closer.
            while left + 1 < first.len() && first[left + 1] < right_value {
                left += 1;
            }
            count += 1;
            left += 1;
            right += 1;
        } else if left_value < right_value {
            left += 1;
        } else {
            right += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use tantivy::query::{EnableScoring, PhraseQuery, Query, TermQuery};

    use super::*;
    use crate::index::forms::FormText;
    use crate::search::forms::test_index;

    /// What tantivy's own scorers give: each query's score times its boost where it matches.
    fn tantivy_scores(
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        boost: f32,
        addresses: &[DocAddress],
    ) -> Vec<Option<Score>> {
        let weight = query.weight(EnableScoring::enabled_from_searcher(searcher)).unwrap();
        let mut scores = Vec::new();
        let mut current: Option<(u32, Box<dyn tantivy::query::Scorer>)> = None;
        for address in addresses {
            if current.as_ref().is_none_or(|(ord, _)| *ord != address.segment_ord) {
                let reader = searcher.segment_reader(address.segment_ord);
                current = Some((address.segment_ord, weight.scorer(reader, boost).unwrap()));
            }
            let (_, scorer) = current.as_mut().unwrap();
            if scorer.doc() < address.doc_id {
                scorer.seek(address.doc_id);
            }
            scores.push((scorer.doc() == address.doc_id).then(|| scorer.score()));
        }
        scores
    }

    #[test]
    fn bonuses_score_as_tantivy_term_and_phrase_queries() {
        // The exact forms as the plugin keeps them, and as an inverted field `exact`.
        let mut test = test_index::build();
        test.writer.commit().unwrap();
        let (body, exact) = (test.body, test.exact);
        let searcher = test.index.reader().unwrap().searcher();
        let forms = ExactForms::open(&searcher).unwrap();
        // Every third document of every segment, in address order.
        let mut addresses = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            addresses
                .extend((0..segment.max_doc()).step_by(3).map(|d| DocAddress::new(ord as u32, d)));
        }
        let query_words: Vec<String> = ["c", "a", "zz", "b", "e"].map(String::from).to_vec();
        let rerank = Rerank {
            exact: vec![
                ExactForm::new(FormText::Body, "b", 0.3),
                ExactForm::new(FormText::Body, "zz", 0.3),
            ],
            words: query_words.clone(),
            pair_fields: vec![(body, 0.2)],
        };
        let lead = Lead { field: body, weight: 0.4, words: 5 };
        let mut hits: Vec<(Score, DocAddress)> = addresses.iter().map(|&a| (1.0, a)).collect();
        let order: Vec<usize> = (0..hits.len()).collect();
        let cache = TermCache::new(&searcher);
        let lead = Some((lead, query_words.as_slice()));
        add_bonuses(&cache, Some(&forms), &rerank, lead, &order, &mut hits).unwrap();

        // The same, one query at a time through tantivy's scorers, in the same order.
        let mut expected: Vec<Score> = vec![1.0; addresses.len()];
        let mut add = |scores: Vec<Option<Score>>| {
            for (total, score) in expected.iter_mut().zip(scores) {
                *total += score.unwrap_or(0.0);
            }
        };
        for (form, word) in rerank.exact.iter().zip(["b", "zz"]) {
            let term = Term::from_field_text(exact, word);
            let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
            add(tantivy_scores(&searcher, &query, form.boost, &addresses));
        }
        for pair in query_words.windows(2) {
            let mut query =
                PhraseQuery::new(pair.iter().map(|w| Term::from_field_text(body, w)).collect());
            query.set_slop(PAIR_SLOP);
            add(tantivy_scores(&searcher, &query, 0.2, &addresses));
        }
        let articles = searcher.num_docs() as f32;
        for word in &query_words {
            let term = Term::from_field_text(body, word);
            let df = searcher.doc_freq(&term).unwrap() as f32;
            let bonus = 0.4 * (1.0 + (articles - df + 0.5) / (df + 0.5)).ln();
            let mut lead_scores = Vec::new();
            for address in &addresses {
                let inverted = searcher.segment_reader(address.segment_ord).inverted_index(body);
                let postings = inverted
                    .unwrap()
                    .read_postings(&term, IndexRecordOption::WithFreqsAndPositions)
                    .unwrap();
                let mut first = None;
                if let Some(mut postings) = postings {
                    if postings.doc() < address.doc_id {
                        postings.seek(address.doc_id);
                    }
                    if postings.doc() == address.doc_id {
                        let mut positions = Vec::new();
                        postings.positions(&mut positions);
                        first = positions.first().copied();
                    }
                }
                lead_scores.push(first.filter(|&p| p < 5).map(|_| bonus));
            }
            add(lead_scores);
        }
        assert!(expected.iter().filter(|&&s| s > 1.0).count() > 100, "some bonuses");
        let found: Vec<Score> = hits.iter().map(|h| h.0).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn pairs_are_counted_as_tantivy_counts_them() {
        // Adjacent, one word apart, too far, and a repeated first word.
        assert_eq!(pair_count_with_slop(&[3], &[4], 1), 1);
        assert_eq!(pair_count_with_slop(&[3], &[5], 1), 1);
        assert_eq!(pair_count_with_slop(&[3], &[6], 1), 0);
        assert_eq!(pair_count_with_slop(&[5], &[4], 1), 0);
        assert_eq!(pair_count_with_slop(&[1, 2, 3], &[4], 1), 1);
        assert_eq!(pair_count_with_slop(&[1, 10, 20], &[2, 12, 30], 1), 2);
    }
}
