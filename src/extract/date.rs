//! Publication dates from article metadata.
//!
//! Accepted forms (Arabic-Indic digits are read as ASCII digits):
//! - ISO 8601 / RFC 3339 dates and date-times: `2024-03-05`, `2024/03/05`,
//!   `2024-03-05T23:30:00+03:00`, `2024-03-05 23:30`;
//! - RFC 2822: `Tue, 05 Mar 2024 23:30:00 +0300`;
//! - day first, as Arab newspapers write it: `05/03/2024`, `5-3-2024`, `05.03.2024`;
//! - compact `20240305`.
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
    fn not_dates() {
        check("", None);
        check("yesterday", None);
        check("2024-13-01", None);
        check("2023-02-29", None);
        check("2024-03", None);
        check("2024-03-05 and more", None);
        check("12345", None);
    }
}
