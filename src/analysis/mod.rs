//! Arabic text analysis: one analyzer, used both to index and to query.
pub mod normalize;
