//! arshif: full-text search for Arabic news archives.
//!
//! The modules follow the data's journey, and each one uses only the ones before it plus the
//! shared [`Article`] record and [`Error`]:
//!
//! 1. [`discover`] finds the article files under a folder;
//! 2. [`parse`] reads one file (plain text, Markdown, JSON, JSON lines, gzip) into articles;
//! 3. [`extract`] finds dates and places in them;
//! 4. [`analysis`] turns Arabic text into search terms (one analyzer for indexing and querying);
//! 5. [`index`] writes articles into a tantivy index;
//! 6. [`search`] answers queries with ranked hits and snippets, one at a time or in batch;
//! 7. [`output`] renders hits as text, JSON, JSON lines, TSV or TREC runs;
//! 8. [`serve`] answers searches over HTTP: a search page and a JSON API.
//!
//! The library never prints and never exits: it returns data and errors; the `arshif` binary
//! is a thin command line on top.

pub mod analysis;
pub mod article;
pub mod discover;
pub mod error;
pub mod extract;
pub mod index;
pub mod output;
pub mod parse;
pub mod search;
pub mod serve;

pub use article::Article;
pub use error::{Error, Result};
