//! Arabic orthographic normalisation, applied to every token before stemming.
//!
//! Rules (a superset of Lucene's `ArabicNormalizer`):
//! - أ إ آ ٱ (hamza above/below, madda, wasla) → ا;
//! - ى (alef maksura) and Persian ی → ي; ة (teh marbuta) and ۀ → ه; Persian ک → ك;
//! - harakat, shadda, sukun, combining hamza/madda (U+064B–U+065F), superscript alef (U+0670),
//!   Quranic annotation marks (U+06D6–U+06ED) and tatweel (U+0640) are removed;
//! - zero-width characters, bidi marks and isolates, BOM and soft hyphen are removed;
//! - Arabic-Indic (٠–٩) and Eastern Arabic (۰–۹) digits → ASCII digits;
//! - presentation forms (U+FB50–FDFF, U+FE70–FEFF) are unfolded with NFKC first (ﻻ → لا);
//! - everything else is lower-cased (Latin names match whatever their case).

use unicode_normalization::UnicodeNormalization;

pub const ALEF: char = '\u{0627}';
pub const ALEF_MADDA: char = '\u{0622}';
pub const ALEF_HAMZA_ABOVE: char = '\u{0623}';
pub const ALEF_HAMZA_BELOW: char = '\u{0625}';
pub const ALEF_WASLA: char = '\u{0671}';
pub const ALEF_MAKSURA: char = '\u{0649}';
pub const YEH: char = '\u{064A}';
pub const FARSI_YEH: char = '\u{06CC}';
pub const TEH_MARBUTA: char = '\u{0629}';
pub const HEH: char = '\u{0647}';
pub const HEH_WITH_YEH_ABOVE: char = '\u{06C0}';
pub const KAF: char = '\u{0643}';
pub const KEHEH: char = '\u{06A9}';
pub const TATWEEL: char = '\u{0640}';
pub const SUPERSCRIPT_ALEF: char = '\u{0670}';

/// Appends the normalised form of `text` to `out`.
pub fn normalize_into(text: &str, out: &mut String) {
    for c in text.chars() {
        push_normalized(c, out);
    }
}

/// Appends the normalised form of one character of a text to `out` (none, one or several
/// characters).
#[inline]
pub fn push_normalized(c: char, out: &mut String) {
    if is_presentation_form(c) {
        // Ligatures unfold into several letters, each of which needs the rules below.
        for unfolded in std::iter::once(c).nfkc() {
            push_normalized_char(unfolded, out);
        }
    } else {
        push_normalized_char(c, out);
    }
}

/// Returns the normalised form of `text`.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// The ASCII digit for an Arabic-Indic (٠–٩) or Eastern Arabic (۰–۹) digit; other characters
/// unchanged.
pub fn ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

/// True if `c` is dropped by normalisation (marks, tatweel, invisible characters).
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}'
        | SUPERSCRIPT_ALEF
        | '\u{06D6}'..='\u{06ED}'
        | TATWEEL
    ) || is_invisible(c)
}

/// True if `c` is an invisible formatting character (zero-width, bidi, BOM, soft hyphen): the
/// ignorable characters that have no glyph, so the tokenizer keeps them out of token offsets.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
    )
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') && c != '\u{FEFF}'
}

/// The normalised form of a base Arabic letter (U+0621–U+063A, U+0641–U+064A): hamza-carrying
/// alefs are alef, alef maksura is yeh, teh marbuta is heh, the others are themselves.
#[inline]
pub(crate) fn normalize_base_letter(c: char) -> char {
    // A table over U+0620–U+064F, not a `match`: compiled to a jump table, the match cost an
    // indirect branch on every letter of every text.
    const TABLE: [char; 48] = {
        let mut table = ['\0'; 48];
        let mut i = 0;
        while i < 48 {
            let c = char::from_u32(0x0620 + i as u32).unwrap();
            table[i] = match c {
                ALEF_MADDA | ALEF_HAMZA_ABOVE | ALEF_HAMZA_BELOW => ALEF,
                ALEF_MAKSURA => YEH,
                TEH_MARBUTA => HEH,
                _ => c,
            };
            i += 1;
        }
        table
    };
    match (c as u32).checked_sub(0x0620) {
        Some(i) if i < 48 => TABLE[i as usize],
        _ => c,
    }
}

#[inline]
pub(crate) fn push_normalized_char(c: char, out: &mut String) {
    // Most characters of news text are base Arabic letters: settle them before the general
    // rules (this runs on every character indexed, and on every hit's body for snippets).
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') {
        out.push(normalize_base_letter(c));
        return;
    }
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_ignorable(c) {
        return;
    }
    let mapped = match c {
        ALEF_MADDA | ALEF_HAMZA_ABOVE | ALEF_HAMZA_BELOW | ALEF_WASLA => ALEF,
        ALEF_MAKSURA | FARSI_YEH => YEH,
        TEH_MARBUTA | HEH_WITH_YEH_ABOVE => HEH,
        KEHEH => KAF,
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => ascii_digit(c),
        // Arabic letters have no case: skip the (slow) lower-casing lookup.
        '\u{0600}'..='\u{06FF}' => c,
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(mapped);
}

#[cfg(test)]
mod tests {
    use super::normalize;

    fn check(input: &str, expected: &str) {
        assert_eq!(normalize(input), expected, "normalize({input:?})");
    }

    #[test]
    fn base_letters_by_the_table() {
        use super::normalize_base_letter as base;
        for code in 0x0600..0x0700u32 {
            let c = char::from_u32(code).unwrap();
            let expected = match c {
                'آ' | 'أ' | 'إ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                c => c,
            };
            assert_eq!(base(c), expected, "U+{code:04X}");
        }
        for c in ['a', '0', ' ', '\u{061F}', '\u{0650}', '\u{FEFB}', '\u{10FFFF}'] {
            assert_eq!(base(c), c);
        }
    }

    #[test]
    fn alef_forms() {
        check("آجن", "اجن");
        check("أحمد", "احمد");
        check("إعاذ", "اعاذ");
        check("ٱلرحمن", "الرحمن");
    }

    #[test]
    fn alef_maksura_and_persian_yeh() {
        check("بنى", "بني");
        check("موسیقی", "موسيقي");
    }

    #[test]
    fn teh_marbuta() {
        check("فاطمة", "فاطمه");
        check("الأمنية", "الامنيه");
    }

    #[test]
    fn tatweel() {
        check("روبرـــــت", "روبرت");
    }

    #[test]
    fn harakat_shadda_sukun() {
        check("مَبنا", "مبنا");
        check("علِي", "علي");
        check("بُوات", "بوات");
        check("ولداً", "ولدا");
        check("ولدٍ", "ولد");
        check("ولدٌ", "ولد");
        check("نلْسون", "نلسون");
        check("هتميّ", "هتمي");
        check("الضَّمَانَاتُ", "الضمانات");
    }

    #[test]
    fn superscript_alef_and_quranic_marks() {
        check("هٰذا", "هذا");
        check("الرَّحْمَٰنِ", "الرحمن");
    }

    #[test]
    fn invisible_characters() {
        check("أو\u{200C}كرانيا", "اوكرانيا");
        check("\u{200F}باريس\u{200E}", "باريس");
        check("\u{2067}كييف\u{2069}", "كييف");
        check("\u{FEFF}روسيا", "روسيا");
    }

    #[test]
    fn digits() {
        check("٢٠٢٤", "2024");
        check("۱۹۹۸", "1998");
        check("2024", "2024");
    }

    #[test]
    fn presentation_forms() {
        check("ﻻ", "لا");
        check("ﺍﻟﺴﻼﻡ", "السلام");
    }

    #[test]
    fn latin_is_lowercased() {
        check("NATO", "nato");
        check("Zelensky", "zelensky");
    }

    #[test]
    fn hamza_on_waw_and_yeh_are_kept() {
        check("مؤتمر", "مؤتمر");
        check("رئيس", "رئيس");
    }

    #[test]
    fn empty() {
        check("", "");
    }
}
