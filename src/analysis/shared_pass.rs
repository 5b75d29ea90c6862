//! One pass of tokenizing and normalising for both analyzers of a text.
//!
//! Every title and body is indexed twice: stemmed in the main field and as exact forms in its
//! `_exact` twin. Both start with the same steps (tokenize, drop long words, normalise), which
//! were a fifth of indexing time. tantivy indexes a document's fields one after another, in
//! field order, on one thread, so the main fields come just before their twins: the main
//! analyzer records the exact forms it computes on the way, and the exact analyzer, given the
//! very same text next, replays them instead of analysing it again.
//!
//! Rules: a recording is kept only once its stream ran to the end; it is replayed only for an
//! equal text (compared in full), once; a thread keeps the last [`KEPT`] recordings. Anything
//! else (another order, another thread, a query) analyses normally, so the result never
//! depends on whether a replay happened — only the time does.

use std::cell::RefCell;

use tantivy::tokenizer::{BoxTokenStream, TextAnalyzer, Token, TokenStream, Tokenizer};

/// Recordings kept per thread: a title and a body.
const KEPT: usize = 2;

/// The exact forms of one text, as the exact analyzer gives them.
#[derive(Default)]
struct Recording {
    text: String,
    /// The tokens' texts, end to end.
    terms: String,
    /// Each token, with its text as the end of its range in `terms`.
    tokens: Vec<Recorded>,
}

/// A token of a [`Recording`]: a [`Token`] without its own text, so that recording one
/// allocates nothing.
struct Recorded {
    /// Where the token's text ends in [`Recording::terms`] (it starts where the previous ends).
    end: usize,
    offset_from: usize,
    offset_to: usize,
    position: usize,
    position_length: usize,
}

thread_local! {
    static RECORDINGS: RefCell<Vec<Recording>> = const { RefCell::new(Vec::new()) };
}

/// Main analyzer: the exact-forms analyzer's tokens, each passed through `finish` (stop
/// words, stemming), recording the exact forms when `record` is set.
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
            // Exact forms are about as long as the text; news text has a word every 6–7 bytes.
            terms: String::with_capacity(text.len()),
            tokens: Vec::with_capacity(text.len() / 6),
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
                recording.terms.push_str(&exact.text);
                recording.tokens.push(Recorded {
                    end: recording.terms.len(),
                    offset_from: exact.offset_from,
                    offset_to: exact.offset_to,
                    position: exact.position,
                    position_length: exact.position_length,
                });
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

/// Exact-forms analyzer: replays a recording of the same text if there is one.
#[derive(Clone)]
pub struct ExactTokenizer {
    exact: TextAnalyzer,
    token: Token,
}

impl ExactTokenizer {
    pub fn new(exact: TextAnalyzer) -> Self {
        ExactTokenizer { exact, token: Token::default() }
    }
}

impl Tokenizer for ExactTokenizer {
    type TokenStream<'a> = BoxTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BoxTokenStream<'a> {
        let recorded = RECORDINGS.with(|kept| {
            let mut kept = kept.borrow_mut();
            let at = kept.iter().position(|r| r.text == text)?;
            Some(kept.remove(at))
        });
        match recorded {
            Some(recording) => {
                BoxTokenStream::new(Replay { recording, next: 0, start: 0, token: &mut self.token })
            }
            None => self.exact.token_stream(text),
        }
    }
}

struct Replay<'a> {
    recording: Recording,
    next: usize,
    start: usize,
    token: &'a mut Token,
}

impl TokenStream for Replay<'_> {
    fn advance(&mut self) -> bool {
        let Some(token) = self.recording.tokens.get(self.next) else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(&self.recording.terms[self.start..token.end]);
        self.token.offset_from = token.offset_from;
        self.token.offset_to = token.offset_to;
        self.token.position = token.position;
        self.token.position_length = token.position_length;
        self.start = token.end;
        self.next += 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
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
    fn replayed_exact_forms_equal_fresh_ones() {
        let mut fresh = exact_analyzer();
        let expected: Vec<_> = TEXTS.iter().map(|t| tokens(&mut fresh, t)).collect();
        let mut main = analyzer_with(Profile::Arshif, true);
        let mut exact = exact_analyzer();
        for (text, expected) in TEXTS.iter().zip(&expected) {
            let plain = tokens(&mut analyzer_with(Profile::Arshif, false), text);
            assert_eq!(tokens(&mut main, text), plain, "recording changes nothing");
            assert_eq!(&tokens(&mut exact, text), expected, "replay of {text:?}");
        }
        // Two texts recorded, then replayed in either order; a third, different text is not.
        tokens(&mut main, TEXTS[0]);
        tokens(&mut main, TEXTS[1]);
        assert_eq!(tokens(&mut exact, TEXTS[1]), expected[1]);
        assert_eq!(tokens(&mut exact, TEXTS[0]), expected[0]);
        assert_eq!(tokens(&mut exact, TEXTS[3]), expected[3]);
    }

    #[test]
    fn a_stream_left_unfinished_records_nothing() {
        let mut main = analyzer_with(Profile::Arshif, true);
        {
            let mut stream = main.token_stream("كلمة أولى ثانية");
            stream.advance();
        }
        RECORDINGS.with(|kept| assert!(kept.borrow().iter().all(|r| r.text != "كلمة أولى ثانية")));
    }
}
