//! The meaning of every instruction's data operation, in one place: the executor calls
//! these functions, and the trace builder records what they returned, so the AIR is
//! tested against exactly this behaviour.

use crate::opcode::Opcode;
use crate::trap::TrapKind;

/// Result of an ALU opcode on 64-bit operands.
pub fn alu(op: Opcode, b: u64, c: u64) -> Result<u64, TrapKind> {
    Ok(match op {
        Opcode::Add => b.wrapping_add(c),
        Opcode::Sub => b.wrapping_sub(c),
        Opcode::Mul => b.wrapping_mul(c),
        Opcode::MulHu => ((b as u128 * c as u128) >> 64) as u64,
        Opcode::DivU => b.checked_div(c).ok_or(TrapKind::DivisionByZero)?,
        Opcode::RemU => b.checked_rem(c).ok_or(TrapKind::DivisionByZero)?,
        Opcode::DivS => {
            if c == 0 {
                return Err(TrapKind::DivisionByZero);
            }
            (b as i64).wrapping_div(c as i64) as u64
        }
        Opcode::RemS => {
            if c == 0 {
                return Err(TrapKind::DivisionByZero);
            }
            (b as i64).wrapping_rem(c as i64) as u64
        }
        Opcode::And => b & c,
        Opcode::Or => b | c,
        Opcode::Xor => b ^ c,
        Opcode::Shl => b << (c & 63),
        Opcode::Shr => b >> (c & 63),
        Opcode::Sra => ((b as i64) >> (c & 63)) as u64,
        Opcode::Eq => (b == c) as u64,
        Opcode::LtU => (b < c) as u64,
        Opcode::LtS => ((b as i64) < (c as i64)) as u64,
        Opcode::Rotl => b.rotate_left((c & 63) as u32),
        Opcode::AndN => b & !c,
        Opcode::Sha256Sum => sha256::mix(b as u32, *sha256::SUM.get(c as usize).ok_or(TrapKind::BadOperand(c))?) as u64,
        Opcode::Sha256Sig => sha256::mix(b as u32, *sha256::SIG.get(c as usize).ok_or(TrapKind::BadOperand(c))?) as u64,
        _ => unreachable!("{} is not an ALU opcode", op.mnemonic()),
    })
}

/// The SHA-256 mixing functions behind `sha256sum` and `sha256sig` (FIPS 180-4, 4.1.2).
/// Each is the xor of three taps of a 32-bit word; the AIR builds its constraints from
/// the same tap tables, bit by bit.
pub mod sha256 {
    /// One tap: a right rotation, or a right shift (zero-filling), by `amount` bits.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Tap {
        Rotr(u32),
        Shr(u32),
    }

    /// Σ0 and Σ1 (`sha256sum` with `c = 0, 1`).
    pub const SUM: [[Tap; 3]; 2] =
        [[Tap::Rotr(2), Tap::Rotr(13), Tap::Rotr(22)], [Tap::Rotr(6), Tap::Rotr(11), Tap::Rotr(25)]];
    /// σ0 and σ1 (`sha256sig` with `c = 0, 1`).
    pub const SIG: [[Tap; 3]; 2] =
        [[Tap::Rotr(7), Tap::Rotr(18), Tap::Shr(3)], [Tap::Rotr(17), Tap::Rotr(19), Tap::Shr(10)]];

    impl Tap {
        /// The bit of `x` that lands in bit `i` of the tapped word, if any (a shift
        /// fills the top bits with zeros).
        pub fn source_bit(self, i: u32) -> Option<u32> {
            match self {
                Tap::Rotr(r) => Some((i + r) % 32),
                Tap::Shr(r) => (i + r < 32).then_some(i + r),
            }
        }

        fn apply(self, x: u32) -> u32 {
            match self {
                Tap::Rotr(r) => x.rotate_right(r),
                Tap::Shr(r) => x >> r,
            }
        }
    }

    /// The xor of the three taps of `x`.
    pub fn mix(x: u32, taps: [Tap; 3]) -> u32 {
        taps.iter().fold(0, |acc, t| acc ^ t.apply(x))
    }
}

/// The address `base + offset` of a load or store, checked: it must be mapped, below
/// 2^32 and aligned to the access width (so that the access stays in one cell).
pub fn effective_address(base: u64, offset: u64, width: u32) -> Result<u32, TrapKind> {
    let addr = base.wrapping_add(offset);
    let addr32 = u32::try_from(addr).map_err(|_| TrapKind::BadAddress(addr))?;
    if !crate::layout::is_mapped(addr32) {
        return Err(TrapKind::BadAddress(addr));
    }
    if !addr32.is_multiple_of(width) {
        return Err(TrapKind::Misaligned(addr));
    }
    Ok(addr32)
}

/// The cell (8-aligned address) holding byte address `addr`.
pub fn cell_of(addr: u32) -> u32 {
    addr & !(crate::layout::CELL_BYTES - 1)
}

fn width_mask(width: u32) -> u64 {
    if width == 8 { u64::MAX } else { (1u64 << (8 * width)) - 1 }
}

/// The zero-extended value a load of `width` bytes at `addr` reads from `cell`.
pub fn load_from_cell(cell: u64, addr: u32, width: u32) -> u64 {
    (cell >> (8 * (addr % 8))) & width_mask(width)
}

/// `cell` after a store of the low `width` bytes of `value` at `addr`.
pub fn store_into_cell(cell: u64, addr: u32, width: u32, value: u64) -> u64 {
    let shift = 8 * (addr % 8);
    let mask = width_mask(width) << shift;
    (cell & !mask) | ((value << shift) & mask)
}

/// The link word a call writes to the callee's slot 0: return pc in the low half,
/// caller's frame pointer in the high half.
pub fn link_word(return_pc: u32, caller_fp: u32) -> u64 {
    return_pc as u64 | (caller_fp as u64) << 32
}

/// Splits a link word into (return pc, caller fp).
pub fn split_link_word(word: u64) -> (u32, u32) {
    (word as u32, (word >> 32) as u32)
}

/// The value `read` produces at the end of the input.
pub const END_OF_INPUT: u64 = u64::MAX;

/// The `write` descriptor of cycle-span markers for the profiler: not console output
/// (the executor writes nothing for it), and like all `write`s not part of the proven
/// statement. The marker is the written slot's full value: 0 ends the innermost open
/// span; otherwise its low 32 bits are the address of the span's name and its high 32
/// bits the name's length, or 0 for a NUL-terminated name.
pub const SPAN_FD: u64 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alu_matches_rust_semantics_on_edges() {
        let m = u64::MAX;
        assert_eq!(alu(Opcode::Add, m, 1), Ok(0));
        assert_eq!(alu(Opcode::Sub, 0, 1), Ok(m));
        assert_eq!(alu(Opcode::Mul, 1 << 63, 2), Ok(0));
        assert_eq!(alu(Opcode::MulHu, m, m), Ok(m - 1));
        assert_eq!(alu(Opcode::DivU, 7, 0), Err(TrapKind::DivisionByZero));
        assert_eq!(alu(Opcode::DivS, i64::MIN as u64, m), Ok(i64::MIN as u64));
        assert_eq!(alu(Opcode::RemS, i64::MIN as u64, m), Ok(0));
        assert_eq!(alu(Opcode::RemS, (-7i64) as u64, 2), Ok((-1i64) as u64));
        assert_eq!(alu(Opcode::Shl, 1, 64), Ok(1));
        assert_eq!(alu(Opcode::Sra, 1 << 63, 63), Ok(m));
        assert_eq!(alu(Opcode::Shr, 1 << 63, 63), Ok(1));
        assert_eq!(alu(Opcode::LtS, m, 0), Ok(1));
        assert_eq!(alu(Opcode::LtU, m, 0), Ok(0));
        assert_eq!(alu(Opcode::Eq, 5, 5), Ok(1));
        assert_eq!(alu(Opcode::Rotl, 0x8000_0000_0000_0001, 1), Ok(3));
        assert_eq!(alu(Opcode::Rotl, 0x8000_0000_0000_0001, 64 + 63), Ok(0xc000_0000_0000_0000));
        assert_eq!(alu(Opcode::Rotl, 0x1234, 0), Ok(0x1234));
        assert_eq!(alu(Opcode::AndN, 0b1100, 0b1010), Ok(0b0100));
        assert_eq!(alu(Opcode::AndN, m, 0), Ok(m));
    }

    #[test]
    fn alu_traps_exactly_where_the_opcode_says() {
        let edges = [0, 1, 2, 63, 64, 1 << 32, i64::MAX as u64, i64::MIN as u64, u64::MAX];
        for &op in Opcode::ALL.iter().filter(|op| op.form() == crate::Form::Alu) {
            let traps = edges.iter().any(|&b| edges.iter().any(|&c| alu(op, b, c).is_err()));
            assert_eq!(traps, op.alu_may_trap(), "{}", op.mnemonic());
        }
    }

    #[test]
    fn sha256_mixing_functions() {
        let x = 0x6a09_e667u32;
        let rotr = |r| x.rotate_right(r);
        let sum0 = rotr(2) ^ rotr(13) ^ rotr(22);
        let sum1 = rotr(6) ^ rotr(11) ^ rotr(25);
        let sig0 = rotr(7) ^ rotr(18) ^ (x >> 3);
        let sig1 = rotr(17) ^ rotr(19) ^ (x >> 10);
        let hi = 0xdead_beef_0000_0000 | x as u64;
        assert_eq!(alu(Opcode::Sha256Sum, hi, 0), Ok(sum0 as u64));
        assert_eq!(alu(Opcode::Sha256Sum, hi, 1), Ok(sum1 as u64));
        assert_eq!(alu(Opcode::Sha256Sig, hi, 0), Ok(sig0 as u64));
        assert_eq!(alu(Opcode::Sha256Sig, hi, 1), Ok(sig1 as u64));
        assert_eq!(alu(Opcode::Sha256Sum, x as u64, 2), Err(TrapKind::BadOperand(2)));
        assert_eq!(alu(Opcode::Sha256Sig, x as u64, 1 << 32), Err(TrapKind::BadOperand(1 << 32)));
        // Bit by bit, as the AIR states it.
        for taps in sha256::SUM.iter().chain(&sha256::SIG) {
            let want = sha256::mix(x, *taps);
            for i in 0..32 {
                let bit = taps.iter().filter_map(|t| t.source_bit(i)).fold(0, |acc, j| acc ^ (x >> j) & 1);
                assert_eq!(bit, (want >> i) & 1);
            }
        }
    }

    #[test]
    fn sub_word_access() {
        let cell = 0x8877_6655_4433_2211;
        assert_eq!(load_from_cell(cell, 0x1003, 1), 0x44);
        assert_eq!(load_from_cell(cell, 0x1004, 4), 0x8877_6655);
        assert_eq!(store_into_cell(cell, 0x1002, 2, 0xaabb_ccdd), 0x8877_6655_ccdd_2211);
        assert_eq!(store_into_cell(cell, 0x1000, 8, 5), 5);
    }

    #[test]
    fn addresses_are_checked() {
        assert_eq!(effective_address(0, 0, 1), Err(TrapKind::BadAddress(0)));
        assert_eq!(effective_address(0x10001, 0, 2), Err(TrapKind::Misaligned(0x10001)));
        assert_eq!(effective_address(0x10000, u64::MAX, 1), Ok(0xffff));
        assert_eq!(effective_address(1 << 32, 0x10000, 1), Err(TrapKind::BadAddress((1 << 32) + 0x10000)));
    }
}
