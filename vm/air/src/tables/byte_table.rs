//! The byte table's definition. The build script includes this file too: it
//! interpolates the table once, at build time, so that no verifier has to.

/// Rows of the byte table (and entries of the 16-bit range table).
pub const TABLE_LEN: usize = 1 << 16;

/// Entry `i` of the byte table: (x, y, x & y) with x = i mod 256 and y = i / 256.
pub const fn byte_entry(i: usize) -> [u64; 3] {
    let (x, y) = ((i & 0xff) as u64, (i >> 8) as u64);
    [x, y, x & y]
}
