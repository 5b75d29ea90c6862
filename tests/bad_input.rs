//! Bad files never stop an index run: each is reported by name, the rest is indexed, and the
//! exit code says the run was partial.

mod util;

use util::Workspace;

#[test]
fn bad_files_are_reported_and_skipped() {
    let ws = Workspace::new();
    ws.write_files(&[
        ("good.txt", "date: 2020-03-01\n\nخبر سليم\nنص عن الطاقة الشمسية"),
        ("broken.json", "{\"title\": \"ناقص\", "),
        ("empty.txt", ""),
        (
            "lines.jsonl",
            "{\"id\": \"ok\", \"title\": \"خبر\", \"body\": \"الطاقة الشمسية\"}\nnot json\n",
        ),
        ("baddate.txt", "date: someday\n\nخبر بتاريخ غريب\nالطاقة الشمسية"),
    ]);
    // "الطاقة" in Windows-1256: decoded, not refused.
    ws.write_bytes(
        "cp1256.txt",
        &[0xC7, 0xE1, 0xD8, 0xC7, 0xDE, 0xC9, b'\n', 0xC7, 0xE1, 0xD8, 0xC7, 0xDE, 0xC9],
    );
    ws.write_bytes("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0");
    ws.write_bytes("bad.txt.gz", b"this is not gzip");
    let run = ws.index_folder("articles").expect_code(2);
    for name in
        ["broken.json", "empty.txt", "image.txt", "bad.txt.gz", "lines.jsonl", "baddate.txt"]
    {
        assert!(run.stderr.contains(name), "{name} not named in:\n{}", run.stderr);
    }
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
    assert!(run.stderr.contains("binary"), "{}", run.stderr);
    assert!(!run.stderr.contains("cp1256.txt"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
    let mut ids = ws.search_ids("الطاقة الشمسية", &[]);
    ids.sort();
    assert_eq!(ids, ["baddate.txt", "cp1256.txt", "good.txt", "ok"]);
}

#[test]
fn the_last_committed_index_survives_a_failed_run() {
    let ws = Workspace::with_files(&[("a.txt", "عنوان\nخبر عن الفوسفات")]);
    // A run that fails before writing (missing folder) leaves the index as it was.
    ws.index_folder("missing").expect_code(1);
    assert_eq!(ws.search_ids("الفوسفات", &[]), ["a.txt"]);
}
