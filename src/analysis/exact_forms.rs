//! Exact forms in one step: the words [`tokenize`](super::tokenize) cuts, each normalised (see
//! [`normalize`](super::normalize)) as it is copied out of the text.
//!
//! It gives the tokens of [`ArabicTokenizer`](super::tokenize::ArabicTokenizer) followed by a
//! [`MapFilter`](super::filter::MapFilter) that normalises and drops words over
//! [`MAX_TOKEN_CHARS`](super::MAX_TOKEN_CHARS), which the tests check, but touches each word
//! once instead of three times (copy, normalise into a buffer, swap). Every indexed word passes
//! here twice (title and body, main and exact fields share it): it was a tenth of indexing.

use std::ops::Range;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::is_too_long;
use super::normalize::normalize_into;
use super::tokenize::token_spans;

/// Cuts text into words and normalises each; words left empty or too long are dropped, their
/// positions kept empty.
#[derive(Clone, Default)]
pub struct ExactFormsTokenizer {
    token: Token,
}

pub struct ExactFormsStream<'a> {
    text: &'a str,
    spans: std::vec::IntoIter<Range<usize>>,
    token: &'a mut Token,
}

impl Tokenizer for ExactFormsTokenizer {
    type TokenStream<'a> = ExactFormsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ExactFormsStream<'a> {
        self.token.reset();
        ExactFormsStream { text, spans: token_spans(text).into_iter(), token: &mut self.token }
    }
}

impl TokenStream for ExactFormsStream<'_> {
    fn advance(&mut self) -> bool {
        for span in self.spans.by_ref() {
            // Every word takes a position, kept or not, so that phrases keep their gaps.
            self.token.position = self.token.position.wrapping_add(1);
            let word = &self.text[span.clone()];
            if is_too_long(word) {
                continue;
            }
            self.token.text.clear();
            normalize_into(word, &mut self.token.text);
            if !self.token.text.is_empty() {
                self.token.offset_from = span.start;
                self.token.offset_to = span.end;
                return true;
            }
        }
        false
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
    use tantivy::tokenizer::{TextAnalyzer, TokenStream};

    use super::super::filter::MapFilter;
    use super::super::normalize::normalize_into;
    use super::super::tokenize::ArabicTokenizer;
    use super::super::{is_too_long, MAX_TOKEN_CHARS};
    use super::ExactFormsTokenizer;

    type Tokens = Vec<(String, usize, usize, usize)>;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Tokens {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    /// The two-step chain this replaces: tokenize, then normalise (dropping long words).
    fn two_steps(text: &str) -> Tokens {
        let rule: fn(&str, &mut String) = |word, out| {
            if !is_too_long(word) {
                normalize_into(word, out);
            }
        };
        let chain =
            TextAnalyzer::builder(ArabicTokenizer::default()).filter(MapFilter::new(rule)).build();
        tokens(chain, text)
    }

    fn check(text: &str) {
        let fused = tokens(TextAnalyzer::from(ExactFormsTokenizer::default()), text);
        assert_eq!(fused, two_steps(text), "tokens of {text:?}");
    }

    #[test]
    fn gives_the_tokens_of_tokenizing_then_normalising() {
        let long = "ب".repeat(MAX_TOKEN_CHARS + 1);
        let texts = [
            "",
            " ،.!",
            "قال: والأمنيةُ «الحكومة»، وقال؛ نعم؟",
            "الضَّمَانَاتُ هٰذا روبرـــــت جميــل",
            "أحمد إعاذ آجن ٱلرحمن بنى مدرسة مدرسه",
            "عام ٢٠١٥ و۱۲۳ و3.5 و٣٫٥ و1,000",
            "ﻻ ﷲ ﺍﻟﻌﺮﺑﻴﺔ",
            "ک ی ۀ پاکستان",
            "Hello, Trump's FIFA l'armée snake_case CAFÉ",
            "\u{200F}القاهرة\u{200E} و\u{200C}الرياض \u{200B}جدة\u{FEFF}",
            "\u{064B}\u{064E} ـــ \u{200D}",
            "#دبي @عمان http://example.com/a?b=c",
            "中文 日本語 한국어 Ελληνικά русский",
        ];
        for text in texts {
            check(text);
        }
        check(&format!("قبل {long} بعد"));
        check(&long);
    }

    #[test]
    fn positions_stay_empty_where_words_are_dropped() {
        let long = "ب".repeat(MAX_TOKEN_CHARS + 1);
        let fused =
            tokens(TextAnalyzer::from(ExactFormsTokenizer::default()), &format!("قبل {long} بعد"));
        let positions: Vec<usize> = fused.iter().map(|t| t.1).collect();
        assert_eq!(positions, [0, 2]);
    }
}
