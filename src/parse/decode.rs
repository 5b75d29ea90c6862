//! Bytes to text. (Stub: UTF-8 only; encodings detection is being written.)

/// A character encoding (an `encoding_rs` encoding).
pub type Encoding = &'static encoding_rs::Encoding;

/// Decoded text and what decoding had to say.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes `bytes`.
pub fn decode(bytes: &[u8], _forced: Option<Encoding>) -> Result<Decoded, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|err| format!("not UTF-8 text (invalid byte at offset {})", err.valid_up_to()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    Ok(Decoded { text: clean(text), warnings: Vec::new() })
}

/// CRLF and lone CR → LF, control characters other than tab and newline removed.
pub fn clean(text: &str) -> String {
    let mut clean = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    clean.push('\n');
                }
            }
            '\n' | '\t' => clean.push(c),
            c if c.is_control() => {}
            c => clean.push(c),
        }
    }
    clean
}
