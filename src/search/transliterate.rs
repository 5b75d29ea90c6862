//! Latin-script query words matched to the Arabic spellings an index holds.
//!
//! A reader types `Kasperczak` or `Trump`; the articles write كسبرجاك, ترامب. For each Latin
//! word of a query (of at least [`MIN_LATIN_LETTERS`] letters, and rare in the index as
//! written: a word many articles write in Latin letters is found as it is), the pattern of
//! its plausible Arabic spellings ([`Pattern`]) is run over the term dictionary of the body's
//! words (exact forms when the index has them: normalised, not stemmed, so a name is not
//! confused with the stem of some other word). The words found are ranked by how cheap a
//! rendering they are, then by how many articles use them, and the best few — those as cheap
//! as the best, or nearly — become alternatives of the Latin word in the query
//! ([`super::query`]). A place the gazetteer knows by its English name (`London`) is looked up
//! there first: its Arabic name is the spelling.

use std::collections::HashMap;

use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::analysis::transliterate::{fold_latin, Pattern, MIN_LATIN_LETTERS};
use crate::extract::places::Gazetteer;
use crate::index::ArchiveIndex;

/// At most this many Arabic spellings per Latin word.
pub const MAX_SPELLINGS: usize = 3;

/// Spellings dearer than the best one by more than this are left out: when ترامب is a
/// perfect rendering, a word that drops a vowel and voices an s is more likely another word.
pub const COST_SLACK: u8 = 1;

/// A spelling must be in at least this many articles: fewer is a typo or a glued word.
pub const MIN_DOC_FREQ: u64 = 2;

/// A spelling the index holds with the definite article in this many articles or more (for
/// each one without) is taken for an ordinary Arabic word ([`ordinary_shares`]).
pub const ORDINARY_SHARE: f64 = 0.25;

/// A Latin word in more than this share of the articles (and more than [`LATIN_FREQUENT`]) is
/// searched as written only: the archive writes it in Latin letters often enough, or it is
/// an English word of the archive's (`the`, `news`) rather than a name.
pub const MAX_LATIN_SHARE: f64 = 0.001;

/// See [`MAX_LATIN_SHARE`]: in a small archive a few articles are not yet "often".
pub const LATIN_FREQUENT: f64 = 20.0;

/// An Arabic spelling of a Latin query word, as found in the index.
#[derive(Debug, Clone, PartialEq)]
pub struct Spelling {
    /// The word as the index holds it (normalised).
    pub arabic: String,
    /// How uncommon a rendering it is (0: the usual one).
    pub cost: u8,
    /// Articles that hold it.
    pub doc_freq: u64,
}

/// The Latin words of a query, each with the Arabic spellings the index holds.
#[derive(Debug, Clone, Default)]
pub struct Alternatives {
    /// (Latin word as the query analyser gave it, its spellings best first).
    pub words: Vec<(String, Vec<Spelling>)>,
}

/// True if `c` is a Latin letter (ASCII or with an accent [`fold_latin`] knows).
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
}

/// True if `word` (an analysed query word) is written in Latin letters only.
pub fn is_latin(word: &str) -> bool {
    !word.is_empty() && word.chars().all(is_latin_letter) && fold_latin(word).is_some()
}

/// The Arabic spellings of each Latin word among `words` (the query's exact forms) in the
/// index of `searcher`.
pub fn alternatives(
    archive: &ArchiveIndex,
    searcher: &Searcher,
    words: &[String],
) -> tantivy::Result<Alternatives> {
    let mut out = Alternatives::default();
    let field = archive.fields.exact.map_or(archive.fields.body, |e| e.body);
    let articles = searcher.num_docs().max(1) as f64;
    for word in words {
        if !is_latin(word) || fold_latin(word).is_none_or(|l| l.len() < MIN_LATIN_LETTERS) {
            // Short words (`Ma`, `Li`) would match too many Arabic words.
            continue;
        }
        let written = searcher.doc_freq(&Term::from_field_text(field, word))? as f64;
        if written > (articles * MAX_LATIN_SHARE).max(LATIN_FREQUENT) {
            continue;
        }
        let spellings = match gazetteer_spelling(searcher, field, word)? {
            Some(spelling) => vec![spelling],
            None => match Pattern::from_latin(word) {
                Some(pattern) => {
                    let mut found = spellings_in(searcher, field, &pattern)?;
                    found.retain(|s| s.doc_freq >= MIN_DOC_FREQ);
                    let mut names = Vec::with_capacity(found.len());
                    for spelling in found {
                        // The usual rendering is the name even when the archive uses it as a
                        // noun (الفياغرا); any other that looks like an Arabic word is more
                        // likely that word (جندي for `Gandhi` beside غاندي; قوات for `quot`).
                        let usual = spelling.cost == 0;
                        let (article, bare) = ordinary_shares(searcher, field, &spelling)?;
                        if bare < ORDINARY_SHARE && (usual || article < ORDINARY_SHARE) {
                            names.push(spelling);
                        }
                    }
                    best_spellings(names)
                }
                None => Vec::new(),
            },
        };
        if !spellings.is_empty() {
            out.words.push((word.clone(), spellings));
        }
    }
    Ok(out)
}

/// The Arabic name of a place the gazetteer knows by `word` (an English name), when the index
/// holds it as one word.
fn gazetteer_spelling(
    searcher: &Searcher,
    field: Field,
    word: &str,
) -> tantivy::Result<Option<Spelling>> {
    let Some(name) = Gazetteer::builtin_arabic_name_of(word) else { return Ok(None) };
    let arabic = crate::analysis::normalize::normalize(name);
    if arabic.contains(char::is_whitespace) || is_latin(&arabic) {
        return Ok(None);
    }
    let doc_freq = searcher.doc_freq(&Term::from_field_text(field, &arabic))?;
    Ok((doc_freq >= MIN_DOC_FREQ).then_some(Spelling { arabic, cost: 0, doc_freq }))
}

/// How much `spelling` looks like an Arabic word rather than a foreign name, as two shares
/// of its article count: how many articles hold it with the definite article (الجندي beside
/// جندي for `Gandhi`, الكامله beside كامله for `Kamila`: foreign names rarely take it), and,
/// when it starts with the article, how many hold the rest as a word of its own (البابا for
/// `Alibaba` is ال + بابا).
fn ordinary_shares(
    searcher: &Searcher,
    field: Field,
    spelling: &Spelling,
) -> tantivy::Result<(f64, f64)> {
    let share = |other: &str| -> tantivy::Result<f64> {
        let count = searcher.doc_freq(&Term::from_field_text(field, other))?;
        Ok(count as f64 / spelling.doc_freq.max(1) as f64)
    };
    let article = share(&format!("ال{}", spelling.arabic))?;
    let bare = match spelling.arabic.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => share(rest)?,
        _ => 0.0,
    };
    Ok((article, bare))
}

/// Every word of `field` that `pattern` matches, with its cost and article count (over all
/// segments).
pub fn spellings_in(
    searcher: &Searcher,
    field: Field,
    pattern: &Pattern,
) -> tantivy::Result<Vec<Spelling>> {
    let mut found: HashMap<Vec<u8>, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut terms = inverted.terms().search(pattern).into_stream()?;
        while terms.advance() {
            *found.entry(terms.key().to_vec()).or_default() += u64::from(terms.value().doc_freq);
        }
    }
    let mut spellings = Vec::with_capacity(found.len());
    for (key, doc_freq) in found {
        let Ok(arabic) = String::from_utf8(key) else { continue };
        if let Some(cost) = pattern.cost(&arabic) {
            spellings.push(Spelling { arabic, cost, doc_freq });
        }
    }
    Ok(spellings)
}

/// The spellings worth searching: in enough articles, within [`COST_SLACK`] of the cheapest,
/// at most [`MAX_SPELLINGS`], cheapest then most used first.
pub fn best_spellings(mut spellings: Vec<Spelling>) -> Vec<Spelling> {
    spellings.retain(|s| s.doc_freq >= MIN_DOC_FREQ);
    spellings.sort_by(|a, b| {
        a.cost.cmp(&b.cost).then(b.doc_freq.cmp(&a.doc_freq)).then(a.arabic.cmp(&b.arabic))
    });
    let Some(best) = spellings.first().map(|s| s.cost) else { return spellings };
    spellings.retain(|s| s.cost <= best + COST_SLACK);
    spellings.truncate(MAX_SPELLINGS);
    spellings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelling(arabic: &str, cost: u8, doc_freq: u64) -> Spelling {
        Spelling { arabic: arabic.to_string(), cost, doc_freq }
    }

    fn names(spellings: &[Spelling]) -> Vec<&str> {
        spellings.iter().map(|s| s.arabic.as_str()).collect()
    }

    #[test]
    fn the_cheapest_spellings_come_first_then_the_most_used() {
        let found = vec![
            spelling("ترمب", 2, 540),
            spelling("ترامب", 1, 3669),
            spelling("ترومب", 0, 1),
            spelling("ترامبو", 1, 20),
        ];
        // ترومب is in one article only: a typo, not a spelling.
        assert_eq!(names(&best_spellings(found)), ["ترامب", "ترامبو", "ترمب"]);
    }

    #[test]
    fn dearer_spellings_beyond_the_slack_and_the_cap_are_left_out() {
        // Paris: باريس is the usual rendering; بارز (a vowel left out, the s voiced) is an
        // Arabic word, however frequent.
        let found = vec![spelling("باريس", 0, 900), spelling("بارز", 2, 2000)];
        assert_eq!(names(&best_spellings(found)), ["باريس"]);
        let many: Vec<Spelling> = (0..6).map(|i| spelling(&format!("س{i}"), 0, 10)).collect();
        assert_eq!(best_spellings(many).len(), MAX_SPELLINGS);
    }

    #[test]
    fn latin_words_are_told_from_arabic_and_mixed_ones() {
        assert!(is_latin("trump"));
        assert!(is_latin("erdoğan"));
        assert!(!is_latin("ترامب"));
        assert!(!is_latin("f35"));
        assert!(!is_latin("trumpترامب"));
        assert!(!is_latin(""));
    }
}
