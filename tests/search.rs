//! `arshif search`: Arabic matching on the sample archive, filters, formats and errors.

mod util;

use serde::Deserialize;
use util::Workspace;

const SAMPLE: &str = "ap-ukraine-guarantees.txt";

#[test]
fn the_sample_article_is_first_for_its_subject_in_any_spelling() {
    let ws = Workspace::with_corpus();
    let spellings = [
        "الضمانات الأمنية لأوكرانيا",
        "الضمانات الامنية لاوكرانيا",
        "الضمانات الأمنيه لأوكرانيا",
        "الضَّمَاناتُ الأَمْنِيَّةُ لِأُوكْرَانِيَا",
        "الضمـــانات الأمنية لأوكرانيـا",
        "والأمنية والضمانات اوكرانيا",
        "ضمانات أمنية أوكرانيا",
        "الضمانات\u{200C} الأمنية \u{200F}لأوكرانيا\u{200E}",
        "ﺍﻟﻀﻤﺎﻧﺎﺕ ﺍﻷﻣﻨﻴﺔ لأوكرانيا",
    ];
    for query in spellings {
        let ids = ws.search_ids(query, &[]);
        assert_eq!(ids.first().map(String::as_str), Some(SAMPLE), "query {query:?}: {ids:?}");
    }
}

#[test]
fn arabic_indic_digits_match_ascii_digits() {
    let ws = Workspace::with_corpus();
    for query in ["جيش أوكراني قوامه ٨٠٠ ألف جندي", "جيش أوكراني قوامه 800 ألف جندي"]
    {
        let ids = ws.search_ids(query, &[]);
        assert_eq!(ids.first().map(String::as_str), Some(SAMPLE), "query {query:?}: {ids:?}");
    }
}

#[test]
fn latin_words_match_in_any_case() {
    let ws = Workspace::with_files(&[(
        "a.txt",
        "قمة حلف NATO في لاهاي\nاجتمع قادة حلف شمال الأطلسي (NATO) في لاهاي.",
    )]);
    assert_eq!(ws.search_ids("nato", &[]), ["a.txt"]);
    assert_eq!(ws.search_ids("Nato", &[]), ["a.txt"]);
}

#[test]
fn latin_names_find_articles_that_spell_them_in_arabic() {
    let ws = Workspace::with_files(&[
        ("a.txt", "ترامب يزور اليابان\nوصل الرئيس الأمريكي دونالد ترامب إلى طوكيو."),
        ("b.txt", "ترامب والتجارة\nقال ترامب في لندن إن الرسوم الجمركية باقية."),
        ("c.txt", "أمطار في لندن\nهطلت أمطار غزيرة على لندن وترابها."),
    ]);
    assert_eq!(sorted(ws.search_ids("Trump", &[])), ["a.txt", "b.txt"]);
    assert_eq!(ws.search_ids("Trump طوكيو", &[])[0], "a.txt");
    // A place the gazetteer knows takes its Arabic name.
    assert_eq!(sorted(ws.search_ids("London", &[])), ["b.txt", "c.txt"]);
    // The switch turns it off: no article writes the name in Latin letters.
    assert!(ws.search_ids("Trump", &["--no-transliterate"]).is_empty());
    // Batch does the same.
    let run = ws.arshif_stdin(&["batch", "--format", "trec"], "q1\tTrump\n").success();
    assert_eq!(run.lines().len(), 2, "{}", run.stdout);
    let off = ws.arshif_stdin(&["batch", "--format", "trec", "--no-transliterate"], "q1\tTrump\n");
    assert!(off.success().lines().is_empty());
}

/// Articles with known dates and places for the filter tests.
fn dated_articles() -> Workspace {
    Workspace::with_files(&[
        ("a.txt", "date: 2019-05-01\n\nأمطار غزيرة في الرياض\nهطلت أمطار غزيرة على الرياض."),
        (
            "b.json",
            r#"{"id": "b", "title": "أمطار على القاهرة", "body": "أمطار متوسطة في القاهرة.",
                "date": "2021-07-15T23:30:00+03:00", "places": ["Springfield"]}"#,
        ),
        ("c.md", "---\ndate: 2024-02-29\n---\n# أمطار في باريس\nسقطت الأمطار على باريس."),
        (
            "d.jsonl",
            "{\"id\": \"d1\", \"title\": \"أمطار\", \"body\": \"أمطار بالرياض بلا تاريخ\"}\n\
             {\"id\": \"d2\", \"title\": \"أمطار في لندن\", \"body\": \"أمطار\", \"date\": \"2024-12-31\"}\n",
        ),
    ])
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

#[test]
fn date_filters_include_whole_days_months_and_years() {
    let ws = dated_articles();
    assert_eq!(ws.search_ids("أمطار", &[]).len(), 5);
    assert_eq!(sorted(ws.search_ids("أمطار", &["--since", "2021"])), ["b", "c.md", "d2"]);
    assert_eq!(sorted(ws.search_ids("أمطار", &["--until", "2021-07"])), ["a.txt", "b"]);
    assert_eq!(
        ws.search_ids("أمطار", &["--since", "2024-02-29", "--until", "2024-02-29"]),
        ["c.md"]
    );
    assert_eq!(ws.search_ids("أمطار", &["--since", "2021-07-15", "--until", "2021-07-15"]), ["b"]);
    assert_eq!(ws.search_ids("أمطار", &["--until", "2024-12-30", "--since", "2024-03"]).len(), 0);
    assert_eq!(sorted(ws.search_ids("أمطار", &["--since", "٢٠٢٤"])), ["c.md", "d2"]);
}

#[test]
fn place_filter_takes_arabic_or_english_names() {
    let ws = dated_articles();
    for place in ["باريس", "Paris", "paris"] {
        assert_eq!(ws.search_ids("أمطار", &["--place", place]), ["c.md"], "--place {place}");
    }
    for place in ["الرياض", "Riyadh", "رياض"] {
        assert_eq!(sorted(ws.search_ids("أمطار", &["--place", place])), ["a.txt", "d1"], "{place}");
    }
    assert_eq!(ws.search_ids("أمطار", &["--place", "Springfield"]), ["b"]);
    assert!(ws.search_ids("أمطار", &["--place", "طوكيو"]).is_empty());
    assert_eq!(ws.search_ids("أمطار", &["--place", "القاهرة", "--since", "2020"]), ["b"]);
}

#[test]
fn a_place_that_is_unknown_and_matches_nothing_gets_a_note() {
    let ws = dated_articles();
    let run = ws.arshif(&["search", "أمطار", "--place", "Atlantis"]).success();
    assert!(run.stderr.contains("does not know the place \"Atlantis\""), "{}", run.stderr);
    // A known place that matches nothing, or an unknown one that matches: no note.
    let run = ws.arshif(&["search", "أمطار", "--place", "طوكيو"]).success();
    assert!(!run.stderr.contains("does not know"), "{}", run.stderr);
    let run = ws.arshif(&["search", "أمطار", "--place", "Springfield"]).success();
    assert!(!run.stderr.contains("does not know"), "{}", run.stderr);
}

#[test]
fn sort_by_date_puts_the_newest_first_and_undated_last() {
    let ws = dated_articles();
    let ids = ws.search_ids("أمطار", &["--sort", "date"]);
    assert_eq!(ids, ["d2", "c.md", "b", "a.txt", "d1"]);
    let run = ws.arshif(&["search", "أمطار", "--sort", "date", "--format", "json"]).success();
    let scores: Vec<f64> = run.json()["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores.iter().all(|s| *s > 0.0), "{scores:?}");
    assert_eq!(
        ws.search_ids("أمطار", &["--sort", "date", "--limit", "2", "--offset", "1"]),
        ["c.md", "b"]
    );
}

#[test]
fn query_syntax_phrases_must_not_and_fields() {
    let ws = dated_articles();
    assert_eq!(sorted(ws.search_ids("+أمطار -الرياض -لندن", &[])), ["b", "c.md"]);
    assert_eq!(ws.search_ids("\"أمطار غزيرة\"", &[]), ["a.txt"]);
    assert_eq!(ws.search_ids("title:باريس", &[]), ["c.md"]);
    assert_eq!(ws.search_ids("place:London", &[]), ["d2"]);
    assert_eq!(ws.search_ids("place:لندن", &[]), ["d2"]);
}

#[test]
fn unparsable_syntax_falls_back_to_words_with_a_note() {
    let ws = dated_articles();
    let run = ws.arshif(&["search", "عاجل: أمطار \"باريس", "--format", "jsonl"]).success();
    assert!(!run.lines().is_empty());
    assert!(run.stderr.contains("searched the words"), "{}", run.stderr);
}

#[test]
fn bad_queries_give_one_line_and_exit_1() {
    let ws = dated_articles();
    for (query, expected) in [("-أمطار", "only excludes"), ("؟! ...", "no words")] {
        // `--` lets a query start with `-`, as in other command-line tools.
        let run = ws.run(&["search", "--index", "idx", "--", query]).expect_code(1);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(run.stderr.contains(expected), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    let run = ws.arshif(&["search", "أمطار", "--since", "2024-13"]).expect_code(1);
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
    let run = ws.arshif(&["search", "أمطار", "--since", "2024", "--until", "2023"]).expect_code(1);
    assert!(run.stderr.contains("after"), "{}", run.stderr);
}

#[test]
fn a_missing_index_tells_how_to_make_one() {
    let ws = Workspace::new();
    let run = ws.arshif(&["search", "أمطار"]).expect_code(1);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("arshif index"), "{}", run.stderr);
}

/// The documented JSON schema of a hit; unknown fields fail the test so the docs stay true.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Hit {
    rank: usize,
    score: f32,
    id: String,
    title: String,
    title_highlights: Vec<[usize; 2]>,
    date: Option<String>,
    places: Vec<String>,
    source: Option<String>,
    url: Option<String>,
    path: String,
    snippet: Option<Snippet>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Snippet {
    text: String,
    highlights: Vec<[usize; 2]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchDocument {
    query: String,
    total: Option<usize>,
    hits: Vec<Hit>,
    notes: Vec<String>,
}

fn chars(text: &str, [start, end]: [usize; 2]) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn json_follows_the_schema_with_character_highlights() {
    let ws = Workspace::with_corpus();
    let run = ws.arshif(&["search", "الضمانات الامنية لاوكرانيا", "--format", "json"]).success();
    let doc: SearchDocument = serde_json::from_str(&run.stdout).expect("schema");
    assert_eq!(doc.query, "الضمانات الامنية لاوكرانيا");
    assert!(doc.total.unwrap() >= doc.hits.len() && !doc.hits.is_empty());
    assert!(doc.notes.is_empty());
    let hit = &doc.hits[0];
    assert_eq!((hit.rank, hit.id.as_str(), hit.path.as_str()), (1, SAMPLE, SAMPLE));
    assert_eq!(hit.date, None, "the sample article has no date");
    for place in ["باريس", "أوكرانيا", "روسيا", "موسكو", "كييف", "واشنطن", "فرنسا", "كندا"]
    {
        assert!(hit.places.iter().any(|p| p == place), "{place} in {:?}", hit.places);
    }
    let snippet = hit.snippet.as_ref().expect("a snippet");
    assert!(!snippet.highlights.is_empty());
    let marked: Vec<String> = snippet.highlights.iter().map(|r| chars(&snippet.text, *r)).collect();
    assert!(marked.iter().any(|w| w.contains("أوكرانيا")), "{marked:?}");
    let in_title: Vec<String> =
        hit.title_highlights.iter().map(|r| chars(&hit.title, *r)).collect();
    assert!(in_title.iter().any(|w| w == "أوكرانيا"), "{in_title:?}");
    let len = snippet.text.chars().count();
    assert!((100..=230).contains(&len), "snippet of {len} chars: {}", snippet.text);
    for pair in doc.hits.windows(2) {
        assert!(pair[0].score >= pair[1].score && pair[0].rank + 1 == pair[1].rank);
    }
}

#[test]
fn jsonl_and_tsv_give_one_line_per_hit() {
    let ws = dated_articles();
    let run = ws.arshif(&["search", "أمطار", "--format", "jsonl", "--limit", "3"]).success();
    let hits: Vec<Hit> =
        run.lines().iter().map(|l| serde_json::from_str(l).expect("hit")).collect();
    assert_eq!(hits.len(), 3);
    let run = ws.arshif(&["search", "أمطار", "--format", "tsv"]).success();
    let lines = run.lines();
    assert!(lines[0].starts_with("qid\trank\tscore\tid\tdate\ttitle"));
    assert_eq!(lines.len(), 6);
    assert!(lines.iter().all(|l| l.split('\t').count() == 10), "{lines:?}");
}

#[test]
fn limit_and_offset_page_through_hits() {
    let ws = dated_articles();
    let all = ws.search_ids("أمطار", &[]);
    let page2 = ws.search_ids("أمطار", &["--limit", "2", "--offset", "2"]);
    assert_eq!(page2, all[2..4]);
}

#[test]
fn text_output_marks_matches_without_colour_when_piped() {
    let ws = dated_articles();
    let run = ws.arshif(&["search", "باريس"]).success();
    assert!(run.stdout.contains("**باريس**"), "{}", run.stdout);
    assert!(!run.stdout.contains('\x1b'));
    assert!(run.stdout.starts_with("1. "));
    assert!(run.stdout.contains("2024-02-29"));
    assert!(run.stderr.contains("1 of 1"), "{}", run.stderr);
    let run = ws.arshif(&["search", "باريس", "--color", "always"]).success();
    assert!(run.stdout.contains("\x1b[1;31mباريس"), "{}", run.stdout);
}

#[test]
fn bad_flags_are_user_errors_and_help_is_success() {
    let ws = Workspace::new();
    let run = ws.run(&["search", "أمطار", "--no-such-flag"]).expect_code(1);
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
    ws.run(&["search"]).expect_code(1);
    let run = ws.run(&["--help"]).success();
    assert!(run.stdout.contains("search"), "{}", run.stdout);
}

#[test]
fn place_filter_finds_places_the_gazetteer_lacks() {
    // `ياميبو` is in no gazetteer row: `بلدة` before it makes it a place, kept by its name.
    let ws = Workspace::with_files(&[
        ("e.txt", "أمطار في بلدة ياميبو\nهطلت أمطار على البلدة."),
        ("f.txt", "أمطار في الرياض\nهطلت أمطار على الرياض."),
    ]);
    assert_eq!(ws.search_ids("أمطار", &["--place", "ياميبو"]), ["e.txt"]);
}
