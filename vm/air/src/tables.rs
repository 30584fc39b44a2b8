//! The fixed lookup tables, held in periodic columns that the verifier interpolates
//! itself: the byte-AND table (x, y, x & y) over all byte pairs, whose row index
//! x + 256 y doubles as the 16-bit range table, and the program ROM. The byte table is
//! the same for every program, so its polynomials are interpolated at build time.

mod byte_table;

use isa_spec::Program;
use winterfell::math::fft;
use winterfell::math::fields::f64::BaseElement as Felt;

use crate::lookups::ROM_FIELDS;

pub use byte_table::TABLE_LEN;

/// The byte table as three periodic columns: x = i mod 256, y = i / 256, z = x & y.
pub fn byte_table() -> [Vec<Felt>; 3] {
    std::array::from_fn(|k| (0..TABLE_LEN).map(|i| Felt::new(byte_table::byte_entry(i)[k])).collect())
}

/// The coefficients of the byte table's three periodic columns, as `build.rs`
/// interpolated them.
pub fn byte_table_polys() -> [Vec<Felt>; 3] {
    const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/byte_table_polys.bin"));
    let mut words = BYTES.chunks_exact(8).map(|w| Felt::new(u64::from_le_bytes(w.try_into().expect("8 bytes"))));
    std::array::from_fn(|_| words.by_ref().take(TABLE_LEN).collect())
}

/// Interpolates periodic columns the way Winterfell's default `Air` does, sharing the
/// twiddles between columns of the same length.
pub fn interpolate_columns(columns: &[Vec<Felt>]) -> Vec<Vec<Felt>> {
    let mut twiddles = std::collections::BTreeMap::new();
    columns
        .iter()
        .map(|column| {
            let inv = twiddles.entry(column.len()).or_insert_with(|| fft::get_inv_twiddles::<Felt>(column.len()));
            let mut poly = column.clone();
            fft::interpolate_poly(&mut poly, inv);
            poly
        })
        .collect()
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

/// Smallest trace length the prover builds: a hiding trace is twice the AIR's least, so
/// that the fixed tables' first period lies wholly in constrained rows, before the
/// random ones ([`crate::hiding`]).
pub fn min_prover_trace_len(code_len: usize, hiding: bool) -> usize {
    min_trace_len(code_len) << hiding as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use winterfell::math::{FieldElement, StarkField, polynom};

    #[test]
    fn build_time_byte_table_polys_interpolate_the_byte_table() {
        let polys = byte_table_polys();
        assert_eq!(polys.to_vec(), interpolate_columns(&byte_table()));
        // Independently of any interpolation: each polynomial takes entry i at g^i.
        let g = Felt::get_root_of_unity(TABLE_LEN.ilog2());
        for i in [0, 1, 255, 256, 257, 0x1234, 0xabcd, TABLE_LEN - 1] {
            let x = g.exp(i as u64);
            for (poly, want) in polys.iter().zip(byte_table::byte_entry(i)) {
                assert_eq!(polynom::eval(poly, x), Felt::new(want), "entry {i}");
            }
        }
    }
}
