//! Byte-addressed memory in 8-byte cells, stored in lazily allocated 4 KiB pages.

use isa_spec::layout::CELL_BYTES;

const PAGE_CELLS: usize = 512;
const PAGE_SHIFT: u32 = 12;

/// The machine's memory. Unwritten cells read as zero.
pub struct Memory {
    pages: Vec<Option<Box<[u64; PAGE_CELLS]>>>,
}

impl Memory {
    /// Empty memory covering the 32-bit address space. The page table is allocated
    /// zeroed (`None` is a null pointer), so the OS maps it lazily: a short run does not
    /// pay for eight megabytes of table it never touches.
    pub fn new() -> Self {
        Memory { pages: vec![None; 1usize << (32 - PAGE_SHIFT)] }
    }

    /// Memory holding `bytes` at `base` (8-aligned).
    pub fn with_image(base: u32, bytes: &[u8]) -> Self {
        let mut mem = Memory::new();
        for (i, chunk) in bytes.chunks(CELL_BYTES as usize).enumerate() {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            mem.write(base + i as u32 * CELL_BYTES, u64::from_le_bytes(word));
        }
        mem
    }

    /// The cell at 8-aligned address `cell`.
    #[inline]
    pub fn read(&self, cell: u32) -> u64 {
        match &self.pages[(cell >> PAGE_SHIFT) as usize] {
            Some(page) => page[(cell as usize >> 3) % PAGE_CELLS],
            None => 0,
        }
    }

    /// Overwrites the cell at 8-aligned address `cell`.
    #[inline]
    pub fn write(&mut self, cell: u32, value: u64) {
        let page = self.pages[(cell >> PAGE_SHIFT) as usize].get_or_insert_with(|| Box::new([0; PAGE_CELLS]));
        page[(cell as usize >> 3) % PAGE_CELLS] = value;
    }
}

impl Default for Memory {
    fn default() -> Self {
        Memory::new()
    }
}
