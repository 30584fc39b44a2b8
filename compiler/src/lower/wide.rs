//! Integers wider than 128 bits (`i256` appears in `core`'s 128-bit formatting, wide
//! bitfields in C): little-endian 64-bit words, the top word clean to its width.
//! Supported: add, sub, mul, bitwise operations, shifts by constants, comparisons and
//! casts.

use isa_spec::Opcode;

use super::mir::{Opnd, VReg};
use super::ops::CmpRes;
use super::{FnLower, mask};
use crate::error::Result;
use crate::ir::{Op, Pred, Val};

fn words(w: u32) -> usize {
    w.div_ceil(64) as usize
}

impl FnLower<'_> {
    /// Masks the top word of a `w`-bit value to its width.
    fn clean_top(&mut self, mut v: Vec<Opnd>, w: u32) -> Vec<Opnd> {
        let top = w % 64;
        let last = v.len() - 1;
        if top != 0 {
            v[last] = match v[last] {
                Opnd::I(k) => Opnd::I(k & mask(top)),
                Opnd::R(r) => Opnd::R(self.alu_i(Opcode::And, r, mask(top))),
            };
        }
        v
    }

    /// `a + b + carry_in` on one word; returns (sum, carry out).
    fn add_word(&mut self, a: Opnd, b: Opnd, carry: Option<VReg>) -> (Opnd, Option<VReg>) {
        let (a, b) = if matches!(a, Opnd::I(_)) { (b, a) } else { (a, b) };
        let (s, c1) = match (a, b) {
            (Opnd::I(x), Opnd::I(y)) => {
                let (s, o) = x.overflowing_add(y);
                (Opnd::I(s), if o { Some(self.li(1)) } else { None })
            }
            (Opnd::R(x), Opnd::I(0)) => (Opnd::R(x), None),
            (Opnd::R(x), y) => {
                let s = self.alu(Opcode::Add, x, y);
                let c = self.alu(Opcode::LtU, s, Opnd::R(x));
                (Opnd::R(s), Some(c))
            }
            (Opnd::I(_), Opnd::R(_)) => unreachable!("swapped above"),
        };
        let Some(cin) = carry else { return (s, c1) };
        let sr = self.as_reg(s);
        let s2 = self.alu(Opcode::Add, sr, Opnd::R(cin));
        let c2 = self.alu(Opcode::LtU, s2, Opnd::R(sr));
        let c = match c1 {
            None => c2,
            Some(c1) => self.alu(Opcode::Or, c1, Opnd::R(c2)),
        };
        (Opnd::R(s2), Some(c))
    }

    fn wide_add(&mut self, a: &[Opnd], b: &[Opnd]) -> Vec<Opnd> {
        let mut carry = None;
        let mut out = Vec::new();
        for i in 0..a.len() {
            let last = i + 1 == a.len();
            if last {
                // The carry out of the top word is dropped: plain adds.
                let (x, y) = if matches!(a[i], Opnd::I(_)) { (b[i], a[i]) } else { (a[i], b[i]) };
                let mut s = match (x, y) {
                    (Opnd::I(p), Opnd::I(q)) => Opnd::I(p.wrapping_add(q)),
                    (Opnd::R(p), Opnd::I(0)) => Opnd::R(p),
                    (Opnd::R(p), q) => Opnd::R(self.alu(Opcode::Add, p, q)),
                    _ => unreachable!(),
                };
                if let Some(c) = carry {
                    let sr = self.as_reg(s);
                    s = Opnd::R(self.alu(Opcode::Add, sr, Opnd::R(c)));
                }
                out.push(s);
            } else {
                let (s, c) = self.add_word(a[i], b[i], carry);
                out.push(s);
                carry = c;
            }
        }
        out
    }

    fn wide_neg(&mut self, a: &[Opnd]) -> Vec<Opnd> {
        // -a = !a + 1
        let inv: Vec<Opnd> = a
            .iter()
            .map(|&x| match x {
                Opnd::I(k) => Opnd::I(!k),
                Opnd::R(r) => Opnd::R(self.alu_i(Opcode::Xor, r, u64::MAX)),
            })
            .collect();
        let mut one = vec![Opnd::I(0); a.len()];
        one[0] = Opnd::I(1);
        self.wide_add(&inv, &one)
    }

    #[allow(clippy::needless_range_loop)]
    fn wide_mul(&mut self, a: &[Opnd], b: &[Opnd]) -> Vec<Opnd> {
        let n = a.len();
        let mut res = vec![Opnd::I(0); n];
        for i in 0..n {
            if a[i] == Opnd::I(0) {
                continue;
            }
            let mut carry: Option<Opnd> = None;
            for j in 0..n - i {
                let k = i + j;
                let (lo, hi) = if b[j] == Opnd::I(0) {
                    (Opnd::I(0), Opnd::I(0))
                } else {
                    let (x, y) = if matches!(a[i], Opnd::I(_)) { (b[j], a[i]) } else { (a[i], b[j]) };
                    let xr = self.as_reg(x);
                    let lo = Opnd::R(self.alu(Opcode::Mul, xr, y));
                    let hi = if k + 1 < n { Opnd::R(self.alu(Opcode::MulHu, xr, y)) } else { Opnd::I(0) };
                    (lo, hi)
                };
                // res[k] += lo + carry; the carries go to the next word.
                let mut terms = vec![lo];
                if let Some(c) = carry {
                    terms.push(c);
                }
                let mut next = hi;
                for t in terms {
                    if t == Opnd::I(0) {
                        continue;
                    }
                    if k + 1 == n {
                        let r = self.as_reg(res[k]);
                        res[k] = Opnd::R(self.alu(Opcode::Add, r, t));
                    } else {
                        let (s, c) = self.add_word(res[k], t, None);
                        res[k] = s;
                        if let Some(c) = c {
                            next = match next {
                                Opnd::I(0) => Opnd::R(c),
                                Opnd::I(v) => Opnd::R(self.alu_i(Opcode::Add, c, v)),
                                Opnd::R(h) => Opnd::R(self.alu(Opcode::Add, h, Opnd::R(c))),
                            };
                        }
                    }
                }
                carry = if next == Opnd::I(0) { None } else { Some(next) };
            }
        }
        res
    }

    /// Shift by a constant number of bits (`arith`: arithmetic right shift).
    fn wide_shift(&mut self, a: &[Opnd], k: u32, left: bool, arith: bool, w: u32) -> Vec<Opnd> {
        let n = a.len();
        let mut src = a.to_vec();
        let fill = if arith {
            // Sign-extend the top word to 64 bits first.
            let top = w - 64 * (n as u32 - 1);
            let t = self.as_reg(src[n - 1]);
            let t = self.sext_reg(t, top);
            src[n - 1] = Opnd::R(t);
            Opnd::R(self.alu_i(Opcode::Sra, t, 63))
        } else {
            Opnd::I(0)
        };
        let get = |i: isize| -> Opnd {
            if i < 0 {
                Opnd::I(0)
            } else if i as usize >= n {
                fill
            } else {
                src[i as usize]
            }
        };
        let (q, r) = ((k / 64) as isize, k % 64);
        let mut out = Vec::new();
        for i in 0..n as isize {
            let (main, other) = if left { (get(i - q), get(i - q - 1)) } else { (get(i + q), get(i + q + 1)) };
            if r == 0 {
                out.push(main);
                continue;
            }
            let sh = |s: &mut Self, x: Opnd, op: Opcode, by: u32| -> Opnd {
                match x {
                    Opnd::I(v) => Opnd::I(match op {
                        Opcode::Shl => v << by,
                        _ => v >> by,
                    }),
                    Opnd::R(rg) => Opnd::R(s.alu_i(op, rg, by as u64)),
                }
            };
            let (p1, p2) = if left {
                (sh(self, main, Opcode::Shl, r), sh(self, other, Opcode::Shr, 64 - r))
            } else {
                (sh(self, main, Opcode::Shr, r), sh(self, other, Opcode::Shl, 64 - r))
            };
            out.push(match (p1, p2) {
                (x, Opnd::I(0)) | (Opnd::I(0), x) => x,
                (Opnd::I(x), Opnd::I(y)) => Opnd::I(x | y),
                (Opnd::R(x), y) => Opnd::R(self.alu(Opcode::Or, x, y)),
                (x, Opnd::R(y)) => Opnd::R(self.alu(Opcode::Or, y, x)),
            });
        }
        out
    }

    pub(super) fn binop_wide(&mut self, inst: Val, w: u32) -> Result<Vec<VReg>> {
        let op = inst.opcode();
        let a = self.leaf_opnds(inst.operand(0), inst)?;
        let b = self.leaf_opnds(inst.operand(1), inst)?;
        let r = match op {
            Op::LLVMAdd => self.wide_add(&a, &b),
            Op::LLVMSub => {
                let nb = self.wide_neg(&b);
                self.wide_add(&a, &nb)
            }
            Op::LLVMMul => self.wide_mul(&a, &b),
            Op::LLVMAnd | Op::LLVMOr | Op::LLVMXor => {
                a.iter().zip(&b).map(|(&x, &y)| Opnd::R(self.binop(op, 64, x, y))).collect()
            }
            Op::LLVMShl | Op::LLVMLShr | Op::LLVMAShr => {
                let Opnd::I(k) = b[0] else {
                    return Err(self.unsupported(format!("variable shift of i{w}"), inst));
                };
                if b[1..].iter().any(|x| *x != Opnd::I(0)) || k >= w as u64 {
                    vec![Opnd::I(0); a.len()]
                } else {
                    self.wide_shift(&a, k as u32, op == Op::LLVMShl, op == Op::LLVMAShr, w)
                }
            }
            _ => return Err(self.unsupported(format!("i{w} operation"), inst)),
        };
        let r = self.clean_top(r, w);
        Ok(self.opnd_regs(r))
    }

    /// Compares two `w`-bit values held in words.
    pub(super) fn cmp_wide(&mut self, pred: Pred, w: u32, a: Vec<Opnd>, b: Vec<Opnd>) -> CmpRes {
        use Pred::*;
        let n = a.len();
        let signed = crate::ir::pred_is_signed(pred);
        let (mut a, mut b) = (a, b);
        if signed {
            let top = w - 64 * (n as u32 - 1);
            a[n - 1] = self.sext_opnd(a[n - 1], top);
            b[n - 1] = self.sext_opnd(b[n - 1], top);
        }
        match pred {
            LLVMIntEQ | LLVMIntNE => {
                let mut acc: Option<VReg> = None;
                for i in 0..n {
                    let (x, y) = if matches!(a[i], Opnd::I(_)) { (b[i], a[i]) } else { (a[i], b[i]) };
                    let xr = self.as_reg(x);
                    let d = if y == Opnd::I(0) { xr } else { self.alu(Opcode::Xor, xr, y) };
                    acc = Some(match acc {
                        None => d,
                        Some(p) => self.alu(Opcode::Or, p, Opnd::R(d)),
                    });
                }
                let e = self.alu_i(Opcode::Eq, acc.expect("words"), 0);
                CmpRes::Reg(e, pred == LLVMIntNE)
            }
            _ => {
                let (x, y, neg) = match pred {
                    LLVMIntULT | LLVMIntSLT => (a, b, false),
                    LLVMIntUGT | LLVMIntSGT => (b, a, false),
                    LLVMIntUGE | LLVMIntSGE => (a, b, true),
                    _ => (b, a, true),
                };
                // lt over words from low to high: the highest differing word decides.
                let mut lt: Option<VReg> = None;
                for i in 0..n {
                    let op = if signed && i + 1 == n { Opcode::LtS } else { Opcode::LtU };
                    let xr = self.as_reg(x[i]);
                    let l = self.alu(op, xr, y[i]);
                    lt = Some(match lt {
                        None => l,
                        Some(prev) => {
                            let e = self.alu(Opcode::Eq, xr, y[i]);
                            let t = self.alu(Opcode::And, e, Opnd::R(prev));
                            self.alu(Opcode::Or, t, Opnd::R(l))
                        }
                    });
                }
                CmpRes::Reg(lt.expect("words"), neg)
            }
        }
    }

    /// Casts where either side is wider than 128 bits.
    pub(super) fn cast_wide(&mut self, inst: Val, sw: u32, dw: u32) -> Result<()> {
        let src = self.leaf_opnds(inst.operand(0), inst)?;
        let (ns, nd) = (words(sw), words(dw));
        let out: Vec<Opnd> = match inst.opcode() {
            Op::LLVMTrunc => {
                let v = src[..nd].to_vec();
                self.clean_top(v, dw)
            }
            Op::LLVMZExt => {
                let mut v = src.clone();
                v.resize(nd, Opnd::I(0));
                v
            }
            Op::LLVMSExt => {
                let mut v = src.clone();
                let top = sw - 64 * (ns as u32 - 1);
                let t = self.as_reg(v[ns - 1]);
                let t = self.sext_reg(t, top);
                v[ns - 1] = Opnd::R(t);
                let fill = self.alu_i(Opcode::Sra, t, 63);
                v.resize(nd, Opnd::R(fill));
                self.clean_top(v, dw)
            }
            _ => return Err(self.unsupported(format!("i{} cast", sw.max(dw)), inst)),
        };
        let r = self.opnd_regs(out);
        self.set_regs(inst, r);
        Ok(())
    }
}
