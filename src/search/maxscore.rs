//! The first stage of word-only queries: the best `k` articles for a weighted OR of terms,
//! found with MaxScore over tantivy's block postings.
//!
//! Each term scores as tantivy scores a `BoostQuery` of a `TermQuery` (BM25 with the
//! searcher's statistics, times the boost), and an article scores the sum over the terms it
//! contains — what a `BooleanQuery` of such `Should` clauses gives, which tantivy runs with
//! block-max WAND. Here the same top `k` is found in less work:
//!
//! - The terms are sorted by the highest score they can give. While the `k` best so far need
//!   more than the sum of the lowest of these bounds, articles matching only those terms (the
//!   *non-essential* ones, usually the most frequent words) cannot make the top `k`: only the
//!   other (*essential*) terms' postings are read in full.
//! - They are read a window of [`WINDOW`] documents at a time, term after term, adding each
//!   posting's score into an array (no heap or sorting of cursors per document, and the
//!   postings are read as the decoded blocks they are stored in).
//! - Each article of the window then gets the non-essential terms' scores, the highest bound
//!   first, looked up with a seek, and is dropped as soon as what it has plus what the
//!   remaining terms could add cannot beat the `k`-th best score.
//!
//! Scores are summed in `f64`, where adding a dozen `f32` BM25 scores is exact, and rounded to
//! `f32` once: an article's score does not depend on the order its terms were added in (in
//! tantivy's WAND it depends on the order its cursors happen to be in, which can change the
//! last bit). Ties are broken as tantivy breaks them: the lower address first.

use std::cell::RefCell;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{BlockSegmentPostings, TermInfo};
use tantivy::query::Bm25Weight;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, Score, SegmentReader, Term, TERMINATED};

use super::term_cache::TermCache;

/// Documents scored together: the essential terms' scores for a window are added into an
/// array of this many `f64`s (32 KB, which stays in the first-level cache).
const WINDOW: u32 = 4096;

/// Postings per block of tantivy's postings lists (a shorter list is a single block).
const BLOCK: u32 = 128;

/// A term of the OR and the factor its BM25 score is multiplied by.
#[derive(Debug, Clone)]
pub struct WeightedTerm {
    pub term: Term,
    pub boost: f32,
}

/// The best `k` documents of the OR of `terms` with their scores, best first (ties: lower
/// address first). Deleted documents are skipped. The terms are looked up through `cache`.
pub fn top_k(
    cache: &TermCache,
    terms: &[WeightedTerm],
    k: usize,
) -> tantivy::Result<Vec<(Score, DocAddress)>> {
    let mut top = TopK::new(k);
    if k == 0 {
        return Ok(Vec::new());
    }
    let mut weighted = Vec::with_capacity(terms.len());
    for WeightedTerm { term, boost } in terms {
        if let Some((weight, entry)) = cache.term_weight(term, *boost)? {
            weighted.push((term.field(), weight, entry.infos));
        }
    }
    for (segment_ord, segment) in cache.searcher().segment_readers().iter().enumerate() {
        let mut clauses = Vec::with_capacity(weighted.len());
        for (field, weight, infos) in &weighted {
            let Some(info) = &infos[segment_ord] else { continue };
            clauses.push(Clause::open(segment, *field, weight.clone(), info)?);
        }
        collect_segment(segment, segment_ord as u32, clauses, &mut top);
    }
    Ok(top.into_sorted())
}

/// One term's postings in one segment, read block by block.
pub(crate) struct Clause {
    postings: BlockSegmentPostings,
    /// Index of the current posting in the loaded block; the block is empty when the
    /// postings are exhausted.
    cursor: usize,
    weight: Bm25Weight,
    fieldnorms: FieldNormReader,
    /// The highest score the term gives a document of this segment.
    bound: Score,
}

impl Clause {
    /// The postings of the term of `field` described by `info`, scored with `weight`.
    pub(crate) fn open(
        segment: &SegmentReader,
        field: Field,
        weight: Bm25Weight,
        info: &TermInfo,
    ) -> tantivy::Result<Clause> {
        let inverted = segment.inverted_index(field)?;
        let mut postings =
            inverted.read_block_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
        let fieldnorms = match segment.fieldnorms_readers().get_field(field)? {
            Some(reader) => reader,
            None => FieldNormReader::constant(segment.max_doc(), 1),
        };
        // A single block is loaded whole: its highest score is exact. Longer lists get the
        // bound of the weight itself (a term frequency without limit).
        let bound = if info.doc_freq < BLOCK {
            postings.block_max_score(&fieldnorms, &weight)
        } else {
            weight.max_score()
        };
        Ok(Clause { postings, cursor: 0, weight, fieldnorms, bound })
    }

    /// The current document, or `TERMINATED`.
    #[inline]
    fn doc(&self) -> DocId {
        let docs = self.postings.docs();
        if self.cursor < docs.len() {
            docs[self.cursor]
        } else {
            TERMINATED
        }
    }

    /// Adds the scores of the postings below `end` into `scores` (indexed from `start`) and
    /// marks them in `matched`, leaving the cursor on the first posting at or after `end`.
    fn accumulate(
        &mut self,
        start: DocId,
        end: DocId,
        scores: &mut [f64; WINDOW as usize],
        matched: &mut [u64; (WINDOW / 64) as usize],
    ) {
        loop {
            let docs = self.postings.docs();
            if docs.is_empty() {
                return;
            }
            let freqs = self.postings.freqs();
            let mut i = self.cursor;
            while i < docs.len() {
                let doc = docs[i];
                if doc >= end {
                    self.cursor = i;
                    return;
                }
                let score = self.weight.score(self.fieldnorms.fieldnorm_id(doc), freqs[i]);
                let slot = (doc - start) as usize;
                scores[slot] += f64::from(score);
                matched[slot / 64] |= 1 << (slot % 64);
                i += 1;
            }
            self.postings.advance();
            self.cursor = 0;
        }
    }

    /// The score of `doc` if the term is in it, moving the cursor to the first posting at or
    /// after `doc` (which must not be below the previous target).
    #[inline]
    pub(crate) fn score_at(&mut self, doc: DocId) -> Option<Score> {
        let mut current = self.doc();
        if current < doc {
            self.cursor = self.postings.seek(doc);
            current = self.doc();
        }
        (current == doc).then(|| {
            let freq = self.postings.freq(self.cursor);
            self.weight.score(self.fieldnorms.fieldnorm_id(doc), freq)
        })
    }
}

/// Runs MaxScore over one segment's clauses, adding what can make the top to `top`.
fn collect_segment(
    segment: &SegmentReader,
    segment_ord: u32,
    clauses: Vec<Clause>,
    top: &mut TopK,
) {
    let mut clauses = clauses;
    // Lowest bound first: the non-essential clauses are a prefix.
    clauses.sort_by(|a, b| a.bound.total_cmp(&b.bound));
    // below[i]: the sum of the bounds of clauses[..i] (exact in f64).
    let mut below = vec![0f64; clauses.len() + 1];
    for (i, clause) in clauses.iter().enumerate() {
        below[i + 1] = below[i] + f64::from(clause.bound);
    }
    let alive = segment.alive_bitset();
    SCORES.with_borrow_mut(|scores| {
        run_windows(&mut clauses, &below, alive, segment_ord, scores, top);
    });
}

thread_local! {
    /// The window's scores, kept between queries: all zero when not in use.
    static SCORES: RefCell<Box<[f64; WINDOW as usize]>> =
        RefCell::new(Box::new([0f64; WINDOW as usize]));
}

/// The windows of [`collect_segment`].
fn run_windows(
    clauses: &mut [Clause],
    below: &[f64],
    alive: Option<&tantivy::fastfield::AliveBitSet>,
    segment_ord: u32,
    scores: &mut [f64; WINDOW as usize],
    top: &mut TopK,
) {
    let mut matched = [0u64; (WINDOW / 64) as usize];
    // clauses[..essential_from] cannot lift a document into the top on their own.
    let mut essential_from = non_essential(below, top.threshold());
    while essential_from < clauses.len() {
        let start = clauses[essential_from..].iter().map(Clause::doc).min().unwrap_or(TERMINATED);
        if start == TERMINATED {
            break;
        }
        let end = start.saturating_add(WINDOW);
        for clause in &mut clauses[essential_from..] {
            clause.accumulate(start, end, scores, &mut matched);
        }
        for (word_index, word) in matched.iter_mut().enumerate() {
            let mut bits = std::mem::take(word);
            while bits != 0 {
                let slot = word_index * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let mut score = std::mem::take(&mut scores[slot]);
                let doc = start + slot as DocId;
                let threshold = top.threshold();
                if score + below[essential_from] <= threshold {
                    continue;
                }
                if alive.is_some_and(|alive| alive.is_deleted(doc)) {
                    continue;
                }
                // Non-essential clauses, highest bound first, while they can still matter.
                let mut competitive = true;
                for i in (0..essential_from).rev() {
                    if score + below[i + 1] <= threshold {
                        competitive = false;
                        break;
                    }
                    if let Some(term_score) = clauses[i].score_at(doc) {
                        score += f64::from(term_score);
                    }
                }
                if competitive {
                    top.push(score as Score, DocAddress::new(segment_ord, doc));
                }
            }
        }
        essential_from = non_essential(below, top.threshold());
    }
}

/// How many of the lowest-bound clauses cannot, all together, beat `threshold`.
fn non_essential(below: &[f64], threshold: f64) -> usize {
    below.iter().skip(1).take_while(|&&sum| sum <= threshold).count()
}

/// The best `k` documents pushed so far. Documents are pushed in ascending address order, so
/// that of two equal scores the earlier (lower) address is the better, as in tantivy.
struct TopK {
    k: usize,
    /// A min-heap on the keys (see [`TopK::key`]): the worst kept document on top.
    heap: Vec<(u64, DocAddress)>,
    pushed: u32,
    /// The score to beat once `k` documents are kept (as `f64`, exact).
    threshold: f64,
}

impl TopK {
    fn new(k: usize) -> TopK {
        TopK { k, heap: Vec::with_capacity(k), pushed: 0, threshold: f64::NEG_INFINITY }
    }

    /// One integer that orders documents as (score, then earlier push) do: the score's bits
    /// made order-preserving, then the push count inverted.
    fn key(score: Score, pushed: u32) -> u64 {
        let bits = score.to_bits();
        let ordered = if bits >> 31 == 1 { !bits } else { bits | 0x8000_0000 };
        (u64::from(ordered) << 32) | u64::from(u32::MAX - pushed)
    }

    /// A document must score above this to enter.
    #[inline]
    fn threshold(&self) -> f64 {
        self.threshold
    }

    fn push(&mut self, score: Score, address: DocAddress) {
        let key = TopK::key(score, self.pushed);
        self.pushed += 1;
        if self.heap.len() < self.k {
            self.heap.push((key, address));
            self.sift_up(self.heap.len() - 1);
        } else if key > self.heap[0].0 {
            self.heap[0] = (key, address);
            self.sift_down(0);
        } else {
            return;
        }
        if self.heap.len() == self.k {
            self.threshold = f64::from(TopK::score_of(self.heap[0].0));
        }
    }

    fn score_of(key: u64) -> Score {
        let ordered = (key >> 32) as u32;
        let bits = if ordered >> 31 == 1 { ordered & 0x7fff_ffff } else { !ordered };
        Score::from_bits(bits)
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.heap[parent].0 <= self.heap[i].0 {
                break;
            }
            self.heap.swap(parent, i);
            i = parent;
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.heap.len();
        loop {
            let left = 2 * i + 1;
            if left >= len {
                break;
            }
            let right = left + 1;
            let child =
                if right < len && self.heap[right].0 < self.heap[left].0 { right } else { left };
            if self.heap[i].0 <= self.heap[child].0 {
                break;
            }
            self.heap.swap(i, child);
            i = child;
        }
    }

    /// Best first; equal scores by address.
    fn into_sorted(mut self) -> Vec<(Score, DocAddress)> {
        self.heap.sort_unstable_by_key(|&(key, _)| std::cmp::Reverse(key));
        self.heap.into_iter().map(|(key, address)| (TopK::score_of(key), address)).collect()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::indexer::NoMergePolicy;
    use tantivy::postings::Postings;
    use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
    use tantivy::schema::{Schema, STRING, TEXT};
    use tantivy::{doc, DocSet, Index, IndexWriter};

    use super::*;
    use tantivy::Searcher;

    /// A small deterministic random number generator (xorshift).
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    const WORDS: [&str; 10] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

    /// An index of `docs` random short texts over a small vocabulary (frequent words, many
    /// identical texts and so many equal scores) in several segments, with some deleted.
    fn random_index(seed: u64, docs: usize, segments: usize, deletes: usize) -> (Index, Schema) {
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING);
        let title = schema.add_text_field("title", TEXT);
        let body = schema.add_text_field("body", TEXT);
        let schema = schema.build();
        let index = Index::create_in_ram(schema.clone());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let mut rng = Rng(seed);
        // Word i appears with probability about 1/(i+1): skewed as in text.
        let text = |rng: &mut Rng, length: u64| {
            let mut words = Vec::new();
            for _ in 0..1 + rng.below(length) {
                let i = rng.below(WORDS.len() as u64) as usize;
                if rng.below(i as u64 + 1) == 0 {
                    words.push(WORDS[i]);
                }
            }
            words.join(" ")
        };
        for n in 0..docs {
            let doc =
                doc!(id => n.to_string(), title => text(&mut rng, 4), body => text(&mut rng, 30));
            writer.add_document(doc).unwrap();
            if (n + 1) % (docs / segments).max(1) == 0 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        for _ in 0..deletes {
            let n = rng.below(docs as u64);
            writer.delete_term(Term::from_field_text(id, &n.to_string()));
        }
        writer.commit().unwrap();
        (index, schema)
    }

    /// Every live document scored: the sum of its terms' BM25 scores in `f64`, rounded once.
    fn exhaustive(
        searcher: &Searcher,
        terms: &[WeightedTerm],
        k: usize,
    ) -> Vec<(Score, DocAddress)> {
        let mut all: Vec<(Score, DocAddress)> = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let mut sums = vec![None::<f64>; segment.max_doc() as usize];
            for WeightedTerm { term, boost } in terms {
                let Ok(weight) = Bm25Weight::for_terms(searcher, std::slice::from_ref(term)) else {
                    continue;
                };
                let weight = weight.boost_by(*boost);
                let inverted = segment.inverted_index(term.field()).unwrap();
                let fieldnorms = segment.fieldnorms_readers().get_field(term.field()).unwrap();
                let fieldnorms = fieldnorms.unwrap();
                let Some(mut postings) =
                    inverted.read_postings(term, IndexRecordOption::WithFreqs).unwrap()
                else {
                    continue;
                };
                while postings.doc() != TERMINATED {
                    let doc = postings.doc();
                    let score = weight.score(fieldnorms.fieldnorm_id(doc), postings.term_freq());
                    *sums[doc as usize].get_or_insert(0.0) += f64::from(score);
                    postings.advance();
                }
            }
            for (doc, sum) in sums.into_iter().enumerate() {
                let doc = doc as DocId;
                if segment.alive_bitset().is_some_and(|alive| alive.is_deleted(doc)) {
                    continue;
                }
                if let Some(sum) = sum {
                    all.push((sum as Score, DocAddress::new(ord as u32, doc)));
                }
            }
        }
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        all.truncate(k);
        all
    }

    fn random_terms(rng: &mut Rng, schema: &Schema) -> Vec<WeightedTerm> {
        let fields = [schema.get_field("title").unwrap(), schema.get_field("body").unwrap()];
        let mut terms: Vec<WeightedTerm> = Vec::new();
        for _ in 0..1 + rng.below(8) {
            let field = fields[rng.below(2) as usize];
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            let term = Term::from_field_text(field, word);
            if terms.iter().all(|t| t.term != term) {
                let boost = [1.0, 2.0, 0.3][rng.below(3) as usize];
                terms.push(WeightedTerm { term, boost });
            }
        }
        // Sometimes a word of no document.
        if rng.below(4) == 0 {
            terms.push(WeightedTerm { term: Term::from_field_text(fields[1], "zzz"), boost: 1.0 });
        }
        terms
    }

    #[test]
    fn the_same_top_k_as_scoring_every_document() {
        for (seed, docs, segments, deletes) in
            [(1, 300, 1, 0), (2, 3000, 3, 40), (3, 9000, 2, 500), (4, 200, 5, 100)]
        {
            let (index, schema) = random_index(seed, docs, segments, deletes);
            let searcher = index.reader().unwrap().searcher();
            let mut rng = Rng(seed * 7919);
            for _ in 0..30 {
                let terms = random_terms(&mut rng, &schema);
                for k in [1, 7, 110, 5000] {
                    let expected = exhaustive(&searcher, &terms, k);
                    let found = top_k(&TermCache::new(&searcher), &terms, k).unwrap();
                    assert_eq!(found, expected, "seed {seed}, k {k}, terms {terms:?}");
                }
            }
        }
    }

    #[test]
    fn ranks_as_tantivy_ranks_the_boolean_query() {
        let (index, schema) = random_index(5, 5000, 2, 30);
        let searcher = index.reader().unwrap().searcher();
        let mut rng = Rng(11);
        for _ in 0..20 {
            let terms = random_terms(&mut rng, &schema);
            let clauses: Vec<(Occur, Box<dyn Query>)> = terms
                .iter()
                .map(|t| {
                    let query = TermQuery::new(t.term.clone(), IndexRecordOption::WithFreqs);
                    let query: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(query), t.boost));
                    (Occur::Should, query)
                })
                .collect();
            let tantivy = searcher
                .search(&BooleanQuery::new(clauses), &TopDocs::with_limit(50).order_by_score())
                .unwrap();
            let found = top_k(&TermCache::new(&searcher), &terms, 50).unwrap();
            assert_eq!(found.len(), tantivy.len());
            // The same scores, but for the last bit (tantivy adds in `f32`, in cursor order).
            for ((mine, _), (theirs, _)) in found.iter().zip(&tantivy) {
                assert!((mine - theirs).abs() <= 1e-5 * theirs.abs(), "{mine} vs {theirs}");
            }
        }
    }

    #[test]
    fn nothing_for_k_zero_or_unknown_words() {
        let (index, schema) = random_index(6, 100, 1, 0);
        let searcher = index.reader().unwrap().searcher();
        let body = schema.get_field("body").unwrap();
        let a = WeightedTerm { term: Term::from_field_text(body, "a"), boost: 1.0 };
        let none = WeightedTerm { term: Term::from_field_text(body, "zzz"), boost: 1.0 };
        assert!(top_k(&TermCache::new(&searcher), &[a], 0).unwrap().is_empty());
        assert!(top_k(&TermCache::new(&searcher), &[none], 10).unwrap().is_empty());
        assert!(top_k(&TermCache::new(&searcher), &[], 10).unwrap().is_empty());
    }

    #[test]
    fn the_heap_keeps_the_earlier_of_equal_scores() {
        let mut top = TopK::new(2);
        for (score, doc) in [(1.0, 0), (2.0, 1), (1.0, 2), (2.0, 3), (2.0, 4), (3.0, 5)] {
            top.push(score, DocAddress::new(0, doc));
        }
        let docs: Vec<(Score, DocId)> =
            top.into_sorted().into_iter().map(|(s, a)| (s, a.doc_id)).collect();
        assert_eq!(docs, [(3.0, 5), (2.0, 1)]);
        assert_eq!(TopK::score_of(TopK::key(-1.5, 3)), -1.5);
        assert!(TopK::key(-1.0, 0) < TopK::key(0.0, 0) && TopK::key(0.5, 0) < TopK::key(2.0, 9));
    }
}
