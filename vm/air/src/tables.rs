//! The fixed lookup tables, held in periodic columns that the verifier interpolates
//! itself: the byte-AND table (x, y, x & y) over all byte pairs, whose row index
//! x + 256 y doubles as the 16-bit range table, and the program ROM.

use isa_spec::Program;
use winterfell::math::fields::f64::BaseElement as Felt;

use crate::lookups::ROM_FIELDS;

/// Rows of the byte table (and entries of the 16-bit range table).
pub const TABLE_LEN: usize = 1 << 16;

/// The byte table as three periodic columns: x = i mod 256, y = i / 256, z = x & y.
pub fn byte_table() -> [Vec<Felt>; 3] {
    let x = (0..TABLE_LEN).map(|i| Felt::new((i & 0xff) as u64)).collect();
    let y = (0..TABLE_LEN).map(|i| Felt::new((i >> 8) as u64)).collect();
    let z = (0..TABLE_LEN).map(|i| Felt::new((i & 0xff & (i >> 8)) as u64)).collect();
    [x, y, z]
}

/// Period of the ROM columns: a power of two with at least two unused entries at the
/// end, because the last two rows of the trace are exempt from the constraints.
pub fn rom_period(code_len: usize) -> usize {
    (code_len + 2).next_power_of_two()
}

/// ROM entry of instruction `pc`: (pc, opcode, a, b, c, imm0, imm1, c_is_imm). Entries
/// past the code have opcode 0, which no row can produce.
pub fn rom_entry(program: &Program, pc: usize) -> [u64; ROM_FIELDS] {
    match program.code.get(pc) {
        Some(i) => [
            pc as u64,
            i.opcode as u64,
            i.a as u64,
            i.b as u64,
            i.c as u64,
            i.imm & 0xffff_ffff,
            i.imm >> 32,
            i.c_is_imm as u64,
        ],
        None => [pc as u64, 0, 0, 0, 0, 0, 0, 0],
    }
}

/// The ROM as periodic columns.
pub fn rom_columns(program: &Program) -> Vec<Vec<Felt>> {
    let period = rom_period(program.code.len());
    let mut cols: Vec<Vec<Felt>> = (0..ROM_FIELDS).map(|_| Vec::with_capacity(period)).collect();
    for pc in 0..period {
        for (col, v) in cols.iter_mut().zip(rom_entry(program, pc)) {
            col.push(Felt::new(v));
        }
    }
    cols
}

/// Smallest trace length the AIR accepts for a program with `code_len` instructions.
pub fn min_trace_len(code_len: usize) -> usize {
    TABLE_LEN.max(rom_period(code_len))
}
