//! An article as tantivy indexes it, without copying its text.
//!
//! tantivy's own document type copies every value into its own buffer, so each article's title
//! and body were copied once more on their way in, on the one thread that feeds the writer, and
//! the copies waited in the writer's queue (up to 10,000 documents) beside the article itself.
//! [`ArticleDoc`] takes the article's strings over instead, hands the same text to every field
//! that indexes it, and gives the title and body to the exact forms ([`super::forms`]).

use tantivy::schema::document::{Document, ReferenceValue, ReferenceValueLeaf, Value};
use tantivy::schema::Field;
use tantivy::DateTime;

use super::{date_to_index, Fields};
use crate::extract::places::Gazetteer;
use crate::Article;

/// An article's values, field by field, in the order they are stored.
#[derive(Debug)]
pub struct ArticleDoc {
    /// The texts, each held once: the id, the title and the body first.
    texts: Vec<String>,
    values: Vec<(Field, Slot)>,
}

/// A value of [`ArticleDoc`]: a text (by its place in `texts`) or a date.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Text(usize),
    Date(DateTime),
}

impl ArticleDoc {
    fn add_text(&mut self, fields: &[Field], text: String) {
        let slot = Slot::Text(self.texts.len());
        self.texts.push(text);
        self.values.extend(fields.iter().map(|&field| (field, slot)));
    }

    /// The article's title and body.
    pub fn title_and_body(&self) -> (&str, &str) {
        (&self.texts[TITLE], &self.texts[BODY])
    }

    /// The text values of `field`, in order.
    #[cfg(test)]
    pub fn texts_of(&self, field: Field) -> Vec<&str> {
        self.iter_fields_and_values()
            .filter(|(f, _)| *f == field)
            .filter_map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Where the title and body are in [`ArticleDoc::texts`].
const TITLE: usize = 1;
const BODY: usize = 2;

/// The document of `article` (its strings are moved into it, not copied).
pub fn into_document(article: Article, fields: &Fields, gazetteer: &Gazetteer) -> ArticleDoc {
    let Article { id, title, body, date, places, place_kinds, source, url, path, .. } = article;
    let mut doc = ArticleDoc {
        texts: Vec::with_capacity(6 + 2 * places.len()),
        values: Vec::with_capacity(8 + 3 * places.len()),
    };
    doc.add_text(&[fields.id], id);
    doc.add_text(&[fields.title], title);
    doc.add_text(&[fields.body], body);
    if let Some(date) = date {
        doc.values.push((fields.date, Slot::Date(date_to_index(date))));
    }
    let kinds = place_kinds.into_iter().chain(std::iter::repeat(None));
    for (name, kind) in places.into_iter().zip(kinds) {
        // A name found after a place noun (`بلدة كفرنبل`) is no row's: no English name to add.
        let english = gazetteer.lookup(&name).filter(|_| kind.is_none()).map(|p| p.name_en.clone());
        doc.add_text(&[fields.places, fields.place], name);
        if let Some(english) = english {
            doc.add_text(&[fields.place], english);
        }
    }
    if let Some(source) = source {
        doc.add_text(&[fields.source], source);
    }
    if let Some(url) = url {
        doc.add_text(&[fields.url], url);
    }
    doc.add_text(&[fields.path], path);
    doc
}

/// The document of a borrowed `article` (a copy; indexing itself uses [`into_document`]).
pub fn to_document(article: &Article, fields: &Fields, gazetteer: &Gazetteer) -> ArticleDoc {
    into_document(article.clone(), fields, gazetteer)
}

impl Document for ArticleDoc {
    type Value<'a> = ArticleValue<'a>;
    type FieldsValuesIter<'a> = ArticleValues<'a>;

    fn iter_fields_and_values(&self) -> ArticleValues<'_> {
        ArticleValues { doc: self, next: 0 }
    }
}

/// The values of an [`ArticleDoc`], each with its field.
pub struct ArticleValues<'a> {
    doc: &'a ArticleDoc,
    next: usize,
}

impl<'a> Iterator for ArticleValues<'a> {
    type Item = (Field, ArticleValue<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let &(field, slot) = self.doc.values.get(self.next)?;
        self.next += 1;
        let value = match slot {
            Slot::Text(i) => ArticleValue::Text(&self.doc.texts[i]),
            Slot::Date(date) => ArticleValue::Date(date),
        };
        Some((field, value))
    }
}

/// One value of an [`ArticleDoc`], borrowed from it.
#[derive(Debug, Clone)]
pub enum ArticleValue<'a> {
    Text(&'a str),
    Date(DateTime),
}

impl<'a> Value<'a> for ArticleValue<'a> {
    type ArrayIter = std::iter::Empty<Self>;
    type ObjectIter = std::iter::Empty<(&'a str, Self)>;

    fn as_value(&self) -> ReferenceValue<'a, Self> {
        ReferenceValue::Leaf(match *self {
            ArticleValue::Text(text) => ReferenceValueLeaf::Str(text),
            ArticleValue::Date(date) => ReferenceValueLeaf::Date(date),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::build_schema;
    use crate::index::Layout;

    fn article() -> Article {
        Article {
            id: "a1".into(),
            title: "قمة في باريس".into(),
            body: "اجتمع القادة في باريس ولندن.".into(),
            date: Some(time::macros::date!(2024 - 03 - 05)),
            places: vec!["باريس".into(), "كفرنبل".into()],
            place_forms: vec![],
            place_kinds: vec![None, Some("town")],
            source: Some("AP".into()),
            url: None,
            path: "news/a1.txt".into(),
        }
    }

    #[test]
    fn each_text_goes_to_every_field_that_indexes_it() {
        let fields = Fields::from_schema(&build_schema(Layout::default())).unwrap();
        let doc = to_document(&article(), &fields, Gazetteer::builtin());
        assert_eq!(doc.texts_of(fields.body), ["اجتمع القادة في باريس ولندن."]);
        assert_eq!(doc.title_and_body(), ("قمة في باريس", "اجتمع القادة في باريس ولندن."));
        assert_eq!(doc.texts_of(fields.places), ["باريس", "كفرنبل"]);
        // The English name only for the gazetteer's place, not for the name after a place noun.
        assert_eq!(doc.texts_of(fields.place), ["باريس", "Paris", "كفرنبل"]);
        assert_eq!(doc.texts_of(fields.source), ["AP"]);
        assert!(doc.texts_of(fields.url).is_empty());
        let dates: Vec<_> = doc
            .iter_fields_and_values()
            .filter(|(f, _)| *f == fields.date)
            .filter_map(|(_, v)| v.as_datetime())
            .collect();
        assert_eq!(dates, [date_to_index(time::macros::date!(2024 - 03 - 05))]);
    }
}
