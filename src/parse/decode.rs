//! Bytes to text: finds a file's encoding (unless the user forced one), refuses binary files,
//! decodes, and cleans the text of CRLF, NULs and control characters.
//!
//! Detection, first rule that applies:
//! 1. a UTF-16 byte order mark: UTF-16LE or UTF-16BE;
//! 2. a binary file signature (PNG, JPEG, PDF, ZIP, gzip, ELF, …): refused;
//! 3. UTF-16 without a byte order mark, by its pattern: in (nearly) every pair of bytes one is
//!    `0x00` or `0x06` (ASCII, Latin-1 or Arabic) and often `0x00`, the other almost never;
//! 4. a NUL byte before the end (trailing NULs, which old Windows tools left, are fine), or more
//!    than one byte in twenty of the first 256 KiB a control byte: binary, refused;
//! 5. a UTF-8 byte order mark, or valid UTF-8 (plain ASCII included): UTF-8;
//! 6. UTF-8 with a few invalid bytes (at least 20 well-formed non-ASCII characters per invalid
//!    sequence: a stray byte, a cut last character): UTF-8;
//! 7. otherwise a legacy code page. A text that reads as Arabic prose in windows-1256 or
//!    ISO-8859-6 (see `Reading`) is in that one. Else chardetng guesses; an Arabic code page is
//!    taken when it guesses one, with or without being told the file comes from an Arabic
//!    country's domain, and the text reads plausibly in it (short Arabic texts); else its guess
//!    without the hint (Russian in windows-1251, which the hint turns into windows-1256).
//!    Between windows-1256 and ISO-8859-6, the one that makes fewer implausible words wins,
//!    windows-1256 on a tie: they put letters at different bytes (ISO-8859-6 leaves 0xDB–0xDF
//!    and 0xF3–0xFF undefined, where windows-1256 has غ ـ ف ق ك and harakat; windows-1256 has
//!    ç è é ê ë at 0xE7–0xEB, where ISO-8859-6 has ه و ى ي), so a word whose letters all sit
//!    where they agree (ء to ض) can be either.
//!
//! A forced encoding skips detection but not the binary check, and a byte order mark still wins
//! over it (as in browsers: no legacy text starts with `ï»؟` or `ےþ`). Bytes the encoding cannot
//! decode become U+FFFD: a few are a warning naming the count, more (over 3 and over one
//! character in a hundred) an error. The encoding itself, detected or forced, is no warning.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::sync::OnceLock;

use encoding_rs::{ISO_8859_6, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1256};

/// A character encoding (an `encoding_rs` encoding).
pub type Encoding = &'static encoding_rs::Encoding;

/// Decoded text and what decoding had to say.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding the text was read in (detected or forced).
    pub encoding: Encoding,
    /// Lossy decoding: how many characters could not be decoded.
    pub warnings: Vec<String>,
}

/// The domain chardetng is told the bytes come from: any TLD it counts as Arabic makes
/// windows-1256 and ISO-8859-6 the expected encodings (`sa` and `eg` behave alike).
const ARABIC_TLD: &[u8] = b"sa";

/// How much of a file the guesses read: plenty for any guess, and fast on huge files.
const DETECTION_PREFIX: usize = 256 * 1024;

/// Binary: more than one byte (or character) in this many is a control.
const CONTROL_RATIO: usize = 20;

/// UTF-8 with invalid bytes is still UTF-8 when it has this many well-formed non-ASCII
/// characters per invalid sequence (legacy Arabic text has hardly any well-formed ones).
const UTF8_CHARS_PER_ERROR: usize = 20;

/// An Arabic reading is plausible with this many Arabic words per implausible one (it wins over
/// any guess of chardetng's when it is also Arabic prose) …
const ARABIC_PER_IMPLAUSIBLE: usize = 4;
/// … and prose when at least one Arabic word in this many opens with ال.
const WORDS_PER_AL: usize = 10;

/// Lossy decoding is an error past this many U+FFFD …
const MAX_REPLACED: usize = 3;
/// … when they are also more than one character in this many.
const REPLACED_RATIO: usize = 100;

/// `clean` looks for bytes to act on this many at a time.
const CLEAN_BLOCK: usize = 32;

/// Start-of-file signatures of binary formats that could be mistaken for text.
const SIGNATURES: [(&[u8], &str); 11] = [
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1F\x8B", "gzip data; name the file .gz"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Office document"),
    (b"\x7FELF", "ELF executable"),
    (b"SQLite format 3\0", "SQLite database"),
    (b"\xFD7zXZ\0", "xz data"),
];

/// Decodes `bytes`, in `forced` if given (unless a byte order mark says otherwise), else in the
/// encoding detected (see the module docs).
/// Errors say why the file is not text (`binary file (…)`, `cannot decode as …`).
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded, String> {
    let encoding = match forced {
        Some(forced) => {
            let bom = encoding_rs::Encoding::for_bom(bytes).map(|(encoding, _)| encoding);
            let encoding = bom.unwrap_or(forced);
            if !is_utf16(encoding) {
                refuse_binary(bytes)?;
            }
            encoding
        }
        None => detect(bytes)?,
    };
    let (text, lossy) = encoding.decode_with_bom_removal(bytes);
    if is_utf16(encoding) {
        refuse_control_chars(&text)?;
    }
    let warnings = if lossy { replacement_warnings(&text, encoding)? } else { Vec::new() };
    Ok(Decoded { text: clean(&text), encoding, warnings })
}

/// The encoding named `name`, by its WHATWG label (`utf-8`, `utf-16le`, `windows-1256`,
/// `cp1256`, `iso-8859-6`, `arabic`, `latin1`, …; any case).
pub fn encoding_for_label(name: &str) -> Result<Encoding, String> {
    match encoding_rs::Encoding::for_label(name.trim().as_bytes()) {
        // The "replacement" encoding decodes anything to one U+FFFD: never what is meant.
        Some(encoding) if encoding != encoding_rs::REPLACEMENT => Ok(encoding),
        _ => Err(format!(
            "unknown encoding `{name}`: use a label such as utf-8, utf-16le, utf-16be, \
             windows-1256 (cp1256), iso-8859-6 or windows-1252"
        )),
    }
}

/// CRLF, lone CR, vertical tab and form feed → LF (they break lines: Word exports manual line
/// breaks as vertical tabs, old files pages with form feeds); other control characters but tab
/// (NULs and C1 controls included) removed.
pub fn clean(text: &str) -> String {
    cleaned(text).into_owned()
}

/// [`clean`], borrowing `text` when there is nothing to clean (nearly always), so that a
/// clean text is not copied.
pub fn cleaned(text: &str) -> Cow<'_, str> {
    /// Bytes to act on: all are ASCII or the lead byte 0xC2 of a C1 control, so the runs of
    /// text copied whole between them end on character boundaries.
    fn to_clean(b: u8) -> bool {
        (b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7F) | (b == 0xC2)
    }
    let bytes = text.as_bytes();
    let mut clean = String::new();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Most blocks have nothing to clean; testing a whole block at once is vectorised.
        let end = bytes.len().min(i + CLEAN_BLOCK);
        if !bytes[i..end].iter().fold(false, |found, &b| found | to_clean(b)) {
            i = end;
            continue;
        }
        while i < end {
            let width = match bytes[i] {
                b'\n' | b'\t' => 0,
                0..=0x1F | 0x7F => 1,
                0xC2 if matches!(bytes.get(i + 1), Some(0x80..=0x9F)) => 2,
                _ => 0,
            };
            if width == 0 {
                i += 1;
                continue;
            }
            if clean.capacity() == 0 {
                clean.reserve(text.len());
            }
            clean.push_str(&text[run..i]);
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
                b'\r' | 0x0B | 0x0C => clean.push('\n'),
                _ => {}
            }
            i += width;
            run = i;
        }
    }
    if run == 0 {
        // Nothing was cleaned (a cleaned range always ends past 0).
        return Cow::Borrowed(text);
    }
    clean.push_str(&text[run..]);
    Cow::Owned(clean)
}

/// The encoding of `bytes` when none is forced, or why they are not text.
fn detect(bytes: &[u8]) -> Result<Encoding, String> {
    let bom = encoding_rs::Encoding::for_bom(bytes).map(|(encoding, _)| encoding);
    if let Some(encoding) = bom.filter(|&encoding| is_utf16(encoding)) {
        return Ok(encoding);
    }
    refuse_signature(bytes)?;
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(encoding);
    }
    refuse_binary(bytes)?;
    if bom == Some(UTF_8)
        || encoding_rs::Encoding::utf8_valid_up_to(bytes) == bytes.len()
        || mostly_utf8(bytes)
    {
        return Ok(UTF_8);
    }
    Ok(legacy(bytes))
}

fn is_utf16(encoding: Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

fn refuse_signature(bytes: &[u8]) -> Result<(), String> {
    match SIGNATURES.iter().find(|(signature, _)| bytes.starts_with(signature)) {
        Some((_, kind)) => Err(format!("binary file ({kind})")),
        None => Ok(()),
    }
}

/// Refuses bytes that are not text in any ASCII-compatible encoding.
fn refuse_binary(bytes: &[u8]) -> Result<(), String> {
    refuse_signature(bytes)?;
    let end = bytes.iter().rposition(|&b| b != 0 && !b.is_ascii_whitespace()).map_or(0, |i| i + 1);
    let content = &bytes[..end];
    // `contains` is a fast memchr; `position` only runs on binary files.
    if content.contains(&0) {
        let offset = content.iter().position(|&b| b == 0).unwrap_or_default();
        return Err(format!("binary file (NUL byte at offset {offset})"));
    }
    // Binary data shows at once: the start is enough.
    let sample = &content[..content.len().min(DETECTION_PREFIX)];
    let controls = sample.iter().filter(|&&b| is_control_byte(b)).count();
    if controls * CONTROL_RATIO > sample.len() {
        return Err(format!("binary file ({}% control bytes)", controls * 100 / sample.len()));
    }
    Ok(())
}

/// C0 controls and DEL, except those text files hold: tab, LF, vertical tab, form feed, CR,
/// and the end-of-file mark 0x1A of old DOS files. NUL is checked on its own.
fn is_control_byte(b: u8) -> bool {
    matches!(b, 0x01..=0x08 | 0x0E..=0x19 | 0x1B..=0x1F | 0x7F)
}

/// Refuses decoded text (UTF-16, where the byte check cannot apply) with too many controls.
fn refuse_control_chars(text: &str) -> Result<(), String> {
    let text = text.trim_end_matches('\0');
    let (mut controls, mut total) = (0, 0);
    for c in text.chars() {
        total += 1;
        controls += usize::from(c.is_control() && !matches!(c, '\t' | '\n' | '\x0B'..='\r'));
    }
    if controls * CONTROL_RATIO > total {
        return Err(format!("binary file ({}% control characters)", controls * 100 / total));
    }
    Ok(())
}

/// UTF-16 without a byte order mark, for the text this tool reads: ASCII, Latin-1 and Arabic
/// put `0x00` or `0x06` in the high byte of (nearly) every pair, and `0x00` in many (spaces,
/// digits, punctuation); the low byte is almost never `0x00`.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(DETECTION_PREFIX)];
    let units = sample.len() / 2;
    [(UTF_16LE, 1), (UTF_16BE, 0)].into_iter().find_map(|(encoding, high)| {
        let (mut zero_high, mut plausible_high, mut zero_low) = (0, 0, 0);
        for pair in sample.chunks_exact(2) {
            zero_high += usize::from(pair[high] == 0);
            plausible_high += usize::from(matches!(pair[high], 0x00 | 0x06));
            zero_low += usize::from(pair[1 - high] == 0);
        }
        let utf16 =
            zero_high * 10 >= units && plausible_high * 20 >= units * 19 && zero_low * 100 <= units;
        utf16.then_some(encoding)
    })
}

/// UTF-8 with a few invalid bytes (a stray byte from another encoding, a cut last character).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(DETECTION_PREFIX)];
    let (mut chars, mut errors, mut read) = (0, 0, 0);
    for chunk in sample.utf8_chunks() {
        // Lead bytes of well-formed sequences: one per non-ASCII character.
        chars += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        errors += usize::from(!chunk.invalid().is_empty());
        read += chunk.valid().len() + chunk.invalid().len();
        // Legacy text gives up early: the rest could not hold enough characters.
        if errors * UTF8_CHARS_PER_ERROR > chars + (sample.len() - read) / 2 {
            return false;
        }
    }
    chars >= errors * UTF8_CHARS_PER_ERROR
}

/// The legacy code page of `bytes` (they are not UTF-8).
fn legacy(bytes: &[u8]) -> Encoding {
    let prefix = &bytes[..bytes.len().min(DETECTION_PREFIX)];
    // `min_by_key` keeps the first of equals: windows-1256 on a tie.
    let (arabic, reading) = arabic_code_pages()
        .iter()
        .map(|(encoding, classes)| {
            (*encoding, Reading::of(prefix.iter().map(|&b| classes[usize::from(b)])))
        })
        .min_by_key(|(_, reading)| (reading.implausible, Reverse(reading.with_al)))
        .unwrap_or((WINDOWS_1256, Reading::default()));
    if reading.is_arabic_prose() {
        return arabic;
    }
    // chardetng is slow (megabytes a second), hence only asked when the reading did not settle it.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(prefix, prefix.len() == bytes.len());
    let guess = |tld| detector.guess(tld, chardetng::Utf8Detection::Deny);
    let is_arabic = |encoding| encoding == WINDOWS_1256 || encoding == ISO_8859_6;
    // Told of an Arabic domain, chardetng leans to Arabic code pages (right for short Arabic
    // texts, wrong for Russian in windows-1251) and all but rules out Cyrillic, Greek, Turkish,
    // CJK…: its Arabic guess is taken when nothing speaks against it, else its guess without the
    // hint.
    let generic = guess(None);
    if is_arabic(generic) || (is_arabic(guess(Some(ARABIC_TLD))) && reading.is_plausible()) {
        arabic
    } else {
        generic
    }
}

/// How a text decoded in some code page reads as Arabic, word by word (words of ASCII letters
/// only are not counted).
#[derive(Debug, Default)]
struct Reading {
    /// Words of Arabic letters only.
    arabic: usize,
    /// Arabic words that open with the article ال (or one letter and ال: وال، بال…): about
    /// every third word of Arabic prose, hardly any word of another language read in an Arabic
    /// code page. It also tells ISO-8859-6 from windows-1256 on short texts: the wrong one
    /// turns the other's ال into ان or ف ك, far rarer at the start of words.
    with_al: usize,
    /// What the wrong code page makes of a text: words mixing Arabic and other letters (`prىsident`,
    /// `êèه`) or holding an odd character (see [`Class::Odd`]).
    implausible: usize,
}

impl Reading {
    fn of(classes: impl Iterator<Item = Class>) -> Reading {
        let mut reading = Reading::default();
        // The word being read: what it has seen, its length and the class of its last character.
        let (mut arabic, mut other, mut odd, mut al) = (false, false, false, false);
        let (mut len, mut last) = (0, Class::Space);
        for class in classes.chain([Class::Space]) {
            match class {
                Class::Alef | Class::Arabic => arabic = true,
                Class::Lam => {
                    arabic = true;
                    // ال opening the word, or after one letter (وال، بال، فال، كال).
                    al |= last == Class::Alef && len <= 2;
                }
                Class::Other => other = true,
                Class::Odd => odd = true,
                Class::Space => {
                    if odd || (arabic && other) {
                        reading.implausible += 1;
                    } else if arabic {
                        reading.arabic += 1;
                        reading.with_al += usize::from(al);
                    }
                    (arabic, other, odd, al) = (false, false, false, false);
                }
            }
            len = if class == Class::Space { 0 } else { len + 1 };
            last = class;
        }
        reading
    }

    /// Nothing much against Arabic: few implausible words, if any.
    fn is_plausible(&self) -> bool {
        self.arabic >= self.implausible * ARABIC_PER_IMPLAUSIBLE
    }

    /// Arabic prose: Arabic words, few implausible ones, and enough of them with ال.
    fn is_arabic_prose(&self) -> bool {
        self.arabic > 0 && self.is_plausible() && self.with_al * WORDS_PER_AL >= self.arabic
    }
}

/// What a character is to [`Reading`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ا, ل: the article's letters.
    Alef,
    Lam,
    /// Any other letter or mark of the Arabic block (not its punctuation, digits or signs).
    Arabic,
    /// A letter of another script.
    Other,
    /// U+FFFD (an undefined byte), a C1 control, or a Latin-1 sign Arabic text hardly uses
    /// (`£ ± ³ ¾ ¬`: what CJK double bytes make in an Arabic code page).
    Odd,
    /// Anything else: spaces, digits, punctuation, symbols.
    Space,
}

impl Class {
    fn of(c: char) -> Class {
        match c {
            '\u{0627}' => Class::Alef,
            '\u{0644}' => Class::Lam,
            '\u{0610}'..='\u{061A}'
            | '\u{0620}'..='\u{065F}'
            | '\u{066E}'..='\u{06D3}'
            | '\u{06D5}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06EF}'
            | '\u{06FA}'..='\u{06FF}' => Class::Arabic,
            char::REPLACEMENT_CHARACTER | '\u{80}'..='\u{9F}' => Class::Odd,
            '\u{A1}'..='\u{BF}' if !matches!(c, '«' | '»' | '°' | '·') => Class::Odd,
            _ if c.is_alphabetic() => Class::Other,
            _ => Class::Space,
        }
    }
}

/// The Arabic code pages, with the [`Class`] of the character each byte decodes to;
/// windows-1256 first.
fn arabic_code_pages() -> &'static [(Encoding, [Class; 256]); 2] {
    static CODE_PAGES: OnceLock<[(Encoding, [Class; 256]); 2]> = OnceLock::new();
    CODE_PAGES.get_or_init(|| {
        [WINDOWS_1256, ISO_8859_6].map(|encoding| {
            let mut classes = [Class::Space; 256];
            for (byte, class) in (0..=u8::MAX).zip(&mut classes) {
                let single = [byte];
                let (decoded, _) = encoding.decode_without_bom_handling(&single);
                *class = Class::of(decoded.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            (encoding, classes)
        })
    })
}

/// The warning for a text with a few U+FFFD, or the error for one with many.
fn replacement_warnings(text: &str, encoding: Encoding) -> Result<Vec<String>, String> {
    let (mut replaced, mut total) = (0, 0);
    for c in text.chars() {
        total += 1;
        replaced += usize::from(c == char::REPLACEMENT_CHARACTER);
    }
    let name = encoding.name();
    if replaced > MAX_REPLACED && replaced * REPLACED_RATIO > total {
        return Err(format!(
            "cannot decode as {name}: {replaced} of {total} characters are not valid {name}"
        ));
    }
    let sequences = if replaced == 1 { "sequence" } else { "sequences" };
    Ok(vec![format!("{replaced} invalid byte {sequences} replaced by U+FFFD (decoded as {name})")])
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::WINDOWS_1252;

    /// In both windows-1256 and ISO-8859-6 (neither has Arabic-Indic digits).
    const NEWS: &str = "قالت وزارة الصحة إن عدد الإصابات ارتفع إلى 120 حالة، وإن الفرق الطبية \
                        تعمل على مدار الساعة في المستشفيات الحكومية.";

    /// Decodes `bytes` with detection and expects `text` in `encoding`, without warnings.
    fn check(bytes: &[u8], encoding: Encoding, text: &str) {
        let decoded = decode(bytes, None).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding.name(), encoding.name());
        assert_eq!(decoded.warnings, Vec::<String>::new());
    }

    /// Decodes `bytes` with detection and expects an error starting with `start`.
    fn refuse(bytes: &[u8], start: &str) {
        let err = decode(bytes, None).map(|decoded| decoded.text).unwrap_err();
        assert!(err.starts_with(start), "{err:?} does not start with {start:?}");
    }

    /// `text` in `encoding`, which must be able to encode all of it.
    fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{text} is not all in {}", encoding.name());
        bytes.into_owned()
    }

    fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
        let bom = bom.then_some('\u{FEFF}');
        let units = bom.into_iter().chain(text.chars()).collect::<String>();
        units
            .encode_utf16()
            .flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    /// Deterministic noise (a linear congruential generator).
    fn random_bytes(len: usize) -> Vec<u8> {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        (0..len)
            .map(|_| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (state >> 56) as u8
            })
            .collect()
    }

    #[test]
    fn utf8_with_or_without_bom() {
        check(NEWS.as_bytes(), UTF_8, NEWS);
        check(format!("\u{FEFF}{NEWS}").as_bytes(), UTF_8, NEWS);
        check(b"plain ASCII", UTF_8, "plain ASCII");
        check("عاجل".as_bytes(), UTF_8, "عاجل");
    }

    #[test]
    fn utf16_with_bom() {
        check(&utf16(NEWS, true, true), UTF_16LE, NEWS);
        check(&utf16(NEWS, false, true), UTF_16BE, NEWS);
        check(&utf16("title\r\nbody", true, true), UTF_16LE, "title\nbody");
    }

    #[test]
    fn utf16_without_bom() {
        check(&utf16(NEWS, true, false), UTF_16LE, NEWS);
        check(&utf16(NEWS, false, false), UTF_16BE, NEWS);
        check(
            &utf16("Breaking news from Rabat", true, false),
            UTF_16LE,
            "Breaking news from Rabat",
        );
    }

    #[test]
    fn windows_1256() {
        check(&encode(NEWS, WINDOWS_1256), WINDOWS_1256, NEWS);
        check(&encode("عاجل", WINDOWS_1256), WINDOWS_1256, "عاجل");
        check(&[0xC7, 0xE1, 0xD8, 0xC7, 0xDE, 0xC9], WINDOWS_1256, "الطاقة");
        check(&encode("غرق قارب في البحر", WINDOWS_1256), WINDOWS_1256, "غرق قارب في البحر");
        check(&encode("«الأهرام» – تقرير…", WINDOWS_1256), WINDOWS_1256, "«الأهرام» – تقرير…");
        let mixed = "أعلنت شركة Renault عن افتتاح مصنع جديد في طنجة، وقال المدير إن « l'usine \
                     créera des emplois ».";
        check(&encode(mixed, WINDOWS_1256), WINDOWS_1256, mixed);
    }

    #[test]
    fn iso_8859_6() {
        check(&encode(NEWS, ISO_8859_6), ISO_8859_6, NEWS);
        check(&encode("وهي يوم الاثنين", ISO_8859_6), ISO_8859_6, "وهي يوم الاثنين");
        check(&encode("غرق قارب في البحر", ISO_8859_6), ISO_8859_6, "غرق قارب في البحر");
        // ع is 0xD9 in ISO-8859-6, ظ in windows-1256; ا ج agree; ل is ن: both read as Arabic
        // and the tie goes to windows-1256, the common one. Longer texts tell them apart.
        check(&encode("عاجل", ISO_8859_6), WINDOWS_1256, "ظاجن");
    }

    #[test]
    fn words_read_as_arabic_or_implausible() {
        let check = |text: &str, arabic, with_al, implausible| {
            let reading = Reading::of(text.chars().map(Class::of));
            let counts = (reading.arabic, reading.with_al, reading.implausible);
            assert_eq!(counts, (arabic, with_al, implausible), "{text}");
        };
        check("قالت وزارة الصحة إن", 4, 2, 0);
        check("كتاب، قلمٌ؛ والقلم؟ 2024", 3, 1, 0);
        check("Le président de l'ONU", 0, 0, 0);
        check("Le prىsident", 0, 0, 1);
        check("êèه", 0, 0, 1);
        check("ف\u{FFFD}ق ف\u{85}ق ×ـح³±يت", 0, 0, 3);
        check("«ف» ق·ق 25° 3×2", 3, 0, 0);
        check("", 0, 0, 0);
    }

    #[test]
    fn other_legacy_text_keeps_its_encoding() {
        let french = "Le président a déclaré que la coopération économique était très appréciée.";
        check(&encode(french, WINDOWS_1252), WINDOWS_1252, french);
        let russian = "Президент заявил, что экономическое сотрудничество очень важно.";
        check(&encode(russian, encoding_rs::WINDOWS_1251), encoding_rs::WINDOWS_1251, russian);
        let turkish = "Cumhurbaşkanı ekonomik işbirliğinin çok önemli olduğunu söyledi.";
        check(&encode(turkish, encoding_rs::WINDOWS_1254), encoding_rs::WINDOWS_1254, turkish);
        let chinese = "总统表示，经济合作非常重要。";
        check(&encode(chinese, encoding_rs::GBK), encoding_rs::GBK, chinese);
    }

    #[test]
    fn trailing_nuls_removed() {
        let mut bytes = encode("عنوان\r\nنص الخبر\r\n", WINDOWS_1256);
        bytes.push(0);
        check(&bytes, WINDOWS_1256, "عنوان\nنص الخبر\n");
        check(b"title\nbody\n\0\0\0", UTF_8, "title\nbody\n");
        check(b"title\0\0\r\n", UTF_8, "title\n");
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        check(b"a\r\nb\rc\n\r\nd", UTF_8, "a\nb\nc\n\nd");
        check(&encode("سطر\r\nسطر", WINDOWS_1256), WINDOWS_1256, "سطر\nسطر");
    }

    #[test]
    fn binary_refused() {
        refuse(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", "binary file (PNG image)");
        refuse(b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0", "binary file (ELF executable)");
        refuse(b"\x1F\x8B\x08\0\0\0\0\0", "binary file (gzip data");
        refuse(&random_bytes(4096), "binary file (NUL byte at offset");
        let no_nul: Vec<u8> = random_bytes(4096).into_iter().filter(|&b| b != 0).collect();
        refuse(&no_nul, "binary file (");
        refuse(b"title\nbo\0dy\n", "binary file (NUL byte at offset 8)");
        refuse(b"text\x01\x02\x03\x04\x05\x06 more", "binary file (");
        refuse(
            &[0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x41, 0x00, 0x42, 0x00, 0x05, 0x00],
            "binary file (",
        );
    }

    #[test]
    fn text_with_a_few_controls_is_text() {
        check(b"page one\x0Cpage two\x0Bline\x1A", UTF_8, "page one\npage two\nline");
        check("نص\u{85}نص".as_bytes(), UTF_8, "نصنص");
        check(b"tab\tkept, a bell\x07 in a long line", UTF_8, "tab\tkept, a bell in a long line");
    }

    #[test]
    fn a_few_invalid_bytes_are_a_warning() {
        let bytes = [NEWS.as_bytes(), b" \xA0 ", NEWS.as_bytes()].concat();
        let decoded = decode(&bytes, None).unwrap();
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.text.matches('\u{FFFD}').count(), 1);
        assert_eq!(
            decoded.warnings,
            ["1 invalid byte sequence replaced by U+FFFD (decoded as UTF-8)"]
        );
        // A cut last character.
        let long = NEWS.repeat(2);
        let cut = &long.as_bytes()[..long.rfind("الصحة").unwrap() + 1];
        assert_eq!(decode(cut, None).unwrap().warnings.len(), 1);
    }

    #[test]
    fn many_invalid_bytes_are_an_error() {
        let cp1256 = encode(NEWS, WINDOWS_1256);
        let err = decode(&cp1256, Some(UTF_8)).unwrap_err();
        assert!(err.starts_with("cannot decode as UTF-8: "), "{err}");
        let mut bom_then_garbage = b"\xEF\xBB\xBF".to_vec();
        bom_then_garbage.extend(&cp1256);
        refuse(&bom_then_garbage, "cannot decode as UTF-8");
    }

    #[test]
    fn forced_encoding_overrides_detection() {
        let cp1256 = encode(NEWS, WINDOWS_1256);
        let forced = decode(&encode(NEWS, ISO_8859_6), Some(WINDOWS_1256)).unwrap();
        assert_eq!(forced.encoding, WINDOWS_1256);
        assert_ne!(forced.text, NEWS);
        let err = decode(&cp1256, Some(ISO_8859_6)).unwrap_err();
        assert!(err.starts_with("cannot decode as ISO-8859-6: "), "{err}");
        let french = encode("café", WINDOWS_1252);
        assert_eq!(decode(&french, Some(WINDOWS_1256)).unwrap().text, "café");
        assert_eq!(decode(&encode("يوم", ISO_8859_6), Some(WINDOWS_1256)).unwrap().text, "êèه");
        assert_eq!(decode(&utf16(NEWS, true, true), Some(UTF_16LE)).unwrap().text, NEWS);
        assert_eq!(decode(&utf16(NEWS, true, false), Some(UTF_16LE)).unwrap().text, NEWS);
        // A byte order mark wins.
        let forced = decode(format!("\u{FEFF}{NEWS}").as_bytes(), Some(WINDOWS_1256)).unwrap();
        assert_eq!((forced.encoding, forced.text.as_str()), (UTF_8, NEWS));
        assert_eq!(decode(&utf16(NEWS, false, true), Some(UTF_16LE)).unwrap().text, NEWS);
        assert!(decode(b"\x89PNG\r\n\x1a\n", Some(WINDOWS_1256)).is_err());
    }

    #[test]
    fn labels() {
        let label = |name: &str| encoding_for_label(name).map(|encoding| encoding.name());
        assert_eq!(label("cp1256"), Ok("windows-1256"));
        assert_eq!(label("Windows-1256"), Ok("windows-1256"));
        assert_eq!(label(" iso-8859-6 "), Ok("ISO-8859-6"));
        assert_eq!(label("arabic"), Ok("ISO-8859-6"));
        assert_eq!(label("utf8"), Ok("UTF-8"));
        assert_eq!(label("utf-16"), Ok("UTF-16LE"));
        assert_eq!(label("UTF-16BE"), Ok("UTF-16BE"));
        assert_eq!(label("latin1"), Ok("windows-1252"));
    }

    #[test]
    fn unknown_label_is_an_error() {
        for name in ["klingon", "", "cp-1256", "iso-2022-kr"] {
            let err = encoding_for_label(name).unwrap_err();
            assert!(err.starts_with(&format!("unknown encoding `{name}`")), "{err}");
            assert!(err.contains("windows-1256") && err.contains("utf-8"), "{err}");
        }
    }

    #[test]
    fn clean_keeps_text_and_drops_controls() {
        let check = |text: &str, cleaned: &str| assert_eq!(clean(text), cleaned, "{text:?}");
        check("", "");
        check("سطر\r\nسطر", "سطر\nسطر");
        check("\r\r\n\r", "\n\n\n");
        check("page\x0Cbreak\x0Bline", "page\nbreak\nline");
        check("a\0b\0", "ab");
        check("tab\tnew\nline", "tab\tnew\nline");
        check("c1\u{80}\u{9F}é\u{A0}", "c1é\u{A0}");
        check("\u{7F}del", "del");
        check("ق\u{200F}ـال", "ق\u{200F}ـال");
    }

    #[test]
    fn cleaned_borrows_a_clean_text_and_cleans_the_rest() {
        let long = "نص طويل بلا شيء ينظف، فيه أسطر\nوعلامات\tجدولة ".repeat(10);
        for text in ["", "سطر", long.as_str()] {
            assert!(matches!(cleaned(text), Cow::Borrowed(t) if t == text), "{text:?}");
        }
        let dirty = format!("{long}\r\n{long}\0");
        for text in [dirty.as_str(), "\r", "a\u{85}", "\x0Cpage"] {
            let got = cleaned(text);
            assert!(matches!(got, Cow::Owned(_)), "{text:?}");
            assert_eq!(got, clean(text), "{text:?}");
        }
        assert_eq!(cleaned(&dirty), format!("{long}\n{long}"));
    }
}
