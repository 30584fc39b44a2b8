//! Column layout of a handoff trace: one row per memory cell, addresses strictly
//! increasing, then inactive rows that repeat the last address.

/// Whether the row is a cell (a prefix of the rows).
pub const ACT: usize = 0;
/// The cell's address.
pub const ADDR: usize = 1;
/// Value the cell had before the segment (segment role) or at the end of the run
/// (final role), as two u32 limbs.
pub const IN0: usize = 2;
pub const IN1: usize = 3;
/// Value the segment left (segment role only).
pub const OUT0: usize = 4;
pub const OUT1: usize = 5;
/// Timestamp of the segment's last access to the cell, in its execution trace.
pub const TIME: usize = 6;
/// Tag of the segment that left the value `IN` (0: the initial memory).
pub const PREV: usize = 7;
/// Final role: the cell is in the program's initial image (whose value the verifier
/// contributes).
pub const IMG: usize = 8;
/// `addr' - addr - 1` as four bytes, each looked up in the byte table.
pub const GAP: usize = 9;
/// `top - prev` as two bytes (see [`super::HandoffAir`]).
pub const PREV_GAP: usize = GAP + 4;
/// Multiplicity of the byte table entry in this row (rows 0..256).
pub const MULT: usize = PREV_GAP + 2;
pub const WIDTH: usize = MULT + 1;

/// The columns looked up in the byte table.
pub const BYTES: [usize; 6] = [GAP, GAP + 1, GAP + 2, GAP + 3, PREV_GAP, PREV_GAP + 1];

/// One row, by name.
#[derive(Clone, Copy, Debug)]
pub struct Cols<T> {
    pub act: T,
    pub addr: T,
    pub input: [T; 2],
    pub output: [T; 2],
    pub time: T,
    pub prev: T,
    pub img: T,
    pub gap: [T; 4],
    pub prev_gap: [T; 2],
    pub mult: T,
}

impl<T: Copy> Cols<T> {
    pub fn of(r: &[T]) -> Self {
        Cols {
            act: r[ACT],
            addr: r[ADDR],
            input: [r[IN0], r[IN1]],
            output: [r[OUT0], r[OUT1]],
            time: r[TIME],
            prev: r[PREV],
            img: r[IMG],
            gap: [r[GAP], r[GAP + 1], r[GAP + 2], r[GAP + 3]],
            prev_gap: [r[PREV_GAP], r[PREV_GAP + 1]],
            mult: r[MULT],
        }
    }
}

/// Column names, for reports.
pub fn name(col: usize) -> String {
    match col {
        ACT => "act".into(),
        ADDR => "addr".into(),
        IN0 => "in0".into(),
        IN1 => "in1".into(),
        OUT0 => "out0".into(),
        OUT1 => "out1".into(),
        TIME => "time".into(),
        PREV => "prev".into(),
        IMG => "img".into(),
        c if (GAP..PREV_GAP).contains(&c) => format!("gap{}", c - GAP),
        c if (PREV_GAP..MULT).contains(&c) => format!("prev_gap{}", c - PREV_GAP),
        MULT => "mult".into(),
        c => format!("col{c}"),
    }
}
