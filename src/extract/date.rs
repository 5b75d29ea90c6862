//! Publication dates from article metadata.
//!
//! Accepted forms (Arabic-Indic digits are read as ASCII digits):
//! - ISO 8601 / RFC 3339 dates and date-times: `2024-03-05`, `2024/03/05`,
//!   `2024-03-05T23:30:00+03:00`, `2024-03-05 23:30`;
//! - RFC 2822: `Tue, 05 Mar 2024 23:30:00 +0300`;
//! - day first, as Arab newspapers write it: `05/03/2024`, `5-3-2024`, `05.03.2024`;
//! - compact `20240305`;
//! - a day, a month name and a year: `Fri, 06 Jul 2018 08:41:32 UTC`, `July 6, 2018`,
//!   `6 يوليو 2018`, `٦ تموز ٢٠١٨`, `15 جويلية 2016` (English, and Arabic month names as
//!   written in Egypt and the Gulf, the Levant and the Maghreb).
//!
//! The calendar day is kept as written: `2024-03-05T23:30:00+03:00` is 5 March, never shifted
//! to UTC, because the archive's own day is what a reader filters by.

use time::{format_description::well_known::Rfc2822, Date, Month, OffsetDateTime};

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
/// Levantine and Maghrebi names), normalised. Levantine two-word names are resolved by the
/// word after them (كانون الثاني = January, كانون الأول = December).
const ARABIC_MONTHS: [(&str, u8); 31] = [
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

fn month_of(word: &str, next: Option<&str>) -> Option<u8> {
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
        (0, "كانون", Some("الثاني")) => Some(1),
        (0, "كانون", Some("الاول")) => Some(12),
        (0, "تشرين", Some("الاول")) => Some(10),
        (0, "تشرين", Some("الثاني")) => Some(11),
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

fn ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
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
    use super::parse_date;
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
        check("1 أيار 2021", Some("2021-05-01"));
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
}
