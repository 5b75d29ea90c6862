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
use super::tokenize::{cuts_by_class_alone, next_normalized_word, token_spans};

/// The number an exact form is kept as in an index ([`crate::index::forms`]): 32 bits of its
/// XXH3 hash.
pub fn form_hash(form: &str) -> u32 {
    xxhash_rust::xxh3::xxh3_64(form.as_bytes()) as u32
}

/// Cuts text into words and normalises each; words left empty or too long are dropped, their
/// positions kept empty.
#[derive(Clone, Default)]
pub struct ExactFormsTokenizer {
    token: Token,
}

pub struct ExactFormsStream<'a> {
    text: &'a str,
    words: Words,
    token: &'a mut Token,
}

/// How a text's words are found.
enum Words {
    /// Cut and normalised in one pass ([`next_normalized_word`]), from this byte on.
    OnePass(usize),
    /// Cut by [`token_spans`] (a text with characters for which UAX #29 decides), then
    /// normalised.
    Spans(std::vec::IntoIter<Range<usize>>),
}

impl Tokenizer for ExactFormsTokenizer {
    type TokenStream<'a> = ExactFormsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ExactFormsStream<'a> {
        self.token.reset();
        let words = if cuts_by_class_alone(text) {
            Words::OnePass(0)
        } else {
            Words::Spans(token_spans(text).into_iter())
        };
        ExactFormsStream { text, words, token: &mut self.token }
    }
}

impl TokenStream for ExactFormsStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let span = match &mut self.words {
                Words::OnePass(at) => {
                    match next_normalized_word(self.text, at, &mut self.token.text) {
                        Some(span) => span,
                        None => return false,
                    }
                }
                Words::Spans(spans) => {
                    let Some(span) = spans.next() else {
                        return false;
                    };
                    self.token.text.clear();
                    normalize_into(&self.text[span.clone()], &mut self.token.text);
                    span
                }
            };
            // Every word takes a position, kept or not, so that phrases keep their gaps.
            self.token.position = self.token.position.wrapping_add(1);
            if is_too_long(&self.text[span.clone()]) || self.token.text.is_empty() {
                continue;
            }
            self.token.offset_from = span.start;
            self.token.offset_to = span.end;
            return true;
        }
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
    fn gives_the_tokens_of_tokenizing_then_normalising_on_real_text() {
        // News text in Arabic with Latin names, digits and punctuation; the gazetteer's names
        // in many scripts; each line alone too, so that a line in one pass and its file in
        // the other (or the same one) are both checked.
        let texts = [
            include_str!("../../corpus/ap-ukraine-guarantees.txt"),
            include_str!("../../corpus/wire/2024-digest.jsonl"),
            include_str!("../../corpus/2019/2019-giza-museum-tutankhamun.md"),
            include_str!("../../corpus/2025/2025-kuwait-iphone-launch.txt"),
            include_str!("../../data/places.tsv"),
            include_str!("../../data/stopwords_ar.txt"),
        ];
        for text in texts {
            check(text);
            text.lines().for_each(check);
        }
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
