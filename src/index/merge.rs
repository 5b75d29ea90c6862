//! How segments are merged while indexing: tantivy's log merge policy, with merged segments
//! capped at [`MAX_MERGED_DOCS`] articles.
//!
//! A merge of all the index's segments (as after the last commit of a small or middling run) is
//! also split in two, run side by side on two cores: it otherwise runs on one core while the
//! other waits (indexing the 71k-article benchmark set: 13–14 % less wall time, with everything
//! on or lean; the index then has two segments, which costs `batch` about 5 % of its speed).
//!
//! Merging costs memory in proportion to the articles merged (peak RSS indexing a million
//! synthetic articles: 640 MB uncapped, when eight segments of ~80,000 became one of 655,000;
//! 411 MB with the cap), so without a cap the memory an index run needs grows with the archive.
//! Lucene caps its merged segments for the same reason (TieredMergePolicy, 5 GB). The price is
//! more segments in a very large index (nine for a million articles), each searched in turn.

use tantivy::index::{SegmentId, SegmentMeta};
use tantivy::indexer::{LogMergePolicy, MergeCandidate, MergePolicy};

/// The most articles a merge may produce.
pub const MAX_MERGED_DOCS: u32 = 250_000;

/// Into how many merges, run in parallel, a merge of every segment is split (at most).
const PARALLEL_MERGES: usize = 2;

/// tantivy's [`LogMergePolicy`] with each merge split so that none produces more than `cap`
/// articles; segments of `cap` articles or more are left as they are. A merge of every segment
/// there is, with at least two segments for each of `parts`, is split into `parts` merges of
/// about the same number of articles, which tantivy runs side by side (see [`plan_merges`]).
#[derive(Debug)]
pub struct CappedMergePolicy {
    cap: u32,
    parts: usize,
    inner: LogMergePolicy,
}

impl CappedMergePolicy {
    pub fn new(cap: u32, parts: usize) -> CappedMergePolicy {
        CappedMergePolicy { cap, parts: parts.max(1), inner: LogMergePolicy::default() }
    }
}

impl Default for CappedMergePolicy {
    fn default() -> CappedMergePolicy {
        // One core gains nothing from merges side by side.
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        CappedMergePolicy::new(MAX_MERGED_DOCS, cores.min(PARALLEL_MERGES))
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let docs = |id: &SegmentId| {
            segments.iter().find(|s| s.id() == *id).map_or(0, SegmentMeta::num_docs)
        };
        let candidates = self
            .inner
            .compute_merge_candidates(segments)
            .into_iter()
            .map(|candidate| candidate.0.into_iter().map(|id| (id, docs(&id))).collect())
            .collect();
        plan_merges(candidates, segments.len(), self.cap, self.parts)
            .into_iter()
            .map(MergeCandidate)
            .collect()
    }
}

/// The merges to run for the policy's `candidates` (segments with their article counts) among
/// `segments` segments in all: each candidate split under the cap, and a candidate of every
/// segment there is split in `parts` too.
///
/// Only a merge of every segment runs in parts: the merge after the last commit of a small or
/// middling run, which the run waits for. In a big archive merges among bigger segments stay
/// whole: parts there would only be merged again later (a million-article run took a fifth
/// more CPU when every merge was split).
fn plan_merges<T>(
    candidates: Vec<Vec<(T, u32)>>,
    segments: usize,
    cap: u32,
    parts: usize,
) -> Vec<Vec<T>> {
    candidates
        .into_iter()
        .flat_map(|candidate| {
            let parts = if candidate.len() == segments { parts } else { 1 };
            let keyed = candidate.into_iter().map(|(id, docs)| ((id, docs), docs)).collect();
            split_under_cap(keyed, cap)
                .into_iter()
                .flat_map(move |merge| split_in_parts(merge, parts))
        })
        .collect()
}

/// Splits one merge (segments with their article counts, in the policy's order) into merges of
/// at least two segments and at most `cap` articles each.
fn split_under_cap<T>(segments: Vec<(T, u32)>, cap: u32) -> Vec<Vec<T>> {
    let mut merges = Vec::new();
    let mut chunk = Vec::new();
    let mut sum = 0;
    for (segment, docs) in segments {
        if docs >= cap {
            continue;
        }
        if sum + docs > cap {
            if chunk.len() >= 2 {
                merges.push(std::mem::take(&mut chunk));
            }
            chunk.clear();
            sum = 0;
        }
        chunk.push(segment);
        sum += docs;
    }
    if chunk.len() >= 2 {
        merges.push(chunk);
    }
    merges
}

/// Splits one merge (segments with their article counts, in order) into `parts` merges of
/// about the same number of articles, if it has at least two segments for each.
fn split_in_parts<T>(segments: Vec<(T, u32)>, parts: usize) -> Vec<Vec<T>> {
    if parts < 2 || segments.len() < 2 * parts {
        return vec![segments.into_iter().map(|(segment, _)| segment).collect()];
    }
    let total: u64 = segments.iter().map(|&(_, docs)| u64::from(docs)).sum();
    let count = segments.len();
    let mut merges: Vec<Vec<T>> = Vec::with_capacity(parts);
    let mut chunk = Vec::new();
    let mut sum = 0u64;
    for (k, (segment, docs)) in segments.into_iter().enumerate() {
        chunk.push(segment);
        sum += u64::from(docs);
        let part = merges.len() as u64 + 1;
        let left = count - k - 1;
        let parts_after = parts - merges.len() - 1;
        // Close this part once it holds its share of the articles, keeping two segments for
        // each part still to come; the last part takes the rest.
        if parts_after > 0
            && chunk.len() >= 2
            && left >= 2 * parts_after
            && sum * parts as u64 >= total * part
        {
            merges.push(std::mem::take(&mut chunk));
        }
    }
    merges.push(chunk);
    merges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_under_the_cap_are_kept_whole() {
        let merge = vec![("a", 10), ("b", 20), ("c", 30)];
        assert_eq!(split_under_cap(merge, 100), [vec!["a", "b", "c"]]);
    }

    #[test]
    fn merges_over_the_cap_are_split_and_big_segments_left_alone() {
        let merge = vec![("a", 80), ("b", 80), ("c", 80), ("d", 80), ("e", 300), ("f", 80)];
        // a+b = 160 ≤ 200, c+d = 160, f alone is no merge; e is over the cap.
        assert_eq!(split_under_cap(merge, 200), [vec!["a", "b"], vec!["c", "d"]]);
        assert!(split_under_cap(vec![("a", 150), ("b", 150)], 200).is_empty());
        assert!(split_under_cap(vec![("a", 200), ("b", 10)], 200).is_empty());
    }

    #[test]
    fn merges_of_many_segments_are_split_in_parts_of_about_the_same_size() {
        let merge =
            |sizes: &[u32]| -> Vec<(usize, u32)> { sizes.iter().copied().enumerate().collect() };
        // Eight segments of the 71k run: two merges of four.
        let even = merge(&[9_000; 8]);
        assert_eq!(split_in_parts(even, 2), [vec![0, 1, 2, 3], vec![4, 5, 6, 7]]);
        // By articles, not by segments: 10+10+10 against 5+5+5+5.
        let uneven = merge(&[10, 10, 10, 5, 5, 5, 5]);
        assert_eq!(split_in_parts(uneven, 2), [vec![0, 1, 2], vec![3, 4, 5, 6]]);
        // A big first segment still leaves two segments for the second part.
        let skewed = merge(&[100, 1, 1, 1]);
        assert_eq!(split_in_parts(skewed, 2), [vec![0, 1], vec![2, 3]]);
        // Too few segments for two parts, or one part asked for: one merge.
        assert_eq!(split_in_parts(merge(&[5, 5, 5]), 2), [vec![0, 1, 2]]);
        assert_eq!(split_in_parts(merge(&[5; 6]), 1), [vec![0, 1, 2, 3, 4, 5]]);
        // Every part has at least two segments.
        for sizes in [&[1, 1, 1, 100][..], &[50, 1, 1, 1, 1, 1], &[1, 2, 3, 4, 5, 6, 7, 8, 9]] {
            for part in split_in_parts(merge(sizes), 2) {
                assert!(part.len() >= 2, "{sizes:?}");
            }
        }
    }

    #[test]
    fn only_a_merge_of_every_segment_is_split() {
        let sizes = |ids: std::ops::Range<usize>, docs: u32| -> Vec<(usize, u32)> {
            ids.map(|id| (id, docs)).collect()
        };
        // Eight segments of the same size, all the index has: two merges of four.
        let merges = plan_merges(vec![sizes(0..8, 9_000)], 8, MAX_MERGED_DOCS, 2);
        assert_eq!(merges, [vec![0, 1, 2, 3], vec![4, 5, 6, 7]]);
        // The same eight beside a big segment the policy leaves alone: one merge.
        let merges = plan_merges(vec![sizes(0..8, 9_000)], 9, MAX_MERGED_DOCS, 2);
        assert_eq!(merges, [vec![0, 1, 2, 3, 4, 5, 6, 7]]);
    }
}
