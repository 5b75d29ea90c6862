//! Real legacy files: the raw slice of the Arabic Newspapers Corpus in `../shared/corpora/` (see
//! its README.md). 317 upstream `.txt` files in windows-1256 without a BOM, with CRLF line ends
//! and a NUL byte at the end of each, under six Arabic folder names (one with a space). Each
//! must be detected as windows-1256 and parse into readable Arabic; the decoded text must match
//! the corpus's own UTF-8 conversion (the JSON lines file) record for record.
//!
//! Three files, `سياسيه/DZP1.txt`–`DZP3.txt`, were garbled upstream: their Arabic letters became
//! `?` and ASCII letters (a cp1256 → Latin-1 → ASCII accident, says the corpus's README, which
//! dropped them from the JSON lines file). Nothing is left to recover: they decode without
//! loss, as what they are, and are checked to be exactly that.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use arshif::parse::{decode, parse_file, FileKind, ParseOptions};

const CORPUS: &str = "../shared/corpora/arabic-newspapers-corpus";
/// Under the corpus's `raw/`, as upstream named it.
const UPSTREAM: &str = "Arabic Newspapers Corpus";
const FILES: usize = 317;
const FOLDERS: [&str; 6] = ["اقتصاديه", "ثقافية", "دينيه", "رياضية", "سياسيه", "علمية وتقنية"];
/// Garbled upstream: the raw files among the 22 of the corpus's `removed.tsv`.
const GARBLED: [&str; 3] = ["سياسيه/DZP1.txt", "سياسيه/DZP2.txt", "سياسيه/DZP3.txt"];
/// What Arabic in UTF-8 or windows-1256 looks like when read as Latin-1 or windows-1252
/// (`Ø§Ù„`, `ÇáÚÑÈíÉ`).
const MOJIBAKE: [char; 12] = ['Ø', 'Ù', 'Ú', 'Û', 'Ã', 'Â', 'Ç', 'Ê', 'á', 'ã', 'å', 'í'];

/// One raw file: its path and its name under the upstream folder (`علمية وتقنية/AESC1.txt`).
struct RawFile {
    path: PathBuf,
    name: String,
}

impl RawFile {
    fn is_garbled(&self) -> bool {
        GARBLED.contains(&self.name.as_str())
    }

    /// Its id in the JSON lines file: `arabic-newspapers-corpus/<folder>/<name without .txt>`.
    fn jsonl_id(&self) -> String {
        format!("arabic-newspapers-corpus/{}", self.name.trim_end_matches(".txt"))
    }
}

fn corpus() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    assert!(
        dir.join("raw").is_dir(),
        "{} is missing: these tests read the shared corpora, checked out as ../shared next to \
         the crate (CI has them)",
        dir.display()
    );
    dir
}

/// The raw files, walked in name order; their paths must survive as UTF-8.
fn raw_files() -> Vec<RawFile> {
    let upstream = corpus().join("raw").join(UPSTREAM);
    walkdir::WalkDir::new(&upstream)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.unwrap_or_else(|err| panic!("walking {}: {err}", upstream.display())))
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| {
            let path = entry.into_path();
            let relative = path.strip_prefix(&upstream).unwrap();
            let name = relative
                .to_str()
                .unwrap_or_else(|| panic!("{} is not UTF-8", relative.display()))
                .replace(std::path::MAIN_SEPARATOR, "/");
            RawFile { path, name }
        })
        .collect()
}

fn read(file: &RawFile) -> Vec<u8> {
    std::fs::read(&file.path).unwrap_or_else(|err| panic!("{}: {err}", file.path.display()))
}

/// How many letters of `text` are Arabic, not ASCII, and in all.
#[derive(Debug, Default)]
struct Letters {
    arabic: usize,
    non_ascii: usize,
    all: usize,
}

fn count_letters(text: &str) -> Letters {
    let mut letters = Letters::default();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters.arabic += usize::from(('\u{0600}'..='\u{06FF}').contains(&c));
        letters.non_ascii += usize::from(!c.is_ascii());
        letters.all += 1;
    }
    letters
}

#[test]
fn walk_keeps_the_arabic_folder_names() {
    let files = raw_files();
    assert_eq!(files.len(), FILES);
    let folders: BTreeSet<&str> =
        files.iter().map(|file| file.name.split_once('/').unwrap().0).collect();
    assert_eq!(folders, BTreeSet::from(FOLDERS));
    for file in &files {
        assert!(file.path.exists(), "{}", file.path.display());
        assert!(FileKind::of(&file.path).is_some(), "{} is not read", file.name);
    }
    assert!(files.iter().any(|file| file.name.starts_with("علمية وتقنية/")));
}

#[test]
fn the_garbled_raw_files_are_those_the_corpus_removed() {
    let removed = std::fs::read_to_string(corpus().join("removed.tsv")).unwrap();
    let removed: BTreeSet<&str> = removed
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').next()?.strip_prefix(UPSTREAM)?.strip_prefix('/'))
        .collect();
    assert_eq!(removed.len(), 22);
    let files = raw_files();
    let garbled: BTreeSet<&str> =
        files.iter().map(|file| file.name.as_str()).filter(|name| removed.contains(name)).collect();
    assert_eq!(garbled, BTreeSet::from(GARBLED));
}

#[test]
fn every_file_is_detected_as_windows_1256() {
    let mut encodings = BTreeMap::new();
    for file in raw_files() {
        let bytes = read(&file);
        assert_eq!(bytes.last(), Some(&0), "{}: the corpus ends files with a NUL", file.name);
        let decoded =
            decode::decode(&bytes, None).unwrap_or_else(|err| panic!("{}: {err}", file.name));
        assert_eq!(decoded.warnings, Vec::<String>::new(), "{}", file.name);
        assert!(!decoded.text.contains(['\r', '\0']), "{}: CR or NUL left", file.name);
        *encodings.entry(decoded.encoding.name()).or_insert(0) += 1;
    }
    assert_eq!(encodings, BTreeMap::from([("windows-1256", FILES)]));
}

#[test]
fn every_file_parses_to_readable_arabic() {
    for file in raw_files() {
        let kind = FileKind::of(&file.path).unwrap();
        let parsed = parse_file(&file.path, kind, &ParseOptions::default())
            .unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(parsed.warnings, Vec::<String>::new(), "{}", file.name);
        let [record] = parsed.records.as_slice() else {
            panic!("{}: {} records", file.name, parsed.records.len());
        };
        assert!(!record.title.trim().is_empty(), "{}: no title", file.name);
        let text = format!("{}\n{}", record.title, record.body);
        assert!(!text.contains('\u{FFFD}'), "{}: U+FFFD in {text}", file.name);
        assert!(!text.contains(MOJIBAKE), "{}: mojibake in {text}", file.name);
        let letters = count_letters(&text);
        if file.is_garbled() {
            // Lost upstream: `?` and the ASCII letters C, E, I where Arabic letters were.
            assert_eq!(letters.non_ascii, 0, "{}", file.name);
            assert!(text.matches('?').count() > letters.all, "{}: {text}", file.name);
        } else {
            // Science articles quote English terms (as few as 92% of letters are Arabic); the
            // letters beyond ASCII are Arabic but for a handful of é and ô.
            assert!(letters.arabic * 10 >= letters.all * 9, "{}: {letters:?}", file.name);
            assert!(letters.arabic * 100 >= letters.non_ascii * 99, "{}: {letters:?}", file.name);
            assert!(
                count_letters(&record.title).arabic > 0,
                "{}: title {:?}",
                file.name,
                record.title
            );
        }
    }
}

/// The corpus's conversion trimmed spaces, tabs, NO-BREAK SPACE, LRM and RLM at both ends of
/// each line and collapsed runs of blank lines to one.
fn as_converted(text: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_matches([' ', '\t', '\u{A0}', '\u{200E}', '\u{200F}']);
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank < 2 {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.trim().to_string()
}

#[test]
fn decoded_text_matches_the_corpus_conversion() {
    #[derive(serde::Deserialize)]
    struct Row {
        id: String,
        body: String,
    }
    let files = raw_files();
    let wanted: HashSet<String> = files.iter().map(RawFile::jsonl_id).collect();
    let jsonl = corpus().join("arabic-newspapers-corpus.jsonl.gz");
    let gz = std::fs::File::open(&jsonl).unwrap_or_else(|err| panic!("{}: {err}", jsonl.display()));
    let mut bodies = HashMap::new();
    for line in std::io::BufReader::new(flate2::read::GzDecoder::new(gz)).lines() {
        let row: Row = serde_json::from_str(&line.unwrap()).unwrap();
        if wanted.contains(&row.id) {
            bodies.insert(row.id, row.body);
        }
    }
    let mut compared = 0;
    for file in &files {
        let Some(body) = bodies.get(&file.jsonl_id()) else {
            assert!(file.is_garbled(), "{} is not in the JSON lines file", file.name);
            continue;
        };
        assert!(!file.is_garbled(), "{} is garbled, yet in the JSON lines file", file.name);
        let decoded = decode::decode(&read(file), None).unwrap().text;
        let decoded = as_converted(&decoded);
        if decoded != *body {
            let at = decoded.chars().zip(body.chars()).take_while(|(a, b)| a == b).count();
            let context =
                |text: &str| text.chars().skip(at.saturating_sub(20)).take(60).collect::<String>();
            panic!(
                "{}: differs at character {at}:\n{:?}\n{:?}",
                file.name,
                context(&decoded),
                context(body)
            );
        }
        compared += 1;
    }
    assert_eq!(compared, FILES - GARBLED.len());
}
