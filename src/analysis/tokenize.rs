//! Splits text into word tokens, keeping each token's byte range in the original text.
//!
//! Rules:
//! - start from Unicode word boundaries (UAX #29) and keep only runs of letters and digits;
//! - a token starts at a letter or digit; marks (harakat, shadda, U+0670) and tatweel that follow
//!   stay inside it, but one that starts a run is skipped (nothing to attach to);
//! - invisible characters (ZWNJ, ZWJ, ZWSP, RLM/LRM, bidi controls, BOM, soft hyphen) never split a
//!   word — not even ZWSP, where UAX #29 breaks — and are kept out of the token's edges, so
//!   offsets always cover the visible surface form;
//! - any other character splits (punctuation, symbols, spaces), including the `.` `:` `'` `,` `_`
//!   that UAX #29 keeps inside words: `انتهى.وقال` is two words, and `3.5` and `٣٫٥` both give
//!   `3`, `5`;
//! - a token is split where digits meet letters (`٢٠٢٤م` → `٢٠٢٤`, `م`; `و2023` → `و`, `2023`):
//!   a search for `2024` must find `٢٠٢٤م`; and where Arabic letters meet other letters, as in
//!   `الـCNN` or `لـNATO` (UAX #29 keeps those together);
//! - tokens keep their surface text (normalisation is a later filter), take consecutive
//!   positions, and report byte offsets into the original text, which snippets rely on.

use std::ops::Range;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

use super::normalize::{is_ignorable, is_invisible, push_normalized_char};

/// Tokenizer for Arabic (and mixed-script) text; see the module docs for its rules.
#[derive(Clone, Default)]
pub struct ArabicTokenizer {
    token: Token,
}

/// Token stream of [`ArabicTokenizer`].
pub struct ArabicTokenStream<'a> {
    text: &'a str,
    spans: std::vec::IntoIter<Range<usize>>,
    token: &'a mut Token,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        self.token.reset();
        ArabicTokenStream { text, spans: token_spans(text).into_iter(), token: &mut self.token }
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(span) = self.spans.next() else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(&self.text[span.clone()]);
        self.token.offset_from = span.start;
        self.token.offset_to = span.end;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Letters and digits of different classes do not share a token.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Digit,
    ArabicLetter,
    OtherLetter,
}

/// What a character does to the token around it.
#[derive(Clone, Copy)]
enum Kind {
    /// A letter or digit: starts or continues a token of its class.
    Base(Class),
    /// A visible mark or tatweel: belongs to the token before it.
    Attached,
    /// An invisible formatting character: neither part of the surface form nor a separator.
    Invisible,
    /// Anything else ends the token.
    Separator,
}

fn kind(c: char) -> Kind {
    // The common cases first: Unicode property lookups are slow, and this runs on every
    // character of every article.
    match c {
        'a'..='z' | 'A'..='Z' => return Kind::Base(Class::OtherLetter),
        '0'..='9' | '\u{0660}'..='\u{0669}' => return Kind::Base(Class::Digit),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
            return Kind::Base(Class::ArabicLetter)
        }
        c if c.is_ascii() => return Kind::Separator,
        _ => {}
    }
    if is_invisible(c) {
        Kind::Invisible
    } else if is_ignorable(c) || is_combining_mark(c) {
        Kind::Attached
    } else if c.is_numeric() {
        Kind::Base(Class::Digit)
    } else if c.is_alphabetic() {
        Kind::Base(if is_arabic(c) { Class::ArabicLetter } else { Class::OtherLetter })
    } else {
        Kind::Separator
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
    )
}

/// The byte ranges of the tokens of `text`, in order.
pub fn token_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = SpanBuilder::default();
    if all_within_one_word_class(text) {
        // Between two letters of Arabic or Latin script (or two digits) UAX #29 never breaks, so
        // for such text — nearly all news text — its segmentation adds nothing but time.
        for (start, c) in text.char_indices() {
            spans.push(start, c, false);
        }
        return spans.finish();
    }
    for (segment_start, segment) in text.split_word_bound_indices() {
        // A UAX #29 boundary between two visible word characters (e.g. between ideographs) is
        // kept; one next to an invisible character is ignored, so ZWSP cannot split a word.
        let mut at_boundary = spans.after_visible;
        for (i, c) in segment.char_indices() {
            spans.push(segment_start + i, c, at_boundary);
            at_boundary = false;
        }
    }
    spans.finish()
}

/// True if `text` is cut as [`token_spans`] cuts it by [`next_normalized_word`]: all its
/// characters are of the scripts in which UAX #29 never breaks a run of letters or digits, or
/// spaces, punctuation and invisible characters (nearly all news text), so UAX #29 plays no
/// part.
pub(crate) fn cuts_by_class_alone(text: &str) -> bool {
    all_within_one_word_class(text)
}

/// `text.chars().all(within_one_word_class)`, read from the UTF-8 bytes without decoding the
/// characters (every indexed text is checked: decoding was a few percent of indexing).
fn all_within_one_word_class(text: &str) -> bool {
    let bytes = text.as_bytes();
    // The byte at `i`, 0 past the end (valid UTF-8 never ends inside a character).
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < bytes.len() {
        i += match bytes[i] {
            0x00..=0x7F => 1,
            // U+0080–U+023F, U+0600–U+06FF.
            0xC2..=0xC8 | 0xD8..=0xDB => 2,
            // U+0240–U+024F.
            0xC9 if byte(i + 1) <= 0x8F => 2,
            // U+2000–U+203F, U+2040–U+206F.
            0xE2 if byte(i + 1) == 0x80 || (byte(i + 1) == 0x81 && byte(i + 2) <= 0xAF) => 3,
            // U+FEFF.
            0xEF if byte(i + 1) == 0xBB && byte(i + 2) == 0xBF => 3,
            _ => return false,
        };
    }
    true
}

/// The next word of `text` from byte `*at` on, for a text that [`cuts_by_class_alone`]: the
/// span [`token_spans`] gives, found in the same pass that writes its normalised form
/// ([`normalize_into`](super::normalize::normalize_into) of the span) to `out`, which is
/// cleared first. Moves `*at` past the word; `None` when no word is left.
///
/// One pass instead of three (cut, copy, normalise) and no list of spans: every indexed word
/// goes through here, and the three passes were a sixth of indexing time.
pub(crate) fn next_normalized_word(
    text: &str,
    at: &mut usize,
    out: &mut String,
) -> Option<Range<usize>> {
    out.clear();
    // The word being read: where it starts, where it ends so far, the class of its base
    // characters.
    let mut word: Option<(usize, usize, Class)> = None;
    let mut next = text.len();
    let bytes = text.as_bytes();
    let mut start = *at;
    while let Some(c) = text[start..].chars().next() {
        let end = start + c.len_utf8();
        // The commonest characters first, classed and normalised in one match; the rest as
        // `SpanBuilder::push` and `push_normalized_char` take them.
        let (kind, normalized) = match c {
            '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
                (Kind::Base(Class::ArabicLetter), Some(fold_arabic_letter(c)))
            }
            'a'..='z' | '0'..='9' => {
                let class = if c.is_ascii_digit() { Class::Digit } else { Class::OtherLetter };
                (Kind::Base(class), Some(c))
            }
            'A'..='Z' => (Kind::Base(Class::OtherLetter), Some(c.to_ascii_lowercase())),
            c if c.is_ascii() => (Kind::Separator, None),
            c => (kind(c), None),
        };
        match (kind, &mut word) {
            (Kind::Base(class), Some((_, word_end, current))) if *current == class => {
                *word_end = end;
            }
            (Kind::Base(_), Some(_)) => {
                // Another class starts another word, at this character.
                next = start;
                break;
            }
            (Kind::Base(class), None) => word = Some((start, end, class)),
            (Kind::Attached, Some((_, word_end, _))) => *word_end = end,
            // Marks with no word to attach to, and invisible characters, are no part of a
            // span's ends; inside a span they normalise to nothing.
            (Kind::Attached | Kind::Invisible, _) => {
                start = end;
                continue;
            }
            (Kind::Separator, Some(_)) => {
                next = end;
                break;
            }
            (Kind::Separator, None) => {
                start = end;
                continue;
            }
        }
        match normalized {
            Some(n) => out.push(n),
            None => push_normalized_char(c, out),
        }
        start = end;
        if let (Kind::Base(Class::ArabicLetter), Some((_, word_end, _))) = (kind, &mut word) {
            // Most of a word's characters are more Arabic letters: read them straight from
            // their two bytes (U+0600–U+067F start with 0xD8 or 0xD9) until something else.
            while let [lead @ (0xD8 | 0xD9), trail, ..] = bytes[start..] {
                let code = u32::from(lead & 0x1F) << 6 | u32::from(trail & 0x3F);
                match char::from_u32(code) {
                    Some(c @ ('\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')) => {
                        out.push(fold_arabic_letter(c));
                        start += 2;
                        *word_end = start;
                    }
                    _ => break,
                }
            }
        }
    }
    *at = next;
    word.map(|(start, end, _)| start..end)
}

/// [`push_normalized_char`] of an Arabic letter (U+0621–U+063A, U+0641–U+064A).
#[inline]
fn fold_arabic_letter(c: char) -> char {
    use super::normalize::{
        ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_MAKSURA, HEH, TEH_MARBUTA, YEH,
    };
    match c {
        ALEF_MADDA | ALEF_HAMZA_ABOVE | ALEF_HAMZA_BELOW => ALEF,
        ALEF_MAKSURA => YEH,
        TEH_MARBUTA => HEH,
        _ => c,
    }
}

/// Characters of scripts in which UAX #29 never breaks a run of letters or of digits (ASCII,
/// Latin, Arabic), and the spaces, punctuation and invisible characters around them: the
/// definition the byte check [`all_within_one_word_class`] is tested against.
#[cfg(test)]
fn within_one_word_class(c: char) -> bool {
    matches!(c, '\0'..='\u{024F}' | '\u{0600}'..='\u{06FF}' | '\u{2000}'..='\u{206F}' | '\u{FEFF}')
}

/// Builds token spans one character at a time.
#[derive(Default)]
struct SpanBuilder {
    spans: Vec<Range<usize>>,
    /// The token being built, and the class of its letters or digits.
    current: Option<(Range<usize>, Class)>,
    /// True while the last character seen was a visible part of `current`.
    after_visible: bool,
}

impl SpanBuilder {
    /// Adds the character `c` at byte `start`; `at_boundary` forces a new token at a letter.
    fn push(&mut self, start: usize, c: char, at_boundary: bool) {
        let end = start + c.len_utf8();
        match (kind(c), self.current.as_mut()) {
            (Kind::Base(class), Some((span, current_class)))
                if !at_boundary && *current_class == class =>
            {
                span.end = end;
            }
            (Kind::Base(class), _) => {
                self.spans.extend(self.current.take().map(|(span, _)| span));
                self.current = Some((start..end, class));
            }
            (Kind::Attached, Some((span, _))) => span.end = end,
            (Kind::Attached | Kind::Invisible, _) => {}
            (Kind::Separator, _) => self.spans.extend(self.current.take().map(|(span, _)| span)),
        }
        self.after_visible = self.current.as_ref().is_some_and(|(span, _)| span.end == end);
    }

    fn finish(mut self) -> Vec<Range<usize>> {
        self.spans.extend(self.current.map(|(span, _)| span));
        self.spans
    }
}

#[cfg(test)]
mod tests {
    use super::ArabicTokenizer;
    use tantivy::tokenizer::{TokenStream, Tokenizer};

    /// Tokenizes `text` and checks the surface forms its offsets point at, and that each token's
    /// text is that surface form and positions are consecutive.
    fn check(text: &str, expected: &[&str]) {
        let mut tokenizer = ArabicTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut surfaces = Vec::new();
        while let Some(token) = stream.next() {
            let surface = &text[token.offset_from..token.offset_to];
            assert_eq!(token.text, surface, "token text of {text:?}");
            assert_eq!(token.position, surfaces.len(), "position in {text:?}");
            surfaces.push(surface.to_string());
        }
        assert_eq!(surfaces, expected, "tokens of {text:?}");
    }

    #[test]
    fn splits_on_spaces_and_punctuation() {
        check("قال: والأمنيةُ", &["قال", "والأمنيةُ"]);
        check("«الحكومة»، وقال؛ نعم؟", &["الحكومة", "وقال", "نعم"]);
        check("Hello, happy tax payer!", &["Hello", "happy", "tax", "payer"]);
        check("", &[]);
        check(" ،.!", &[]);
    }

    #[test]
    fn splits_punctuation_that_uax29_keeps_inside_words() {
        check("انتهى.وقال", &["انتهى", "وقال"]);
        check("قال:والأمنية", &["قال", "والأمنية"]);
        check("3.5 ٣٫٥ 1,000", &["3", "5", "٣", "٥", "1", "000"]);
        check("l'armée snake_case", &["l", "armée", "snake", "case"]);
    }

    #[test]
    fn marks_and_tatweel_stay_inside() {
        check("الضَّمَانَاتُ", &["الضَّمَانَاتُ"]);
        check("هٰذا", &["هٰذا"]);
        check("روبرـــــت", &["روبرـــــت"]);
        check("جميــل", &["جميــل"]);
        check("cafe\u{301} x", &["cafe\u{301}", "x"]);
    }

    #[test]
    fn marks_and_tatweel_alone_make_no_token() {
        check("ـــ َ ّ", &[]);
        check("\u{64E}باريس", &["باريس"]);
    }

    #[test]
    fn invisible_characters_inside_do_not_split() {
        check("أو\u{200C}كرانيا", &["أو\u{200C}كرانيا"]);
        check("أو\u{200D}كرانيا", &["أو\u{200D}كرانيا"]);
        check("أو\u{200F}كرانيا", &["أو\u{200F}كرانيا"]);
        check("أو\u{200E}كرانيا", &["أو\u{200E}كرانيا"]);
        check("أو\u{200B}كرانيا", &["أو\u{200B}كرانيا"]);
        check("أو\u{AD}كرانيا", &["أو\u{AD}كرانيا"]);
        check("أو\u{200B}\u{200F}كرانيا", &["أو\u{200B}\u{200F}كرانيا"]);
    }

    #[test]
    fn invisible_characters_at_edges_are_left_out() {
        check("\u{200F}باريس\u{200E}", &["باريس"]);
        check("\u{200B}باريس\u{200B} \u{200F}", &["باريس"]);
        check("\u{2067}كييف\u{2069}، \u{FEFF}روسيا", &["كييف", "روسيا"]);
        check("\u{200F} \u{200B} \u{200C}", &[]);
    }

    #[test]
    fn digits_and_letters_split() {
        check("٢٠٢٤م", &["٢٠٢٤", "م"]);
        check("و2023", &["و", "2023"]);
        check("COVID-19", &["COVID", "19"]);
        check("G7 MH17", &["G", "7", "MH", "17"]);
        check("٢٠٢٤\u{200F}م", &["٢٠٢٤", "م"]);
    }

    #[test]
    fn arabic_and_other_letters_split() {
        check("الـCNN لـNATO", &["الـ", "CNN", "لـ", "NATO"]);
        check("فيParis", &["في", "Paris"]);
        check("ﻻNATO", &["ﻻ", "NATO"]);
    }

    #[test]
    fn the_byte_check_agrees_with_the_character_class_for_every_character() {
        use super::{all_within_one_word_class, within_one_word_class};
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(all_within_one_word_class(&alone), within_one_word_class(c), "{c:?}");
            let framed = format!("ب{c}a");
            assert_eq!(all_within_one_word_class(&framed), within_one_word_class(c), "{c:?}");
        }
        assert!(all_within_one_word_class(""));
        assert!(all_within_one_word_class("قال: والأمنيةُ \u{200F}٢٠٢٤م NATO ɏ \u{206F}\u{FEFF}"));
        assert!(!all_within_one_word_class("قال ﻻ"));
    }

    #[test]
    fn one_pass_words_are_the_spans_normalised() {
        use super::{cuts_by_class_alone, next_normalized_word, token_spans};
        use crate::analysis::normalize::normalize;
        let texts = [
            "",
            "  ،.",
            "قال: والأمنيةُ «الحكومة»، وقال؛ نعم؟ ٢٠٢٤م و2023 COVID-19 G7",
            "أو\u{200C}كرانيا \u{200F}باريس\u{200E} ـــ َ \u{64E}باريس روبرـــــت",
            "الـCNN فيParis ک ی ۀ café naïve ÀÉÎ",
        ];
        for text in texts {
            assert!(cuts_by_class_alone(text), "{text:?}");
            let (mut at, mut out, mut words) = (0, String::new(), Vec::new());
            while let Some(span) = next_normalized_word(text, &mut at, &mut out) {
                words.push((span, out.clone()));
            }
            let expected: Vec<_> = token_spans(text)
                .into_iter()
                .map(|span| (span.clone(), normalize(&text[span])))
                .collect();
            assert_eq!(words, expected, "{text:?}");
            assert_eq!(at, text.len());
        }
        assert!(!cuts_by_class_alone("中文"));
    }

    #[test]
    fn ideographs_stay_split_as_uax29_says() {
        check("中文", &["中", "文"]);
    }
}
