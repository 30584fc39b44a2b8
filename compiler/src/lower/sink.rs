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
    // Registers joined by a copy (phi moves): the allocator wants them in one slot.
    let mut partners = std::collections::HashSet::new();
    for b in &f.blocks {
        for i in &b.insts {
            if let MInst::Mov { d, s } = *i {
                partners.insert((d, s));
                partners.insert((s, d));
            }
        }
    }
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
            let mut read_between = Vec::new();
            for (j, inst) in insts.iter().enumerate().skip(i + 1) {
                inst.uses(&mut uses);
                if uses.contains(&d) {
                    target = Some(j);
                    break;
                }
                read_between.extend(operands.iter().filter(|o| uses.contains(o)));
                inst.defs(&mut defs);
                if is_fence(inst) || defs.iter().any(|x| operands.contains(x)) {
                    break;
                }
            }
            let Some(j) = target else { continue };
            // But moving the last read of an operand down keeps that operand alive over
            // what is defined in between, typically the value that replaces it on a loop's
            // back edge, which then needs a copy: only the replacement itself may do that.
            let mut extends = |o: &VReg| {
                !insts[j..].iter().any(|inst| {
                    inst.uses(&mut uses);
                    uses.contains(o)
                })
            };
            if j > i + 1
                && !read_between.is_empty()
                && read_between.iter().all(|o| !extends(o) || partners.contains(&(*o, d)))
            {
                let moved = insts.remove(i);
                insts.insert(j - 1, moved);
            }
        }
    }
}
