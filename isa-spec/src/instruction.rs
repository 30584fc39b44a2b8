//! Instructions and their fixed-width binary encoding.

use crate::opcode::{Form, Opcode};

/// Size of one encoded instruction in bytes.
pub const INSTRUCTION_BYTES: usize = 24;

/// Largest slot index an instruction may name (the frame of one function is at most
/// 2^20 slots = 8 MiB).
pub const MAX_SLOT: u32 = (1 << 20) - 1;

/// One instruction. The layout mirrors the AIR's decoded-instruction columns: every
/// instruction has all fields, and fields its form does not use must be zero so that
/// each program has exactly one encoding (and one program ID).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Instruction {
    pub opcode: Opcode,
    /// Written slot, or the callee frame offset (in slots) for calls.
    pub a: u32,
    /// First read slot.
    pub b: u32,
    /// Second read slot (unused when `c_is_imm`).
    pub c: u32,
    /// Whether the `c` operand is the immediate.
    pub c_is_imm: bool,
    /// Immediate: operand, address offset, jump target, fd or trap kind.
    pub imm: u64,
}

/// Why an encoded instruction was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("unknown opcode 0x{0:02x}")]
    UnknownOpcode(u8),
    #[error("invalid mode byte 0x{0:02x}")]
    BadMode(u8),
    #[error("non-zero padding")]
    Padding,
    #[error("`{0}` does not use field {1}, which must be zero")]
    UnusedField(&'static str, &'static str),
    #[error("slot index {0} exceeds the maximum {MAX_SLOT}")]
    SlotRange(u32),
    #[error("`{0}` cannot take an immediate operand")]
    ImmediateNotAllowed(&'static str),
}

impl Instruction {
    /// An instruction of `opcode` with all fields zero.
    pub fn new(opcode: Opcode) -> Self {
        Instruction { opcode, a: 0, b: 0, c: 0, c_is_imm: false, imm: 0 }
    }

    /// `a <- b op c` on slots.
    pub fn alu(opcode: Opcode, a: u32, b: u32, c: u32) -> Self {
        Instruction { a, b, c, ..Self::new(opcode) }
    }

    /// `a <- b op imm`.
    pub fn alu_imm(opcode: Opcode, a: u32, b: u32, imm: u64) -> Self {
        Instruction { a, b, c_is_imm: true, imm, ..Self::new(opcode) }
    }

    /// Encodes to the fixed 24-byte little-endian layout:
    /// `opcode u8, mode u8, 0u16, a u32, b u32, c u32, imm u64`.
    pub fn encode(&self) -> [u8; INSTRUCTION_BYTES] {
        let mut out = [0u8; INSTRUCTION_BYTES];
        out[0] = self.opcode as u8;
        out[1] = self.c_is_imm as u8;
        out[4..8].copy_from_slice(&self.a.to_le_bytes());
        out[8..12].copy_from_slice(&self.b.to_le_bytes());
        out[12..16].copy_from_slice(&self.c.to_le_bytes());
        out[16..24].copy_from_slice(&self.imm.to_le_bytes());
        out
    }

    /// Decodes and validates one instruction (code-address bounds are checked by the
    /// program loader, which knows the code length).
    pub fn decode(bytes: &[u8; INSTRUCTION_BYTES]) -> Result<Self, DecodeError> {
        let opcode = Opcode::from_u8(bytes[0]).ok_or(DecodeError::UnknownOpcode(bytes[0]))?;
        let c_is_imm = match bytes[1] {
            0 => false,
            1 => true,
            m => return Err(DecodeError::BadMode(m)),
        };
        if bytes[2] != 0 || bytes[3] != 0 {
            return Err(DecodeError::Padding);
        }
        let word = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap());
        let inst = Instruction {
            opcode,
            a: word(4),
            b: word(8),
            c: word(12),
            c_is_imm,
            imm: u64::from_le_bytes(bytes[16..24].try_into().unwrap()),
        };
        inst.validate()?;
        Ok(inst)
    }

    /// Checks that unused fields are zero and slot indices are in range.
    pub fn validate(&self) -> Result<(), DecodeError> {
        let form = self.opcode.form();
        let name = self.opcode.mnemonic();
        if self.c_is_imm && form != Form::Alu {
            return Err(DecodeError::ImmediateNotAllowed(name));
        }
        let uses_a = form.writes_a() || form.a_is_frame();
        let uses_c = form.has_c() && !self.c_is_imm;
        let uses_imm = form.uses_imm() && (form != Form::Alu || self.c_is_imm);
        for (used, value, field) in [
            (uses_a, self.a as u64, "a"),
            (form.reads_b(), self.b as u64, "b"),
            (uses_c, self.c as u64, "c"),
            (uses_imm, self.imm, "imm"),
        ] {
            if !used && value != 0 {
                return Err(DecodeError::UnusedField(name, field));
            }
        }
        for slot in [self.a, self.b, self.c] {
            if slot > MAX_SLOT {
                return Err(DecodeError::SlotRange(slot));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let cases = [
            Instruction::alu(Opcode::Add, 1, 2, 3),
            Instruction::alu_imm(Opcode::Shl, 4, 5, 63),
            Instruction { a: 7, imm: u64::MAX, ..Instruction::new(Opcode::LoadImm) },
            Instruction { b: 2, c: 3, imm: 16, ..Instruction::new(Opcode::Store32) },
            Instruction::new(Opcode::Return),
        ];
        for inst in cases {
            assert_eq!(Instruction::decode(&inst.encode()), Ok(inst));
        }
    }

    #[test]
    fn rejects_non_canonical_encodings() {
        let mut bytes = Instruction::new(Opcode::Return).encode();
        bytes[4] = 1;
        assert_eq!(Instruction::decode(&bytes), Err(DecodeError::UnusedField("ret", "a")));
        let mut bytes = Instruction::alu(Opcode::Add, 1, 2, 3).encode();
        bytes[0] = 0xff;
        assert_eq!(Instruction::decode(&bytes), Err(DecodeError::UnknownOpcode(0xff)));
        bytes[0] = Opcode::Add as u8;
        bytes[1] = 2;
        assert_eq!(Instruction::decode(&bytes), Err(DecodeError::BadMode(2)));
        let inst = Instruction::alu(Opcode::Add, MAX_SLOT + 1, 0, 0);
        assert_eq!(Instruction::decode(&inst.encode()), Err(DecodeError::SlotRange(MAX_SLOT + 1)));
    }
}
