//! TREC run files: `qid Q0 docid rank score tag`, one line per hit, space-separated, so that
//! runs can be scored with trec_eval and the like. Whitespace inside ids becomes `_`.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::search::Hit;

/// Writes the hits of query `qid`.
pub fn write_run(out: &mut dyn Write, qid: &str, hits: &[Hit], tag: &str) -> io::Result<()> {
    let qid = no_spaces(qid);
    for hit in hits {
        writeln!(out, "{qid} Q0 {} {} {:.6} {tag}", no_spaces(&hit.id), hit.rank, hit.score)?;
    }
    Ok(())
}

/// `text` with whitespace replaced; not copied when it has none (ids seldom do, and a batch
/// writes a hundred of them per query).
fn no_spaces(text: &str) -> Cow<'_, str> {
    if text.contains(char::is_whitespace) {
        text.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_columns_with_ids_made_safe() {
        let hit = Hit {
            rank: 1,
            score: 3.5,
            id: "my doc".into(),
            title: String::new(),
            title_highlights: vec![],
            date: None,
            places: vec![],
            source: None,
            url: None,
            path: String::new(),
            snippet: None,
        };
        let mut out = Vec::new();
        write_run(&mut out, "q 1", &[hit], "arshif").unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "q_1 Q0 my_doc 1 3.500000 arshif\n");
    }
}
