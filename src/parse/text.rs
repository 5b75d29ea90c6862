//! Plain-text and Markdown articles.
//!
//! Layout, top to bottom:
//! 1. an optional header: either Markdown front matter (a `---` line, `key: value` lines, a
//!    closing `---` line) or a run of leading `key: value` lines whose keys are among `id`,
//!    `title`, `date`, `source`, `url`, `places` (English, any case), optionally followed by a
//!    blank line. Other lines end the header, so an Arabic title with a colon is still a title;
//! 2. the title: the first non-empty line (Markdown heading marks `#` are dropped), unless the
//!    header gave one;
//! 3. the body: everything after, trimmed.

use super::Record;

/// A first line longer than this is not a title.
const MAX_TITLE_CHARS: usize = 300;
/// Length of a title made from the opening words of a text.
const OPENING_CHARS: usize = 120;

const HEADER_KEYS: [&str; 6] = ["id", "title", "date", "source", "url", "places"];

/// Parses one article file.
pub fn parse(text: &str, markdown: bool) -> Result<Record, String> {
    let mut record = Record::default();
    let rest = read_header(text, &mut record);
    let rest = rest.trim_start_matches(['\n', ' ', '\t']);
    let (first_line, body) = rest.split_once('\n').unwrap_or((rest, ""));
    if record.title.is_empty() && first_line.chars().count() > MAX_TITLE_CHARS {
        // No line breaks (a text dumped on one line): the whole line is body, and the title
        // is its opening words.
        record.title = opening_words(first_line.trim());
        record.body = rest.trim().to_string();
    } else if record.title.is_empty() {
        record.title = clean_title(first_line, markdown);
        record.body = body.trim().to_string();
    } else {
        record.body = rest.trim().to_string();
    }
    if record.title.is_empty() && record.body.is_empty() {
        return Err("no text: the file is empty or holds only a header".into());
    }
    Ok(record)
}

/// Reads the header into `record` and returns the text after it.
fn read_header<'a>(text: &'a str, record: &mut Record) -> &'a str {
    if let Some(after) = text.strip_prefix("---\n") {
        if let Some(end) = after.find("\n---") {
            for line in after[..end].lines() {
                if let Some((key, value)) = line.split_once(':') {
                    set_field(record, &key.trim().to_lowercase(), value.trim());
                }
            }
            let rest = &after[end + 4..];
            return rest.split_once('\n').map_or("", |(_, rest)| rest);
        }
    }
    let mut rest = text;
    while let Some((line, after)) = rest.split_once('\n').or(Some((rest, ""))) {
        let Some((key, value)) = header_line(line) else {
            break;
        };
        set_field(record, &key, value);
        rest = after;
        if after.is_empty() {
            break;
        }
    }
    rest
}

fn header_line(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_lowercase();
    HEADER_KEYS.contains(&key.as_str()).then_some((key, value.trim()))
}

fn set_field(record: &mut Record, key: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    let value = value.trim_matches(['"', '\'']).to_string();
    match key {
        "id" => record.id = Some(value),
        "title" => record.title = value,
        "date" => record.date = Some(value),
        "source" => record.source = Some(value),
        "url" => record.url = Some(value),
        "places" => record.places = super::split_list(&value),
        _ => {}
    }
}

/// About the first [`OPENING_CHARS`] characters of `line`, cut at a space, with `…`.
fn opening_words(line: &str) -> String {
    let cut: String = line.chars().take(OPENING_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end())
}

fn clean_title(line: &str, markdown: bool) -> String {
    let line = line.trim();
    let line = if markdown { line.trim_start_matches('#').trim() } else { line };
    line.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_the_first_non_empty_line() {
        let r = parse("\n\nعنوان الخبر\nالسطر الأول.\n\nالسطر الثاني.\n", false).unwrap();
        assert_eq!(r.title, "عنوان الخبر");
        assert_eq!(r.body, "السطر الأول.\n\nالسطر الثاني.");
        assert_eq!(r.date, None);
    }

    #[test]
    fn header_block_sets_metadata() {
        let text = "date: 2023-04-17\nSource: وكالة الأنباء\nurl: https://example.com/a\n\
                    places: الرباط، فاس\n\nالعنوان\nالنص";
        let r = parse(text, false).unwrap();
        assert_eq!(r.date.as_deref(), Some("2023-04-17"));
        assert_eq!(r.source.as_deref(), Some("وكالة الأنباء"));
        assert_eq!(r.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(r.places, ["الرباط", "فاس"]);
        assert_eq!(r.title, "العنوان");
        assert_eq!(r.body, "النص");
    }

    #[test]
    fn an_arabic_title_with_a_colon_is_not_a_header() {
        let r = parse("عاجل: زلزال في المغرب\nالنص", false).unwrap();
        assert_eq!(r.title, "عاجل: زلزال في المغرب");
    }

    #[test]
    fn markdown_front_matter_and_heading() {
        let text = "---\ndate: 2021-06-03\nauthor: ignored\n---\n\n# عنوان المقال\n\nالنص هنا";
        let r = parse(text, true).unwrap();
        assert_eq!(r.date.as_deref(), Some("2021-06-03"));
        assert_eq!(r.title, "عنوان المقال");
        assert_eq!(r.body, "النص هنا");
    }

    #[test]
    fn header_title_keeps_all_text_as_body() {
        let r = parse("title: العنوان\n\nالفقرة الأولى\nالفقرة الثانية", false).unwrap();
        assert_eq!(r.title, "العنوان");
        assert_eq!(r.body, "الفقرة الأولى\nالفقرة الثانية");
    }

    #[test]
    fn a_text_on_one_long_line_gets_a_short_title_and_keeps_all_its_words() {
        let line = "كلمة عربية ".repeat(200);
        let r = parse(&line, false).unwrap();
        assert!(r.title.ends_with('…') && r.title.chars().count() <= 121, "{}", r.title);
        assert_eq!(r.body, line.trim());
    }

    #[test]
    fn empty_files_are_errors() {
        assert!(parse("", false).is_err());
        assert!(parse("date: 2020-01-01\n\n", false).is_err());
    }
}
