//! Which narrow integer values may be left "dirty" in their register: correct in the
//! low `w` bits, garbage above. A value may stay dirty when every use only reads its low
//! bits (addition, multiplication, bitwise operations, left shifts, truncation, stores,
//! sign extension, GEP indices, select operands, and phis that are themselves allowed to
//! be dirty). Operations whose result would need masking (`add`, `mul`, `shl`, `trunc`,
//! rotates) then skip the mask, which saves about one instruction per 32-bit operation
//! in code like SHA-256.

use std::collections::HashSet;

use crate::ir::{Op, Val, is_opcode};

/// Width of a scalar integer value that can be dirty (1 < w < 64), or None.
fn narrow_width(v: Val) -> Option<u32> {
    let t = v.ty();
    (t.is_int() && t.int_width() < 64).then(|| t.int_width())
}

/// Whether `user` reads only the low bits of its operand `idx`; phis are decided by
/// `phi_ok`. Instructions `folded` into a fused operation (a SHA-256 mixing function, an
/// and-not) are not lowered: the operation that replaces them reads only the low bits.
fn tolerant(user: Val, idx: u32, phi_ok: &HashSet<Val>, folded: &HashSet<Val>) -> bool {
    if !user.is_instruction() {
        return false;
    }
    if folded.contains(&user) {
        return true;
    }
    match user.opcode() {
        Op::LLVMAdd | Op::LLVMSub | Op::LLVMMul | Op::LLVMAnd | Op::LLVMOr | Op::LLVMXor => user.ty().is_int(),
        Op::LLVMShl => idx == 0 && user.ty().is_int(),
        Op::LLVMTrunc => user.operand(0).ty().is_int(),
        Op::LLVMSExt => user.operand(0).ty().is_int() && user.operand(0).ty().int_width() > 1,
        Op::LLVMStore => idx == 0 && user.operand(0).ty().is_int(),
        Op::LLVMSelect => idx > 0 && user.ty().is_int(),
        Op::LLVMGetElementPtr => idx > 0 && !user.ty().is_vector(),
        Op::LLVMPHI => phi_ok.contains(&user),
        // Comparisons of an input byte read with `__zkvm_read_byte` use its sign-extended
        // form directly (see `is_read_byte`).
        Op::LLVMICmp => is_read_byte(user.operand(idx)),
        _ => false,
    }
}

/// Whether `v` is the result of `__zkvm_read_byte`: the `read` instruction leaves it
/// sign-extended to 64 bits (-1 at the end of the input), which comparisons can use as is.
pub fn is_read_byte(v: Val) -> bool {
    is_opcode(v, Op::LLVMCall) && {
        let callee = v.called_value();
        callee.is_function() && callee.name() == "__zkvm_read_byte"
    }
}

/// The instructions of `f` whose results may stay dirty.
pub fn allowed(f: Val, folded: &HashSet<Val>) -> HashSet<Val> {
    let mut phis = HashSet::new();
    let mut others = Vec::new();
    for b in f.blocks() {
        for i in b.instructions() {
            if narrow_width(i).is_none() {
                continue;
            }
            if is_opcode(i, Op::LLVMPHI) {
                phis.insert(i);
            } else {
                others.push(i);
            }
        }
    }
    // Optimistic fixpoint over phis: drop any phi with an intolerant use.
    loop {
        let mut changed = false;
        let current: Vec<Val> = phis.iter().copied().collect();
        for p in current {
            if !p.uses().iter().all(|&(u, i)| tolerant(u, i, &phis, folded)) {
                phis.remove(&p);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out = phis.clone();
    for v in others {
        if v.uses().iter().all(|&(u, i)| tolerant(u, i, &phis, folded)) {
            out.insert(v);
        }
    }
    out
}
