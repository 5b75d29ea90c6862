//! `arshif batch`: many queries, JSON lines, TREC runs and TSV, in input order.

mod util;

use util::Workspace;

const QUERIES: &str =
    "q1\tالضمانات الأمنية لأوكرانيا\n\nحلفاء أوكرانيا: اجتماع \"باريس\" - 2026\nq3\t؟!\n";

#[test]
fn jsonl_has_one_line_per_query_in_input_order() {
    let ws = Workspace::with_corpus();
    let run = ws.arshif_stdin(&["batch", "--limit", "3"], QUERIES).expect_code(2);
    let lines: Vec<serde_json::Value> =
        run.lines().iter().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let qids: Vec<&str> = lines.iter().map(|l| l["qid"].as_str().unwrap()).collect();
    assert_eq!(qids, ["q1", "3", "q3"]);
    assert_eq!(lines[0]["hits"][0]["id"], "ap-ukraine-guarantees.txt");
    assert!(lines[0]["hits"].as_array().unwrap().len() <= 3);
    // Punctuation is plain text in batch: the quoted, colon-and-dash title still works.
    assert_eq!(lines[1]["error"], serde_json::Value::Null);
    assert_eq!(lines[1]["hits"][0]["id"], "ap-ukraine-guarantees.txt");
    // A query with no words is an error for that query only.
    assert!(lines[2]["error"].as_str().unwrap().contains("no words"));
}

#[test]
fn trec_runs_have_six_columns_and_are_thread_independent() {
    let ws = Workspace::with_corpus();
    let queries = "a\tالضمانات الأمنية\nb\tالأمطار في الخليج\nc\tكرة القدم\n";
    let dir = ws.path().join("q.tsv");
    std::fs::write(&dir, queries).unwrap();
    let run = ws.arshif(&["batch", "q.tsv", "--format", "trec", "--limit", "100"]).success();
    assert!(!run.lines().is_empty());
    for line in run.lines() {
        let cols: Vec<&str> = line.split(' ').collect();
        assert_eq!(cols.len(), 6, "{line}");
        assert_eq!((cols[1], cols[5]), ("Q0", "arshif"));
        cols[3].parse::<usize>().expect("rank");
        cols[4].parse::<f32>().expect("score");
    }
    let one_thread = ws
        .arshif(&["batch", "q.tsv", "--format", "trec", "--limit", "100", "--threads", "1"])
        .success();
    assert_eq!(run.stdout, one_thread.stdout);
}

#[test]
fn tsv_and_filters() {
    let ws = Workspace::with_files(&[
        ("a.txt", "date: 2020-01-01\n\nأمطار\nأمطار في الدوحة"),
        ("b.txt", "date: 2023-01-01\n\nأمطار\nأمطار في مسقط"),
    ]);
    let run =
        ws.arshif_stdin(&["batch", "-", "--format", "tsv", "--since", "2022"], "أمطار\n").success();
    let lines = run.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[1].starts_with("1\t1\t") && lines[1].contains("b.txt"), "{lines:?}");
}

#[test]
fn failed_queries_make_a_partial_run() {
    let ws = Workspace::with_files(&[("a.txt", "أمطار\nأمطار في الدوحة")]);
    let run = ws.arshif_stdin(&["batch", "--syntax"], "أمطار\n-أمطار\n").expect_code(2);
    assert!(run.stderr.contains("query 2"), "{}", run.stderr);
    assert_eq!(run.lines().len(), 2);
}

#[test]
fn trec_runs_rank_as_full_answers_do() {
    // TREC runs take the fast path (ids from the id table, no stored article): the ranking must
    // be the one JSON lines give, with every hit's score.
    let ws = Workspace::with_corpus();
    let queries =
        "a\tالضمانات الأمنية لأوكرانيا في باريس\nb\tالأمطار في الخليج العربي\nc\tوزير الخارجية\n";
    std::fs::write(ws.path().join("q.tsv"), queries).unwrap();
    let flags = ["--limit", "20", "--threads", "1"];
    let trec = ws.arshif(&[&["batch", "q.tsv", "--format", "trec"][..], &flags].concat()).success();
    let jsonl =
        ws.arshif(&[&["batch", "q.tsv", "--format", "jsonl"][..], &flags].concat()).success();
    let mut from_jsonl = Vec::new();
    for line in jsonl.lines() {
        let answer: serde_json::Value = serde_json::from_str(line).unwrap();
        for hit in answer["hits"].as_array().unwrap() {
            let score = hit["score"].as_f64().unwrap();
            from_jsonl.push(format!("{} {} {} {score:.4}", answer["qid"], hit["id"], hit["rank"]));
        }
    }
    let from_trec: Vec<String> = trec
        .lines()
        .iter()
        .map(|line| {
            let c: Vec<&str> = line.split(' ').collect();
            let score: f64 = c[4].parse().unwrap();
            format!("\"{}\" \"{}\" {} {score:.4}", c[0], c[2], c[3])
        })
        .collect();
    assert!(from_trec.len() > 20, "{from_trec:?}");
    assert_eq!(from_trec, from_jsonl);
}

/// The TREC score of each article for one query, run with `flags`.
fn scores(ws: &Workspace, query: &str, flags: &[&str]) -> std::collections::HashMap<String, f32> {
    let args = [&["batch", "-", "--format", "trec", "--threads", "1"][..], flags].concat();
    let run = ws.arshif_stdin(&args, &format!("q\t{query}\n")).success();
    run.lines()
        .iter()
        .map(|line| {
            let cols: Vec<&str> = line.split(' ').collect();
            (cols[2].to_string(), cols[4].parse().unwrap())
        })
        .collect()
}

#[test]
fn titles_weigh_less_than_bodies_unless_they_hold_most_of_the_query() {
    let ws = Workspace::with_files(&[
        ("story.txt", "لعبة الورق الأخضر\nضبطت الشرطة في جدة عصابة تروج الدولارات المزيفة."),
        ("book.txt", "جدة تستضيف معرض الكتاب\nيفتتح معرض الكتاب الدولي الأسبوع المقبل."),
        ("rain.txt", "أمطار في الطائف\nهطلت أمطار على الطائف."),
    ]);
    let query = "عصابة الدولارات المزيفة في جدة";
    let no_bonus = ["--exact-weight", "0", "--phrase-weight", "0", "--lead-weight", "0"];
    let at = |title: &str, cover: &str| {
        let flags = [&no_bonus[..], &["--title-weight", title, "--title-cover-weight", cover]];
        scores(&ws, query, &flags.concat())
    };
    // An article matching only in its title scores in proportion to the title weight...
    let (heavy, light) = (at("2", "0"), at("0.3", "0"));
    assert!((heavy["book.txt"] / light["book.txt"] - 2.0 / 0.3).abs() < 0.01, "{heavy:?}");
    // ...and one matching only in its body does not depend on it.
    assert!((heavy["story.txt"] - light["story.txt"]).abs() < 1e-4, "{heavy:?} {light:?}");
    assert!(!light.contains_key("rain.txt"));
    // The cover bonus is the square of the title's share of the query: small for a title that
    // holds one word of four (book.txt), nothing for a title that holds none (story.txt).
    let covered = at("0.3", "1");
    assert!((covered["story.txt"] - light["story.txt"]).abs() < 1e-4, "{covered:?}");
    let bonus = covered["book.txt"] - light["book.txt"];
    assert!(bonus > 0.0 && bonus < light["story.txt"] / 4.0, "{covered:?} {light:?}");
    // A title typed in full gets the whole bonus: the sum of its words' IDF.
    let headline = "جدة تستضيف معرض الكتاب";
    let plain = scores(&ws, headline, &[&no_bonus[..], &["--title-cover-weight", "0"]].concat());
    let full = scores(&ws, headline, &no_bonus);
    assert!(full["book.txt"] - plain["book.txt"] > 1.0, "{plain:?} {full:?}");
    // By default (title weight 0.3, cover 1) the story comes first for the natural query.
    let default = scores(&ws, query, &[]);
    assert!(default["story.txt"] > default["book.txt"], "{default:?}");
}

/// Random queries of operators, quotes, brackets, field names, clitics, marks, digits and Latin
/// words, in both query modes: every one gets its line (hits or an error for that query alone),
/// in order, and nothing fails as a whole.
#[test]
fn hostile_queries_each_get_an_answer() {
    let pieces = [
        "\"",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "-",
        "+",
        "*",
        "?",
        "~",
        "^",
        "\\",
        "/",
        "!",
        "AND",
        "OR",
        "NOT",
        "title:",
        "body:",
        "place:",
        "date:",
        "«",
        "»",
        "؟",
        "،",
        "ـ",
        "أوكرانيا",
        "وبأوكرانيا",
        "لـ",
        "الضمانات",
        "روسيا",
        "باريس",
        "كييف",
        "ٱلْأَمْنِيَّة",
        "٢٠٢٦",
        "2026",
        "1e9",
        "London",
        "\u{200f}",
        "\u{200c}",
        "\u{064e}",
        "ﻻ",
        "*ان",
        "ال*",
        "a",
        "[2020 TO 2030]",
        "\"باريس",
        "\"\"",
        "((",
        "))",
        "title:\"",
        "~2",
        "^3",
    ];
    let mut state: u64 = 0xDEAD_BEEF_CAFE_F00D;
    let mut next = move |n: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    };
    let mut queries = String::new();
    for q in 0..300 {
        queries.push_str(&format!("q{q}\t"));
        for _ in 0..1 + next(6) {
            queries.push_str(pieces[next(pieces.len())]);
            if next(3) > 0 {
                queries.push(' ');
            }
        }
        queries.push('\n');
    }
    let ws = Workspace::with_corpus();
    for args in [&["batch"][..], &["batch", "--syntax"][..]] {
        let run = ws.arshif_stdin(args, &queries);
        assert!(matches!(run.code, 0 | 2), "{args:?}: exit {}\n{}", run.code, run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}:\n{}", run.stderr);
        let qids: Vec<String> = run
            .lines()
            .iter()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("a JSON line"))
            .map(|l| l["qid"].as_str().expect("a qid").to_string())
            .collect();
        let expected: Vec<String> = (0..300).map(|q| format!("q{q}")).collect();
        assert_eq!(qids, expected, "{args:?}");
    }
}
