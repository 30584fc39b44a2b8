//! Text assembly: a `logos` lexer, a line-oriented parser (the assembler) and the
//! disassembler, which round-trip: `assemble(disassemble(p)) == p` for programs that list
//! data symbols first and function symbols in code order (as zkcc writes them).
//!
//! ```text
//! .entry @0                 ; or a label
//! .data "68656c6c6f"        ; initialised data at DATA_BASE, appended in order
//! .bss 64
//! .object "msg" 65536 65541 ; data symbol: name, start, end
//! .func "main"              ; function symbol (and label) from the next instruction on
//! loop:                     ; label usable as a code address
//!     add   s1, s2, s3      ; slots are s<N>; an integer in place of s3 is an immediate
//!     ld32  s1, [s2 + 8]
//!     st8   [s2 - 1], s3
//!     bnz   s1, loop
//!     call  @7, 12          ; target, callee frame offset in slots
//!     calli s4, 12
//!     write 1, s1           ; fd, slot
//! .endfunc
//! ```

mod disasm;
mod lexer;
mod parser;

pub use disasm::disassemble;
pub use parser::{AsmError, assemble};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instruction::Instruction;
    use crate::opcode::{Form, Opcode};
    use crate::zkbin::{Program, Symbol, SymbolKind};

    /// One instruction of every opcode, with non-trivial fields.
    fn every_opcode() -> Program {
        let mut code = Vec::new();
        for &op in Opcode::ALL {
            let mut inst = Instruction::new(op);
            let form = op.form();
            if form.writes_a() || form.a_is_frame() {
                inst.a = 3;
            }
            if form.reads_b() {
                inst.b = 4;
            }
            if form.has_c() {
                inst.c = 5;
            }
            if form.uses_imm() && form != Form::Alu {
                inst.imm = match form {
                    Form::Jump | Form::BranchNonZero | Form::Call => 1,
                    Form::Write => 2,
                    Form::Load | Form::Store => (-16i64) as u64,
                    _ => 0xdead_beef,
                };
            }
            code.push(inst);
            if form == Form::Alu {
                code.push(Instruction::alu_imm(op, 6, 7, (-3i64) as u64));
            }
        }
        let len = code.len() as u32;
        Program {
            entry: 1,
            code,
            data: b"hello\0\x01\xff".to_vec(),
            bss_len: 24,
            symbols: vec![
                Symbol { kind: SymbolKind::Object, name: "msg".into(), start: 0x10000, end: 0x10006 },
                Symbol { kind: SymbolKind::Function, name: "_start".into(), start: 0, end: 2 },
                Symbol { kind: SymbolKind::Function, name: "odd name\"".into(), start: 2, end: len - 1 },
            ],
        }
    }

    #[test]
    fn disassembly_round_trips() {
        let p = every_opcode();
        let text = disassemble(&p);
        let q = assemble(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(p, q, "{text}");
    }

    #[test]
    fn empty_functions_round_trip() {
        // Regression (fuzz target `asm`): empty functions before code outside any
        // function, before another function, and after the last instruction.
        let text = ".func \"a\"\nhalt s0\n.func \"empty\"\n.endfunc\nhalt s1\n\
                    .func \"b\"\n.func \"c\"\nhalt s2\n.func \"end\"\n";
        let p = assemble(text).unwrap();
        let spans: Vec<_> = p.symbols.iter().map(|s| (s.name.as_str(), s.start, s.end)).collect();
        assert_eq!(spans, [("a", 0, 1), ("empty", 1, 1), ("b", 2, 2), ("c", 2, 3), ("end", 3, 3)]);
        let listing = disassemble(&p);
        assert_eq!(assemble(&listing).unwrap_or_else(|e| panic!("{e}\n{listing}")), p, "{listing}");
    }

    #[test]
    fn labels_and_errors() {
        let p = assemble(".func \"main\"\nli s1, 0x10\ntop:\nsub s1, s1, 1\nbnz s1, top\nhalt s1\n").unwrap();
        assert_eq!(p.code[2].imm, 1);
        assert_eq!(p.symbols[0].end, 4);
        let err = assemble("add s1, s2\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(assemble("jmp nowhere\n").unwrap_err().message.contains("nowhere"));
        assert!(assemble("bogus s1\n").is_err());
        assert!(assemble("add s1, s2, s3 s4\n").is_err());
    }
}
