//! Query words scored against the exact forms of articles ([`crate::index::forms`]).
//!
//! A form scores as tantivy's `TermQuery` would on an inverted field of the exact forms (how
//! arshif kept them up to index format 4): BM25 with the form's document frequency, the
//! article's number of forms as the field's length (coded to one byte as tantivy codes it) and
//! the average over the index, times the form's boost. The bonuses of word queries look the
//! forms up in their few best candidates ([`super::rerank`]); a query of stop words alone,
//! which has no stemmed word to find candidates with, reads every article's forms
//! ([`FormsQuery`]).

use tantivy::fieldnorm::FieldNormReader;
use tantivy::query::{Bm25StatisticsProvider, Bm25Weight, EnableScoring, Explanation, Query};
use tantivy::query::{Scorer, Weight};
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, TERMINATED};

use crate::analysis::exact_forms::form_hash;
use crate::index::forms::{DocForms, FormText, SegmentForms};

/// A query form on one text, with its boost.
#[derive(Debug, Clone, PartialEq)]
pub struct ExactForm {
    pub text: FormText,
    pub hash: u32,
    pub boost: f32,
}

impl ExactForm {
    pub fn new(text: FormText, form: &str, boost: f32) -> ExactForm {
        ExactForm { text, hash: form_hash(form), boost }
    }
}

/// The exact forms of every segment of a searcher, with the statistics BM25 needs.
#[derive(Clone)]
pub struct ExactForms {
    segments: Vec<SegmentForms>,
    total_docs: u64,
    totals: [u64; 2],
}

impl ExactForms {
    /// The exact forms of `searcher`'s segments.
    pub fn open(searcher: &Searcher) -> tantivy::Result<ExactForms> {
        let segments = searcher
            .segment_readers()
            .iter()
            .map(SegmentForms::open)
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut totals = [0u64; 2];
        for text in FormText::ALL {
            totals[text as usize] = segments.iter().map(|s| s.total(text)).sum();
        }
        // As tantivy counts documents for BM25: deleted ones too, until a merge drops them.
        let total_docs = searcher.total_num_docs()?;
        Ok(ExactForms { segments, total_docs, totals })
    }

    /// The number of articles whose text holds the form (deleted ones included).
    pub fn doc_freq(&self, text: FormText, hash: u32) -> u64 {
        self.segments.iter().map(|s| s.doc_freq(text, hash) as u64).sum()
    }

    /// The BM25 weight of `form` times its boost; `None` for a form of no article.
    pub fn weight(&self, form: &ExactForm) -> Option<Bm25Weight> {
        let doc_freq = self.doc_freq(form.text, form.hash);
        if doc_freq == 0 {
            return None;
        }
        let average = self.totals[form.text as usize] as Score / self.total_docs as Score;
        let weight = Bm25Weight::for_one_term_without_explain(doc_freq, self.total_docs, average);
        Some(weight.boost_by(form.boost))
    }

    /// The exact forms of the article at `address`, read once for all the query's forms.
    pub fn article(&self, address: DocAddress) -> ArticleForms<'_> {
        ArticleForms::of(&self.segments[address.segment_ord as usize], address.doc_id)
    }
}

/// The forms of an article's title and body, each with its length's field-norm code.
pub struct ArticleForms<'a> {
    texts: [(DocForms<'a>, u8); 2],
}

impl<'a> ArticleForms<'a> {
    /// The forms of `doc` of `segment`.
    fn of(segment: &'a SegmentForms, doc: DocId) -> ArticleForms<'a> {
        let fieldnorm_id = |text| FieldNormReader::fieldnorm_to_id(segment.length(text, doc));
        ArticleForms {
            texts: FormText::ALL.map(|text| (segment.entries(text, doc), fieldnorm_id(text))),
        }
    }

    /// The score of `form` (with its `weight`) here, if the article holds it.
    pub fn score(&self, form: &ExactForm, weight: &Bm25Weight) -> Option<Score> {
        let (forms, fieldnorm_id) = &self.texts[form.text as usize];
        let count = forms.count(form.hash);
        (count > 0).then(|| weight.score(*fieldnorm_id, count))
    }
}

/// The articles holding any of `forms`, scored by the sum of their BM25 scores: a query of stop
/// words alone, which has no stemmed word. It reads the forms of every article (about 10 ms for
/// 70,000 articles), which only such queries need.
#[derive(Debug, Clone)]
pub struct FormsQuery {
    forms: Vec<ExactForm>,
}

impl FormsQuery {
    pub fn new(forms: Vec<ExactForm>) -> FormsQuery {
        FormsQuery { forms }
    }
}

impl Query for FormsQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let searcher = enable_scoring.searcher().ok_or_else(|| {
            tantivy::TantivyError::InvalidArgument("exact forms need a searcher".to_string())
        })?;
        let forms = ExactForms::open(searcher)?;
        let weighted = self
            .forms
            .iter()
            .filter_map(|form| forms.weight(form).map(|weight| (form.clone(), weight)))
            .collect();
        Ok(Box::new(FormsWeight { weighted }))
    }
}

struct FormsWeight {
    weighted: Vec<(ExactForm, Bm25Weight)>,
}

impl Weight for FormsWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let weighted = self
            .weighted
            .iter()
            .map(|(form, weight)| (form.clone(), weight.boost_by(boost)))
            .collect();
        let mut scorer =
            FormsScorer { segment: SegmentForms::open(reader)?, weighted, doc: 0, score: 0.0 };
        scorer.settle();
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new("exact forms (BM25)", scorer.score()))
    }
}

struct FormsScorer {
    segment: SegmentForms,
    weighted: Vec<(ExactForm, Bm25Weight)>,
    doc: DocId,
    score: Score,
}

impl FormsScorer {
    /// Moves to the first article from `self.doc` on that holds a form, and scores it.
    fn settle(&mut self) {
        while self.doc < self.segment.docs() {
            let mut score = 0.0f64;
            let mut found = false;
            let article = ArticleForms::of(&self.segment, self.doc);
            for (form, weight) in &self.weighted {
                if let Some(s) = article.score(form, weight) {
                    score += s as f64;
                    found = true;
                }
            }
            if found {
                self.score = score as Score;
                return;
            }
            self.doc += 1;
        }
        self.doc = TERMINATED;
    }
}

impl DocSet for FormsScorer {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc += 1;
            self.settle();
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc != TERMINATED && target > self.doc {
            self.doc = target;
            self.settle();
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.segment.docs()
    }
}

impl Scorer for FormsScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}

/// An index of random texts of a dozen words whose exact forms are kept both by the forms
/// plugin and as an inverted field `exact` (the old way), to check one against the other.
#[cfg(test)]
pub(crate) mod test_index {
    use std::sync::Arc;

    use tantivy::indexer::NoMergePolicy;
    use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, TEXT};
    use tantivy::{doc, Index, IndexWriter};

    use crate::index::forms::FormsPlugin;

    pub const WORDS: [&str; 12] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];

    pub struct TestIndex {
        pub index: Index,
        pub writer: IndexWriter,
        pub body: Field,
        pub exact: Field,
    }

    /// 3,000 texts of 3 to 42 words, committed as three segments (no merges).
    pub fn build() -> TestIndex {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let indexing = TextFieldIndexing::default()
            .set_tokenizer("exact")
            .set_index_option(IndexRecordOption::WithFreqs);
        let exact =
            schema.add_text_field("exact", TextOptions::default().set_indexing_options(indexing));
        let index = Index::builder()
            .schema(schema.build())
            .register_plugin(Arc::new(FormsPlugin))
            .create_in_ram()
            .unwrap();
        index.tokenizers().register("exact", crate::analysis::exact_analyzer());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let mut state = 7u64;
        for n in 0..3000 {
            let mut text = Vec::new();
            for _ in 0..3 + n % 40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(WORDS[(state % 12) as usize]);
            }
            let text = text.join(" ");
            writer.add_document(doc!(body => text.clone(), exact => text)).unwrap();
            if n % 1000 == 999 {
                writer.commit().unwrap();
            }
        }
        TestIndex { index, writer, body, exact }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::Term;

    use super::*;

    /// Every document's score for `forms` (on the body) from the plugin's lists, and from
    /// tantivy's `TermQuery`s on the inverted field of the same forms.
    fn both_scores(
        test: &test_index::TestIndex,
        forms: &[(&str, f32)],
    ) -> (Vec<Score>, Vec<Score>) {
        let searcher = test.index.reader().unwrap().searcher();
        let exact_forms = ExactForms::open(&searcher).unwrap();
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            for doc in segment.doc_ids_alive() {
                let address = DocAddress::new(ord as u32, doc);
                let mut total = 0.0;
                for &(form, boost) in forms {
                    let form = ExactForm::new(FormText::Body, form, boost);
                    if let Some(weight) = exact_forms.weight(&form) {
                        total += exact_forms.article(address).score(&form, &weight).unwrap_or(0.0);
                    }
                }
                ours.push(total);
                let mut expected = 0.0;
                for &(form, boost) in forms {
                    let term = Term::from_field_text(test.exact, form);
                    let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    let weight = query.weight(EnableScoring::enabled_from_searcher(&searcher));
                    let mut scorer = weight.unwrap().scorer(segment, boost).unwrap();
                    // A fresh scorer stands on its first match, which may be past `doc`.
                    if scorer.doc() < doc {
                        scorer.seek(doc);
                    }
                    if scorer.doc() == doc {
                        expected += scorer.score();
                    }
                }
                theirs.push(expected);
            }
        }
        (ours, theirs)
    }

    #[test]
    fn forms_score_as_an_inverted_field_before_and_after_a_merge() {
        let mut test = test_index::build();
        test.writer.commit().unwrap();
        let forms = [("b", 0.3), ("k", 1.0), ("zz", 1.0)];
        let (ours, theirs) = both_scores(&test, &forms);
        assert_eq!(ours.len(), 3000);
        assert!(ours.iter().filter(|&&s| s > 0.0).count() > 1000, "some matches");
        assert_eq!(ours, theirs);
        // Delete the texts holding `f`, merge the three segments into one: the document
        // frequencies and lengths now leave those texts out, in both.
        test.writer.delete_term(Term::from_field_text(test.exact, "f"));
        test.writer.commit().unwrap();
        let segments = test.index.searchable_segment_ids().unwrap();
        test.writer.merge(&segments).wait().unwrap();
        let (ours, theirs) = both_scores(&test, &forms);
        assert!(ours.len() < 2500, "deleted: {}", ours.len());
        assert_eq!(test.index.searchable_segment_ids().unwrap().len(), 1);
        // tantivy estimates a merged segment's number of words from the documents' lengths
        // coded in one byte; the plugin counts them. The averages differ in the last digits.
        for (ours, theirs) in ours.iter().zip(&theirs) {
            assert!((ours - theirs).abs() <= 1e-5 * theirs.max(1.0), "{ours} against {theirs}");
            assert_eq!(*ours == 0.0, *theirs == 0.0);
        }
    }

    #[test]
    fn a_query_of_forms_alone_finds_and_ranks_as_an_or_of_term_queries() {
        let mut test = test_index::build();
        test.writer.commit().unwrap();
        let searcher = test.index.reader().unwrap().searcher();
        let forms = vec![
            ExactForm::new(FormText::Body, "c", 1.0),
            ExactForm::new(FormText::Body, "zz", 1.0),
            ExactForm::new(FormText::Title, "c", 1.0),
        ];
        let top = TopDocs::with_limit(50).order_by_score();
        let ours = searcher.search(&FormsQuery::new(forms), &top).unwrap();
        let term =
            TermQuery::new(Term::from_field_text(test.exact, "c"), IndexRecordOption::WithFreqs);
        let or = BooleanQuery::new(vec![(Occur::Should, Box::new(term) as Box<dyn Query>)]);
        let theirs = searcher.search(&or, &top).unwrap();
        assert_eq!(ours.len(), 50);
        assert_eq!(ours, theirs);
        let count = tantivy::collector::Count;
        assert_eq!(
            searcher
                .search(&FormsQuery::new(vec![ExactForm::new(FormText::Body, "c", 1.0)]), &count)
                .unwrap(),
            searcher.search(&or, &count).unwrap()
        );
    }
}
