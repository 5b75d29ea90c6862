//! Extraction of facts from parsed articles: the publication date and the places named.
pub mod places;
