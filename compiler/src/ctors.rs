//! Static constructors and destructors: `llvm.global_ctors`/`llvm.global_dtors` become
//! two synthesised functions, `__zkcc_run_ctors` (constructors, ascending priority) and
//! `__zkcc_run_dtors` (destructors, descending priority, later entries of one priority
//! first, as ELF's `.fini_array` runs them). The runtime's `_start` calls the first
//! before `main`, and `exit` the second; without the runtime the synthetic entry does.

use inkwell::llvm_sys::LLVMLinkage;
use inkwell::llvm_sys::core::*;
use inkwell::llvm_sys::prelude::*;

use crate::error::{Error, Result};
use crate::ir::Val;

pub const RUN_CTORS: &str = "__zkcc_run_ctors";
pub const RUN_DTORS: &str = "__zkcc_run_dtors";

/// The `(priority, function)` entries of `llvm.global_ctors`/`dtors`, in array order.
fn entries(module: LLVMModuleRef, name: &str) -> Result<Vec<(u64, Val)>> {
    let cname = std::ffi::CString::new(name).expect("no NUL");
    let g = unsafe { LLVMGetNamedGlobal(module, cname.as_ptr()) };
    if g.is_null() {
        return Ok(Vec::new());
    }
    let Some(init) = Val(g).initializer() else { return Ok(Vec::new()) };
    if init.is_agg_zero() || init.is_undef() {
        return Ok(Vec::new());
    }
    let n = init.ty().array_len();
    let mut out = Vec::new();
    for i in 0..n as u32 {
        let e = init.aggregate_element(i);
        if e.is_null() || e.num_operands() < 2 {
            return Err(Error::Malformed(format!("unreadable `{name}` entry")));
        }
        let prio = e.operand(0);
        let f = e.operand(1);
        if f.is_null_ptr() {
            continue;
        }
        if !prio.is_const_int() {
            return Err(Error::Malformed(format!("`{name}`: non-constant priority")));
        }
        out.push((prio.const_zext(), f));
    }
    Ok(out)
}

/// Defines `__zkcc_run_ctors` and `__zkcc_run_dtors` (empty when the module has none)
/// and removes the two arrays; returns whether there is any constructor or destructor.
/// A definition already present is an error.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn synthesise(module: LLVMModuleRef) -> Result<bool> {
    let mut ctors = entries(module, "llvm.global_ctors")?;
    ctors.sort_by_key(|&(p, _)| p);
    let mut dtors = entries(module, "llvm.global_dtors")?;
    dtors.sort_by_key(|&(p, _)| std::cmp::Reverse(p));
    // Within one priority, the later entry runs first.
    let mut ordered: Vec<(u64, Val)> = Vec::new();
    for chunk in dtors.chunk_by(|a, b| a.0 == b.0) {
        ordered.extend(chunk.iter().rev());
    }
    let any = !ctors.is_empty() || !ordered.is_empty();
    for (name, list) in [(RUN_CTORS, ctors), (RUN_DTORS, ordered)] {
        define(module, name, &list)?;
    }
    for name in ["llvm.global_ctors", "llvm.global_dtors"] {
        let cname = std::ffi::CString::new(name).expect("no NUL");
        let g = unsafe { LLVMGetNamedGlobal(module, cname.as_ptr()) };
        if !g.is_null() {
            unsafe { LLVMDeleteGlobal(g) };
        }
    }
    Ok(any)
}

fn define(module: LLVMModuleRef, name: &str, list: &[(u64, Val)]) -> Result<()> {
    let cname = std::ffi::CString::new(name).expect("no NUL");
    unsafe {
        let ctx = LLVMGetModuleContext(module);
        let void = LLVMVoidTypeInContext(ctx);
        let fty = LLVMFunctionType(void, std::ptr::null_mut(), 0, 0);
        let mut f = LLVMGetNamedFunction(module, cname.as_ptr());
        if f.is_null() {
            f = LLVMAddFunction(module, cname.as_ptr(), fty);
        } else if LLVMIsDeclaration(f) == 0 {
            return Err(Error::Link(format!("`{name}` is reserved for zkcc's static constructors")));
        }
        LLVMSetLinkage(f, LLVMLinkage::LLVMExternalLinkage);
        let bb = LLVMAppendBasicBlockInContext(ctx, f, c"entry".as_ptr());
        let b = LLVMCreateBuilderInContext(ctx);
        LLVMPositionBuilderAtEnd(b, bb);
        for &(_, callee) in list {
            LLVMBuildCall2(b, fty, callee.0, std::ptr::null_mut(), 0, c"".as_ptr());
        }
        LLVMBuildRetVoid(b);
        LLVMDisposeBuilder(b);
    }
    Ok(())
}
