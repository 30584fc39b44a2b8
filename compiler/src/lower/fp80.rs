//! x86 extended precision (`x86_fp80`, C's `long double` on x86-64). A value is two
//! registers, like an `i128`: the 64-bit significand with its explicit integer bit, then
//! the sign and 15-bit exponent in bits 0..16 (so memory holds exactly its 10 bytes).
//! Arithmetic calls the routines of `compiler/rt/softfloat_xf.c`, which compute what the
//! x87 unit computes with 64-bit precision control and rounding to nearest even.

use isa_spec::Opcode;

use super::FnLower;
use super::mir::{Opnd, VReg};
use crate::consts::scalar_width;
use crate::error::Result;
use crate::ir::{Op, Val};

/// The sign bit of the sign-and-exponent register.
const SIGN: u64 = 0x8000;

impl FnLower<'_> {
    /// Whether a floating-point instruction reads or produces `x86_fp80`.
    pub(super) fn is_fp80_inst(inst: Val) -> bool {
        inst.ty().is_x86_fp80() || (inst.num_operands() > 0 && inst.operand(0).ty().is_x86_fp80())
    }

    /// Floating-point instructions on `x86_fp80`; `fcmp` is handled with the other
    /// comparisons.
    pub(super) fn lower_fp80(&mut self, inst: Val) -> Result<()> {
        let op = inst.opcode();
        let src = inst.operand(0);
        let r: Vec<VReg> = match op {
            Op::LLVMFNeg => {
                let a = self.leaf_opnds(src, inst)?;
                let m = self.opnd_regs(vec![a[0]])[0];
                let se = self.as_reg(a[1]);
                vec![m, self.alu_i(Opcode::Xor, se, SIGN)]
            }
            Op::LLVMFAdd | Op::LLVMFSub | Op::LLVMFMul | Op::LLVMFDiv | Op::LLVMFRem => {
                let mut args = self.leaf_opnds(src, inst)?;
                args.extend(self.leaf_opnds(inst.operand(1), inst)?);
                let name = match op {
                    Op::LLVMFAdd => "__addxf3",
                    Op::LLVMFSub => "__subxf3",
                    Op::LLVMFMul => "__mulxf3",
                    Op::LLVMFDiv => "__divxf3",
                    _ => "fmodl",
                };
                self.call_named(name, &args, 2, inst)?
            }
            Op::LLVMFPToSI | Op::LLVMFPToUI => {
                let Some(dw) = scalar_width(inst.ty()).filter(|&w| w <= 128) else {
                    return Err(self.unsupported("conversion of x86_fp80 to this type", inst));
                };
                let a = self.leaf_opnds(src, inst)?;
                let uns = if op == Op::LLVMFPToUI { "uns" } else { "" };
                if dw > 64 {
                    let r = self.call_named(&format!("__fix{uns}xfti"), &a, 2, inst)?;
                    vec![r[0], self.trunc_reg(r[1], dw - 64)]
                } else {
                    let r = self.call_named(&format!("__fix{uns}xfdi"), &a, 1, inst)?[0];
                    vec![self.trunc_reg(r, dw)]
                }
            }
            Op::LLVMSIToFP | Op::LLVMUIToFP => {
                let Some(sw) = scalar_width(src.ty()).filter(|&w| w <= 128) else {
                    return Err(self.unsupported("conversion to x86_fp80 from this type", inst));
                };
                let signed = op == Op::LLVMSIToFP;
                let mut a = self.leaf_opnds(src, inst)?;
                let name = if sw > 64 {
                    if signed && sw < 128 {
                        a[1] = self.sext_opnd(a[1], sw - 64);
                    }
                    if signed { "__floattixf" } else { "__floatuntixf" }
                } else {
                    if signed {
                        a[0] = self.sext_opnd(a[0], sw);
                    }
                    if signed { "__floatdixf" } else { "__floatundixf" }
                };
                self.call_named(name, &a, 2, inst)?
            }
            Op::LLVMFPExt | Op::LLVMFPTrunc => {
                let (name, nret) = match (self.float_kind(src.ty()), self.float_kind(inst.ty())) {
                    (Some('s'), Some('x')) => ("__extendsfxf2", 2),
                    (Some('d'), Some('x')) => ("__extenddfxf2", 2),
                    (Some('x'), Some('d')) => ("__truncxfdf2", 1),
                    (Some('x'), Some('s')) => ("__truncxfsf2", 1),
                    _ => return Err(self.unsupported("floating-point conversion", inst)),
                };
                let a = self.leaf_opnds(src, inst)?;
                self.call_named(name, &a, nret, inst)?
            }
            _ => return Err(self.unsupported("floating-point operation", inst)),
        };
        self.set_regs(inst, r);
        Ok(())
    }

    /// Floating-point intrinsics on `x86_fp80`.
    pub(super) fn lower_fp80_intrinsic(&mut self, inst: Val, base: &str) -> Result<()> {
        let a = self.leaf_opnds(inst.operand(0), inst)?;
        let r = match base {
            "fabs" | "copysign" => {
                let m = self.opnd_regs(vec![a[0]])[0];
                let se = self.as_reg(a[1]);
                let mag = self.alu_i(Opcode::And, se, SIGN - 1);
                let se = if base == "fabs" {
                    mag
                } else {
                    let b = self.leaf_opnds(inst.operand(1), inst)?;
                    let bse = self.as_reg(b[1]);
                    let s = self.alu_i(Opcode::And, bse, SIGN);
                    self.alu(Opcode::Or, mag, Opnd::R(s))
                };
                vec![m, se]
            }
            "canonicalize" => self.opnd_regs(a),
            "sqrt" => self.call_named("__zkcc_sqrtxf", &a, 2, inst)?,
            "trunc" | "floor" | "ceil" | "round" | "roundeven" | "rint" | "nearbyint" => {
                let mode = super::ops::rounding_mode(base);
                self.call_named("__zkcc_roundxf", &[a[0], a[1], Opnd::I(mode)], 2, inst)?
            }
            "minnum" | "maxnum" | "minimum" | "maximum" => {
                let mut args = a;
                args.extend(self.leaf_opnds(inst.operand(1), inst)?);
                self.call_named(&format!("__zkcc_{base}xf"), &args, 2, inst)?
            }
            "fma" => {
                let mut args = a;
                args.extend(self.leaf_opnds(inst.operand(1), inst)?);
                args.extend(self.leaf_opnds(inst.operand(2), inst)?);
                self.call_named("__zkcc_fmaxf", &args, 2, inst)?
            }
            // The x87 unit has no fused multiply-add: x86-64 code multiplies and adds.
            "fmuladd" => {
                let mut args = a;
                args.extend(self.leaf_opnds(inst.operand(1), inst)?);
                let p = self.call_named("__mulxf3", &args, 2, inst)?;
                let mut args: Vec<Opnd> = p.into_iter().map(Opnd::R).collect();
                args.extend(self.leaf_opnds(inst.operand(2), inst)?);
                self.call_named("__addxf3", &args, 2, inst)?
            }
            _ => return Err(self.unsupported(format!("intrinsic `{base}` on x86_fp80"), inst)),
        };
        self.set_regs(inst, r);
        Ok(())
    }
}
