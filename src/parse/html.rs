//! Web pages. (Stub: being written.)

use super::Record;

/// Parses one article page.
pub fn parse(_text: &str) -> Result<Record, String> {
    Err("HTML is not supported yet".into())
}
