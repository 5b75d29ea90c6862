//! Arabic spellings of a Latin-script word: a pattern over normalised Arabic letters, run as
//! an automaton over an index's term dictionary.
//!
//! Arabic news writes foreign names in Arabic letters (`Trump` → ترامب, `Merkel` → ميركل,
//! `Schalke` → شالكه), and not always the same way (ترامب / ترمب, جوجل / غوغل). A reader may
//! type the name in Latin letters; it then matches none of the articles that spell it in
//! Arabic. Rather than one transliteration, [`Pattern::from_latin`] describes every plausible
//! spelling at once: each Latin letter or letter group (`sch`, `ch`, `th`, `ou`, …) becomes a
//! set of Arabic renderings, each with a cost (0 for the usual one, more for the rarer ones:
//! `c` → ك 0 / س before e, i, y / تش 1; `g` → غ 0 / ج 0 / ق 1), short vowels may be left out
//! (as Arabic writes them), and a word-initial vowel gets its alef (or, rarer, ع). The pattern
//! is a small nondeterministic automaton over the UTF-8 bytes of normalised Arabic
//! ([`crate::analysis::normalize`]: no hamza on alef, ة as ه, ى as ي), with the cheapest
//! cost of each state carried along and anything over the budget dropped, so that it can walk
//! a term dictionary (a `tantivy_fst` automaton) and visit only the branches that can still
//! match. What it finds is a set of candidates; which of them are the name is decided by the
//! caller, with the index's document frequencies ([`crate::search::transliterate`]).

use tantivy_fst::Automaton;

/// Fewest letters a Latin word needs to get Arabic spellings: shorter ones (`Ma`, `Li`, `Bin`)
/// would match too many ordinary Arabic words.
pub const MIN_LATIN_LETTERS: usize = 4;

/// The highest cost of a spelling (see [`group`] for the costs), by the Latin word's length in
/// letters: one rare choice or two common ones for a short word, more for longer ones (which have more letters to render and so
/// more places where a spelling may differ).
pub fn budget_for(letters: usize) -> u8 {
    match letters {
        0..=5 => 2,
        6..=8 => 3,
        _ => 5,
    }
}

/// Renderings of one Latin letter group: Arabic text (empty: written as nothing) and cost.
type Slot = Vec<(&'static str, u8)>;

/// A cost that cannot be reached: the state is dead.
const DEAD: u8 = u8::MAX;

/// Every Arabic spelling of one Latin word, as an automaton over UTF-8 bytes.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Byte transitions out of each node: (byte, target node, cost of taking it).
    edges: Vec<Vec<(u8, u16, u8)>>,
    /// Empty transitions out of each node (always to a later node): (target, cost).
    skips: Vec<Vec<(u16, u8)>>,
    /// The node reached at the end of the word.
    accept: u16,
    budget: u8,
}

impl Pattern {
    /// The pattern of `word` (any case, Latin letters with or without accents), with the cost
    /// budget of its length; `None` if it has other characters or fewer than
    /// [`MIN_LATIN_LETTERS`] letters.
    pub fn from_latin(word: &str) -> Option<Pattern> {
        let letters = fold_latin(word)?;
        if letters.len() < MIN_LATIN_LETTERS {
            return None;
        }
        let slots = slots(&letters);
        Some(Pattern::new(&slots, budget_for(letters.len())))
    }

    fn new(slots: &[Slot], budget: u8) -> Pattern {
        let mut pattern =
            Pattern { edges: vec![Vec::new()], skips: vec![Vec::new()], accept: 0, budget };
        let mut from = 0u16;
        for slot in slots {
            let to = pattern.node();
            for &(text, cost) in slot {
                let bytes = text.as_bytes();
                if bytes.is_empty() {
                    pattern.skips[from as usize].push((to, cost));
                    continue;
                }
                let mut at = from;
                for (i, &byte) in bytes.iter().enumerate() {
                    let next = if i + 1 == bytes.len() { to } else { pattern.node() };
                    // The cost is paid on the first byte, so that a dear branch is cut early.
                    let paid = if i == 0 { cost } else { 0 };
                    pattern.edges[at as usize].push((byte, next, paid));
                    at = next;
                }
            }
            from = to;
        }
        pattern.accept = from;
        pattern
    }

    fn node(&mut self) -> u16 {
        self.edges.push(Vec::new());
        self.skips.push(Vec::new());
        (self.edges.len() - 1) as u16
    }

    /// The cost of spelling the word as `arabic` (normalised), or `None` if the pattern does
    /// not allow it within its budget.
    pub fn cost(&self, arabic: &str) -> Option<u8> {
        let mut state = self.start();
        for &byte in arabic.as_bytes() {
            state = self.accept(&state, byte);
            if !self.can_match(&state) {
                return None;
            }
        }
        let cost = state[self.accept as usize];
        (cost != DEAD).then_some(cost)
    }

    /// The state after reading `text` from `state`.
    pub fn run(&self, state: &[u8], text: &str) -> Vec<u8> {
        let mut state = state.to_vec();
        for &byte in text.as_bytes() {
            if !self.can_match(&state) {
                break;
            }
            state = self.accept(&state, byte);
        }
        state
    }

    /// The cost of the match `state` has reached, if it has.
    pub fn match_cost(&self, state: &[u8]) -> Option<u8> {
        let cost = state[self.accept as usize];
        (cost != DEAD).then_some(cost)
    }

    /// Follows the empty transitions from every live node (they only lead forward, so one
    /// pass in node order is enough).
    fn close(&self, state: &mut [u8]) {
        for node in 0..state.len() {
            let cost = state[node];
            if cost == DEAD {
                continue;
            }
            for &(to, extra) in &self.skips[node] {
                let total = cost.saturating_add(extra);
                if total <= self.budget && total < state[to as usize] {
                    state[to as usize] = total;
                }
            }
        }
    }
}

impl Automaton for Pattern {
    /// The cheapest cost of each node, [`DEAD`] where it cannot be reached within budget.
    type State = Vec<u8>;

    fn start(&self) -> Vec<u8> {
        let mut state = vec![DEAD; self.edges.len()];
        state[0] = 0;
        self.close(&mut state);
        state
    }

    fn is_match(&self, state: &Vec<u8>) -> bool {
        state[self.accept as usize] != DEAD
    }

    fn can_match(&self, state: &Vec<u8>) -> bool {
        state.iter().any(|&cost| cost != DEAD)
    }

    fn accept(&self, state: &Vec<u8>, byte: u8) -> Vec<u8> {
        let mut next = vec![DEAD; state.len()];
        for (node, &cost) in state.iter().enumerate() {
            if cost == DEAD {
                continue;
            }
            for &(b, to, extra) in &self.edges[node] {
                let total = cost.saturating_add(extra);
                if b == byte && total <= self.budget && total < next[to as usize] {
                    next[to as usize] = total;
                }
            }
        }
        self.close(&mut next);
        next
    }
}

/// The words of a stemmed dictionary that may be what the stemmer left of a spelling of a
/// [`Pattern`]: those that, after one of some `prefixes` (the stemmer's, which a name may start
/// with), begin a spelling. The spellings themselves are then rebuilt around each word found
/// ([`Pattern::run`] with the stemmer's suffixes).
pub struct StemPrefixOf<'a> {
    pattern: &'a Pattern,
    start: Vec<u8>,
}

impl<'a> StemPrefixOf<'a> {
    pub fn new(pattern: &'a Pattern, prefixes: &[String]) -> StemPrefixOf<'a> {
        let first = pattern.start();
        let mut start = first.clone();
        for prefix in prefixes {
            let after = pattern.run(&first, prefix);
            start.iter_mut().zip(after).for_each(|(cost, other)| *cost = (*cost).min(other));
        }
        StemPrefixOf { pattern, start }
    }
}

impl Automaton for StemPrefixOf<'_> {
    type State = Vec<u8>;

    fn start(&self) -> Vec<u8> {
        self.start.clone()
    }

    fn is_match(&self, state: &Vec<u8>) -> bool {
        self.pattern.can_match(state)
    }

    fn can_match(&self, state: &Vec<u8>) -> bool {
        self.pattern.can_match(state)
    }

    fn accept(&self, state: &Vec<u8>, byte: u8) -> Vec<u8> {
        self.pattern.accept(state, byte)
    }
}

/// `word` in lower-case ASCII letters, accents dropped (`Erdoğan` → `erdogan`, `Modrić` →
/// `modric`); `None` if it has anything but Latin letters.
pub fn fold_latin(word: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(word.len());
    for c in word.chars() {
        let c = c.to_lowercase().next().unwrap_or(c);
        let folded = match c {
            'a'..='z' => c,
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            _ => return None,
        };
        // Turkish ş, ç and Slavic š, č, ć are spelled ش and تش: keep what the accent said.
        match c {
            'ş' | 'ș' | 'š' => out.extend_from_slice(b"sh"),
            'ç' | 'č' | 'ć' => out.extend_from_slice(b"ch"),
            _ => out.push(folded as u8),
        }
    }
    Some(out)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The Latin word (folded) cut into letter groups, each with its Arabic renderings.
fn slots(word: &[u8]) -> Vec<Slot> {
    let mut slots = Vec::new();
    let mut i = 0;
    while i < word.len() {
        let (length, slot) = group(word, i);
        slots.push(slot);
        i += length;
    }
    slots
}

/// The letter group starting at `i` (its length) and its renderings. Costs: 0 for the usual
/// rendering (or one of two equally usual ones, as غ and ج for g), 1 for a common variant (a
/// short vowel left out, s voiced as ز, English i as اي), 2 for a rarer one (ط for t, ق for
/// k, ع for an initial vowel, o or u left out).
fn group(word: &[u8], i: usize) -> (usize, Slot) {
    let at = |k: usize| word.get(i + k).copied().unwrap_or(0);
    let rest = &word[i..];
    let initial = i == 0;
    let ends = |length: usize| i + length == word.len();
    let front = |c: u8| matches!(c, b'e' | b'i' | b'y');
    let (c, next) = (at(0), at(1));
    // `y` is a vowel after a consonant (Lynn, Happy), a consonant before a vowel or first.
    let vowel_y = c == b'y' && !initial && !is_vowel(next) && !is_vowel(word[i - 1]);
    if is_vowel(c) || vowel_y {
        return vowel_group(word, i);
    }
    let with = |length: usize, slot: Slot| (length, slot);
    let starts = |s: &[u8]| rest.starts_with(s);
    if starts(b"tsch") {
        return with(4, vec![("تش", 0), ("ش", 2)]);
    }
    if starts(b"sch") {
        return with(3, vec![("ش", 0)]);
    }
    if starts(b"tch") {
        return with(3, vec![("تش", 0), ("ش", 2)]);
    }
    if starts(b"ch") {
        return with(2, vec![("تش", 0), ("ش", 0), ("ك", 2), ("خ", 2), ("ج", 2)]);
    }
    if starts(b"cz") {
        return with(2, vec![("تش", 0), ("ش", 2), ("ج", 2)]);
    }
    if starts(b"ck") {
        return with(2, vec![("ك", 0), ("ق", 2)]);
    }
    if starts(b"cc") {
        return match at(2) {
            n if front(n) => with(2, vec![("تش", 0), ("كس", 2)]),
            _ => with(2, vec![("ك", 0), ("ق", 2)]),
        };
    }
    if starts(b"sh") || starts(b"sz") {
        return with(2, vec![("ش", 0), ("س", 2)]);
    }
    if starts(b"ph") {
        return with(2, vec![("ف", 0)]);
    }
    if starts(b"th") {
        return with(2, vec![("ث", 0), ("ت", 0), ("ذ", 2), ("ط", 2)]);
    }
    if starts(b"kh") {
        return with(2, vec![("خ", 0), ("ك", 2)]);
    }
    if starts(b"gh") {
        // Silent in English (Rights, Hugh), غ elsewhere (Ghana, Afghan).
        return with(2, vec![("غ", 0), ("", 2), ("ج", 2)]);
    }
    if starts(b"dh") {
        return with(2, vec![("د", 0), ("ذ", 0), ("ض", 2)]);
    }
    if starts(b"zh") {
        return with(2, vec![("ج", 0), ("ز", 2), ("ش", 2)]);
    }
    if starts(b"dj") {
        return with(2, vec![("ج", 0), ("دج", 2)]);
    }
    // p before b is one sound (Campbell is كامبل).
    if starts(b"pb") {
        return with(2, vec![("ب", 0)]);
    }
    if starts(b"wh") {
        return with(2, vec![("و", 0)]);
    }
    // Portuguese nh (Mourinho) is ني; elsewhere n then h (Tottenham).
    if starts(b"nh") && !initial {
        return with(2, vec![("نه", 0), ("ني", 1), ("ن", 2)]);
    }
    // Doubled consonants are written once (Arabic writes a shadda, which normalisation drops).
    let length = if next == c { 2 } else { 1 };
    let after = word.get(i + length).copied().unwrap_or(0);
    let slot: Slot = match c {
        b'b' => vec![("ب", 0)],
        b'p' => vec![("ب", 0), ("پ", 2)],
        b'f' => vec![("ف", 0)],
        b'v' => vec![("ف", 0), ("و", 2), ("ڤ", 2)],
        b'w' => vec![("و", 0), ("ف", 2)],
        b'm' => vec![("م", 0)],
        b'n' => vec![("ن", 0)],
        b'l' => vec![("ل", 0)],
        b'r' => vec![("ر", 0)],
        b't' => vec![("ت", 0), ("ط", 2)],
        b'd' => vec![("د", 0), ("ض", 2)],
        b'k' => vec![("ك", 0), ("ق", 2)],
        b'q' => vec![("ق", 0), ("ك", 0)],
        b'j' => vec![("ج", 0), ("ي", 2), ("خ", 2)],
        b'x' => vec![("كس", 0), ("كز", 2), ("ز", 2)],
        b'z' => vec![("ز", 0), ("تس", 2), ("س", 2)],
        b'y' => vec![("ي", 0)],
        b'c' if front(after) => vec![("س", 0), ("تش", 2), ("ش", 2)],
        // Final -ic, -ich of Slavic names is تش (Modrić, Đoković); otherwise ك.
        b'c' if ends(length) => vec![("ك", 0), ("تش", 2)],
        b'c' => vec![("ك", 0), ("ق", 2)],
        // g after n may be silent (Beijing, Washington).
        b'g' if i > 0 && word[i - 1] == b'n' => {
            vec![("غ", 0), ("ج", 1), ("", 2), ("ق", 2), ("ك", 2)]
        }
        b'g' => vec![("غ", 0), ("ج", 0), ("ق", 2), ("ك", 2), ("گ", 2)],
        // s between vowels or at the end is often voiced: ز (Windows, Jones).
        b's' if ends(length) || (i > 0 && is_vowel(word[i - 1]) && is_vowel(after)) => {
            vec![("س", 0), ("ز", 1), ("ص", 2)]
        }
        // German st-, sp- at the start is شت, شب (Steinmeier, Spahn).
        b's' if initial && matches!(after, b't' | b'p') => vec![("س", 0), ("ش", 2)],
        b's' => vec![("س", 0), ("ص", 2), ("ز", 2)],
        // h after a vowel at the end is silent or ه (Sarah); elsewhere ه or ح.
        b'h' if ends(1) => vec![("", 0), ("ه", 0), ("ح", 0)],
        b'h' => vec![("ه", 0), ("ح", 0), ("", 2)],
        _ => vec![("", 2)],
    };
    (length, slot)
}

/// The vowel group (one vowel letter or a digraph) at `i` and its renderings.
fn vowel_group(word: &[u8], i: usize) -> (usize, Slot) {
    let rest = &word[i..];
    let digraphs: [&[u8]; 16] = [
        b"ai", b"ay", b"ei", b"ey", b"ie", b"ee", b"ea", b"oo", b"ou", b"au", b"aw", b"ow", b"eu",
        b"oi", b"oy", b"ui",
    ];
    let length = match digraphs.iter().find(|d| rest.starts_with(d)) {
        // `ay`, `ey`, `oy` before a vowel: the y is a consonant (Maya, Bayern's a-y-e).
        Some(d) if d[1] == b'y' && rest.get(2).is_some_and(|&c| is_vowel(c)) => 1,
        Some(d) => d.len(),
        None => 1,
    };
    let group = &rest[..length];
    let slot: Slot = if i == 0 {
        match group {
            b"a" => vec![("ا", 0), ("ع", 2)],
            b"e" => vec![("ا", 0), ("اي", 1), ("ع", 2)],
            b"i" => vec![("اي", 0), ("ا", 0), ("ع", 2)],
            b"o" => vec![("او", 0), ("ا", 1), ("ع", 2)],
            b"u" => vec![("يو", 0), ("او", 0), ("ا", 1), ("ع", 2)],
            b"ai" | b"ay" | b"ei" | b"ey" => vec![("اي", 0), ("ا", 2)],
            b"au" | b"aw" | b"ou" | b"ow" => vec![("او", 0), ("ا", 2)],
            b"eu" => vec![("يو", 0), ("او", 2), ("اي", 2)],
            _ => vec![("ا", 0), ("اي", 2), ("او", 2), ("ع", 2)],
        }
    } else if i + length == word.len() {
        match group {
            b"a" => vec![("ا", 0), ("ه", 0), ("", 2)],
            // Final e is mostly silent (Merkle, Nike), or ه, ي, يه (Schalke, Jose).
            b"e" => vec![("", 0), ("ه", 1), ("ي", 1), ("يه", 2), ("ا", 2)],
            b"i" | b"y" | b"ie" | b"ee" | b"ea" => vec![("ي", 0), ("اي", 2)],
            b"o" | b"u" | b"oo" | b"ou" => vec![("و", 0)],
            b"ai" | b"ay" | b"ei" | b"ey" => vec![("اي", 0), ("ي", 0)],
            b"au" | b"aw" | b"ow" => vec![("او", 0), ("و", 0)],
            b"eu" => vec![("و", 0), ("يو", 2)],
            _ => vec![("وي", 0), ("ي", 2)],
        }
    } else {
        match group {
            b"a" => vec![("ا", 0), ("", 1), ("ي", 2)],
            b"e" => vec![("ي", 0), ("", 1), ("ا", 2)],
            // English i is often اي (Biden, Nike, Microsoft).
            b"i" => vec![("ي", 0), ("", 1), ("اي", 1)],
            b"y" => vec![("ي", 0), ("اي", 1), ("", 2)],
            b"o" => vec![("و", 0), ("", 2), ("ا", 2)],
            // English u is often ا (Trump, Hull), or يو (Human, Music).
            b"u" => vec![("و", 0), ("ا", 1), ("", 2), ("يو", 2)],
            b"ai" | b"ay" | b"ei" | b"ey" => vec![("اي", 0), ("ي", 0), ("ا", 2)],
            b"ie" | b"ee" | b"ea" => vec![("ي", 0), ("اي", 2)],
            b"oo" => vec![("و", 0)],
            b"ou" => vec![("و", 0), ("او", 2), ("ا", 2)],
            b"au" | b"aw" | b"ow" => vec![("او", 0), ("و", 0), ("ا", 2)],
            b"eu" => vec![("يو", 0), ("و", 2), ("وي", 2)],
            _ => vec![("وي", 0), ("اي", 2), ("ي", 2)],
        }
    };
    (length, slot)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Latin names as news agencies write them in Arabic (normalised: no hamza on alef, ة as
    /// ه, ى as ي): people, companies, clubs and cities, from Arabic news of the last decade.
    const PAIRS: &[(&str, &str)] = &[
        // People.
        ("Trump", "ترامب"),
        ("Trump", "ترمب"),
        ("Obama", "اوباما"),
        ("Merkel", "ميركل"),
        ("Macron", "ماكرون"),
        ("Putin", "بوتين"),
        ("Erdogan", "اردوغان"),
        ("Erdoğan", "اردوغان"),
        ("Steinmeier", "شتاينماير"),
        ("Pompeo", "بومبيو"),
        ("Zuckerberg", "زوكربيرغ"),
        ("Zuckerberg", "زوكربرغ"),
        ("Gandhi", "غاندي"),
        ("Modric", "مودريتش"),
        ("Neymar", "نيمار"),
        ("Messi", "ميسي"),
        ("Ronaldo", "رونالدو"),
        ("Guardiola", "غوارديولا"),
        ("Cecil", "سيسل"),
        ("Kasperczak", "كسبرجاك"),
        ("Anderson", "اندرسون"),
        ("Johnson", "جونسون"),
        ("Clinton", "كلينتون"),
        ("Hillary", "هيلاري"),
        ("Boris", "بوريس"),
        ("Sarkozy", "ساركوزي"),
        ("Hollande", "هولاند"),
        ("Netanyahu", "نتنياهو"),
        ("Shamsie", "شمسي"),
        ("Kamila", "كاميلا"),
        ("Javid", "جاويد"),
        ("Sajid", "ساجد"),
        ("Biden", "بايدن"),
        ("Tillerson", "تيلرسون"),
        ("Lavrov", "لافروف"),
        ("Kerry", "كيري"),
        ("Mandela", "مانديلا"),
        ("Mourinho", "مورينيو"),
        // Companies, products, organisations.
        ("Google", "غوغل"),
        ("Google", "جوجل"),
        ("Microsoft", "مايكروسوفت"),
        ("Windows", "ويندوز"),
        ("Samsung", "سامسونغ"),
        ("Apple", "ابل"),
        ("Facebook", "فيسبوك"),
        ("Twitter", "تويتر"),
        ("Alibaba", "عليبابا"),
        ("United", "يونايتد"),
        ("Airlines", "ايرلاينز"),
        ("Boeing", "بوينغ"),
        ("Airbus", "ايرباص"),
        ("Viagra", "فياغرا"),
        ("Campbell", "كامبل"),
        ("Brexit", "بريكست"),
        ("Happy", "هابي"),
        ("Electric", "الكتريك"),
        ("General", "جنرال"),
        // Clubs.
        ("Schalke", "شالكه"),
        ("Tottenham", "توتنهام"),
        ("Chelsea", "تشيلسي"),
        ("Arsenal", "ارسنال"),
        ("Juventus", "يوفنتوس"),
        ("Liverpool", "ليفربول"),
        // Cities and countries.
        ("Paris", "باريس"),
        ("Berlin", "برلين"),
        ("Moscow", "موسكو"),
        ("Geneva", "جنيف"),
        ("Texas", "تكساس"),
        ("Florida", "فلوريدا"),
        ("Manchester", "مانشستر"),
    ];

    /// Ordinary Arabic words (and other names) that a Latin name must not be read as: the
    /// pattern has to tell them apart by its letters and its budget alone. (Words it does
    /// allow, as جندي for `Gandhi`, are left out by the ranking of the index's spellings.)
    const NOT_PAIRS: &[(&str, &str)] = &[
        ("Trump", "تراب"),
        ("Trump", "ترم"),
        ("Trump", "ترامبولين"),
        ("Merkel", "مركز"),
        ("Merkel", "مركب"),
        ("Putin", "بطن"),
        ("Putin", "بوتيك"),
        ("Cecil", "سهل"),
        ("Cecil", "سيل"),
        ("Cecil", "سلسل"),
        ("Macron", "مكرم"),
        ("Macron", "ميكروب"),
        ("Modric", "مدرسه"),
        ("Modric", "مدريد"),
        ("London", "لدن"),
        ("Brexit", "برزت"),
        ("Obama", "عمامه"),
        ("Obama", "امام"),
        ("Jack", "جاكيت"),
        ("Lynn", "لبنان"),
        ("Messi", "مسيء"),
        ("Messi", "مسيح"),
        ("Pompeo", "بومب"),
        ("Neymar", "نمر"),
        ("Neymar", "نيام"),
        ("Schalke", "شلل"),
        ("Viagra", "فجر"),
        ("Kasperczak", "كسب"),
        ("Tottenham", "توطين"),
        ("Google", "غول"),
        ("Windows", "وند"),
        ("Happy", "حب"),
        ("Sarkozy", "سركز"),
    ];

    #[test]
    fn names_do_not_match_ordinary_words() {
        let matched: Vec<_> = NOT_PAIRS
            .iter()
            .filter_map(|(latin, arabic)| {
                let cost = Pattern::from_latin(latin).unwrap().cost(arabic)?;
                Some((latin, arabic, cost))
            })
            .collect();
        assert!(matched.is_empty(), "{matched:?}");
    }

    #[test]
    fn the_usual_rendering_costs_nothing_and_rarer_ones_more() {
        let cost = |latin: &str, arabic: &str| Pattern::from_latin(latin).unwrap().cost(arabic);
        assert_eq!(cost("Obama", "اوباما"), Some(0));
        assert_eq!(cost("Erdogan", "اردوغان"), Some(0));
        assert_eq!(cost("Erdogan", "اردوجان"), Some(0));
        // A short vowel left out: cheap, but not free.
        assert_eq!(cost("Cecil", "سيسيل"), Some(0));
        assert_eq!(cost("Cecil", "سيسل"), Some(1));
        // ط for t is rarer than ت.
        assert!(cost("Tottenham", "طوتنهام") > cost("Tottenham", "توتنهام"));
        // Paris is باريس, not بارز (a short i left out and the s voiced: the budget's end).
        assert!(cost("Paris", "بارز") > cost("Paris", "باريس"));
    }

    #[test]
    fn only_latin_words_long_enough_get_a_pattern() {
        assert!(Pattern::from_latin("Ma").is_none());
        assert!(Pattern::from_latin("Bin").is_none());
        assert!(Pattern::from_latin("ترامب").is_none());
        assert!(Pattern::from_latin("F35").is_none());
        assert!(Pattern::from_latin("Jack").is_some());
    }

    #[test]
    fn accents_are_folded_keeping_what_they_say() {
        assert_eq!(fold_latin("Erdoğan").unwrap(), b"erdogan");
        assert_eq!(fold_latin("Modrić").unwrap(), b"modrich");
        assert_eq!(fold_latin("Çavuşoğlu").unwrap(), b"chavushoglu");
        assert_eq!(fold_latin("MÜLLER").unwrap(), b"muller");
        assert!(fold_latin("Trump2").is_none());
    }

    #[test]
    fn names_match_their_arabic_spellings() {
        let missed: Vec<_> = PAIRS
            .iter()
            .filter(|(latin, arabic)| {
                let pattern = Pattern::from_latin(latin).unwrap();
                pattern.cost(arabic).is_none()
            })
            .collect();
        assert!(missed.is_empty(), "{missed:?}");
    }
}
