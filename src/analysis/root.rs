//! A root-like key for light stems, for query expansion only (never indexed).
//!
//! [`root_key`] takes what [`stem::stem`](super::stem::stem) left of a word and reduces it much
//! further, so that forms the light stemmer keeps apart meet: pronoun and verb suffixes
//! (باركوها, باركتها), a final ا/ي of place names and their adjectives (تركيا, التركي;
//! بريطانيا, البريطانية), an imperfect or form-IV prefix (يتراجع, تراجع), and the long vowels
//! inside the word, which also joins spelling variants of foreign names (ترامب, ترمب;
//! أميركا, أمريكا) and some broken plurals (أجانب, أجنبي). It is far too aggressive to rank
//! with (قطار and قطر meet), so search uses it only to add, at a low weight, the index's words
//! that share a query word's key: see `Scoring::expand_weight`.
//!
//! Like the light stemmer, it leaves any word that is not only Arabic letters unchanged.

/// Suffixes: pronouns, the verb plural, the light stemmer's suffixes again (a pronoun may
/// have hidden them), and a final ا, ت, و or ي. Longest first; the first that fits is removed,
/// again and again, while ≥ 3 letters remain.
const SUFFIXES: &[&str] = &[
    "هما", "كما", "وا", "ها", "ان", "ات", "ون", "ين", "يه", "هم", "هن", "كم", "نا", "ه", "ا", "ت",
    "و", "ي",
];

/// One of these is removed from words of four letters or more (imperfect and form IV), then
/// a ت of forms V and VI (يتراجع, تراجع) under the same condition.
const PREFIXES: &[char] = &['ي', 'ت', 'ن', 'ا'];

/// Long vowels dropped inside a word (never its first or last letter).
const VOWELS: &[char] = &['ا', 'و', 'ي'];

/// The root-like key of a light stem.
pub fn root_key(stem: &str) -> String {
    if stem.is_empty() || !stem.chars().all(is_arabic_letter) {
        return stem.to_string();
    }
    let mut letters: Vec<char> = stem.chars().collect();
    while let Some(suffix) = SUFFIXES.iter().find(|s| ends_with(&letters, s, 3)) {
        letters.truncate(letters.len() - suffix.chars().count());
    }
    if letters.len() >= 4 && PREFIXES.contains(&letters[0]) {
        letters.remove(0);
        if letters.len() >= 4 && letters[0] == 'ت' {
            letters.remove(0);
        }
    }
    let last = letters.len().saturating_sub(1);
    let skeleton: Vec<char> = letters
        .iter()
        .enumerate()
        .filter(|&(i, c)| i == 0 || i == last || !VOWELS.contains(c))
        .map(|(_, &c)| c)
        .collect();
    if skeleton.len() >= 3 {
        letters = skeleton;
    }
    letters.into_iter().collect()
}

/// True if `letters` ends with `suffix` and at least `min_left` letters stay before it.
fn ends_with(letters: &[char], suffix: &str, min_left: usize) -> bool {
    let suffix: Vec<char> = suffix.chars().collect();
    letters.len() >= suffix.len() + min_left && letters.ends_with(&suffix)
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

#[cfg(test)]
mod tests {
    use super::root_key;
    use crate::analysis::analyze;

    /// The key of a written word, through the whole main analysis.
    fn key(word: &str) -> String {
        let stems = analyze(word);
        assert_eq!(stems.len(), 1, "{word:?} is one word");
        root_key(&stems[0])
    }

    #[test]
    fn forms_the_light_stemmer_splits_share_a_key() {
        for group in [
            &["ترامب", "ترمب", "لترامب"][..],
            &["أميركا", "أمريكا", "الأميركي", "الأمريكية", "الأميركيين"],
            &["تركيا", "التركي", "التركية", "لتركيا"],
            &["بريطانيا", "البريطانية", "البريطاني"],
            &["الأجانب", "أجنبي", "الأجنبية"],
            &["باركوها", "باركتها", "بارك"],
            &["يتراجع", "تراجع", "التراجع"],
            &["نشاطاتهم", "نشاطات", "النشاط"],
        ] {
            let keys: Vec<String> = group.iter().map(|w| key(w)).collect();
            assert!(keys.iter().all(|k| *k == keys[0]), "{group:?} → {keys:?}");
        }
    }

    #[test]
    fn different_words_keep_different_keys() {
        for (a, b) in [
            ("مصر", "نصر"),
            ("الحوثي", "الحرب"),
            ("الذهب", "الدولار"),
            ("ليبيا", "لبنان"),
            ("سوريا", "السودان"),
            ("العراق", "الإمارات"),
            ("كتاب", "مكتب"),
            ("روسيا", "إيران"),
        ] {
            assert_ne!(key(a), key(b), "{a} and {b}");
        }
    }

    #[test]
    fn short_and_foreign_words_are_kept() {
        assert_eq!(root_key("nato"), "nato");
        assert_eq!(root_key("2024"), "2024");
        assert_eq!(root_key("بيت"), "بيت");
        assert_eq!(root_key(""), "");
    }
}
