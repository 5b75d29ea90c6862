//! The one adapter that turns a pure per-word rule into a tantivy [`TokenFilter`].
//!
//! Rules:
//! - a rule is a function `Fn(word: &str, out: &mut String)` that writes the word's new text into
//!   `out` (which it receives empty);
//! - the token's text is replaced by what the rule wrote; offsets and positions are untouched, so
//!   they still point at the surface form;
//! - a token the rule leaves empty is dropped (its position stays unused, as with tantivy's own
//!   `RemoveLongFilter`).

use std::mem;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Wraps a rule as a token filter; see the module docs.
#[derive(Clone)]
pub struct MapFilter<F> {
    rule: F,
}

impl<F> MapFilter<F>
where
    F: Fn(&str, &mut String) + Clone + Send + Sync + 'static,
{
    pub fn new(rule: F) -> Self {
        MapFilter { rule }
    }
}

impl<F> TokenFilter for MapFilter<F>
where
    F: Fn(&str, &mut String) + Clone + Send + Sync + 'static,
{
    type Tokenizer<T: Tokenizer> = MapTokenizer<T, F>;

    fn transform<T: Tokenizer>(self, inner: T) -> MapTokenizer<T, F> {
        MapTokenizer { inner, rule: self.rule, buffer: String::new() }
    }
}

/// A tokenizer followed by a [`MapFilter`].
#[derive(Clone)]
pub struct MapTokenizer<T, F> {
    inner: T,
    rule: F,
    buffer: String,
}

impl<T, F> Tokenizer for MapTokenizer<T, F>
where
    T: Tokenizer,
    F: Fn(&str, &mut String) + Clone + Send + Sync + 'static,
{
    type TokenStream<'a> = MapTokenStream<'a, T::TokenStream<'a>, F>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MapTokenStream {
            tail: self.inner.token_stream(text),
            rule: &self.rule,
            buffer: &mut self.buffer,
        }
    }
}

/// Token stream of a [`MapTokenizer`].
pub struct MapTokenStream<'a, S, F> {
    tail: S,
    rule: &'a F,
    buffer: &'a mut String,
}

impl<S, F> TokenStream for MapTokenStream<'_, S, F>
where
    S: TokenStream,
    F: Fn(&str, &mut String),
{
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            self.buffer.clear();
            (self.rule)(&self.tail.token().text, self.buffer);
            let token = self.tail.token_mut();
            // Swapping keeps both allocations alive for the next tokens.
            mem::swap(&mut token.text, self.buffer);
            if !token.text.is_empty() {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::MapFilter;
    use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};

    /// Runs `text` through a whitespace tokenizer and `rule`; checks (text, position, offsets).
    fn check(rule: fn(&str, &mut String), text: &str, expected: &[(&str, usize, usize, usize)]) {
        let mut analyzer = TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(MapFilter::new(rule))
            .build();
        let mut stream = analyzer.token_stream(text);
        let mut tokens = Vec::new();
        while let Some(token) = stream.next() {
            let t = (token.text.clone(), token.position, token.offset_from, token.offset_to);
            tokens.push(t);
        }
        let expected: Vec<_> = expected
            .iter()
            .map(|&(text, position, from, to)| (text.to_string(), position, from, to))
            .collect();
        assert_eq!(tokens, expected, "filtered tokens of {text:?}");
    }

    fn upper(word: &str, out: &mut String) {
        out.push_str(&word.to_uppercase());
    }

    fn drop_short(word: &str, out: &mut String) {
        if word.len() > 2 {
            out.push_str(word);
        }
    }

    #[test]
    fn rewrites_text_keeps_offsets_and_positions() {
        check(upper, "ab cd", &[("AB", 0, 0, 2), ("CD", 1, 3, 5)]);
    }

    #[test]
    fn drops_tokens_left_empty() {
        check(drop_short, "a bcd e fgh", &[("bcd", 1, 2, 5), ("fgh", 3, 8, 11)]);
        check(drop_short, "a b", &[]);
    }
}
