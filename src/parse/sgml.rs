//! TREC / ANT / Gigaword `<DOC>` records: the SGML-like dumps news corpora ship in.
//!
//! A file holds one or many `<DOC>…</DOC>` records (`<DOC id="…" type="story">` in Gigaword).
//! Inside a record these tags are read, in any letter case and any order; the first non-empty
//! value of each wins, except that several `TEXT`s are joined as paragraphs:
//! - `DOCNO`, `DOCID` → id (else the `id` attribute of `<DOC>`);
//! - `TITLE`, `HEADLINE` → title;
//! - `TIME`, `DATE`, `DATE_TIME` → date, as written. Gigaword has no date tag: its ids carry the
//!   day (`AFP_ARB_20100101.0001`, TREC's `19940513_AFP_ARB.0001`), and that `20100101` is taken;
//! - `SRC`, `SOURCE` → source; `URL` → url;
//! - `TEXT` → body, line by line as written, or one line per `<P>` paragraph with a blank line
//!   between paragraphs. `ABSTRACT` is the body when `TEXT` is missing or empty;
//! - `CAT`, `AUTHOR`, `DATELINE`, `TRAILER` are read and dropped. Other tags are skipped and what
//!   they enclose is read: containers such as `<BODY>` and `<HEADER>`, markup inside a value.
//!
//! Values have tags removed, the entities `&amp; &lt; &gt; &quot; &apos; &nbsp;` and `&#…;`
//! decoded, and are trimmed; a title written over several lines becomes one line. Body lines are
//! trimmed and a run of blank lines becomes one.
//!
//! The dumps are rarely well-formed (raw `&` and `<` in text, tags left open), so this is a
//! tolerant scanner, not an XML parser: a `&` or `<` that starts no entity or tag is text; a field
//! left open ends where the next field starts or its record ends, and a record left open ends at
//! the next `<DOC>` or the end of the file, with a warning naming the record. A record with a
//! title but no text is kept and one with neither is skipped, each with a warning. A file without
//! `<DOC>`, or whose records are all skipped, is an error.

use super::{ParsedFile, Record};

/// True if the lower-cased start of a file looks like a `<DOC>` dump.
pub fn looks_like(start: &str) -> bool {
    start.starts_with("<doc>") || start.starts_with("<doc ")
}

/// Parses the `<DOC>` records of a file.
pub fn parse(text: &str) -> Result<ParsedFile, String> {
    let mut parsed = ParsedFile::default();
    let mut count = 0;
    let mut current: Option<Doc> = None;
    for tag in Tags::new(text) {
        if tag.is("DOC") {
            if let Some(doc) = current.take() {
                let problem = (!tag.closing).then_some("no </DOC> before the next <DOC>");
                doc.finish(text, tag.start, problem, &mut parsed);
            }
            if !tag.closing {
                count += 1;
                current = Some(Doc::new(count, attribute(tag.attributes, "id")));
            }
        } else if let Some(doc) = &mut current {
            doc.tag(text, &tag);
        }
    }
    if let Some(doc) = current {
        doc.finish(text, text.len(), Some("no </DOC> at the end of the file"), &mut parsed);
    }
    match count {
        0 => Err("no <DOC> record".into()),
        _ if parsed.records.is_empty() => {
            Err(format!("none of the {count} <DOC> records has a title or text"))
        }
        _ => Ok(parsed),
    }
}

/// What a tag inside a record holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    Title,
    Date,
    Source,
    Url,
    Abstract,
    Text,
    /// Read so that it ends an unclosed field before it, then dropped.
    Dropped,
}

/// The tags read inside a record, by name (any letter case).
const FIELDS: [(&str, Field); 16] = [
    ("DOCNO", Field::Id),
    ("DOCID", Field::Id),
    ("TITLE", Field::Title),
    ("HEADLINE", Field::Title),
    ("TIME", Field::Date),
    ("DATE", Field::Date),
    ("DATE_TIME", Field::Date),
    ("SRC", Field::Source),
    ("SOURCE", Field::Source),
    ("URL", Field::Url),
    ("ABSTRACT", Field::Abstract),
    ("TEXT", Field::Text),
    ("CAT", Field::Dropped),
    ("AUTHOR", Field::Dropped),
    ("DATELINE", Field::Dropped),
    ("TRAILER", Field::Dropped),
];

impl Field {
    fn of(name: &str) -> Option<Field> {
        FIELDS.iter().find(|(known, _)| known.eq_ignore_ascii_case(name)).map(|(_, field)| *field)
    }
}

/// A field whose closing tag has not been seen yet.
struct Open<'a> {
    field: Field,
    /// The tag name as written, for the closing tag and for warnings.
    name: &'a str,
    /// Where its content starts.
    start: usize,
}

/// A record being read.
struct Doc<'a> {
    number: usize,
    attribute_id: Option<String>,
    record: Record,
    abstract_text: String,
    open: Option<Open<'a>>,
    problems: Vec<String>,
}

impl<'a> Doc<'a> {
    fn new(number: usize, attribute_id: Option<&str>) -> Doc<'a> {
        Doc {
            number,
            attribute_id: attribute_id.map(line_value).filter(|id| !id.is_empty()),
            record: Record::default(),
            abstract_text: String::new(),
            open: None,
            problems: Vec::new(),
        }
    }

    fn tag(&mut self, text: &str, tag: &Tag<'a>) {
        let Some(field) = Field::of(tag.name) else {
            return;
        };
        if tag.closing {
            // A closing tag that matches nothing open is stray (its field was already ended).
            if let Some(open) = self.open.take_if(|open| open.name.eq_ignore_ascii_case(tag.name)) {
                self.set(open.field, &text[open.start..tag.start]);
            }
            return;
        }
        self.close_open(text, tag.start);
        self.open = Some(Open { field, name: tag.name, start: tag.end });
    }

    /// Ends a field left open at `end`, with a warning.
    fn close_open(&mut self, text: &str, end: usize) {
        if let Some(open) = self.open.take() {
            self.problems.push(format!("no </{}>", open.name));
            self.set(open.field, &text[open.start..end]);
        }
    }

    fn set(&mut self, field: Field, raw: &str) {
        let record = &mut self.record;
        match field {
            Field::Id => first_value(&mut record.id, raw),
            Field::Date => first_value(&mut record.date, raw),
            Field::Source => first_value(&mut record.source, raw),
            Field::Url => first_value(&mut record.url, raw),
            Field::Title if record.title.is_empty() => record.title = line_value(raw),
            Field::Title | Field::Dropped => {}
            Field::Text => append_paragraphs(&mut record.body, &body_value(raw)),
            Field::Abstract => append_paragraphs(&mut self.abstract_text, &body_value(raw)),
        }
    }

    /// Ends the record at `end`; `problem` says why it ends there if `</DOC>` is missing.
    fn finish(mut self, text: &str, end: usize, problem: Option<&str>, parsed: &mut ParsedFile) {
        self.close_open(text, end);
        self.problems.extend(problem.map(str::to_string));
        let mut record = self.record;
        if record.id.is_none() {
            record.id = self.attribute_id;
        }
        if record.date.is_none() {
            record.date = record.id.as_deref().and_then(day_in_id);
        }
        if record.body.is_empty() {
            record.body = self.abstract_text;
        }
        let keep = !(record.title.is_empty() && record.body.is_empty());
        if !keep {
            self.problems.push("no title and no text, skipped".into());
        } else if record.body.is_empty() {
            self.problems.push("no text, only the title is kept".into());
        }
        if !self.problems.is_empty() {
            let label = match &record.id {
                Some(id) => format!("record {} ({id})", self.number),
                None => format!("record {}", self.number),
            };
            parsed.warnings.push(format!("{label}: {}", self.problems.join("; ")));
        }
        if keep {
            parsed.records.push(record);
        }
    }
}

/// Sets `slot` to the value in `raw` unless an earlier one was found.
fn first_value(slot: &mut Option<String>, raw: &str) {
    if slot.is_none() {
        *slot = Some(line_value(raw)).filter(|value| !value.is_empty());
    }
}

fn append_paragraphs(body: &mut String, more: &str) {
    if !more.is_empty() {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(more);
    }
}

/// A one-line value: tags removed, entities decoded, lines trimmed and joined with spaces.
fn line_value(raw: &str) -> String {
    join_lines(&chunks(raw).0.concat())
}

/// The non-empty lines of `text`, trimmed and joined with spaces.
fn join_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    lines.join(" ")
}

/// A body: with `<P>` paragraphs, one line per paragraph and a blank line between them;
/// without, the lines as written, trimmed, a run of blank lines kept as one.
fn body_value(raw: &str) -> String {
    let (chunks, paragraphs) = chunks(raw);
    if paragraphs {
        let mut body = String::new();
        for chunk in &chunks {
            append_paragraphs(&mut body, &join_lines(chunk));
        }
        return body;
    }
    let mut body = String::new();
    let mut blank = false;
    for line in chunks.concat().lines().map(str::trim) {
        if line.is_empty() {
            blank = !body.is_empty();
            continue;
        }
        if blank {
            body.push('\n');
            blank = false;
        }
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(line);
    }
    body
}

/// Splits a value at its `<P>` and `</P>` tags, with other tags removed and entities decoded;
/// also says whether there was any `<P>`.
fn chunks(raw: &str) -> (Vec<String>, bool) {
    let mut chunks = Vec::new();
    let mut chunk = String::new();
    let mut paragraphs = false;
    let mut at = 0;
    for tag in Tags::new(raw) {
        chunk.push_str(&raw[at..tag.start]);
        at = tag.end;
        if tag.is("P") {
            paragraphs = true;
            chunks.push(decode_entities(&std::mem::take(&mut chunk)));
        }
    }
    chunk.push_str(&raw[at..]);
    chunks.push(decode_entities(&chunk));
    (chunks, paragraphs)
}

/// Decodes `&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric references; any other `&` is text.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match entity(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of the entity at the start of `text` (which starts with `&`) and its length.
fn entity(text: &str) -> Option<(char, usize)> {
    let semicolon = text.bytes().take(12).position(|b| b == b';')?;
    let name = &text[1..semicolon];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        _ => {
            let number = name.strip_prefix('#')?;
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            let c = char::from_u32(u32::from_str_radix(digits, radix).ok()?)?;
            // Control characters were cleaned from the file; do not bring them back.
            if c.is_control() && !matches!(c, '\n' | '\t') {
                return None;
            }
            c
        }
    };
    Some((c, semicolon + 1))
}

/// The day in a Gigaword or LDC newswire id: `AFP_ARB_20100101.0001`, `19940513_AFP_ARB.0001`.
fn day_in_id(id: &str) -> Option<String> {
    let (stem, serial) = id.rsplit_once('.')?;
    if serial.is_empty() || !serial.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = stem.split('_').collect();
    let is_day = |part: &str| part.len() == 8 && part.bytes().all(|b| b.is_ascii_digit());
    let (day, codes) = match parts.as_slice() {
        [first, rest @ ..] if is_day(first) => (*first, rest),
        [rest @ .., last] if is_day(last) => (*last, rest),
        _ => return None,
    };
    let is_code = |part: &&str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphabetic());
    (!codes.is_empty() && codes.iter().all(is_code)).then(|| day.to_string())
}

/// The value of attribute `name` in the attribute text of a tag (` id="…" type="story"`).
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start();
        let key_len = rest.find(|c: char| c == '=' || c.is_whitespace())?;
        let key = &rest[..key_len];
        rest = rest[key_len..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            // An attribute without a value.
            continue;
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let inner = &after[1..];
                let end = inner.find(quote).unwrap_or(inner.len());
                (&inner[..end], inner.get(end + 1..).unwrap_or(""))
            }
            _ => after.split_at(after.find(char::is_whitespace).unwrap_or(after.len())),
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        rest = next;
    }
}

/// A tag: `<NAME attributes>` or `</NAME>`.
#[derive(Debug)]
struct Tag<'a> {
    /// Byte offsets of its `<` and just after its `>`.
    start: usize,
    end: usize,
    name: &'a str,
    closing: bool,
    attributes: &'a str,
}

impl Tag<'_> {
    fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// The tags of a text, in order. A `<` that does not start a tag is text.
struct Tags<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Tags<'a> {
    fn new(text: &'a str) -> Tags<'a> {
        Tags { text, at: 0 }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = Tag<'a>;

    fn next(&mut self) -> Option<Tag<'a>> {
        loop {
            let start = self.at + self.text[self.at..].find('<')?;
            self.at = start + 1;
            if let Some(tag) = tag_at(self.text, start) {
                self.at = tag.end;
                return Some(tag);
            }
        }
    }
}

/// Longest attribute text looked at: past it a `<` is taken for text.
const MAX_ATTRIBUTES: usize = 512;

/// The tag whose `<` is at byte `start` of `text`, if that `<` starts one: a name made of ASCII
/// letters, digits and `_ - . :` starting with a letter, then `>` or whitespace and attributes
/// up to `>` on the same line (closing tags have no attributes).
fn tag_at(text: &str, start: usize) -> Option<Tag<'_>> {
    let rest = &text[start + 1..];
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let after = &rest[name_len..];
    let close =
        after.bytes().take(MAX_ATTRIBUTES).position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
    if after.as_bytes()[close] != b'>' {
        return None;
    }
    let attributes = &after[..close];
    let spaced = attributes.is_empty() || attributes.starts_with(|c: char| c.is_ascii_whitespace());
    if !spaced || closing && !attributes.trim().is_empty() {
        return None;
    }
    let end = text.len() - after.len() + close + 1;
    Some(Tag { start, end, name, closing, attributes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Record, Vec<String>) {
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.records.len(), 1, "{:?}", parsed.records);
        (parsed.records.into_iter().next().unwrap(), parsed.warnings)
    }

    #[test]
    fn one_ant_record() {
        let (r, warnings) = one(
            "<DOC>\n<DOCNO>BB-economy-9-20180209</DOCNO>\n<URL>http://www.bbc.co.uk/arabic/a</URL> \n\
             <SRC>BBC</SRC>\n<CAT>economy</CAT>\n<TITLE> مؤشرات  الأسواق </TITLE>\n\
             <TIME>Fri, 09 Feb 2018 04:21:13 GMT</TIME>\n<AUTHOR></AUTHOR>\n\
             <ABSTRACT>\nملخص\n</ABSTRACT>\n<TEXT>\n\n  السطر الأول \nالثاني\n\n\n\nالثالث\n\n</TEXT>\n</DOC>\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(r.id.as_deref(), Some("BB-economy-9-20180209"));
        assert_eq!(r.title, "مؤشرات  الأسواق");
        assert_eq!(r.date.as_deref(), Some("Fri, 09 Feb 2018 04:21:13 GMT"));
        assert_eq!(r.source.as_deref(), Some("BBC"));
        assert_eq!(r.url.as_deref(), Some("http://www.bbc.co.uk/arabic/a"));
        assert_eq!(r.body, "السطر الأول\nالثاني\n\nالثالث");
        assert!(r.places.is_empty());
    }

    #[test]
    fn many_records_and_lower_case_tags() {
        let text = "<DOC><DOCNO>1</DOCNO><TITLE>أ</TITLE><TEXT>نص أ</TEXT></DOC>\n\
                    <doc><docid>2</docid><headline>ب</headline><text>نص ب</text></doc>\n\
                    <DOC>\n<DOCNO>3</DOCNO>\n<TEXT>نص ج</TEXT>\n</DOC>";
        let parsed = parse(text).unwrap();
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        let got: Vec<_> = parsed
            .records
            .iter()
            .map(|r| (r.id.as_deref().unwrap(), r.title.as_str(), r.body.as_str()))
            .collect();
        assert_eq!(got, [("1", "أ", "نص أ"), ("2", "ب", "نص ب"), ("3", "", "نص ج")]);
    }

    #[test]
    fn gigaword_doc_with_paragraphs() {
        let (r, warnings) = one(
            "<DOC id=\"AFP_ARB_20100101.0001\" type=\"story\" >\n<HEADLINE>\nالعنوان\nالطويل\n\
             </HEADLINE>\n<DATELINE>\nالقاهرة 1-1 (اف ب)\n</DATELINE>\n<TEXT>\n<P>\nالفقرة\n\
             الأولى.\n</P>\n<P>\nالفقرة الثانية.\n</P>\n<P>\n</P>\n</TEXT>\n</DOC>\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(r.id.as_deref(), Some("AFP_ARB_20100101.0001"));
        assert_eq!(r.title, "العنوان الطويل");
        assert_eq!(r.date.as_deref(), Some("20100101"));
        assert_eq!(r.body, "الفقرة الأولى.\n\nالفقرة الثانية.");
    }

    #[test]
    fn trec_containers_are_read_through() {
        let (r, _) = one(
            "<DOC>\n<DOCNO> 19940513_AFP_ARB.0001 </DOCNO>\n<HEADER>\nرأس\n</HEADER>\n<BODY>\n\
             <HEADLINE>\nعنوان\n</HEADLINE>\n<TEXT>\nنص\n</TEXT>\n</BODY>\n<TRAILER>\nذيل\n\
             </TRAILER>\n</DOC>\n",
        );
        assert_eq!((r.title.as_str(), r.body.as_str()), ("عنوان", "نص"));
        assert_eq!(r.date.as_deref(), Some("19940513"));
    }

    #[test]
    fn a_date_tag_wins_over_the_id() {
        let (r, _) = one("<DOC id='XIN_ARB_20100101.0001'><DATE_TIME> 2010-01-02T08:00:00 </DATE_TIME><TEXT>نص</TEXT></DOC>");
        assert_eq!(r.date.as_deref(), Some("2010-01-02T08:00:00"));
        assert_eq!(day_in_id("JA-politic-92-20170201"), None);
        assert_eq!(day_in_id("92"), None);
        assert_eq!(day_in_id("20100101.1"), None);
    }

    #[test]
    fn entities_are_decoded() {
        let (r, _) = one("<DOC><TITLE>S&amp;P &lt;500&gt; &quot;x&quot; &apos;y&apos;</TITLE>\
             <URL>http://a/?b=1&amp;c=2</URL><TEXT>&#1575;&#x644;&nbsp;&lt;P&gt;</TEXT></DOC>");
        assert_eq!(r.title, "S&P <500> \"x\" 'y'");
        assert_eq!(r.url.as_deref(), Some("http://a/?b=1&c=2"));
        assert_eq!(r.body, "ال\u{A0}<P>");
        let (r, _) = one("<DOC><TEXT><P>&amp;lt;P&amp;gt;</P><P>&lt;P&gt; x</P></TEXT></DOC>");
        assert_eq!(r.body, "&lt;P&gt;\n\n<P> x");
    }

    #[test]
    fn unescaped_ampersands_and_angle_brackets_are_text() {
        let (r, warnings) = one(
            "<DOC>\n<URL>http://a/?utm_source=x&utm_medium=y</URL>\n<TITLE>AT&T & إس&بي</TITLE>\n\
             <TEXT>\nإذا كان س < 5 و ص <ع و 3<4 &#; &bogus; &#2;\n</TEXT>\n</DOC>",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(r.url.as_deref(), Some("http://a/?utm_source=x&utm_medium=y"));
        assert_eq!(r.title, "AT&T & إس&بي");
        assert_eq!(r.body, "إذا كان س < 5 و ص <ع و 3<4 &#; &bogus; &#2;");
    }

    #[test]
    fn unknown_tags_are_dropped_and_their_text_kept() {
        let (r, _) = one("<DOC><FOO>x</FOO><TITLE>عنوان <b>عريض</b></TITLE>\
             <TEXT>سطر <F P=105>مع</F> وسم</TEXT></DOC>");
        assert_eq!((r.title.as_str(), r.body.as_str()), ("عنوان عريض", "سطر مع وسم"));
    }

    #[test]
    fn missing_closing_tags_are_warnings() {
        let text = "<DOC>\n<DOCNO>A-1</DOCNO>\n<TITLE>عنوان\n<TIME>2018-02-01</TIME>\n\
                    <TEXT>\nنص أ\n</DOC>\n<DOC>\n<TEXT>نص ب</TEXT>\n\
                    <DOC>\n<DOCNO>C-3</DOCNO>\n<TEXT>\nنص ج\nيتبع";
        let parsed = parse(text).unwrap();
        let r = &parsed.records;
        assert_eq!(r.len(), 3);
        assert_eq!((r[0].title.as_str(), r[0].body.as_str()), ("عنوان", "نص أ"));
        assert_eq!(r[0].date.as_deref(), Some("2018-02-01"));
        assert_eq!(r[1].body, "نص ب");
        assert_eq!(r[2].body, "نص ج\nيتبع");
        assert_eq!(
            parsed.warnings,
            [
                "record 1 (A-1): no </TITLE>; no </TEXT>",
                "record 2: no </DOC> before the next <DOC>",
                "record 3 (C-3): no </TEXT>; no </DOC> at the end of the file",
            ]
        );
    }

    #[test]
    fn no_doc_is_an_error() {
        assert_eq!(parse("عنوان\nنص").unwrap_err(), "no <DOC> record");
        assert_eq!(parse("<DOCNO>1</DOCNO><TEXT>نص</TEXT>").unwrap_err(), "no <DOC> record");
        let err = parse("<DOC><DOCNO>1</DOCNO><TEXT> </TEXT></DOC><DOC></DOC>").unwrap_err();
        assert_eq!(err, "none of the 2 <DOC> records has a title or text");
    }

    #[test]
    fn abstract_is_the_body_when_text_is_missing_or_empty() {
        let (r, warnings) =
            one("<DOC><TITLE>ع</TITLE><ABSTRACT>\nالملخص\n</ABSTRACT><TEXT>\n</TEXT></DOC>");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(r.body, "الملخص");
        let (r, _) = one("<DOC><ABSTRACT>الملخص</ABSTRACT></DOC>");
        assert_eq!(r.body, "الملخص");
        let (r, _) = one("<DOC><ABSTRACT>الملخص</ABSTRACT><TEXT>النص</TEXT></DOC>");
        assert_eq!(r.body, "النص");
    }

    #[test]
    fn a_record_without_text_keeps_its_title_and_one_without_either_is_skipped() {
        let parsed = parse(
            "<DOC><DOCNO>A</DOCNO><TITLE>عنوان</TITLE><TEXT>\n</TEXT></DOC>\
             <DOC><DOCNO>B</DOCNO><TEXT></TEXT></DOC>",
        )
        .unwrap();
        assert_eq!(parsed.records.len(), 1);
        assert_eq!(parsed.records[0].title, "عنوان");
        assert_eq!(
            parsed.warnings,
            [
                "record 1 (A): no text, only the title is kept",
                "record 2 (B): no title and no text, skipped"
            ]
        );
    }

    #[test]
    fn attributes() {
        assert_eq!(attribute(" id=\"A.1\" type=\"story\" ", "id"), Some("A.1"));
        assert_eq!(attribute(" TYPE='x' ID = B ", "id"), Some("B"));
        assert_eq!(attribute(" checked id=C", "id"), Some("C"));
        assert_eq!(attribute(" type=\"story\"", "id"), None);
        assert_eq!(attribute(" id=\"unterminated", "id"), Some("unterminated"));
    }

    #[test]
    fn what_looks_like_a_dump() {
        assert!(looks_like("<doc>\n<docno>"));
        assert!(looks_like("<doc id=\"afp_arb\">"));
        assert!(!looks_like("<docno>1</docno>"));
        assert!(!looks_like("عنوان"));
    }
}
