//! The process's memory allocator: mimalloc for small blocks, the system's for large ones.
//!
//! Indexing allocates a string per token and per field, and mimalloc's thread-local free lists
//! make that cheaper than glibc's malloc (the whole index run takes about 13 % longer on glibc
//! alone). But mimalloc keeps freed memory for a while before it gives it back (its purge
//! delay), and an index writer's large blocks (tantivy's arena pages and hash tables, the exact
//! forms' lists, the buffers a segment is written with) come and go with each segment: sampled
//! every 50 ms, a million-article run's RSS rose by about 100 MB in the second its first
//! segments were written, and by 15 MB on glibc. glibc maps a large block on its own (from
//! 128 KiB, a threshold that rises with the blocks freed), unmaps it when it is freed, and grows
//! it in place (`mremap`). So blocks of [`LARGE`] bytes or more go to the system allocator: the
//! peak RSS of that run fell from 460 to 382 MB, at the same speed (docs/benchmarks.md,
//! session 26).

use std::alloc::{GlobalAlloc, Layout, System};

use mimalloc::MiMalloc;

/// The size from which a block is large. Nearly every article's text is smaller: the strings
/// of indexing stay with mimalloc.
pub const LARGE: usize = 64 << 10;

pub struct Allocator;

fn is_large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: every block is freed and resized by the allocator that allocated it: the layout a
// block is freed or resized with has the size it was allocated (or last resized) with, so
// `is_large` picks the same allocator each time; a resize across the boundary moves the block.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_large(layout.size()) {
            System.alloc(layout)
        } else {
            MiMalloc.alloc(layout)
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_large(layout.size()) {
            System.alloc_zeroed(layout)
        } else {
            MiMalloc.alloc_zeroed(layout)
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if is_large(layout.size()) {
            System.dealloc(ptr, layout)
        } else {
            MiMalloc.dealloc(ptr, layout)
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match (is_large(layout.size()), is_large(new_size)) {
            (true, true) => System.realloc(ptr, layout, new_size),
            (false, false) => MiMalloc.realloc(ptr, layout, new_size),
            _ => {
                // SAFETY: the caller guarantees that `new_size`, rounded up to the alignment,
                // does not overflow `isize` (`GlobalAlloc::realloc`'s contract).
                let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                let moved = self.alloc(new_layout);
                if !moved.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Allocates `size` bytes filled with a pattern.
    unsafe fn filled(size: usize, align: usize) -> (*mut u8, Layout) {
        let layout = Layout::from_size_align(size, align).unwrap();
        let ptr = Allocator.alloc(layout);
        assert!(!ptr.is_null());
        for i in 0..size {
            *ptr.add(i) = (i % 251) as u8;
        }
        (ptr, layout)
    }

    unsafe fn holds_pattern(ptr: *const u8, size: usize) -> bool {
        (0..size).all(|i| *ptr.add(i) == (i % 251) as u8)
    }

    #[test]
    fn blocks_keep_their_bytes_across_the_boundary() {
        // Small to small, small to large, large to large, large to small, and back; with an
        // alignment above the system allocator's default too.
        for align in [8, 64, 4096] {
            unsafe {
                let (mut ptr, mut layout) = filled(100, align);
                for size in [1000, LARGE - 1, LARGE, 3 * LARGE, 10 * LARGE, LARGE - 1, 50] {
                    let kept = layout.size().min(size);
                    ptr = Allocator.realloc(ptr, layout, size);
                    assert!(!ptr.is_null());
                    assert_eq!(ptr as usize % align, 0, "aligned after a resize to {size}");
                    assert!(
                        holds_pattern(ptr, kept),
                        "bytes kept from {} to {size}",
                        layout.size()
                    );
                    layout = Layout::from_size_align(size, align).unwrap();
                    for i in kept..size {
                        *ptr.add(i) = (i % 251) as u8;
                    }
                }
                Allocator.dealloc(ptr, layout);
            }
        }
    }

    #[test]
    fn zeroed_blocks_are_zero_on_both_sides() {
        for size in [16, LARGE - 1, LARGE, 4 * LARGE] {
            unsafe {
                let layout = Layout::from_size_align(size, 16).unwrap();
                let ptr = Allocator.alloc_zeroed(layout);
                assert!(!ptr.is_null());
                assert!((0..size).all(|i| *ptr.add(i) == 0), "{size} bytes zeroed");
                Allocator.dealloc(ptr, layout);
            }
        }
    }
}
