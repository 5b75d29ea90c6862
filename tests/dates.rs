//! Publication dates end to end: metadata first, then a dateline near the top of the text, then
//! the file name, else none; and the datelines of real newspaper files (the raw cp1256 slice of
//! the Arabic Newspapers Corpus in `../shared/corpora/`, when present).

mod util;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use arshif::article::format_date;
use arshif::extract::date::date_in_text;
use arshif::parse::{parse_file, FileKind, ParseOptions};
use util::{corpus_dir, Workspace};

/// `id → date` of the hits of `search QUERY EXTRA… --format jsonl`.
fn dates(ws: &Workspace, query: &str, extra: &[&str]) -> HashMap<String, Option<String>> {
    let mut args = vec!["search", query, "--format", "jsonl", "--limit", "50"];
    args.extend(extra);
    let run = ws.arshif(&args).success();
    run.lines()
        .iter()
        .map(|line| {
            let hit: serde_json::Value = serde_json::from_str(line).expect("a JSON hit");
            let date = hit["date"].as_str().map(str::to_string);
            (hit["id"].as_str().expect("id").to_string(), date)
        })
        .collect()
}

#[test]
fn dates_come_from_metadata_then_text_then_file_name() {
    let ws = Workspace::with_files(&[
        ("meta.txt", "date: 2019-05-01\n\nمهرجان الربيع\nالجمعة 06/07/2012\nافتتح المهرجان."),
        (
            "label.txt",
            "مهرجان الكتاب\nتاريخ النشر:\u{a0}الثلاثاء\u{a0}01\u{a0}مايو\u{a0}2012\nافتتح المهرجان.",
        ),
        ("wafa.txt", "مهرجان الزبابدة\nجنين 11-7-2012 وفا-  انطلقت فعاليات المهرجان."),
        ("JA-culture-1-20170120.txt", "مهرجان المسرح\nافتتح المهرجان في عمان."),
        (
            "undated.txt",
            "مهرجان الشعر\nافتتح المهرجان الذي انطلق في عام 2010 بعد أن أقيم أول مرة يوم 5 مايو.",
        ),
    ]);
    let found = dates(&ws, "مهرجان", &[]);
    let date = |id: &str| found.get(id).unwrap_or_else(|| panic!("{id} in {found:?}")).as_deref();
    assert_eq!(date("meta.txt"), Some("2019-05-01"), "metadata wins over the text");
    assert_eq!(date("label.txt"), Some("2012-05-01"));
    assert_eq!(date("wafa.txt"), Some("2012-07-11"));
    assert_eq!(date("JA-culture-1-20170120.txt"), Some("2017-01-20"));
    assert_eq!(date("undated.txt"), None, "an event year or a day without a year is no date");

    // Dates found in the text filter like metadata dates.
    let may = dates(&ws, "مهرجان", &["--since", "2012-05", "--until", "2012-05"]);
    assert_eq!(may.keys().collect::<Vec<_>>(), ["label.txt"]);
}

#[test]
fn sample_articles_without_a_date_stay_undated() {
    let undated = corpus_dir().join("undated");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&undated)
        .expect("corpus/undated")
        .map(|entry| entry.expect("entry").path())
        .collect();
    files.push(corpus_dir().join("ap-ukraine-guarantees.txt"));
    assert!(files.len() >= 5);
    for path in files {
        let kind = FileKind::of(&path).expect("a text file");
        let parsed = parse_file(&path, kind, &ParseOptions::default()).expect("parses");
        for record in parsed.records {
            assert_eq!(record.date, None, "{}", path.display());
            assert_eq!(date_in_text(&record.title, &record.body), None, "{}", path.display());
        }
    }
}

const RAW: &str = "../shared/corpora/arabic-newspapers-corpus/raw/Arabic Newspapers Corpus";

fn raw_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            raw_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The raw files' datelines, checked by hand: labels (`تاريخ النشر`, `التاريخ:`, `نشر في`),
/// weekday mastheads, WAFA datelines, ISO and day-first dates alone on a line, Hijri beside
/// Gregorian. Files whose only date is ambiguous (`09/05/2012`, `10/11/2012 3:04 صباحا`) or an
/// event (`أول أمس الاثنين 23 جويلية 2012` in TMC1's body) must not give those dates.
#[test]
fn raw_newspaper_datelines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(RAW);
    if !root.is_dir() {
        eprintln!("skipped: {} is not there", root.display());
        return;
    }
    let mut files = Vec::new();
    raw_files(&root, &mut files);
    let mut found: HashMap<String, Option<String>> = HashMap::new();
    for path in &files {
        let kind = FileKind::of(path).expect("a .txt file");
        let parsed = parse_file(path, kind, &ParseOptions::default()).expect("parses");
        let record = &parsed.records[0];
        let name = path.strip_prefix(&root).expect("under root").to_string_lossy().into_owned();
        found.insert(name, date_in_text(&record.title, &record.body).map(format_date));
    }
    assert_eq!(found.len(), 317);
    let dated: Vec<&String> = found.values().flatten().collect();
    assert!(dated.len() >= 45, "{} of 317 dated", dated.len());
    // The corpus is from 2012: a date outside it is a misreading.
    assert!(dated.iter().all(|d| d.starts_with("2012-")), "{dated:?}");
    for (name, expected) in [
        ("ثقافية/AEC1.txt", Some("2012-05-01")),
        ("ثقافية/PSC1.txt", Some("2012-07-11")),
        ("ثقافية/TMC1.txt", Some("2012-07-26")),
        ("اقتصاديه/TME3.txt", Some("2012-06-06")),
        ("دينيه/BHR2.txt", Some("2012-02-24")),
        ("دينيه/PSR3.txt", Some("2012-06-24")),
        ("دينيه/YER3.txt", Some("2012-07-13")),
        ("رياضية/MAS2.txt", Some("2012-08-01")),
        ("رياضية/TMS1.txt", Some("2012-08-03")),
        ("سياسيه/AEP1.txt", Some("2012-07-18")),
        ("سياسيه/IQP1.txt", Some("2012-04-17")),
        ("سياسيه/LBP2.txt", Some("2012-07-11")),
        ("سياسيه/YEP3.txt", Some("2012-07-24")),
        ("علمية وتقنية/BHSC1.txt", Some("2012-06-12")),
        ("علمية وتقنية/PSSC1.txt", Some("2012-05-08")),
        ("علمية وتقنية/SASC3.txt", Some("2012-05-09")),
        ("ثقافية/IQC1.txt", None),
        ("علمية وتقنية/IQSC1.txt", None),
        ("اقتصاديه/SAE2.txt", None),
        ("اقتصاديه/AEE1.txt", None),
    ] {
        let name = name.replace('/', std::path::MAIN_SEPARATOR_STR);
        assert_eq!(found[&name].as_deref(), expected, "{name}");
    }
}
