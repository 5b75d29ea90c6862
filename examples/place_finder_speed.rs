//! Times the place finder alone, on one thread, over the first articles of a JSON lines file
//! (gzipped or not): what `arshif index` spends on places, without tantivy around it.
//!
//! Run with `cargo run --release --example place_finder_speed -- FILE.jsonl.gz [ARTICLES]`
//! (default 20,000 articles). It reads the articles into memory, runs the finder over all of
//! them three times and prints the best time, and a checksum of the places found, so that a
//! change meant only to be faster can be checked to find the same places.

use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Read};

use arshif::extract::places::Gazetteer;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or_else(|| anyhow::anyhow!("usage: FILE.jsonl[.gz] [ARTICLES]"))?;
    let wanted: usize = args.next().map_or(Ok(20_000), |n| n.parse())?;
    let file = std::fs::File::open(&path)?;
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut articles = Vec::new();
    for line in BufReader::new(reader).lines().take(wanted) {
        let record: serde_json::Value = serde_json::from_str(&line?)?;
        let text = |key: &str| record[key].as_str().unwrap_or_default().to_string();
        articles.push((text("title"), text("body")));
    }
    let gazetteer = Gazetteer::builtin();
    // The finder builds some of its tables on first use.
    gazetteer.find_in_article("", "باريس");
    let mut best = f64::MAX;
    let mut checksum = 0;
    for _ in 0..3 {
        let start = std::time::Instant::now();
        let mut hasher = rustc_hash::FxHasher::default();
        for (title, body) in &articles {
            for (named, forms) in gazetteer.find_in_article(title, body) {
                format!("{named:?}").hash(&mut hasher);
                forms.hash(&mut hasher);
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
        checksum = hasher.finish();
    }
    println!(
        "{} articles: best of 3 {:.3} s, {:.1} µs an article; places checksum {checksum:016x}",
        articles.len(),
        best,
        best * 1e6 / articles.len().max(1) as f64
    );
    Ok(())
}
