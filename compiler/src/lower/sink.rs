//! Sinking: moves each pure instruction down to just before the first instruction of
//! its block that reads its result. Shorter live ranges let the slot allocator merge
//! more moves away; the typical win is a loop counter `i.next = i + 1` computed early
//! in the body (by LLVM) while `i` is still read afterwards, which otherwise costs a
//! copy on every back edge.

use super::mir::{MFunc, MInst, VReg};

fn sinkable(inst: &MInst) -> bool {
    matches!(
        inst,
        MInst::Alu { .. }
            | MInst::Li { .. }
            | MInst::LiFunc { .. }
            | MInst::FpAddr { .. }
            | MInst::FpSlot { .. }
            | MInst::Mov { .. }
    )
}

/// Whether control may leave the block at, or memory or frame state changes at, `inst`
/// in a way that pure instructions must not be moved across.
fn is_fence(inst: &MInst) -> bool {
    matches!(
        inst,
        MInst::Bnz { .. }
            | MInst::Call { .. }
            | MInst::Jmp { .. }
            | MInst::Ret { .. }
            | MInst::Halt { .. }
            | MInst::Trap { .. }
    )
}

pub fn run(f: &mut MFunc) {
    let mut def_count = vec![0u32; f.num_vregs()];
    let mut tmp = Vec::new();
    for b in &f.blocks {
        for i in &b.insts {
            i.defs(&mut tmp);
            for &d in &tmp {
                def_count[d as usize] += 1;
            }
        }
    }
    let fixed = f.fixed.clone();
    let mut uses = Vec::new();
    let mut defs = Vec::new();
    for block in f.blocks.iter_mut() {
        let insts = &mut block.insts;
        let mut i = insts.len();
        while i > 0 {
            i -= 1;
            if !sinkable(&insts[i]) {
                continue;
            }
            insts[i].defs(&mut defs);
            let d: VReg = defs[0];
            if def_count[d as usize] != 1 || fixed[d as usize].is_some() {
                continue;
            }
            insts[i].uses(&mut uses);
            let operands = uses.clone();
            // Find the first reader; stop at fences and at redefinitions of operands.
            // Sinking only pays when an operand is read again in between (it can then
            // die before the result is born).
            let mut target = None;
            let mut operand_read = false;
            for (j, inst) in insts.iter().enumerate().skip(i + 1) {
                inst.uses(&mut uses);
                if uses.contains(&d) {
                    target = Some(j);
                    break;
                }
                operand_read |= uses.iter().any(|u| operands.contains(u));
                inst.defs(&mut defs);
                if is_fence(inst) || defs.iter().any(|x| operands.contains(x)) {
                    break;
                }
            }
            if let Some(j) = target
                && j > i + 1
                && operand_read
            {
                let moved = insts.remove(i);
                insts.insert(j - 1, moved);
            }
        }
    }
}
