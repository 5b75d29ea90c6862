//! JSON articles: one object per `.json` file (or an array of objects), or one object per line
//! in `.jsonl`.
//!
//! Keys: `title` (also `headline`), `body` (also `text`, `content`), `date`, `source`, `url`,
//! `id`, `places` (an array of names or one string separated by commas); other keys are ignored.
//! Numbers are accepted where strings are expected (`"id": 17`). In JSON lines, a bad line is a
//! warning naming its line number, and the other lines are kept.

use serde_json::{Map, Value};

use super::{ParsedFile, Record};

/// Parses a `.json` file: one article object, or an array of them.
pub fn parse_document(text: &str) -> Result<ParsedFile, String> {
    let value: Value = serde_json::from_str(text).map_err(|err| format!("bad JSON: {err}"))?;
    let mut parsed = ParsedFile::default();
    match value {
        Value::Object(object) => parsed.records.push(record(object)?),
        Value::Array(items) => {
            for (n, item) in items.into_iter().enumerate() {
                let result = match item {
                    Value::Object(object) => record(object),
                    _ => Err("not a JSON object".to_string()),
                };
                match result {
                    Ok(r) => parsed.records.push(r),
                    Err(err) => parsed.warnings.push(format!("item {}: {err}", n + 1)),
                }
            }
            if parsed.records.is_empty() {
                return Err("no article objects in the JSON array".into());
            }
        }
        _ => return Err("expected a JSON object (or an array of objects)".into()),
    }
    Ok(parsed)
}

/// Parses a `.jsonl` file, one article object per line; blank lines are skipped.
pub fn parse_lines(text: &str) -> Result<ParsedFile, String> {
    let mut parsed = ParsedFile::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(r) => parsed.records.push(r),
            Err(err) => parsed.warnings.push(format!("line {}: {err}", n + 1)),
        }
    }
    if parsed.records.is_empty() && !parsed.warnings.is_empty() {
        return Err(format!("no readable line ({})", parsed.warnings[0]));
    }
    Ok(parsed)
}

/// Parses one line of a `.jsonl` file (not blank).
pub fn parse_line(line: &str) -> Result<Record, String> {
    match serde_json::from_str::<Value>(line).map_err(|err| format!("bad JSON: {err}"))? {
        Value::Object(object) => record(object),
        _ => Err("not a JSON object".into()),
    }
}

/// The record of a JSON object. Its strings are moved out of it, not copied: a body is most
/// of a record's bytes.
fn record(mut object: Map<String, Value>) -> Result<Record, String> {
    let mut get = |keys: &[&str]| keys.iter().find_map(|key| text_of(object.remove(*key)?));
    let id = get(&["id"]);
    let title = get(&["title", "headline"]).unwrap_or_default();
    let body = get(&["body", "text", "content"]).unwrap_or_default();
    let date = get(&["date"]);
    let source = get(&["source"]);
    let url = get(&["url"]);
    let places = match object.remove("places") {
        Some(Value::Array(items)) => items.into_iter().filter_map(text_of).collect(),
        Some(other) => text_of(other).map(|s| super::split_list(&s)).unwrap_or_default(),
        None => Vec::new(),
    };
    let record = Record { id, title, body, date, source, url, places };
    if record.title.trim().is_empty() && record.body.trim().is_empty() {
        return Err("no title and no body".into());
    }
    Ok(record)
}

fn text_of(value: Value) -> Option<String> {
    let text = match value {
        Value::String(s) if s.trim().len() == s.len() => s,
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_with_alternative_keys() {
        let parsed = parse_document(
            r#"{"id": 17, "headline": "عنوان", "content": "نص", "date": "2022-11-20",
                "places": ["الدوحة", ""], "extra": {"x": 1}}"#,
        )
        .unwrap();
        let r = &parsed.records[0];
        assert_eq!(r.id.as_deref(), Some("17"));
        assert_eq!((r.title.as_str(), r.body.as_str()), ("عنوان", "نص"));
        assert_eq!(r.date.as_deref(), Some("2022-11-20"));
        assert_eq!(r.places, ["الدوحة"]);
    }

    #[test]
    fn text_key_and_places_as_string() {
        let parsed =
            parse_document(r#"{"title": "ع", "text": "نص", "places": "مسقط، صلالة"}"#).unwrap();
        assert_eq!(parsed.records[0].body, "نص");
        assert_eq!(parsed.records[0].places, ["مسقط", "صلالة"]);
    }

    #[test]
    fn array_of_objects() {
        let parsed = parse_document(r#"[{"title": "أ"}, 3, {"body": "ب"}]"#).unwrap();
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.warnings, ["item 2: not a JSON object"]);
    }

    #[test]
    fn bad_document_is_an_error() {
        assert!(parse_document("{\"title\": ").unwrap_err().starts_with("bad JSON"));
        assert!(parse_document("[1, 2]").is_err());
        assert!(parse_document(r#"{"title": " ", "body": ""}"#).is_err());
    }

    #[test]
    fn bad_lines_are_warnings_and_the_rest_is_kept() {
        let text = "{\"title\": \"أ\", \"body\": \"نص\"}\n\nnot json\n[1]\n{\"title\": \"ب\"}\n";
        let parsed = parse_lines(text).unwrap();
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.warnings.len(), 2);
        assert!(parsed.warnings[0].starts_with("line 3: bad JSON"), "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[1], "line 4: not a JSON object");
    }

    #[test]
    fn a_file_of_only_bad_lines_is_an_error() {
        assert!(parse_lines("x\ny\n").is_err());
        assert_eq!(parse_lines("\n").unwrap().records.len(), 0);
    }
}
