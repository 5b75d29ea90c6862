//! Turning what the user typed into a tantivy query, with filters.
//!
//! - [`QuerySyntax::Full`]: tantivy's query language on title and body (title boosted):
//!   `"phrases"`, `+must`, `-not`, `AND`/`OR`, `title:`/`body:`/`place:`/`source:` prefixes. A
//!   query the parser rejects is searched as plain words instead, with a note saying so; a
//!   query that only excludes words is an error (it would match everything).
//! - [`QuerySyntax::Plain`]: every word is a term, OR-ed; punctuation is never an error. This
//!   is what batch uses by default, since titles contain `:`, `-` and quotes.
//!
//! Filters (date range, place) restrict the hits without changing their scores.

use std::ops::Bound;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, QueryParser, QueryParserError,
    RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;
use time::{Date, Month};

use crate::extract::places::Gazetteer;
use crate::index::{date_to_index, ArchiveIndex};
use crate::{analysis, Error, Result};

/// How the query text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuerySyntax {
    /// Operators, phrases and field prefixes (see the module docs).
    #[default]
    Full,
    /// Words only.
    Plain,
}

/// Which text fields a query searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchFields {
    #[default]
    TitleAndBody,
    Title,
    Body,
}

/// How much more a title match weighs than a body match.
pub const TITLE_BOOST: f32 = 2.0;

/// Restrictions on which articles may be hits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// First day included.
    pub since: Option<Date>,
    /// Last day included.
    pub until: Option<Date>,
    /// A place name (Arabic or English, any spelling the gazetteer knows, or a listed place).
    pub place: Option<String>,
}

/// Reads a `--since` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as its first day.
pub fn parse_since(text: &str) -> Result<Date> {
    parse_day_bound(text, false)
}

/// Reads an `--until` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as its last day.
pub fn parse_until(text: &str) -> Result<Date> {
    parse_day_bound(text, true)
}

fn parse_day_bound(text: &str, last: bool) -> Result<Date> {
    let invalid =
        || Error::Invalid(format!("invalid date {text:?}: use YYYY, YYYY-MM or YYYY-MM-DD"));
    let normalized = analysis::normalize::normalize(text.trim());
    let parts: Vec<&str> = normalized.split('-').collect();
    let number = |s: &str, len: usize| -> Result<u32> {
        if s.len() == len || (len == 2 && s.len() == 1) {
            s.parse().map_err(|_| invalid())
        } else {
            Err(invalid())
        }
    };
    let year = number(parts[0], 4)? as i32;
    let month = match parts.get(1) {
        Some(m) => Some(Month::try_from(number(m, 2)? as u8).map_err(|_| invalid())?),
        None => None,
    };
    let day = match parts.get(2) {
        Some(d) => Some(number(d, 2)? as u8),
        None => None,
    };
    if parts.len() > 3 {
        return Err(invalid());
    }
    let date = match (month, day, last) {
        (None, _, false) => Date::from_calendar_date(year, Month::January, 1),
        (None, _, true) => Date::from_calendar_date(year, Month::December, 31),
        (Some(m), None, false) => Date::from_calendar_date(year, m, 1),
        (Some(m), None, true) => Date::from_calendar_date(year, m, m.length(year)),
        (Some(m), Some(d), _) => Date::from_calendar_date(year, m, d),
    };
    date.map_err(|_| invalid())
}

/// A query ready to run, with notes for the user about how it was read.
pub struct BuiltQuery {
    pub query: Box<dyn Query>,
    pub notes: Vec<String>,
}

/// Builds the query for `text` with `filters`.
pub fn build_query(
    archive: &ArchiveIndex,
    text: &str,
    syntax: QuerySyntax,
    fields: SearchFields,
    filters: &Filters,
) -> Result<BuiltQuery> {
    let searched = searched_fields(archive, fields);
    let mut notes = Vec::new();
    if analysis::analyze(text).is_empty() {
        return Err(Error::Invalid(format!("the query {text:?} has no words to search for")));
    }
    let user_query = match syntax {
        QuerySyntax::Plain => plain_query(text, &searched)?,
        QuerySyntax::Full => {
            let mut parser = QueryParser::for_index(&archive.index, searched.clone());
            parser.set_field_boost(archive.fields.title, TITLE_BOOST);
            match parser.parse_query(text) {
                Ok(query) => query,
                Err(QueryParserError::AllButQueryForbidden) => {
                    return Err(Error::Invalid(format!(
                        "the query {text:?} only excludes words: add a word to search for"
                    )))
                }
                Err(err) => {
                    notes.push(format!("query syntax not understood ({err}); searched the words"));
                    plain_query(text, &searched)?
                }
            }
        }
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user_query)];
    if let Some(range) = date_filter(archive, filters)? {
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(range, 0.0))));
    }
    if let Some(place) = &filters.place {
        let place_query = place_filter(archive, place)?;
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(place_query, 0.0))));
    }
    let query: Box<dyn Query> = if clauses.len() == 1 {
        clauses.pop().map(|(_, q)| q).expect("one clause")
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    Ok(BuiltQuery { query, notes })
}

fn searched_fields(archive: &ArchiveIndex, fields: SearchFields) -> Vec<Field> {
    let f = &archive.fields;
    match fields {
        SearchFields::TitleAndBody => vec![f.title, f.body],
        SearchFields::Title => vec![f.title],
        SearchFields::Body => vec![f.body],
    }
}

/// Every analysed word of `text` as a term on every searched field, OR-ed.
fn plain_query(text: &str, fields: &[Field]) -> Result<Box<dyn Query>> {
    let mut terms = analysis::analyze(text);
    let mut seen = std::collections::HashSet::new();
    terms.retain(|t| seen.insert(t.clone()));
    if terms.is_empty() {
        return Err(Error::Invalid(format!("the query {text:?} has no words to search for")));
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for term in &terms {
        for (n, field) in fields.iter().enumerate() {
            let query =
                TermQuery::new(Term::from_field_text(*field, term), IndexRecordOption::WithFreqs);
            // The title is the first field whenever it is searched (see `searched_fields`).
            let boost = if n == 0 && fields.len() > 1 { TITLE_BOOST } else { 1.0 };
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(query), boost))));
        }
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

fn date_filter(archive: &ArchiveIndex, filters: &Filters) -> Result<Option<Box<dyn Query>>> {
    if let (Some(since), Some(until)) = (filters.since, filters.until) {
        if since > until {
            return Err(Error::Invalid(format!(
                "--since {} is after --until {}",
                crate::article::format_date(since),
                crate::article::format_date(until)
            )));
        }
    }
    if filters.since.is_none() && filters.until.is_none() {
        return Ok(None);
    }
    let field = archive.fields.date;
    let term = |date: Date| Term::from_field_date_for_search(field, date_to_index(date));
    let lower = filters.since.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
    let upper = match filters.until.map(|d| d.next_day()) {
        Some(Some(next)) => Bound::Excluded(term(next)),
        _ => Bound::Unbounded,
    };
    Ok(Some(Box::new(RangeQuery::new(lower, upper))))
}

/// Matches articles that name `place`: its canonical name when the gazetteer knows it, the
/// name as given (places listed by the file itself), and the analysed words in the `place`
/// field (other spellings of names the gazetteer does not know).
fn place_filter(archive: &ArchiveIndex, place: &str) -> Result<Box<dyn Query>> {
    let place = place.trim();
    let f = &archive.fields;
    let mut names = vec![place.to_string()];
    if let Some(known) = Gazetteer::builtin().lookup(place) {
        names.push(known.name.clone());
    }
    let exact = TermSetQuery::new(names.iter().map(|n| Term::from_field_text(f.places, n)));
    let words = analysis::analyze(place);
    if words.is_empty() {
        return Err(Error::Invalid(format!("--place {place:?} names no place")));
    }
    let phrase: Box<dyn Query> = if words.len() == 1 {
        Box::new(TermQuery::new(
            Term::from_field_text(f.place, &words[0]),
            IndexRecordOption::Basic,
        ))
    } else {
        let terms = words.iter().map(|w| Term::from_field_text(f.place, w)).collect();
        Box::new(tantivy::query::PhraseQuery::new(terms))
    };
    Ok(Box::new(BooleanQuery::new(vec![(Occur::Should, Box::new(exact)), (Occur::Should, phrase)])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::format_date;

    #[test]
    fn since_takes_the_first_day() {
        assert_eq!(format_date(parse_since("2021").unwrap()), "2021-01-01");
        assert_eq!(format_date(parse_since("2021-06").unwrap()), "2021-06-01");
        assert_eq!(format_date(parse_since("2021-06-15").unwrap()), "2021-06-15");
    }

    #[test]
    fn until_takes_the_last_day() {
        assert_eq!(format_date(parse_until("2021").unwrap()), "2021-12-31");
        assert_eq!(format_date(parse_until("2024-02").unwrap()), "2024-02-29");
        assert_eq!(format_date(parse_until("2023-02").unwrap()), "2023-02-28");
        assert_eq!(format_date(parse_until("٢٠٢٣-٠٥-٠٧").unwrap()), "2023-05-07");
    }

    #[test]
    fn bad_bounds_are_errors_that_quote_the_input() {
        for bad in ["", "21", "2021-13", "2021-02-30", "2021/02/03", "2021-1-2-3", "yesterday"] {
            let err = parse_since(bad).unwrap_err().to_string();
            assert!(err.contains("YYYY-MM-DD") && err.contains(&format!("{bad:?}")), "{err}");
        }
    }
}
