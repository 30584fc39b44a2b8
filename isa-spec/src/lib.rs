//! The zkvm instruction set architecture, as code: the opcode table, the instruction
//! encoding, the semantics of every data operation, the memory layout, the assembler and
//! disassembler, and the `.zkbin` program format. `ISA.md` beside this crate describes
//! the machine and its AIR in prose.

pub mod asm;
pub mod instruction;
pub mod layout;
pub mod opcode;
pub mod semantics;
pub mod trap;
pub mod zkbin;

pub use instruction::{INSTRUCTION_BYTES, Instruction};
pub use opcode::{Form, Opcode};
pub use trap::TrapKind;
pub use zkbin::{Program, ProgramId, Symbol, SymbolKind};
