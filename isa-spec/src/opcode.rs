//! The opcode table: the one list of instructions that the executor, the assembler,
//! the disassembler, the compiler and the AIR's decoder all read.

/// How an instruction uses its fields. Every opcode has exactly one form; the form
/// decides which of the `a`, `b`, `c` slots and the immediate are read or written, and
/// so which memory accesses the instruction's trace row carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// `a <- b op c`, where `c` is a slot or (with `c_is_imm`) the immediate.
    Alu,
    /// `a <- imm`.
    LoadImm,
    /// `a <- fp + imm`: the address of frame memory (allocas).
    FpAddr,
    /// `a <- zero-extended mem[b + imm]`.
    Load,
    /// `mem[b + imm] <- low bytes of c`.
    Store,
    /// `pc <- imm`.
    Jump,
    /// `if b != 0 { pc <- imm }`.
    BranchNonZero,
    /// Call `imm` with the callee frame at `fp + 8*a`.
    Call,
    /// Call the code address held in slot `b`, callee frame at `fp + 8*a`.
    CallIndirect,
    /// Return through the link word in slot 0.
    Return,
    /// `a <- next private input byte`, or `u64::MAX` at the end of the input.
    Read,
    /// Console output of the low byte of `b` to file descriptor `imm` (1 or 2).
    Write,
    /// Append the low byte of `b` to the public journal.
    Commit,
    /// `a <- the current cycle number` (cycles executed before this instruction).
    CycleCount,
    /// Stop with exit code `b` (low 32 bits).
    Halt,
    /// Stop with guest trap `imm` (see [`crate::TrapKind`]).
    Trap,
}

impl Form {
    /// Whether the instruction reads slot `b`.
    pub fn reads_b(self) -> bool {
        matches!(
            self,
            Form::Alu
                | Form::Load
                | Form::Store
                | Form::BranchNonZero
                | Form::CallIndirect
                | Form::Write
                | Form::Commit
                | Form::Halt
        )
    }

    /// Whether the `c` field may name a slot (it does unless `c_is_imm` is set).
    pub fn has_c(self) -> bool {
        matches!(self, Form::Alu | Form::Store)
    }

    /// Whether the instruction writes slot `a`.
    pub fn writes_a(self) -> bool {
        matches!(self, Form::Alu | Form::LoadImm | Form::FpAddr | Form::Load | Form::Read | Form::CycleCount)
    }

    /// Whether `a` holds a frame size (in slots) rather than a written slot.
    pub fn a_is_frame(self) -> bool {
        matches!(self, Form::Call | Form::CallIndirect)
    }

    /// Whether the immediate field carries meaning.
    pub fn uses_imm(self) -> bool {
        !matches!(self, Form::CallIndirect | Form::Return | Form::Read | Form::Commit | Form::Halt | Form::CycleCount)
    }

    /// Whether the immediate is a code address (checked against the code length on load).
    pub fn imm_is_target(self) -> bool {
        matches!(self, Form::Jump | Form::BranchNonZero | Form::Call)
    }
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $code:literal, $mnem:literal, $form:ident; )*) => {
        /// A zkvm opcode. The discriminant is its encoding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $code, )*
        }

        impl Opcode {
            /// Every opcode, in encoding order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// Decodes an opcode byte.
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $code => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// The assembly mnemonic.
            pub fn mnemonic(self) -> &'static str {
                match self {
                    $( Opcode::$name => $mnem, )*
                }
            }

            /// Looks an opcode up by its mnemonic.
            pub fn from_mnemonic(text: &str) -> Option<Opcode> {
                match text {
                    $( $mnem => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// The operand form.
            pub fn form(self) -> Form {
                match self {
                    $( Opcode::$name => Form::$form, )*
                }
            }
        }
    };
}

opcodes! {
    /// Wrapping 64-bit addition.
    Add = 0x01, "add", Alu;
    /// Wrapping 64-bit subtraction.
    Sub = 0x02, "sub", Alu;
    /// Low 64 bits of the product.
    Mul = 0x03, "mul", Alu;
    /// High 64 bits of the unsigned 128-bit product.
    MulHu = 0x04, "mulhu", Alu;
    /// Unsigned division; traps on a zero divisor.
    DivU = 0x05, "divu", Alu;
    /// Unsigned remainder; traps on a zero divisor.
    RemU = 0x06, "remu", Alu;
    /// Signed division rounding toward zero; traps on zero, wraps on `MIN / -1`.
    DivS = 0x07, "divs", Alu;
    /// Signed remainder (sign of the dividend); traps on zero, `MIN % -1 == 0`.
    RemS = 0x08, "rems", Alu;
    /// Bitwise and.
    And = 0x09, "and", Alu;
    /// Bitwise or.
    Or = 0x0a, "or", Alu;
    /// Bitwise exclusive or.
    Xor = 0x0b, "xor", Alu;
    /// Shift left by `c mod 64`.
    Shl = 0x0c, "shl", Alu;
    /// Logical shift right by `c mod 64`.
    Shr = 0x0d, "shr", Alu;
    /// Arithmetic shift right by `c mod 64`.
    Sra = 0x0e, "sra", Alu;
    /// `1` if `b == c`, else `0`.
    Eq = 0x0f, "eq", Alu;
    /// `1` if `b < c` as unsigned 64-bit values, else `0`.
    LtU = 0x10, "ltu", Alu;
    /// `1` if `b < c` as signed 64-bit values, else `0`.
    LtS = 0x11, "lts", Alu;
    /// SHA-256's Σ0 (`c == 0`) or Σ1 (`c == 1`) of the low 32 bits of `b`; other `c` trap.
    Sha256Sum = 0x12, "sha256sum", Alu;
    /// SHA-256's σ0 (`c == 0`) or σ1 (`c == 1`) of the low 32 bits of `b`; other `c` trap.
    Sha256Sig = 0x13, "sha256sig", Alu;
    /// Rotate left by `c mod 64`.
    Rotl = 0x14, "rotl", Alu;
    /// `b & !c` (and-not, as RISC-V's Zbb `andn`).
    AndN = 0x15, "andn", Alu;
    /// Load an immediate.
    LoadImm = 0x20, "li", LoadImm;
    /// Address of frame memory: `fp + imm`.
    FpAddr = 0x21, "fpaddr", FpAddr;
    /// Load 1 byte, zero-extended.
    Load8 = 0x30, "ld8", Load;
    /// Load 2 bytes (2-aligned), zero-extended.
    Load16 = 0x31, "ld16", Load;
    /// Load 4 bytes (4-aligned), zero-extended.
    Load32 = 0x32, "ld32", Load;
    /// Load 8 bytes (8-aligned).
    Load64 = 0x33, "ld64", Load;
    /// Store the low byte.
    Store8 = 0x38, "st8", Store;
    /// Store the low 2 bytes (2-aligned).
    Store16 = 0x39, "st16", Store;
    /// Store the low 4 bytes (4-aligned).
    Store32 = 0x3a, "st32", Store;
    /// Store 8 bytes (8-aligned).
    Store64 = 0x3b, "st64", Store;
    /// Unconditional jump.
    Jump = 0x40, "jmp", Jump;
    /// Branch if slot `b` is non-zero.
    BranchNonZero = 0x41, "bnz", BranchNonZero;
    /// Direct call.
    Call = 0x42, "call", Call;
    /// Indirect call through a slot.
    CallIndirect = 0x43, "calli", CallIndirect;
    /// Return to the caller.
    Return = 0x44, "ret", Return;
    /// Read one private input byte.
    Read = 0x50, "read", Read;
    /// Console output of one byte.
    Write = 0x51, "write", Write;
    /// Append one byte to the journal.
    Commit = 0x52, "commit", Commit;
    /// Stop the machine.
    Halt = 0x53, "halt", Halt;
    /// Guest trap.
    Trap = 0x54, "trap", Trap;
    /// Read the cycle counter.
    CycleCount = 0x55, "cycles", CycleCount;
}

impl Opcode {
    /// Whether an ALU operation traps on some operands (division by zero, an invalid
    /// variant): a compiler must not drop one whose result is unused.
    pub fn alu_may_trap(self) -> bool {
        matches!(
            self,
            Opcode::DivU | Opcode::RemU | Opcode::DivS | Opcode::RemS | Opcode::Sha256Sum | Opcode::Sha256Sig
        )
    }

    /// Access width in bytes of a load or store.
    pub fn access_width(self) -> Option<u32> {
        match self {
            Opcode::Load8 | Opcode::Store8 => Some(1),
            Opcode::Load16 | Opcode::Store16 => Some(2),
            Opcode::Load32 | Opcode::Store32 => Some(4),
            Opcode::Load64 | Opcode::Store64 => Some(8),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            assert_eq!(Opcode::from_mnemonic(op.mnemonic()), Some(op));
        }
        assert_eq!(Opcode::from_u8(0), None);
        assert_eq!(Opcode::from_mnemonic("nop"), None);
    }
}
