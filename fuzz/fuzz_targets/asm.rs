//! The assembler on arbitrary text: never panics, and anything that assembles is a
//! valid program that survives disassembly and reassembly unchanged.

#![no_main]

use isa_spec::Program;
use isa_spec::asm::{assemble, disassemble};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(program) = assemble(text) else { return };
    program.validate().expect("the assembler produced an invalid program");
    let listing = disassemble(&program);
    let again = assemble(&listing).unwrap_or_else(|e| panic!("disassembly does not assemble: {e}\n{listing}"));
    assert_eq!(again.program_id(), program.program_id(), "code or data changed\n{listing}");
    assert_eq!(sorted(&again), sorted(&program), "symbols changed\n{listing}");
    assert_eq!(disassemble(&again), listing);
});

/// Symbols in a canonical order: the disassembler lists data symbols first and
/// functions in code order, whatever order the source gave them in.
fn sorted(p: &Program) -> Vec<(u8, u32, u32, String)> {
    let mut v: Vec<_> = p.symbols.iter().map(|s| (s.kind as u8, s.start, s.end, s.name.clone())).collect();
    v.sort();
    v
}
