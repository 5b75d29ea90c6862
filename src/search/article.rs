//! One article by its id, whole, with the words of a query marked (for reading it in full).

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::Term;

use super::{snippet, ArchiveSearcher, QuerySyntax, Scoring, SearchFields};
use crate::Result;

/// A stored article with highlight ranges for a query.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleView {
    pub id: String,
    pub title: String,
    /// Character ranges (`[start, end)`, code points) of matched words in the title.
    pub title_highlights: Vec<[usize; 2]>,
    /// `YYYY-MM-DD`, or null when the article has no known date.
    #[serde(serialize_with = "crate::article::serialize_date")]
    pub date: Option<time::Date>,
    pub places: Vec<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub path: String,
    /// The full text, as indexed.
    pub body: String,
    /// Character ranges of matched words in the body.
    pub body_highlights: Vec<[usize; 2]>,
}

impl ArchiveSearcher {
    /// The article with this id, its words matching `query` marked (none for an empty query);
    /// `None` when no article has the id.
    pub fn article(&self, id: &str, query: &str) -> Result<Option<ArticleView>> {
        let f = &self.archive.fields;
        let by_id = TermQuery::new(Term::from_field_text(f.id, id), IndexRecordOption::Basic);
        let found = self.searcher.search(&by_id, &TopDocs::with_limit(1).order_by_score())?;
        let Some(&(_, address)) = found.first() else {
            return Ok(None);
        };
        let doc: TantivyDocument = self.searcher.doc(address)?;
        let terms = if query.trim().is_empty() {
            Default::default()
        } else {
            let built = self.build_query(
                query,
                QuerySyntax::Full,
                SearchFields::TitleAndBody,
                &Default::default(),
                &Scoring::default(),
            )?;
            self.highlight_terms(&*built.query)
        };
        let stored = self.stored(&doc);
        let mut analyzer = self.analyzer.clone();
        Ok(Some(ArticleView {
            title_highlights: snippet::highlight_all(&mut analyzer, &stored.title, &terms),
            body_highlights: snippet::highlight_all(&mut analyzer, &stored.body, &terms),
            id: stored.id,
            title: stored.title,
            date: stored.date,
            places: stored.places,
            source: stored.source,
            url: stored.url,
            path: stored.path,
            body: stored.body,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Profile;
    use crate::extract::places::Gazetteer;
    use crate::index::{create, to_document};
    use crate::Article;

    #[test]
    fn finds_by_id_and_marks_query_words_in_any_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let archive =
            create(dir.path(), None, Profile::default(), crate::index::Layout::default()).unwrap();
        let mut writer = archive.index.writer_with_num_threads(1, 20_000_000).unwrap();
        let article = Article {
            id: "2024/a.txt#2".to_string(),
            title: "ضمانات أمنية لأوكرانيا".to_string(),
            body: "بحث الوزراء الضماناتِ الأمنيّة.\nوقال المتحدث إن المحادثات مستمرة.".to_string(),
            path: "2024/a.txt".to_string(),
            ..Article::default()
        };
        writer.add_document(to_document(&article, &archive.fields, Gazetteer::builtin())).unwrap();
        writer.commit().unwrap();
        let searcher = ArchiveSearcher::open(dir.path()).unwrap();

        let view = searcher.article("2024/a.txt#2", "الامنية لاوكرانيا").unwrap().unwrap();
        assert_eq!(view.body, article.body);
        assert_eq!(view.title_highlights, [[7, 12], [13, 22]]);
        assert_eq!(view.body_highlights, [[22, 30]]);

        let plain = searcher.article("2024/a.txt#2", "").unwrap().unwrap();
        assert!(plain.title_highlights.is_empty() && plain.body_highlights.is_empty());
        assert!(searcher.article("2024/a.txt", "").unwrap().is_none());
    }
}
