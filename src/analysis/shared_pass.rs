//! One pass of tokenizing and normalising for the stemmed fields and the exact forms.
//!
//! Every title and body is indexed twice: stemmed in its field, and as the list of its exact
//! forms that the forms plugin keeps ([`crate::index::forms`]). Both start with the same steps
//! (tokenize, drop long words, normalise), which were a fifth of indexing time. tantivy gives
//! a document to its plugins on the same thread right after indexing its fields, so the main
//! analyzer records the hashes of the exact forms it computes on the way, and the plugin, given
//! the very same text, takes them instead of analysing it again.
//!
//! Rules: a recording is kept only once its stream ran to the end; it is taken only for an
//! equal text (compared in full), once; a thread keeps the last [`KEPT`] recordings. Anything
//! else (another order, another thread) analyses the text again, so the result never depends
//! on whether a recording was found — only the time does.

use std::cell::RefCell;

use tantivy::tokenizer::{BoxTokenStream, TextAnalyzer, Token, TokenStream, Tokenizer};

use super::exact_forms::form_hash;

/// Recordings kept per thread: a title and a body.
const KEPT: usize = 2;

/// The exact forms of one text, as hashes ([`form_hash`]), in the text's order.
struct Recording {
    text: String,
    hashes: Vec<u32>,
}

thread_local! {
    static RECORDINGS: RefCell<Vec<Recording>> = const { RefCell::new(Vec::new()) };
}

/// The hashes of the exact forms of `text` recorded by the main analyzer on this thread, if it
/// analysed this very text to the end and nobody took them yet.
pub fn take_recorded_forms(text: &str) -> Option<Vec<u32>> {
    RECORDINGS.with(|kept| {
        let mut kept = kept.borrow_mut();
        let at = kept.iter().rposition(|r| r.text == text)?;
        Some(kept.remove(at).hashes)
    })
}

/// Main analyzer: the exact-forms analyzer's tokens, each passed through `finish` (stop
/// words, stemming), recording the exact forms' hashes when `record` is set.
#[derive(Clone)]
pub struct MainTokenizer {
    exact: TextAnalyzer,
    finish: fn(&str, &mut String),
    record: bool,
    token: Token,
}

impl MainTokenizer {
    pub fn new(exact: TextAnalyzer, finish: fn(&str, &mut String), record: bool) -> Self {
        MainTokenizer { exact, finish, record, token: Token::default() }
    }
}

impl Tokenizer for MainTokenizer {
    type TokenStream<'a> = MainTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MainTokenStream<'a> {
        let recording = self.record.then(|| Recording {
            text: text.to_string(),
            // News text has a word every 6–7 bytes.
            hashes: Vec::with_capacity(text.len() / 6),
        });
        MainTokenStream {
            exact: self.exact.token_stream(text),
            finish: self.finish,
            token: &mut self.token,
            recording,
            ended: false,
        }
    }
}

pub struct MainTokenStream<'a> {
    exact: BoxTokenStream<'a>,
    finish: fn(&str, &mut String),
    token: &'a mut Token,
    recording: Option<Recording>,
    ended: bool,
}

impl TokenStream for MainTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while self.exact.advance() {
            let exact = self.exact.token();
            if let Some(recording) = &mut self.recording {
                recording.hashes.push(form_hash(&exact.text));
            }
            self.token.text.clear();
            (self.finish)(&exact.text, &mut self.token.text);
            if !self.token.text.is_empty() {
                self.token.offset_from = exact.offset_from;
                self.token.offset_to = exact.offset_to;
                self.token.position = exact.position;
                self.token.position_length = exact.position_length;
                return true;
            }
        }
        self.ended = true;
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

impl Drop for MainTokenStream<'_> {
    fn drop(&mut self) {
        if let (true, Some(recording)) = (self.ended, self.recording.take()) {
            RECORDINGS.with(|kept| {
                let mut kept = kept.borrow_mut();
                if kept.len() == KEPT {
                    kept.remove(0);
                }
                kept.push(recording);
            });
        }
    }
}

/// The hashes of the exact forms of `text`, analysed afresh with `exact` (the exact-forms
/// analyzer).
pub fn forms_of(exact: &mut TextAnalyzer, text: &str) -> Vec<u32> {
    let mut hashes = Vec::with_capacity(text.len() / 6);
    let mut stream = exact.token_stream(text);
    while let Some(token) = stream.next() {
        hashes.push(form_hash(&token.text));
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyzer_with, exact_analyzer, Profile};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    const TEXTS: [&str; 4] =
        ["والأمنيةُ في باريس، وقال إنّ NATO ٢٠٢٤م", "الضمانات الأمنية لأوكرانيا", "", "من إلى على"];

    #[test]
    fn recorded_forms_equal_fresh_ones() {
        let mut fresh = exact_analyzer();
        let expected: Vec<Vec<u32>> = TEXTS.iter().map(|t| forms_of(&mut fresh, t)).collect();
        assert_eq!(expected[3].len(), 3, "stop words have exact forms");
        let mut main = analyzer_with(Profile::Arshif, true);
        for (text, expected) in TEXTS.iter().zip(&expected) {
            let plain = tokens(&mut analyzer_with(Profile::Arshif, false), text);
            assert_eq!(tokens(&mut main, text), plain, "recording changes nothing");
            assert_eq!(take_recorded_forms(text).as_ref(), Some(expected), "{text:?}");
            assert_eq!(take_recorded_forms(text), None, "taken once");
        }
        // Two texts recorded, then taken in either order; a third, older one is gone.
        tokens(&mut main, TEXTS[3]);
        tokens(&mut main, TEXTS[0]);
        tokens(&mut main, TEXTS[1]);
        assert_eq!(take_recorded_forms(TEXTS[1]).as_ref(), Some(&expected[1]));
        assert_eq!(take_recorded_forms(TEXTS[0]).as_ref(), Some(&expected[0]));
        assert_eq!(take_recorded_forms(TEXTS[3]), None);
    }

    #[test]
    fn a_stream_left_unfinished_records_nothing() {
        let mut main = analyzer_with(Profile::Arshif, true);
        {
            let mut stream = main.token_stream("كلمة أولى ثانية");
            stream.advance();
        }
        assert_eq!(take_recorded_forms("كلمة أولى ثانية"), None);
    }
}
