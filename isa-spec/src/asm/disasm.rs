//! The disassembler: [`Program`] to text that [`super::assemble`] reads back.

use std::fmt::Write;

use super::lexer::quote;
use crate::instruction::Instruction;
use crate::opcode::Form;
use crate::zkbin::{Program, SymbolKind};

/// Formats one instruction (code addresses as `@pc`).
pub fn format_instruction(inst: &Instruction) -> String {
    let m = inst.opcode.mnemonic();
    let signed = inst.imm as i64;
    let offset = if signed < 0 {
        format!(" - {}", signed.unsigned_abs())
    } else if signed > 0 {
        format!(" + {signed}")
    } else {
        String::new()
    };
    match inst.opcode.form() {
        Form::Alu if inst.c_is_imm => format!("{m:<6} s{}, s{}, {signed}", inst.a, inst.b),
        Form::Alu => format!("{m:<6} s{}, s{}, s{}", inst.a, inst.b, inst.c),
        Form::LoadImm | Form::FpAddr => format!("{m:<6} s{}, {signed}", inst.a),
        Form::Load => format!("{m:<6} s{}, [s{}{offset}]", inst.a, inst.b),
        Form::Store => format!("{m:<6} [s{}{offset}], s{}", inst.b, inst.c),
        Form::Jump => format!("{m:<6} @{}", inst.imm),
        Form::BranchNonZero => format!("{m:<6} s{}, @{}", inst.b, inst.imm),
        Form::Call => format!("{m:<6} @{}, {}", inst.imm, inst.a),
        Form::CallIndirect => format!("{m:<6} s{}, {}", inst.b, inst.a),
        Form::Return => m.to_string(),
        Form::Read | Form::CycleCount => format!("{m:<6} s{}", inst.a),
        Form::Write => format!("{m:<6} {}, s{}", inst.imm, inst.b),
        Form::Commit | Form::Halt => format!("{m:<6} s{}", inst.b),
        Form::Trap => format!("{m:<6} {}", inst.imm),
    }
}

/// Disassembles a whole program, with its data, symbols and code addresses.
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "; zkvm program {}", program.program_id());
    let _ = writeln!(out, ".entry @{}", program.entry);
    for chunk in program.data.chunks(32) {
        let hex: String = chunk.iter().map(|b| format!("{b:02x}")).collect();
        let _ = writeln!(out, ".data \"{hex}\"");
    }
    if program.bss_len != 0 {
        let _ = writeln!(out, ".bss {}", program.bss_len);
    }
    for sym in program.symbols.iter().filter(|s| s.kind == SymbolKind::Object) {
        let _ = writeln!(out, ".object {} {} {}", quote(&sym.name), sym.start, sym.end);
    }
    let mut funcs: Vec<_> = program.symbols.iter().filter(|s| s.kind == SymbolKind::Function).collect();
    funcs.sort_by_key(|s| s.start);
    let mut next = funcs.iter().peekable();
    let mut open_end: Option<u32> = None;
    let len = program.code.len() as u32;
    // Up to `len` inclusive: empty functions may sit after the last instruction.
    for pc in 0..=len {
        while let Some(sym) = next.next_if(|s| s.start == pc) {
            if open_end.is_some_and(|end| end != pc) {
                let _ = writeln!(out, ".endfunc");
            }
            let _ = writeln!(out, ".func {}", quote(&sym.name));
            open_end = Some(sym.end);
        }
        let Some(inst) = program.code.get(pc as usize) else { break };
        if open_end == Some(pc) {
            let _ = writeln!(out, ".endfunc");
            open_end = None;
        }
        let _ = writeln!(out, "    {:<32} ; @{pc}", format_instruction(inst));
    }
    if open_end.is_some_and(|end| end != len) {
        let _ = writeln!(out, ".endfunc");
    }
    out
}
