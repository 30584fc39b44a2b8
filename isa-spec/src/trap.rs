//! Guest traps: the ways a program stops abnormally.

use std::fmt;

/// Why a guest stopped abnormally. `trap imm` raises the kinds with a code
/// ([`TrapKind::from_code`]); the others are raised by the machine itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrapKind {
    Unreachable,
    Abort,
    AssertionFailed,
    OutOfMemory,
    /// Code compiled for an x86 extension that the CPU probe reported absent.
    UnsupportedTarget,
    DivisionByZero,
    BadAddress(u64),
    Misaligned(u64),
    StackOverflow,
    BadJump(u64),
    CycleLimit(u64),
    /// An operand outside the values an instruction defines (the variant of `sha256sum`).
    BadOperand(u64),
}

impl TrapKind {
    /// The kind raised by `trap code`.
    pub fn from_code(code: u64) -> Option<TrapKind> {
        Some(match code {
            0 => TrapKind::Unreachable,
            1 => TrapKind::Abort,
            2 => TrapKind::AssertionFailed,
            3 => TrapKind::OutOfMemory,
            4 => TrapKind::UnsupportedTarget,
            _ => return None,
        })
    }

    /// The code `trap` takes for this kind, if it has one.
    pub fn code(self) -> Option<u64> {
        Some(match self {
            TrapKind::Unreachable => 0,
            TrapKind::Abort => 1,
            TrapKind::AssertionFailed => 2,
            TrapKind::OutOfMemory => 3,
            TrapKind::UnsupportedTarget => 4,
            _ => return None,
        })
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapKind::Unreachable => write!(f, "unreachable executed"),
            TrapKind::Abort => write!(f, "abort"),
            TrapKind::AssertionFailed => write!(f, "assertion failed"),
            TrapKind::OutOfMemory => write!(f, "out of memory"),
            TrapKind::UnsupportedTarget => {
                write!(f, "code for an unsupported x86 extension executed")
            }
            TrapKind::DivisionByZero => write!(f, "division by zero"),
            TrapKind::BadAddress(a) => write!(f, "bad memory access at 0x{a:x}"),
            TrapKind::Misaligned(a) => write!(f, "misaligned memory access at 0x{a:x}"),
            TrapKind::StackOverflow => write!(f, "stack overflow"),
            TrapKind::BadJump(t) => write!(f, "jump to invalid code address {t}"),
            TrapKind::CycleLimit(n) => write!(f, "cycle limit of {n} reached"),
            TrapKind::BadOperand(v) => write!(f, "invalid operand {v}"),
        }
    }
}
