//! `llvm.*.with.overflow.i128`: the wrapped 128-bit result and the overflow flag, on
//! (low, high) word pairs. rustc emits them for `u128`/`i128` checked and overflowing
//! arithmetic (`core::fmt` number parsing among others).

use isa_spec::Opcode;

use super::FnLower;
use super::mir::{Opnd, VReg};
use crate::ir::Pred;

impl FnLower<'_> {
    /// Returns `[low, high, overflow]` for the intrinsic named `base`.
    pub(super) fn overflow128(&mut self, base: &str, a: [Opnd; 2], b: [Opnd; 2]) -> Vec<VReg> {
        match base {
            "uadd.with.overflow" => {
                let (a, b) = if matches!(a[0], Opnd::I(_)) { (b, a) } else { (a, b) };
                let r = self.add128(a[0], a[1], b[0], b[1]);
                // Overflow iff the sum is below the first operand.
                let c = self.cmp128_pub(Pred::LLVMIntULT, Opnd::R(r[0]), Opnd::R(r[1]), a[0], a[1]);
                vec![r[0], r[1], c]
            }
            "usub.with.overflow" => {
                let r = self.sub128(a[0], a[1], b[0], b[1]);
                let c = self.cmp128_pub(Pred::LLVMIntULT, a[0], a[1], b[0], b[1]);
                vec![r[0], r[1], c]
            }
            "sadd.with.overflow" | "ssub.with.overflow" => {
                let add = base == "sadd.with.overflow";
                let r = if add { self.add128(a[0], a[1], b[0], b[1]) } else { self.sub128(a[0], a[1], b[0], b[1]) };
                // Overflow iff the result's sign differs from a's while b's sign agrees with
                // a's (add) or differs from it (sub).
                let ahi = self.as_reg(a[1]);
                let t1 = self.alu(Opcode::Xor, ahi, Opnd::R(r[1]));
                let t2 = if add { self.alu(Opcode::Xor, r[1], b[1]) } else { self.alu(Opcode::Xor, ahi, b[1]) };
                let t = self.alu(Opcode::And, t1, Opnd::R(t2));
                let c = self.alu_i(Opcode::Shr, t, 63);
                vec![r[0], r[1], c]
            }
            "umul.with.overflow" => self.umul128_overflow(a, b),
            _ => {
                // Signed: the product of the magnitudes must fit below 2^127, or be exactly
                // 2^127 when the signs differ; the wrapped result is the plain product.
                let (ua, sa) = self.abs128(a);
                let (ub, sb) = self.abs128(b);
                let p = self.umul128_overflow([Opnd::R(ua[0]), Opnd::R(ua[1])], [Opnd::R(ub[0]), Opnd::R(ub[1])]);
                let top = self.alu_i(Opcode::Shr, p[1], 63);
                let neg = self.alu(Opcode::Xor, sa, Opnd::R(sb));
                let neg = self.alu_i(Opcode::And, neg, 1);
                let hi_min = self.alu_i(Opcode::Eq, p[1], 1 << 63);
                let lo_zero = self.alu_i(Opcode::Eq, p[0], 0);
                let exact_min = self.alu(Opcode::And, hi_min, Opnd::R(lo_zero));
                let exact_min = self.alu(Opcode::And, exact_min, Opnd::R(neg));
                let not_min = self.alu_i(Opcode::Xor, exact_min, 1);
                let too_big = self.alu(Opcode::And, top, Opnd::R(not_min));
                let c = self.alu(Opcode::Or, p[2], Opnd::R(too_big));
                let (a, b) = if matches!(a[0], Opnd::I(_)) { (b, a) } else { (a, b) };
                let r = self.mul128(a[0], a[1], b[0], b[1]);
                vec![r[0], r[1], c]
            }
        }
    }

    /// `[low, high, overflow]` of an unsigned 128 x 128-bit product: with a = a1:a0 and
    /// b = b1:b0, the product fits iff not both high words are non-zero, the cross
    /// products' high words are zero and the middle-word sum does not carry.
    fn umul128_overflow(&mut self, a: [Opnd; 2], b: [Opnd; 2]) -> Vec<VReg> {
        let [a0, a1] = a.map(|x| self.as_reg(x));
        let [b0, b1] = b.map(|x| self.as_reg(x));
        let lo = self.alu(Opcode::Mul, a0, Opnd::R(b0));
        let h0 = self.alu(Opcode::MulHu, a0, Opnd::R(b0));
        let x = self.alu(Opcode::Mul, a1, Opnd::R(b0));
        let xh = self.alu(Opcode::MulHu, a1, Opnd::R(b0));
        let y = self.alu(Opcode::Mul, a0, Opnd::R(b1));
        let yh = self.alu(Opcode::MulHu, a0, Opnd::R(b1));
        let s = self.alu(Opcode::Add, h0, Opnd::R(x));
        let c1 = self.alu(Opcode::LtU, s, Opnd::R(h0));
        let hi = self.alu(Opcode::Add, s, Opnd::R(y));
        let c2 = self.alu(Opcode::LtU, hi, Opnd::R(s));
        let z = self.zero();
        let a1_nz = self.alu(Opcode::LtU, z, Opnd::R(a1));
        let b1_nz = self.alu(Opcode::LtU, z, Opnd::R(b1));
        let both = self.alu(Opcode::And, a1_nz, Opnd::R(b1_nz));
        let cross = self.alu(Opcode::Or, xh, Opnd::R(yh));
        let cross_nz = self.alu(Opcode::LtU, z, Opnd::R(cross));
        let c = self.alu(Opcode::Or, c1, Opnd::R(c2));
        let c = self.alu(Opcode::Or, c, Opnd::R(both));
        let c = self.alu(Opcode::Or, c, Opnd::R(cross_nz));
        vec![lo, hi, c]
    }

    /// Magnitude of a signed 128-bit value (2^127 for the minimum) and its sign mask
    /// (all ones when negative).
    fn abs128(&mut self, a: [Opnd; 2]) -> ([VReg; 2], VReg) {
        let lo = self.as_reg(a[0]);
        let hi = self.as_reg(a[1]);
        let m = self.alu_i(Opcode::Sra, hi, 63);
        let l = self.alu(Opcode::Xor, lo, Opnd::R(m));
        let h = self.alu(Opcode::Xor, hi, Opnd::R(m));
        let r = self.sub128(Opnd::R(l), Opnd::R(h), Opnd::R(m), Opnd::R(m));
        ([r[0], r[1]], m)
    }
}
