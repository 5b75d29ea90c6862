//! TREC / ANT / Gigaword `<DOC>` records. (Stub: being written.)

use super::ParsedFile;

/// True if the lower-cased start of a file looks like a `<DOC>` dump.
pub fn looks_like(start: &str) -> bool {
    start.starts_with("<doc>") || start.starts_with("<doc ")
}

/// Parses the `<DOC>` records of a file.
pub fn parse(_text: &str) -> Result<ParsedFile, String> {
    Err("SGML is not supported yet".into())
}
