//! Integer arithmetic, comparisons, selects, casts and aggregate/vector element access.

use inkwell::llvm_sys::core::{LLVMGetMaskValue, LLVMGetNumMaskElements};
use isa_spec::Opcode;

use super::mir::{Opnd, VReg};
use super::{FnLower, Lowered, mask, sext};
use crate::consts::scalar_width;
use crate::error::Result;
use crate::ir::{Op, Pred, Val};

/// A comparison outcome: the predicate holds iff `(reg != 0) != negated`; in value
/// context `reg` is 0 or 1.
#[derive(Clone, Copy, Debug)]
pub enum CmpRes {
    Reg(VReg, bool),
    Const(bool),
    /// (Branches only) a test not yet computed that costs one instruction in either
    /// polarity: `a yes.0 yes.1` is non-zero iff the predicate holds, `a no.0 no.1` iff
    /// it does not (`eq`/`sub` for equality, `ltu`/`shr` against a power of two).
    Flex {
        a: VReg,
        yes: (Opcode, Opnd),
        no: (Opcode, Opnd),
    },
}

fn swap_pred(p: Pred) -> Pred {
    use Pred::*;
    match p {
        LLVMIntEQ => LLVMIntEQ,
        LLVMIntNE => LLVMIntNE,
        LLVMIntUGT => LLVMIntULT,
        LLVMIntUGE => LLVMIntULE,
        LLVMIntULT => LLVMIntUGT,
        LLVMIntULE => LLVMIntUGE,
        LLVMIntSGT => LLVMIntSLT,
        LLVMIntSGE => LLVMIntSLE,
        LLVMIntSLT => LLVMIntSGT,
        LLVMIntSLE => LLVMIntSGE,
    }
}

/// Evaluates a predicate on constants (`w`-bit clean values).
fn fold_pred(p: Pred, w: u32, a: u64, b: u64) -> bool {
    use Pred::*;
    let (sa, sb) = (sext(a, w) as i64, sext(b, w) as i64);
    match p {
        LLVMIntEQ => a == b,
        LLVMIntNE => a != b,
        LLVMIntUGT => a > b,
        LLVMIntUGE => a >= b,
        LLVMIntULT => a < b,
        LLVMIntULE => a <= b,
        LLVMIntSGT => sa > sb,
        LLVMIntSGE => sa >= sb,
        LLVMIntSLT => sa < sb,
        LLVMIntSLE => sa <= sb,
    }
}

/// Folds a binary operation on `w`-bit constants (None: leave it to run time).
fn fold_binop(op: Op, w: u32, a: u64, b: u64) -> Option<u64> {
    let m = mask(w);
    let (sa, sb) = (sext(a, w) as i64, sext(b, w) as i64);
    let v = match op {
        Op::LLVMAdd => a.wrapping_add(b),
        Op::LLVMSub => a.wrapping_sub(b),
        Op::LLVMMul => a.wrapping_mul(b),
        Op::LLVMAnd => a & b,
        Op::LLVMOr => a | b,
        Op::LLVMXor => a ^ b,
        Op::LLVMShl => a.checked_shl(b as u32)?,
        Op::LLVMLShr => a.checked_shr(b as u32)?,
        Op::LLVMAShr => (sa.checked_shr(b as u32)?) as u64,
        Op::LLVMUDiv => a.checked_div(b)?,
        Op::LLVMURem => a.checked_rem(b)?,
        Op::LLVMSDiv => sa.checked_div(sb)? as u64,
        Op::LLVMSRem => sa.checked_rem(sb)? as u64,
        _ => return None,
    };
    Some(v & m)
}

impl FnLower<'_> {
    pub(super) fn lower_binop(&mut self, inst: Val) -> Result<()> {
        let t = inst.ty();
        if !t.is_int() {
            return Err(self.unsupported("vector arithmetic", inst));
        }
        if let Some(&mix) = self.sha256.get(&inst) {
            return self.lower_mix(inst, mix);
        }
        if let Some(&andn) = self.andn.get(&inst) {
            return self.lower_andn(inst, andn);
        }
        let w = t.int_width();
        if w > 128 {
            let r = self.binop_wide(inst, w)?;
            self.set_regs(inst, r);
            return Ok(());
        }
        if w > 64 {
            let r = self.binop128(inst, w)?;
            self.set_regs(inst, r);
            return Ok(());
        }
        let a = self.opnd(inst.operand(0), inst)?;
        let b = self.opnd(inst.operand(1), inst)?;
        let da = self.is_dirty(inst.operand(0));
        let db = self.is_dirty(inst.operand(1));
        let (r, dirty) = self.binop_raw(inst.opcode(), w, a, b, (da, db));
        self.finish_int(inst, r, dirty, w);
        Ok(())
    }

    /// `a op b` on clean `w`-bit operands (w <= 64); the result is clean.
    pub fn binop(&mut self, op: Op, w: u32, a: Opnd, b: Opnd) -> VReg {
        let (r, dirty) = self.binop_raw(op, w, a, b, (false, false));
        if dirty { self.trunc_reg(r, w) } else { r }
    }

    /// `a op b` on `w`-bit operands (w <= 64). Operands flagged in `(da, db)` may be
    /// dirty (garbage above bit `w`) where the operation only reads low bits; returns
    /// the result and whether it is dirty.
    pub fn binop_raw(&mut self, op: Op, w: u32, a: Opnd, b: Opnd, (da, db): (bool, bool)) -> (VReg, bool) {
        use Opnd::*;
        let narrow = w < 64;
        if let (I(x), I(y)) = (a, b)
            && let Some(v) = fold_binop(op, w, x, y)
        {
            return (self.as_reg(I(v)), false);
        }
        if let Some(r) = self.identity(op, w, a, b, (da, db)) {
            return r;
        }
        match op {
            Op::LLVMAdd | Op::LLVMMul | Op::LLVMAnd | Op::LLVMOr | Op::LLVMXor => {
                let dirty = match op {
                    Op::LLVMAdd | Op::LLVMMul => narrow,
                    Op::LLVMAnd => da && db,
                    _ => da || db,
                };
                let (a, b) = if matches!(a, I(_)) { (b, a) } else { (a, b) };
                let opc = match op {
                    Op::LLVMAdd => Opcode::Add,
                    Op::LLVMMul => Opcode::Mul,
                    Op::LLVMAnd => Opcode::And,
                    Op::LLVMOr => Opcode::Or,
                    _ => Opcode::Xor,
                };
                let ar = self.as_reg(a);
                (self.alu(opc, ar, b), dirty)
            }
            Op::LLVMSub => {
                let ar = self.as_reg(a);
                let r = match b {
                    I(k) => self.alu_i(Opcode::Add, ar, k.wrapping_neg()),
                    R(_) => self.alu(Opcode::Sub, ar, b),
                };
                (r, narrow)
            }
            Op::LLVMShl => {
                if let I(k) = b
                    && k >= w as u64
                {
                    return (self.li(0), false);
                }
                let ar = self.as_reg(a);
                (self.alu(Opcode::Shl, ar, b), narrow)
            }
            Op::LLVMLShr => {
                if let I(k) = b
                    && k >= w as u64
                {
                    return (self.li(0), false);
                }
                let ar = self.as_reg(a);
                (self.alu(Opcode::Shr, ar, b), false)
            }
            Op::LLVMAShr => {
                let ar = self.as_reg(a);
                if w == 64 {
                    return (self.alu(Opcode::Sra, ar, b), false);
                }
                match b {
                    I(k) => {
                        let k = k.min(w as u64 - 1);
                        let t = self.alu_i(Opcode::Shl, ar, (64 - w) as u64);
                        (self.alu_i(Opcode::Sra, t, 64 - w as u64 + k), true)
                    }
                    R(_) => {
                        let t = self.sext_reg(ar, w);
                        (self.alu(Opcode::Sra, t, b), true)
                    }
                }
            }
            Op::LLVMUDiv | Op::LLVMURem => {
                let ar = self.as_reg(a);
                let opc = if op == Op::LLVMUDiv { Opcode::DivU } else { Opcode::RemU };
                (self.alu(opc, ar, b), false)
            }
            Op::LLVMSDiv | Op::LLVMSRem => {
                let opc = if op == Op::LLVMSDiv { Opcode::DivS } else { Opcode::RemS };
                let sa = self.sext_opnd(a, w);
                let sb = self.sext_opnd(b, w);
                let ar = self.as_reg(sa);
                (self.alu(opc, ar, sb), narrow)
            }
            _ => unreachable!("not a binary operator"),
        }
    }

    /// Sign-extends the high word of a `w`-bit two-register value to 64 bits.
    fn sext_hi(&mut self, hi: Opnd, w: u32) -> Opnd {
        if w >= 128 { hi } else { self.sext_opnd(hi, w - 64) }
    }

    /// Two-register operation on `w`-bit values (64 < w <= 128; the high word holds
    /// `w - 64` clean bits).
    fn binop128(&mut self, inst: Val, w: u32) -> Result<Vec<VReg>> {
        let mut r = self.binop128_full(inst, w)?;
        if w < 128 {
            r[1] = self.trunc_reg(r[1], w - 64);
        }
        Ok(r)
    }

    fn binop128_full(&mut self, inst: Val, w: u32) -> Result<Vec<VReg>> {
        let op = inst.opcode();
        let a = self.leaf_opnds(inst.operand(0), inst)?;
        let b = self.leaf_opnds(inst.operand(1), inst)?;
        let (alo, mut ahi, blo, mut bhi) = (a[0], a[1], b[0], b[1]);
        if matches!(op, Op::LLVMAShr | Op::LLVMSDiv | Op::LLVMSRem) {
            ahi = self.sext_hi(ahi, w);
            if op != Op::LLVMAShr {
                bhi = self.sext_hi(bhi, w);
            }
        }
        Ok(match op {
            Op::LLVMAdd => {
                let (alo, ahi, blo, bhi) =
                    if matches!(alo, Opnd::I(_)) { (blo, bhi, alo, ahi) } else { (alo, ahi, blo, bhi) };
                self.add128(alo, ahi, blo, bhi)
            }
            Op::LLVMSub => self.sub128(alo, ahi, blo, bhi),
            Op::LLVMMul => {
                let (alo, ahi, blo, bhi) =
                    if matches!(alo, Opnd::I(_)) { (blo, bhi, alo, ahi) } else { (alo, ahi, blo, bhi) };
                self.mul128(alo, ahi, blo, bhi)
            }
            Op::LLVMAnd | Op::LLVMOr | Op::LLVMXor => {
                let w = 64;
                let lo = self.binop(op, w, alo, blo);
                let hi = self.binop(op, w, ahi, bhi);
                vec![lo, hi]
            }
            Op::LLVMShl | Op::LLVMLShr | Op::LLVMAShr => match blo {
                Opnd::I(k) if k >= w as u64 => vec![self.zero(), self.zero()],
                Opnd::I(k) => self.shift128_const(op, alo, ahi, k as u32),
                Opnd::R(s) => self.shift128_var(op, alo, ahi, s),
            },
            Op::LLVMUDiv | Op::LLVMSDiv | Op::LLVMURem | Op::LLVMSRem => {
                let name = match op {
                    Op::LLVMUDiv => "__udivti3",
                    Op::LLVMSDiv => "__divti3",
                    Op::LLVMURem => "__umodti3",
                    _ => "__modti3",
                };
                self.call_named(name, &[alo, ahi, blo, bhi], 2, inst)?
            }
            _ => return Err(self.unsupported("i128 operation", inst)),
        })
    }

    /// `a op b` where one operand is a constant that makes it `0` or the other operand
    /// (`x + 0`, `x * 1`, `x & 0`, `x & mask`, ...): no instruction. The result is the
    /// other operand's register, dirty if that is (`finish_int` masks it if needed).
    fn identity(&mut self, op: Op, w: u32, a: Opnd, b: Opnd, (da, db): (bool, bool)) -> Option<(VReg, bool)> {
        let commutes = matches!(op, Op::LLVMAdd | Op::LLVMMul | Op::LLVMAnd | Op::LLVMOr | Op::LLVMXor);
        let (x, k, dirty) = match (a, b) {
            (Opnd::R(x), Opnd::I(k)) => (x, k, da),
            (Opnd::I(k), Opnd::R(x)) if commutes => (x, k, db),
            _ => return None,
        };
        match (op, k & mask(w)) {
            (Op::LLVMAdd | Op::LLVMSub | Op::LLVMOr | Op::LLVMXor, 0) | (Op::LLVMMul, 1) => Some((x, dirty)),
            (Op::LLVMMul | Op::LLVMAnd, 0) => Some((self.zero(), false)),
            (Op::LLVMAnd, k) if k == mask(w) => Some((x, dirty)),
            _ => None,
        }
    }

    pub fn add128(&mut self, alo: Opnd, ahi: Opnd, blo: Opnd, bhi: Opnd) -> Vec<VReg> {
        let alo = self.as_reg(alo);
        let lo = self.alu(Opcode::Add, alo, blo);
        let carry = self.alu(Opcode::LtU, lo, Opnd::R(alo));
        let hi = match (ahi, bhi) {
            (Opnd::I(x), Opnd::I(y)) => self.li(x.wrapping_add(y)),
            (Opnd::I(x), r) | (r, Opnd::I(x)) => {
                let r = self.as_reg(r);
                if x == 0 { r } else { self.alu_i(Opcode::Add, r, x) }
            }
            (Opnd::R(x), y) => self.alu(Opcode::Add, x, y),
        };
        let hi = self.alu(Opcode::Add, hi, Opnd::R(carry));
        vec![lo, hi]
    }

    pub fn sub128(&mut self, alo: Opnd, ahi: Opnd, blo: Opnd, bhi: Opnd) -> Vec<VReg> {
        let alo = self.as_reg(alo);
        let lo = match blo {
            Opnd::I(k) => self.alu_i(Opcode::Add, alo, k.wrapping_neg()),
            r => self.alu(Opcode::Sub, alo, r),
        };
        let borrow = self.alu(Opcode::LtU, alo, blo);
        let ahi = self.as_reg(ahi);
        let hi = match bhi {
            Opnd::I(0) => ahi,
            Opnd::I(k) => self.alu_i(Opcode::Add, ahi, k.wrapping_neg()),
            r => self.alu(Opcode::Sub, ahi, r),
        };
        let hi = self.alu(Opcode::Sub, hi, Opnd::R(borrow));
        vec![lo, hi]
    }

    pub fn mul128(&mut self, alo: Opnd, ahi: Opnd, blo: Opnd, bhi: Opnd) -> Vec<VReg> {
        let alo_r = self.as_reg(alo);
        let lo = self.alu(Opcode::Mul, alo_r, blo);
        let mut hi = self.alu(Opcode::MulHu, alo_r, blo);
        if bhi != Opnd::I(0) {
            let t = self.alu(Opcode::Mul, alo_r, bhi);
            hi = self.alu(Opcode::Add, hi, Opnd::R(t));
        }
        if ahi != Opnd::I(0) && blo != Opnd::I(0) {
            let ahi = self.as_reg(ahi);
            let t = self.alu(Opcode::Mul, ahi, blo);
            hi = self.alu(Opcode::Add, hi, Opnd::R(t));
        }
        vec![lo, hi]
    }

    fn shift128_const(&mut self, op: Op, lo: Opnd, hi: Opnd, k: u32) -> Vec<VReg> {
        let lo = self.as_reg(lo);
        let hi = self.as_reg(hi);
        let k = k.min(127);
        if k == 0 {
            return vec![lo, hi];
        }
        match op {
            Op::LLVMShl => {
                if k >= 64 {
                    let h = if k == 64 { lo } else { self.alu_i(Opcode::Shl, lo, (k - 64) as u64) };
                    vec![self.zero(), h]
                } else {
                    let l = self.alu_i(Opcode::Shl, lo, k as u64);
                    let h1 = self.alu_i(Opcode::Shl, hi, k as u64);
                    let h2 = self.alu_i(Opcode::Shr, lo, (64 - k) as u64);
                    let h = self.alu(Opcode::Or, h1, Opnd::R(h2));
                    vec![l, h]
                }
            }
            _ => {
                let arith = op == Op::LLVMAShr;
                let sh = if arith { Opcode::Sra } else { Opcode::Shr };
                if k >= 64 {
                    let l = if k == 64 { hi } else { self.alu_i(sh, hi, (k - 64) as u64) };
                    let h = if arith { self.alu_i(Opcode::Sra, hi, 63) } else { self.zero() };
                    vec![l, h]
                } else {
                    let l1 = self.alu_i(Opcode::Shr, lo, k as u64);
                    let l2 = self.alu_i(Opcode::Shl, hi, (64 - k) as u64);
                    let l = self.alu(Opcode::Or, l1, Opnd::R(l2));
                    let h = self.alu_i(sh, hi, k as u64);
                    vec![l, h]
                }
            }
        }
    }

    /// Variable 128-bit shift, branch-free (amount in 0..128).
    fn shift128_var(&mut self, op: Op, lo: Opnd, hi: Opnd, s: VReg) -> Vec<VReg> {
        let lo = self.as_reg(lo);
        let hi = self.as_reg(hi);
        // big = (s >> 6) & 1: whether the shift crosses the word boundary.
        let big = self.alu_i(Opcode::Shr, s, 6);
        let big = self.alu_i(Opcode::And, big, 1);
        let inv = self.alu_i(Opcode::Xor, s, 63); // 63 - (s mod 64)
        match op {
            Op::LLVMShl => {
                let l = self.alu(Opcode::Shl, lo, Opnd::R(s));
                let h1 = self.alu(Opcode::Shl, hi, Opnd::R(s));
                let c = self.alu_i(Opcode::Shr, lo, 1);
                let c = self.alu(Opcode::Shr, c, Opnd::R(inv));
                let h = self.alu(Opcode::Or, h1, Opnd::R(c));
                // big: (0, l) else (l, h)
                let nb = self.alu_i(Opcode::Xor, big, 1);
                let new_lo = self.alu(Opcode::Mul, l, Opnd::R(nb));
                let d = self.alu(Opcode::Sub, l, Opnd::R(h));
                let d = self.alu(Opcode::Mul, d, Opnd::R(big));
                let new_hi = self.alu(Opcode::Add, h, Opnd::R(d));
                vec![new_lo, new_hi]
            }
            _ => {
                let arith = op == Op::LLVMAShr;
                let sh = if arith { Opcode::Sra } else { Opcode::Shr };
                let h = self.alu(sh, hi, Opnd::R(s));
                let l1 = self.alu(Opcode::Shr, lo, Opnd::R(s));
                let c = self.alu_i(Opcode::Shl, hi, 1);
                let c = self.alu(Opcode::Shl, c, Opnd::R(inv));
                let l = self.alu(Opcode::Or, l1, Opnd::R(c));
                // big: (h, fill) else (l, h)
                let fill = if arith { self.alu_i(Opcode::Sra, hi, 63) } else { self.zero() };
                let d = self.alu(Opcode::Sub, h, Opnd::R(l));
                let d = self.alu(Opcode::Mul, d, Opnd::R(big));
                let new_lo = self.alu(Opcode::Add, l, Opnd::R(d));
                let d2 = self.alu(Opcode::Sub, fill, Opnd::R(h));
                let d2 = self.alu(Opcode::Mul, d2, Opnd::R(big));
                let new_hi = self.alu(Opcode::Add, h, Opnd::R(d2));
                vec![new_lo, new_hi]
            }
        }
    }

    // ----- comparisons -----

    pub(super) fn lower_icmp(&mut self, inst: Val) -> Result<()> {
        if self.note_fusable(inst) {
            return Ok(());
        }
        let r = self.cmp_inst(inst, false)?;
        let r = self.cmp_value(r);
        self.set_reg(inst, r);
        Ok(())
    }

    /// Whether the register of `v` holds it sign-extended to 64 bits.
    fn is_sign_extended(&self, v: Val) -> bool {
        self.is_dirty(v) && super::dirty::is_read_byte(v)
    }

    /// A comparison result as a 0/1 register.
    pub fn cmp_value(&mut self, r: CmpRes) -> VReg {
        match r {
            CmpRes::Const(b) => self.li(b as u64),
            CmpRes::Reg(r, false) => r,
            CmpRes::Reg(r, true) => self.alu_i(Opcode::Xor, r, 1),
            CmpRes::Flex { a, yes, no } => {
                let (op, b, neg) = if yes.0 == Opcode::Eq || yes.0 == Opcode::LtU {
                    (yes.0, yes.1, false)
                } else {
                    (no.0, no.1, true)
                };
                let t = self.alu(op, a, b);
                if neg { self.alu_i(Opcode::Xor, t, 1) } else { t }
            }
        }
    }

    pub(super) fn cmp_for_branch(&mut self, cond: Val) -> Result<CmpRes> {
        if crate::ir::is_opcode(cond, Op::LLVMFCmp) {
            return self.fcmp(cond);
        }
        self.cmp_inst(cond, true)
    }

    fn cmp_inst(&mut self, inst: Val, branch: bool) -> Result<CmpRes> {
        let pred = inst.icmp_pred();
        let ty = inst.operand(0).ty();
        let Some(w) = scalar_width(ty) else {
            return Err(self.unsupported("vector comparison", inst));
        };
        if w > 128 {
            let a = self.leaf_opnds(inst.operand(0), inst)?;
            let b = self.leaf_opnds(inst.operand(1), inst)?;
            return Ok(self.cmp_wide(pred, w, a, b));
        }
        if w > 64 {
            let a = self.leaf_opnds(inst.operand(0), inst)?;
            let b = self.leaf_opnds(inst.operand(1), inst)?;
            let (mut ahi, mut bhi) = (a[1], b[1]);
            if crate::ir::pred_is_signed(pred) {
                ahi = self.sext_hi(ahi, w);
                bhi = self.sext_hi(bhi, w);
            }
            return Ok(self.cmp128(pred, a[0], ahi, b[0], bhi, branch));
        }
        let a = self.opnd(inst.operand(0), inst)?;
        let b = self.opnd(inst.operand(1), inst)?;
        let (sa, sb) = (self.is_sign_extended(inst.operand(0)), self.is_sign_extended(inst.operand(1)));
        if sa || sb {
            // Sign extension preserves both signed and unsigned order: compare the
            // sign-extended forms as 64-bit values.
            let a = if sa { a } else { self.sext_opnd(a, w) };
            let b = if sb { b } else { self.sext_opnd(b, w) };
            return Ok(self.cmp_opnds(pred, 64, a, b, branch));
        }
        Ok(self.cmp_opnds(pred, w, a, b, branch))
    }

    /// Compares clean `w`-bit operands.
    pub fn cmp_opnds(&mut self, pred: Pred, w: u32, a: Opnd, b: Opnd, branch: bool) -> CmpRes {
        use Opnd::*;
        use Pred::*;
        let (mut pred, mut a, mut b) = (pred, a, b);
        if let (I(x), I(y)) = (a, b) {
            return CmpRes::Const(fold_pred(pred, w, x, y));
        }
        if matches!(a, I(_)) {
            std::mem::swap(&mut a, &mut b);
            pred = swap_pred(pred);
        }
        let signed = crate::ir::pred_is_signed(pred);
        if signed && w < 64 {
            // Sign tests read the sign bit: x < 0, x <= -1, x >= 0, x > -1.
            let minus_one = I(mask(w));
            let negative = match pred {
                LLVMIntSLT if b == I(0) => Some(true),
                LLVMIntSLE if b == minus_one => Some(true),
                LLVMIntSGE if b == I(0) => Some(false),
                LLVMIntSGT if b == minus_one => Some(false),
                _ => None,
            };
            if let Some(negative) = negative {
                let ar = self.as_reg(a);
                let t = self.alu_i(Opcode::Shr, ar, (w - 1) as u64);
                return CmpRes::Reg(t, !negative);
            }
        }
        let mut lt = Opcode::LtU;
        let mut max = mask(w);
        if signed {
            if w == 64 {
                lt = Opcode::LtS;
                max = i64::MAX as u64;
            } else {
                // Flipping the sign bit maps signed order onto unsigned order.
                let sb = 1u64 << (w - 1);
                let ar = self.as_reg_pure(a);
                a = Opnd::R(self.alu_i(Opcode::Xor, ar, sb));
                b = match b {
                    I(k) => I(k ^ sb),
                    R(r) => R(self.alu_i(Opcode::Xor, r, sb)),
                };
            }
        }
        let min = if lt == Opcode::LtS { i64::MIN as u64 } else { 0 };
        let ar = self.as_reg_pure(a);
        if branch && lt == Opcode::LtU {
            // Against a power of two 2^m, `a < 2^m` is `ltu a, 2^m` and `a >= 2^m` is
            // `shr a, m`: either polarity for one instruction.
            let bound = match (pred, b) {
                (LLVMIntULT | LLVMIntUGE | LLVMIntSLT | LLVMIntSGE, I(k)) => Some((k, true)),
                (LLVMIntUGT | LLVMIntULE | LLVMIntSGT | LLVMIntSLE, I(k)) => Some((k.wrapping_add(1), false)),
                _ => None,
            };
            if let Some((k, lt_form)) = bound
                && k.is_power_of_two()
                && k > 1
                && k <= max
            {
                let below = (Opcode::LtU, I(k));
                let above = (Opcode::Shr, I(k.trailing_zeros() as u64));
                let holds_below = matches!(pred, LLVMIntULT | LLVMIntSLT | LLVMIntULE | LLVMIntSLE);
                let _ = lt_form;
                return if holds_below {
                    CmpRes::Flex { a: ar, yes: below, no: above }
                } else {
                    CmpRes::Flex { a: ar, yes: above, no: below }
                };
            }
        }
        match pred {
            LLVMIntEQ | LLVMIntNE => {
                let is_eq = pred == LLVMIntEQ;
                if branch {
                    match b {
                        I(0) => CmpRes::Reg(ar, is_eq),
                        _ if is_eq => CmpRes::Flex { a: ar, yes: (Opcode::Eq, b), no: (Opcode::Sub, b) },
                        _ => CmpRes::Flex { a: ar, yes: (Opcode::Sub, b), no: (Opcode::Eq, b) },
                    }
                } else if b == I(0) && !is_eq {
                    // x != 0 is 0 < x (unsigned).
                    let z = self.zero();
                    CmpRes::Reg(self.alu(Opcode::LtU, z, Opnd::R(ar)), false)
                } else {
                    let t = self.alu(Opcode::Eq, ar, b);
                    CmpRes::Reg(t, !is_eq)
                }
            }
            LLVMIntULT | LLVMIntSLT => {
                if b == I(min) {
                    return CmpRes::Const(false);
                }
                CmpRes::Reg(self.alu(lt, ar, b), false)
            }
            LLVMIntUGE | LLVMIntSGE => {
                if b == I(min) {
                    return CmpRes::Const(true);
                }
                CmpRes::Reg(self.alu(lt, ar, b), true)
            }
            LLVMIntUGT | LLVMIntSGT => match b {
                I(k) if k == max => CmpRes::Const(false),
                I(k) if branch && k == 0 && lt == Opcode::LtU => CmpRes::Reg(ar, false),
                I(k) => CmpRes::Reg(self.alu_i(lt, ar, k.wrapping_add(1)), true),
                R(br) => CmpRes::Reg(self.alu(lt, br, Opnd::R(ar)), false),
            },
            LLVMIntULE | LLVMIntSLE => match b {
                I(k) if k == max => CmpRes::Const(true),
                I(k) => CmpRes::Reg(self.alu_i(lt, ar, k.wrapping_add(1)), false),
                R(br) => CmpRes::Reg(self.alu(lt, br, Opnd::R(ar)), true),
            },
        }
    }

    /// `as_reg` for an operand known to be a register after canonicalisation.
    fn as_reg_pure(&mut self, o: Opnd) -> VReg {
        self.as_reg(o)
    }

    fn cmp128(&mut self, pred: Pred, alo: Opnd, ahi: Opnd, blo: Opnd, bhi: Opnd, branch: bool) -> CmpRes {
        use Pred::*;
        match pred {
            LLVMIntEQ | LLVMIntNE => {
                let is_eq = pred == LLVMIntEQ;
                let (alo, blo) = if matches!(alo, Opnd::I(_)) { (blo, alo) } else { (alo, blo) };
                let (ahi, bhi) = if matches!(ahi, Opnd::I(_)) { (bhi, ahi) } else { (ahi, bhi) };
                let alo = self.as_reg(alo);
                let ahi = self.as_reg(ahi);
                let t1 = if blo == Opnd::I(0) { alo } else { self.alu(Opcode::Xor, alo, blo) };
                let t2 = if bhi == Opnd::I(0) { ahi } else { self.alu(Opcode::Xor, ahi, bhi) };
                let t = self.alu(Opcode::Or, t1, Opnd::R(t2));
                if branch {
                    CmpRes::Reg(t, is_eq)
                } else {
                    let e = self.alu_i(Opcode::Eq, t, 0);
                    CmpRes::Reg(e, !is_eq)
                }
            }
            _ => {
                let signed = crate::ir::pred_is_signed(pred);
                // Normalise to lt(x, y), possibly negated.
                let (x, y, neg) = match pred {
                    LLVMIntULT | LLVMIntSLT => ((alo, ahi), (blo, bhi), false),
                    LLVMIntUGT | LLVMIntSGT => ((blo, bhi), (alo, ahi), false),
                    LLVMIntUGE | LLVMIntSGE => ((alo, ahi), (blo, bhi), true),
                    _ => ((blo, bhi), (alo, ahi), true),
                };
                let xlo = self.as_reg(x.0);
                let xhi = self.as_reg(x.1);
                let hlt = self.alu(if signed { Opcode::LtS } else { Opcode::LtU }, xhi, y.1);
                let heq = self.alu(Opcode::Eq, xhi, y.1);
                let llt = self.alu(Opcode::LtU, xlo, y.0);
                let t = self.alu(Opcode::And, heq, Opnd::R(llt));
                let r = self.alu(Opcode::Or, t, Opnd::R(hlt));
                CmpRes::Reg(r, neg)
            }
        }
    }

    // ----- select -----

    pub(super) fn lower_select(&mut self, inst: Val) -> Result<()> {
        let c = inst.operand(0);
        if !c.ty().is_int() {
            return Err(self.unsupported("vector select", inst));
        }
        let (x, y) = (inst.operand(1), inst.operand(2));
        if c.is_constant() {
            let k = match self.leaf_opnds(c, inst)?.as_slice() {
                [Opnd::I(k)] => *k,
                _ => 1,
            };
            let pick = if k & 1 != 0 { x } else { y };
            let r = self.leaf_opnds(pick, inst)?;
            let r = self.opnd_regs(r);
            self.set_regs(inst, r);
            return Ok(());
        }
        let cr = self.reg(c, inst)?;
        let xs = self.leaf_opnds(x, inst)?;
        let ys = self.leaf_opnds(y, inst)?;
        let r: Vec<VReg> = xs.into_iter().zip(ys).map(|(a, b)| self.select_leaf(cr, a, b)).collect();
        if r.len() == 1 && inst.ty().is_int() {
            let dirty = self.is_dirty(x) || self.is_dirty(y);
            self.finish_int(inst, r[0], dirty, inst.ty().int_width());
            return Ok(());
        }
        self.set_regs(inst, r);
        Ok(())
    }

    /// `c ? x : y` for a 0/1 register `c`, without branches.
    pub fn select_leaf(&mut self, c: VReg, x: Opnd, y: Opnd) -> VReg {
        use Opnd::*;
        match (x, y) {
            (I(a), I(b)) => {
                if a == b {
                    self.li(a)
                } else if b == 0 {
                    self.alu_i(Opcode::Mul, c, a)
                } else if a == 0 {
                    let t = self.alu_i(Opcode::Xor, c, 1);
                    self.alu_i(Opcode::Mul, t, b)
                } else {
                    let t = self.alu_i(Opcode::Mul, c, a.wrapping_sub(b));
                    self.alu_i(Opcode::Add, t, b)
                }
            }
            (R(x), I(0)) => self.alu(Opcode::Mul, x, R(c)),
            (R(x), I(k)) => {
                let t = self.alu_i(Opcode::Sub, x, k);
                let t = self.alu(Opcode::Mul, t, R(c));
                self.alu_i(Opcode::Add, t, k)
            }
            (I(0), R(y)) => {
                let t = self.alu_i(Opcode::Xor, c, 1);
                self.alu(Opcode::Mul, y, R(t))
            }
            (I(k), R(y)) => {
                let t = self.alu_i(Opcode::Sub, y, k);
                let t = self.alu(Opcode::Mul, t, R(c));
                self.alu(Opcode::Sub, y, R(t))
            }
            (R(x), R(y)) => {
                if x == y {
                    return x;
                }
                let t = self.alu(Opcode::Sub, x, R(y));
                let t = self.alu(Opcode::Mul, t, R(c));
                self.alu(Opcode::Add, y, R(t))
            }
        }
    }

    /// Registers for operand leaves (zero is shared).
    pub fn opnd_regs(&mut self, ops: Vec<Opnd>) -> Vec<VReg> {
        ops.into_iter()
            .map(|o| match o {
                Opnd::R(r) => r,
                Opnd::I(0) => self.zero(),
                Opnd::I(k) => self.li(k),
            })
            .collect()
    }

    // ----- casts -----

    pub(super) fn lower_cast(&mut self, inst: Val) -> Result<()> {
        let op = inst.opcode();
        let src = inst.operand(0);
        let (st, dt) = (src.ty(), inst.ty());
        if st.is_vector() || dt.is_vector() {
            return self.lower_vector_cast(inst);
        }
        match op {
            Op::LLVMFreeze | Op::LLVMBitCast | Op::LLVMAddrSpaceCast => {
                if !src.is_constant()
                    && let Some(Lowered::Addr(b, o)) = self.vals.get(&src).cloned()
                {
                    self.set(inst, Lowered::Addr(b, o));
                    return Ok(());
                }
                let sl = self.leaves(st).map_err(|e| self.unsupported(e, inst))?;
                let dl = self.leaves(dt).map_err(|e| self.unsupported(e, inst))?;
                if sl != dl {
                    return Err(self.unsupported("bit cast between differently shaped types", inst));
                }
                let r = self.leaf_opnds(src, inst)?;
                let r = self.opnd_regs(r);
                self.set_regs(inst, r);
                Ok(())
            }
            Op::LLVMTrunc | Op::LLVMZExt | Op::LLVMSExt | Op::LLVMPtrToInt | Op::LLVMPtrToAddr | Op::LLVMIntToPtr => {
                let (Some(sw), Some(dw)) = (scalar_width(st), scalar_width(dt)) else {
                    return Err(self.unsupported("cast", inst));
                };
                if sw > 128 || dw > 128 {
                    return self.cast_wide(inst, sw, dw);
                }
                let s = self.leaf_opnds(src, inst)?;
                let lo = s[0];
                let is_sext = op == Op::LLVMSExt;
                let r = if dw <= 64 {
                    if is_sext && sw < dw {
                        let x = self.as_reg(lo);
                        if sw == 1 {
                            vec![self.alu_i(Opcode::Mul, x, mask(dw))]
                        } else {
                            // Sign extension ignores the source's high bits; the result
                            // is dirty (sign bits) above `dw`.
                            let t = self.sext_reg(x, sw);
                            self.finish_int(inst, t, true, dw);
                            return Ok(());
                        }
                    } else if dw < sw.min(64) || (dw < 64 && sw > 64) {
                        // Truncation: the high bits become garbage, masked only if a
                        // use needs them clear.
                        let x = self.as_reg(lo);
                        self.finish_int(inst, x, true, dw);
                        return Ok(());
                    } else {
                        self.opnd_regs(vec![lo])
                    }
                } else if sw > 64 {
                    // Wide to wide.
                    let hi = if dw < sw {
                        let h = self.as_reg(s[1]);
                        self.trunc_reg(h, dw - 64)
                    } else if is_sext && sw < dw {
                        let h = self.as_reg(s[1]);
                        let h = self.sext_reg(h, sw - 64);
                        self.trunc_reg(h, dw - 64)
                    } else {
                        self.opnd_regs(vec![s[1]])[0]
                    };
                    let l = self.opnd_regs(vec![lo])[0];
                    vec![l, hi]
                } else if is_sext {
                    let x = self.as_reg(lo);
                    let l = self.sext_reg(x, sw);
                    let h = self.alu_i(Opcode::Sra, l, 63);
                    let h = self.trunc_reg(h, dw - 64);
                    vec![l, h]
                } else {
                    let l = self.opnd_regs(vec![lo])[0];
                    vec![l, self.zero()]
                };
                self.set_regs(inst, r);
                Ok(())
            }
            _ => Err(self.unsupported("cast", inst)),
        }
    }

    fn lower_vector_cast(&mut self, inst: Val) -> Result<()> {
        let op = inst.opcode();
        let src = inst.operand(0);
        let sl = self.leaves(src.ty()).map_err(|e| self.unsupported(e, inst))?;
        let dl = self.leaves(inst.ty()).map_err(|e| self.unsupported(e, inst))?;
        match op {
            Op::LLVMBitCast | Op::LLVMFreeze if sl == dl => {
                let r = self.leaf_opnds(src, inst)?;
                let r = self.opnd_regs(r);
                self.set_regs(inst, r);
                Ok(())
            }
            Op::LLVMBitCast => {
                // Repack through the bit string: concatenated leaves, little endian.
                let total: u32 = sl.iter().sum();
                if total != dl.iter().sum::<u32>() || sl.iter().chain(&dl).any(|w| 64 % w != 0) {
                    return Err(self.unsupported("vector bit cast", inst));
                }
                let src_regs = self.leaf_opnds(src, inst)?;
                let src_regs = self.opnd_regs(src_regs);
                let r = self.repack(&src_regs, &sl, &dl);
                self.set_regs(inst, r);
                Ok(())
            }
            _ => Err(self.unsupported("vector cast", inst)),
        }
    }

    /// Reinterprets a little-endian bit string held as leaves of widths `from` as leaves
    /// of widths `to` (all widths divide 64).
    fn repack(&mut self, regs: &[VReg], from: &[u32], to: &[u32]) -> Vec<VReg> {
        let mut out = Vec::new();
        let mut bit = 0u32;
        for &tw in to {
            // Gather bits [bit, bit + tw) from the source leaves.
            let mut acc: Option<VReg> = None;
            let mut pos = 0u32;
            for (i, &fw) in from.iter().enumerate() {
                let (lo, hi) = (pos, pos + fw);
                pos = hi;
                let (want_lo, want_hi) = (bit, bit + tw);
                if hi <= want_lo || lo >= want_hi {
                    continue;
                }
                let take_lo = lo.max(want_lo);
                let take_hi = hi.min(want_hi);
                let mut piece = regs[i];
                if take_lo > lo {
                    piece = self.alu_i(Opcode::Shr, piece, (take_lo - lo) as u64);
                }
                let width = take_hi - take_lo;
                if width < fw - (take_lo - lo) {
                    piece = self.trunc_reg(piece, width);
                }
                if take_lo > want_lo {
                    piece = self.alu_i(Opcode::Shl, piece, (take_lo - want_lo) as u64);
                }
                acc = Some(match acc {
                    None => piece,
                    Some(a) => self.alu(Opcode::Or, a, Opnd::R(piece)),
                });
            }
            out.push(acc.unwrap_or_else(|| self.zero()));
            bit += tw;
        }
        out
    }

    // ----- aggregates and vectors -----

    pub(super) fn lower_extractvalue(&mut self, inst: Val) -> Result<()> {
        let agg = inst.operand(0);
        let (start, n, _) = self.leaf_range(agg.ty(), &inst.indices()).map_err(|e| self.unsupported(e, inst))?;
        let leaves = self.leaf_opnds(agg, inst)?;
        let r = self.opnd_regs(leaves[start..start + n].to_vec());
        self.set_regs(inst, r);
        Ok(())
    }

    pub(super) fn lower_insertvalue(&mut self, inst: Val) -> Result<()> {
        let agg = inst.operand(0);
        let val = inst.operand(1);
        let (start, n, _) = self.leaf_range(agg.ty(), &inst.indices()).map_err(|e| self.unsupported(e, inst))?;
        let mut leaves = self.leaf_opnds(agg, inst)?;
        let new = self.leaf_opnds(val, inst)?;
        leaves.splice(start..start + n, new);
        let r = self.opnd_regs(leaves);
        self.set_regs(inst, r);
        Ok(())
    }

    fn const_index(&mut self, v: Val, inst: Val) -> Result<u32> {
        match self.leaf_opnds(v, inst)?.as_slice() {
            [Opnd::I(k)] => Ok(*k as u32),
            _ => Err(self.unsupported("variable vector index", inst)),
        }
    }

    pub(super) fn lower_extractelement(&mut self, inst: Val) -> Result<()> {
        let vec = inst.operand(0);
        let i = self.const_index(inst.operand(1), inst)?;
        if i >= vec.ty().vector_len() {
            let r = self.opnd_regs(vec![Opnd::I(0)]);
            self.set_regs(inst, r);
            return Ok(());
        }
        let (start, n, _) = self.leaf_range(vec.ty(), &[i]).map_err(|e| self.unsupported(e, inst))?;
        let leaves = self.leaf_opnds(vec, inst)?;
        let r = self.opnd_regs(leaves[start..start + n].to_vec());
        self.set_regs(inst, r);
        Ok(())
    }

    pub(super) fn lower_insertelement(&mut self, inst: Val) -> Result<()> {
        let vec = inst.operand(0);
        let val = inst.operand(1);
        let i = self.const_index(inst.operand(2), inst)?;
        let mut leaves = self.leaf_opnds(vec, inst)?;
        if i < vec.ty().vector_len() {
            let (start, n, _) = self.leaf_range(vec.ty(), &[i]).map_err(|e| self.unsupported(e, inst))?;
            let new = self.leaf_opnds(val, inst)?;
            leaves.splice(start..start + n, new);
        }
        let r = self.opnd_regs(leaves);
        self.set_regs(inst, r);
        Ok(())
    }

    pub(super) fn lower_shufflevector(&mut self, inst: Val) -> Result<()> {
        let a = inst.operand(0);
        let b = inst.operand(1);
        let na = a.ty().vector_len() as i32;
        let per = self.leaves(a.ty().element_type()).map_err(|e| self.unsupported(e, inst))?.len();
        let mut src = self.leaf_opnds(a, inst)?;
        src.extend(self.leaf_opnds(b, inst)?);
        let count = unsafe { LLVMGetNumMaskElements(inst.0) };
        let mut out = Vec::new();
        for i in 0..count {
            let m = unsafe { LLVMGetMaskValue(inst.0, i) };
            if m < 0 || m >= 2 * na {
                out.extend(std::iter::repeat_n(Opnd::I(0), per));
            } else {
                let s = m as usize * per;
                out.extend_from_slice(&src[s..s + per]);
            }
        }
        let r = self.opnd_regs(out);
        self.set_regs(inst, r);
        Ok(())
    }

    /// `'s'` for float, `'d'` for double, `'x'` for x86_fp80: the suffix of the
    /// soft-float routines.
    pub fn float_kind(&self, t: crate::ir::Ty) -> Option<char> {
        use inkwell::llvm_sys::LLVMTypeKind as K;
        match t.kind() {
            K::LLVMFloatTypeKind => Some('s'),
            K::LLVMDoubleTypeKind => Some('d'),
            K::LLVMX86_FP80TypeKind => Some('x'),
            _ => None,
        }
    }

    /// Floating-point instructions: calls to the soft-float routines (compiler/rt).
    pub(super) fn lower_float(&mut self, inst: Val) -> Result<()> {
        let op = inst.opcode();
        if op != Op::LLVMFCmp && Self::is_fp80_inst(inst) {
            return self.lower_fp80(inst);
        }
        let unsupported = |s: &Self| s.unsupported("floating-point operation", inst);
        let src = inst.operand(0);
        let r = match op {
            Op::LLVMFNeg => {
                let k = self.float_kind(inst.ty()).ok_or_else(|| unsupported(self))?;
                let x = self.reg(src, inst)?;
                self.alu_i(Opcode::Xor, x, if k == 'd' { 1 << 63 } else { 1 << 31 })
            }
            Op::LLVMFAdd | Op::LLVMFSub | Op::LLVMFMul | Op::LLVMFDiv | Op::LLVMFRem => {
                let k = self.float_kind(inst.ty()).ok_or_else(|| unsupported(self))?;
                let a = self.opnd(src, inst)?;
                let b = self.opnd(inst.operand(1), inst)?;
                let name = match op {
                    Op::LLVMFAdd => format!("__add{k}f3"),
                    Op::LLVMFSub => format!("__sub{k}f3"),
                    Op::LLVMFMul => format!("__mul{k}f3"),
                    Op::LLVMFDiv => format!("__div{k}f3"),
                    _ if k == 'd' => "fmod".into(),
                    _ => "fmodf".into(),
                };
                self.call_named(&name, &[a, b], 1, inst)?[0]
            }
            Op::LLVMFCmp => {
                if self.note_fusable(inst) {
                    return Ok(());
                }
                match self.fcmp(inst)? {
                    CmpRes::Const(b) => self.li(b as u64),
                    CmpRes::Reg(t, _) => {
                        let z = self.zero();
                        self.alu(Opcode::LtU, z, Opnd::R(t))
                    }
                    _ => unreachable!("fcmp gives a register or a constant"),
                }
            }
            Op::LLVMFPToSI | Op::LLVMFPToUI => {
                let k = self.float_kind(src.ty()).ok_or_else(|| unsupported(self))?;
                let uns = if op == Op::LLVMFPToUI { "uns" } else { "" };
                let a = self.opnd(src, inst)?;
                if inst.ty().is_int() && inst.ty().int_width() == 128 {
                    let r = self.call_named(&format!("__fix{uns}{k}fti"), &[a], 2, inst)?;
                    self.set_regs(inst, r);
                    return Ok(());
                }
                let Some(dw) = scalar_width(inst.ty()).filter(|&w| w <= 64) else {
                    return Err(unsupported(self));
                };
                let r = self.call_named(&format!("__fix{uns}{k}fdi"), &[a], 1, inst)?[0];
                self.trunc_reg(r, dw)
            }
            Op::LLVMSIToFP | Op::LLVMUIToFP => {
                let k = self.float_kind(inst.ty()).ok_or_else(|| unsupported(self))?;
                let signed = op == Op::LLVMSIToFP;
                let un = if signed { "" } else { "un" };
                if src.ty().is_int() && src.ty().int_width() == 128 {
                    let a = self.leaf_opnds(src, inst)?;
                    self.call_named(&format!("__float{un}ti{k}f"), &a, 1, inst)?[0]
                } else {
                    let Some(sw) = scalar_width(src.ty()).filter(|&w| w <= 64) else {
                        return Err(unsupported(self));
                    };
                    let a = self.opnd(src, inst)?;
                    let a = if signed { self.sext_opnd(a, sw) } else { a };
                    self.call_named(&format!("__float{un}di{k}f"), &[a], 1, inst)?[0]
                }
            }
            Op::LLVMFPExt | Op::LLVMFPTrunc => {
                let name = match (self.float_kind(src.ty()), self.float_kind(inst.ty())) {
                    (Some('s'), Some('d')) => "__extendsfdf2",
                    (Some('d'), Some('s')) => "__truncdfsf2",
                    _ => return Err(unsupported(self)),
                };
                let a = self.opnd(src, inst)?;
                self.call_named(name, &[a], 1, inst)?[0]
            }
            _ => return Err(unsupported(self)),
        };
        self.set_reg(inst, r);
        Ok(())
    }

    /// A floating-point comparison: a register that is non-zero iff it holds.
    pub(super) fn fcmp(&mut self, inst: Val) -> Result<CmpRes> {
        use inkwell::llvm_sys::LLVMRealPredicate as R;
        let src = inst.operand(0);
        let k = self.float_kind(src.ty()).ok_or_else(|| self.unsupported("floating-point comparison", inst))?;
        let pred = unsafe { inkwell::llvm_sys::core::LLVMGetFCmpPredicate(inst.0) };
        // Outcome bits of __zkcc_cmp: 1 less, 2 equal, 4 greater, 8 unordered.
        let mask: u64 = match pred {
            R::LLVMRealPredicateFalse => 0,
            R::LLVMRealOEQ => 2,
            R::LLVMRealOGT => 4,
            R::LLVMRealOGE => 6,
            R::LLVMRealOLT => 1,
            R::LLVMRealOLE => 3,
            R::LLVMRealONE => 5,
            R::LLVMRealORD => 7,
            R::LLVMRealUNO => 8,
            R::LLVMRealUEQ => 10,
            R::LLVMRealUGT => 12,
            R::LLVMRealUGE => 14,
            R::LLVMRealULT => 9,
            R::LLVMRealULE => 11,
            R::LLVMRealUNE => 13,
            R::LLVMRealPredicateTrue => 15,
        };
        if mask == 0 || mask == 15 {
            return Ok(CmpRes::Const(mask == 15));
        }
        let mut args = self.leaf_opnds(src, inst)?;
        args.extend(self.leaf_opnds(inst.operand(1), inst)?);
        let code = self.call_named(&format!("__zkcc_cmp{k}f"), &args, 1, inst)?[0];
        Ok(CmpRes::Reg(self.alu_i(Opcode::And, code, mask), false))
    }

    /// Floating-point intrinsics; `None` when `base` is not one (or not on a scalar
    /// float or double).
    pub(super) fn lower_float_intrinsic(&mut self, inst: Val, base: &str) -> Option<Result<()>> {
        let k = self.float_kind(inst.ty())?;
        if k == 'x' {
            return Some(self.lower_fp80_intrinsic(inst, base));
        }
        let bits = if k == 'd' { 64 } else { 32 };
        let sign: u64 = 1 << (bits - 1);
        let result = (|| -> Result<VReg> {
            let a = self.opnd(inst.operand(0), inst)?;
            Ok(match base {
                "fabs" => {
                    let x = self.as_reg(a);
                    self.alu_i(Opcode::And, x, !sign & mask(bits))
                }
                "copysign" => {
                    let x = self.as_reg(a);
                    let b = self.reg(inst.operand(1), inst)?;
                    let m = self.alu_i(Opcode::And, x, !sign & mask(bits));
                    let s = self.alu_i(Opcode::And, b, sign);
                    self.alu(Opcode::Or, m, Opnd::R(s))
                }
                "canonicalize" => self.as_reg(a),
                "sqrt" => self.call_named(&format!("__zkcc_sqrt{k}f"), &[a], 1, inst)?[0],
                "trunc" | "floor" | "ceil" | "round" | "roundeven" | "rint" | "nearbyint" => {
                    let mode = rounding_mode(base);
                    self.call_named(&format!("__zkcc_round{k}f"), &[a, Opnd::I(mode)], 1, inst)?[0]
                }
                "minnum" | "maxnum" | "minimum" | "maximum" => {
                    let b = self.opnd(inst.operand(1), inst)?;
                    self.call_named(&format!("__zkcc_{base}{k}f"), &[a, b], 1, inst)?[0]
                }
                "fma" => {
                    let b = self.opnd(inst.operand(1), inst)?;
                    let c = self.opnd(inst.operand(2), inst)?;
                    self.call_named(&format!("__zkcc_fma{k}f"), &[a, b, c], 1, inst)?[0]
                }
                // LLVM may fuse `fmuladd` or not; x86-64 without the FMA extension (the
                // target both languages compile for) multiplies and adds, rounding twice.
                "fmuladd" => {
                    let b = self.opnd(inst.operand(1), inst)?;
                    let c = self.opnd(inst.operand(2), inst)?;
                    let p = self.call_named(&format!("__mul{k}f3"), &[a, b], 1, inst)?[0];
                    self.call_named(&format!("__add{k}f3"), &[Opnd::R(p), c], 1, inst)?[0]
                }
                "pow" | "exp" | "exp2" | "log" | "log2" | "log10" | "sin" | "cos" => {
                    let mut args = vec![a];
                    if base == "pow" {
                        args.push(self.opnd(inst.operand(1), inst)?);
                    }
                    let name = if k == 'd' { base.to_string() } else { format!("{base}f") };
                    self.call_named(&name, &args, 1, inst)?[0]
                }
                _ => return Err(self.unsupported(format!("intrinsic `{base}`"), inst)),
            })
        })();
        Some(result.map(|r| self.set_reg(inst, r)))
    }

    /// `llvm.is.fpclass(x, mask)`.
    pub(super) fn lower_fpclass(&mut self, inst: Val) -> Result<()> {
        let x = inst.operand(0);
        let Some(k) = self.float_kind(x.ty()) else {
            return Err(self.unsupported("is.fpclass on this type", inst));
        };
        let m = match self.opnd(inst.operand(1), inst)? {
            Opnd::I(m) => m,
            _ => return Err(self.unsupported("is.fpclass with a variable mask", inst)),
        };
        let a = self.leaf_opnds(x, inst)?;
        let class = self.call_named(&format!("__zkcc_class{k}f"), &a, 1, inst)?[0];
        let t = self.alu_i(Opcode::And, class, m);
        let z = self.zero();
        let r = self.alu(Opcode::LtU, z, Opnd::R(t));
        self.set_reg(inst, r);
        Ok(())
    }
}

/// The mode argument of the `__zkcc_round*` routines for a rounding intrinsic:
/// 0 trunc, 1 floor, 2 ceil, 3 round (half away from zero), 4 to nearest even.
pub(super) fn rounding_mode(intrinsic: &str) -> u64 {
    match intrinsic {
        "trunc" => 0,
        "floor" => 1,
        "ceil" => 2,
        "round" => 3,
        _ => 4,
    }
}
