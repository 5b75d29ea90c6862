//! The record every stage passes on: one news article as found in a file.

use serde::Serialize;

/// One news article.
///
/// `parse` fills what the file says; `extract` adds the date (when the file gives one in its
/// metadata) and the places named in the text. An article without a known date has no date:
/// arshif never substitutes a file's modification time.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// Stable identifier: the record's own id, else `path` or `path#n` for the n-th record of a
    /// multi-record file (1-based).
    pub id: String,
    pub title: String,
    pub body: String,
    /// Calendar day of publication as written in the source (no shift to UTC).
    #[serde(serialize_with = "serialize_date")]
    pub date: Option<time::Date>,
    /// Place names: those the file lists, then those found in the text (canonical Arabic names).
    pub places: Vec<String>,
    /// For each of `places`, the distinct forms that named it in the title and body, as written
    /// (`بلندن`; none for a place only the file lists). Filled by `extract`, which finds them
    /// anyway; `arshif extract` shows them, the index does not keep them.
    #[serde(skip)]
    pub place_forms: Vec<Vec<String>>,
    /// For each of `places`, the kind of a place the gazetteer does not know that a place noun
    /// introduced in the text (`بلدة كفرنبل` → `town`); `None` for the gazetteer's places and
    /// those the file lists. The index keeps the name only, like a listed place's.
    #[serde(skip)]
    pub place_kinds: Vec<Option<&'static str>>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Path of the file the article came from, relative to the indexed folder, with `/`.
    pub path: String,
}

/// Formats a date as `YYYY-MM-DD`, the one form arshif writes dates in.
pub fn format_date(date: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// Serialises an optional date as `"YYYY-MM-DD"` or null (for `#[serde(serialize_with)]`).
pub fn serialize_date<S: serde::Serializer>(
    date: &Option<time::Date>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => s.serialize_str(&format_date(*date)),
        None => s.serialize_none(),
    }
}
