//! Variadic calls. clang lowers `va_arg` itself, to loads from the SysV x86-64
//! `va_list` (`gp_offset`, `fp_offset`, `overflow_arg_area`, `reg_save_area`), so a
//! variadic callee reads its arguments where that ABI puts them. The caller therefore
//! lays its variadic arguments out as the image `va_start` points at, in the callee's
//! reserved slots: the register save area (six general-purpose words, then eight SSE
//! registers of 16 bytes) and the stack's overflow area after it. Arguments are given
//! registers exactly as LLVM's backend would (clang has already coerced aggregates
//! into register-sized pieces, or passed them `byval` when registers run out), so an
//! argument that `va_arg` looks for in a register is there, and one it looks for in
//! memory lies at the alignment it rounds up to.

use inkwell::llvm_sys::LLVMTypeKind;
use isa_spec::Opcode;

use super::mir::{MInst, Opnd};
use super::{FnLower, VA_RESERVE};
use crate::error::{Error, Result, function_label};
use crate::ir::{Ty, Val};

/// General-purpose argument registers (rdi, rsi, rdx, rcx, r8, r9).
const GPRS: u32 = 6;
/// SSE argument registers (xmm0-7), two words each in the register save area.
const SSES: u32 = 8;
/// The overflow area's slot in the image, after the register save area (176 bytes).
const OVERFLOW: u32 = GPRS + 2 * SSES;

/// Where SysV x86-64 passes an argument, by its IR type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgClass {
    /// In this many general-purpose registers, or all in memory.
    Gpr(u32),
    /// In one SSE register, or in memory.
    Sse,
    /// In the overflow area.
    Memory,
}

/// The first slot of the variadic image of a function with `nparam_slots` parameter
/// slots: 64-byte aligned (frames are), so that slot offsets give absolute alignment.
pub fn image_slot(nparam_slots: u32) -> u32 {
    (1 + nparam_slots).next_multiple_of(8)
}

/// Registers taken so far and the next free overflow slot of a variadic call.
#[derive(Debug)]
pub struct VaArgs {
    base: u32,
    gp: u32,
    sse: u32,
    next: u32,
}

impl VaArgs {
    /// The image of a call whose fixed parameters have `fixed` classes (they are passed
    /// in slots of their own, but take the registers they would natively).
    pub fn new(nparam_slots: u32, fixed: impl IntoIterator<Item = ArgClass>) -> VaArgs {
        let base = image_slot(nparam_slots);
        let mut va = VaArgs { base, gp: 0, sse: 0, next: base + OVERFLOW };
        for class in fixed {
            va.take_registers(class);
        }
        va
    }

    /// Takes the registers `class` needs if they are free; false if it goes to memory.
    fn take_registers(&mut self, class: ArgClass) -> bool {
        match class {
            ArgClass::Gpr(n) if self.gp + n <= GPRS => self.gp += n,
            ArgClass::Sse if self.sse < SSES => self.sse += 1,
            _ => return false,
        }
        true
    }

    /// The slot of the first of `words` words of an argument of `class`, aligned to
    /// `align` bytes if it goes to memory.
    pub fn place(&mut self, class: ArgClass, words: u32, align: u64) -> u32 {
        let (gp, sse) = (self.gp, self.sse);
        if self.take_registers(class) {
            return match class {
                ArgClass::Gpr(_) => self.base + gp,
                _ => self.base + GPRS + 2 * sse,
            };
        }
        let slot = self.next.next_multiple_of((align / 8).clamp(1, 8) as u32);
        self.next = slot + words;
        slot
    }

    /// Slots used past the parameters (the callee reserves [`VA_RESERVE`]).
    pub fn used(&self, nparam_slots: u32) -> u32 {
        self.next - (1 + nparam_slots)
    }
}

impl FnLower<'_> {
    /// The SysV class of an argument of type `ty`, as LLVM's x86-64 backend assigns it.
    pub fn arg_class(&self, ty: Ty, byval: bool) -> ArgClass {
        if byval {
            return ArgClass::Memory;
        }
        match ty.kind() {
            LLVMTypeKind::LLVMIntegerTypeKind if ty.int_width() <= 64 => ArgClass::Gpr(1),
            LLVMTypeKind::LLVMIntegerTypeKind if ty.int_width() == 128 => ArgClass::Gpr(2),
            LLVMTypeKind::LLVMPointerTypeKind => ArgClass::Gpr(1),
            LLVMTypeKind::LLVMHalfTypeKind
            | LLVMTypeKind::LLVMBFloatTypeKind
            | LLVMTypeKind::LLVMFloatTypeKind
            | LLVMTypeKind::LLVMDoubleTypeKind
            | LLVMTypeKind::LLVMFP128TypeKind => ArgClass::Sse,
            LLVMTypeKind::LLVMVectorTypeKind if self.ctx.layout.alloc_size(ty) <= 16 => ArgClass::Sse,
            _ => ArgClass::Memory,
        }
    }

    /// Lowers the variadic arguments `first..` of call `inst` into the callee's image:
    /// (slot, word) pairs, with the fixed parameters taking `nparam_slots` slots.
    pub fn variadic_args(&mut self, inst: Val, first: u32, nparam_slots: u32) -> Result<Vec<(u32, Opnd)>> {
        let fixed = (0..first).map(|i| self.arg_class(inst.operand(i).ty(), inst.call_arg_byval_type(i).is_some()));
        let mut va = VaArgs::new(nparam_slots, fixed.collect::<Vec<_>>());
        let mut out = Vec::new();
        for i in first..inst.num_arg_operands() {
            let arg = inst.operand(i);
            let (class, words, align) = if let Some(bt) = inst.call_arg_byval_type(i) {
                // A variadic aggregate passed in memory lies in the overflow area itself.
                let size = self.ctx.layout.alloc_size(bt);
                let align = self.ctx.layout.abi_align(bt).max(self.arg_align(inst, i));
                let (base, off) = self.addr(arg, inst)?;
                let (b, o) = self.access_base(base, off);
                let words = self.load_words(b, o, size, align.min(8));
                (ArgClass::Memory, words.into_iter().map(Opnd::R).collect(), align)
            } else {
                let ty = arg.ty();
                let words = if ty.is_vector() || ty.is_struct() || ty.is_array() {
                    // `va_arg` reads a vector or aggregate (clang passes `struct { float
                    // a, b; }` as `<2 x float>`) as bytes: its memory image.
                    self.memory_words(arg, inst)?.into_iter().map(Opnd::R).collect()
                } else {
                    self.leaf_opnds(arg, inst)?
                };
                (self.arg_class(ty, false), words, self.ctx.layout.abi_align(ty))
            };
            let slot = va.place(class, words.len() as u32, align);
            out.extend(words.into_iter().enumerate().map(|(k, w)| (slot + k as u32, w)));
        }
        if va.used(nparam_slots) > VA_RESERVE {
            return Err(Error::Limit(format!(
                "call with more than {VA_RESERVE} variadic argument slots in function {}",
                function_label(&self.fname)
            )));
        }
        Ok(out)
    }

    /// `va_start`: the registers the fixed parameters took, the overflow area and the
    /// register save area of this function's image.
    pub fn va_start(&mut self, inst: Val) -> Result<()> {
        if !self.variadic {
            return Err(self.unsupported("va_start in a non-variadic function", inst));
        }
        let f = self.f;
        let fixed: Vec<ArgClass> =
            f.params().iter().enumerate().map(|(i, p)| self.arg_class(p.ty(), f.param_byval(i as u32))).collect();
        let va = VaArgs::new(self.nparam_slots, fixed);
        let (b, o) = self.addr(inst.operand(0), inst)?;
        let (b, o) = self.access_base(b, o);
        let gp = self.li(8 * va.gp as u64);
        self.emit(MInst::Store { op: Opcode::Store32, base: b, off: o, v: gp });
        let fpo = self.li(8 * (GPRS + 2 * va.sse) as u64);
        self.emit(MInst::Store { op: Opcode::Store32, base: b, off: o + 4, v: fpo });
        let overflow = self.vreg();
        self.emit(MInst::FpSlot { d: overflow, slot: va.base + OVERFLOW });
        self.emit(MInst::Store { op: Opcode::Store64, base: b, off: o + 8, v: overflow });
        let save = self.vreg();
        self.emit(MInst::FpSlot { d: save, slot: va.base });
        self.emit(MInst::Store { op: Opcode::Store64, base: b, off: o + 16, v: save });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_then_memory_as_sysv_assigns_them() {
        // printf(fmt, ...): the format takes rdi.
        let mut va = VaArgs::new(1, [ArgClass::Gpr(1)]);
        let base = image_slot(1);
        assert_eq!(base, 8);
        assert_eq!(va.place(ArgClass::Gpr(1), 1, 8), base + 1);
        assert_eq!(va.place(ArgClass::Sse, 1, 8), base + GPRS);
        assert_eq!(va.place(ArgClass::Sse, 2, 16), base + GPRS + 2);
        // An i128 needs two registers: with one left it goes to memory, aligned, and
        // the register stays free for the next integer.
        for k in 2..5 {
            assert_eq!(va.place(ArgClass::Gpr(1), 1, 8), base + k);
        }
        assert_eq!(va.place(ArgClass::Gpr(2), 2, 16), base + OVERFLOW);
        assert_eq!(va.place(ArgClass::Gpr(1), 1, 8), base + 5);
        assert_eq!(va.place(ArgClass::Gpr(1), 1, 8), base + OVERFLOW + 2);
        // Memory arguments round up to their alignment, in absolute slots: slot 33 to
        // 36 (288 bytes) for 32.
        assert_eq!(base + OVERFLOW + 3, 33);
        assert_eq!(va.place(ArgClass::Memory, 4, 32), 36);
        assert_eq!(va.place(ArgClass::Memory, 2, 16), 40);
        assert_eq!(va.place(ArgClass::Memory, 1, 8), 42);
        assert_eq!(va.used(1), 43 - 2);
    }

    #[test]
    fn sse_registers_run_out_after_eight() {
        let mut va = VaArgs::new(0, []);
        for k in 0..SSES {
            assert_eq!(va.place(ArgClass::Sse, 1, 8), 8 + GPRS + 2 * k);
        }
        assert_eq!(va.place(ArgClass::Sse, 1, 8), 8 + OVERFLOW);
        assert_eq!(va.place(ArgClass::Gpr(1), 1, 8), 8);
    }
}
