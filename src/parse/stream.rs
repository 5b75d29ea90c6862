//! Large JSON lines files read a batch of records at a time, so that an archive dump of any
//! size is indexed in bounded memory, and its records are parsed while earlier ones are being
//! indexed.
//!
//! Only UTF-8 files stream (JSON lines are UTF-8 in practice): the encoding is checked on the
//! first block, and a file in another encoding, or read with `--encoding`, is read whole as
//! any other file. Lines are cleaned as whole files are ([`decode::clean`]); a line with
//! invalid UTF-8 is kept with U+FFFD in place of the bad bytes, and a warning names it.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{decode, json, FileKind, Format, ParseOptions, Record};

/// Files at least this large (as stored) are streamed.
pub const STREAM_MIN_BYTES: u64 = 8 << 20;

/// Lines read at a time: enough to keep both cores busy, few enough to keep memory small
/// whatever the file's size.
pub const STREAM_BATCH_LINES: usize = 4096;

/// Bytes read ahead to check the encoding.
const PEEK_BYTES: usize = 256 * 1024;

/// A batch of records and the problems met while reading it.
#[derive(Debug, Default)]
pub struct RecordBatch {
    /// Each record with its 1-based number among the file's records.
    pub records: Vec<(usize, Record)>,
    /// Lost lines, each naming its line number.
    pub warnings: Vec<String>,
}

/// A JSON lines file (plain or gzipped) read a batch at a time.
pub struct JsonLinesStream {
    reader: Box<dyn BufRead + Send>,
    /// A batch's lines end to end, kept from batch to batch: one buffer instead of a growing
    /// vector per line (their reallocations and first-touch page faults showed in profiles).
    lines: Vec<u8>,
    path: PathBuf,
    gzip: bool,
    lines_read: usize,
    records_read: usize,
}

/// True if `kind` files of `size` bytes are read with [`JsonLinesStream`] (when they are at
/// least `min_bytes` long).
pub fn should_stream(kind: FileKind, size: u64, min_bytes: u64, options: &ParseOptions) -> bool {
    kind.format == Format::JsonLines && size >= min_bytes && options.encoding.is_none()
}

impl JsonLinesStream {
    /// Opens the JSON lines file at `path`; `None` if it is not UTF-8 (read it whole instead).
    pub fn open(path: &Path, kind: FileKind) -> crate::Result<Option<JsonLinesStream>> {
        let file =
            File::open(path).map_err(|source| crate::Error::Read { path: path.into(), source })?;
        let file = BufReader::with_capacity(1 << 16, file);
        let inner: Box<dyn Read + Send> = if kind.gzip {
            Box::new(flate2::bufread::MultiGzDecoder::new(file))
        } else {
            Box::new(file)
        };
        let mut reader = BufReader::with_capacity(PEEK_BYTES, inner);
        let peek = reader.fill_buf().map_err(|err| read_error(path, kind.gzip, &err))?;
        if peek.is_empty() {
            return Err(crate::Error::Parse { path: path.into(), message: "empty file".into() });
        }
        let sample = &peek[..peek.len().min(PEEK_BYTES)];
        match decode::decode(sample, None) {
            Ok(decoded) if decoded.encoding == encoding_rs::UTF_8 => {}
            Ok(_) => return Ok(None),
            Err(message) => return Err(crate::Error::Parse { path: path.into(), message }),
        }
        if peek.starts_with(b"\xEF\xBB\xBF") {
            reader.consume(3);
        }
        let reader: Box<dyn BufRead + Send> = Box::new(reader);
        let path = path.into();
        Ok(Some(JsonLinesStream {
            reader,
            lines: Vec::new(),
            path,
            gzip: kind.gzip,
            lines_read: 0,
            records_read: 0,
        }))
    }

    /// The next batch of up to `max_lines` lines' records, parsed in parallel; `None` at the end.
    /// An error (a gzip stream cut short, a read error) ends the file.
    pub fn next_batch(&mut self, max_lines: usize) -> crate::Result<Option<RecordBatch>> {
        // Each line as its number and its range in `self.lines`.
        let mut lines: Vec<(usize, Range<usize>)> = Vec::with_capacity(max_lines);
        self.lines.clear();
        while lines.len() < max_lines {
            let start = self.lines.len();
            let read = self
                .reader
                .read_until(b'\n', &mut self.lines)
                .map_err(|err| read_error(&self.path, self.gzip, &err))?;
            if read == 0 {
                break;
            }
            self.lines_read += 1;
            lines.push((self.lines_read, start..self.lines.len()));
        }
        if lines.is_empty() {
            return Ok(None);
        }
        let bytes = &self.lines;
        let parsed: Vec<(usize, Option<ParsedLine>)> = lines
            .into_par_iter()
            .map(|(number, range)| (number, parse_line(&bytes[range])))
            .collect();
        let mut batch = RecordBatch::default();
        for (line, result) in parsed {
            match result {
                None => {}
                Some((Ok(record), lossy)) => {
                    self.records_read += 1;
                    batch.records.push((self.records_read, record));
                    if lossy {
                        batch.warnings.push(format!(
                            "line {line}: invalid UTF-8 bytes replaced by U+FFFD (if the file \
                             is not UTF-8, name its encoding with --encoding)"
                        ));
                    }
                }
                Some((Err(err), _)) => batch.warnings.push(format!("line {line}: {err}")),
            }
        }
        Ok(Some(batch))
    }
}

/// A line's record (or why it has none), and whether bytes had to be replaced.
type ParsedLine = (Result<Record, String>, bool);

/// One line's record; `None` for a blank line.
fn parse_line(bytes: &[u8]) -> Option<ParsedLine> {
    // Nearly every line is valid UTF-8 and has nothing to clean: it is parsed where it lies.
    // The SIMD check is several times faster on Arabic text than the lossy decoder's.
    let (text, lossy) = match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    };
    let line = decode::cleaned(&text);
    if line.trim().is_empty() {
        return None;
    }
    Some((json::parse_line(line.trim_end()), lossy))
}

fn read_error(path: &Path, gzip: bool, err: &std::io::Error) -> crate::Error {
    // Past the file's own reader, every error of a gzipped file is in its compressed data.
    let message =
        if gzip { format!("bad gzip data: {err}") } else { format!("cannot read: {err}") };
    crate::Error::Parse { path: path.into(), message }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write_gz(path: &Path, text: &[u8]) {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(text).unwrap();
        std::fs::write(path, gz.finish().unwrap()).unwrap();
    }

    fn read_all(path: &Path, batch: usize) -> (Vec<(usize, String)>, Vec<String>) {
        let kind = FileKind::of(path).unwrap();
        let mut stream = JsonLinesStream::open(path, kind).unwrap().expect("streams");
        let (mut records, mut warnings) = (Vec::new(), Vec::new());
        while let Some(b) = stream.next_batch(batch).unwrap() {
            records.extend(b.records.into_iter().map(|(n, r)| (n, r.title)));
            warnings.extend(b.warnings);
        }
        (records, warnings)
    }

    #[test]
    fn records_are_numbered_across_batches_and_bad_lines_warn() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.jsonl.gz");
        let text =
            "\u{FEFF}{\"title\": \"أ\"}\r\n\nnot json\n{\"title\": \"ب\"}\n[1]\n{\"title\": \"ج\"}";
        write_gz(&path, text.as_bytes());
        let (records, warnings) = read_all(&path, 2);
        let titles: Vec<(usize, &str)> = records.iter().map(|(n, t)| (*n, t.as_str())).collect();
        assert_eq!(titles, [(1, "أ"), (2, "ب"), (3, "ج")]);
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("line 3: bad JSON"), "{warnings:?}");
        assert_eq!(warnings[1], "line 5: not a JSON object");
    }

    #[test]
    fn invalid_utf8_in_a_line_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.jsonl");
        let mut text = "{\"title\": \"عنوان سليم\"}\n".repeat(50).into_bytes();
        text.extend(b"{\"title\": \"\xFF\xFE\"}\n{\"title\": \"\xd8\xa8\"}\n");
        std::fs::write(&path, text).unwrap();
        let (records, warnings) = read_all(&path, 1000);
        assert_eq!(records.len(), 52);
        assert_eq!(records[50].1, "\u{FFFD}\u{FFFD}");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("line 51: invalid UTF-8"), "{warnings:?}");
    }

    #[test]
    fn legacy_encodings_are_not_streamed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.jsonl");
        let text = "{\"title\": \"الضمانات الأمنية لأوكرانيا في باريس\"}\n".repeat(20);
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
        std::fs::write(&path, &*cp1256).unwrap();
        let kind = FileKind::of(&path).unwrap();
        assert!(JsonLinesStream::open(&path, kind).unwrap().is_none());
    }

    #[test]
    fn a_cut_gzip_stream_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cut.jsonl.gz");
        let full = dir.path().join("full.jsonl.gz");
        write_gz(&full, "{\"title\": \"خبر\"}\n".repeat(100_000).as_bytes());
        let bytes = std::fs::read(&full).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let mut stream =
            JsonLinesStream::open(&path, FileKind::of(&path).unwrap()).unwrap().unwrap();
        let err = loop {
            match stream.next_batch(10_000) {
                Ok(Some(_)) => continue,
                Ok(None) => panic!("a cut file must not end cleanly"),
                Err(err) => break err.to_string(),
            }
        };
        assert!(err.contains("cut.jsonl.gz") && err.contains("gzip"), "{err}");
    }
}
