//! SHA-256's mixing functions Σ0, Σ1, σ0 and σ1, recognised in the IR and lowered to one
//! `sha256sum` / `sha256sig` each instead of the six or so instructions of its rotates,
//! shift and xors.
//!
//! After LLVM's optimisation each is a tree of two `xor i32` over three taps of one value:
//! rotates (`fshl`/`fshr` of a value with itself by a constant; clang also turns C's
//! `(x >> n) | (x << (32 - n))` into these) and, for σ, an `lshr` by a constant. The tree
//! matches in any order and association when its taps equal, as a multiset, one of the
//! tap tables of `isa_spec::semantics::sha256`. The inner `xor` and the taps are folded
//! into the operation only when their single use is inside the tree; otherwise they are
//! still lowered as usual for their other users.

use std::collections::{HashMap, HashSet};

use isa_spec::Opcode;
use isa_spec::semantics::sha256::{SIG, SUM, Tap};

use super::FnLower;
use crate::error::Result;
use crate::ir::{Op, Val, is_opcode, single_use_by};

/// A recognised mixing function of `x`: `op x, c`.
#[derive(Clone, Copy, Debug)]
pub struct Mix {
    pub op: Opcode,
    pub x: Val,
    pub c: u64,
}

fn is_i32(v: Val) -> bool {
    let t = v.ty();
    t.is_int() && t.int_width() == 32
}

/// `v` as a tap of a 32-bit value: the value and the tap.
fn tap(v: Val) -> Option<(Val, Tap)> {
    if !v.is_instruction() || !is_i32(v) {
        return None;
    }
    match v.opcode() {
        Op::LLVMLShr => {
            let k = v.operand(1);
            (k.is_const_int() && k.const_zext() < 32).then(|| (v.operand(0), Tap::Shr(k.const_zext() as u32)))
        }
        Op::LLVMCall => {
            let callee = v.called_value();
            if !callee.is_function() || v.num_arg_operands() != 3 {
                return None;
            }
            let left = match callee.name().as_str() {
                "llvm.fshl.i32" => true,
                "llvm.fshr.i32" => false,
                _ => return None,
            };
            let (x, y, k) = (v.operand(0), v.operand(1), v.operand(2));
            if x != y || !k.is_const_int() {
                return None;
            }
            // Rotating left by k is rotating right by 32 - k.
            let k = (k.const_zext() % 32) as u32;
            Some((x, Tap::Rotr(if left { (32 - k) % 32 } else { k })))
        }
        _ => None,
    }
}

/// The operation whose tap table is `taps` in some order.
fn classify(taps: [Tap; 3]) -> Option<(Opcode, u64)> {
    if taps[0] == taps[1] || taps[0] == taps[2] || taps[1] == taps[2] {
        return None;
    }
    // Three distinct taps that each appear in a table of three distinct taps are that
    // table in some order.
    let find = |tables: &[[Tap; 3]; 2]| tables.iter().position(|t| t.iter().all(|t| taps.contains(t)));
    find(&SUM).map(|c| (Opcode::Sha256Sum, c as u64)).or_else(|| find(&SIG).map(|c| (Opcode::Sha256Sig, c as u64)))
}

/// Matches `xor (xor t1 t2) t3` (either operand order at either level) over three taps
/// of one value: the mix, the inner `xor` and the outer tap.
fn match_root(root: Val) -> Option<(Mix, Val, Val)> {
    if !is_opcode(root, Op::LLVMXor) || !is_i32(root) {
        return None;
    }
    for (inner, outer) in [(root.operand(0), root.operand(1)), (root.operand(1), root.operand(0))] {
        if !is_opcode(inner, Op::LLVMXor) {
            continue;
        }
        let (Some((x, t1)), Some((x2, t2)), Some((x3, t3))) =
            (tap(inner.operand(0)), tap(inner.operand(1)), tap(outer))
        else {
            continue;
        };
        if x != x2 || x != x3 {
            continue;
        }
        if let Some((op, c)) = classify([t1, t2, t3]) {
            return Some((Mix { op, x, c }, inner, outer));
        }
    }
    None
}

/// Finds the mixing functions of `f`, keyed by their outer `xor`; adds the inner `xor`s
/// and taps used only inside a recognised tree to `folded` (they are not lowered at all).
pub fn find(f: Val, folded: &mut HashSet<Val>) -> HashMap<Val, Mix> {
    let mut roots = HashMap::new();
    for b in f.blocks() {
        for root in b.instructions() {
            let Some((mix, inner, outer)) = match_root(root) else { continue };
            roots.insert(root, mix);
            let inner_folded = single_use_by(inner, root);
            if inner_folded {
                folded.insert(inner);
            }
            if single_use_by(outer, root) {
                folded.insert(outer);
            }
            for t in [inner.operand(0), inner.operand(1)] {
                if inner_folded && single_use_by(t, inner) {
                    folded.insert(t);
                }
            }
        }
    }
    roots
}

impl FnLower<'_> {
    /// Lowers a recognised mixing function: the operation reads the low 32 bits of `x`
    /// (which may be dirty) and writes a clean result.
    pub(super) fn lower_mix(&mut self, inst: Val, mix: Mix) -> Result<()> {
        let x = self.opnd(mix.x, inst)?;
        let x = self.as_reg(x);
        let r = self.alu_i(mix.op, x, mix.c);
        self.finish_int(inst, r, false, 32);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_any_order() {
        use Tap::*;
        assert_eq!(classify([Rotr(22), Rotr(2), Rotr(13)]), Some((Opcode::Sha256Sum, 0)));
        assert_eq!(classify([Rotr(25), Rotr(11), Rotr(6)]), Some((Opcode::Sha256Sum, 1)));
        assert_eq!(classify([Shr(3), Rotr(7), Rotr(18)]), Some((Opcode::Sha256Sig, 0)));
        assert_eq!(classify([Rotr(19), Shr(10), Rotr(17)]), Some((Opcode::Sha256Sig, 1)));
        assert_eq!(classify([Rotr(7), Rotr(18), Rotr(3)]), None);
        assert_eq!(classify([Rotr(2), Rotr(13), Rotr(13)]), None);
        assert_eq!(classify([Rotr(6), Rotr(11), Rotr(22)]), None);
    }
}
