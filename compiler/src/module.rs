//! The module's symbol table after linking and canonicalisation: every function gets a
//! [`FuncId`], every global variable an address in the data image.

use std::cell::RefCell;
use std::collections::HashMap;

use inkwell::llvm_sys::prelude::LLVMModuleRef;
use isa_spec::layout::{DATA_BASE, HEAP_END};

use crate::consts;
use crate::error::{Error, Result};
use crate::ir::{self, Layout, Val};
use crate::lower::mir::FuncId;

/// A function of the module.
pub struct FuncEntry {
    pub name: String,
    pub val: Val,
    /// Whether the module defines it (declarations are builtins, intrinsics or
    /// undefined symbols).
    pub defined: bool,
}

/// A global variable placed in the data image.
pub struct GlobalEntry {
    pub name: String,
    pub val: Val,
    pub addr: u32,
    pub size: u32,
    /// Placed in bss (all zero).
    pub zero: bool,
}

/// The module as the lowering sees it.
pub struct Ctx {
    pub module: LLVMModuleRef,
    pub layout: Layout,
    pub funcs: Vec<FuncEntry>,
    func_ids: HashMap<Val, FuncId>,
    func_names: HashMap<String, FuncId>,
    pub globals: Vec<GlobalEntry>,
    global_addrs: HashMap<Val, u32>,
    /// Addresses of linker-defined symbols (`__heap_start`, `__heap_end`).
    special: HashMap<Val, u32>,
    /// Bytes of initialised data, then of bss.
    pub data_len: u32,
    pub bss_len: u32,
    pub warnings: RefCell<Vec<String>>,
}

impl Ctx {
    /// Builds the symbol table and lays out the data image.
    pub fn new(module: LLVMModuleRef) -> Result<Ctx> {
        let layout = ir::module_layout(module);
        let mut ctx = Ctx {
            module,
            layout,
            funcs: Vec::new(),
            func_ids: HashMap::new(),
            func_names: HashMap::new(),
            globals: Vec::new(),
            global_addrs: HashMap::new(),
            special: HashMap::new(),
            data_len: 0,
            bss_len: 0,
            warnings: RefCell::new(Vec::new()),
        };
        for f in ir::functions(module) {
            let id = ctx.funcs.len() as FuncId;
            let name = f.name();
            ctx.funcs.push(FuncEntry { name: name.clone(), val: f, defined: !f.is_declaration() });
            ctx.func_ids.insert(f, id);
            ctx.func_names.insert(name, id);
        }
        ctx.layout_globals()?;
        Ok(ctx)
    }

    fn layout_globals(&mut self) -> Result<()> {
        // Initialised globals first, then the all-zero ones (bss).
        let mut data = Vec::new();
        let mut bss = Vec::new();
        let mut declared = Vec::new();
        for g in ir::globals(self.module) {
            if g.name().starts_with("llvm.") {
                // llvm.used, llvm.global_ctors, ...: directives, not program data.
                continue;
            }
            match g.initializer() {
                Some(init) if !g.is_declaration() => {
                    if consts::is_zero(init) {
                        bss.push(g)
                    } else {
                        data.push(g)
                    }
                }
                _ => declared.push(g),
            }
        }
        let mut offset: u64 = 0;
        let data_count = data.len();
        for (i, g) in data.into_iter().chain(bss).enumerate() {
            let ty = g.global_value_type();
            if !ty.is_sized() {
                return Err(Error::Unsupported {
                    what: "unsized global".into(),
                    function: "-".into(),
                    block: "-".into(),
                    inst: g.print(),
                });
            }
            let size = self.layout.alloc_size(ty).max(1);
            let align = (g.alignment() as u64).max(self.layout.abi_align(ty)).max(1);
            offset = offset.next_multiple_of(align);
            if i == data_count {
                self.data_len = offset as u32;
            }
            let addr = DATA_BASE as u64 + offset;
            if addr + size > HEAP_END as u64 {
                return Err(Error::Limit(format!("global data exceeds the data region at `{}`", g.name())));
            }
            self.globals.push(GlobalEntry {
                name: g.name(),
                val: g,
                addr: addr as u32,
                size: size as u32,
                zero: i >= data_count,
            });
            self.global_addrs.insert(g, addr as u32);
            offset += size;
        }
        if data_count == self.globals.len() {
            self.data_len = offset as u32;
        }
        self.bss_len = (offset - self.data_len as u64) as u32;
        let heap_start = (DATA_BASE as u64 + offset).next_multiple_of(8) as u32;
        for g in declared {
            match g.name().as_str() {
                "__heap_start" => {
                    self.special.insert(g, heap_start);
                }
                "__heap_end" => {
                    self.special.insert(g, HEAP_END);
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub fn func_id(&self, f: Val) -> Option<FuncId> {
        self.func_ids.get(&f).copied()
    }

    pub fn func_named(&self, name: &str) -> Option<FuncId> {
        self.func_names.get(name).copied()
    }

    /// The address of a global variable, or why it has none.
    pub fn global_address(&self, g: Val) -> std::result::Result<u32, String> {
        if let Some(a) = self.global_addrs.get(&g).or_else(|| self.special.get(&g)) {
            return Ok(*a);
        }
        Err(format!("undefined symbol `{}`", g.name()))
    }

    pub fn warn(&self, message: String) {
        let mut w = self.warnings.borrow_mut();
        if !w.contains(&message) {
            w.push(message);
        }
    }
}
