//! `arshif index --no-exact-forms` (one stemmed field per text), `--no-stored-text` and
//! `--no-places`: lean indexes that search, filter and batch like a full one, record their
//! settings and keep them across runs.

mod util;

use util::{corpus_dir, Workspace};

const SAMPLE: &str = "ap-ukraine-guarantees.txt";

/// Names of the fields in the tantivy schema of the index (from its `meta.json`).
fn schema_fields(ws: &Workspace) -> Vec<String> {
    let meta = std::fs::read_to_string(ws.index_dir().join("meta.json")).expect("meta.json");
    let meta: serde_json::Value = serde_json::from_str(&meta).expect("meta.json is JSON");
    let fields = meta["schema"].as_array().expect("a schema");
    fields.iter().map(|f| f["name"].as_str().expect("a field name").to_string()).collect()
}

/// The number of the index's files of exact forms (one per segment).
fn forms_files(ws: &Workspace) -> usize {
    let files = std::fs::read_dir(ws.index_dir()).expect("the index folder");
    files
        .filter(|f| f.as_ref().is_ok_and(|f| f.path().extension().is_some_and(|e| e == "forms")))
        .count()
}

/// `exact_forms` of `stats --format json`.
fn exact_forms(ws: &Workspace) -> bool {
    ws.arshif(&["stats", "--format", "json"]).success().json()["exact_forms"]
        .as_bool()
        .expect("stats has exact_forms")
}

#[test]
fn the_corpus_indexed_lean_has_no_exact_forms_and_finds_the_sample() {
    let ws = Workspace::new();
    let corpus = corpus_dir();
    ws.arshif(&["index", corpus.to_str().unwrap(), "--no-exact-forms"]).success();

    // No exact forms kept at all; the setting is on record.
    let fields = schema_fields(&ws);
    assert!(fields.iter().any(|f| f == "body"), "{fields:?}");
    assert_eq!(forms_files(&ws), 0);
    assert!(!exact_forms(&ws));
    let info = std::fs::read_to_string(ws.index_dir().join("arshif.json")).unwrap();
    let info: serde_json::Value = serde_json::from_str(&info).unwrap();
    assert_eq!(info["exact_forms"], false);
    let stats_text = ws.arshif(&["stats"]).success().stdout;
    assert!(stats_text.contains("lean (built with --no-exact-forms)"), "{stats_text}");

    // Words, spellings, the query language and filters still work.
    for query in ["الضمانات الأمنية لأوكرانيا", "الضمانات الامنيه لاوكرانيا"]
    {
        let ids = ws.search_ids(query, &[]);
        assert_eq!(ids.first().map(String::as_str), Some(SAMPLE), "query {query:?}: {ids:?}");
    }
    for (query, extra) in [("\"الضمانات الأمنية\"", &[][..]), ("الضمانات", &["--place", "Ukraine"])]
    {
        let ids = ws.search_ids(query, extra);
        assert!(ids.iter().any(|id| id == SAMPLE), "query {query:?} {extra:?}: {ids:?}");
    }
    let run = ws
        .arshif_stdin(
            &["batch", "--format", "tsv", "--limit", "1"],
            "q1\tالضمانات الأمنية لأوكرانيا\n",
        )
        .success();
    assert!(run.stdout.contains(SAMPLE), "{}", run.stdout);

    // Stop words alone: in no field of a lean index, so no hits, and a note that says why.
    let run = ws.arshif(&["search", "في من", "--format", "jsonl"]).success();
    assert!(run.stdout.trim().is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("--no-exact-forms"), "{}", run.stderr);
}

#[test]
fn a_full_index_has_the_exact_forms() {
    let ws = Workspace::with_files(&[("a.txt", "عنوان\nخبر عن القمح")]);
    // The exact forms are kept beside each segment, in a file of their own.
    assert!(forms_files(&ws) > 0);
    assert!(exact_forms(&ws));
    // Stop words alone are searched in their exact forms.
    assert_eq!(ws.search_ids("عن", &[]), ["a.txt"]);
}

#[test]
fn later_runs_keep_the_lean_schema_and_a_full_index_needs_rebuild() {
    let ws = Workspace::new();
    ws.write_files(&[("a.txt", "عنوان\nخبر عن القمح")]);
    ws.arshif(&["index", "articles", "--no-exact-forms"]).success();

    // An update without the flag keeps the index lean.
    ws.write_files(&[("b.txt", "عنوان\nخبر عن الشعير")]);
    ws.index_folder("articles").success();
    assert!(!exact_forms(&ws));
    assert_eq!(ws.search_ids("الشعير", &[]), ["b.txt"]);
    ws.arshif(&["index", "articles", "--no-exact-forms"]).success();
    assert!(!exact_forms(&ws));

    // --rebuild without the flag builds a full index again; the flag on it is then refused…
    ws.arshif(&["index", "articles", "--rebuild"]).success();
    assert!(exact_forms(&ws));
    let run = ws.arshif(&["index", "articles", "--no-exact-forms"]).expect_code(1);
    assert!(run.stderr.contains("the exact forms") && run.stderr.contains("--rebuild"));
    assert!(exact_forms(&ws));
    // …unless it comes with --rebuild.
    ws.arshif(&["index", "articles", "--no-exact-forms", "--rebuild"]).success();
    assert!(!exact_forms(&ws));
    assert_eq!(ws.search_ids("القمح", &[]), ["a.txt"]);
}

/// `stats --format json` of the index.
fn stats_json(ws: &Workspace) -> serde_json::Value {
    ws.arshif(&["stats", "--format", "json"]).success().json()
}

#[test]
fn a_lucene_equivalent_index_finds_by_id_without_text_or_places() {
    let ws = Workspace::new();
    let corpus = corpus_dir();
    let lean = ["--no-exact-forms", "--no-stored-text", "--no-places"];
    ws.arshif(&[&["index", corpus.to_str().unwrap()][..], &lean[..]].concat()).success();

    let stats = stats_json(&ws);
    assert_eq!(stats["exact_forms"], false);
    assert_eq!(stats["stored_text"], false);
    assert_eq!(stats["places_extracted"], false);
    // Only places given in records' metadata (a few files of the corpus have them).
    let places = stats["places"].as_array().unwrap();
    assert!(places.iter().all(|p| p["name"] != "أوكرانيا" && p["name"] != "باريس"), "{stats}");
    assert!(stats["articles"].as_u64().unwrap() > 1);
    let text = ws.arshif(&["stats"]).success().stdout;
    assert!(
        text.contains("lean (built with --no-exact-forms --no-stored-text --no-places)"),
        "{text}"
    );

    // Batch runs need only ids.
    let run = ws
        .arshif_stdin(
            &["batch", "--format", "trec", "--limit", "3"],
            "q1\tالضمانات الأمنية لأوكرانيا\n",
        )
        .success();
    let first = run.stdout.lines().next().unwrap_or_default();
    assert!(first.starts_with("q1 Q0 ap-ukraine-guarantees.txt 1 "), "{}", run.stdout);

    // A search shows the hit without title or snippet, and says why.
    let run = ws.arshif(&["search", "الضمانات الأمنية لأوكرانيا", "--format", "jsonl"]).success();
    let hit: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().expect("a hit")).unwrap();
    assert_eq!(hit["id"], SAMPLE);
    assert_eq!(hit["title"], "");
    assert!(hit["snippet"].is_null(), "{hit}");
    assert!(run.stderr.contains("--no-stored-text"), "{}", run.stderr);
    // No places were looked for, so a place filter finds nothing.
    let ids = ws.search_ids("الضمانات", &["--place", "Ukraine"]);
    assert!(ids.is_empty(), "{ids:?}");
}

#[test]
fn stored_text_and_places_settings_are_kept_and_a_change_needs_rebuild() {
    let ws = Workspace::new();
    ws.write_files(&[("a.txt", "عنوان\nخبر من باريس عن القمح")]);
    ws.arshif(&["index", "articles", "--no-stored-text", "--no-places"]).success();
    ws.write_files(&[("b.txt", "عنوان\nخبر من لندن عن الشعير")]);
    ws.index_folder("articles").success();
    let stats = stats_json(&ws);
    assert_eq!((&stats["stored_text"], &stats["places_extracted"]), (&false.into(), &false.into()));
    assert_eq!(stats["exact_forms"], true);
    assert_eq!(ws.search_ids("الشعير", &[]), ["b.txt"]);

    ws.arshif(&["index", "articles", "--rebuild"]).success();
    let stats = stats_json(&ws);
    assert_eq!((&stats["stored_text"], &stats["places_extracted"]), (&true.into(), &true.into()));
    for flag in ["--no-stored-text", "--no-places"] {
        let run = ws.arshif(&["index", "articles", flag]).expect_code(1);
        assert!(run.stderr.contains(flag) && run.stderr.contains("--rebuild"), "{}", run.stderr);
    }
    assert_eq!(ws.search_ids("عنوان", &["--place", "London"]), ["b.txt"]);
}
