//! Snippets: the parts of an article that best show why it matched, cut by characters.
//!
//! tantivy's own snippet generator counts bytes (an Arabic letter is two) and returns one
//! fragment, so arshif makes its own:
//! - the text is analysed with the index's analyzer, so `الأمنية` in a query marks `والأمنيةُ`
//!   in the text (the surface form, diacritics and all);
//! - fragments are chosen greedily, each covering query terms not yet shown, at most
//!   [`MAX_FRAGMENTS`]; a single fragment grows to the whole length budget;
//! - fragments start and end on word boundaries, whitespace is folded to single spaces, and
//!   fragments are joined with ` … ` (with a leading/trailing `…` where text was cut);
//! - highlight ranges are `[start, end)` offsets in characters (Unicode scalar values) of the
//!   snippet text.
//!
//! With no matched term in the text (a title-only match), the snippet is the text's start.

use std::collections::HashSet;

use serde::Serialize;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

/// Most fragments a snippet is made of.
pub const MAX_FRAGMENTS: usize = 3;
const ELLIPSIS: &str = "…";

/// A snippet and the character ranges of its matched words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<[usize; 2]>,
}

/// Byte range of one matched word in the source text, and which distinct term it is.
#[derive(Debug, Clone, Copy)]
struct Match {
    from: usize,
    to: usize,
    term: usize,
}

/// Finds the words of `text` whose analysed term is in `terms` (byte ranges).
fn find_matches(analyzer: &mut TextAnalyzer, text: &str, terms: &HashSet<String>) -> Vec<Match> {
    let mut ids: Vec<&str> = Vec::new();
    let mut matches = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let token = stream.token();
        if let Some(term) = terms.get(&token.text) {
            let id = ids.iter().position(|t| *t == term).unwrap_or_else(|| {
                ids.push(term);
                ids.len() - 1
            });
            matches.push(Match { from: token.offset_from, to: token.offset_to, term: id });
        }
    }
    matches
}

/// Character ranges of every word of `text` matching `terms` (for titles, shown whole).
pub fn highlight_all(
    analyzer: &mut TextAnalyzer,
    text: &str,
    terms: &HashSet<String>,
) -> Vec<[usize; 2]> {
    let matches = find_matches(analyzer, text, terms);
    let mut ranges = Vec::with_capacity(matches.len());
    let mut chars_before = 0;
    let mut last_byte = 0;
    for m in matches {
        chars_before += text[last_byte..m.from].chars().count();
        let len = text[m.from..m.to].chars().count();
        ranges.push([chars_before, chars_before + len]);
        chars_before += len;
        last_byte = m.to;
    }
    ranges
}

/// Makes a snippet of at most about `max_chars` characters (plus separators) from `text`.
pub fn make_snippet(
    analyzer: &mut TextAnalyzer,
    text: &str,
    terms: &HashSet<String>,
    max_chars: usize,
) -> Snippet {
    let max_chars = max_chars.max(20);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let char_at = |byte: usize| chars.partition_point(|(b, _)| *b < byte);
    let matches: Vec<Match> = find_matches(analyzer, text, terms)
        .into_iter()
        .map(|m| Match { from: char_at(m.from), to: char_at(m.to), term: m.term })
        .collect();
    let windows = choose_windows(&chars, &matches, max_chars);
    render(&chars, &windows, &matches)
}

/// Matches considered as fragment anchors: enough for any real article, and a bound on the
/// work for a pathological one (a word repeated thousands of times).
const MAX_ANCHORS: usize = 256;

/// A possible fragment around one match.
struct Candidate {
    window: (usize, usize),
    /// Query terms in the window not shown by earlier fragments.
    new_terms: HashSet<usize>,
    /// All matched words in the window.
    matches: usize,
}

impl Candidate {
    fn new(
        chars: &[(usize, char)],
        matches: &[Match],
        anchor: &Match,
        size: usize,
        covered: &HashSet<usize>,
    ) -> Candidate {
        let window = window_around(chars, anchor, size);
        let inside: Vec<&Match> =
            matches.iter().filter(|o| o.from >= window.0 && o.to <= window.1).collect();
        let new_terms = inside.iter().map(|o| o.term).filter(|t| !covered.contains(t)).collect();
        Candidate { window, new_terms, matches: inside.len() }
    }
}

/// Picks fragment windows `[start, end)` in characters, sorted and not overlapping.
fn choose_windows(
    chars: &[(usize, char)],
    matches: &[Match],
    max_chars: usize,
) -> Vec<(usize, usize)> {
    let len = chars.len();
    if matches.is_empty() {
        return vec![(0, snap_end(chars, 0, max_chars.min(len)))];
    }
    let fragment_len = (max_chars / 2).max(60).min(max_chars);
    let mut covered: HashSet<usize> = HashSet::new();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    let mut budget = max_chars;
    while windows.len() < MAX_FRAGMENTS && budget >= fragment_len.min(max_chars) / 2 {
        let size = fragment_len.min(budget);
        let best = matches
            .iter()
            .take(MAX_ANCHORS)
            .filter(|m| !windows.iter().any(|&(s, e)| m.from >= s && m.to <= e))
            .map(|m| Candidate::new(chars, matches, m, size, &covered))
            .filter(|c| !c.new_terms.is_empty())
            // Most new terms, then most matches; the earliest wins ties.
            .fold(None, |best: Option<Candidate>, c| match best {
                Some(b) if (b.new_terms.len(), b.matches) >= (c.new_terms.len(), c.matches) => {
                    Some(b)
                }
                _ => Some(c),
            });
        let Some(Candidate { window, new_terms, .. }) = best else {
            break;
        };
        covered.extend(new_terms);
        budget = budget.saturating_sub(window.1 - window.0);
        windows.push(window);
    }
    if windows.len() == 1 {
        // One region explains the match: show it at full length.
        windows[0] = window_around_range(chars, windows[0], max_chars);
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in windows {
        match merged.last_mut() {
            Some(last) if start <= last.1 + 1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// A window of about `size` characters with the match a quarter of the way in.
fn window_around(chars: &[(usize, char)], m: &Match, size: usize) -> (usize, usize) {
    let start = m.from.saturating_sub(size / 4);
    window_around_range(chars, (start, m.to), size)
}

/// Grows `(start, end)` to about `size` characters, right first, then left; snaps to words.
fn window_around_range(
    chars: &[(usize, char)],
    (start, end): (usize, usize),
    size: usize,
) -> (usize, usize) {
    let len = chars.len();
    let mut start = start.min(len);
    let mut end = (start + size).max(end).min(len);
    if end - start < size {
        start = end.saturating_sub(size);
    }
    start = snap_start(chars, start, end);
    end = snap_end(chars, start, end);
    // Keep the matched word whole even if snapping moved past it.
    (start, end.max(start))
}

/// Moves `start` forward to the beginning of a word (unless it already is at one).
fn snap_start(chars: &[(usize, char)], start: usize, limit: usize) -> usize {
    if start == 0 || chars[start - 1].1.is_whitespace() {
        return start;
    }
    let mut i = start;
    while i < limit && !chars[i].1.is_whitespace() {
        i += 1;
    }
    if i >= limit {
        start
    } else {
        i + 1
    }
}

/// Moves `end` back to the end of a word (unless the text ends there).
fn snap_end(chars: &[(usize, char)], start: usize, end: usize) -> usize {
    if end >= chars.len() || chars[end].1.is_whitespace() {
        return end;
    }
    let mut i = end;
    while i > start && !chars[i - 1].1.is_whitespace() {
        i -= 1;
    }
    if i <= start {
        end
    } else {
        i
    }
}

fn render(chars: &[(usize, char)], windows: &[(usize, usize)], matches: &[Match]) -> Snippet {
    let mut out = String::new();
    let mut out_len = 0; // characters in `out`
    let mut highlights = Vec::new();
    let push = |out: &mut String, out_len: &mut usize, s: &str| {
        out.push_str(s);
        *out_len += s.chars().count();
    };
    for (n, &(start, end)) in windows.iter().enumerate() {
        if n > 0 {
            push(&mut out, &mut out_len, &format!(" {ELLIPSIS} "));
        } else if start > 0 {
            push(&mut out, &mut out_len, &format!("{ELLIPSIS} "));
        }
        let mut pending_space = false;
        let mut wrote_any = false;
        // Matches inside this window, in text order (they never overlap).
        let mut inside = matches.iter().filter(|m| m.from >= start && m.to <= end).peekable();
        let mut open: Option<usize> = None;
        for (i, &(_, c)) in chars.iter().enumerate().take(end).skip(start) {
            if c.is_whitespace() {
                pending_space = wrote_any;
                continue;
            }
            if pending_space {
                push(&mut out, &mut out_len, " ");
                pending_space = false;
            }
            if inside.peek().is_some_and(|m| m.from == i) {
                open = Some(out_len);
            }
            out.push(c);
            out_len += 1;
            wrote_any = true;
            if let (Some(from), Some(m)) = (open, inside.peek()) {
                if m.to == i + 1 {
                    highlights.push([from, out_len]);
                    open = None;
                    inside.next();
                }
            }
        }
    }
    if windows.last().is_some_and(|&(_, end)| end < chars.len()) {
        push(&mut out, &mut out_len, &format!(" {ELLIPSIS}"));
    }
    Snippet { text: out, highlights }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis;

    fn terms(words: &[&str]) -> HashSet<String> {
        words.iter().flat_map(|w| analysis::analyze(w)).collect()
    }

    fn marked(snippet: &Snippet) -> String {
        let chars: Vec<char> = snippet.text.chars().collect();
        let mut out = String::new();
        let mut last = 0;
        for [s, e] in &snippet.highlights {
            out.extend(&chars[last..*s]);
            out.push('[');
            out.extend(&chars[*s..*e]);
            out.push(']');
            last = *e;
        }
        out.extend(&chars[last..]);
        out
    }

    #[test]
    fn marks_surface_forms_of_analysed_matches() {
        let mut a = analysis::arabic_analyzer();
        let text = "قال المسؤول إن الضَّماناتِ والأمنيةَ ستُناقش غداً.";
        let s = make_snippet(&mut a, text, &terms(&["الضمانات", "الأمنية"]), 200);
        assert_eq!(marked(&s), "قال المسؤول إن [الضَّماناتِ] [والأمنيةَ] ستُناقش غداً.");
    }

    #[test]
    fn cuts_by_characters_not_bytes() {
        let mut a = analysis::arabic_analyzer();
        let filler = "كلمة عربية طويلة نسبيا ".repeat(40);
        let text = format!("{filler}المفاوضات {filler}");
        let s = make_snippet(&mut a, &text, &terms(&["المفاوضات"]), 120);
        let len = s.text.chars().count();
        assert!((100..=130).contains(&len), "{len} chars: {}", s.text);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
        assert_eq!(s.highlights.len(), 1);
    }

    #[test]
    fn distant_terms_get_separate_fragments() {
        let mut a = analysis::arabic_analyzer();
        let filler = "نص لا علاقة له بالموضوع المطروح هنا ".repeat(30);
        let text = format!("بداية {filler} الزلزال {filler} المغرب {filler} نهاية");
        let s = make_snippet(&mut a, &text, &terms(&["الزلزال", "المغرب"]), 200);
        assert_eq!(s.text.matches('…').count(), 3, "{}", s.text);
        assert_eq!(s.highlights.len(), 2, "{}", marked(&s));
    }

    #[test]
    fn no_match_gives_the_start_of_the_text() {
        let mut a = analysis::arabic_analyzer();
        let text = "السطر الأول من الخبر.\nوالسطر الثاني منه.";
        let s = make_snippet(&mut a, text, &terms(&["غائب"]), 200);
        assert_eq!(s.text, "السطر الأول من الخبر. والسطر الثاني منه.");
        assert!(s.highlights.is_empty());
    }

    #[test]
    fn title_highlights_are_character_ranges() {
        let mut a = analysis::arabic_analyzer();
        let ranges = highlight_all(&mut a, "ضمانات أمنية لأوكرانيا", &terms(&["اوكرانيا"]));
        assert_eq!(ranges, [[13, 22]]);
    }
}
