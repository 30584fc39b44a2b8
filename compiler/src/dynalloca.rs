//! Dynamically sized `alloca` (C VLAs). A call places its callee at a static offset
//! above the caller's fixed frame (`call target, a` with an immediate `a`), so memory of
//! run-time size cannot be carved out of the frame: every callee would overwrite it.
//! Instead such allocas live on a separate LIFO stack (`compiler/rt/dynstack.c`): in
//! each function with a dynamically sized alloca, the alloca becomes
//! `__zkcc_dyn_alloc(size, align)`, `llvm.stacksave`/`llvm.stackrestore` become
//! `__zkcc_dyn_save`/`__zkcc_dyn_restore`, and the function saves the stack top on entry
//! and restores it before every `ret`. Functions without one keep their fixed frames (and
//! their `stacksave`/`stackrestore` stay no-ops).

use inkwell::llvm_sys::core::*;
use inkwell::llvm_sys::prelude::*;
use inkwell::llvm_sys::target::{LLVMABISizeOfType, LLVMGetModuleDataLayout};

use crate::error::{Error, Result};
use crate::ir::{Op, Val};

const ALLOC: &str = "__zkcc_dyn_alloc";
const SAVE: &str = "__zkcc_dyn_save";
const RESTORE: &str = "__zkcc_dyn_restore";

fn named(module: LLVMModuleRef, name: &str) -> Result<LLVMValueRef> {
    let c = std::ffi::CString::new(name).expect("no NUL");
    let f = unsafe { LLVMGetNamedFunction(module, c.as_ptr()) };
    if f.is_null() {
        return Err(Error::Link(format!("dynamically sized alloca needs `{name}` (zkcc's support routines)")));
    }
    Ok(f)
}

fn call_name(i: Val) -> Option<String> {
    if !crate::ir::is_opcode(i, Op::LLVMCall) {
        return None;
    }
    let callee = i.called_value();
    callee.is_function().then(|| callee.name())
}

/// Rewrites the dynamically sized allocas of every function.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn run(module: LLVMModuleRef) -> Result<()> {
    for f in crate::ir::functions(module) {
        if f.is_declaration() {
            continue;
        }
        let insts: Vec<Val> = f.blocks().into_iter().flat_map(|b| b.instructions()).collect();
        let dynamic: Vec<Val> = insts
            .iter()
            .copied()
            .filter(|&i| crate::ir::is_opcode(i, Op::LLVMAlloca) && !i.operand(0).is_constant())
            .collect();
        if dynamic.is_empty() {
            continue;
        }
        rewrite(module, f, &insts, &dynamic)?;
    }
    Ok(())
}

fn rewrite(module: LLVMModuleRef, f: Val, insts: &[Val], dynamic: &[Val]) -> Result<()> {
    let (alloc, save, restore) = (named(module, ALLOC)?, named(module, SAVE)?, named(module, RESTORE)?);
    unsafe {
        let ctx = LLVMGetModuleContext(module);
        let i64t = LLVMInt64TypeInContext(ctx);
        let ptrt = LLVMPointerTypeInContext(ctx, 0);
        let void = LLVMVoidTypeInContext(ctx);
        let mut alloc_args = [i64t, i64t];
        let alloc_ty = LLVMFunctionType(ptrt, alloc_args.as_mut_ptr(), 2, 0);
        let save_ty = LLVMFunctionType(ptrt, std::ptr::null_mut(), 0, 0);
        let mut restore_args = [ptrt];
        let restore_ty = LLVMFunctionType(void, restore_args.as_mut_ptr(), 1, 0);
        let dl = LLVMGetModuleDataLayout(module);
        let b = LLVMCreateBuilderInContext(ctx);

        // Entry: remember the top of the dynamic stack.
        let entry = LLVMGetEntryBasicBlock(f.0);
        let first = LLVMGetFirstInstruction(entry);
        LLVMPositionBuilderBefore(b, first);
        let saved = LLVMBuildCall2(b, save_ty, save, std::ptr::null_mut(), 0, c"zkcc.dyn.saved".as_ptr());

        for &a in dynamic {
            LLVMPositionBuilderBefore(b, a.0);
            let elem = a.allocated_type();
            let elem_size = LLVMABISizeOfType(dl, elem.0);
            let count = LLVMBuildIntCast2(b, a.operand(0).0, i64t, 0, c"".as_ptr());
            let size = LLVMBuildMul(b, count, LLVMConstInt(i64t, elem_size, 0), c"".as_ptr());
            let align = LLVMConstInt(i64t, (a.alignment() as u64).max(1), 0);
            let mut args = [size, align];
            let p = LLVMBuildCall2(b, alloc_ty, alloc, args.as_mut_ptr(), 2, c"".as_ptr());
            LLVMReplaceAllUsesWith(a.0, p);
            LLVMInstructionEraseFromParent(a.0);
        }
        for &i in insts {
            if dynamic.contains(&i) {
                continue;
            }
            let name = call_name(i);
            let name = name.as_deref().unwrap_or("");
            if name.starts_with("llvm.stacksave") {
                LLVMPositionBuilderBefore(b, i.0);
                let p = LLVMBuildCall2(b, save_ty, save, std::ptr::null_mut(), 0, c"".as_ptr());
                LLVMReplaceAllUsesWith(i.0, p);
                LLVMInstructionEraseFromParent(i.0);
            } else if name.starts_with("llvm.stackrestore") {
                LLVMPositionBuilderBefore(b, i.0);
                let mut args = [i.operand(0).0];
                LLVMBuildCall2(b, restore_ty, restore, args.as_mut_ptr(), 1, c"".as_ptr());
                LLVMInstructionEraseFromParent(i.0);
            } else if crate::ir::is_opcode(i, Op::LLVMRet) {
                LLVMPositionBuilderBefore(b, i.0);
                let mut args = [saved];
                LLVMBuildCall2(b, restore_ty, restore, args.as_mut_ptr(), 1, c"".as_ptr());
            }
        }
        LLVMDisposeBuilder(b);
    }
    Ok(())
}
