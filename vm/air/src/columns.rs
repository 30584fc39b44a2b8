//! Column layout of the main trace. One row is one executed instruction (the CPU
//! part) and, side by side in the same row, one entry of the final-memory table and
//! one entry of the fixed lookup tables' multiplicity columns. "The AIR" in
//! `isa-spec/ISA.md` explains every column; these constants are the single source of
//! truth for their indices.

use isa_spec::Opcode;

/// Decoder: clock, machine state and the instruction fields looked up in the ROM.
pub mod decoder {
    /// Row counter; memory timestamps are `3*clk + port`.
    pub const CLK: usize = 0;
    pub const PC: usize = 1;
    pub const FP: usize = 2;
    /// Instruction fields `a`, `b`, `c` (slot indices or callee frame offset).
    pub const IA: usize = 3;
    pub const IB: usize = 4;
    pub const IC: usize = 5;
    /// Low and high 32 bits of the immediate.
    pub const IMM0: usize = 6;
    pub const IMM1: usize = 7;
    /// `c_is_imm` bit of the instruction.
    pub const CIMM: usize = 8;
    /// First opcode flag; see [`super::FLAG_OPS`]. The flag after the last opcode is
    /// [`PAD`].
    pub const FLAGS: usize = 9;
    /// Padding flag: rows after `halt`.
    pub const PAD: usize = FLAGS + super::FLAG_OPS.len();
    pub const END: usize = PAD + 1;
}

/// Operand values (two u32 limbs each) and memory-port addresses.
pub mod memory {
    use super::decoder;
    /// Value read from slot `b` (port B).
    pub const B0: usize = decoder::END;
    pub const B1: usize = B0 + 1;
    /// Second operand: slot `c`, the immediate, or the cell a load reads (port C).
    pub const C0: usize = B0 + 2;
    pub const C1: usize = B0 + 3;
    /// Value written by port A (slot `a`, the stored cell, the link word).
    pub const A0: usize = B0 + 4;
    pub const A1: usize = B0 + 5;
    /// Value port A overwrote.
    pub const OA0: usize = B0 + 6;
    pub const OA1: usize = B0 + 7;
    /// Addresses of ports A and C (port B is always `fp + 8*b`).
    pub const ADDR_A: usize = B0 + 8;
    pub const ADDR_C: usize = B0 + 9;
    pub const END: usize = B0 + 10;

    /// Final-memory table: one row per touched or initialised cell, addresses strictly
    /// increasing.
    pub const FM_ACT: usize = super::tables::END;
    pub const FM_ADDR: usize = FM_ACT + 1;
    pub const FM_V0: usize = FM_ACT + 2;
    pub const FM_V1: usize = FM_ACT + 3;
    pub const FM_TS: usize = FM_ACT + 4;
    /// Whether the cell is in the program's initial image (its initial value is then
    /// contributed by the verifier instead of this row).
    pub const FM_IMG: usize = FM_ACT + 5;
    pub const FM_END: usize = FM_ACT + 6;
}

/// Op-specific helper columns (carries, inverses, bit decompositions, offsets); each
/// opcode gives them its own meaning, see `constraints.rs`.
pub mod helpers {
    pub const H: usize = super::memory::END;
    pub const COUNT: usize = 11;
    pub const END: usize = H + COUNT;
}

/// 16-bit range-check slots: every row looks each of them up in the range table.
pub mod range {
    /// Timestamp gaps of ports B, C, A (`now - old - 1`, two 16-bit limbs each).
    pub const TS_B: usize = super::helpers::END;
    pub const TS_C: usize = TS_B + 2;
    pub const TS_A: usize = TS_B + 4;
    /// Address gap of the final-memory table (`addr' - addr - 1`, two limbs).
    pub const FM_GAP: usize = TS_B + 6;
    /// Slots shared by the opcodes (`s0..s13` in the docs).
    pub const S: usize = TS_B + 8;
    pub const SHARED: usize = 14;
    pub const COUNT: usize = 8 + SHARED;
    pub const START: usize = TS_B;
    pub const END: usize = TS_B + COUNT;
}

/// Byte slots: every row looks up each `(x, y, z)` triple in the byte-AND table, which
/// proves `x, y < 256` and `z = x & y`.
pub mod bytes {
    pub const START: usize = super::range::END;
    pub const COUNT: usize = 8;
    pub const END: usize = START + 3 * COUNT;
    pub const fn x(j: usize) -> usize {
        START + 3 * j
    }
    pub const fn y(j: usize) -> usize {
        START + 3 * j + 1
    }
    pub const fn z(j: usize) -> usize {
        START + 3 * j + 2
    }
}

/// The 32 bits of `b0`, least significant first, that `sha256sum` and `sha256sig`
/// decompose their operand into: `h0..h9`, `s0..s13`, then `x, y` of byte slots 0..3.
/// These ops use no other helper or slot, so each bit sits where its lookup passes for
/// free (a bit is a 16-bit value; `(x, y, x & y)` is a byte-table entry once the trace
/// builder sets `z`).
pub const SHA256_BITS: [usize; 32] = sha256_bits();

const fn sha256_bits() -> [usize; 32] {
    let mut out = [0; 32];
    let mut i = 0;
    while i < 32 {
        out[i] = match i {
            0..10 => helpers::H + i,
            10..24 => range::S + i - 10,
            _ => bytes::START + 3 * ((i - 24) / 2) + (i - 24) % 2,
        };
        i += 1;
    }
    out
}

/// Public I/O state.
pub mod io {
    /// Number of journal bytes committed before this row.
    pub const JIDX: usize = super::bytes::END;
    /// Whether a `read` has already hit the end of the input.
    pub const EOF: usize = JIDX + 1;
    pub const END: usize = JIDX + 2;
}

/// Multiplicities of the fixed tables (ROM, 16-bit range, byte AND).
pub mod tables {
    pub const M_ROM: usize = super::io::END;
    pub const M_RANGE: usize = M_ROM + 1;
    pub const M_AND: usize = M_ROM + 2;
    /// Multiplicities of the four table entries that sit in the two rows exempt from
    /// constraints when the trace is exactly 2^16 rows long.
    pub const M_TAIL: usize = M_ROM + 3;
    pub const END: usize = M_ROM + 7;
}

/// Main trace width.
pub const WIDTH: usize = memory::FM_END;

/// Opcodes with a flag column, in flag order. `trap` has none, so no proven row can
/// execute it.
pub const FLAG_OPS: [Opcode; 41] = [
    Opcode::Add,
    Opcode::Sub,
    Opcode::Mul,
    Opcode::MulHu,
    Opcode::DivU,
    Opcode::RemU,
    Opcode::DivS,
    Opcode::RemS,
    Opcode::And,
    Opcode::Or,
    Opcode::Xor,
    Opcode::AndN,
    Opcode::Shl,
    Opcode::Shr,
    Opcode::Sra,
    Opcode::Rotl,
    Opcode::Eq,
    Opcode::LtU,
    Opcode::LtS,
    Opcode::Sha256Sum,
    Opcode::Sha256Sig,
    Opcode::LoadImm,
    Opcode::FpAddr,
    Opcode::Load8,
    Opcode::Load16,
    Opcode::Load32,
    Opcode::Load64,
    Opcode::Store8,
    Opcode::Store16,
    Opcode::Store32,
    Opcode::Store64,
    Opcode::Jump,
    Opcode::BranchNonZero,
    Opcode::Call,
    Opcode::CallIndirect,
    Opcode::Return,
    Opcode::Read,
    Opcode::CycleCount,
    Opcode::Write,
    Opcode::Commit,
    Opcode::Halt,
];

/// The flag column of `op`, or `None` for opcodes the AIR cannot prove.
pub fn flag(op: Opcode) -> Option<usize> {
    FLAG_OPS.iter().position(|&o| o == op).map(|i| decoder::FLAGS + i)
}

/// Flag column of an opcode that has one (for use in constraint code).
pub const fn f(op: Opcode) -> usize {
    let mut i = 0;
    while i < FLAG_OPS.len() {
        if FLAG_OPS[i] as u8 == op as u8 {
            return decoder::FLAGS + i;
        }
        i += 1;
    }
    panic!("opcode has no flag column");
}

/// A human-readable name for every main column (for tamper-test reports).
pub fn name(col: usize) -> String {
    use decoder::*;
    let fixed = [
        (CLK, "clk"),
        (PC, "pc"),
        (FP, "fp"),
        (IA, "ia"),
        (IB, "ib"),
        (IC, "ic"),
        (IMM0, "imm0"),
        (IMM1, "imm1"),
        (CIMM, "cimm"),
        (PAD, "f_pad"),
        (memory::B0, "b0"),
        (memory::B1, "b1"),
        (memory::C0, "c0"),
        (memory::C1, "c1"),
        (memory::A0, "a0"),
        (memory::A1, "a1"),
        (memory::OA0, "oa0"),
        (memory::OA1, "oa1"),
        (memory::ADDR_A, "addr_a"),
        (memory::ADDR_C, "addr_c"),
        (io::JIDX, "jidx"),
        (io::EOF, "eof"),
        (tables::M_ROM, "m_rom"),
        (tables::M_RANGE, "m_range"),
        (tables::M_AND, "m_and"),
        (memory::FM_ACT, "fm_act"),
        (memory::FM_ADDR, "fm_addr"),
        (memory::FM_V0, "fm_v0"),
        (memory::FM_V1, "fm_v1"),
        (memory::FM_TS, "fm_ts"),
        (memory::FM_IMG, "fm_img"),
    ];
    if let Some((_, n)) = fixed.iter().find(|(c, _)| *c == col) {
        return n.to_string();
    }
    if (FLAGS..PAD).contains(&col) {
        return format!("f_{}", FLAG_OPS[col - FLAGS].mnemonic());
    }
    if (helpers::H..helpers::END).contains(&col) {
        return format!("h{}", col - helpers::H);
    }
    if (range::START..range::S).contains(&col) {
        let names = ["ts_b0", "ts_b1", "ts_c0", "ts_c1", "ts_a0", "ts_a1", "fm_gap0", "fm_gap1"];
        return names[col - range::START].to_string();
    }
    if (range::S..range::END).contains(&col) {
        return format!("s{}", col - range::S);
    }
    if (bytes::START..bytes::END).contains(&col) {
        let j = (col - bytes::START) / 3;
        let which = ["x", "y", "z"][(col - bytes::START) % 3];
        return format!("{which}{j}");
    }
    if (tables::M_TAIL..tables::END).contains(&col) {
        return format!("m_tail{}", col - tables::M_TAIL);
    }
    format!("col{col}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_dense_and_named() {
        assert_eq!(memory::FM_END, WIDTH);
        let mut names: Vec<String> = (0..WIDTH).map(name).collect();
        assert!(names.iter().all(|n| !n.starts_with("col")), "{names:?}");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), WIDTH);
        assert_eq!(f(Opcode::Halt), decoder::PAD - 1);
    }

    #[test]
    fn sha256_bits_are_distinct_in_documented_order() {
        let mut bits = SHA256_BITS.to_vec();
        bits.sort();
        bits.dedup();
        assert_eq!(bits.len(), 32);
        let names: Vec<String> = SHA256_BITS.iter().map(|&c| name(c)).collect();
        assert_eq!(names[..2], ["h0", "h1"]);
        assert_eq!(names[9..12], ["h9", "s0", "s1"]);
        assert_eq!(names[23..], ["s13", "x0", "y0", "x1", "y1", "x2", "y2", "x3", "y3"]);
    }
}
