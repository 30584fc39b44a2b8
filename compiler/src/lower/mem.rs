//! Frame allocation, address arithmetic, loads, stores and block memory operations.

use std::collections::HashSet;

use isa_spec::Opcode;

use super::mir::{MInst, Opnd, VReg};
use super::{Base, FnLower, Lowered, sext};
use crate::error::{Result, function_label};
use crate::ir::{Op, Ty, Val, is_opcode};

/// Largest block copy or fill expanded inline (bytes).
const INLINE_MEM_BYTES: u64 = 128;
/// Largest number of accesses an inline block operation may use.
const INLINE_MEM_CHUNKS: u64 = 16;

fn load_op(n: u64) -> Opcode {
    match n {
        1 => Opcode::Load8,
        2 => Opcode::Load16,
        4 => Opcode::Load32,
        _ => Opcode::Load64,
    }
}

fn store_op(n: u64) -> Opcode {
    match n {
        1 => Opcode::Store8,
        2 => Opcode::Store16,
        4 => Opcode::Store32,
        _ => Opcode::Store64,
    }
}

/// Alignment of `addr + pos` when `addr` is `align`-aligned.
fn align_at(align: u64, pos: u64) -> u64 {
    let align = align.clamp(1, 64);
    if pos == 0 { align } else { align.min(1 << pos.trailing_zeros()) }
}

/// Splits an access of `n` bytes at alignment `align` into aligned power-of-two pieces
/// (offset, size).
fn pieces(n: u64, align: u64) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < n {
        let a = align_at(align, pos);
        let mut s = 8;
        while s > n - pos || s > a {
            s /= 2;
        }
        out.push((pos, s));
        pos += s;
    }
    out
}

impl FnLower<'_> {
    /// (byte offset, bytes) of each register leaf of `t` in memory.
    pub fn mem_leaves(&self, t: Ty, at: u64, out: &mut Vec<(u64, u64)>) -> std::result::Result<(), String> {
        use inkwell::llvm_sys::LLVMTypeKind as K;
        let layout = self.ctx.layout;
        match t.kind() {
            K::LLVMIntegerTypeKind => {
                let w = t.int_width();
                if w <= 64 {
                    out.push((at, layout.store_size(t)));
                } else if w <= 1024 {
                    let size = layout.store_size(t);
                    let mut pos = 0;
                    while pos < size {
                        out.push((at + pos, (size - pos).min(8)));
                        pos += 8;
                    }
                } else {
                    return Err(format!("load or store of i{w}"));
                }
            }
            K::LLVMPointerTypeKind | K::LLVMDoubleTypeKind => out.push((at, 8)),
            K::LLVMFloatTypeKind => out.push((at, 4)),
            K::LLVMHalfTypeKind | K::LLVMBFloatTypeKind => out.push((at, 2)),
            // 10 bytes: a store must leave the padding of the 16-byte slot alone.
            K::LLVMX86_FP80TypeKind => out.extend([(at, 8), (at + 8, 2)]),
            K::LLVMStructTypeKind => {
                for (i, f) in t.struct_fields().into_iter().enumerate() {
                    self.mem_leaves(f, at + layout.field_offset(t, i as u32), out)?;
                }
            }
            K::LLVMArrayTypeKind => {
                let et = t.element_type();
                let stride = layout.alloc_size(et);
                for i in 0..t.array_len() {
                    self.mem_leaves(et, at + i * stride, out)?;
                }
            }
            K::LLVMVectorTypeKind => {
                let et = t.element_type();
                if et.is_int() && !et.int_width().is_multiple_of(8) {
                    return Err(format!("load or store of {}", t.print()));
                }
                let stride = layout.store_size(et);
                for i in 0..t.vector_len() as u64 {
                    self.mem_leaves(et, at + i * stride, out)?;
                }
            }
            _ => return Err(format!("load or store of {}", t.print())),
        }
        Ok(())
    }

    /// Loads `n` bytes (1..=8) from `b + o`, which is `align`-aligned.
    pub fn load_bytes(&mut self, b: VReg, o: i64, n: u64, align: u64) -> VReg {
        let mut acc: Option<VReg> = None;
        for (pos, s) in pieces(n, align) {
            let d = self.vreg();
            self.emit(MInst::Load { op: load_op(s), d, base: b, off: o + pos as i64 });
            let piece = if pos > 0 { self.alu_i(Opcode::Shl, d, 8 * pos) } else { d };
            acc = Some(match acc {
                None => piece,
                Some(a) => self.alu(Opcode::Or, a, Opnd::R(piece)),
            });
        }
        acc.expect("non-empty access")
    }

    /// Stores the low `n` bytes of `v` at `b + o`, which is `align`-aligned.
    pub fn store_bytes(&mut self, b: VReg, o: i64, v: VReg, n: u64, align: u64) {
        for (pos, s) in pieces(n, align) {
            let piece = if pos > 0 { self.alu_i(Opcode::Shr, v, 8 * pos) } else { v };
            self.emit(MInst::Store { op: store_op(s), base: b, off: o + pos as i64, v: piece });
        }
    }

    /// The alignment of `base + off`: exact for frame and absolute addresses (the IR's
    /// claim can be wrong for packed structures), else what the IR states.
    fn access_align(&self, base: Base, off: i64, ir_align: u64) -> u64 {
        match base {
            Base::Frame | Base::Abs => align_at(64, off as u64),
            Base::Reg(_) => ir_align.max(1),
        }
    }

    pub(super) fn lower_alloca(&mut self, inst: Val) -> Result<()> {
        let t = inst.allocated_type();
        let count = match self.leaf_opnds(inst.operand(0), inst)?.as_slice() {
            [Opnd::I(k)] => *k,
            _ => return Err(self.unsupported("dynamically sized alloca", inst)),
        };
        let size = self.ctx.layout.alloc_size(t).saturating_mul(count);
        let align = (inst.alignment() as u64).max(1);
        if align > 64 {
            return Err(self.unsupported("alloca aligned to more than 64 bytes", inst));
        }
        let off = self.alloc_frame(size, align)?;
        if self.address_only(inst) {
            self.set(inst, Lowered::Addr(Base::Frame, off));
        } else {
            let d = self.vreg();
            self.emit(MInst::FpAddr { d, off });
            self.set_reg(inst, d);
        }
        Ok(())
    }

    /// Reserves `size` bytes of frame memory; returns the offset in the alloca area.
    pub fn alloc_frame(&mut self, size: u64, align: u64) -> Result<i64> {
        let off = self.m.alloca_bytes.next_multiple_of(align.max(1));
        self.m.alloca_bytes = off + size;
        self.m.alloca_align = self.m.alloca_align.max(align);
        if self.m.alloca_bytes > (1 << 23) {
            return Err(crate::error::Error::Limit(format!(
                "function {} needs more than 8 MiB of stack frame",
                function_label(&self.fname)
            )));
        }
        Ok(off as i64)
    }

    pub(super) fn lower_gep(&mut self, inst: Val) -> Result<()> {
        if inst.ty().is_vector() {
            return Err(self.unsupported("vector GEP", inst));
        }
        let (base, mut off) = self.addr(inst.operand(0), inst)?;
        let mut var: Option<VReg> = None;
        let mut ty = inst.gep_source_type();
        let layout = self.ctx.layout;
        for i in 1..inst.num_operands() {
            let idx = inst.operand(i);
            let size = if i == 1 {
                layout.alloc_size(ty)
            } else if ty.is_struct() {
                let k = match self.leaf_opnds(idx, inst)?.as_slice() {
                    [Opnd::I(k)] => *k as u32,
                    _ => return Err(self.unsupported("variable struct index", inst)),
                };
                off = off.wrapping_add(layout.field_offset(ty, k) as i64);
                ty = ty.struct_fields()[k as usize];
                continue;
            } else if ty.is_array() || ty.is_vector() {
                ty = ty.element_type();
                layout.alloc_size(ty)
            } else {
                return Err(self.unsupported("GEP into a non-aggregate", inst));
            };
            if !idx.ty().is_int() {
                return Err(self.unsupported("vector GEP index", inst));
            }
            let w = idx.ty().int_width();
            // Split only sums that then need no code: one with other users is computed
            // anyway, and splitting it would keep both it and `x` live.
            let (idx, k) = match index_plus_const(idx) {
                Some(split) if self.folded.contains(&idx) => split,
                _ => (idx, 0),
            };
            off = off.wrapping_add(k.wrapping_mul(size as i64));
            let ops = self.leaf_opnds(idx, inst)?;
            match ops[0] {
                Opnd::I(k) => {
                    let k = if w < 64 { sext(k, w) } else { k };
                    off = off.wrapping_add((k as i64).wrapping_mul(size as i64));
                }
                Opnd::R(r) => {
                    if size == 0 {
                        continue;
                    }
                    let r = if w < 64 { self.sext_reg(r, w) } else { r };
                    let term = if size == 1 {
                        r
                    } else if size.is_power_of_two() {
                        self.alu_reused(Opcode::Shl, r, Opnd::I(size.trailing_zeros() as u64))
                    } else {
                        self.alu_reused(Opcode::Mul, r, Opnd::I(size))
                    };
                    var = Some(match var {
                        None => term,
                        Some(v) => self.alu_reused(Opcode::Add, v, Opnd::R(term)),
                    });
                }
            }
        }
        let (base, off) = match var {
            None => (base, off),
            Some(v) => {
                let b = match base {
                    Base::Reg(r) => self.alu_reused(Opcode::Add, v, Opnd::R(r)),
                    Base::Frame => {
                        let fb = self.fbase();
                        self.alu_reused(Opcode::Add, v, Opnd::R(fb))
                    }
                    Base::Abs => v,
                };
                (Base::Reg(b), off)
            }
        };
        if self.address_only(inst) {
            self.set(inst, Lowered::Addr(base, off));
        } else {
            let r = self.materialize(base, off);
            self.set_reg(inst, r);
        }
        Ok(())
    }

    pub(super) fn lower_load(&mut self, inst: Val) -> Result<()> {
        let (base, off) = self.addr(inst.operand(0), inst)?;
        let align = self.access_align(base, off, inst.alignment() as u64);
        let (b, o) = self.access_base(base, off);
        // An under-aligned load whose only use is the `bswap` right after it: read the
        // bytes in big-endian order instead (no byte swap needed).
        let t = inst.ty();
        if t.is_int()
            && matches!(t.int_width(), 16 | 32 | 64)
            && align < (t.int_width() / 8) as u64
            && !inst.is_volatile()
            && let [(user, 0)] = inst.uses().as_slice()
            && inst.next_instruction() == Some(*user)
            && crate::ir::is_opcode(*user, crate::ir::Op::LLVMCall)
            && user.called_value().name().starts_with("llvm.bswap.")
        {
            self.be_loads.insert(*user, (b, o, (t.int_width() / 8) as u64));
            return Ok(());
        }
        let mut leaves = Vec::new();
        self.mem_leaves(inst.ty(), 0, &mut leaves).map_err(|e| self.unsupported(e, inst))?;
        let mut regs = Vec::new();
        for (pos, n) in leaves {
            regs.push(self.load_bytes(b, o + pos as i64, n, align_at(align, pos)));
        }
        self.set_regs(inst, regs);
        Ok(())
    }

    pub(super) fn lower_store(&mut self, inst: Val) -> Result<()> {
        let v = inst.operand(0);
        let (base, off) = self.addr(inst.operand(1), inst)?;
        let align = self.access_align(base, off, inst.alignment() as u64);
        let (b, o) = self.access_base(base, off);
        self.store_value(v, b, o, align, inst)
    }

    /// Stores `v` as it lies in memory at `b + o`, which is `align`-aligned.
    fn store_value(&mut self, v: Val, b: VReg, o: i64, align: u64, inst: Val) -> Result<()> {
        let vals = self.leaf_opnds(v, inst)?;
        let vals = self.opnd_regs(vals);
        let mut leaves = Vec::new();
        self.mem_leaves(v.ty(), 0, &mut leaves).map_err(|e| self.unsupported(e, inst))?;
        for ((pos, n), r) in leaves.into_iter().zip(vals) {
            self.store_bytes(b, o + pos as i64, r, n, align_at(align, pos));
        }
        Ok(())
    }

    /// `memcpy`/`memmove(dst, src, len)` with IR alignments `(ad, as_)`.
    pub fn mem_copy(
        &mut self,
        inst: Val,
        (dst, src, len): (Val, Val, Val),
        (ad, as_): (u64, u64),
        is_move: bool,
    ) -> Result<()> {
        if let [Opnd::I(n)] = self.leaf_opnds(len, inst)?.as_slice() {
            let n = *n;
            if n == 0 {
                return Ok(());
            }
            let (bd, od) = self.addr(dst, inst)?;
            let (bs, os) = self.addr(src, inst)?;
            let ad = self.access_align(bd, od, ad);
            let as_ = self.access_align(bs, os, as_);
            let ps = pieces(n, ad.min(as_));
            if n <= INLINE_MEM_BYTES && ps.len() as u64 <= INLINE_MEM_CHUNKS {
                self.copy_inline(bd, od, bs, os, &ps);
                return Ok(());
            }
        }
        let d = self.opnd(dst, inst)?;
        let s = self.opnd(src, inst)?;
        let l = self.opnd(len, inst)?;
        self.call_named(if is_move { "memmove" } else { "memcpy" }, &[d, s, l], 0, inst)?;
        Ok(())
    }

    /// Copies with all loads before all stores (so overlapping moves work).
    fn copy_inline(&mut self, bd: Base, od: i64, bs: Base, os: i64, ps: &[(u64, u64)]) {
        let (sb, so) = self.access_base(bs, os);
        let mut vals = Vec::new();
        for &(pos, s) in ps {
            let d = self.vreg();
            self.emit(MInst::Load { op: load_op(s), d, base: sb, off: so + pos as i64 });
            vals.push(d);
        }
        let (db, dof) = self.access_base(bd, od);
        for (&(pos, s), v) in ps.iter().zip(vals) {
            self.emit(MInst::Store { op: store_op(s), base: db, off: dof + pos as i64, v });
        }
    }

    /// Copies `size` bytes from `src` into frame memory at `off` (for byval arguments).
    /// The bytes of `v` as it lies in memory, in 8-byte words (through a frame slot).
    pub fn memory_words(&mut self, v: Val, inst: Val) -> Result<Vec<VReg>> {
        let size = self.ctx.layout.alloc_size(v.ty()).next_multiple_of(8);
        let off = self.alloc_frame(size, 8)?;
        let (b, o) = self.access_base(Base::Frame, off);
        let align = align_at(64, off as u64);
        self.store_value(v, b, o, align, inst)?;
        Ok(self.load_words(b, o, size, align.min(8)))
    }

    /// The `size` bytes at `b + o` (`align`-aligned) in 8-byte words, the last one
    /// zero-extended.
    pub fn load_words(&mut self, b: VReg, o: i64, size: u64, align: u64) -> Vec<VReg> {
        (0..size)
            .step_by(8)
            .map(|pos| self.load_bytes(b, o + pos as i64, (size - pos).min(8), align_at(align, pos)))
            .collect()
    }

    pub fn copy_to_frame(&mut self, inst: Val, src: Val, off: i64, size: u64, align: u64) -> Result<()> {
        let (bs, os) = self.addr(src, inst)?;
        let ps = pieces(size, self.access_align(bs, os, align));
        if size <= INLINE_MEM_BYTES && ps.len() as u64 <= INLINE_MEM_CHUNKS {
            self.copy_inline(Base::Frame, off, bs, os, &ps);
            return Ok(());
        }
        let d = self.materialize(Base::Frame, off);
        let s = self.opnd(src, inst)?;
        self.call_named("memcpy", &[Opnd::R(d), s, Opnd::I(size)], 0, inst)?;
        Ok(())
    }

    /// `memset(dst, byte, len)`.
    pub fn mem_set(&mut self, inst: Val, dst: Val, byte: Val, len: Val, ad: u64) -> Result<()> {
        let b = self.opnd(byte, inst)?;
        self.mem_set_opnd(inst, dst, b, len, ad)
    }

    /// `memset` with the byte as an operand.
    pub fn mem_set_opnd(&mut self, inst: Val, dst: Val, byte: Opnd, len: Val, ad: u64) -> Result<()> {
        if let [Opnd::I(n)] = self.leaf_opnds(len, inst)?.as_slice() {
            let n = *n;
            if n == 0 {
                return Ok(());
            }
            let (bd, od) = self.addr(dst, inst)?;
            let ad = self.access_align(bd, od, ad);
            let ps = pieces(n, ad);
            if n <= INLINE_MEM_BYTES && ps.len() as u64 <= INLINE_MEM_CHUNKS {
                let pattern = match byte {
                    Opnd::I(0) => self.zero(),
                    Opnd::I(k) => self.li((k & 0xff).wrapping_mul(0x0101_0101_0101_0101)),
                    Opnd::R(r) => self.alu_i(Opcode::Mul, r, 0x0101_0101_0101_0101),
                };
                let (db, dof) = self.access_base(bd, od);
                for (pos, s) in ps {
                    self.emit(MInst::Store { op: store_op(s), base: db, off: dof + pos as i64, v: pattern });
                }
                return Ok(());
            }
        }
        let d = self.opnd(dst, inst)?;
        let l = self.opnd(len, inst)?;
        self.call_named("memset", &[d, byte, l], 0, inst)?;
        Ok(())
    }
}

/// A 64-bit GEP index `x + k` written as `add x, k` or `or disjoint x, k`: the GEP can use
/// `x` and add `k` times the element size to its constant offset (exact modulo 2^64,
/// as the address arithmetic is), so that `a[i + 1]`, `a[i + 2]`, ... share one scaled
/// `i`.
fn index_plus_const(v: Val) -> Option<(Val, i64)> {
    if !v.is_instruction() || !v.ty().is_int() || v.ty().int_width() != 64 {
        return None;
    }
    let folds = match v.opcode() {
        Op::LLVMAdd => true,
        Op::LLVMOr => v.is_disjoint(),
        _ => false,
    };
    let k = v.operand(1);
    (folds && k.is_const_int()).then(|| (v.operand(0), k.const_zext() as i64))
}

/// Adds to `folded` the instructions [`index_plus_const`] folds into every one of their
/// users, which are all GEP indices: they need no code of their own.
pub fn find_index_adds(f: Val, folded: &mut HashSet<Val>) {
    for bb in f.blocks() {
        for inst in bb.instructions() {
            if index_plus_const(inst).is_some()
                && inst
                    .uses()
                    .iter()
                    .all(|&(user, idx)| is_opcode(user, Op::LLVMGetElementPtr) && idx > 0 && !user.ty().is_vector())
            {
                folded.insert(inst);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn access_pieces() {
        assert_eq!(pieces(8, 8), vec![(0, 8)]);
        assert_eq!(pieces(8, 2), vec![(0, 2), (2, 2), (4, 2), (6, 2)]);
        assert_eq!(pieces(3, 4), vec![(0, 2), (2, 1)]);
        assert_eq!(pieces(6, 8), vec![(0, 4), (4, 2)]);
        assert_eq!(pieces(24, 16), vec![(0, 8), (8, 8), (16, 8)]);
    }
}
