//! `arshif stats`: exact counts from the index, text and JSON output, errors.

mod util;

use serde::Deserialize;
use util::Workspace;

/// The documented JSON schema of `stats --format json`; unknown fields fail the test so the
/// docs stay true.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stats {
    articles: u64,
    exact_forms: bool,
    stored_text: bool,
    places_extracted: bool,
    first_date: Option<String>,
    last_date: Option<String>,
    undated: u64,
    places: Vec<NameCount>,
    sources: Vec<NameCount>,
    years: Vec<YearCount>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct NameCount {
    name: String,
    articles: u64,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct YearCount {
    year: i32,
    articles: u64,
}

fn names(list: &[(&str, u64)]) -> Vec<NameCount> {
    list.iter()
        .map(|(name, articles)| NameCount { name: name.to_string(), articles: *articles })
        .collect()
}

fn years(list: &[(i32, u64)]) -> Vec<YearCount> {
    list.iter().map(|&(year, articles)| YearCount { year, articles }).collect()
}

fn stats_json(ws: &Workspace, extra: &[&str]) -> Stats {
    let mut args = vec!["stats", "--format", "json"];
    args.extend(extra);
    let run = ws.arshif(&args).success();
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("stats JSON does not decode ({err}):\n{}", run.stdout))
}

/// Six articles with known dates, places and sources (one undated, one without a source).
fn dated_articles() -> Workspace {
    Workspace::with_files(&[
        (
            "a.txt",
            "date: 2019-05-01\nsource: واس\n\nأمطار غزيرة في الرياض\nهطلت أمطار غزيرة على الرياض.",
        ),
        (
            "b.json",
            r#"{"id": "b", "title": "أمطار على القاهرة", "body": "أمطار متوسطة في القاهرة.",
                "date": "2021-07-15T23:30:00+03:00", "places": ["Springfield"], "source": "الأهرام"}"#,
        ),
        ("c.md", "---\ndate: 2024-02-29\nsource: واس\n---\n# أمطار في باريس\nسقطت الأمطار على باريس."),
        (
            "d.jsonl",
            "{\"id\": \"d1\", \"title\": \"أمطار\", \"body\": \"أمطار بالرياض بلا تاريخ\", \"source\": \"واس\"}\n\
             {\"id\": \"d2\", \"title\": \"أمطار في لندن\", \"body\": \"أمطار\", \"date\": \"2024-12-31\"}\n",
        ),
        ("e.txt", "date: 2024-06-01\nsource: الأهرام\n\nأمطار في الرياض\nأمطار على الرياض."),
    ])
}

#[test]
fn json_counts_are_exact() {
    let ws = dated_articles();
    let stats = stats_json(&ws, &[]);
    assert_eq!(stats.articles, 6);
    assert!(stats.exact_forms && stats.stored_text && stats.places_extracted);
    assert_eq!(stats.undated, 1);
    assert_eq!(stats.first_date.as_deref(), Some("2019-05-01"));
    // The day as written, not shifted to UTC.
    assert_eq!(stats.last_date.as_deref(), Some("2024-12-31"));
    assert_eq!(
        stats.places,
        names(&[("الرياض", 3), ("Springfield", 1), ("القاهرة", 1), ("باريس", 1), ("لندن", 1)])
    );
    assert_eq!(stats.sources, names(&[("واس", 3), ("الأهرام", 2)]));
    assert_eq!(stats.years, years(&[(2019, 1), (2021, 1), (2024, 3)]));
}

#[test]
fn top_limits_places_and_sources_with_ties_by_name() {
    let ws = dated_articles();
    let stats = stats_json(&ws, &["--top", "2"]);
    assert_eq!(stats.places, names(&[("الرياض", 3), ("Springfield", 1)]));
    assert_eq!(stats.sources, names(&[("واس", 3), ("الأهرام", 2)]));
    assert_eq!(stats.years.len(), 3, "--top does not cut years");
}

#[test]
fn removed_articles_are_not_counted() {
    let ws = dated_articles();
    std::fs::remove_file(ws.articles().join("e.txt")).expect("remove e.txt");
    ws.index_folder("articles").success();
    let stats = stats_json(&ws, &[]);
    assert_eq!(stats.articles, 5);
    assert_eq!(stats.places[0], NameCount { name: "الرياض".into(), articles: 2 });
    assert_eq!(stats.sources, names(&[("واس", 3), ("الأهرام", 1)]));
    assert_eq!(stats.years, years(&[(2019, 1), (2021, 1), (2024, 2)]));
}

#[test]
fn the_corpus_count_is_the_number_of_articles_indexed() {
    let ws = Workspace::new();
    let corpus = util::corpus_dir();
    let run = ws.index_folder(corpus.to_str().expect("UTF-8 path")).success();
    // The summary ends with "idx now holds N articles".
    let indexed: u64 = run
        .stderr
        .split("holds ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no article count in the summary:\n{}", run.stderr));
    let stats = stats_json(&ws, &[]);
    assert_eq!(stats.articles, indexed);
    assert!(stats.articles > 0);
    let per_year: u64 = stats.years.iter().map(|y| y.articles).sum();
    assert_eq!(per_year + stats.undated, stats.articles);
    assert!(stats.places.len() <= 20 && stats.sources.len() <= 20);
}

#[test]
fn text_output_goes_to_stdout() {
    let ws = dated_articles();
    let run = ws.arshif(&["stats"]).success();
    assert!(run.stdout.contains("articles    6\n"), "{}", run.stdout);
    assert!(run.stdout.contains("first date  2019-05-01\n"), "{}", run.stdout);
    assert!(run.stdout.contains("undated     1\n"), "{}", run.stdout);
    assert!(run.stdout.contains("  3  الرياض\n"), "{}", run.stdout);
    assert!(run.stdout.contains("  2024  3\n"), "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_missing_index_gives_one_line_and_exit_1() {
    let ws = Workspace::new();
    let run = ws.arshif(&["stats"]).expect_code(1);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("arshif index"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}
