//! Incremental indexing and crash safety: unchanged folders are a no-op, changes are applied
//! file by file, a killed indexer leaves a readable index, and a locked index is refused.

mod util;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use util::Workspace;

fn article(n: usize) -> String {
    format!("date: 2024-01-{:02}\n\nخبر رقم {n}\nنص الخبر رقم {n} عن الزيتون والحصاد.", n % 28 + 1)
}

fn total(ws: &Workspace, query: &str) -> usize {
    let run = ws.arshif(&["search", query, "--format", "json", "--limit", "1"]).success();
    run.json()["total"].as_u64().expect("total") as usize
}

#[test]
fn an_unchanged_folder_is_a_no_op() {
    let ws = Workspace::with_files(&[("a.txt", &article(1)), ("b.txt", &article(2))]);
    let run = ws.index_folder("articles").success();
    assert!(run.stderr.contains("index is up to date: 2 files unchanged"), "{}", run.stderr);
    assert!(run.stderr.contains("holds 2 articles"), "{}", run.stderr);
}

#[test]
fn new_changed_and_removed_files_are_applied() {
    let ws = Workspace::with_files(&[
        ("a.txt", &article(1)),
        ("b.txt", &article(2)),
        ("c.jsonl", "{\"id\": \"c1\", \"title\": \"ت\", \"body\": \"الزيتون\"}\n{\"id\": \"c2\", \"title\": \"ث\", \"body\": \"الزيتون\"}\n"),
    ]);
    assert_eq!(total(&ws, "الزيتون"), 4);
    std::fs::remove_file(ws.articles().join("a.txt")).unwrap();
    ws.write_files(&[
        ("b.txt", "عنوان جديد\nنص عن التمور"),
        ("c.jsonl", "{\"id\": \"c1\", \"title\": \"ت\", \"body\": \"الزيتون\"}\n"),
        ("d.txt", &article(4)),
    ]);
    let run = ws.index_folder("articles").success();
    for part in ["1 removed", "1 added", "2 updated", "2 deleted", "holds 3 articles"] {
        assert!(run.stderr.contains(part), "{part:?} in {}", run.stderr);
    }
    let mut ids = ws.search_ids("الزيتون", &[]);
    ids.sort();
    assert_eq!(ids, ["c1", "d.txt"]);
    assert_eq!(ws.search_ids("التمور", &[]), ["b.txt"]);
}

#[test]
fn a_touched_but_identical_file_is_not_reindexed() {
    let ws = Workspace::with_files(&[("a.txt", &article(1))]);
    let path = ws.articles().join("a.txt");
    let later = std::time::SystemTime::now() + Duration::from_secs(60);
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(later).unwrap();
    let run = ws.index_folder("articles").success();
    assert!(run.stderr.contains("index is up to date: 1 files unchanged"), "{}", run.stderr);
}

#[test]
fn a_format_mismatch_asks_for_a_rebuild() {
    let ws = Workspace::with_files(&[("a.txt", &article(1))]);
    let info = ws.index_dir().join("arshif.json");
    let current = format!("\"format\": {}", arshif::index::FORMAT_VERSION);
    let text = std::fs::read_to_string(&info).unwrap().replace(&current, "\"format\": 999");
    std::fs::write(&info, text).unwrap();
    let run = ws.arshif(&["search", "الزيتون"]).expect_code(1);
    assert!(run.stderr.contains("--rebuild"), "{}", run.stderr);
    ws.arshif(&["index", "articles", "--rebuild"]).success();
    assert_eq!(total(&ws, "الزيتون"), 1);
}

#[test]
fn a_locked_index_is_refused_with_one_line() {
    let ws = Workspace::with_files(&[("a.txt", &article(1))]);
    let archive = arshif::index::open(&ws.index_dir()).unwrap();
    let _writer: tantivy::IndexWriter = archive.index.writer(50_000_000).unwrap();
    ws.write_files(&[("b.txt", &article(2))]);
    let run = ws.index_folder("articles").expect_code(1);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("locked by another process"), "{}", run.stderr);
    // A rebuild must not delete the files of an index that is being written either.
    let run = ws.arshif(&["index", "articles", "--rebuild"]).expect_code(1);
    assert!(run.stderr.contains("locked by another process"), "{}", run.stderr);
    assert!(ws.index_dir().join("meta.json").exists());
}

#[test]
fn a_killed_indexer_leaves_a_readable_index_and_the_next_run_completes_it() {
    const FILES: usize = 3000;
    let ws = Workspace::new();
    for n in 0..FILES {
        ws.write_files(&[(&format!("d{}/n{n}.txt", n / 100), &article(n))]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_arshif"))
        .args(["index", "articles", "--index", "idx", "--commit-every", "100"])
        .current_dir(ws.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first commit (the manifest is written right after it), then kill -9.
    let manifest = ws.index_dir().join("manifest.json");
    let started = Instant::now();
    while !manifest.exists() && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(manifest.exists(), "no commit within 60 s");
    let committed = total(&ws, "الزيتون");
    assert!(committed >= 100, "{committed} articles after the kill");
    if status.success() {
        eprintln!("the indexer finished before it was killed; the test checked a complete run");
    }
    let run = ws.index_folder("articles").success();
    assert!(run.stderr.contains(&format!("holds {FILES} articles")), "{}", run.stderr);
    assert_eq!(total(&ws, "الزيتون"), FILES);
}
