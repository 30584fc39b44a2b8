//! Inline assembly. A zkvm program has no x86 registers, so only assembly whose meaning
//! is known is lowered: the CPU probe (`cpuid`, `xgetbv`: no extensions), blank and
//! comment-only barriers (no code; each output is the input tied to it), and the
//! baseline x86-64 instructions crates use without probing the CPU: `div` (the 128-by-64
//! division of `compiler_builtins` and bignum crates) and `sqrtsd`/`sqrtss` (libm).
//! Any other assembly is an error naming the function.

use isa_spec::Opcode;

use super::FnLower;
use super::mir::{Opnd, VReg};
use crate::error::Result;
use crate::ir::Val;

/// One operand of an inline assembly constraint string (clobbers excluded), numbered as
/// the text's `$N` refer to them.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Operand {
    /// A result field (`=r`, `=&{ax}`): its register, if a fixed one.
    Output { reg: Option<String> },
    /// A pointer argument the assembly writes through (`=*m`).
    IndirectOutput { arg: u32 },
    /// An argument, in a fixed register or tied to the output it names (`0`).
    Input { arg: u32, reg: Option<String>, tied: Option<usize> },
}

/// The fixed register of a constraint code (`{ax}` in `=&{ax}`).
fn fixed_reg(code: &str) -> Option<String> {
    let inner = code.trim_start_matches(['=', '&', '+']).strip_prefix('{')?.strip_suffix('}')?;
    Some(inner.to_ascii_lowercase())
}

fn operands(constraints: &str) -> Vec<Operand> {
    let mut out = Vec::new();
    let mut arg = 0;
    for code in constraints.split(',').filter(|c| !c.starts_with('~')) {
        if let Some(rest) = code.strip_prefix('=') {
            if rest.starts_with('*') {
                out.push(Operand::IndirectOutput { arg });
                arg += 1;
            } else {
                out.push(Operand::Output { reg: fixed_reg(code) });
            }
        } else {
            let tied = code.parse().ok();
            out.push(Operand::Input { arg, reg: fixed_reg(code), tied });
            arg += 1;
        }
    }
    out
}

/// The call argument an operand reads: its own, or for an output the input tied to it.
fn input_arg(ops: &[Operand], n: usize) -> Option<u32> {
    match ops.get(n)? {
        Operand::Input { arg, .. } => Some(*arg),
        Operand::Output { .. } => ops.iter().find_map(|o| match o {
            Operand::Input { arg, tied: Some(t), .. } if *t == n => Some(*arg),
            _ => None,
        }),
        Operand::IndirectOutput { .. } => None,
    }
}

/// Whether a register name is a width of x86's `name` register (`ax`: `eax`, `rax`).
fn is_reg(reg: &Option<String>, name: &str) -> bool {
    reg.as_deref().is_some_and(|r| r == name || r.get(1..) == Some(name))
}

/// The argument read in register `name`: an input fixed there, or one tied to an output
/// fixed there.
fn reg_arg(ops: &[Operand], name: &str) -> Option<u32> {
    ops.iter().enumerate().find_map(|(n, o)| match o {
        Operand::Input { arg, reg, .. } if is_reg(reg, name) => Some(*arg),
        Operand::Output { reg } if is_reg(reg, name) => input_arg(ops, n),
        _ => None,
    })
}

/// Whether the text holds no instruction: blank, or only `/* */` and `#`-to-end-of-line
/// comments.
fn is_blank(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/*") {
            match after.find("*/") {
                Some(end) => rest = &after[end + 2..],
                None => return false,
            }
        } else if rest.starts_with('#') {
            rest = rest.find('\n').map_or("", |end| &rest[end..]);
        } else {
            return rest.is_empty();
        }
    }
}

/// One instruction: its mnemonic and the operand numbers it names (`${2:q}`, `$0`), or
/// None when it names anything else (a register, memory, an immediate).
fn instruction(text: &str) -> Option<(String, Vec<usize>)> {
    let text = text.trim();
    let (mnemonic, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let mut numbers = Vec::new();
    for op in rest.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        let inner = op.strip_prefix("${").and_then(|o| o.strip_suffix('}')).map(|o| o.split(':').next().unwrap_or(o));
        let digits = inner.or_else(|| op.strip_prefix('$'))?;
        numbers.push(digits.parse().ok()?);
    }
    Some((mnemonic.to_ascii_lowercase(), numbers))
}

impl FnLower<'_> {
    pub(super) fn lower_asm(&mut self, inst: Val, asm: Val) -> Result<()> {
        let text = asm.inline_asm_string();
        let ops = operands(&asm.inline_asm_constraints());
        let lower = text.to_ascii_lowercase();
        let ty = inst.ty();
        let fields = if ty.is_void() {
            Vec::new()
        } else if ty.is_struct() {
            ty.struct_fields()
        } else {
            vec![ty]
        };
        // The operand number of each output, in the order of the result's fields.
        let outputs: Vec<usize> = (0..ops.len()).filter(|&n| matches!(ops[n], Operand::Output { .. })).collect();
        if fields.len() != outputs.len() {
            return Err(self.unsupported("inline assembly whose outputs do not match its type", inst));
        }
        let probe = lower.contains("cpuid") || lower.contains("xgetbv");
        let mut regs = Vec::new();
        if probe || is_blank(&text) {
            // The CPU probe (no extensions: zeros), or barriers and `black_box` (no code:
            // each output is its tied input, an untied one undefined).
            for (&n, field) in outputs.iter().zip(fields) {
                match input_arg(&ops, n).filter(|_| !probe) {
                    Some(arg) => {
                        let v = self.leaf_opnds(inst.operand(arg), inst)?;
                        regs.extend(self.opnd_regs(v));
                    }
                    None => {
                        let m = self.leaves(field).map_err(|e| self.unsupported(e, inst))?.len();
                        regs.extend((0..m).map(|_| self.zero()));
                    }
                }
            }
        } else {
            regs = match instruction(&text) {
                Some((m, args)) => self.lower_asm_instruction(inst, &ops, outputs.len(), &m, &args)?,
                None => None,
            }
            .ok_or_else(|| self.unsupported("inline assembly", inst))?;
        }
        self.set_regs(inst, regs);
        Ok(())
    }

    /// The result registers of a known instruction, or None.
    fn lower_asm_instruction(
        &mut self,
        inst: Val,
        ops: &[Operand],
        outputs: usize,
        mnemonic: &str,
        args: &[usize],
    ) -> Result<Option<Vec<VReg>>> {
        let is_output = |n: usize| matches!(ops.get(n), Some(Operand::Output { .. }));
        match (mnemonic, args) {
            ("sqrtsd" | "sqrtss", &[x, y]) => {
                // Intel order is (dst, src), AT&T (src, dst): the destination is the output.
                let (dst, src) = if is_output(x) { (x, y) } else { (y, x) };
                let (true, 1, Some(arg)) = (is_output(dst), outputs, input_arg(ops, src)) else {
                    return Ok(None);
                };
                let k = if mnemonic == "sqrtsd" { 'd' } else { 's' };
                let a = self.opnd(inst.operand(arg), inst)?;
                Ok(Some(self.call_named(&format!("__zkcc_sqrt{k}f"), &[a], 1, inst)?))
            }
            ("div" | "divq" | "divl", &[n]) => {
                let (Some(divisor), Some(lo), Some(hi)) = (input_arg(ops, n), reg_arg(ops, "ax"), reg_arg(ops, "dx"))
                else {
                    return Ok(None);
                };
                let w = inst.operand(divisor).ty().int_width();
                if !matches!(w, 32 | 64) || (mnemonic == "divl" && w != 32) || (mnemonic == "divq" && w != 64) {
                    return Ok(None);
                }
                let d = self.reg(inst.operand(divisor), inst)?;
                let lo = self.reg(inst.operand(lo), inst)?;
                let hi = self.reg(inst.operand(hi), inst)?;
                let (q, r) = self.x86_div(inst, w, hi, lo, d)?;
                // Each output is the quotient (rax) or the remainder (rdx).
                let mut regs = Vec::new();
                for o in ops {
                    match o {
                        Operand::Output { reg } if is_reg(reg, "ax") => regs.push(q),
                        Operand::Output { reg } if is_reg(reg, "dx") => regs.push(r),
                        Operand::Output { .. } => return Ok(None),
                        _ => {}
                    }
                }
                Ok(Some(regs))
            }
            _ => Ok(None),
        }
    }

    /// x86's unsigned `div`: (hi:lo) / d in w bits, quotient and remainder. A quotient
    /// that does not fit (hi >= d, d = 0 included) is x86's divide error: the divisor is
    /// made zero so that the division traps.
    fn x86_div(&mut self, inst: Val, w: u32, hi: VReg, lo: VReg, d: VReg) -> Result<(VReg, VReg)> {
        let fits = self.alu(Opcode::LtU, hi, Opnd::R(d));
        let d = self.alu(Opcode::Mul, d, Opnd::R(fits));
        if w == 32 {
            let high = self.alu_i(Opcode::Shl, hi, 32);
            let dividend = self.alu(Opcode::Or, high, Opnd::R(lo));
            let q = self.alu(Opcode::DivU, dividend, Opnd::R(d));
            let r = self.alu(Opcode::RemU, dividend, Opnd::R(d));
            return Ok((q, r));
        }
        // 128 by 64 bits: the runtime's division; the quotient fits in 64 bits.
        let one = self.li(1);
        let _trap_on_zero = self.alu(Opcode::DivU, one, Opnd::R(d));
        let z = self.zero();
        let args = [Opnd::R(lo), Opnd::R(hi), Opnd::R(d), Opnd::R(z)];
        let q = self.call_named("__udivti3", &args, 2, inst)?[0];
        let qd = self.alu(Opcode::Mul, q, Opnd::R(d));
        let r = self.alu(Opcode::Sub, lo, Opnd::R(qd));
        Ok((q, r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_text_is_whitespace_and_comments() {
        for text in ["", "  ", "/* ${0:q} */", "# barrier $0", "/*a*/ # b\n /* c */"] {
            assert!(is_blank(text), "{text:?}");
        }
        for text in ["nop", "/* open", "/* x */ mov $0, $1", "# c\nnop"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn outputs_find_their_tied_arguments() {
        let ops = operands("=r,r,0,~{dirflag},~{flags}");
        assert_eq!(input_arg(&ops, 0), Some(1));
        let ops = operands("=r,=r,r,0,1,~{memory}");
        assert_eq!((input_arg(&ops, 0), input_arg(&ops, 1)), (Some(1), Some(2)));
        assert_eq!(input_arg(&operands("=&r,0"), 0), Some(0));
        assert_eq!(input_arg(&operands("=r,r"), 0), None);
        // An indirect output takes an argument.
        assert_eq!(input_arg(&operands("=*m,=r,r,1"), 1), Some(2));
    }

    #[test]
    fn division_registers_are_found() {
        let ops = operands("=&{ax},=&{dx},r,0,1,~{dirflag},~{fpsr},~{flags}");
        assert_eq!((input_arg(&ops, 2), reg_arg(&ops, "ax"), reg_arg(&ops, "dx")), (Some(0), Some(1), Some(2)));
        let ops = operands("={rax},={rdx},{rax},{rdx},r");
        assert_eq!((reg_arg(&ops, "ax"), reg_arg(&ops, "dx"), input_arg(&ops, 4)), (Some(0), Some(1), Some(2)));
    }

    #[test]
    fn instructions_name_operands() {
        assert_eq!(instruction("div ${2:q}"), Some(("div".into(), vec![2])));
        assert_eq!(instruction("sqrtsd ${0:x}, ${0:x}"), Some(("sqrtsd".into(), vec![0, 0])));
        assert_eq!(instruction("sqrtsd $1, $0"), Some(("sqrtsd".into(), vec![1, 0])));
        assert_eq!(instruction("mov rax, $0"), None);
        assert_eq!(instruction("div qword ptr [$0]"), None);
    }
}
