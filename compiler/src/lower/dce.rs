//! Dead code: removes pure instructions whose results nothing reads. Instruction
//! selection leaves some behind where an IR value splits into several registers and a
//! user needs only some of them (the unused high half of an `i128` shift, for one); LLVM
//! cannot see those, as they do not exist in the IR.

use super::mir::{MFunc, MInst};

/// Whether removing `inst` (when its result is unused) changes nothing else: no memory,
/// control flow, I/O or trap. Registers with a fixed slot are excluded, as the frame
/// may be read through memory.
fn removable(inst: &MInst) -> bool {
    match inst {
        MInst::Alu { op, .. } => !op.alu_may_trap(),
        MInst::Li { .. } | MInst::LiFunc { .. } | MInst::FpAddr { .. } | MInst::FpSlot { .. } | MInst::Mov { .. } => {
            true
        }
        _ => false,
    }
}

pub fn run(f: &mut MFunc) {
    let mut uses = vec![0u32; f.num_vregs()];
    let mut regs = Vec::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        inst.uses(&mut regs);
        regs.iter().for_each(|&r| uses[r as usize] += 1);
    }
    // Removing an instruction may leave its operands unread: repeat until stable.
    loop {
        let mut changed = false;
        for block in &mut f.blocks {
            block.insts.retain(|inst| {
                inst.defs(&mut regs);
                let dead =
                    removable(inst) && regs.iter().all(|&d| uses[d as usize] == 0 && f.fixed[d as usize].is_none());
                if dead {
                    inst.uses(&mut regs);
                    regs.iter().for_each(|&r| uses[r as usize] -= 1);
                    changed = true;
                }
                !dead
            });
        }
        if !changed {
            break;
        }
    }
}
