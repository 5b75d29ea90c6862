//! Index the sample archive into a temporary folder and search it through the library.
//!
//! Run with `cargo run --example index_and_search -- "الضمانات الأمنية"`.

use arshif::index::{index_folder, IndexOptions};
use arshif::search::{ArchiveSearcher, SearchRequest};

fn main() -> anyhow::Result<()> {
    let query = std::env::args().nth(1).unwrap_or_else(|| "الضمانات الأمنية لأوكرانيا".into());
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let index_dir = std::env::temp_dir().join(format!("arshif-example-{}", std::process::id()));

    let summary = index_folder(&corpus, &index_dir, &IndexOptions::default(), &mut |_| {})?;
    println!("indexed {} articles", summary.articles_added + summary.articles_updated);

    let searcher = ArchiveSearcher::open(&index_dir)?;
    let results = searcher.search(&SearchRequest::new(query))?;
    for hit in &results.hits {
        println!("{}. {} ({:.2})", hit.rank, hit.title, hit.score);
    }
    std::fs::remove_dir_all(&index_dir)?;
    Ok(())
}
