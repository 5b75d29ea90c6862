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
use crate::analysis::shared_pass::{forms_of, take_recorded_forms};
use tantivy::directory::{OwnedBytes, TerminatingWrite, WritePtr};
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
        let live: Vec<(&SegmentForms, DocId)> = ctx
            .readers
            .iter()
            .zip(&sources)
            .flat_map(|(reader, source)| reader.doc_ids_alive().map(move |doc| (source, doc)))
            .collect();
        // The live documents' blocks are copied as they are, streamed (a merge can produce a
        // segment of a quarter of a million articles, whose lists would take hundreds of
        // megabytes in memory); only the form frequencies, a few megabytes, are merged in
        // memory: the sources' added up, less those of their deleted documents.
        let mut totals = [0u64; 2];
        for &(source, doc) in &live {
            for text in FormText::ALL {
                totals[text as usize] += source.length(text, doc) as u64;
            }
        }
        let frequencies = FormText::ALL.map(|text| {
            let mut deleted: HashMap<u32, u32> = HashMap::new();
            for (reader, source) in ctx.readers.iter().zip(&sources) {
                for doc in (0..reader.max_doc()).filter(|&d| reader.is_deleted(d)) {
                    for hash in source.entries(text, doc).hashes() {
                        *deleted.entry(hash).or_default() += 1;
                    }
                }
            }
            merge_frequencies(sources.iter().map(|s| s.frequencies(text)), &deleted)
        });
        let block_len = |i: usize| live[i].0.block(live[i].1).len();
        let write_block = |i: usize, out: &mut WritePtr| out.write_all(live[i].0.block(live[i].1));
        let out = write_blocks(ctx.target_segment, live.len(), block_len, write_block)?;
        write_tail(out, totals, frequencies)
    }
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
    /// Where each document's entries end (each starts where the previous ends).
    ends: Vec<u32>,
    /// The number of forms of each document (repeats counted).
    lengths: Vec<u32>,
    /// Each document's distinct forms, sorted.
    hashes: Vec<u32>,
    /// How often each form occurs in its document (at most 255).
    counts: Vec<u8>,
}

/// Each value of `sorted` once, with how many times it occurs.
fn runs(sorted: &[u32]) -> impl Iterator<Item = (u32, usize)> + '_ {
    sorted.chunk_by(|a, b| a == b).map(|run| (run[0], run.len()))
}

impl TextForms {
    /// Adds a document whose forms are `hashes` (in any order; sorted here).
    fn push(&mut self, hashes: &mut [u32]) {
        hashes.sort_unstable();
        for (hash, count) in runs(hashes) {
            self.hashes.push(hash);
            self.counts.push(count.min(u8::MAX as usize) as u8);
        }
        self.ends.push(self.hashes.len() as u32);
        self.lengths.push(hashes.len() as u32);
    }

    /// Where the entries of document `i` are.
    fn entries(&self, i: usize) -> std::ops::Range<usize> {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        start..self.ends[i] as usize
    }

    fn mem_usage(&self) -> usize {
        4 * (self.ends.capacity() + self.lengths.capacity() + self.hashes.capacity())
            + self.counts.capacity()
    }

    /// The document frequency of each form: each document's forms are distinct, so it is the
    /// number of times the form's hash occurs in all the lists.
    fn frequencies(hashes: Vec<u32>) -> (Vec<u32>, Vec<u32>) {
        let mut all = hashes;
        radix_sort(&mut all);
        runs(&all).map(|(hash, count)| (hash, count as u32)).unzip()
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

/// Sorts `values` in place: first by their top 11 bits (one counting pass, then each value
/// swapped into its bucket), then each bucket by a comparison sort. A segment's forms are
/// millions of well-spread hashes, which a comparison sort of the whole takes several times
/// longer over; the buckets are a few thousand values each, sorted within the cache. In place,
/// because the list is among the largest things a segment writer holds, and the buffer of its
/// size that a least-significant-digit radix sort needs came on top of the memory of every
/// segment written at the same time (and took as long: 120 against 130 ms for 9 million forms).
fn radix_sort(values: &mut [u32]) {
    const BITS: u32 = 11;
    let bucket = |v: u32| (v >> (32 - BITS)) as usize;
    let mut counts = vec![0usize; 1 << BITS];
    for &v in values.iter() {
        counts[bucket(v)] += 1;
    }
    let (mut starts, mut ends) =
        (Vec::with_capacity(counts.len()), Vec::with_capacity(counts.len()));
    let mut end = 0;
    for count in counts {
        starts.push(end);
        end += count;
        ends.push(end);
    }
    // `next[b]`: the first place of bucket b not yet holding one of its values.
    let mut next = starts.clone();
    for b in 0..ends.len() {
        while next[b] < ends[b] {
            let home = bucket(values[next[b]]);
            if home == b {
                next[b] += 1;
            } else {
                values.swap(next[b], next[home]);
                next[home] += 1;
            }
        }
    }
    for (start, end) in starts.into_iter().zip(ends) {
        values[start..end].sort_unstable();
    }
}

// A segment's file: a header (magic, version, number of documents); the byte offset of each
// document's block and of the end of the last; the blocks; the number of forms of each text in
// the segment (`u64`, title then body); and for each text its form frequencies (the number of
// forms, the sorted forms, the frequencies). All integers little-endian. A document's block
// holds everything about it, in one place to read (a search reads the blocks of its hundred
// best candidates): the lengths of its title and body (`u32`, repeats counted), their numbers
// of distinct forms (`u32`), the title's forms and the body's (`u32`, each list sorted), then
// the title's counts and the body's (`u8`).

/// Opens the file of `segment` and writes its header, offsets and blocks (`block_len(i)` bytes
/// each, written by `write_block(i, out)`).
fn write_blocks(
    segment: &Segment,
    blocks: usize,
    block_len: impl Fn(usize) -> usize,
    mut write_block: impl FnMut(usize, &mut WritePtr) -> std::io::Result<()>,
) -> tantivy::Result<WritePtr> {
    let mut out = segment.open_write(SegmentComponent::Custom(EXTENSION.to_string()))?;
    for value in [MAGIC, VERSION, blocks as u32] {
        put_u32(&mut out, value)?;
    }
    let mut offset = 0u64;
    put_u32(&mut out, 0)?;
    for i in 0..blocks {
        offset += block_len(i) as u64;
        let offset = u32::try_from(offset).map_err(|_| {
            TantivyError::InvalidArgument("too many exact forms for one segment".to_string())
        })?;
        put_u32(&mut out, offset)?;
    }
    for i in 0..blocks {
        write_block(i, &mut out)?;
    }
    Ok(out)
}

/// Writes the end of a file opened by [`write_blocks`] and closes it.
fn write_tail(
    mut out: WritePtr,
    totals: [u64; 2],
    frequencies: [(Vec<u32>, Vec<u32>); 2],
) -> tantivy::Result<()> {
    for total in totals {
        out.write_all(&total.to_le_bytes())?;
    }
    for (keys, frequencies) in &frequencies {
        put_u32(&mut out, keys.len() as u32)?;
        put_u32s(&mut out, keys)?;
        put_u32s(&mut out, frequencies)?;
    }
    out.terminate()?;
    Ok(())
}

/// Writes the file of a segment being written.
fn write_file(segment: &Segment, texts: [TextForms; 2]) -> tantivy::Result<()> {
    let [title, body] = texts;
    let block_len = |i: usize| 16 + 5 * (title.entries(i).len() + body.entries(i).len());
    let write_block = |i: usize, out: &mut WritePtr| -> std::io::Result<()> {
        let (t, b) = (title.entries(i), body.entries(i));
        for value in [title.lengths[i], body.lengths[i], t.len() as u32, b.len() as u32] {
            put_u32(out, value)?;
        }
        put_u32s(out, &title.hashes[t.clone()])?;
        put_u32s(out, &body.hashes[b.clone()])?;
        out.write_all(&title.counts[t])?;
        out.write_all(&body.counts[b])
    };
    let out = write_blocks(segment, title.lengths.len(), block_len, write_block)?;
    let totals = [&title, &body].map(|text| text.lengths.iter().map(|&l| l as u64).sum());
    // The lists are written: the frequencies can take them over.
    let frequencies = [TextForms::frequencies(title.hashes), TextForms::frequencies(body.hashes)];
    write_tail(out, totals, frequencies)
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
    /// Where the blocks start (the offsets are right before).
    blocks: usize,
    texts: [TextPart; 2],
}

/// The statistics of one text, and where its frequencies are in the file.
#[derive(Debug, Clone, Copy, Default)]
struct TextPart {
    total: u64,
    distinct: usize,
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
            Some(i) => self.counts[i] as u32,
            None => 0,
        }
    }

    fn hashes(&self) -> impl Iterator<Item = u32> + 'a {
        self.hashes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
    }
}

fn u32_at(bytes: &[u8], index: usize) -> u32 {
    u32::from_le_bytes(bytes[4 * index..4 * index + 4].try_into().expect("4 bytes"))
}

/// Where `hash` is in `bytes`, sorted little-endian distinct `u32`s. A binary search whose
/// steps pick a half without a branch: the halves are taken at random, so a branch would be
/// mispredicted every other step, and a batch looks up forms in its candidates' lists tens
/// of thousands of times. (An interpolation search, which the evenly spread hashes would
/// allow, read fewer cache lines but did not change a batch's speed measurably.)
fn search(bytes: &[u8], hash: u32) -> Option<usize> {
    let mut size = bytes.len() / 4;
    if size == 0 {
        return None;
    }
    let mut base = 0;
    while size > 1 {
        let half = size / 2;
        let middle = base + half;
        base = if u32_at(bytes, middle) <= hash { middle } else { base };
        size -= half;
    }
    (u32_at(bytes, base) == hash).then_some(base)
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
        if data.len() < 16 || u32_at(data, 0) != MAGIC {
            return Err(corrupt("not one"));
        }
        if u32_at(data, 1) != VERSION {
            return Err(corrupt("of another version"));
        }
        let docs = u32_at(data, 2);
        let blocks = 12 + 4 * (docs as usize + 1);
        if data.len() < blocks {
            return Err(corrupt("cut short"));
        }
        let mut at = blocks + u32_at(&data[12..], docs as usize) as usize;
        if data.len() < at + 16 {
            return Err(corrupt("cut short"));
        }
        let mut texts = [TextPart::default(); 2];
        for (i, part) in texts.iter_mut().enumerate() {
            part.total =
                u64::from_le_bytes(data[at + 8 * i..at + 8 * i + 8].try_into().expect("8"));
        }
        at += 16;
        for part in texts.iter_mut() {
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
        Ok(SegmentForms { bytes, docs, blocks, texts })
    }

    /// The block of `doc` (see [`write_blocks`]).
    fn block(&self, doc: DocId) -> &[u8] {
        let data = self.bytes.as_slice();
        let start = u32_at(&data[12..], doc as usize) as usize;
        let end = u32_at(&data[12..], doc as usize + 1) as usize;
        &data[self.blocks + start..self.blocks + end]
    }

    /// The number of documents of the segment (deleted ones included).
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// The forms of `text` in document `doc`.
    pub fn entries(&self, text: FormText, doc: DocId) -> DocForms<'_> {
        let block = self.block(doc);
        let (title, body) = (u32_at(block, 2) as usize, u32_at(block, 3) as usize);
        let (hashes, counts) = match text {
            FormText::Title => {
                (16..16 + 4 * title, 16 + 4 * (title + body)..16 + 4 * (title + body) + title)
            }
            FormText::Body => {
                let counts = 16 + 4 * (title + body) + title;
                (16 + 4 * title..16 + 4 * (title + body), counts..counts + body)
            }
        };
        DocForms { hashes: &block[hashes], counts: &block[counts] }
    }

    /// The number of forms of `text` in `doc`, repeats counted.
    pub fn length(&self, text: FormText, doc: DocId) -> u32 {
        u32_at(self.block(doc), text as usize)
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
            Some(i) => u32_at(&data[part.frequencies..], i),
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_finds_every_value_and_only_those() {
        let mut values: Vec<u32> =
            (0..5_000u32).map(|i| i.wrapping_mul(2_654_435_761) ^ (i >> 3)).collect();
        values.sort_unstable();
        values.dedup();
        let skewed: Vec<u32> =
            (0..3000u32).map(|i| i * i).chain([u32::MAX - 1, u32::MAX]).collect();
        for list in [values, skewed, vec![7], vec![]] {
            let bytes: Vec<u8> = list.iter().flat_map(|v| v.to_le_bytes()).collect();
            for (i, &v) in list.iter().enumerate() {
                assert_eq!(search(&bytes, v), Some(i));
                if v > 0 && !list.contains(&(v - 1)) {
                    assert_eq!(search(&bytes, v - 1), None);
                }
            }
            assert_eq!(search(&bytes, 5), None);
        }
    }

    #[test]
    fn the_radix_sort_sorts() {
        let spread: Vec<u32> =
            (0..10_000u32).map(|i| i.wrapping_mul(2_654_435_761) ^ (i >> 3)).collect();
        // Repeats, values in one bucket, the extremes, and lists too short to fill a bucket.
        let clustered: Vec<u32> =
            (0..3_000u32).map(|i| (i % 7) * 3 + (i % 2) * u32::MAX / 2).collect();
        let edges = vec![u32::MAX, 0, u32::MAX, 1 << 21, (1 << 21) - 1, 0];
        for values in [spread, clustered, edges, vec![5], vec![]] {
            let mut expected = values.clone();
            expected.sort_unstable();
            let mut sorted = values;
            radix_sort(&mut sorted);
            assert_eq!(sorted, expected);
        }
    }

    #[test]
    fn a_written_file_reads_back() {
        use tantivy::schema::TEXT;
        let mut schema = Schema::builder();
        let title = schema.add_text_field("title", TEXT);
        let body = schema.add_text_field("body", TEXT);
        let index = tantivy::Index::builder()
            .schema(schema.build())
            .register_plugin(std::sync::Arc::new(FormsPlugin))
            .create_in_ram()
            .unwrap();
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer
            .add_document(tantivy::doc!(title => "باريس في باريس", body => "قال إنّ القمة قال قال"))
            .unwrap();
        writer.add_document(tantivy::doc!(body => "والقمة في")).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let forms = SegmentForms::open(searcher.segment_reader(0)).unwrap();
        let h = crate::analysis::exact_forms::form_hash;
        assert_eq!(forms.docs(), 2);
        let first = forms.entries(FormText::Title, 0);
        assert_eq!(
            (first.count(h("باريس")), first.count(h("في")), first.count(h("قال"))),
            (2, 1, 0)
        );
        assert_eq!(forms.entries(FormText::Title, 1).count(h("باريس")), 0);
        // Normalised (إنّ is ان), not stemmed (والقمة is not القمه).
        let body_of = |doc| forms.entries(FormText::Body, doc);
        assert_eq!((body_of(0).count(h("قال")), body_of(0).count(h("ان"))), (3, 1));
        assert_eq!((body_of(1).count(h("والقمه")), body_of(1).count(h("القمه"))), (1, 0));
        assert_eq!((forms.length(FormText::Body, 0), forms.length(FormText::Title, 1)), (5, 0));
        assert_eq!((forms.total(FormText::Title), forms.total(FormText::Body)), (3, 7));
        assert_eq!(forms.doc_freq(FormText::Body, h("القمه")), 1);
        assert_eq!(forms.doc_freq(FormText::Body, h("في")), 1);
        assert_eq!(forms.doc_freq(FormText::Title, h("في")), 1);
        assert_eq!(forms.doc_freq(FormText::Title, h("قال")), 0);
        assert!(SegmentForms::parse(OwnedBytes::new(b"nonsense".to_vec())).is_err());
    }
}
