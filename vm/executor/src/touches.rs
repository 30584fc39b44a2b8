//! Which cells each segment of a run accesses: what a segment boundary hands on. For
//! every cell the tag of the last segment that accessed it (segment `k` has tag `k + 1`;
//! 0 is "never"), and for the running segment the cells it accessed first, with their
//! values before the segment.

const PAGE_CELLS: usize = 512;
const PAGE_SHIFT: u32 = 12;

/// A cell the current segment accessed, as it was when the segment began.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Touched {
    /// 8-aligned address.
    pub cell: u32,
    /// Value before the segment.
    pub value: u64,
    /// Tag of the last earlier segment that accessed the cell (0: none).
    pub prev: u32,
}

/// Segment tags per cell over a whole run, in lazily allocated pages like memory's.
pub struct Touches {
    pages: Vec<Option<Box<[u32; PAGE_CELLS]>>>,
    /// Tag of the running segment (0 before the first).
    tag: u32,
    pub(crate) first: Vec<Touched>,
}

impl Touches {
    pub fn new() -> Self {
        // Zeroed (`None` is a null pointer), so the OS maps the table lazily.
        Touches { pages: vec![None; 1usize << (32 - PAGE_SHIFT)], tag: 0, first: Vec::new() }
    }

    /// Tag of the running segment.
    pub fn tag(&self) -> u32 {
        self.tag
    }

    pub(crate) fn begin_segment(&mut self) {
        self.tag += 1;
        self.first.clear();
    }

    #[inline(always)]
    pub(crate) fn touch(&mut self, cell: u32, value: u64) {
        let page = self.pages[(cell >> PAGE_SHIFT) as usize].get_or_insert_with(|| Box::new([0; PAGE_CELLS]));
        let tag = &mut page[(cell as usize >> 3) % PAGE_CELLS];
        if *tag != self.tag {
            self.first.push(Touched { cell, value, prev: *tag });
            *tag = self.tag;
        }
    }

    /// Tag of the last segment that accessed `cell` (0: none).
    pub fn last(&self, cell: u32) -> u32 {
        match &self.pages[(cell >> PAGE_SHIFT) as usize] {
            Some(page) => page[(cell as usize >> 3) % PAGE_CELLS],
            None => 0,
        }
    }

    /// Every cell some segment accessed, in address order, with the tag of the last one.
    pub fn accessed(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.pages.iter().enumerate().filter_map(|(p, page)| page.as_ref().map(|page| (p, page))).flat_map(
            |(p, page)| {
                page.iter()
                    .enumerate()
                    .filter(|(_, tag)| **tag != 0)
                    .map(move |(i, &tag)| (((p << PAGE_SHIFT) + 8 * i) as u32, tag))
            },
        )
    }
}

impl Default for Touches {
    fn default() -> Self {
        Touches::new()
    }
}
