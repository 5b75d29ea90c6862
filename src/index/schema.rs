//! The index schema: which fields an article becomes and how each is indexed.
//!
//! | field   | holds                                   | indexed as                        | stored |
//! |---------|-----------------------------------------|-----------------------------------|--------|
//! | id      | stable article id                       | one raw term, fast field (run ids)| yes    |
//! | title   | headline                                | Arabic analyzer, with positions   | yes*   |
//! | body    | article text                            | Arabic analyzer, with positions   | yes*   |
//! | date    | publication day (optional)              | date, fast field                  | yes    |
//! | places  | canonical place names                   | raw terms, fast field (filters)   | yes    |
//! | place   | places in Arabic and English            | Arabic analyzer (`place:` search) | no     |
//! | source  | agency or newspaper                     | raw term, fast field              | yes    |
//! | url     | link to the original                    | —                                 | yes    |
//! | path    | file, relative to the indexed folder    | raw term                          | yes    |
//!
//! The exact (normalised, unstemmed) forms of the title and body are not fields: they are kept
//! beside the inverted index by a segment plugin ([`super::forms`]), which an index built with
//! `arshif index --no-exact-forms` does not have (one stemmed field per text, as Lucene's Arabic
//! setup has). (*) One built with `--no-stored-text` does not store the title and body (a third
//! of a full index's size).

use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing,
    TextOptions, FAST, STORED, STRING,
};

use super::Layout;
use crate::analysis::{ANALYZER_NAME, PLACE_ANALYZER_NAME};

/// The fields of an arshif index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub title: Field,
    pub body: Field,
    /// The title and body are stored (not so in an index built with `--no-stored-text`).
    pub stored_text: bool,
    pub date: Field,
    pub places: Field,
    pub place: Field,
    pub source: Field,
    pub url: Field,
    pub path: Field,
}

/// Builds the schema of a new index with `layout` (the exact forms are no field: see the top).
pub fn build_schema(layout: Layout) -> Schema {
    let analyzed = TextFieldIndexing::default()
        .set_tokenizer(ANALYZER_NAME)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let searchable_only = TextOptions::default().set_indexing_options(analyzed);
    let place = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(PLACE_ANALYZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let text = if layout.stored_text {
        searchable_only.clone().set_stored()
    } else {
        searchable_only.clone()
    };
    let date = DateOptions::default()
        .set_indexed()
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds);

    let mut builder = Schema::builder();
    builder.add_text_field("id", STRING | STORED | FAST);
    builder.add_text_field("title", text.clone());
    builder.add_text_field("body", text);
    builder.add_date_field("date", date);
    builder.add_text_field("places", STRING | STORED | FAST);
    builder.add_text_field("place", place);
    builder.add_text_field("source", STRING | STORED | FAST);
    builder.add_text_field("url", STORED);
    builder.add_text_field("path", STRING | STORED);
    builder.build()
}

impl Fields {
    /// Finds the fields in a schema; an error if it is not an arshif schema.
    pub fn from_schema(schema: &Schema) -> Result<Fields, String> {
        let get =
            |name: &str| schema.get_field(name).map_err(|_| format!("it has no field `{name}`"));
        let title = get("title")?;
        Ok(Fields {
            id: get("id")?,
            title,
            body: get("body")?,
            stored_text: schema.get_field_entry(title).is_stored(),
            date: get("date")?,
            places: get("places")?,
            place: get("place")?,
            source: get("source")?,
            url: get("url")?,
            path: get("path")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_has_every_field() {
        let schema = build_schema(Layout::default());
        let fields = Fields::from_schema(&schema).unwrap();
        assert_eq!(schema.get_field_name(fields.body), "body");
        assert!(fields.stored_text);
        assert!(Fields::from_schema(&Schema::builder().build()).is_err());
    }

    #[test]
    fn without_stored_text_the_title_and_body_are_not_stored() {
        let schema = build_schema(Layout { stored_text: false, ..Layout::default() });
        let fields = Fields::from_schema(&schema).unwrap();
        assert!(!fields.stored_text);
        assert!(!schema.get_field_entry(fields.body).is_stored());
        assert!(schema.get_field_entry(fields.body).is_indexed());
        assert!(schema.get_field_entry(fields.id).is_stored());
        assert!(schema.get_field_entry(fields.path).is_stored());
    }
}
