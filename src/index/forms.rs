//! Exact forms kept beside the inverted index: for each article, the normalised but unstemmed
//! forms of its title and body, as sorted lists of 32-bit hashes with their counts, and for each
//! segment a table of how many articles hold each form.
//!
//! Why not a second inverted field (as arshif had up to index format 4): every word of every
//! article was then one more lookup in tantivy's table of a segment's terms, which the exact
//! forms made several times larger, so the lookups of the stemmed fields missed the caches more
//! often too; the two exact fields cost about a third of an index run (docs/benchmarks.md,
//! sessions 18 and 23). The exact forms only ever score the few best candidates of a search (or
//! a search of stop words alone), so they need no postings: a document's list answers "how often
//! does this form occur here", and the segment's table the document frequency that BM25 needs.
//! Each list is sorted and counted on the writer's thread, cache-friendly work; the tables are
//! built once per segment with a radix sort.
//!
//! The lists are a tantivy segment plugin ([`FormsPlugin`]): tantivy calls it for each document
//! it indexes, writes its file with the segment's others (extension [`EXTENSION`]), and merges it
//! when it merges segments, dropping deleted articles.
//!
//! A 32-bit hash may give two forms the same number. Within one article's few hundred forms the
//! chance that a query form meets another form's hash is about one in twenty million; in a
//! segment's table of a million forms, about one form in four thousand shares its count with
//! another. Neither moves a ranking measurably.

use std::any::Any;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::io::Write;

use super::document::ArticleDoc;
use crate::analysis;
pub use crate::analysis::exact_forms::form_hash;
use crate::analysis::shared_pass::{forms_of, take_recorded_forms};
use tantivy::directory::{OwnedBytes, TerminatingWrite};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::SegmentComponent;
use tantivy::indexer::doc_id_mapping::{DocIdMapping, MappingType};
use tantivy::schema::document::{ErasedDocument, ErasedValue, ReferenceValueLeaf};
use tantivy::schema::{Field, Schema};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocId, PluginMergeContext, PluginWriter, PluginWriterContext, Segment, SegmentPlugin,
    SegmentReader, TantivyError,
};

/// The extension of the segment files of exact forms.
pub const EXTENSION: &str = "forms";

const MAGIC: u32 = u32::from_le_bytes(*b"AFRM");
const VERSION: u32 = 1;

/// A text of an article that has exact forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormText {
    Title = 0,
    Body = 1,
}

impl FormText {
    pub const ALL: [FormText; 2] = [FormText::Title, FormText::Body];
}

/// The plugin that writes and merges the exact forms of a segment.
#[derive(Debug, Default)]
pub struct FormsPlugin;

impl SegmentPlugin for FormsPlugin {
    fn extensions(&self) -> &[&str] {
        &[EXTENSION]
    }

    fn create_writer(&self, ctx: &PluginWriterContext) -> tantivy::Result<Box<dyn PluginWriter>> {
        let schema = ctx.segment.schema();
        Ok(Box::new(FormsWriter {
            analyzer: analysis::exact_analyzer(),
            fields: (schema.get_field("title").ok(), schema.get_field("body").ok()),
            texts: Default::default(),
        }))
    }

    fn merge(&self, ctx: PluginMergeContext) -> tantivy::Result<()> {
        if ctx.doc_id_mapping.mapping_type() == MappingType::Shuffled {
            return Err(TantivyError::InvalidArgument(
                "the exact forms cannot follow a sorted merge".to_string(),
            ));
        }
        // Not sorted: the merged segment is the sources' live documents, one source after
        // another (tantivy's `get_doc_id_from_concatenated_data`).
        let sources =
            ctx.readers.iter().map(SegmentForms::open).collect::<tantivy::Result<Vec<_>>>()?;
        let alive: Vec<Vec<DocId>> =
            ctx.readers.iter().map(|r| r.doc_ids_alive().collect()).collect();
        let docs: usize = alive.iter().map(Vec::len).sum();
        let mut write =
            ctx.target_segment.open_write(SegmentComponent::Custom(EXTENSION.to_string()))?;
        for value in [MAGIC, VERSION, docs as u32] {
            put_u32(&mut write, value)?;
        }
        for text in FormText::ALL {
            merge_text(text, ctx.readers, &sources, &alive, &mut write)?;
        }
        write.terminate()?;
        Ok(())
    }
}

/// Writes the part of `text` of a merged segment, streaming the live documents' lists from the
/// `sources` (a merge can produce a segment of a quarter of a million articles, whose lists
/// would take hundreds of megabytes in memory); only the form frequencies, a few megabytes,
/// are merged in memory.
fn merge_text(
    text: FormText,
    readers: &[SegmentReader],
    sources: &[SegmentForms],
    alive: &[Vec<DocId>],
    out: &mut impl Write,
) -> tantivy::Result<()> {
    let pairs = || sources.iter().zip(alive);
    let mut entries = 0u64;
    let mut total = 0u64;
    for (source, docs) in pairs() {
        for &doc in docs {
            entries += source.entries(text, doc).len() as u64;
            total += source.length(text, doc) as u64;
        }
    }
    let entries = u32::try_from(entries).map_err(|_| {
        TantivyError::InvalidArgument("too many exact forms for one segment".to_string())
    })?;
    put_u32(out, entries)?;
    out.write_all(&total.to_le_bytes())?;
    let mut start = 0u32;
    put_u32(out, start)?;
    for (source, docs) in pairs() {
        for &doc in docs {
            start += source.entries(text, doc).len() as u32;
            put_u32(out, start)?;
        }
    }
    for (source, docs) in pairs() {
        for &doc in docs {
            put_u32(out, source.length(text, doc))?;
        }
    }
    for (source, docs) in pairs() {
        for &doc in docs {
            out.write_all(source.entries(text, doc).hashes)?;
        }
    }
    for (source, docs) in pairs() {
        for &doc in docs {
            out.write_all(source.entries(text, doc).counts)?;
        }
    }
    // The sources' frequencies added up, less those of their deleted documents.
    let mut deleted: HashMap<u32, u32> = HashMap::new();
    for (reader, source) in readers.iter().zip(sources) {
        for doc in (0..reader.max_doc()).filter(|&d| reader.is_deleted(d)) {
            for hash in source.entries(text, doc).hashes() {
                *deleted.entry(hash).or_default() += 1;
            }
        }
    }
    let (keys, frequencies) =
        merge_frequencies(sources.iter().map(|s| s.frequencies(text)), &deleted);
    put_u32(out, keys.len() as u32)?;
    put_u32s(out, &keys)?;
    put_u32s(out, &frequencies)?;
    Ok(())
}

/// The sum of sorted (form, frequency) lists, less `deleted`, without the forms left at 0.
fn merge_frequencies<I: Iterator<Item = (u32, u32)>>(
    lists: impl Iterator<Item = I>,
    deleted: &HashMap<u32, u32>,
) -> (Vec<u32>, Vec<u32>) {
    let mut lists: Vec<std::iter::Peekable<I>> = lists.map(Iterator::peekable).collect();
    let mut heap: BinaryHeap<Reverse<(u32, usize)>> = BinaryHeap::new();
    for (i, list) in lists.iter_mut().enumerate() {
        if let Some(&(key, _)) = list.peek() {
            heap.push(Reverse((key, i)));
        }
    }
    let (mut keys, mut frequencies) = (Vec::new(), Vec::new());
    while let Some(Reverse((key, i))) = heap.pop() {
        let (_, frequency) = lists[i].next().expect("peeked");
        if let Some(&(next, _)) = lists[i].peek() {
            heap.push(Reverse((next, i)));
        }
        if keys.last() == Some(&key) {
            *frequencies.last_mut().expect("a key") += frequency;
        } else {
            keys.push(key);
            frequencies.push(frequency);
        }
    }
    let mut kept = 0;
    for i in 0..keys.len() {
        let frequency = frequencies[i] - deleted.get(&keys[i]).copied().unwrap_or(0);
        if frequency > 0 {
            keys[kept] = keys[i];
            frequencies[kept] = frequency;
            kept += 1;
        }
    }
    keys.truncate(kept);
    frequencies.truncate(kept);
    (keys, frequencies)
}

/// The exact forms of one text of each document of a segment being written.
#[derive(Debug, Default)]
struct TextForms {
    /// Where each document's entries start, and where the last ends.
    starts: Vec<u32>,
    /// The number of forms of each document (repeats counted).
    lengths: Vec<u32>,
    /// Each document's distinct forms, sorted.
    hashes: Vec<u32>,
    /// How often each form occurs in its document (at most 255).
    counts: Vec<u8>,
}

impl TextForms {
    /// Adds a document whose forms are `hashes` (in any order; sorted here).
    fn push(&mut self, hashes: &mut [u32]) {
        hashes.sort_unstable();
        self.open_document();
        let mut i = 0;
        while i < hashes.len() {
            let hash = hashes[i];
            let mut j = i + 1;
            while j < hashes.len() && hashes[j] == hash {
                j += 1;
            }
            self.hashes.push(hash);
            self.counts.push((j - i).min(u8::MAX as usize) as u8);
            i = j;
        }
        self.lengths.push(hashes.len() as u32);
    }

    fn open_document(&mut self) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.starts.pop();
        self.starts.push(self.hashes.len() as u32);
        self.starts.push(self.hashes.len() as u32);
    }

    fn finished_starts(&self) -> Vec<u32> {
        let mut starts = self.starts.clone();
        if starts.is_empty() {
            starts.push(0);
        }
        let end = self.hashes.len() as u32;
        *starts.last_mut().expect("not empty") = end;
        starts
    }

    fn mem_usage(&self) -> usize {
        4 * (self.starts.capacity() + self.lengths.capacity() + self.hashes.capacity())
            + self.counts.capacity()
    }

    /// Writes this text's part of the file: the documents' lists, then the form frequencies.
    fn write_to(self, out: &mut impl Write) -> std::io::Result<()> {
        let starts = self.finished_starts();
        let total: u64 = self.lengths.iter().map(|&l| l as u64).sum();
        put_u32(out, self.hashes.len() as u32)?;
        out.write_all(&total.to_le_bytes())?;
        for list in [&starts, &self.lengths, &self.hashes] {
            put_u32s(out, list)?;
        }
        out.write_all(&self.counts)?;
        // Each document's forms are distinct, so a form's document frequency is the number
        // of times its hash occurs in all the lists.
        let mut all = self.hashes;
        radix_sort(&mut all);
        let mut keys = Vec::new();
        let mut frequencies = Vec::new();
        let mut i = 0;
        while i < all.len() {
            let mut j = i + 1;
            while j < all.len() && all[j] == all[i] {
                j += 1;
            }
            keys.push(all[i]);
            frequencies.push((j - i) as u32);
            i = j;
        }
        put_u32(out, keys.len() as u32)?;
        put_u32s(out, &keys)?;
        put_u32s(out, &frequencies)
    }
}

fn put_u32(out: &mut impl Write, value: u32) -> std::io::Result<()> {
    out.write_all(&value.to_le_bytes())
}

fn put_u32s(out: &mut impl Write, values: &[u32]) -> std::io::Result<()> {
    let mut buffer = Vec::with_capacity(4 * 4096);
    for chunk in values.chunks(4096) {
        buffer.clear();
        chunk.iter().for_each(|v| buffer.extend_from_slice(&v.to_le_bytes()));
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// Sorts `values` in three passes of 11 bits (a segment's forms are millions of numbers, which
/// a comparison sort takes several times longer over).
fn radix_sort(values: &mut Vec<u32>) {
    let mut buffer = vec![0u32; values.len()];
    for pass in 0..3 {
        let shift = pass * 11;
        let mut counts = vec![0usize; 1 << 11];
        for &v in values.iter() {
            counts[((v >> shift) & 0x7ff) as usize] += 1;
        }
        let mut start = 0;
        for count in counts.iter_mut() {
            let n = *count;
            *count = start;
            start += n;
        }
        for &v in values.iter() {
            let bucket = &mut counts[((v >> shift) & 0x7ff) as usize];
            buffer[*bucket] = v;
            *bucket += 1;
        }
        std::mem::swap(values, &mut buffer);
    }
}

fn write_file(segment: &Segment, texts: [TextForms; 2]) -> tantivy::Result<()> {
    let docs = texts[0].lengths.len();
    let mut write = segment.open_write(SegmentComponent::Custom(EXTENSION.to_string()))?;
    put_u32(&mut write, MAGIC)?;
    put_u32(&mut write, VERSION)?;
    put_u32(&mut write, docs as u32)?;
    for text in texts {
        debug_assert_eq!(text.lengths.len(), docs);
        text.write_to(&mut write)?;
    }
    write.terminate()?;
    Ok(())
}

/// Collects the exact forms of the documents of a segment being written.
struct FormsWriter {
    /// The exact-forms analyzer, for texts the main analyzer left no recording of.
    analyzer: TextAnalyzer,
    /// The title and body fields, for documents other than [`ArticleDoc`].
    fields: (Option<Field>, Option<Field>),
    texts: [TextForms; 2],
}

impl FormsWriter {
    fn add(&mut self, text: FormText, value: &str) {
        // The main analyzer indexed this text on this thread just before (see `shared_pass`).
        let mut hashes = match take_recorded_forms(value) {
            Some(hashes) => hashes,
            None => forms_of(&mut self.analyzer, value),
        };
        self.texts[text as usize].push(&mut hashes);
    }
}

/// The first text of `field` in `doc`, or "".
fn first_text(doc: &dyn ErasedDocument, field: Option<Field>) -> &str {
    doc.erased_fields()
        .filter(|(f, _)| Some(*f) == field)
        .find_map(|(_, value)| match value {
            ErasedValue::Leaf(ReferenceValueLeaf::Str(text)) => Some(text),
            _ => None,
        })
        .unwrap_or("")
}

impl PluginWriter for FormsWriter {
    fn add_document(
        &mut self,
        _doc_id: DocId,
        doc: &dyn ErasedDocument,
        _schema: &Schema,
    ) -> tantivy::Result<()> {
        let (title, body) = match doc.as_any().downcast_ref::<ArticleDoc>() {
            Some(article) => article.title_and_body(),
            None => (first_text(doc, self.fields.0), first_text(doc, self.fields.1)),
        };
        self.add(FormText::Title, title);
        self.add(FormText::Body, body);
        Ok(())
    }

    fn serialize(
        self: Box<Self>,
        segment: &Segment,
        doc_id_map: Option<&DocIdMapping>,
    ) -> tantivy::Result<()> {
        if doc_id_map.is_some() {
            return Err(TantivyError::InvalidArgument(
                "the exact forms cannot follow a sorted segment".to_string(),
            ));
        }
        write_file(segment, self.texts)
    }

    fn mem_usage(&self) -> usize {
        self.texts.iter().map(TextForms::mem_usage).sum::<usize>()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The exact forms of one segment, read from its file.
#[derive(Clone)]
pub struct SegmentForms {
    bytes: OwnedBytes,
    docs: u32,
    texts: [TextPart; 2],
}

/// Where one text's sections start in the file.
#[derive(Debug, Clone, Copy, Default)]
struct TextPart {
    total: u64,
    distinct: usize,
    starts: usize,
    lengths: usize,
    hashes: usize,
    counts: usize,
    keys: usize,
    frequencies: usize,
}

/// The exact forms of one text of one document: distinct forms, sorted, with their counts.
#[derive(Debug, Clone, Copy)]
pub struct DocForms<'a> {
    hashes: &'a [u8],
    counts: &'a [u8],
}

impl<'a> DocForms<'a> {
    /// The number of distinct forms.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// How often the form `hash` occurs (0 if not).
    pub fn count(&self, hash: u32) -> u32 {
        match search(self.hashes, hash) {
            Ok(i) => self.counts[i] as u32,
            Err(_) => 0,
        }
    }

    fn hashes(&self) -> impl Iterator<Item = u32> + 'a {
        self.hashes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
    }
}

fn u32_at(bytes: &[u8], index: usize) -> u32 {
    u32::from_le_bytes(bytes[4 * index..4 * index + 4].try_into().expect("4 bytes"))
}

/// Binary search of `hash` in `bytes`, sorted little-endian `u32`s.
fn search(bytes: &[u8], hash: u32) -> Result<usize, usize> {
    let (mut low, mut high) = (0, bytes.len() / 4);
    while low < high {
        let middle = (low + high) / 2;
        match u32_at(bytes, middle).cmp(&hash) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Ok(middle),
        }
    }
    Err(low)
}

impl SegmentForms {
    /// Opens the exact forms of `segment`.
    pub fn open(segment: &SegmentReader) -> tantivy::Result<SegmentForms> {
        let file = segment.open_read(SegmentComponent::Custom(EXTENSION.to_string()))?;
        SegmentForms::parse(file.read_bytes()?)
    }

    fn parse(bytes: OwnedBytes) -> tantivy::Result<SegmentForms> {
        let corrupt = |what: &str| {
            TantivyError::InternalError(format!("the exact-forms file of a segment is {what}"))
        };
        let data = bytes.as_slice();
        if data.len() < 12 || u32_at(data, 0) != MAGIC {
            return Err(corrupt("not one"));
        }
        if u32_at(data, 1) != VERSION {
            return Err(corrupt("of another version"));
        }
        let docs = u32_at(data, 2);
        let mut at = 12;
        let mut texts = [TextPart::default(); 2];
        for part in texts.iter_mut() {
            if data.len() < at + 12 {
                return Err(corrupt("cut short"));
            }
            let entries = u32_at(&data[at..], 0) as usize;
            part.total = u64::from_le_bytes(data[at + 4..at + 12].try_into().expect("8 bytes"));
            let docs = docs as usize;
            part.starts = at + 12;
            part.lengths = part.starts + 4 * (docs + 1);
            part.hashes = part.lengths + 4 * docs;
            part.counts = part.hashes + 4 * entries;
            at = part.counts + entries;
            if data.len() < at + 4 {
                return Err(corrupt("cut short"));
            }
            part.distinct = u32_at(&data[at..], 0) as usize;
            part.keys = at + 4;
            part.frequencies = part.keys + 4 * part.distinct;
            at = part.frequencies + 4 * part.distinct;
            if data.len() < at {
                return Err(corrupt("cut short"));
            }
        }
        Ok(SegmentForms { bytes, docs, texts })
    }

    /// The number of documents of the segment (deleted ones included).
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// The forms of `text` in document `doc`.
    pub fn entries(&self, text: FormText, doc: DocId) -> DocForms<'_> {
        let data = self.bytes.as_slice();
        let part = &self.texts[text as usize];
        let start = u32_at(&data[part.starts..], doc as usize) as usize;
        let end = u32_at(&data[part.starts..], doc as usize + 1) as usize;
        DocForms {
            hashes: &data[part.hashes + 4 * start..part.hashes + 4 * end],
            counts: &data[part.counts + start..part.counts + end],
        }
    }

    /// The number of forms of `text` in `doc`, repeats counted.
    pub fn length(&self, text: FormText, doc: DocId) -> u32 {
        u32_at(&self.bytes.as_slice()[self.texts[text as usize].lengths..], doc as usize)
    }

    /// The number of forms of `text` in the segment, repeats counted.
    pub fn total(&self, text: FormText) -> u64 {
        self.texts[text as usize].total
    }

    /// Each form of `text` in the segment with the number of its documents that hold it,
    /// ordered by form.
    fn frequencies(&self, text: FormText) -> impl Iterator<Item = (u32, u32)> + '_ {
        let part = &self.texts[text as usize];
        let data = self.bytes.as_slice();
        (0..part.distinct)
            .map(move |i| (u32_at(&data[part.keys..], i), u32_at(&data[part.frequencies..], i)))
    }

    /// The number of the segment's documents whose `text` holds the form `hash`.
    pub fn doc_freq(&self, text: FormText, hash: u32) -> u32 {
        let part = &self.texts[text as usize];
        let data = self.bytes.as_slice();
        let keys = &data[part.keys..part.keys + 4 * part.distinct];
        match search(keys, hash) {
            Ok(i) => u32_at(&data[part.frequencies..], i),
            Err(_) => 0,
        }
    }
}

/// A length as tantivy's BM25 reads a field's length: its one-byte field-norm code.
pub fn fieldnorm_id(length: u32) -> u8 {
    FieldNormReader::fieldnorm_to_id(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_radix_sort_sorts() {
        let mut values: Vec<u32> =
            (0..10_000u32).map(|i| i.wrapping_mul(2_654_435_761) ^ (i >> 3)).collect();
        let mut expected = values.clone();
        expected.sort_unstable();
        radix_sort(&mut values);
        assert_eq!(values, expected);
    }

    #[test]
    fn a_written_file_reads_back() {
        let mut texts: [TextForms; 2] = Default::default();
        texts[0].push(&mut [5, 3, 5]);
        texts[1].push(&mut [9, 9, 9, 1]);
        texts[0].push(&mut []);
        texts[1].push(&mut [1, 2]);
        let mut out = Vec::new();
        for value in [MAGIC, VERSION, 2] {
            put_u32(&mut out, value).unwrap();
        }
        texts.into_iter().for_each(|t| t.write_to(&mut out).unwrap());
        let forms = SegmentForms::parse(OwnedBytes::new(out)).unwrap();
        assert_eq!(forms.docs(), 2);
        let title = forms.entries(FormText::Title, 0);
        assert_eq!((title.count(5), title.count(3), title.count(4)), (2, 1, 0));
        assert_eq!(forms.entries(FormText::Title, 1).count(5), 0);
        assert_eq!(forms.entries(FormText::Body, 0).count(9), 3);
        assert_eq!(forms.length(FormText::Body, 0), 4);
        assert_eq!(forms.length(FormText::Title, 1), 0);
        assert_eq!((forms.total(FormText::Title), forms.total(FormText::Body)), (3, 6));
        assert_eq!(forms.doc_freq(FormText::Body, 1), 2);
        assert_eq!(forms.doc_freq(FormText::Body, 9), 1);
        assert_eq!(forms.doc_freq(FormText::Title, 9), 0);
        assert!(SegmentForms::parse(OwnedBytes::new(b"nonsense".to_vec())).is_err());
    }
}
