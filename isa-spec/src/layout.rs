//! The machine's memory map. Addresses are byte addresses below 2^32; pointers are
//! 64-bit values whose high half is zero. Memory is organised in 8-byte cells (the unit
//! of the memory argument); every access stays inside one cell.

/// Addresses below this trap (catches null-pointer dereferences).
pub const NULL_GUARD: u32 = 0x1000;
/// Where the program's data image is placed.
pub const DATA_BASE: u32 = 0x0001_0000;
/// End of the heap (exclusive). The heap runs from the end of data and bss to here.
pub const HEAP_END: u32 = 0x4000_0000;
/// Initial frame pointer: frames grow upward from here.
pub const STACK_BASE: u32 = 0x4000_0000;
/// End of the stack (exclusive): a frame reaching past it is a stack overflow.
pub const STACK_END: u32 = 0x8000_0000;
/// Size of a memory cell in bytes.
pub const CELL_BYTES: u32 = 8;

/// Whether `addr` may be accessed at all.
pub fn is_mapped(addr: u32) -> bool {
    (NULL_GUARD..STACK_END).contains(&addr)
}
