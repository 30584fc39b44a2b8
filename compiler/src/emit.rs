//! Machine code for one function: frame layout, slot numbers, block layout with jump
//! threading and fall-through, and relocations for calls and function addresses.

use isa_spec::instruction::MAX_SLOT;
use isa_spec::{Instruction, Opcode};

use crate::error::{Error, Result, function_label};
use crate::lower::mir::{BlockId, Callee, FuncId, MFunc, MInst, Opnd};
use crate::lower::regalloc::Slot;

/// What an instruction's immediate must be patched with once code addresses are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reloc {
    /// The code address of a function (calls, function pointers).
    Func(FuncId),
    /// A code address inside this function (relative to its first instruction).
    Local(u32),
}

/// The code of one function, relative to its first instruction.
#[derive(Clone, Debug, Default)]
pub struct FuncCode {
    pub code: Vec<Instruction>,
    pub relocs: Vec<(usize, Reloc)>,
    /// Frame size in slots (the `a` of its calls).
    pub frame_slots: u32,
}

/// An instruction whose targets are still blocks.
enum Item {
    Inst(Instruction),
    Reloc(Instruction, Reloc),
    Jmp(BlockId),
    Bnz(u32, BlockId),
}

/// Lays out and encodes `f` with the slots chosen for its registers.
pub fn function(f: &MFunc, slots: &[Slot]) -> Result<FuncCode> {
    // Frame: own slots, then the alloca area (64-byte aligned), rounded to 64 bytes.
    let mut nslots = f.first_free.max(1);
    for s in slots {
        if let Slot::Own(k) = s {
            nslots = nslots.max(k + 1);
        }
    }
    let alloca_base = (8 * nslots as u64).next_multiple_of(64);
    let frame_bytes = if f.alloca_bytes > 0 {
        (alloca_base + f.alloca_bytes).next_multiple_of(64)
    } else {
        (8 * nslots as u64).next_multiple_of(64)
    };
    let frame_slots = frame_bytes / 8;
    let limit =
        |what: &str| Error::Limit(format!("function {}: {what} exceeds the slot limit", function_label(&f.name)));
    if frame_slots > MAX_SLOT as u64 {
        return Err(limit("frame"));
    }
    let frame_slots = frame_slots as u32;
    let slot_of = |r: u32| -> Result<u32> {
        let s = match slots[r as usize] {
            Slot::Own(k) => k,
            Slot::Out(k) => frame_slots + k,
        };
        if s > MAX_SLOT {
            return Err(limit("an outgoing argument"));
        }
        Ok(s)
    };

    // Translate blocks.
    let mut blocks: Vec<Vec<Item>> = Vec::with_capacity(f.blocks.len());
    for block in &f.blocks {
        let mut items = Vec::new();
        for inst in &block.insts {
            let new = |op: Opcode| Instruction::new(op);
            let item = match inst {
                MInst::Alu { op, d, b, c } => {
                    let (a, b) = (slot_of(*d)?, slot_of(*b)?);
                    Item::Inst(match c {
                        Opnd::R(c) => Instruction::alu(*op, a, b, slot_of(*c)?),
                        Opnd::I(k) => Instruction::alu_imm(*op, a, b, *k),
                    })
                }
                MInst::Li { d, k } => Item::Inst(Instruction { a: slot_of(*d)?, imm: *k, ..new(Opcode::LoadImm) }),
                MInst::LiFunc { d, f } => {
                    Item::Reloc(Instruction { a: slot_of(*d)?, ..new(Opcode::LoadImm) }, Reloc::Func(*f))
                }
                MInst::FpAddr { d, off } => Item::Inst(Instruction {
                    a: slot_of(*d)?,
                    imm: (alloca_base as i64 + off) as u64,
                    ..new(Opcode::FpAddr)
                }),
                MInst::FpSlot { d, slot } => {
                    Item::Inst(Instruction { a: slot_of(*d)?, imm: 8 * *slot as u64, ..new(Opcode::FpAddr) })
                }
                MInst::Load { op, d, base, off } => {
                    Item::Inst(Instruction { a: slot_of(*d)?, b: slot_of(*base)?, imm: *off as u64, ..new(*op) })
                }
                MInst::Store { op, base, off, v } => {
                    Item::Inst(Instruction { b: slot_of(*base)?, c: slot_of(*v)?, imm: *off as u64, ..new(*op) })
                }
                MInst::Mov { d, s } => {
                    let (a, b) = (slot_of(*d)?, slot_of(*s)?);
                    if a == b {
                        continue;
                    }
                    Item::Inst(Instruction::alu_imm(Opcode::Add, a, b, 0))
                }
                MInst::Call { callee: Callee::Direct(id), .. } => {
                    Item::Reloc(Instruction { a: frame_slots, ..new(Opcode::Call) }, Reloc::Func(*id))
                }
                MInst::Call { callee: Callee::Indirect(r), .. } => {
                    Item::Inst(Instruction { a: frame_slots, b: slot_of(*r)?, ..new(Opcode::CallIndirect) })
                }
                MInst::Ret { .. } => Item::Inst(new(Opcode::Return)),
                MInst::Jmp { t } => Item::Jmp(*t),
                MInst::Bnz { c, t } => Item::Bnz(slot_of(*c)?, *t),
                MInst::Read { d } => Item::Inst(Instruction { a: slot_of(*d)?, ..new(Opcode::Read) }),
                MInst::CycleCount { d } => Item::Inst(Instruction { a: slot_of(*d)?, ..new(Opcode::CycleCount) }),
                MInst::Write { fd, s } => Item::Inst(Instruction { b: slot_of(*s)?, imm: *fd, ..new(Opcode::Write) }),
                MInst::Commit { s } => Item::Inst(Instruction { b: slot_of(*s)?, ..new(Opcode::Commit) }),
                MInst::Halt { s } => Item::Inst(Instruction { b: slot_of(*s)?, ..new(Opcode::Halt) }),
                MInst::Trap { kind } => Item::Inst(Instruction { imm: *kind, ..new(Opcode::Trap) }),
            };
            let barrier = matches!(item, Item::Jmp(_))
                || matches!(&item, Item::Inst(i) if matches!(i.opcode, Opcode::Return | Opcode::Halt | Opcode::Trap));
            items.push(item);
            if barrier {
                break; // anything after a barrier is dead
            }
        }
        blocks.push(items);
    }

    // Jump threading: a block that is only `jmp t` forwards to t.
    let nb = blocks.len();
    let forward: Vec<Option<BlockId>> =
        blocks.iter().map(|b| if let [Item::Jmp(t)] = b.as_slice() { Some(*t) } else { None }).collect();
    let resolve = |mut t: BlockId| {
        let mut steps = 0;
        while let Some(n) = forward[t as usize] {
            if n == t || steps > nb {
                break;
            }
            t = n;
            steps += 1;
        }
        t
    };
    for b in blocks.iter_mut() {
        for item in b.iter_mut() {
            match item {
                Item::Jmp(t) | Item::Bnz(_, t) => *t = resolve(*t),
                _ => {}
            }
        }
    }
    // Reachable blocks, kept in their original order.
    let mut reach = vec![false; nb];
    let mut work = vec![0 as BlockId];
    while let Some(b) = work.pop() {
        if nb == 0 || reach[b as usize] {
            continue;
        }
        reach[b as usize] = true;
        for item in &blocks[b as usize] {
            if let Item::Jmp(t) | Item::Bnz(_, t) = item {
                work.push(*t);
            }
        }
    }
    let order: Vec<usize> = f.layout.iter().map(|&b| b as usize).filter(|&b| reach[b]).collect();

    // Emit with fall-through.
    let mut out = FuncCode { frame_slots, ..FuncCode::default() };
    let mut label = vec![u32::MAX; nb];
    for (i, &b) in order.iter().enumerate() {
        label[b] = out.code.len() as u32;
        let next = order.get(i + 1).copied();
        let items = std::mem::take(&mut blocks[b]);
        let count = items.len();
        for (j, item) in items.into_iter().enumerate() {
            match item {
                Item::Inst(inst) => out.code.push(inst),
                Item::Reloc(inst, r) => {
                    out.relocs.push((out.code.len(), r));
                    out.code.push(inst);
                }
                Item::Jmp(t) => {
                    if j + 1 == count && next == Some(t as usize) {
                        continue;
                    }
                    out.relocs.push((out.code.len(), Reloc::Local(t)));
                    out.code.push(Instruction::new(Opcode::Jump));
                }
                Item::Bnz(c, t) => {
                    out.relocs.push((out.code.len(), Reloc::Local(t)));
                    out.code.push(Instruction { b: c, ..Instruction::new(Opcode::BranchNonZero) });
                }
            }
        }
    }
    // Local targets become offsets inside the function.
    for (_, r) in out.relocs.iter_mut() {
        if let Reloc::Local(t) = r {
            *t = label[*t as usize];
        }
    }
    Ok(out)
}
