//! Calls: direct and indirect calls with the slot calling convention, the `__zkvm_*`
//! builtins, LLVM intrinsics and the few inline-assembly snippets real guests carry.

use inkwell::llvm_sys::core::{
    LLVMGetCallSiteEnumAttribute, LLVMGetEnumAttributeKindForName, LLVMGetEnumAttributeValue,
};
use isa_spec::Opcode;

use super::mir::{Callee, MInst, Opnd, VReg};
use super::ops::CmpRes;
use super::{Base, FnLower, mask};
use crate::error::{Error, Result, function_label};
use crate::ir::{Pred, Val};

/// The base name of an intrinsic: `llvm.umul.with.overflow.i64` -> `umul.with.overflow`.
fn intrinsic_base(name: &str) -> &str {
    let rest = name.strip_prefix("llvm.").unwrap_or(name);
    let is_type = |seg: &str| {
        let b = seg.as_bytes();
        if b.is_empty() {
            return false;
        }
        let digits_after = |n: usize| b.len() > n && b[n..].iter().all(u8::is_ascii_digit);
        match b[0] {
            b'i' | b'p' | b'f' => digits_after(1),
            b'v' | b'a' => b.len() > 1 && b[1].is_ascii_digit(),
            b'n' => seg.starts_with("nxv"),
            _ => {
                matches!(seg, "bf16" | "x86_fp80" | "f128" | "ppcf128" | "isVoid")
                    || seg.starts_with("s_")
                    || seg.starts_with("sl_")
            }
        }
    };
    let mut end = rest.len();
    let mut pos = 0;
    for seg in rest.split('.') {
        if pos > 0 && is_type(seg) {
            end = pos - 1;
            break;
        }
        pos += seg.len() + 1;
    }
    &rest[..end]
}

impl FnLower<'_> {
    /// The `align` attribute of call argument `i`, or 1.
    pub(super) fn arg_align(&self, inst: Val, i: u32) -> u64 {
        unsafe {
            let name = "align";
            let kind = LLVMGetEnumAttributeKindForName(name.as_ptr() as *const _, name.len());
            let a = LLVMGetCallSiteEnumAttribute(inst.0, i + 1, kind);
            if a.is_null() { 1 } else { LLVMGetEnumAttributeValue(a).max(1) }
        }
    }

    /// Calls function `name` (which the linked program must define) with scalar
    /// arguments; returns `nret` result registers.
    pub fn call_named(&mut self, name: &str, args: &[Opnd], nret: u32, inst: Val) -> Result<Vec<VReg>> {
        let id = match self.ctx.func_named(name) {
            Some(id) if self.ctx.funcs[id as usize].defined => id,
            _ => {
                return Err(Error::Link(format!(
                    "undefined symbol `{name}` (needed by `{}` in function {})",
                    inst.print(),
                    function_label(&self.fname)
                )));
            }
        };
        self.refs.insert(id);
        let mut outs = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let d = self.out(1 + i as u32);
            match *a {
                Opnd::R(r) => self.mov(d, r),
                Opnd::I(k) => self.emit(MInst::Li { d, k }),
            }
            outs.push(d);
        }
        let rets: Vec<VReg> = (0..nret).map(|i| self.out(1 + i)).collect();
        self.emit(MInst::Call { callee: super::mir::Callee::Direct(id), args: outs, rets: rets.clone() });
        Ok(rets
            .into_iter()
            .map(|o| {
                let r = self.vreg();
                self.mov(r, o);
                r
            })
            .collect())
    }

    pub(super) fn lower_call(&mut self, inst: Val) -> Result<()> {
        let mut callee = inst.called_value();
        while callee.is_global_alias() {
            callee = callee.alias_target();
        }
        if callee.is_inline_asm() {
            return self.lower_asm(inst, callee);
        }
        let target = if callee.is_function() {
            let name = callee.name();
            if name.starts_with("llvm.") {
                return self.lower_intrinsic(inst, &name);
            }
            if name.starts_with("__zkvm_") {
                return self.lower_builtin(inst, &name);
            }
            // Calls to the C library's block operations (as `-ffreestanding` code makes
            // them) with small constant sizes are expanded like the intrinsics.
            if matches!(name.as_str(), "memcpy" | "memmove" | "memset")
                && inst.num_arg_operands() == 3
                && !matches!(self.fname.as_str(), "memcpy" | "memmove" | "memset")
                && inst.operand(2).is_const_int()
                && inst.operand(2).const_zext() <= 64
            {
                let (d, s, n) = (inst.operand(0), inst.operand(1), inst.operand(2));
                if name == "memset" {
                    if !s.ty().is_int() {
                        return Err(self.unsupported("memset with a non-integer value", inst));
                    }
                    // The fill value is an int: only its low byte counts.
                    let byte = self.opnd(s, inst)?;
                    let byte = match byte {
                        Opnd::I(k) => Opnd::I(k & 0xff),
                        Opnd::R(r) => Opnd::R(self.alu_i(Opcode::And, r, 0xff)),
                    };
                    self.mem_set_opnd(inst, d, byte, n, 1)?;
                } else {
                    self.mem_copy(inst, (d, s, n), (1, 1), name == "memmove")?;
                }
                if !inst.ty().is_void() {
                    let r = self.leaf_opnds(d, inst)?;
                    let r = self.opnd_regs(r);
                    self.set_regs(inst, r);
                }
                return Ok(());
            }
            let Some(id) = self.ctx.func_id(callee) else {
                return Err(self.unsupported("call target", inst));
            };
            if !self.ctx.funcs[id as usize].defined {
                return Err(Error::Link(format!(
                    "undefined symbol `{name}` (called from function {})",
                    function_label(&self.fname)
                )));
            }
            self.refs.insert(id);
            Callee::Direct(id)
        } else {
            match self.opnd(callee, inst)? {
                Opnd::R(r) => Callee::Indirect(r),
                Opnd::I(_) => {
                    // A call through a constant non-function address: it cannot work.
                    self.emit(MInst::Trap { kind: 0 });
                    let n = self.leaves(inst.ty()).map_err(|e| self.unsupported(e, inst))?.len();
                    let r = (0..n).map(|_| self.zero()).collect();
                    self.set_regs(inst, r);
                    return Ok(());
                }
            }
        };
        // A direct call passes its arguments as the callee is defined: old C calls a
        // variadic function through an implicit or K&R declaration (the arguments typed
        // as fixed ones at the call site), which works natively because SysV passes
        // fixed and variadic arguments alike, and so must here.
        let fty = if callee.is_function() { callee.function_type() } else { inst.called_fn_type() };
        let fixed = fty.param_types();
        let mut fixed_slots = 0;
        for t in &fixed {
            fixed_slots += self.leaves(*t).map_err(|e| self.unsupported(e, inst))?.len() as u32;
        }
        // Evaluate every argument first, then write the outgoing slots: the fixed ones
        // from slot 1, the variadic ones as the image `va_start` points at.
        let nargs = inst.num_arg_operands();
        let nfixed = if fty.is_var_arg() { nargs.min(fixed.len() as u32) } else { nargs };
        let mut vals: Vec<(u32, Opnd)> = Vec::new();
        for i in 0..nfixed {
            let arg = inst.operand(i);
            let first = 1 + vals.len() as u32;
            if let Some(bt) = inst.call_arg_byval_type(i) {
                let size = self.ctx.layout.alloc_size(bt);
                let align = self.ctx.layout.abi_align(bt).max(self.arg_align(inst, i)).max(8);
                let off = self.alloc_frame(size, align.min(64))?;
                self.copy_to_frame(inst, arg, off, size, self.arg_align(inst, i))?;
                let p = self.materialize(Base::Frame, off);
                vals.push((first, Opnd::R(p)));
                continue;
            }
            let words = self.leaf_opnds(arg, inst)?;
            vals.extend(words.into_iter().enumerate().map(|(k, w)| (first + k as u32, w)));
        }
        if fty.is_var_arg() {
            let variadic = self.variadic_args(inst, nfixed, fixed_slots)?;
            vals.extend(variadic);
        }
        let mut args = Vec::new();
        for (slot, v) in vals {
            let d = self.out(slot);
            match v {
                Opnd::R(r) => self.mov(d, r),
                Opnd::I(k) => self.emit(MInst::Li { d, k }),
            }
            args.push(d);
        }
        let nret = self.leaves(inst.ty()).map_err(|e| self.unsupported(e, inst))?.len() as u32;
        let rets: Vec<VReg> = (0..nret).map(|i| self.out(1 + i)).collect();
        self.emit(MInst::Call { callee: target, args, rets: rets.clone() });
        let results: Vec<VReg> = rets
            .into_iter()
            .map(|o| {
                let r = self.vreg();
                self.mov(r, o);
                r
            })
            .collect();
        self.set_regs(inst, results);
        Ok(())
    }

    fn lower_builtin(&mut self, inst: Val, name: &str) -> Result<()> {
        let arg = |i: u32| inst.operand(i);
        match name {
            "__zkvm_read_byte" => {
                // The register holds the byte, or -1 sign-extended to 64 bits.
                let d = self.vreg();
                self.emit(MInst::Read { d });
                let w = crate::consts::scalar_width(inst.ty()).unwrap_or(64);
                self.finish_int(inst, d, true, w);
            }
            "__zkvm_cycle_count" => {
                let d = self.vreg();
                self.emit(MInst::CycleCount { d });
                self.set_reg(inst, d);
            }
            "__zkvm_write_byte" => {
                let s = self.reg(arg(1), inst)?;
                match self.opnd(arg(0), inst)? {
                    Opnd::I(fd) => self.emit(MInst::Write { fd: if fd == 1 { 1 } else { 2 }, s }),
                    Opnd::R(fd) => {
                        // fd 1 is stdout, anything else stderr.
                        let is_out = self.alu_i(Opcode::Eq, fd, 1);
                        let out_block = self.new_block_after_current();
                        let join = {
                            let saved = self.cur;
                            self.switch_to(out_block);
                            let j = self.new_block_after_current();
                            self.switch_to(saved);
                            j
                        };
                        self.emit(MInst::Bnz { c: is_out, t: out_block });
                        self.emit(MInst::Write { fd: 2, s });
                        self.emit(MInst::Jmp { t: join });
                        self.switch_to(out_block);
                        self.emit(MInst::Write { fd: 1, s });
                        self.emit(MInst::Jmp { t: join });
                        self.switch_to(join);
                    }
                }
            }
            "__zkvm_span_marker" => {
                // A profiler marker: the whole slot is the marker, written to the
                // descriptor that the executor keeps off the console.
                let s = self.reg(arg(0), inst)?;
                self.emit(MInst::Write { fd: isa_spec::semantics::SPAN_FD, s });
            }
            "__zkvm_commit_byte" => {
                let s = self.reg(arg(0), inst)?;
                self.emit(MInst::Commit { s });
            }
            "__zkvm_halt" => {
                let s = self.reg(arg(0), inst)?;
                self.emit(MInst::Halt { s });
            }
            "__zkvm_trap" => {
                let kind = match self.opnd(arg(0), inst)? {
                    Opnd::I(k) if isa_spec::TrapKind::from_code(k).is_some() => k,
                    _ => {
                        return Err(self.unsupported("__zkvm_trap with a non-constant or unknown kind", inst));
                    }
                };
                self.emit(MInst::Trap { kind });
            }
            _ => return Err(self.unsupported(format!("unknown zkvm builtin `{name}`"), inst)),
        }
        Ok(())
    }

    fn lower_intrinsic(&mut self, inst: Val, name: &str) -> Result<()> {
        let arg = |i: u32| inst.operand(i);
        if let Some(op) = name.strip_prefix("llvm.x86.") {
            if self.lower_x86_intrinsic(inst, op)? {
                return Ok(());
            }
            self.ctx.warn(format!(
                "function {} uses the x86 intrinsic `{name}`; it is compiled to a trap (the CPU probe reports no extensions)",
                function_label(&self.fname)
            ));
            self.emit(MInst::Trap { kind: 4 });
            let n = self.leaves(inst.ty()).map_err(|e| self.unsupported(e, inst))?.len();
            let r = (0..n).map(|_| self.zero()).collect();
            self.set_regs(inst, r);
            return Ok(());
        }
        let base = intrinsic_base(name);
        match base {
            "memcpy" | "memcpy.inline" | "memmove" => {
                let (ad, as_) = (self.arg_align(inst, 0), self.arg_align(inst, 1));
                self.mem_copy(inst, (arg(0), arg(1), arg(2)), (ad, as_), base == "memmove")
            }
            "memset" | "memset.inline" => {
                let ad = self.arg_align(inst, 0);
                self.mem_set(inst, arg(0), arg(1), arg(2), ad)
            }
            "lifetime.start"
            | "lifetime.end"
            | "assume"
            | "experimental.noalias.scope.decl"
            | "invariant.end"
            | "sideeffect"
            | "donothing"
            | "pseudoprobe"
            | "var.annotation"
            | "codeview.annotation"
            | "prefetch"
            | "va_end"
            | "stackrestore"
            | "dbg.declare"
            | "dbg.value"
            | "dbg.label"
            | "dbg.assign"
            | "experimental.dbg.value" => Ok(()),
            "invariant.start" | "stacksave" => {
                let z = self.zero();
                self.set_reg(inst, z);
                Ok(())
            }
            "expect"
            | "expect.with.probability"
            | "threadlocal.address"
            | "launder.invariant.group"
            | "strip.invariant.group"
            | "annotation"
            | "ptr.annotation"
            | "experimental.widenable.condition" => {
                let v = self.leaf_opnds(arg(0), inst)?;
                let r = self.opnd_regs(v);
                self.set_regs(inst, r);
                Ok(())
            }
            "is.constant" => {
                let z = self.zero();
                self.set_reg(inst, z);
                Ok(())
            }
            "trap" | "debugtrap" | "ubsantrap" => {
                self.emit(MInst::Trap { kind: 0 });
                Ok(())
            }
            "va_start" => self.va_start(inst),
            "frameaddress" => self.frame_walk(inst, false),
            "returnaddress" => self.frame_walk(inst, true),
            // clang aligns the `va_arg` pointer of 16-byte aligned types with it.
            "ptrmask" => {
                let p = self.reg(arg(0), inst)?;
                let m = self.opnd(arg(1), inst)?;
                let r = self.alu(Opcode::And, p, m);
                self.set_reg(inst, r);
                Ok(())
            }
            "load.relative" => self.load_relative(inst),
            "is.fpclass" => self.lower_fpclass(inst),
            "va_copy" => {
                let (bd, od) = self.addr(arg(0), inst)?;
                let (bs, os) = self.addr(arg(1), inst)?;
                let (sb, so) = self.access_base(bs, os);
                let mut vals = Vec::new();
                for i in 0..3 {
                    let d = self.vreg();
                    self.emit(MInst::Load { op: Opcode::Load64, d, base: sb, off: so + 8 * i });
                    vals.push(d);
                }
                let (db, dof) = self.access_base(bd, od);
                for (i, v) in vals.into_iter().enumerate() {
                    self.emit(MInst::Store { op: Opcode::Store64, base: db, off: dof + 8 * i as i64, v });
                }
                Ok(())
            }
            "fptosi.sat" | "fptoui.sat" => self.fp_to_int_sat(inst, base == "fptosi.sat"),
            "experimental.cttz.elts" => {
                // The index of the first set lane, or the lane count.
                let lanes = self.leaf_opnds(arg(0), inst)?;
                let mut r = Opnd::I(lanes.len() as u64);
                for (i, lane) in lanes.into_iter().enumerate().rev() {
                    r = match lane {
                        Opnd::I(k) => {
                            if k & 1 != 0 {
                                Opnd::I(i as u64)
                            } else {
                                r
                            }
                        }
                        Opnd::R(c) => Opnd::R(self.select_leaf(c, Opnd::I(i as u64), r)),
                    };
                }
                let r = self.as_reg(r);
                self.set_reg(inst, r);
                Ok(())
            }
            _ => match self.lower_float_intrinsic(inst, base) {
                Some(r) => r,
                None => self.lower_int_intrinsic(inst, base),
            },
        }
    }

    /// `llvm.fpto[su]i.sat`: truncation toward zero that saturates (NaN gives 0), as
    /// Rust's `as` from a float to an integer.
    fn fp_to_int_sat(&mut self, inst: Val, signed: bool) -> Result<()> {
        let src = inst.operand(0);
        let (rt, k) = (inst.ty(), self.float_kind(src.ty()));
        let (Some(k @ ('s' | 'd')), true) = (k, rt.is_int()) else {
            return Err(self.unsupported("saturating float-to-integer conversion of this type", inst));
        };
        let a = self.opnd(src, inst)?;
        let w = rt.int_width();
        let regs = match w {
            1..=64 => self.call_named(
                &format!("__zkcc_fixsat{k}f"),
                &[a, Opnd::I(w as u64), Opnd::I(signed as u64)],
                1,
                inst,
            )?,
            128 => self.call_named(&format!("__zkcc_fixsat{k}fti"), &[a, Opnd::I(signed as u64)], 2, inst)?,
            _ => return Err(self.unsupported(format!("saturating float-to-integer conversion to i{w}"), inst)),
        };
        self.set_regs(inst, regs);
        Ok(())
    }

    /// The baseline x86-64 intrinsics that crates call without a CPU probe, lowered
    /// exactly; false for the others (they trap, as the probe reports no extensions).
    fn lower_x86_intrinsic(&mut self, inst: Val, op: &str) -> Result<bool> {
        match op {
            // Spin-loop hints and fences: a single thread in order.
            "sse2.pause" | "sse2.lfence" | "sse2.mfence" | "sse.sfence" => {}
            "addcarry.32" | "addcarry.64" | "subborrow.32" | "subborrow.64" => {
                let w = if op.ends_with("64") { 64 } else { 32 };
                let base = if op.starts_with("add") { "uadd.with.overflow" } else { "usub.with.overflow" };
                let c = self.opnd(inst.operand(0), inst)?;
                let a = self.opnd(inst.operand(1), inst)?;
                let b = self.opnd(inst.operand(2), inst)?;
                // The carry in is any non-zero byte.
                let cin = match c {
                    Opnd::I(k) => Opnd::I((k & 0xff != 0) as u64),
                    Opnd::R(r) => {
                        let (z, low) = (self.zero(), self.alu_i(Opcode::And, r, 0xff));
                        Opnd::R(self.alu(Opcode::LtU, z, Opnd::R(low)))
                    }
                };
                let first = self.overflow_op(inst, base, w, a, b)?;
                let second = self.overflow_op(inst, base, w, Opnd::R(first[0]), cin)?;
                let carry = self.alu(Opcode::Or, first[1], Opnd::R(second[1]));
                self.set_regs(inst, vec![carry, second[0]]);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `llvm.frameaddress(n)` and `llvm.returnaddress(n)`: the frame `n` calls up, found
    /// through the link words (`return pc | caller fp << 32` in each frame's slot 0), or
    /// the return pc its link word holds.
    fn frame_walk(&mut self, inst: Val, return_address: bool) -> Result<()> {
        let level = inst.operand(0);
        if !level.is_const_int() {
            return Err(self.unsupported("frame level that is not a constant", inst));
        }
        let mut frame = self.vreg();
        self.emit(MInst::FpSlot { d: frame, slot: 0 });
        for _ in 0..level.const_zext() {
            let link = self.vreg();
            self.emit(MInst::Load { op: Opcode::Load64, d: link, base: frame, off: 0 });
            frame = self.alu_i(Opcode::Shr, link, 32);
        }
        let r = if return_address {
            let link = self.vreg();
            self.emit(MInst::Load { op: Opcode::Load64, d: link, base: frame, off: 0 });
            self.alu_i(Opcode::And, link, 0xffff_ffff)
        } else {
            frame
        };
        self.set_reg(inst, r);
        Ok(())
    }

    /// `llvm.load.relative(ptr, off)`: `ptr + sext(load i32 (ptr + off))` (relative-pointer
    /// tables, 4-byte aligned entries).
    fn load_relative(&mut self, inst: Val) -> Result<()> {
        let (base, off) = self.addr(inst.operand(0), inst)?;
        let idx = inst.operand(1);
        let w = idx.ty().int_width();
        let (ebase, eoff) = match self.opnd(idx, inst)? {
            Opnd::I(k) => {
                let k = if w < 64 { super::sext(k, w) } else { k };
                (base, off.wrapping_add(k as i64))
            }
            Opnd::R(r) => {
                let r = if w < 64 { self.sext_reg(r, w) } else { r };
                let b = match base {
                    Base::Reg(p) => self.alu(Opcode::Add, r, Opnd::R(p)),
                    Base::Frame => {
                        let fb = self.fbase();
                        self.alu(Opcode::Add, r, Opnd::R(fb))
                    }
                    Base::Abs => r,
                };
                (Base::Reg(b), off)
            }
        };
        let (b, o) = self.access_base(ebase, eoff);
        let rel = self.vreg();
        self.emit(MInst::Load { op: Opcode::Load32, d: rel, base: b, off: o });
        let rel = self.sext_reg(rel, 32);
        let p = self.materialize(base, off);
        let r = self.alu(Opcode::Add, p, Opnd::R(rel));
        self.set_reg(inst, r);
        Ok(())
    }

    /// Integer intrinsics on scalars up to 64 bits (and a few on i128).
    fn lower_int_intrinsic(&mut self, inst: Val, base: &str) -> Result<()> {
        if let Some((b, o, n)) = self.be_loads.get(&inst).copied() {
            // Big-endian load: bytes from the lowest address are the most significant.
            let mut acc = self.vreg();
            self.emit(MInst::Load { op: Opcode::Load8, d: acc, base: b, off: o });
            for i in 1..n as i64 {
                let byte = self.vreg();
                self.emit(MInst::Load { op: Opcode::Load8, d: byte, base: b, off: o + i });
                let shifted = self.alu_i(Opcode::Shl, acc, 8);
                acc = self.alu(Opcode::Or, shifted, Opnd::R(byte));
            }
            self.set_reg(inst, acc);
            return Ok(());
        }
        let a0 = inst.operand(0);
        let ty = a0.ty();
        if !ty.is_int() {
            return Err(self.unsupported(format!("intrinsic `{base}`"), inst));
        }
        let w = ty.int_width();
        if w == 128 {
            return self.lower_i128_intrinsic(inst, base);
        }
        if w > 64 {
            return Err(self.unsupported(format!("intrinsic `{base}` on i{w}"), inst));
        }
        let a = self.opnd(a0, inst)?;
        let b = if inst.num_arg_operands() > 1 && inst.operand(1).ty().is_int() {
            Some(self.opnd(inst.operand(1), inst)?)
        } else {
            None
        };
        let bb = || b.expect("second operand");
        let regs: Vec<VReg> = match base {
            "umin" | "umax" | "smin" | "smax" => {
                let pred = match base {
                    "umin" => Pred::LLVMIntULT,
                    "umax" => Pred::LLVMIntUGT,
                    "smin" => Pred::LLVMIntSLT,
                    _ => Pred::LLVMIntSGT,
                };
                let c = self.cmp_opnds(pred, w, a, bb(), false);
                let c = self.cmp_value(c);
                vec![self.select_leaf(c, a, bb())]
            }
            "abs" => {
                let x = self.as_reg(a);
                let sx = self.sext_reg(x, w);
                let s = self.alu_i(Opcode::Sra, sx, 63);
                let t = self.alu(Opcode::Xor, sx, Opnd::R(s));
                let r = self.alu(Opcode::Sub, t, Opnd::R(s));
                vec![self.trunc_reg(r, w)]
            }
            "ucmp" | "scmp" => {
                let (gt, lt) = if base == "ucmp" {
                    (Pred::LLVMIntUGT, Pred::LLVMIntULT)
                } else {
                    (Pred::LLVMIntSGT, Pred::LLVMIntSLT)
                };
                let g = self.cmp_opnds(gt, w, a, bb(), false);
                let g = self.cmp_value(g);
                let l = self.cmp_opnds(lt, w, a, bb(), false);
                let l = self.cmp_value(l);
                let r = self.alu(Opcode::Sub, g, Opnd::R(l));
                let rw = crate::consts::scalar_width(inst.ty()).unwrap_or(64);
                vec![self.trunc_reg(r, rw)]
            }
            "uadd.with.overflow" | "usub.with.overflow" | "sadd.with.overflow" | "ssub.with.overflow"
            | "umul.with.overflow" | "smul.with.overflow" => self.overflow_op(inst, base, w, a, bb())?,
            "uadd.sat" | "usub.sat" | "sadd.sat" | "ssub.sat" => {
                vec![self.sat_op(base, w, a, bb())]
            }
            "ctpop" => {
                let x = self.as_reg(a);
                vec![self.popcount(x)]
            }
            "cttz" => {
                let x = self.as_reg(a);
                vec![self.cttz(x, w)]
            }
            "ctlz" => {
                let x = self.as_reg(a);
                vec![self.ctlz(x, w)]
            }
            "bswap" => {
                let x = self.as_reg(a);
                vec![self.bswap(x, w, inst)?]
            }
            "bitreverse" => {
                let x = self.as_reg(a);
                vec![self.bitreverse(x, w, inst)?]
            }
            "fshl" | "fshr" => {
                let c = self.opnd(inst.operand(2), inst)?;
                if w == 64 && inst.operand(0) == inst.operand(1) {
                    // A 64-bit rotate is `rotl`, which takes the amount mod 64: a right
                    // rotate by s is a left rotate by -s.
                    let x = self.as_reg(a);
                    let amount = match (base == "fshl", c) {
                        (true, Opnd::I(k)) => Opnd::I(k & 63),
                        (false, Opnd::I(k)) => Opnd::I(k.wrapping_neg() & 63),
                        (true, c) => c,
                        (false, Opnd::R(s)) => Opnd::R(self.alu_i(Opcode::Mul, s, u64::MAX)),
                    };
                    vec![if amount == Opnd::I(0) { x } else { self.alu(Opcode::Rotl, x, amount) }]
                } else if let Opnd::I(k) = c
                    && inst.operand(0) == inst.operand(1)
                    && w <= 32
                    && k % w as u64 != 0
                {
                    // Rotate by a constant: with y = x * (2^w + 1) (x next to a copy of
                    // itself), the rotated value is the low w bits of y >> s.
                    let k = (k % w as u64) as u32;
                    let x = self.as_reg(a);
                    let y = self.alu_reused(Opcode::Mul, x, Opnd::I((1u64 << w) + 1));
                    let s = if base == "fshl" { w - k } else { k };
                    let r = self.alu_i(Opcode::Shr, y, s as u64);
                    self.finish_int(inst, r, true, w);
                    return Ok(());
                } else {
                    vec![self.funnel(base == "fshl", w, a, bb(), c)]
                }
            }
            _ => return Err(self.unsupported(format!("intrinsic `{base}`"), inst)),
        };
        self.set_regs(inst, regs);
        Ok(())
    }

    fn lower_i128_intrinsic(&mut self, inst: Val, base: &str) -> Result<()> {
        let a = self.leaf_opnds(inst.operand(0), inst)?;
        let regs = match base {
            "ctpop" => {
                let lo = self.as_reg(a[0]);
                let hi = self.as_reg(a[1]);
                let p1 = self.popcount(lo);
                let p2 = self.popcount(hi);
                vec![self.alu(Opcode::Add, p1, Opnd::R(p2)), self.zero()]
            }
            "ctlz" | "cttz" => {
                // The count in the half that decides it (the high half for leading zeros),
                // else 64 plus the count in the other half.
                let lo = self.as_reg(a[0]);
                let hi = self.as_reg(a[1]);
                let (first, second) = if base == "ctlz" { (hi, lo) } else { (lo, hi) };
                let count = |s: &mut Self, x| if base == "ctlz" { s.ctlz(x, 64) } else { s.cttz(x, 64) };
                let n1 = count(self, first);
                let n2 = count(self, second);
                let n2 = self.alu_i(Opcode::Add, n2, 64);
                let zero = self.alu_i(Opcode::Eq, first, 0);
                vec![self.select_leaf(zero, Opnd::R(n2), Opnd::R(n1)), self.zero()]
            }
            "bswap" => {
                let lo = self.as_reg(a[0]);
                let hi = self.as_reg(a[1]);
                let l = self.bswap(hi, 64, inst)?;
                let h = self.bswap(lo, 64, inst)?;
                vec![l, h]
            }
            "umin" | "umax" | "smin" | "smax" => {
                let b = self.leaf_opnds(inst.operand(1), inst)?;
                let pred = match base {
                    "umin" => Pred::LLVMIntULT,
                    "umax" => Pred::LLVMIntUGT,
                    "smin" => Pred::LLVMIntSLT,
                    _ => Pred::LLVMIntSGT,
                };
                let c = self.cmp128_pub(pred, a[0], a[1], b[0], b[1]);
                vec![self.select_leaf(c, a[0], b[0]), self.select_leaf(c, a[1], b[1])]
            }
            "abs" => {
                let lo = self.as_reg(a[0]);
                let hi = self.as_reg(a[1]);
                let s = self.alu_i(Opcode::Sra, hi, 63);
                let l = self.alu(Opcode::Xor, lo, Opnd::R(s));
                let h = self.alu(Opcode::Xor, hi, Opnd::R(s));
                // (l, h) - (s, s): borrow when l < s.
                let nl = self.alu(Opcode::Sub, l, Opnd::R(s));
                let borrow = self.alu(Opcode::LtU, l, Opnd::R(s));
                let nh = self.alu(Opcode::Sub, h, Opnd::R(s));
                let nh = self.alu(Opcode::Sub, nh, Opnd::R(borrow));
                vec![nl, nh]
            }
            "uadd.with.overflow" | "usub.with.overflow" | "sadd.with.overflow" | "ssub.with.overflow"
            | "umul.with.overflow" | "smul.with.overflow" => {
                let b = self.leaf_opnds(inst.operand(1), inst)?;
                self.overflow128(base, [a[0], a[1]], [b[0], b[1]])
            }
            _ => return Err(self.unsupported(format!("intrinsic `{base}` on i128"), inst)),
        };
        self.set_regs(inst, regs);
        Ok(())
    }

    pub fn cmp128_pub(&mut self, pred: Pred, alo: Opnd, ahi: Opnd, blo: Opnd, bhi: Opnd) -> VReg {
        let (xlo, xhi, ylo, yhi, neg) = match pred {
            Pred::LLVMIntULT | Pred::LLVMIntSLT => (alo, ahi, blo, bhi, false),
            Pred::LLVMIntUGT | Pred::LLVMIntSGT => (blo, bhi, alo, ahi, false),
            Pred::LLVMIntUGE | Pred::LLVMIntSGE => (alo, ahi, blo, bhi, true),
            _ => (blo, bhi, alo, ahi, true),
        };
        let signed = crate::ir::pred_is_signed(pred);
        let xlo = self.as_reg(xlo);
        let xhi = self.as_reg(xhi);
        let hlt = self.alu(if signed { Opcode::LtS } else { Opcode::LtU }, xhi, yhi);
        let heq = self.alu(Opcode::Eq, xhi, yhi);
        let llt = self.alu(Opcode::LtU, xlo, ylo);
        let t = self.alu(Opcode::And, heq, Opnd::R(llt));
        let r = self.alu(Opcode::Or, t, Opnd::R(hlt));
        self.cmp_value(CmpRes::Reg(r, neg))
    }

    /// `{result, overflow}` of an arithmetic-with-overflow intrinsic on clean w-bit values.
    fn overflow_op(&mut self, inst: Val, base: &str, w: u32, a: Opnd, b: Opnd) -> Result<Vec<VReg>> {
        let m = mask(w);
        let sign_bit = |s: &mut Self, x: VReg| -> VReg {
            let t = s.alu_i(Opcode::Shr, x, (w - 1) as u64);
            if w < 64 { s.alu_i(Opcode::And, t, 1) } else { t }
        };
        Ok(match base {
            "uadd.with.overflow" => {
                let (a, b) = if matches!(a, Opnd::I(_)) { (b, a) } else { (a, b) };
                let ar = self.as_reg(a);
                let s = self.alu(Opcode::Add, ar, b);
                if w == 64 {
                    let ov = self.alu(Opcode::LtU, s, Opnd::R(ar));
                    vec![s, ov]
                } else {
                    let ov = self.alu_i(Opcode::Shr, s, w as u64);
                    let r = self.alu_i(Opcode::And, s, m);
                    vec![r, ov]
                }
            }
            "usub.with.overflow" => {
                let ar = self.as_reg(a);
                let r = self.binop(crate::ir::Op::LLVMSub, w, Opnd::R(ar), b);
                let ov = self.alu(Opcode::LtU, ar, b);
                vec![r, ov]
            }
            "sadd.with.overflow" | "ssub.with.overflow" => {
                let add = base == "sadd.with.overflow";
                let ar = self.as_reg(a);
                let br = self.as_reg(b);
                let r = self.binop(
                    if add { crate::ir::Op::LLVMAdd } else { crate::ir::Op::LLVMSub },
                    w,
                    Opnd::R(ar),
                    Opnd::R(br),
                );
                let t1 = self.alu(Opcode::Xor, ar, Opnd::R(r));
                let t2 =
                    if add { self.alu(Opcode::Xor, br, Opnd::R(r)) } else { self.alu(Opcode::Xor, ar, Opnd::R(br)) };
                let t = self.alu(Opcode::And, t1, Opnd::R(t2));
                let ov = sign_bit(self, t);
                vec![r, ov]
            }
            "umul.with.overflow" => {
                let (a, b) = if matches!(a, Opnd::I(_)) { (b, a) } else { (a, b) };
                let ar = self.as_reg(a);
                let p = self.alu(Opcode::Mul, ar, b);
                let z = self.zero();
                if w == 64 {
                    let h = self.alu(Opcode::MulHu, ar, b);
                    let ov = self.alu(Opcode::LtU, z, Opnd::R(h));
                    vec![p, ov]
                } else if w <= 32 {
                    let h = self.alu_i(Opcode::Shr, p, w as u64);
                    let ov = self.alu(Opcode::LtU, z, Opnd::R(h));
                    let r = self.alu_i(Opcode::And, p, m);
                    vec![r, ov]
                } else {
                    let h = self.alu(Opcode::MulHu, ar, b);
                    let t = self.alu_i(Opcode::Shr, p, w as u64);
                    let t = self.alu(Opcode::Or, t, Opnd::R(h));
                    let ov = self.alu(Opcode::LtU, z, Opnd::R(t));
                    let r = self.alu_i(Opcode::And, p, m);
                    vec![r, ov]
                }
            }
            "smul.with.overflow" => {
                let ar = self.as_reg(a);
                let br = self.as_reg(b);
                if w <= 32 {
                    let sa = self.sext_reg(ar, w);
                    let sb = self.sext_reg(br, w);
                    let p = self.alu(Opcode::Mul, sa, Opnd::R(sb));
                    let r = self.trunc_reg(p, w);
                    let back = self.sext_reg(r, w);
                    let e = self.alu(Opcode::Eq, back, Opnd::R(p));
                    let ov = self.alu_i(Opcode::Xor, e, 1);
                    vec![r, ov]
                } else if w == 64 {
                    let t1 = self.alu_i(Opcode::Sra, ar, 63);
                    let t1 = self.alu(Opcode::And, t1, Opnd::R(br));
                    let t2 = self.alu_i(Opcode::Sra, br, 63);
                    let t2 = self.alu(Opcode::And, t2, Opnd::R(ar));
                    let h = self.alu(Opcode::MulHu, ar, Opnd::R(br));
                    let h = self.alu(Opcode::Sub, h, Opnd::R(t1));
                    let h = self.alu(Opcode::Sub, h, Opnd::R(t2));
                    let l = self.alu(Opcode::Mul, ar, Opnd::R(br));
                    let s = self.alu_i(Opcode::Sra, l, 63);
                    let e = self.alu(Opcode::Eq, h, Opnd::R(s));
                    let ov = self.alu_i(Opcode::Xor, e, 1);
                    vec![l, ov]
                } else {
                    return Err(self.unsupported(format!("smul.with.overflow on i{w}"), inst));
                }
            }
            _ => unreachable!(),
        })
    }

    fn sat_op(&mut self, base: &str, w: u32, a: Opnd, b: Opnd) -> VReg {
        let m = mask(w);
        match base {
            "usub.sat" => {
                let ar = self.as_reg(a);
                let c = self.alu(Opcode::LtU, ar, b);
                let d = self.binop(crate::ir::Op::LLVMSub, w, Opnd::R(ar), b);
                self.select_leaf(c, Opnd::I(0), Opnd::R(d))
            }
            "uadd.sat" => {
                let (a, b) = if matches!(a, Opnd::I(_)) { (b, a) } else { (a, b) };
                let ar = self.as_reg(a);
                let s = self.alu(Opcode::Add, ar, b);
                if w == 64 {
                    let c = self.alu(Opcode::LtU, s, Opnd::R(ar));
                    let all = self.alu_i(Opcode::Mul, c, u64::MAX);
                    self.alu(Opcode::Or, s, Opnd::R(all))
                } else {
                    let c = self.alu_i(Opcode::Shr, s, w as u64);
                    let all = self.alu_i(Opcode::Mul, c, m);
                    let r = self.alu(Opcode::Or, s, Opnd::R(all));
                    self.alu_i(Opcode::And, r, m)
                }
            }
            _ => {
                // Signed saturation: compute exactly in 64 bits for narrow types.
                let add = base == "sadd.sat";
                let ar = self.as_reg(a);
                let br = self.as_reg(b);
                if w < 64 {
                    let sa = self.sext_reg(ar, w);
                    let sb = self.sext_reg(br, w);
                    let s = self.alu(if add { Opcode::Add } else { Opcode::Sub }, sa, Opnd::R(sb));
                    let max = (1u64 << (w - 1)) - 1;
                    let min = !max; // sign-extended minimum
                    let lo = self.alu_i(Opcode::LtS, s, min);
                    let s = self.select_leaf(lo, Opnd::I(min), Opnd::R(s));
                    let le = self.alu_i(Opcode::LtS, s, max.wrapping_add(1));
                    let s = self.select_leaf(le, Opnd::R(s), Opnd::I(max));
                    self.trunc_reg(s, w)
                } else {
                    let r = self.alu(if add { Opcode::Add } else { Opcode::Sub }, ar, Opnd::R(br));
                    let t1 = self.alu(Opcode::Xor, ar, Opnd::R(r));
                    let t2 = if add {
                        self.alu(Opcode::Xor, br, Opnd::R(r))
                    } else {
                        self.alu(Opcode::Xor, ar, Opnd::R(br))
                    };
                    let t = self.alu(Opcode::And, t1, Opnd::R(t2));
                    let ov = self.alu_i(Opcode::Shr, t, 63);
                    let sgn = self.alu_i(Opcode::Sra, ar, 63);
                    let sat = self.alu_i(Opcode::Xor, sgn, i64::MAX as u64);
                    self.select_leaf(ov, Opnd::R(sat), Opnd::R(r))
                }
            }
        }
    }

    /// Population count of a 64-bit register (SWAR).
    /// Trailing zeros of a clean w-bit value (w for zero): the population count of the
    /// mask below the lowest set bit.
    fn cttz(&mut self, x: VReg, w: u32) -> VReg {
        let neg = self.alu_i(Opcode::Mul, x, u64::MAX);
        let t = self.alu(Opcode::And, x, Opnd::R(neg));
        let t = self.alu_i(Opcode::Add, t, u64::MAX);
        let t = self.trunc_reg(t, w);
        self.popcount(t)
    }

    /// Leading zeros of a clean w-bit value (w for zero): smear the highest set bit down,
    /// then w minus the population count.
    fn ctlz(&mut self, mut x: VReg, w: u32) -> VReg {
        let mut s = 1;
        while s < w {
            let t = self.alu_i(Opcode::Shr, x, s as u64);
            x = self.alu(Opcode::Or, x, Opnd::R(t));
            s *= 2;
        }
        let p = self.popcount(x);
        let n = self.alu_i(Opcode::Mul, p, u64::MAX);
        self.alu_i(Opcode::Add, n, w as u64)
    }

    pub fn popcount(&mut self, x: VReg) -> VReg {
        let t = self.alu_i(Opcode::Shr, x, 1);
        let t = self.alu_i(Opcode::And, t, 0x5555_5555_5555_5555);
        let x = self.alu(Opcode::Sub, x, Opnd::R(t));
        let a = self.alu_i(Opcode::And, x, 0x3333_3333_3333_3333);
        let b = self.alu_i(Opcode::Shr, x, 2);
        let b = self.alu_i(Opcode::And, b, 0x3333_3333_3333_3333);
        let x = self.alu(Opcode::Add, a, Opnd::R(b));
        let t = self.alu_i(Opcode::Shr, x, 4);
        let x = self.alu(Opcode::Add, x, Opnd::R(t));
        let x = self.alu_i(Opcode::And, x, 0x0f0f_0f0f_0f0f_0f0f);
        let x = self.alu_i(Opcode::Mul, x, 0x0101_0101_0101_0101);
        self.alu_i(Opcode::Shr, x, 56)
    }

    /// Swaps adjacent groups of `bits` bits selected by mask `m` (the low group of each
    /// pair): `((x & m) << bits) | ((x >> bits) & m)`.
    fn swap_groups(&mut self, x: VReg, m: u64, bits: u32) -> VReg {
        let a = self.alu_i(Opcode::And, x, m);
        let a = self.alu_i(Opcode::Shl, a, bits as u64);
        let b = self.alu_i(Opcode::Shr, x, bits as u64);
        let b = self.alu_i(Opcode::And, b, m);
        self.alu(Opcode::Or, a, Opnd::R(b))
    }

    fn bswap(&mut self, x: VReg, w: u32, inst: Val) -> Result<VReg> {
        Ok(match w {
            16 => {
                let a = self.alu_i(Opcode::And, x, 0xff);
                let a = self.alu_i(Opcode::Shl, a, 8);
                let b = self.alu_i(Opcode::Shr, x, 8);
                self.alu(Opcode::Or, a, Opnd::R(b))
            }
            32 => {
                let x = self.swap_groups(x, 0x00ff_00ff, 8);
                let a = self.alu_i(Opcode::Shl, x, 16);
                let a = self.alu_i(Opcode::And, a, 0xffff_0000);
                let b = self.alu_i(Opcode::Shr, x, 16);
                self.alu(Opcode::Or, a, Opnd::R(b))
            }
            64 => {
                let x = self.swap_groups(x, 0x00ff_00ff_00ff_00ff, 8);
                let x = self.swap_groups(x, 0x0000_ffff_0000_ffff, 16);
                let a = self.alu_i(Opcode::Shl, x, 32);
                let b = self.alu_i(Opcode::Shr, x, 32);
                self.alu(Opcode::Or, a, Opnd::R(b))
            }
            // Other whole-halfword widths (i48 shows up in `k256`): the value is zero-extended,
            // so its swapped bytes are the top of the 64-bit swap.
            48 => {
                let x = self.bswap(x, 64, inst)?;
                self.alu_i(Opcode::Shr, x, 64 - w as u64)
            }
            _ => return Err(self.unsupported(format!("bswap on i{w}"), inst)),
        })
    }

    fn bitreverse(&mut self, x: VReg, w: u32, inst: Val) -> Result<VReg> {
        // Reverse all 64 bits, then shift the w-bit result down.
        let x = self.swap_groups(x, 0x5555_5555_5555_5555, 1);
        let x = self.swap_groups(x, 0x3333_3333_3333_3333, 2);
        let x = self.swap_groups(x, 0x0f0f_0f0f_0f0f_0f0f, 4);
        let x = self.bswap(x, 64, inst)?;
        Ok(if w < 64 { self.alu_i(Opcode::Shr, x, (64 - w) as u64) } else { x })
    }

    /// Funnel shifts: `fshl(a, b, s)` = high w bits of `(a:b) << (s mod w)`, `fshr` = low
    /// w bits of `(a:b) >> (s mod w)`.
    fn funnel(&mut self, left: bool, w: u32, a: Opnd, b: Opnd, s: Opnd) -> VReg {
        let ar = self.as_reg(a);
        let br = self.as_reg(b);
        match s {
            Opnd::I(k) => {
                let k = (k % w as u64) as u32;
                if k == 0 {
                    return if left { ar } else { br };
                }
                let (l, r) = if left { (k, w - k) } else { (w - k, k) };
                let t1 = self.alu_i(Opcode::Shl, ar, l as u64);
                let t1 = self.trunc_reg(t1, w);
                let t2 = self.alu_i(Opcode::Shr, br, r as u64);
                self.alu(Opcode::Or, t1, Opnd::R(t2))
            }
            Opnd::R(s) => {
                let k = if w.is_power_of_two() {
                    self.alu_i(Opcode::And, s, (w - 1) as u64)
                } else {
                    self.alu_i(Opcode::RemU, s, w as u64)
                };
                // left: (a << k) | (b >> (w - k)); right: (a << (w - k)) | (b >> k).
                // `x >> (w - k)` and `x << (w - k)` must give 0 for k == 0.
                let negk = self.alu_i(Opcode::Mul, k, u64::MAX);
                let wk = self.alu_i(Opcode::Add, negk, w as u64); // w - k in 1..=w
                if left {
                    let t1 = self.alu(Opcode::Shl, ar, Opnd::R(k));
                    let t1 = self.trunc_reg(t1, w);
                    let t2 = if w == 64 {
                        let t = self.alu_i(Opcode::Shr, br, 1);
                        let inv = self.alu_i(Opcode::Xor, k, 63);
                        self.alu(Opcode::Shr, t, Opnd::R(inv))
                    } else {
                        self.alu(Opcode::Shr, br, Opnd::R(wk))
                    };
                    self.alu(Opcode::Or, t1, Opnd::R(t2))
                } else {
                    let t1 = if w == 64 {
                        let t = self.alu_i(Opcode::Shl, ar, 1);
                        let inv = self.alu_i(Opcode::Xor, k, 63);
                        self.alu(Opcode::Shl, t, Opnd::R(inv))
                    } else {
                        let t = self.alu(Opcode::Shl, ar, Opnd::R(wk));
                        self.trunc_reg(t, w)
                    };
                    let t2 = self.alu(Opcode::Shr, br, Opnd::R(k));
                    self.alu(Opcode::Or, t1, Opnd::R(t2))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::intrinsic_base;

    #[test]
    fn intrinsic_names() {
        assert_eq!(intrinsic_base("llvm.umul.with.overflow.i64"), "umul.with.overflow");
        assert_eq!(intrinsic_base("llvm.memcpy.p0.p0.i64"), "memcpy");
        assert_eq!(intrinsic_base("llvm.memcpy.inline.p0.p0.i64"), "memcpy.inline");
        assert_eq!(intrinsic_base("llvm.lifetime.start.p0"), "lifetime.start");
        assert_eq!(intrinsic_base("llvm.ctlz.i32"), "ctlz");
        assert_eq!(intrinsic_base("llvm.bswap.v4i32"), "bswap");
        assert_eq!(intrinsic_base("llvm.trap"), "trap");
        assert_eq!(intrinsic_base("llvm.va_start.p0"), "va_start");
        assert_eq!(intrinsic_base("llvm.fshl.i32"), "fshl");
    }
}
