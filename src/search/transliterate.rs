//! Latin-script query words matched to the Arabic spellings an index holds.
//!
//! A reader types `Kasperczak` or `Trump`; the articles write كسبرجاك, ترامب. For each Latin
//! word of a query (of at least [`MIN_LATIN_LETTERS`] letters, and rare in the index as
//! written: a word many articles write in Latin letters is found as it is), the pattern of
//! its plausible Arabic spellings ([`Pattern`]) is run over the term dictionary of the body's
//! words. Each word found is counted as written when the index keeps the exact forms (the
//! articles that hold it so, normalised but not stemmed, so that a name is not confused with
//! the stem of some other word), or else as a stem. The words are ranked by how cheap a
//! rendering they are, then by how many articles use them, and the best few — those as cheap
//! as the best, or nearly — become alternatives of the Latin word in the query
//! ([`super::query`]). A place the gazetteer knows by its English name (`London`) is looked up
//! there first: its Arabic name is the spelling.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use tantivy::schema::Field;
use tantivy::{Searcher, Term};
use tantivy_fst::Automaton;

use super::forms::ExactForms;
use crate::analysis::exact_forms::form_hash;
use crate::analysis::transliterate::{fold_latin, Pattern, StemPrefixOf, MIN_LATIN_LETTERS};
use crate::extract::places::Gazetteer;
use crate::index::forms::FormText;
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

/// How many articles' bodies hold a word: as written (an exact form) when the index keeps the
/// exact forms, else as a stem.
#[derive(Clone, Copy)]
pub struct BodyCounts<'a> {
    pub searcher: &'a Searcher,
    pub field: Field,
    pub forms: Option<&'a ExactForms>,
}

impl BodyCounts<'_> {
    fn doc_freq(&self, word: &str) -> tantivy::Result<u64> {
        match self.forms {
            Some(forms) => Ok(forms.doc_freq(FormText::Body, form_hash(word))),
            None => self.searcher.doc_freq(&Term::from_field_text(self.field, word)),
        }
    }
}

/// The Arabic spellings of each Latin word among `words` (the query's exact forms) in the
/// index of `searcher`, whose exact forms are `forms` (`None` in a lean index).
pub fn alternatives(
    archive: &ArchiveIndex,
    searcher: &Searcher,
    forms: Option<&ExactForms>,
    words: &[String],
) -> tantivy::Result<Alternatives> {
    let mut out = Alternatives::default();
    let field = archive.fields.body;
    let counts = BodyCounts { searcher, field, forms };
    let articles = searcher.num_docs().max(1) as f64;
    for word in words {
        if !is_latin(word) || fold_latin(word).is_none_or(|l| l.len() < MIN_LATIN_LETTERS) {
            // Short words (`Ma`, `Li`) would match too many Arabic words.
            continue;
        }
        let written = counts.doc_freq(word)? as f64;
        if written > (articles * MAX_LATIN_SHARE).max(LATIN_FREQUENT) {
            continue;
        }
        let spellings = match gazetteer_spelling(counts, word)? {
            Some(spelling) => vec![spelling],
            None => match Pattern::from_latin(word) {
                Some(pattern) => {
                    let mut found = spellings_in(counts, &pattern)?;
                    found.retain(|s| s.doc_freq >= MIN_DOC_FREQ);
                    let mut names = Vec::with_capacity(found.len());
                    for spelling in found {
                        // The usual rendering is the name even when the archive uses it as a
                        // noun (الفياغرا); any other that looks like an Arabic word is more
                        // likely that word (جندي for `Gandhi` beside غاندي; قوات for `quot`).
                        let usual = spelling.cost == 0;
                        let (article, bare) = ordinary_shares(counts, &spelling)?;
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
fn gazetteer_spelling(counts: BodyCounts, word: &str) -> tantivy::Result<Option<Spelling>> {
    let Some(name) = Gazetteer::builtin_arabic_name_of(word) else { return Ok(None) };
    let arabic = crate::analysis::normalize::normalize(name);
    if arabic.contains(char::is_whitespace) || is_latin(&arabic) {
        return Ok(None);
    }
    let doc_freq = counts.doc_freq(&arabic)?;
    Ok((doc_freq >= MIN_DOC_FREQ).then_some(Spelling { arabic, cost: 0, doc_freq }))
}

/// How much `spelling` looks like an Arabic word rather than a foreign name, as two shares
/// of its article count: how many articles hold it with the definite article (الجندي beside
/// جندي for `Gandhi`, الكامله beside كامله for `Kamila`: foreign names rarely take it), and,
/// when it starts with the article, how many hold the rest as a word of its own (البابا for
/// `Alibaba` is ال + بابا).
fn ordinary_shares(counts: BodyCounts, spelling: &Spelling) -> tantivy::Result<(f64, f64)> {
    let share = |other: &str| -> tantivy::Result<f64> {
        let count = counts.doc_freq(other)?;
        Ok(count as f64 / spelling.doc_freq.max(1) as f64)
    };
    let article = share(&format!("ال{}", spelling.arabic))?;
    let bare = match spelling.arabic.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => share(rest)?,
        _ => 0.0,
    };
    Ok((article, bare))
}

/// Every word of the body's dictionary that `pattern` matches, with its cost and article
/// count (see [`BodyCounts`]). With exact forms, the words as written: each stem of the
/// dictionary that may be what the stemmer left of a spelling, with the stemmer's affixes put
/// back around it in every way the pattern allows, counted as an exact form.
pub fn spellings_in(counts: BodyCounts, pattern: &Pattern) -> tantivy::Result<Vec<Spelling>> {
    if counts.forms.is_some() {
        return written_spellings_in(counts, pattern);
    }
    let mut found: HashMap<Vec<u8>, u64> = HashMap::new();
    for segment in counts.searcher.segment_readers() {
        let inverted = segment.inverted_index(counts.field)?;
        let mut terms = inverted.terms().search(pattern).into_stream()?;
        while terms.advance() {
            *found.entry(terms.key().to_vec()).or_default() += u64::from(terms.value().doc_freq);
        }
    }
    let mut spellings = Vec::with_capacity(found.len());
    for (key, doc_freq) in found {
        let Ok(arabic) = String::from_utf8(key) else { continue };
        if let Some(cost) = pattern.cost(&arabic) {
            let doc_freq = match counts.forms {
                Some(_) => counts.doc_freq(&arabic)?,
                None => doc_freq,
            };
            spellings.push(Spelling { arabic, cost, doc_freq });
        }
    }
    Ok(spellings)
}

fn written_spellings_in(counts: BodyCounts, pattern: &Pattern) -> tantivy::Result<Vec<Spelling>> {
    static AFFIXES: OnceLock<(Vec<String>, SuffixTrie)> = OnceLock::new();
    let (prefixes, suffixes) = AFFIXES.get_or_init(|| {
        let (prefixes, suffixes) = crate::analysis::stem::affixes();
        (prefixes, SuffixTrie::new(&suffixes))
    });
    let automaton = StemPrefixOf::new(pattern, prefixes);
    let mut stems: HashSet<Vec<u8>> = HashSet::new();
    for segment in counts.searcher.segment_readers() {
        let inverted = segment.inverted_index(counts.field)?;
        let mut terms = inverted.terms().search(&automaton).into_stream()?;
        while terms.advance() {
            stems.insert(terms.key().to_vec());
        }
    }
    // The prefixes a spelling may start with, each with the pattern's state after it.
    let start = pattern.start();
    let live: Vec<(&str, Vec<u8>)> = prefixes
        .iter()
        .map(|prefix| (prefix.as_str(), pattern.run(&start, prefix)))
        .filter(|(_, state)| pattern.can_match(state))
        .collect();
    let mut found: HashMap<String, Spelling> = HashMap::new();
    let mut matches = Vec::new();
    for stem in stems {
        let Ok(stem) = String::from_utf8(stem) else { continue };
        for (prefix, after) in &live {
            let state = pattern.run(after, &stem);
            if !pattern.can_match(&state) {
                continue;
            }
            matches.clear();
            suffixes.matches(pattern, 0, &state, &mut matches);
            for &(suffix, cost) in &matches {
                let arabic = format!("{prefix}{stem}{suffix}");
                if found.contains_key(&arabic) {
                    continue;
                }
                let doc_freq = counts.doc_freq(&arabic)?;
                if doc_freq > 0 {
                    found.insert(arabic.clone(), Spelling { arabic, cost, doc_freq });
                }
            }
        }
    }
    Ok(found.into_values().collect())
}

/// The stemmer's suffixes as a trie, so that the pattern reads each shared beginning once.
struct SuffixTrie {
    nodes: Vec<TrieNode>,
}

/// A node's children by byte, and the suffix that ends there, if one does.
type TrieNode = (Vec<(u8, usize)>, Option<String>);

impl SuffixTrie {
    fn new(suffixes: &[String]) -> SuffixTrie {
        let mut nodes: Vec<TrieNode> = vec![(Vec::new(), None)];
        for suffix in suffixes {
            let mut node = 0;
            for &byte in suffix.as_bytes() {
                node = match nodes[node].0.iter().find(|(b, _)| *b == byte) {
                    Some(&(_, child)) => child,
                    None => {
                        nodes.push((Vec::new(), None));
                        let child = nodes.len() - 1;
                        nodes[node].0.push((byte, child));
                        child
                    }
                };
            }
            nodes[node].1 = Some(suffix.clone());
        }
        SuffixTrie { nodes }
    }

    /// Adds to `out` every suffix under `node` with which `pattern`, in `state`, matches, with
    /// the match's cost.
    fn matches<'a>(
        &'a self,
        pattern: &Pattern,
        node: usize,
        state: &[u8],
        out: &mut Vec<(&'a str, u8)>,
    ) {
        let (children, suffix) = &self.nodes[node];
        if let (Some(suffix), Some(cost)) = (suffix, pattern.match_cost(state)) {
            out.push((suffix.as_str(), cost));
        }
        for &(byte, child) in children {
            let next = pattern.accept(&state.to_vec(), byte);
            if pattern.can_match(&next) {
                self.matches(pattern, child, &next, out);
            }
        }
    }
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
