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
    let run = ws.index_folder("missing").expect_code(1);
    // The message names the folder and says why, once.
    assert!(run.stderr.contains("missing: cannot read"), "{}", run.stderr);
    assert_eq!(run.stderr.matches("os error").count(), 1, "{}", run.stderr);
    assert_eq!(ws.search_ids("الفوسفات", &[]), ["a.txt"]);
}

#[test]
fn a_folder_of_hostile_files_indexes_every_good_one_and_reports_every_bad_one() {
    use std::io::Write;
    let ws = Workspace::new();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for n in 0..200 {
        writeln!(gz, "{{\"id\": \"gz{n}\", \"title\": \"ع\", \"body\": \"نص الخبر رقم {n}\"}}")
            .unwrap();
    }
    let gz = gz.finish().unwrap();
    ws.write_bytes("truncated.jsonl.gz", &gz[..gz.len() / 2]);
    ws.write_bytes("zero.txt", b"");
    ws.write_bytes("program.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0");
    let long_line = "الزيتون ".repeat(10 * 1024 * 1024 / "الزيتون ".len());
    ws.write_files(&[
        ("good.txt", "خبر سليم\nعن الزيتون في صفاقس"),
        ("long.txt", &long_line),
        (&format!("{}deep.txt", "طبقة/".repeat(40)), "خبر عميق\nعن الزيتون في جرجيس"),
        ("\u{200F}خبر\u{200E}.txt", "خبر باسم غريب\nعن الزيتون في القيروان"),
        ("broken.sgml", "<DOC>\n<DOCNO>S1</DOCNO>\n<TITLE>زيت & زيتون</TITLE>\n<TEXT>\nالزيتون < الحصاد"),
        ("empty.sgml", "<DOC>\n</DOC>\n"),
        ("page.html", "<html><title>صفحة الزيتون</title><body><div><p>موسم جني الزيتون في تونس يبدأ مبكرا هذا العام</span></div>"),
    ]);
    let run = ws.index_folder("articles").expect_code(2);
    for name in ["truncated.jsonl.gz", "zero.txt", "program.txt", "empty.sgml", "broken.sgml"] {
        assert!(run.stderr.contains(name), "{name} not named in:\n{}", run.stderr);
    }
    assert!(!run.stderr.contains("panicked"));
    let mut ids = ws.search_ids("الزيتون", &["--limit", "20"]);
    ids.sort();
    let deep = format!("{}deep.txt", "طبقة/".repeat(40));
    let mut expected =
        vec!["S1", "good.txt", "long.txt", "page.html", "\u{200F}خبر\u{200E}.txt", deep.as_str()];
    expected.sort();
    assert_eq!(ids, expected);
}
