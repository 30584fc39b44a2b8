//! The machine IR between instruction selection and slot assignment: zkvm instructions
//! on virtual registers (one 64-bit frame slot each once assigned), grouped in blocks.

use isa_spec::Opcode;

/// A virtual register: becomes one frame slot.
pub type VReg = u32;
/// Index of a block in [`MFunc::blocks`].
pub type BlockId = u32;
/// Index of a function in the module's function table.
pub type FuncId = u32;

/// The second ALU operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opnd {
    R(VReg),
    I(u64),
}

/// A register with a fixed slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fixed {
    /// Slot `k` of this function's own frame (parameters, return values).
    Own(u32),
    /// Slot `k` of a callee's frame (outgoing arguments and returned values).
    Out(u32),
}

/// Call targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    Direct(FuncId),
    Indirect(VReg),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MInst {
    /// `d <- b op c`.
    Alu {
        op: Opcode,
        d: VReg,
        b: VReg,
        c: Opnd,
    },
    /// `d <- k`.
    Li {
        d: VReg,
        k: u64,
    },
    /// `d <- code address of a function`.
    LiFunc {
        d: VReg,
        f: FuncId,
    },
    /// `d <- address of byte `off` of the frame's alloca area`.
    FpAddr {
        d: VReg,
        off: i64,
    },
    /// `d <- address of own slot `slot``.
    FpSlot {
        d: VReg,
        slot: u32,
    },
    /// `d <- mem[base + off]`.
    Load {
        op: Opcode,
        d: VReg,
        base: VReg,
        off: i64,
    },
    /// `mem[base + off] <- v`.
    Store {
        op: Opcode,
        base: VReg,
        off: i64,
        v: VReg,
    },
    /// `d <- s`.
    Mov {
        d: VReg,
        s: VReg,
    },
    /// A call; `args` are the `Out` registers it reads, `rets` the `Out` registers it
    /// defines.
    Call {
        callee: Callee,
        args: Vec<VReg>,
        rets: Vec<VReg>,
    },
    /// Return; `uses` are the `Own` registers holding the returned value.
    Ret {
        uses: Vec<VReg>,
    },
    Jmp {
        t: BlockId,
    },
    Bnz {
        c: VReg,
        t: BlockId,
    },
    Read {
        d: VReg,
    },
    CycleCount {
        d: VReg,
    },
    Write {
        fd: u64,
        s: VReg,
    },
    Commit {
        s: VReg,
    },
    Halt {
        s: VReg,
    },
    Trap {
        kind: u64,
    },
}

impl MInst {
    /// Registers read.
    pub fn uses(&self, out: &mut Vec<VReg>) {
        out.clear();
        match self {
            MInst::Alu { b, c, .. } => {
                out.push(*b);
                if let Opnd::R(r) = c {
                    out.push(*r);
                }
            }
            MInst::Li { .. } | MInst::LiFunc { .. } | MInst::FpAddr { .. } | MInst::FpSlot { .. } => {}
            MInst::Load { base, .. } => out.push(*base),
            MInst::Store { base, v, .. } => {
                out.push(*base);
                out.push(*v);
            }
            MInst::Mov { s, .. } => out.push(*s),
            MInst::Call { callee, args, .. } => {
                if let Callee::Indirect(r) = callee {
                    out.push(*r);
                }
                out.extend(args);
            }
            MInst::Ret { uses } => out.extend(uses),
            MInst::Jmp { .. } | MInst::Trap { .. } | MInst::Read { .. } | MInst::CycleCount { .. } => {}
            MInst::Bnz { c, .. } => out.push(*c),
            MInst::Write { s, .. } | MInst::Commit { s } | MInst::Halt { s } => out.push(*s),
        }
    }

    /// Registers written.
    pub fn defs(&self, out: &mut Vec<VReg>) {
        out.clear();
        match self {
            MInst::Alu { d, .. }
            | MInst::Li { d, .. }
            | MInst::LiFunc { d, .. }
            | MInst::FpAddr { d, .. }
            | MInst::FpSlot { d, .. }
            | MInst::Load { d, .. }
            | MInst::Mov { d, .. }
            | MInst::Read { d }
            | MInst::CycleCount { d } => out.push(*d),
            MInst::Call { rets, .. } => out.extend(rets),
            _ => {}
        }
    }

    /// Rewrites every register through `f`.
    pub fn map_regs(&mut self, mut f: impl FnMut(VReg) -> VReg) {
        match self {
            MInst::Alu { d, b, c, .. } => {
                *d = f(*d);
                *b = f(*b);
                if let Opnd::R(r) = c {
                    *r = f(*r);
                }
            }
            MInst::Li { d, .. }
            | MInst::LiFunc { d, .. }
            | MInst::FpAddr { d, .. }
            | MInst::FpSlot { d, .. }
            | MInst::Read { d }
            | MInst::CycleCount { d } => *d = f(*d),
            MInst::Load { d, base, .. } => {
                *d = f(*d);
                *base = f(*base);
            }
            MInst::Store { base, v, .. } => {
                *base = f(*base);
                *v = f(*v);
            }
            MInst::Mov { d, s } => {
                *d = f(*d);
                *s = f(*s);
            }
            MInst::Call { callee, args, rets } => {
                if let Callee::Indirect(r) = callee {
                    *r = f(*r);
                }
                for r in args.iter_mut().chain(rets.iter_mut()) {
                    *r = f(*r);
                }
            }
            MInst::Ret { uses } => {
                for r in uses {
                    *r = f(*r);
                }
            }
            MInst::Bnz { c, .. } => *c = f(*c),
            MInst::Write { s, .. } | MInst::Commit { s } | MInst::Halt { s } => *s = f(*s),
            MInst::Jmp { .. } | MInst::Trap { .. } => {}
        }
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_barrier(&self) -> bool {
        matches!(self, MInst::Jmp { .. } | MInst::Ret { .. } | MInst::Halt { .. } | MInst::Trap { .. })
    }
}

/// A block: straight-line code whose control flow leaves through `Bnz` (anywhere) and a
/// final barrier (`Jmp`, `Ret`, `Halt`, `Trap`).
#[derive(Clone, Debug, Default)]
pub struct MBlock {
    pub insts: Vec<MInst>,
    /// Estimated loop nesting depth (weights move coalescing).
    pub depth: u32,
}

impl MBlock {
    /// Successor blocks, in order of appearance.
    pub fn succs(&self) -> Vec<BlockId> {
        self.insts
            .iter()
            .filter_map(|i| match i {
                MInst::Jmp { t } | MInst::Bnz { t, .. } => Some(*t),
                _ => None,
            })
            .collect()
    }
}

/// A function in machine IR.
#[derive(Clone, Debug, Default)]
pub struct MFunc {
    pub name: String,
    pub blocks: Vec<MBlock>,
    /// Emission order of the blocks (the entry block first).
    pub layout: Vec<BlockId>,
    /// Fixed slots of precoloured registers, indexed by register.
    pub fixed: Vec<Option<Fixed>>,
    /// Slots `1..first_free` are reserved (parameters; for variadic functions also the
    /// variadic argument area).
    pub first_free: u32,
    /// Bytes of alloca memory, placed after the slots.
    pub alloca_bytes: u64,
    /// Largest alignment an alloca asked for.
    pub alloca_align: u64,
}

impl MFunc {
    pub fn new_vreg(&mut self) -> VReg {
        self.fixed.push(None);
        (self.fixed.len() - 1) as VReg
    }
    pub fn num_vregs(&self) -> usize {
        self.fixed.len()
    }
}
