//! How segments are merged while indexing: tantivy's log merge policy, with merged segments
//! capped at [`MAX_MERGED_DOCS`] articles.
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

/// tantivy's [`LogMergePolicy`] with each merge split so that none produces more than `cap`
/// articles; segments of `cap` articles or more are left as they are.
#[derive(Debug)]
pub struct CappedMergePolicy {
    cap: u32,
    inner: LogMergePolicy,
}

impl CappedMergePolicy {
    pub fn new(cap: u32) -> CappedMergePolicy {
        CappedMergePolicy { cap, inner: LogMergePolicy::default() }
    }
}

impl Default for CappedMergePolicy {
    fn default() -> CappedMergePolicy {
        CappedMergePolicy::new(MAX_MERGED_DOCS)
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let docs = |id: &SegmentId| {
            segments.iter().find(|s| s.id() == *id).map_or(0, SegmentMeta::num_docs)
        };
        self.inner
            .compute_merge_candidates(segments)
            .into_iter()
            .flat_map(|candidate| {
                let sized: Vec<(SegmentId, u32)> =
                    candidate.0.into_iter().map(|id| (id, docs(&id))).collect();
                split_under_cap(sized, self.cap)
            })
            .map(MergeCandidate)
            .collect()
    }
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
}
