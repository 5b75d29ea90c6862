//! Arabic stop words: function words (prepositions, particles, pronouns, demonstratives,
//! auxiliaries) that say nothing about an article's topic.
//!
//! Rules:
//! - the list is `data/stopwords_ar.txt`, written for arshif, compiled in;
//! - entries are normalised with the text's own rules when the list is loaded, so the list
//!   need not spell every hamza or ة variant (Lucene's list is not normalised and must run
//!   before its normaliser; this one runs after);
//! - a word is a stop word if it is in the list, or if it is و or ف attached to a listed word
//!   (وفي، فإن، وهو), the forms in which most function words occur in running text.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::normalize::normalize;

const LIST: &str = include_str!("../../data/stopwords_ar.txt");

/// The normalised list, and the byte length of its longest entry.
struct StopWords {
    // Fx: this runs on every word of every article, and SipHash showed in profiles.
    words: FxHashSet<String>,
    longest: usize,
}

fn stop_words() -> &'static StopWords {
    static WORDS: OnceLock<StopWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let words: FxHashSet<String> = LIST
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(normalize)
            .collect();
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        StopWords { words, longest }
    })
}

/// Number of distinct (normalised) stop words.
pub fn count() -> usize {
    stop_words().words.len()
}

/// True if the normalised `word` is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    let StopWords { words, longest } = stop_words();
    // Most words of a text are longer than any function word (with و or ف before it).
    if word.len() > longest + 'و'.len_utf8() {
        return false;
    }
    if words.contains(word) {
        return true;
    }
    match word.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.chars().count() >= 2 => words.contains(rest),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, stop: bool) {
        assert_eq!(is_stop_word(&normalize(word)), stop, "is_stop_word({word:?})");
    }

    #[test]
    fn the_list_is_large_enough() {
        assert!(count() >= 100, "{} stop words", count());
    }

    #[test]
    fn every_entry_is_one_normalised_word() {
        for line in LIST.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            assert!(!line.trim().contains(' '), "{line:?} is not one word");
        }
    }

    #[test]
    fn function_words_in_any_spelling() {
        for word in
            ["في", "إلى", "الى", "على", "عن", "أن", "ان", "إنّ", "هذه", "التي", "الّذي", "لكنّ"]
        {
            check(word, true);
        }
    }

    #[test]
    fn attached_waw_and_fa() {
        for word in ["وفي", "ومن", "فإن", "وهو", "ولا", "وقد"] {
            check(word, true);
        }
    }

    #[test]
    fn content_words_are_kept() {
        for word in ["الرياض", "وزير", "فلسطين", "وفد", "قطر", "مصر", "بيان", "فقط"]
        {
            let expected = word == "فقط";
            check(word, expected);
        }
    }
}
