//! `and x, (xor y, -1)` (either operand order) lowered as one `andn x, y` instead of an
//! `xor` and an `and`: Keccak-f's χ step, `a ^ (!b & c)`, has 25 of them per round. The
//! `xor` is folded (not lowered) when the `and` is its only use.

use std::collections::{HashMap, HashSet};

use isa_spec::Opcode;

use super::{FnLower, mask};
use crate::error::Result;
use crate::ir::{Op, Val, is_opcode, single_use_by};

/// An `and` lowered as `andn x, y`.
#[derive(Clone, Copy, Debug)]
pub struct AndN {
    pub x: Val,
    pub y: Val,
}

/// `v` as `xor y, -1` of an integer of at most 64 bits: `y`.
fn not_of(v: Val) -> Option<Val> {
    if !is_opcode(v, Op::LLVMXor) {
        return None;
    }
    let w = v.ty().int_width();
    let ones = |k: Val| k.is_const_int() && k.const_zext() & mask(w) == mask(w);
    [(v.operand(0), v.operand(1)), (v.operand(1), v.operand(0))].into_iter().find(|&(_, k)| ones(k)).map(|(y, _)| y)
}

/// Finds the and-nots of `f`, keyed by their `and`; adds the `xor`s used only by one of
/// them to `folded`.
pub fn find(f: Val, folded: &mut HashSet<Val>) -> HashMap<Val, AndN> {
    let mut roots = HashMap::new();
    for b in f.blocks() {
        for and in b.instructions() {
            if !is_opcode(and, Op::LLVMAnd) || !and.ty().is_int() || and.ty().int_width() > 64 {
                continue;
            }
            for (x, not) in [(and.operand(0), and.operand(1)), (and.operand(1), and.operand(0))] {
                // A constant `x` would need its own `li`: no instruction saved.
                let Some(y) = not_of(not).filter(|_| !x.is_constant()) else { continue };
                roots.insert(and, AndN { x, y });
                if single_use_by(not, and) {
                    folded.insert(not);
                }
                break;
            }
        }
    }
    roots
}

impl FnLower<'_> {
    /// `x & !y`: the low `w` bits are right whatever `y` holds above them, and the result
    /// is dirty exactly when `x` is.
    pub(super) fn lower_andn(&mut self, inst: Val, andn: AndN) -> Result<()> {
        let x = self.opnd(andn.x, inst)?;
        let x = self.as_reg(x);
        let y = self.opnd(andn.y, inst)?;
        let r = self.alu(Opcode::AndN, x, y);
        let dirty = self.is_dirty(andn.x);
        self.finish_int(inst, r, dirty, inst.ty().int_width());
        Ok(())
    }
}
