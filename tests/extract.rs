//! `arshif extract`: articles, dates and places as JSON, without an index.

mod util;

use serde::Deserialize;
use util::{arshif_in, corpus_dir, Run, Workspace};

/// One article as `extract` prints it (the schema in the README).
#[derive(Debug, Deserialize)]
struct Extracted {
    id: String,
    path: String,
    title: String,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    places: Vec<ExtractedPlace>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct ExtractedPlace {
    ar: String,
    en: Option<String>,
    kind: Option<String>,
    forms: Vec<String>,
}

impl Extracted {
    fn place(&self, ar: &str) -> &ExtractedPlace {
        self.places
            .iter()
            .find(|p| p.ar == ar)
            .unwrap_or_else(|| panic!("{ar} missing from {:?}", self.places))
    }
}

/// The articles of a JSON lines output.
fn articles(run: &Run) -> Vec<Extracted> {
    run.lines()
        .iter()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn ids(run: &Run) -> Vec<String> {
    articles(run).into_iter().map(|a| a.id).collect()
}

const JSONL: &str = concat!(
    r#"{"id": "wire-1", "title": "أمطار في الرياض", "body": "هطلت أمطار على الرياض وجدة.", "date": "2024-03-05", "source": "واس"}"#,
    "\n",
    r#"{"title": "انتخابات في تونس", "body": "صوت الناخبون في تونس وبالقيروان.", "date": "05/04/2024", "places": ["Springfield"]}"#,
    "\n",
);

const TEXT: &str = "date: 2023-04-17\nsource: الأنباء المغاربية\nurl: https://example.com/rabat-rail\n\n\
                    الرباط تفتتح خط القطار الجديد\nالرباط (الأنباء المغاربية) – افتتحت السلطات الخط.\n";

fn workspace() -> Workspace {
    let ws = Workspace::new();
    ws.write_files(&[("wire.jsonl", JSONL), ("2023/rabat.txt", TEXT), ("notes.csv", "x")]);
    ws
}

#[test]
fn sample_article_places_with_forms() {
    let file = corpus_dir().join("ap-ukraine-guarantees.txt");
    let run = arshif_in(&corpus_dir(), &["extract", file.to_str().unwrap()], "").success();
    let found = articles(&run);
    assert_eq!(found.len(), 1);
    let article = &found[0];
    assert_eq!(article.id, "ap-ukraine-guarantees.txt");
    assert_eq!(article.path, "ap-ukraine-guarantees.txt");
    assert!(article.title.starts_with("ويشيد حلفاء أوكرانيا"), "{}", article.title);
    assert_eq!(article.date, None);
    assert_eq!(article.source, None);
    assert_eq!(article.url, None);
    assert_eq!(
        article.place("أوكرانيا"),
        &ExtractedPlace {
            ar: "أوكرانيا".into(),
            en: Some("Ukraine".into()),
            kind: Some("country".into()),
            forms: vec!["أوكرانيا".into()],
        }
    );
    assert_eq!(article.place("باريس").forms, ["باريس"]);
    assert_eq!(article.place("باريس").kind.as_deref(), Some("capital"));
    assert_eq!(article.place("المملكة المتحدة").forms, ["المملكة المتحدة", "والمملكة المتحدة"]);
    assert_eq!(article.place("المملكة المتحدة").en.as_deref(), Some("United Kingdom"));
    assert_eq!(article.place("الولايات المتحدة").forms, ["الولايات المتحدة", "للولايات المتحدة"]);
    assert_eq!(article.place("غرينلاند").forms, ["جرينلاند"]);
    // The same places, in the same order, as the index stores.
    let names: Vec<&str> = article.places.iter().map(|p| p.ar.as_str()).collect();
    assert_eq!(&names[..4], ["أوكرانيا", "روسيا", "باريس", "موسكو"]);
}

#[test]
fn folder_in_walk_order_with_ids_and_dates() {
    let ws = workspace();
    let run = ws.run(&["extract", "articles"]).success();
    assert_eq!(run.stderr, "");
    let found = articles(&run);
    let summary: Vec<(&str, &str, Option<&str>)> =
        found.iter().map(|a| (a.id.as_str(), a.path.as_str(), a.date.as_deref())).collect();
    assert_eq!(
        summary,
        [
            ("2023/rabat.txt", "2023/rabat.txt", Some("2023-04-17")),
            ("wire-1", "wire.jsonl", Some("2024-03-05")),
            ("wire.jsonl#2", "wire.jsonl", Some("2024-04-05")),
        ]
    );
    assert_eq!(found[0].title, "الرباط تفتتح خط القطار الجديد");
    assert_eq!(found[0].source.as_deref(), Some("الأنباء المغاربية"));
    assert_eq!(found[0].url.as_deref(), Some("https://example.com/rabat-rail"));
    assert_eq!(found[0].place("الرباط").forms, ["الرباط"]);
    assert_eq!(found[1].source.as_deref(), Some("واس"));
    let riyadh: Vec<&str> = found[1].places.iter().map(|p| p.ar.as_str()).collect();
    assert_eq!(riyadh, ["الرياض", "جدة"]);
    // A place listed by the file that the gazetteer does not know.
    assert_eq!(
        found[2].places[0],
        ExtractedPlace { ar: "Springfield".into(), en: None, kind: None, forms: vec![] }
    );
    assert_eq!(found[2].place("تونس").forms, ["تونس"]);
    assert_eq!(found[2].place("القيروان").forms, ["وبالقيروان"]);
}

#[test]
fn several_paths_and_single_files() {
    let ws = workspace();
    let run = ws.run(&["extract", "articles/wire.jsonl", "articles/2023"]).success();
    assert_eq!(ids(&run), ["wire-1", "wire.jsonl#2", "rabat.txt"]);
}

#[test]
fn bad_files_are_reported_and_the_rest_printed() {
    let ws = workspace();
    ws.write_files(&[
        ("bad.json", "{\"title\": \"مقال\", "),
        ("more.jsonl", "{\"title\": \"أ\", \"body\": \"في القاهرة\"}\nnot json\n"),
    ]);
    let run = ws.run(&["extract", "articles"]).expect_code(2);
    assert_eq!(ids(&run), ["2023/rabat.txt", "more.jsonl#1", "wire-1", "wire.jsonl#2"]);
    let bad = std::path::Path::new("articles").join("bad.json");
    let bad = bad.display().to_string();
    assert!(run.stderr.contains(&format!("skipped {bad}:")), "{}", run.stderr);
    assert!(run.stderr.contains("more.jsonl: line 2"), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.stderr);
}

#[test]
fn json_is_one_array() {
    let ws = workspace();
    let run = ws.run(&["extract", "articles", "--format", "json"]).success();
    let array: Vec<Extracted> = serde_json::from_str(&run.stdout).expect("a JSON array");
    let ids: Vec<&str> = array.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["2023/rabat.txt", "wire-1", "wire.jsonl#2"]);

    std::fs::create_dir_all(ws.path().join("empty")).unwrap();
    let run = ws.run(&["extract", "empty", "--format", "json"]).success();
    assert_eq!(run.json(), serde_json::json!([]));
}

#[test]
fn missing_path_is_a_user_error() {
    let ws = workspace();
    let run = ws.run(&["extract", "articles", "nowhere"]).expect_code(1);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
}

#[test]
fn the_index_folder_is_not_read() {
    let ws = workspace();
    ws.run(&["index", "articles", "--index", "index", "--quiet"]).success();
    std::fs::rename(ws.path().join("index"), ws.articles().join("index")).unwrap();
    // Run from inside `articles`, whose `index` folder holds an index.
    let run = arshif_in(&ws.articles(), &["extract", "."], "").success();
    assert_eq!(ids(&run), ["2023/rabat.txt", "wire-1", "wire.jsonl#2"]);
}

#[test]
fn forced_encoding() {
    let ws = Workspace::new();
    // "في بغداد" in Windows-1256.
    let title = [0xdd, 0xed, 0x20, 0xc8, 0xdb, 0xcf, 0xc7, 0xcf];
    let mut bytes = title.to_vec();
    bytes.extend(b"\n");
    bytes.extend(title);
    bytes.extend(b"\n");
    ws.write_bytes("baghdad.txt", &bytes);
    let run = ws.run(&["extract", "articles", "--encoding", "windows-1256"]).success();
    let found = articles(&run);
    assert_eq!(found[0].title, "في بغداد");
    assert_eq!(found[0].place("بغداد").forms, ["بغداد"]);
    let run = ws.run(&["extract", "articles", "--encoding", "klingon"]).expect_code(1);
    assert!(run.stderr.contains("klingon"), "{}", run.stderr);
}

#[test]
fn organisations_clubs_and_common_words_are_not_places() {
    let ws = Workspace::new();
    let record = serde_json::json!({
        "id": "traps",
        "title": "إينيستا قائدا لبرشلونة",
        "body": "جدة: اختار لاعبو برشلونة قائدهم، وقال مصدر لـ«الشرق الأوسط» وصحيفة الرياض إن \
                 نصف قطر الملعب كبير. وفي محافظة الليث ومعتمدية الرقاب وكان الجو حارا.",
    });
    ws.write_files(&[("traps.jsonl", &format!("{record}\n"))]);
    let run = ws.run(&["extract", "articles"]).success();
    let found = articles(&run);
    let names: Vec<&str> = found[0].places.iter().map(|p| p.ar.as_str()).collect();
    assert_eq!(names, ["جدة", "الليث", "الرقاب"]);
}

#[test]
fn unknown_places_after_a_place_noun_have_no_english_name() {
    let ws = Workspace::new();
    let record = serde_json::json!({
        "id": "village",
        "title": "قصف قرية كفرموس",
        "body": "استهدفت القوات وبقرية كفرموس منازل في ريف إدلب، وفي منطقة الجزاء سدد اللاعب.",
    });
    ws.write_files(&[("village.jsonl", &format!("{record}\n"))]);
    let run = ws.run(&["extract", "articles"]).success();
    let found = articles(&run);
    let names: Vec<&str> = found[0].places.iter().map(|p| p.ar.as_str()).collect();
    assert_eq!(names, ["كفرموس", "إدلب"]);
    assert_eq!(
        found[0].place("كفرموس"),
        &ExtractedPlace {
            ar: "كفرموس".into(),
            en: None,
            kind: Some("village".into()),
            forms: vec!["كفرموس".into()],
        }
    );
}
