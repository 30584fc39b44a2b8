//! Linking: the data image (initialisers with their relocations), reachability from
//! the entry point, code placement and relocation, symbols.

use std::collections::{BTreeMap, BTreeSet};

use isa_spec::layout::DATA_BASE;
use isa_spec::{Instruction, Opcode, Program, Symbol, SymbolKind};

use crate::consts::{self, DataReloc};
use crate::emit::{FuncCode, Reloc};
use crate::error::{Error, Result};
use crate::lower::mir::FuncId;
use crate::module::Ctx;

/// The initialised part of the data image and the function addresses inside it.
pub struct DataImage {
    pub bytes: Vec<u8>,
    pub relocs: Vec<DataReloc>,
}

/// Serialises every initialised global.
pub fn data_image(ctx: &Ctx) -> Result<DataImage> {
    let mut bytes = vec![0u8; ctx.data_len as usize];
    let mut relocs = Vec::new();
    for g in ctx.globals.iter().filter(|g| !g.zero) {
        let Some(init) = g.val.initializer() else {
            continue;
        };
        let at = (g.addr - DATA_BASE) as usize;
        consts::write_const(ctx, init, g.val.global_value_type(), &mut bytes, at, &mut relocs).map_err(|e| {
            if e.starts_with("undefined symbol") {
                Error::Link(format!("{e} (referenced from the initialiser of `{}`)", g.name))
            } else {
                Error::Unsupported {
                    what: e,
                    function: "-".into(),
                    block: "-".into(),
                    inst: format!("initialiser of global `{}`", g.name),
                }
            }
        })?;
    }
    Ok(DataImage { bytes, relocs })
}

/// How the program is entered.
pub enum Entry {
    /// A function of the module (`_start`).
    Func(FuncId),
    /// No `_start`: a synthetic one calls `main(0, NULL)` and halts with its result.
    Main(FuncId),
}

/// `__zkcc_run_ctors` and `__zkcc_run_dtors` (always defined, see [`crate::ctors`]).
pub fn ctor_funcs(ctx: &Ctx) -> [FuncId; 2] {
    [crate::ctors::RUN_CTORS, crate::ctors::RUN_DTORS]
        .map(|n| ctx.func_named(n).expect("zkcc defines the static constructor runners"))
}

/// Places the functions, resolves relocations and builds the program.
pub fn program(ctx: &Ctx, entry: Entry, funcs: &BTreeMap<FuncId, FuncCode>, data: DataImage) -> Result<Program> {
    let mut code: Vec<Instruction> = Vec::new();
    let mut symbols = Vec::new();
    // Code address 0 is the null function pointer: it traps.
    code.push(Instruction { imm: 0, ..Instruction::new(Opcode::Trap) });
    symbols.push(Symbol { kind: SymbolKind::Function, name: "__zkcc_null".into(), start: 0, end: 1 });

    let mut start_pc = BTreeMap::new();
    let mut pending: Vec<(usize, FuncId)> = Vec::new();
    let entry_pc = match entry {
        Entry::Func(id) => {
            if !funcs.contains_key(&id) {
                return Err(Error::Link("the entry point `_start` is not defined".into()));
            }
            None
        }
        Entry::Main(main) => {
            // _start: static constructors; main(0, NULL); static destructors; halt with
            // main's result (slot 9, below the destructors' frame at slot 16).
            let pc = code.len() as u32;
            let [ctors, dtors] = ctor_funcs(ctx);
            pending.push((code.len(), ctors));
            code.push(Instruction { a: 8, ..Instruction::new(Opcode::Call) });
            code.push(Instruction { a: 9, imm: 0, ..Instruction::new(Opcode::LoadImm) });
            code.push(Instruction { a: 10, imm: 0, ..Instruction::new(Opcode::LoadImm) });
            pending.push((code.len(), main));
            code.push(Instruction { a: 8, ..Instruction::new(Opcode::Call) });
            pending.push((code.len(), dtors));
            code.push(Instruction { a: 16, ..Instruction::new(Opcode::Call) });
            code.push(Instruction { b: 9, ..Instruction::new(Opcode::Halt) });
            symbols.push(Symbol {
                kind: SymbolKind::Function,
                name: "_start".into(),
                start: pc,
                end: code.len() as u32,
            });
            Some(pc)
        }
    };
    for (&id, fc) in funcs {
        let start = code.len();
        start_pc.insert(id, start as u32);
        for (i, inst) in fc.code.iter().enumerate() {
            let _ = i;
            code.push(*inst);
        }
        for &(at, r) in &fc.relocs {
            match r {
                Reloc::Local(off) => code[start + at].imm = (start as u32 + off) as u64,
                Reloc::Func(f) => pending.push((start + at, f)),
            }
        }
        symbols.push(Symbol {
            kind: SymbolKind::Function,
            name: ctx.funcs[id as usize].name.clone(),
            start: start as u32,
            end: code.len() as u32,
        });
    }
    let pc_of = |f: FuncId| -> Result<u32> {
        start_pc.get(&f).copied().ok_or_else(|| {
            Error::Link(format!("undefined symbol `{}` (its address is taken)", ctx.funcs[f as usize].name))
        })
    };
    for (at, f) in pending {
        code[at].imm = pc_of(f)? as u64;
    }
    let entry = match (entry, entry_pc) {
        (_, Some(pc)) => pc,
        (Entry::Func(id), None) => pc_of(id)?,
        (Entry::Main(_), None) => unreachable!(),
    };

    let mut bytes = data.bytes;
    for r in &data.relocs {
        let value = (pc_of(r.func)? as i64).wrapping_add(r.addend) as u64;
        bytes[r.offset..r.offset + r.size].copy_from_slice(&value.to_le_bytes()[..r.size]);
    }
    for g in &ctx.globals {
        symbols.push(Symbol { kind: SymbolKind::Object, name: g.name.clone(), start: g.addr, end: g.addr + g.size });
    }
    // Data symbols first (the assembler's round-trip convention), functions in code order.
    symbols.sort_by_key(|s| (s.kind == SymbolKind::Function, s.start));
    let program = Program { entry, code, data: bytes, bss_len: ctx.bss_len, symbols };
    program.validate().map_err(|e| Error::Link(format!("internal error: invalid program: {e}")))?;
    Ok(program)
}

/// Functions referenced from the data image.
pub fn data_roots(data: &DataImage) -> BTreeSet<FuncId> {
    data.relocs.iter().map(|r| r.func).collect()
}
