//! Publication dates: from article metadata, from a dateline near the top of the text, or
//! from the file name.
//!
//! Metadata forms read by [`parse_date`] (Arabic-Indic digits are read as ASCII digits):
//! - ISO 8601 / RFC 3339 dates and date-times: `2024-03-05`, `2024/03/05`,
//!   `2024-03-05T23:30:00+03:00`, `2024-03-05 23:30`;
//! - RFC 2822: `Tue, 05 Mar 2024 23:30:00 +0300`;
//! - day first, as Arab newspapers write it: `05/03/2024`, `5-3-2024`, `05.03.2024`;
//! - compact `20240305`;
//! - a day, a month name and a year: `Fri, 06 Jul 2018 08:41:32 UTC`, `July 6, 2018`,
//!   `6 يوليو 2018`, `٦ تموز ٢٠١٨`, `15 جويلية 2016` (English, and Arabic month names as
//!   written in Egypt and the Gulf, the Levant and the Maghreb).
//!
//! [`date_in_text`] reads a publication line near the top of an article (see its rules; a
//! line with only a Hijri date gives its Umm al-Qura day) and [`date_in_file_name`] a date in
//! the file name (`…-20170201.txt`, `2012-06-24.txt`).
//!
//! The calendar day is kept as written: `2024-03-05T23:30:00+03:00` is 5 March, never shifted
//! to UTC, because the archive's own day is what a reader filters by.

use time::{format_description::well_known::Rfc2822, Date, Month, OffsetDateTime, Weekday};

use crate::analysis::normalize::ascii_digit;

/// Reads a metadata date; `None` if it is not in a form listed above.
pub fn parse_date(text: &str) -> Option<Date> {
    let text: String = text.trim().chars().map(ascii_digit).collect();
    let text = text.as_str();
    if let Ok(datetime) = OffsetDateTime::parse(text, &Rfc2822) {
        return Some(datetime.date());
    }
    numeric_date(text).or_else(|| named_month_date(text))
}

/// `2024-03-05…`, `05/03/2024…`, `20240305…`, followed by nothing or a time.
fn numeric_date(text: &str) -> Option<Date> {
    let (numbers, rest) = leading_date_numbers(text);
    let date = match numbers.as_slice() {
        [(y, 4), (m, 1..=2), (d, 1..=2)] => ymd(*y, *m, *d),
        [(d, 1..=2), (m, 1..=2), (y, 4)] => ymd(*y, *m, *d),
        [(compact, 8)] => ymd(compact / 10_000, compact / 100 % 100, compact % 100),
        _ => None,
    }?;
    // Whatever follows the date must be a time, not more digits or words.
    let rest = rest.trim_start();
    let is_time = rest.is_empty()
        || rest.starts_with(['T', 't'])
        || rest.chars().next().is_some_and(|c| c.is_ascii_digit()) && rest.contains(':');
    is_time.then_some(date)
}

/// Month names, English (any unambiguous prefix of 3+ letters) and Arabic (Egyptian/Gulf,
/// Levantine, Maghrebi and Moroccan names), normalised. Levantine two-word names are resolved by the
/// word after them (كانون الثاني = January, كانون الأول = December).
const ARABIC_MONTHS: [(&str, u8); 36] = [
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("جانفي", 1),
    ("فيفري", 2),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويليه", 7),
    ("اوت", 8),
    // Moroccan spellings of the French names.
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    ("كانون", 0),
    ("تشرين", 0),
];

const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(crate) fn month_of(word: &str, next: Option<&str>) -> Option<u8> {
    if word.is_ascii() {
        let word = word.to_ascii_lowercase();
        if word.len() < 3 {
            return None;
        }
        let n = ENGLISH_MONTHS.iter().position(|m| m.starts_with(&word))?;
        return Some(n as u8 + 1);
    }
    let word = crate::analysis::normalize::normalize(word);
    let (_, month) = ARABIC_MONTHS.iter().find(|(name, _)| *name == word)?;
    match (*month, word.as_str(), next.map(crate::analysis::normalize::normalize).as_deref()) {
        // (Also without the article, and `ثان` for `الثاني`: `16 يناير/كانون ثان 2012`.)
        (0, "كانون", Some("الثاني" | "ثاني" | "ثان")) => Some(1),
        (0, "كانون", Some("الاول" | "اول")) => Some(12),
        (0, "تشرين", Some("الاول" | "اول")) => Some(10),
        (0, "تشرين", Some("الثاني" | "ثاني" | "ثان")) => Some(11),
        (0, ..) => None,
        (month, ..) => Some(month),
    }
}

/// A day, a month name and a four-digit year in any order common in metadata:
/// `Fri, 06 Jul 2018 08:41:32 UTC`, `July 6, 2018`, `6 يوليو 2018`, `الجمعة 6 تموز 2018`.
/// The day is the number right before the month name, or right after it.
fn named_month_date(text: &str) -> Option<Date> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || crate::analysis::normalize::is_ignorable(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let (at, month) = words
        .iter()
        .enumerate()
        .find_map(|(i, w)| month_of(w, words.get(i + 1).copied()).map(|m| (i, m)))?;
    let day_at = |i: usize| -> Option<i32> {
        let w = words.get(i)?;
        (w.len() <= 2).then(|| w.parse().ok()).flatten()
    };
    let day = at.checked_sub(1).and_then(day_at).or_else(|| day_at(at + 1))?;
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|w| w.parse().ok())?;
    ymd(year, i32::from(month), day)
}

/// Lines read for a publication date: the title and the first lines of the body…
const HEAD_LINES: usize = 6;
/// …that start within this many characters of the top: a date deeper down is usually an event.
const HEAD_CHARS: usize = 600;
/// Only the start of a line is read: labels and datelines open it.
const LINE_CHARS: usize = 160;
/// A line this short may be a masthead with a few words (source, place, issue) before the date.
const SHORT_LINE_CHARS: usize = 80;
/// How far (in characters) a label may stand from the line start (a byline such as
/// `عبد الغني عويفية نشر في …` fits, a sentence `… الذي انعقد بتاريخ` does not)…
const LABEL_START: usize = 25;
/// …and from the date (`نشر في بيان اليوم يوم`).
const LABEL_GAP: usize = 40;
/// Years read from text and file names. Hijri years (`1433`) fall outside, so a Hijri date next
/// to a Gregorian one (`11 تموز 2012 الموافق 21 شعبان 1433`) never wins.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;

/// Labels that introduce a publication date, normalised.
const LABELS: [&str; 13] = [
    "تاريخ النشر",
    "نشر في",
    "نشر بتاريخ",
    "نشر يوم",
    "بتاريخ",
    "التاريخ",
    "تاريخ:",
    "اخر تحديث",
    "تاريخ الاضافه",
    "الموافق",
    "published",
    "updated",
    "date:",
];

/// Weekday names, normalised and without the article (الأربعاء → اربعاء).
const WEEKDAYS: [(&str, Weekday); 14] = [
    ("احد", Weekday::Sunday),
    ("اثنين", Weekday::Monday),
    ("ثلاثاء", Weekday::Tuesday),
    ("اربعاء", Weekday::Wednesday),
    ("خميس", Weekday::Thursday),
    ("جمعه", Weekday::Friday),
    ("سبت", Weekday::Saturday),
    ("sun", Weekday::Sunday),
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
];

/// Words before a date that make it an event, not a dateline: `أمس الاثنين 23 جويلية 2012`,
/// `من 5 مايو 2012 - …`.
const EVENT_WORDS: [&str; 14] = [
    "امس",
    "غدا",
    "الماضي",
    "المقبل",
    "القادم",
    "منذ",
    "حتى",
    "قبل",
    "بعد",
    "مساء",
    "صباح",
    "من",
    "الى",
    "ليله",
];

/// Reads the publication date stated near the top of an article: in the title or the first few
/// lines of the body (those starting within the first ~600 characters; only the first 160
/// characters of each line). A date counts only where a dateline stands:
/// - after a label near the line start: `تاريخ النشر: الثلاثاء 01 مايو 2012`, `نشر في … يوم`,
///   `بتاريخ`, `آخر تحديث`, `الموافق` (after a Hijri date), `Published:`;
/// - at the start of the line, optionally after `يوم` and a weekday: `17/04/2012`,
///   `الجمعة 06/07/2012`, `Tue, 05 Mar 2024 23:30:00 +0300`;
/// - after a weekday with at most one word before it (`الطريق الاربعاء 6 حزيران (يونيو) 2012`), or
///   up to five on a short masthead line (`صحيفة الوطن - العدد 2376 الثلاثاء 12 يونيو 2012`);
/// - after one or two words and before a dash or `وفا` (a dateline: `جنين 11-7-2012 وفا-`);
/// - closing a short line: after a bar (`الدوحة - علاء الدين قريعة | 2012-07-11`), or before a
///   weekday that settles the order of day and month (`الاصيل 7-4-2012 الاربعاء`).
///
/// A date needs a day, a month and a four-digit year from 1900 to 2099: numeric day first
/// (`17/04/2012`, `11-7-2012`, `01 - 08 - 2012`), ISO (`2012-07-09`) or with a month name of any
/// convention (`13-يوليو-2012`, `11 تموز 2012`, `16 جويلية 2012`, `July 6, 2018`). A weekday
/// beside the date must agree with it. A numeric date whose day and month are both 12 or less
/// (`09/05/2012`) is read day first when a label stands before it or `وفا` after it (WAFA's
/// `جنين 11-7-2012 وفا-`); beside a weekday it is read whichever way agrees with the weekday
/// (day first if both do); otherwise it is skipped, as `10/11/2012` alone on a line is. In dots
/// (`05.10.2012`) it is always day first: month first is the American order, in slashes. Words
/// such as `أمس`, `منذ` or `من` before the date make it an event.
///
/// Only when no Gregorian date stands there, a Hijri one alone on its line, or after a label or
/// a weekday, and before nothing but `هـ` or a time, gives its day in the Umm al-Qura calendar
/// (Saudi Arabia's): `07-03-1433 02:08 AM`, `بتاريخ 1-5-1433 هـ`, `1433-08-03 06:28 AM`,
/// `الجمعة 16 شعبان 1433 هـ`. Papers elsewhere may follow a sighting a day apart.
pub fn date_in_text(title: &str, body: &str) -> Option<Date> {
    let mut offset = 0;
    let head: Vec<&str> = title
        .lines()
        .chain(body.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take_while(|line| {
            let start = offset;
            offset += line.chars().count() + 1;
            start < HEAD_CHARS
        })
        .take(HEAD_LINES)
        .collect();
    head.iter()
        .find_map(|line| date_in_line(line))
        .or_else(|| head.iter().find_map(|line| hijri_date_in_line(line)))
}

/// Reads a date in a file name: `JA-culture-1-20170120.txt`, `2012-06-24.txt`,
/// `news_2012_06_24.md`, or day first `24-06-2012` when the day is above 12. Only the last path
/// component is read; two different dates in it give none.
pub fn date_in_file_name(path: &str) -> Option<Date> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let runs: Vec<(usize, usize)> = name
        .char_indices()
        .filter(|(i, c)| c.is_ascii_digit() && !name[..*i].ends_with(|p: char| p.is_ascii_digit()))
        .map(|(i, _)| {
            let len =
                name[i..].len() - name[i..].trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (i, i + len)
        })
        .collect();
    let value = |(start, end): (usize, usize)| name[start..end].parse::<i32>().ok();
    let mut found: Option<Date> = None;
    for (k, &run) in runs.iter().enumerate() {
        let mut dates = Vec::new();
        if run.1 - run.0 == 8 {
            let compact = value(run)?;
            dates.push(ymd(compact / 10_000, compact / 100 % 100, compact % 100));
        }
        if let (Some(&second), Some(&third)) = (runs.get(k + 1), runs.get(k + 2)) {
            let gap1 = &name[run.1..second.0];
            let gap2 = &name[second.1..third.0];
            let lens = (run.1 - run.0, second.1 - second.0, third.1 - third.0);
            if gap1 == gap2 && matches!(gap1, "-" | "_" | ".") {
                let (a, b, c) = (value(run)?, value(second)?, value(third)?);
                dates.push(match lens {
                    (4, 2, 2) => ymd(a, b, c),
                    (2, 2, 4) if a > 12 => ymd(c, b, a),
                    _ => None,
                });
            }
        }
        for date in dates.into_iter().flatten().filter(|d| YEARS.contains(&d.year())) {
            match found {
                Some(other) if other != date => return None,
                _ => found = Some(date),
            }
        }
    }
    found
}

/// A word of a line and where it stands (byte offsets).
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// A date written in a line: tokens `first..=last`, read day first (`date`) and, when day and
/// month are both 12 or less, month first (`other`).
struct Written {
    first: usize,
    last: usize,
    date: Date,
    other: Option<Date>,
}

/// `line` as the date readers read it: invisible characters out, at most [`LINE_CHARS`]
/// characters, any space a plain one, digits ASCII.
fn prepared(line: &str) -> String {
    line.chars()
        .filter(|c| !crate::analysis::normalize::is_invisible(*c))
        .take(LINE_CHARS)
        .map(|c| if c.is_whitespace() { ' ' } else { ascii_digit(c) })
        .collect()
}

/// True if `rest`, what follows a name that opens a line, begins with a date of a dateline:
/// `11-7-2012 وفا-`, `25 شوال 1436هـ الموافق 10 أغسطس 2015 م واس`.
pub fn opens_with_date(rest: &str) -> bool {
    let rest = rest.lines().next().unwrap_or("").trim_start();
    rest.starts_with(|c: char| c.is_numeric())
        && (date_in_line(rest).is_some() || hijri_date_in_line(rest).is_some())
}

fn date_in_line(line: &str) -> Option<Date> {
    let chars = line.chars().count();
    let short = chars <= SHORT_LINE_CHARS;
    let whole = chars <= LINE_CHARS;
    let line = prepared(line);
    let tokens = tokenize(&line);
    let mut i = 0;
    while i < tokens.len() {
        match numeric_at(&line, &tokens, i).or_else(|| named_at(&line, &tokens, i)) {
            Some(written) => {
                if let Some(date) = as_dateline(&line, &tokens, &written, short, whole) {
                    return Some(date);
                }
                i = written.last + 1;
            }
            None => i += 1,
        }
    }
    None
}

/// The date of a Hijri publication line (see [`date_in_text`]), in the Gregorian calendar.
fn hijri_date_in_line(line: &str) -> Option<Date> {
    let line = prepared(line);
    let tokens = tokenize(&line);
    for i in 0..tokens.len() {
        let Some((d, m, y, last)) = hijri_at(&line, &tokens, i) else { continue };
        // What stands before: nothing, a label, or a weekday (perhaps after `يوم`).
        let before = crate::analysis::normalize::normalize(&line[..tokens[i].start]);
        let before = before.trim_matches(|c: char| c.is_whitespace() || ",،:-".contains(c));
        let mut words: Vec<&str> = before.split_whitespace().collect();
        let weekday = words.last().and_then(|w| weekday_of(w));
        if weekday.is_some() {
            words.pop();
        }
        if words.last() == Some(&"يوم") {
            words.pop();
        }
        let labelled = !words.is_empty() && LABELS.contains(&words.join(" ").as_str());
        if !(words.is_empty() || labelled) {
            continue;
        }
        // What follows: nothing, `هـ`, a time.
        let after = line[tokens[last].end..].trim_start();
        let after = after
            .strip_prefix("هـ")
            .or_else(|| {
                after.strip_prefix('ه').filter(|rest| !rest.starts_with(char::is_alphabetic))
            })
            .unwrap_or(after)
            .trim_start();
        if !(after.is_empty() || starts_with_time(after)) {
            continue;
        }
        if !(1..=12).contains(&m) || !(1..=30).contains(&d) {
            continue;
        }
        // (Checked above: the crate takes the month and the day on trust.)
        let Ok(hijri) = hijri_date::HijriDate::from_hijri(y as usize, m as usize, d as usize)
        else {
            continue;
        };
        if d as usize > hijri.month_len() {
            continue;
        }
        let gregorian = |n: usize| i32::try_from(n).ok();
        let date = ymd(
            gregorian(hijri.year_gr())?,
            gregorian(hijri.month_gr())?,
            gregorian(hijri.day_gr())?,
        )?;
        if weekday.is_some_and(|day| date.weekday() != day) {
            continue;
        }
        return Some(date);
    }
    None
}

fn tokenize(line: &str) -> Vec<Token<'_>> {
    let is_word = |c: char| c.is_alphanumeric() || crate::analysis::normalize::is_ignorable(c);
    // Digits glued to Arabic letters are words of their own: `القاهرة20-1-2012وفا-`. So is
    // what follows a ة, which only ends a word: `الوسط التونسيةالاربعاء 25 يوليوز 2012`.
    let arabic = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let glued = |a: char, b: char| {
        a.is_ascii_digit() && arabic(b) || arabic(a) && b.is_ascii_digit() || a == 'ة' && arabic(b)
    };
    let mut tokens = Vec::new();
    let mut start = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        if let (Some(s), true) = (start, glued(previous, c)) {
            tokens.push(Token { text: &line[s..i], start: s, end: i });
            start = Some(i);
        }
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                tokens.push(Token { text: &line[s..i], start: s, end: i });
                start = None;
            }
            _ => {}
        }
        previous = c;
    }
    tokens
}

/// The text between token `i - 1` (or the line start) and token `i`.
fn gap<'a>(line: &'a str, tokens: &[Token], i: usize) -> &'a str {
    let from = if i == 0 { 0 } else { tokens[i - 1].end };
    &line[from..tokens[i].start]
}

fn number(token: &str, digits: std::ops::RangeInclusive<usize>) -> Option<i32> {
    let all_digits = token.bytes().all(|b| b.is_ascii_digit());
    (all_digits && digits.contains(&token.len())).then(|| token.parse().ok()).flatten()
}

/// A four-digit Gregorian year, optionally marked `م` (ميلادي): `2012`, `2012م`.
fn year(token: &str) -> Option<i32> {
    number(token.strip_suffix('م').unwrap_or(token), 4..=4).filter(|y| YEARS.contains(y))
}

/// The separator of a numeric date (`-`, `/`, `.`), possibly spaced for `-` and `/`.
fn separator(gap: &str) -> Option<char> {
    let sep = gap.trim();
    let sep = match sep {
        "-" | "/" => sep.chars().next(),
        "." if sep.len() == gap.len() => Some('.'),
        _ => None,
    };
    sep
}

/// `17/04/2012`, `11-7-2012`, `01 - 08 - 2012`, `2012-07-09` starting at token `i`, and not
/// part of a longer run of numbers (`1.2.3.2012`, a phone number).
fn numeric_at(line: &str, tokens: &[Token], i: usize) -> Option<Written> {
    let (a, b, c) = (tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?);
    let sep = separator(gap(line, tokens, i + 1))?;
    if separator(gap(line, tokens, i + 2)) != Some(sep) {
        return None;
    }
    let chained = |gap: &str, neighbour: &Token| {
        gap.len() == 1 && "-/.:".contains(gap) && number(neighbour.text, 1..=8).is_some()
    };
    if i > 0 && chained(gap(line, tokens, i), &tokens[i - 1])
        || tokens.get(i + 3).is_some_and(|next| chained(gap(line, tokens, i + 3), next))
    {
        return None;
    }
    let (date, other) = if let (Some(y), Some(m), Some(d)) =
        (year(a.text), number(b.text, 1..=2), number(c.text, 1..=2))
    {
        (ymd(y, m, d)?, None)
    } else {
        let (d, m, y) = (number(a.text, 1..=2)?, number(b.text, 1..=2)?, year(c.text)?);
        // Month first is the American order, written with slashes; a date in dots
        // (`05.10.2012`) is European and Arab, always day first.
        let other = (d <= 12 && m <= 12 && d != m && sep != '.').then(|| ymd(y, d, m)).flatten();
        match ymd(y, m, d) {
            Some(date) => (date, other),
            // A "month" over 12 is the day of a date written month first, the one reading
            // left: `06-19-2012 04:47 AM`, the time stamp of a Saudi paper.
            None if m > 12 && d <= 12 && sep != '.' => (ymd(y, d, m)?, None),
            None => return None,
        }
    };
    Some(Written { first: i, last: i + 2, date, other })
}

/// The month named at token `i` (two tokens for كانون الثاني), and the token after it.
fn month_at(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let word = tokens.get(i)?.text;
    let next = tokens.get(i + 1).map(|t| t.text);
    let month = i32::from(month_of(word, next)?);
    let two_words =
        ["كانون", "تشرين"].contains(&crate::analysis::normalize::normalize(word).as_str());
    Some((month, if two_words { i + 2 } else { i + 1 }))
}

/// Between the parts of a named-month date only spaces and a little punctuation may stand:
/// `08 مايو, 2012`, `13-يوليو-2012`, `6 حزيران (يونيو) 2012`.
fn tight(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || ",،-/().".contains(c)) && gap.trim().chars().count() <= 2
}

/// `11 تموز 2012`, `6 حزيران (يونيو) 2012`, `05 Mar 2024`, `July 6, 2018` starting at token `i`.
fn named_at(line: &str, tokens: &[Token], i: usize) -> Option<Written> {
    let tight_at = |k: usize| k < tokens.len() && tight(gap(line, tokens, k));
    let (day, month, after) = if let Some(day) = number(tokens[i].text, 1..=2) {
        let (month, mut after) = month_at(tokens, i + 1).filter(|_| tight_at(i + 1))?;
        // A second name of the same month, as Tunisian papers write `حزيران (يونيو)`.
        if let Some((same, next)) = month_at(tokens, after).filter(|_| tight_at(after)) {
            if same == month {
                after = next;
            }
        }
        (day, month, after)
    } else {
        let (month, after) = month_at(tokens, i)?;
        let day = number(tokens.get(after)?.text, 1..=2).filter(|_| tight_at(after))?;
        (day, month, after + 1)
    };
    let y = year(tokens.get(after)?.text).filter(|_| tight_at(after))?;
    let date = ymd(y, month, day)?;
    Some(Written { first: i, last: after, date, other: None })
}

fn weekday_of(word: &str) -> Option<Weekday> {
    let word = crate::analysis::normalize::normalize(word);
    let bare = word.strip_prefix("ال").or_else(|| word.strip_prefix('ل')).unwrap_or(&word);
    WEEKDAYS.iter().find_map(|(name, day)| {
        let english = name.is_ascii() && bare.len() >= 3 && bare.starts_with(name);
        (english || bare == *name).then_some(*day)
    })
}

/// The date `written` if it stands where a publication date does (see [`date_in_text`]).
/// `short`: the line is a short one ([`SHORT_LINE_CHARS`]); `whole`: it was read to its end.
fn as_dateline(
    line: &str,
    tokens: &[Token],
    written: &Written,
    short: bool,
    whole: bool,
) -> Option<Date> {
    // The weekday may stand before the day's Hijri date, which the Gregorian one follows:
    // `الجمعـة 16 شعبـان 1433 هـ 6 يوليو 2012`, `الأربعاء 14 شعبان 1433 / 4 يوليو 2012`.
    let hijri = hijri_date_before(line, tokens, written.first)
        .filter(|&start| start > 0 && weekday_of(tokens[start - 1].text).is_some());
    let first = hijri.unwrap_or(written.first);
    let weekday = first
        .checked_sub(1)
        .filter(|_| gap(line, tokens, first).chars().all(|c| " ,،:".contains(c)))
        .and_then(|w| weekday_of(tokens[w].text));
    // A masthead may close with the weekday instead: `الاصيل 7-4-2012 الاربعاء`.
    let closing_weekday = (weekday.is_none() && short && whole && tokens.len() == written.last + 2)
        .then(|| gap(line, tokens, written.last + 1))
        .filter(|gap| gap.chars().all(|c| " ,،".contains(c)))
        .filter(|_| line[tokens[written.last + 1].end..].trim().is_empty())
        .and_then(|_| weekday_of(tokens[written.last + 1].text));
    let prefix = &tokens[..first - usize::from(weekday.is_some())];
    let words: Vec<String> = prefix
        .iter()
        .map(|t| crate::analysis::normalize::normalize(t.text))
        // A lone letter is a fragment of a word cut off before the line (`ة 23 جويلية 2012
        // الوسط التونسيه`, the end of a weekday), not a word.
        .filter(|w| w != "يوم" && w.chars().count() > 1)
        .collect();
    if words.iter().any(|w| EVENT_WORDS.contains(&w.as_str())) {
        return None;
    }
    let before = crate::analysis::normalize::normalize(&line[..tokens[first].start]);
    let labelled = LABELS.iter().any(|label| {
        before.find(label).is_some_and(|at| {
            // A byline glued to the line before it (`… الفاسي 149نشر في الاتحاد الاشتراكي
            // يوم`) starts the line it should have had.
            let glued = label.starts_with("نشر")
                && before[..at].chars().next_back().is_some_and(char::is_alphanumeric);
            // `الموافق` after a Hijri date may stand further in, after the outlet and the
            // Hijri date: `-الوئام-تم إضافته يوم السبت 28 جمادى الثانية 1433 هـ - الموافق 19
            // مايو 2012 م`.
            let after_hijri = *label == "الموافق"
                && before[..at]
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|n| n.len() == 4 && (n.starts_with("13") || n.starts_with("14")));
            (glued || after_hijri || before[..at].chars().count() <= LABEL_START)
                && before[at + label.len()..].chars().count() <= LABEL_GAP
        })
    });
    let after = line[tokens[written.last].end..].trim_start();
    if let Some(day) = closing_weekday {
        let placed = labelled || words.len() <= 2;
        return placed
            .then(|| {
                [Some(written.date), written.other]
                    .into_iter()
                    .flatten()
                    .find(|d| d.weekday() == day)
            })
            .flatten();
    }
    // WAFA, the Palestinian agency, always writes its datelines day first.
    let agency = is_wafa_mark(after);
    let dateline_mark = agency || after.starts_with(['-', '–', '—', '(', ':']);
    // A time after the date makes it a time stamp, as a masthead gives it: `العواصم:
    // الوكالات 2012-07-08 12:06 AM`; also after the year's `م` and a dash, as a byline of
    // source, author, date and time gives it: `صوت الأخدود - « محمد أحمد آل محسن » - 25 / 6 /
    // 2012 م - 1:34 م`.
    let time_after = after
        .strip_prefix('م')
        .unwrap_or(after)
        .trim_start()
        .trim_start_matches(['-', '–'])
        .trim_start();
    let stamped = short && words.len() <= 6 && starts_with_time(time_after);
    // Tunisian papers close a title line with the day of issue: `… لا يفلحون في يوم الإربعاء
    // 25 جويلية 2012`. A weekday, a date and nothing after it on the line make that stamp.
    let closing_day = weekday.is_some() && whole && after.is_empty() && ends_with_in_day(prefix);
    // Or the paper's name and, after a run of spaces, the day of issue: `… السياحة الثقافية
    // الصباح     الجمعة 27 جويلية 2012`.
    let spaced_day = weekday.is_some()
        && whole
        && after.is_empty()
        && first >= 2
        && gap(line, tokens, first - 1).contains("   ");
    // Or the day of issue and the site's time of update: `… يحصلون على تدريب مهاري السبت 28
    // يوليوز 2012 آخر تحديث 01:40:21` (the stamp of a Tunisian site, on a line of its own in
    // its other pages).
    let updated_day = weekday.is_some()
        && whole
        && after.strip_prefix("آخر تحديث").or_else(|| after.strip_prefix("اخر تحديث")).is_some_and(
            |rest| {
                let rest = rest.trim_start_matches([' ', ':']);
                starts_with_time(rest) && rest.split_whitespace().count() <= 2
            },
        );
    // A short line of a paper's name, a dash and the date of issue: `الوسط التونسية - 25
    // جويلية 2012`.
    // A one-word name may stand without the dash: `البيان 27 جويلية 2012`.
    let masthead = short
        && whole
        && after.is_empty()
        && (1..=3).contains(&words.len())
        && weekday.is_none()
        && (gap(line, tokens, first).trim() == "-"
            || words.len() == 1 && gap(line, tokens, first).trim().is_empty());
    // A byline closed by the date after a bar: `الدوحة - علاء الدين قريعة | 2012-07-11`.
    let barred = short && whole && after.is_empty() && gap(line, tokens, first).trim() == "|";
    let placed = labelled
        || words.is_empty()
        || barred
        || weekday.is_some() && (words.len() <= 1 || short && words.len() <= 5)
        || words.len() <= 2 && dateline_mark
        || stamped
        || closing_day
        || spaced_day
        || updated_day
        || masthead;
    if !placed {
        return None;
    }
    match weekday {
        Some(day) => {
            [Some(written.date), written.other].into_iter().flatten().find(|d| d.weekday() == day)
        }
        None if written.other.is_some() && !(labelled || agency) => None,
        None => Some(written.date),
    }
}

/// The names of the Hijri months (one or two words) and their numbers.
const HIJRI_MONTHS: &[(&str, i32)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الأول", 3),
    ("ربيع الثاني", 4),
    ("ربيع الآخر", 4),
    ("جمادى الأولى", 5),
    ("جمادى الآخرة", 6),
    ("جمادى الثانية", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعدة", 11),
    ("ذو الحجة", 12),
];

/// Hijri years the Umm al-Qura table of the `hijri_date` crate covers.
const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1357..=1499;

/// A Hijri date starting at token `i`: numeric, day first (`07-03-1433`, `1-5-1433`) or year
/// first (`1433-08-03`), or a day, a month's name and a year (`16 شعبان 1433`). Gives the day,
/// the month, the year and the date's last token; the day and the month are not checked.
fn hijri_at(line: &str, tokens: &[Token], i: usize) -> Option<(i32, i32, i32, usize)> {
    let hijri_year = |token: &Token| number(token.text, 4..=4).filter(|y| HIJRI_YEARS.contains(y));
    let (a, b) = (tokens.get(i)?, tokens.get(i + 1)?);
    let sep = separator(gap(line, tokens, i + 1)).filter(|&sep| sep != '.');
    if sep.is_some() {
        let c = tokens.get(i + 2)?;
        if separator(gap(line, tokens, i + 2)) != sep {
            return None;
        }
        if let (Some(y), Some(m), Some(d)) =
            (hijri_year(a), number(b.text, 1..=2), number(c.text, 1..=2))
        {
            return Some((d, m, y, i + 2));
        }
        let (d, m) = (number(a.text, 1..=2)?, number(b.text, 1..=2)?);
        return Some((d, m, hijri_year(c)?, i + 2));
    }
    let d = number(a.text, 1..=2)?;
    let norm = |k: usize| crate::analysis::normalize::normalize(tokens[k].text);
    let (m, after) = [1, 2].into_iter().find_map(|words| {
        let last = i + words;
        if last >= tokens.len() || !(i + 1..=last).all(|k| gap(line, tokens, k).trim().is_empty()) {
            return None;
        }
        let name: Vec<String> = (i + 1..=last).map(norm).collect();
        let name = name.join(" ");
        let &(_, m) =
            HIJRI_MONTHS.iter().find(|(m, _)| crate::analysis::normalize::normalize(m) == name)?;
        Some((m, last + 1))
    })?;
    let y = hijri_year(tokens.get(after).filter(|_| gap(line, tokens, after).trim().is_empty())?)?;
    Some((d, m, y, after))
}

/// The first token of a Hijri date (perhaps followed by `هـ`) that ends right before token
/// `end`, with only spaces or a slash or a dash between: `16 شعبان 1433 هـ`, `14 شعبان 1433 /`.
fn hijri_date_before(line: &str, tokens: &[Token], end: usize) -> Option<usize> {
    if !gap(line, tokens, end).chars().all(|c| " \u{a0}/-–".contains(c)) {
        return None;
    }
    let is_h = |k: usize| crate::analysis::normalize::normalize(tokens[k].text) == "ه";
    (end.saturating_sub(5)..end).find(|&start| {
        hijri_at(line, tokens, start)
            .is_some_and(|(.., last)| last + 1 == end || last + 2 == end && is_h(last + 1))
    })
}

/// True if the last two of `tokens` are `في يوم` "on the day".
fn ends_with_in_day(tokens: &[Token]) -> bool {
    let norm = |t: &Token| crate::analysis::normalize::normalize(t.text);
    matches!(tokens, [.., first, second] if norm(first) == "في" && norm(second) == "يوم")
}

/// Whether the text after a date opens with WAFA's mark, as its datelines write it: `وفا-`,
/// `(وفا)`, with a dash before it (`12-3-2012-وفا-`) or tatweel inside (`وفــا`), but not a word
/// that begins so (`وفاة`, `وفاق`).
fn is_wafa_mark(after: &str) -> bool {
    let rest = after.trim_start_matches(['-', '–', ' ', '(']);
    let mut letters = rest.chars().filter(|&c| c != '\u{640}');
    letters.next() == Some('و')
        && letters.next() == Some('ف')
        && letters.next() == Some('ا')
        && !letters.next().is_some_and(char::is_alphabetic)
}

/// True if `text` starts with a time of day: `12:06`, `9:30 ص`.
fn starts_with_time(text: &str) -> bool {
    let mut parts = text.split(|c: char| c.is_whitespace()).next().unwrap_or("").split(':');
    let (Some(hours), Some(minutes)) = (parts.next(), parts.next()) else {
        return false;
    };
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours.parse::<u8>().is_ok_and(|h| h < 24)
        && minutes.parse::<u8>().is_ok_and(|m| m < 60)
}

/// Splits `2024-03-05T…` into [(2024, 4), (3, 2), (5, 2)] (value, digit count) and the rest.
fn leading_date_numbers(text: &str) -> (Vec<(i32, usize)>, &str) {
    let mut numbers = Vec::new();
    let mut rest = text;
    loop {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || digits > 8 {
            break;
        }
        let Ok(value) = rest[..digits].parse::<i32>() else {
            break;
        };
        numbers.push((value, digits));
        rest = &rest[digits..];
        if numbers.len() == 3 {
            break;
        }
        match rest.strip_prefix(['-', '/', '.']) {
            Some(after) => rest = after,
            None => break,
        }
    }
    (numbers, rest)
}

fn ymd(year: i32, month: i32, day: i32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::{date_in_file_name, date_in_text, parse_date};
    use crate::article::format_date;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(
            parse_date(input).map(format_date).as_deref(),
            expected,
            "parse_date({input:?})"
        );
    }

    #[test]
    fn iso_dates() {
        check("2024-03-05", Some("2024-03-05"));
        check(" 2024/3/5 ", Some("2024-03-05"));
        check("2024-03-05 09:30:00", Some("2024-03-05"));
    }

    #[test]
    fn rfc3339_keeps_the_calendar_day_as_written() {
        check("2024-03-05T23:30:00+03:00", Some("2024-03-05"));
        check("2024-03-05T01:00:00-08:00", Some("2024-03-05"));
        check("2024-03-05T10:00:00Z", Some("2024-03-05"));
    }

    #[test]
    fn rfc2822_keeps_the_calendar_day_as_written() {
        check("Tue, 14 Jan 2020 23:00:00 -0500", Some("2020-01-14"));
        check("14 Jan 2020 10:00:00 +0000", Some("2020-01-14"));
    }

    #[test]
    fn day_first_and_compact() {
        check("05/03/2024", Some("2024-03-05"));
        check("5-3-2024", Some("2024-03-05"));
        check("20240305", Some("2024-03-05"));
    }

    #[test]
    fn arabic_indic_digits() {
        check("٢٠٢٤-٠٣-٠٥", Some("2024-03-05"));
        check("۲۰۲۴/۰۳/۰۵", Some("2024-03-05"));
    }

    #[test]
    fn month_names_in_english_and_arabic() {
        check("Fri, 06 Jul 2018 08:41:32 UTC", Some("2018-07-06"));
        check("Fri, 06 Jul 2018 08:41:32 +04:00", Some("2018-07-06"));
        check("Fri, 06 Jul 2018", Some("2018-07-06"));
        check("Friday, 06 July 2018", Some("2018-07-06"));
        check("July 6, 2018", Some("2018-07-06"));
        check("6 يوليو 2018", Some("2018-07-06"));
        check("الجمعة ٦ تموز ٢٠١٨", Some("2018-07-06"));
        check("15 جويلية 2016", Some("2016-07-15"));
        check("3 كانون الثاني 2020", Some("2020-01-03"));
        check("3 كانون الأول 2020", Some("2020-12-03"));
        // Without the article, and `ثان` for `الثاني`, after the other convention's name.
        check("الإثنين, 16 يناير/كانون ثان 2012 03:29", Some("2012-01-16"));
        check("14 تشرين اول 2012", Some("2012-10-14"));
        check("1 أيار 2021", Some("2021-05-01"));
        check("07 دجنبر 2012", Some("2012-12-07"));
        check("3 غشت 2012", Some("2012-08-03"));
        check("20 شتنبر 2012", Some("2012-09-20"));
        check("5 نونبر 2012", Some("2012-11-05"));
        check("1 يوليوز 2012", Some("2012-07-01"));
    }

    fn in_text(body: &str, expected: Option<&str>) {
        assert_eq!(
            date_in_text("عنوان الخبر", body).map(format_date).as_deref(),
            expected,
            "date_in_text({body:?})"
        );
    }

    fn in_file_name(path: &str, expected: Option<&str>) {
        assert_eq!(
            date_in_file_name(path).map(format_date).as_deref(),
            expected,
            "date_in_file_name({path:?})"
        );
    }

    #[test]
    fn text_publication_labels() {
        in_text(
            "تاريخ النشر:\u{a0}الثلاثاء\u{a0}01\u{a0}مايو\u{a0}2012\nالاتحاد",
            Some("2012-05-01"),
        );
        in_text("  تاريخ النشر :24 فبراير 2012\nنص", Some("2012-02-24"));
        in_text("التاريخ: 18 يوليو 2012", Some("2012-07-18"));
        in_text("بيان اليومنشر في بيان اليوم يوم 01 - 08 - 2012", Some("2012-08-01"));
        // Glued to the end of a longer line before it; not when a sentence reads `نشر في`.
        let glued = "الوداد البيضاوي في المرتبة 127و المغرب الفاسي 149نشر في الاتحاد الاشتراكي يوم 05 - 09 - 2012";
        in_text(glued, Some("2012-09-05"));
        // A weekday glued to the paper's name before it.
        in_text(
            "عنوان طويل هنا\nالوسط التونسيةالاربعاء 25 يوليوز 2012 آ\nنص المقال",
            Some("2012-07-25"),
        );
        in_text("قال الكاتب في مقال طويل له نشر في الصحيفة يوم 05 - 09 - 2012", None);
        in_text("آخر تحديث: 2012-07-09 10:30", Some("2012-07-09"));
        in_text("بتاريخ 05/03/2024", Some("2024-03-05"));
        in_text("Published: 5 March 2024", Some("2024-03-05"));
    }

    #[test]
    fn text_leading_weekday_and_date() {
        in_text("الجمعة 06/07/2012\nنص الخبر", Some("2012-07-06"));
        in_text("الخميس 26 جويلية 2012", Some("2012-07-26"));
        in_text("الجمعة, 13-يوليو-2012", Some("2012-07-13"));
        in_text("لثلاثاء, 08 مايو, 2012, 10:20 بتوقيت القدس", Some("2012-05-08"));
        in_text("المصدر:: يوم الأربعاء 09/05/2012 م - الموافق 18-6-1433 هـ", Some("2012-05-09"));
        in_text("الطريق     الاربعاء 6 حزيران (يونيو) 2012", Some("2012-06-06"));
        in_text("الصباح    تونس في يوم   الإثنين 16 جويلية 2012", Some("2012-07-16"));
        in_text("صحيفة الوطن - العدد 2376 الثلاثاء 12 يونيو 2012", Some("2012-06-12"));
        in_text("الاربعاء,11 تموز 2012 الموافق 21 شعبان 1433", Some("2012-07-11"));
        in_text("Tue, 05 Mar 2024 23:30:00 +0300", Some("2024-03-05"));
        in_text("Friday, July 6, 2018", Some("2018-07-06"));
        in_text("هسبريس- حسن حمورو\nالجمعة 07 دجنبر 2012 - 14:50", Some("2012-12-07"));
    }

    #[test]
    fn text_dates_alone_on_a_line() {
        in_text("17/04/2012\nامين يونس", Some("2012-04-17"));
        in_text("24/07/2012 21:21:15", Some("2012-07-24"));
        in_text("2012-07-09\nنص", Some("2012-07-09"));
        in_text("٢٠١٢-٠٧-٠٩", Some("2012-07-09"));
        in_text("الخميس ٢٦ جويلية ٢٠١٢", Some("2012-07-26"));
        in_text("3 كانون الثاني 2020", Some("2020-01-03"));
    }

    #[test]
    fn text_agency_datelines() {
        in_text("جنين 11-7-2012 وفا-  انطلقت في بلدة الزبابدة", Some("2012-07-11"));
        in_text("لندن 27-7-2012 وفا- قال رئيس الوزراء", Some("2012-07-27"));
        // Glued to the place and to the agency.
        in_text("القاهرة20-1-2012وفا- أعلن رئيس الهيئة", Some("2012-01-20"));
        // The mark with tatweel, or after a dash, is WAFA's all the same.
        in_text("نابلس 9-4-2012 وفــا- افتتح في كلية الفنون", Some("2012-04-09"));
        in_text("طولكرم 12-3-2012-وفا- أعلن مساء اليوم", Some("2012-03-12"));
        // A word that begins with its letters is no mark.
        in_text("جنين 11-7-2012 وفاة الشاعر", None);
        in_text("رام الله 5 مايو 2012 - أعلنت الوزارة", Some("2012-05-05"));
        in_text("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس", Some("2015-08-11"));
        let added = "-الوئام-تم إضافته يوم السبت 28 جمادى الثانية 1433 هـ - الموافق 19 مايو 2012 م";
        in_text(added, Some("2012-05-19"));
    }

    #[test]
    fn text_masthead_name_and_date() {
        in_text("الزيتونة.. تاريخ مجيد\nالوسط التونسيه - 25 جويلية 2012\nكان", Some("2012-07-25"));
        // Not with more after the date, nor with a sentence before it.
        in_text("الوسط التونسيه - 25 جويلية 2012 وقد أعلن", None);
        in_text("أعلن الوزير أمس أن الموعد النهائي - 25 جويلية 2012", None);
        // A one-word name needs no dash; two words do (`الموعد النهائي 25 جويلية 2012` is
        // a deadline).
        in_text("البيان 27 جويلية 2012\nبطولة الرابطة", Some("2012-07-27"));
        in_text("الموعد النهائي 25 جويلية 2012\nكان", None);
        // A lone letter before the date is a fragment of a word, not a word (session 38).
        in_text("دكتاتور تونس\nة 23 جويلية 2012   الوسط التونسيه\nلم تعلن", Some("2012-07-23"));
        in_text("و أمس 23 جويلية 2012\nكان", None);
    }

    #[test]
    fn text_masthead_time_stamps() {
        in_text("العواصم: الوكالات\u{a0}2012-07-08 12:06 AM\nأقر", Some("2012-07-08"));
        in_text("الدوحة - قنا 2012-06-24 9:30 ص", Some("2012-06-24"));
        // A byline of source, author, date (with the year's `م`) and time.
        let byline = "صوت الأخدود - « محمد أحمد آل محسن » - 25 / 6 / 2012 م - 1:34 م\nكتاب";
        in_text(byline, Some("2012-06-25"));
        // A title line closed by the day of issue and the site's time of update (session 32).
        let updated = "آلاف شاب يحصلون على تدريب السبت 28 يوليوز 2012 آخر تحديث 01:40:21\nقالت";
        in_text(updated, Some("2012-07-28"));
        in_text("ألف شاب يحصلون على تدريب في 28 يوليوز 2012 آخر تحديث 01:40:21\nقالت", None);
        in_text("صوت الأخدود - 18 / 5 / 2012 م - 11:55 م\nأعلن", Some("2012-05-18"));
        // Still skipped when day and month could be read either way.
        in_text("صوت الأخدود - 8 / 5 / 2012 م - 11:55 م\nأعلن", None);
        // Without a time, or deep in a sentence, a date is an event's.
        in_text("العواصم: الوكالات 2012-07-08 أقر", None);
        in_text("قال الوزير إن الاجتماع الذي عقد في الدوحة انتهى 2012-06-24 9:30 ص", None);
    }

    #[test]
    fn text_day_of_issue_closing_a_title() {
        let title = "المفترون على الله الكذب لا يفلحون في يوم \u{a0} الإربعاء 25 جويلية 2012";
        in_text(title, Some("2012-07-25"));
        let subtitle = "لدعم السّياحة الثقافيّة الصباح     الجمعة 27 جويلية 2012\nأفادنا";
        in_text(subtitle, Some("2012-07-27"));
        // With one space it is a sentence's date, an event's.
        in_text(
            "قالت الهيئة إن المهرجان الدولي للموسيقى سيقام الجمعة 27 جويلية 2012\nأفادنا",
            None,
        );
        // Not if more follows the date, nor without `في يوم`, nor with a weekday that disagrees.
        in_text("المفترون على الله الكذب لا يفلحون في يوم الإربعاء 25 جويلية 2012 وما بعده", None);
        in_text("المفترون على الله الكذب لا يفلحون يوم الإربعاء 25 جويلية 2012", None);
        in_text("المفترون على الله الكذب لا يفلحون في يوم الخميس 25 جويلية 2012", None);
        // An event: `قبل` before it.
        in_text("انتهت المهلة قبل الانتخابات في يوم الأحد 8 جويلية 2012", None);
    }

    #[test]
    fn text_hijri_dates_give_way_to_gregorian_ones() {
        in_text("21 شعبان 1433 الموافق 11 تموز 2012", Some("2012-07-11"));
        // A weekday, the day's Hijri date and the Gregorian one (session 32); the weekday must
        // be the Gregorian date's.
        in_text("ضمن الأسواق الناشئة\nالأربعاء 14 شعبان 1433 / 4 يوليو 2012", Some("2012-07-04"));
        let masthead = "الشرق الاوسط  الجمعـة 16 شعبـان 1433 هـ 6 يوليو 2012 العدد 12";
        in_text(masthead, Some("2012-07-06"));
        in_text("الخميس 14 شعبان 1433 / 4 يوليو 2012", None);
        // Month first when the day cannot be first; ambiguous, skipped.
        in_text("06-19-2012 04:47 AM\n(ضوء): يبدو أن مشكلة الاسكان", Some("2012-06-19"));
        in_text("03-01-2012 07:30 AM\nقال", None);
        in_text("19.06.2012", Some("2012-06-19"));
    }

    #[test]
    fn text_hijri_only_lines_give_their_umm_al_qura_day() {
        // Session 32: after a label, alone, with a time or `هـ`, with a weekday that agrees;
        // not in a sentence.
        in_text("بتاريخ 9-9-1433 هـ", Some("2012-07-28"));
        in_text("1433-08-03 06:28 AM", Some("2012-06-23"));
        in_text("عرض داتاماتكس\n07-03-1433 02:08 AM\nينبع نيوز", Some("2012-01-30"));
        in_text("الجمعة 16 شعبان 1433 هـ", Some("2012-07-06"));
        in_text("الخميس 16 شعبان 1433 هـ", None);
        in_text("٧-٣-١٤٣٣ هـ", Some("2012-01-30"));
        in_text("الصادر في 27 من شعبان 1432", None);
        in_text("نظمت بداية من العام 1422 هـ على التوالي", None);
        in_text("وصل الوفد في 16 شعبان 1433 هـ إلى جدة", None);
        in_text("بتاريخ 31-9-1433 هـ", None);
        in_text("بتاريخ 30-13-1433 هـ", None);
        in_text("بتاريخ 0-0-1433 هـ", None);
        in_text("بتاريخ 9-9-1356 هـ", None);
        // The Gregorian date wins over a Hijri one on an earlier line.
        in_text("بتاريخ 9-9-1433 هـ\nتاريخ النشر: 27 يوليو 2012", Some("2012-07-27"));
    }

    #[test]
    fn text_ambiguous_day_and_month() {
        // Both 12 or less, with slashes or dashes: skipped unless a label, WAFA or a weekday
        // settles the order.
        in_text("10/11/2012 3:04 صباحا", None);
        in_text("09/05/2012", None);
        in_text("4/8/2012 - الصحوة نت", None);
        // In dots, never month first: the date line of an AFP piece.
        in_text("أ.ف.ب / .\n05.10.2012\nفي ما يأتي بعض الأرقام", Some("2012-10-05"));
        in_text("05.10.2012", Some("2012-10-05"));
        in_text("تاريخ النشر: 09/05/2012", Some("2012-05-09"));
        // 9 May 2012 was a Wednesday, 5 September a Wednesday too: day first wins.
        in_text("الأربعاء 09/05/2012", Some("2012-05-09"));
        // 3 July 2012 was a Tuesday, 7 March a Wednesday.
        in_text("الثلاثاء 03/07/2012", Some("2012-07-03"));
        in_text("الأربعاء 03/07/2012", Some("2012-03-07"));
        // A weekday that fits neither reading: no date.
        in_text("الجمعة 03/07/2012", None);
        // A byline that a bar and the date close.
        in_text("الدوحة - علاء الدين قريعة | 2012-07-11", Some("2012-07-11"));
        in_text("الدوحة - علاء الدين قريعة | 2012-07-11 وقال", None);
        // A weekday closing a masthead settles it too: 4 July 2012 was a Wednesday.
        in_text("الاصيل 7-4-2012 الاربعاء", Some("2012-07-04"));
        in_text("الاصيل 7-4-2012 الجمعة", None);
        in_text("الأصيل 7-4-2012 الأربعاء والخميس", None);
        in_text("الجمعة 24/07/2012", None);
    }

    #[test]
    fn text_events_are_not_publication_dates() {
        in_text("انتظمت مساء أول أمس الاثنين 23 جويلية 2012 ندوة صحفية بالمتحف الوطني", None);
        in_text("أمس الاثنين 23 جويلية 2012", None);
        in_text("تابعت الوزارة اجتماع جنيف الذي انعقد بتاريخ 30/6/2012 ودرست نتائجه", None);
        in_text("من 5 مايو 2012 - 7 مايو 2012", None);
        in_text("بلغت التجارة في عام 2010 نحو مليار دولار", None);
        in_text("افتتح المعرض يوم 5 مايو", None);
        let deep = format!("{}\n\nالخميس 26 جويلية 2012", "فقرة طويلة من نص الخبر. ".repeat(40));
        in_text(&deep, None);
        let late = "سطر\n".repeat(8) + "الخميس 26 جويلية 2012";
        in_text(&late, None);
    }

    #[test]
    fn text_numbers_that_are_not_dates() {
        in_text("للاستفسار: 02-2981234 أو 0599-123-456", None);
        in_text("فاز الفريق 2-1 على ضيفه", None);
        in_text("صدر الإصدار 10.3.2012 من البرنامج", None);
        in_text("1.2.3.2012", None);
        in_text("21/05/2012/7", None);
        in_text("النتيجة 12-5 و2012", None);
        in_text("16 رجب 1433-2012-06-0603:40 PM", None);
        in_text("31/02/2012", None);
    }

    #[test]
    fn file_names() {
        in_file_name("wire/ap-report-20170201.txt", Some("2017-02-01"));
        in_file_name("2012-06-24.txt", Some("2012-06-24"));
        in_file_name("JA-culture-1-20170120", Some("2017-01-20"));
        in_file_name("news_2012_06_24.md", Some("2012-06-24"));
        in_file_name("a/b/24-06-2012.txt", Some("2012-06-24"));
        in_file_name("2012/06/24/story.txt", None);
        in_file_name("2019-giza-museum-tutankhamun.md", None);
        in_file_name("06-07-2012.txt", None);
        in_file_name("id-12345678.txt", None);
        in_file_name("20120624-20120625.txt", None);
        in_file_name("20120624-2012-06-24.txt", Some("2012-06-24"));
        in_file_name("1433-08-03.txt", None);
        in_file_name("AEE1.txt", None);
    }

    #[test]
    fn not_dates() {
        check("", None);
        check("yesterday", None);
        check("2024-13-01", None);
        check("2023-02-29", None);
        check("2024-03", None);
        check("2024-03-05 and more", None);
        check("12345", None);
        check("Mar 2024", None);
        check("31 فبراير 2024", None);
    }

    #[test]
    fn random_lines_never_panic() {
        use super::*;
        let mut bank: Vec<String> = ARABIC_MONTHS.iter().map(|(m, _)| m.to_string()).collect();
        bank.extend(ENGLISH_MONTHS.iter().map(|m| m.to_string()));
        bank.extend(WEEKDAYS.iter().map(|(w, _)| w.to_string()));
        for w in [
            "2012",
            "12",
            "1",
            "31",
            "٢٠١٢",
            "1433",
            "هـ",
            "م",
            "الموافق",
            "نشر",
            "في",
            "يوم",
            "تاريخ",
            "النشر",
            "وفا",
            "(وفا)",
            "12:06",
            "AM",
            "ص",
            "الثاني",
            "الاول",
            "الأول",
            "البيان",
            "الوسط",
            "-",
            "–",
            "|",
            ":",
            "/",
            ".",
            "،",
            "(",
            ")",
            "2012-07-08",
            "17/04/2012",
            "07-19-2012",
            "T",
            "+0400",
            "Tue,",
            "01",
            "Aug",
            "2017",
            "00:30:00",
            "شعبان",
            "جمادى",
            "رمضان",
            "ذو",
            "الحجة",
            "في يوم",
            "عام",
            "0",
            "99",
            "13",
            "2099",
        ] {
            bank.push(w.to_string());
        }
        let gaps = [" ", " ", "", "-", " - ", "/", "\n", "\u{a0}", ":", ",", "  "];
        let mut random = crate::extract::TestRandom::new(0x1234_5678_9ABC_DEF1);
        let mut next = |n: usize| random.below(n);
        let count: usize =
            std::env::var("ARSHIF_FUZZ_TEXTS").ok().and_then(|n| n.parse().ok()).unwrap_or(50_000);
        for _ in 0..count {
            let mut text = String::new();
            for _ in 0..1 + next(12) {
                text.push_str(gaps[next(gaps.len())]);
                text.push_str(&bank[next(bank.len())]);
            }
            let t = text.clone();
            let result = std::panic::catch_unwind(move || {
                let _ = date_in_text(&t, &t);
                let _ = date_in_text("", &t);
                let _ = date_in_file_name(&t);
                let _ = parse_date(&t);
            });
            assert!(result.is_ok(), "the date reader failed on {text:?}");
        }
    }
}
