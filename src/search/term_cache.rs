//! The terms of one query, each looked up once in each segment's term dictionary.
//!
//! A word-only query looks up its stemmed words for the first stage, again for the BM25 weight
//! of each adjacent-pair phrase, and again for the lead bonus; a dictionary lookup costs a few
//! thousand instructions. [`TermCache`] keeps what the first lookup found, and is the
//! statistics provider of the query's BM25 weights: they come out the same as from the
//! searcher itself (same document frequencies, same field lengths).

use std::cell::RefCell;

use tantivy::postings::TermInfo;
use tantivy::query::{Bm25StatisticsProvider, Bm25Weight};
use tantivy::schema::Field;
use tantivy::{Score, Searcher, Term};

/// What the segments' dictionaries say of a term.
#[derive(Debug, Clone)]
pub struct TermEntry {
    /// Documents containing the term, over all segments (deleted ones included, as
    /// tantivy's statistics count them).
    pub doc_freq: u64,
    /// The term's postings in each segment, by segment ordinal.
    pub infos: Vec<Option<TermInfo>>,
}

/// Term lookups and field statistics of one query (one thread).
pub struct TermCache<'s> {
    searcher: &'s Searcher,
    terms: RefCell<Vec<(Term, TermEntry)>>,
    tokens: RefCell<Vec<(Field, u64)>>,
}

impl<'s> TermCache<'s> {
    pub fn new(searcher: &'s Searcher) -> TermCache<'s> {
        TermCache { searcher, terms: RefCell::default(), tokens: RefCell::default() }
    }

    pub fn searcher(&self) -> &'s Searcher {
        self.searcher
    }

    /// The term's entry, looked up in every segment the first time.
    pub fn entry(&self, term: &Term) -> tantivy::Result<TermEntry> {
        if let Some((_, entry)) = self.terms.borrow().iter().find(|(t, _)| t == term) {
            return Ok(entry.clone());
        }
        let segments = self.searcher.segment_readers();
        let mut infos = Vec::with_capacity(segments.len());
        let mut doc_freq = 0;
        for segment in segments {
            let info = segment.inverted_index(term.field())?.get_term_info(term)?;
            doc_freq += info.as_ref().map_or(0, |info| u64::from(info.doc_freq));
            infos.push(info);
        }
        let entry = TermEntry { doc_freq, infos };
        self.terms.borrow_mut().push((term.clone(), entry.clone()));
        Ok(entry)
    }

    /// Documents containing `term`, over all segments.
    pub fn doc_freq_of(&self, term: &Term) -> tantivy::Result<u64> {
        Ok(self.entry(term)?.doc_freq)
    }

    /// The BM25 weight of `term` times `boost`, as tantivy's `TermQuery` in a `BoostQuery`
    /// computes it, with the term's entry; `None` for a term of no document.
    pub fn term_weight(
        &self,
        term: &Term,
        boost: f32,
    ) -> tantivy::Result<Option<(Bm25Weight, TermEntry)>> {
        let entry = self.entry(term)?;
        if entry.doc_freq == 0 {
            return Ok(None);
        }
        // `Bm25Weight::for_terms` for one term, without its explanation.
        let total_docs = self.total_num_docs()?;
        let average = self.total_num_tokens(term.field())? as Score / total_docs as Score;
        let weight = Bm25Weight::for_one_term_without_explain(entry.doc_freq, total_docs, average);
        Ok(Some((weight.boost_by(boost), entry)))
    }
}

impl Bm25StatisticsProvider for TermCache<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        if let Some(&(_, total)) = self.tokens.borrow().iter().find(|(f, _)| *f == field) {
            return Ok(total);
        }
        let total = self.searcher.total_num_tokens(field)?;
        self.tokens.borrow_mut().push((field, total));
        Ok(total)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.searcher.total_num_docs()
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        Ok(self.entry(term)?.doc_freq)
    }
}
