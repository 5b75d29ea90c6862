//! `arshif index`: what gets indexed, ids, re-indexing, and the summary.

mod util;

use util::{corpus_dir, Workspace};

/// The article count in the summary line "… now holds N articles".
fn held(run: &util::Run) -> usize {
    let tail = run.stderr.rsplit("holds ").next().expect("summary line");
    tail.split_whitespace().next().and_then(|n| n.parse().ok()).expect("a count")
}

#[test]
fn indexing_the_corpus_reports_on_stderr_only() {
    let ws = Workspace::new();
    let run = ws.index_folder(corpus_dir().to_str().unwrap()).success();
    assert!(run.stdout.is_empty());
    assert!(held(&run) >= 41, "{}", run.stderr);
    assert!(run.stderr.contains("0 skipped"), "{}", run.stderr);
}

#[test]
fn indexing_twice_does_not_duplicate() {
    let ws = Workspace::new();
    let corpus = corpus_dir();
    let first = held(&ws.index_folder(corpus.to_str().unwrap()).success());
    let second = held(&ws.index_folder(corpus.to_str().unwrap()).success());
    assert_eq!(first, second);
    // With no folder, `index` updates from the folder it was built from.
    let third = held(&ws.arshif(&["index"]).success());
    assert_eq!(first, third);
    let rebuilt = held(&ws.arshif(&["index", corpus.to_str().unwrap(), "--rebuild"]).success());
    assert_eq!(first, rebuilt);
}

#[test]
fn ids_are_record_ids_or_paths() {
    let ws = Workspace::with_files(&[
        ("sub/one.txt", "عنوان\nنص عن الزراعة"),
        ("two.json", r#"{"id": "own-id", "title": "عنوان", "body": "نص عن الزراعة"}"#),
        ("many.jsonl", "{\"title\": \"ع\", \"body\": \"الزراعة\"}\n{\"title\": \"غ\", \"body\": \"الزراعة\"}\n"),
    ]);
    let mut ids = ws.search_ids("الزراعة", &[]);
    ids.sort();
    assert_eq!(ids, ["many.jsonl#1", "many.jsonl#2", "own-id", "sub/one.txt"]);
}

#[test]
fn changed_files_replace_their_articles() {
    let ws = Workspace::with_files(&[("a.txt", "عنوان\nخبر عن القمح")]);
    assert_eq!(ws.search_ids("القمح", &[]), ["a.txt"]);
    ws.write_files(&[("a.txt", "عنوان\nخبر عن الشعير")]);
    ws.index_folder("articles").success();
    assert!(ws.search_ids("القمح", &[]).is_empty());
    assert_eq!(ws.search_ids("الشعير", &[]), ["a.txt"]);
}

#[test]
fn gzip_hidden_and_other_files() {
    use std::io::Write;
    let ws = Workspace::new();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all("{\"id\": \"gz1\", \"title\": \"تمور\", \"body\": \"موسم التمور\"}\n".as_bytes())
        .unwrap();
    ws.write_bytes("w/news.jsonl.gz", &gz.finish().unwrap());
    ws.write_files(&[
        (".hidden.txt", "تمور\nمخفي"),
        (".git/x.txt", "تمور\nمخفي"),
        ("notes.pdf", "not an article"),
        ("أرشيف/خبر.txt", "التمور في الأحساء\nموسم التمور"),
    ]);
    let run = ws.index_folder("articles").success();
    assert!(run.stderr.contains("1 other files ignored"), "{}", run.stderr);
    let mut ids = ws.search_ids("التمور", &[]);
    ids.sort();
    assert_eq!(ids, ["gz1", "أرشيف/خبر.txt"]);
}

#[test]
fn index_without_folder_or_index_asks_for_a_folder() {
    let ws = Workspace::new();
    let run = ws.arshif(&["index"]).expect_code(1);
    assert!(run.stderr.contains("arshif index FOLDER"), "{}", run.stderr);
    let run = ws.index_folder("no-such-folder").expect_code(1);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);
}
