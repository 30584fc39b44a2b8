//! Instruction selection: LLVM IR functions to machine IR on virtual registers.
//!
//! Conventions: every SSA value is flattened into 64-bit *leaves* (integers up to 64
//! bits and pointers take one register, `i128` two (low, high), aggregates and vectors
//! the concatenation of their elements). A register holding an `iN` value always holds
//! it zero-extended ("clean"), so comparisons, divisions and right shifts need no
//! masking, and `zext` is free. Pointer values whose only uses are memory accesses are
//! not materialised: loads and stores fold `base + constant` into their offset.

mod andn;
mod asm;
pub mod call;
pub mod dce;
pub mod dirty;
mod fp80;
pub mod mem;
pub mod mir;
pub mod ops;
mod overflow128;
pub mod regalloc;
mod sha256;
pub mod sink;
mod varargs;
pub mod wide;

use std::collections::{HashMap, HashSet};

use isa_spec::Opcode;

use crate::consts::{self, CVal};
use crate::error::{Error, Result, function_label};
use crate::ir::{Bb, Op, Ty, Val};
use crate::module::Ctx;
use mir::{BlockId, Fixed, FuncId, MBlock, MFunc, MInst, Opnd, VReg};

/// Own slots reserved for variadic arguments in a variadic function (the image of
/// [`varargs`]: alignment, register save area and overflow area).
pub const VA_RESERVE: u32 = 256;

/// Where the pointer an `Addr` value points to is based.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// The address held in a register.
    Reg(VReg),
    /// The function's alloca area.
    Frame,
    /// Absolute (the offset is the address).
    Abs,
}

/// How an SSA value was lowered.
#[derive(Clone, Debug)]
pub enum Lowered {
    /// In registers, one per leaf.
    Regs(Vec<VReg>),
    /// A pointer `base + off` not materialised in a register.
    Addr(Base, i64),
}

/// A leaf of a constant: an integer or a function address.
#[derive(Clone, Copy, Debug)]
pub enum CLeaf {
    K(u64),
    Func(FuncId, i64),
}

pub(crate) fn mask(w: u32) -> u64 {
    if w >= 64 { u64::MAX } else { (1u64 << w) - 1 }
}

/// Sign-extends the low `w` bits of `v` to 64 bits.
pub(crate) fn sext(v: u64, w: u32) -> u64 {
    if w >= 64 || w == 0 {
        return v;
    }
    (((v << (64 - w)) as i64) >> (64 - w)) as u64
}

/// Lowers one function.
pub struct FnLower<'a> {
    pub ctx: &'a Ctx,
    pub f: Val,
    pub fname: String,
    pub m: MFunc,
    vals: HashMap<Val, Lowered>,
    bmap: HashMap<Bb, BlockId>,
    /// Reverse post-order position of each LLVM block: an edge to a block at or before
    /// the current one is a loop's back edge.
    rpo_pos: HashMap<Bb, usize>,
    cur: BlockId,
    cur_bb: Bb,
    zero: Option<VReg>,
    fbase: Option<VReg>,
    own: HashMap<u32, VReg>,
    out: HashMap<u32, VReg>,
    fused: HashSet<Val>,
    /// Slots taken by the fixed parameters.
    pub nparam_slots: u32,
    pub variadic: bool,
    /// Functions this one references (calls and addresses).
    pub refs: HashSet<FuncId>,
    /// Narrow integer values whose uses all ignore the bits above their width.
    allow_dirty: HashSet<Val>,
    /// Values lowered to registers with garbage above their width.
    dirty_vals: HashSet<Val>,
    /// Results of [`FnLower::alu_reused`] in the current block: the doubled word of a
    /// rotate, a GEP's scaled index and index plus base.
    alu_cache: HashMap<(Opcode, VReg, Opnd), VReg>,
    /// Under-aligned loads folded into the `bswap` that follows them: the call, and the
    /// base register, offset and size of the load (read in big-endian byte order).
    pub(crate) be_loads: HashMap<Val, (VReg, i64, u64)>,
    /// SHA-256 mixing functions lowered as one operation each, keyed by their root.
    sha256: HashMap<Val, sha256::Mix>,
    /// `and`s with a negated operand lowered as `andn`.
    andn: HashMap<Val, andn::AndN>,
    /// Instructions fused into one of those operations, or `add`/`or disjoint`s of a
    /// constant to a 64-bit GEP index that every user (all GEPs) folds into its offset:
    /// not lowered themselves.
    folded: HashSet<Val>,
}

/// The result of lowering a function.
pub struct Lowering {
    pub mfunc: MFunc,
    pub refs: HashSet<FuncId>,
    /// Own slots reserved for variadic arguments.
    pub reserved: std::ops::Range<u32>,
}

impl<'a> FnLower<'a> {
    pub fn new(ctx: &'a Ctx, f: Val) -> Self {
        FnLower {
            ctx,
            f,
            fname: f.name(),
            m: MFunc { name: f.name(), ..MFunc::default() },
            vals: HashMap::new(),
            bmap: HashMap::new(),
            rpo_pos: HashMap::new(),
            cur: 0,
            cur_bb: Bb(std::ptr::null_mut()),
            zero: None,
            fbase: None,
            own: HashMap::new(),
            out: HashMap::new(),
            fused: HashSet::new(),
            nparam_slots: 0,
            variadic: false,
            refs: HashSet::new(),
            allow_dirty: HashSet::new(),
            dirty_vals: HashSet::new(),
            alu_cache: HashMap::new(),
            be_loads: HashMap::new(),
            sha256: HashMap::new(),
            andn: HashMap::new(),
            folded: HashSet::new(),
        }
    }

    // ----- errors -----

    pub fn unsupported(&self, what: impl Into<String>, inst: Val) -> Error {
        Error::Unsupported {
            what: what.into(),
            function: self.fname.clone(),
            block: self.block_name(self.cur_bb),
            inst: crate::canonicalize::unnumber(&inst.print()),
        }
    }

    fn block_name(&self, bb: Bb) -> String {
        if bb.0.is_null() {
            return "-".into();
        }
        let name = bb.name();
        match name.strip_prefix(crate::canonicalize::NUMBER_PREFIX) {
            Some(n) => format!("%{n}"),
            None if name.is_empty() => "%?".into(),
            None => name,
        }
    }

    // ----- emission helpers -----

    /// The block after the current one in the layout.
    fn next_in_layout(&self) -> Option<BlockId> {
        let pos = self.m.layout.iter().position(|&b| b == self.cur)?;
        self.m.layout.get(pos + 1).copied()
    }

    /// Whether the edge to `succ` is a loop's back edge (it retreats in reverse
    /// post-order).
    fn is_back_edge(&self, succ: Bb) -> bool {
        self.rpo_pos[&succ] <= self.rpo_pos[&self.cur_bb]
    }

    /// A new block placed right after the current one in the layout.
    pub fn new_block_after_current(&mut self) -> BlockId {
        let id = self.m.blocks.len() as BlockId;
        self.m.blocks.push(MBlock::default());
        let pos = self.m.layout.iter().position(|&b| b == self.cur).map_or(self.m.layout.len(), |p| p + 1);
        self.m.layout.insert(pos, id);
        id
    }

    /// Continues emission in block `b`.
    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    pub fn emit(&mut self, inst: MInst) {
        self.m.blocks[self.cur as usize].insts.push(inst);
    }
    pub fn vreg(&mut self) -> VReg {
        self.m.new_vreg()
    }
    pub fn own(&mut self, k: u32) -> VReg {
        if let Some(&r) = self.own.get(&k) {
            return r;
        }
        let r = self.vreg();
        self.m.fixed[r as usize] = Some(Fixed::Own(k));
        self.own.insert(k, r);
        r
    }
    pub fn out(&mut self, k: u32) -> VReg {
        if let Some(&r) = self.out.get(&k) {
            return r;
        }
        let r = self.vreg();
        self.m.fixed[r as usize] = Some(Fixed::Out(k));
        self.out.insert(k, r);
        r
    }
    /// A register holding zero, set at function entry.
    pub fn zero(&mut self) -> VReg {
        if let Some(z) = self.zero {
            return z;
        }
        let z = self.vreg();
        self.zero = Some(z);
        z
    }
    /// A register holding the address of the alloca area, set at function entry.
    pub fn fbase(&mut self) -> VReg {
        if let Some(z) = self.fbase {
            return z;
        }
        let z = self.vreg();
        self.fbase = Some(z);
        z
    }
    pub fn alu(&mut self, op: Opcode, b: VReg, c: Opnd) -> VReg {
        let d = self.vreg();
        self.emit(MInst::Alu { op, d, b, c });
        d
    }
    pub fn alu_i(&mut self, op: Opcode, b: VReg, k: u64) -> VReg {
        self.alu(op, b, Opnd::I(k))
    }
    /// `op b, c`, computed once per block: a later request in the block reuses the
    /// register (registers of IR values are not redefined within a block).
    pub fn alu_reused(&mut self, op: Opcode, b: VReg, c: Opnd) -> VReg {
        if let Some(&d) = self.alu_cache.get(&(op, b, c)) {
            return d;
        }
        let d = self.alu(op, b, c);
        self.alu_cache.insert((op, b, c), d);
        d
    }
    pub fn li(&mut self, k: u64) -> VReg {
        let d = self.vreg();
        self.emit(MInst::Li { d, k });
        d
    }
    pub fn mov(&mut self, d: VReg, s: VReg) {
        if d != s {
            self.emit(MInst::Mov { d, s });
        }
    }
    /// A register holding operand `o`.
    pub fn as_reg(&mut self, o: Opnd) -> VReg {
        match o {
            Opnd::R(r) => r,
            Opnd::I(0) => self.zero(),
            Opnd::I(k) => self.li(k),
        }
    }
    /// `x & mask(w)` (no instruction for 64 bits).
    pub fn trunc_reg(&mut self, x: VReg, w: u32) -> VReg {
        if w >= 64 { x } else { self.alu_i(Opcode::And, x, mask(w)) }
    }
    /// Sign-extends a clean `w`-bit register to 64 bits.
    pub fn sext_reg(&mut self, x: VReg, w: u32) -> VReg {
        if w >= 64 {
            return x;
        }
        if w == 1 {
            return self.alu_i(Opcode::Mul, x, u64::MAX);
        }
        let t = self.alu_i(Opcode::Shl, x, (64 - w) as u64);
        self.alu_i(Opcode::Sra, t, (64 - w) as u64)
    }
    /// Sign-extends an operand (constants are folded).
    pub fn sext_opnd(&mut self, o: Opnd, w: u32) -> Opnd {
        match o {
            Opnd::I(k) => Opnd::I(sext(k, w)),
            Opnd::R(r) => Opnd::R(self.sext_reg(r, w)),
        }
    }

    // ----- types -----

    /// Leaf widths of a type, or why it cannot be held in registers.
    pub fn leaves(&self, t: Ty) -> std::result::Result<Vec<u32>, String> {
        let mut out = Vec::new();
        self.push_leaves(t, &mut out)?;
        Ok(out)
    }

    fn push_leaves(&self, t: Ty, out: &mut Vec<u32>) -> std::result::Result<(), String> {
        use inkwell::llvm_sys::LLVMTypeKind as K;
        match t.kind() {
            K::LLVMIntegerTypeKind => {
                let w = t.int_width();
                if w <= 64 {
                    out.push(w);
                } else if w <= 1024 {
                    let n = w.div_ceil(64);
                    out.extend(std::iter::repeat_n(64, n as usize - 1));
                    out.push(w - 64 * (n - 1));
                } else {
                    return Err(format!("integer type i{w}"));
                }
            }
            K::LLVMPointerTypeKind => out.push(64),
            K::LLVMFloatTypeKind => out.push(32),
            K::LLVMDoubleTypeKind => out.push(64),
            K::LLVMHalfTypeKind | K::LLVMBFloatTypeKind => out.push(16),
            // The significand (explicit integer bit), then sign and exponent.
            K::LLVMX86_FP80TypeKind => out.extend([64, 16]),
            K::LLVMStructTypeKind => {
                for f in t.struct_fields() {
                    self.push_leaves(f, out)?;
                }
            }
            K::LLVMArrayTypeKind => {
                let n = t.array_len();
                if n > 4096 {
                    return Err(format!("array value of type {}", t.print()));
                }
                let mut one = Vec::new();
                self.push_leaves(t.element_type(), &mut one)?;
                for _ in 0..n {
                    out.extend(&one);
                }
            }
            K::LLVMVectorTypeKind => {
                let et = t.element_type();
                let mut one = Vec::new();
                self.push_leaves(et, &mut one)?;
                for _ in 0..t.vector_len() {
                    out.extend(&one);
                }
            }
            K::LLVMVoidTypeKind => {}
            _ => return Err(format!("type {}", t.print())),
        }
        Ok(())
    }

    /// Leaf range of the member at `indices` inside aggregate type `t`.
    pub fn leaf_range(&self, t: Ty, indices: &[u32]) -> std::result::Result<(usize, usize, Ty), String> {
        let mut start = 0;
        let mut ty = t;
        for &i in indices {
            if ty.is_struct() {
                let fields = ty.struct_fields();
                for f in &fields[..i as usize] {
                    start += self.leaves(*f)?.len();
                }
                ty = fields[i as usize];
            } else if ty.is_array() || ty.is_vector() {
                let et = ty.element_type();
                start += i as usize * self.leaves(et)?.len();
                ty = et;
            } else {
                return Err("index into a non-aggregate".into());
            }
        }
        Ok((start, self.leaves(ty)?.len(), ty))
    }

    // ----- operands -----

    /// Constant leaves of a constant value of any type.
    pub fn const_leaves(&self, v: Val) -> std::result::Result<Vec<CLeaf>, String> {
        let t = v.ty();
        let mut out = Vec::new();
        self.push_const_leaves(v, t, &mut out)?;
        Ok(out)
    }

    fn push_const_leaves(&self, v: Val, t: Ty, out: &mut Vec<CLeaf>) -> std::result::Result<(), String> {
        if v.is_undef() || v.is_agg_zero() || v.is_null_ptr() {
            let n = self.leaves(t)?.len();
            out.extend(std::iter::repeat_n(CLeaf::K(0), n));
            return Ok(());
        }
        if t.is_struct() || t.is_array() || t.is_vector() {
            let n = if t.is_struct() {
                t.struct_fields().len() as u32
            } else if t.is_array() {
                t.array_len() as u32
            } else {
                t.vector_len()
            };
            for i in 0..n {
                let et = if t.is_struct() { t.struct_fields()[i as usize] } else { t.element_type() };
                let e = v.aggregate_element(i);
                if e.is_null() {
                    return Err(format!("constant {}", v.print()));
                }
                self.push_const_leaves(e, et, out)?;
            }
            return Ok(());
        }
        if t.is_int() && t.int_width() > 128 && v.is_const_int() {
            let words = v.const_words().ok_or_else(|| format!("constant {}", v.print()))?;
            out.extend(words.into_iter().map(CLeaf::K));
            return Ok(());
        }
        match consts::eval(self.ctx, v)? {
            CVal::Int(k) => {
                if (t.is_int() && t.int_width() > 64) || t.is_x86_fp80() {
                    out.push(CLeaf::K(k as u64));
                    out.push(CLeaf::K((k >> 64) as u64));
                } else {
                    let w = consts::scalar_width(t).unwrap_or(64);
                    out.push(CLeaf::K(k as u64 & mask(w)));
                }
            }
            CVal::Func(f, o) => out.push(CLeaf::Func(f, o)),
        }
        Ok(())
    }

    fn const_err(&self, e: String, inst: Val) -> Error {
        if e.starts_with("undefined symbol") {
            Error::Link(format!("{e} (referenced from function {})", function_label(&self.fname)))
        } else {
            self.unsupported(e, inst)
        }
    }

    /// Materialises a constant leaf into a fresh register.
    pub fn leaf_reg(&mut self, l: CLeaf) -> VReg {
        match l {
            CLeaf::K(k) => self.li(k),
            CLeaf::Func(f, o) => {
                self.refs.insert(f);
                let d = self.vreg();
                self.emit(MInst::LiFunc { d, f });
                if o != 0 { self.alu_i(Opcode::Add, d, o as u64) } else { d }
            }
        }
    }

    /// A scalar (one-leaf) operand: constants become immediates.
    pub fn opnd(&mut self, v: Val, user: Val) -> Result<Opnd> {
        if v.is_constant() {
            let leaves = self.const_leaves(v).map_err(|e| self.const_err(e, user))?;
            return match leaves.as_slice() {
                [CLeaf::K(k)] => Ok(Opnd::I(*k)),
                [l @ CLeaf::Func(..)] => Ok(Opnd::R(self.leaf_reg(*l))),
                _ => Err(self.unsupported("multi-register operand", user)),
            };
        }
        Ok(Opnd::R(self.reg(v, user)?))
    }

    /// A scalar operand in a register.
    pub fn reg(&mut self, v: Val, user: Val) -> Result<VReg> {
        let r = self.regs(v, user)?;
        if r.len() != 1 {
            return Err(self.unsupported(format!("{}-register value where one was expected", r.len()), user));
        }
        Ok(r[0])
    }

    /// All leaves of a value in registers.
    pub fn regs(&mut self, v: Val, user: Val) -> Result<Vec<VReg>> {
        if v.is_constant() {
            let leaves = self.const_leaves(v).map_err(|e| self.const_err(e, user))?;
            return Ok(leaves.into_iter().map(|l| self.leaf_reg(l)).collect());
        }
        match self.vals.get(&v).cloned() {
            Some(Lowered::Regs(r)) => Ok(r),
            Some(Lowered::Addr(base, off)) => Ok(vec![self.materialize(base, off)]),
            None => {
                if crate::ir::is_opcode(v, Op::LLVMPHI) {
                    return self.phi_regs(v);
                }
                Err(self.unsupported(format!("use of a value before its definition ({})", v.print()), user))
            }
        }
    }

    /// Operand leaves: constants stay constants.
    pub fn leaf_opnds(&mut self, v: Val, user: Val) -> Result<Vec<Opnd>> {
        if v.is_constant() {
            let leaves = self.const_leaves(v).map_err(|e| self.const_err(e, user))?;
            return Ok(leaves
                .into_iter()
                .map(|l| match l {
                    CLeaf::K(k) => Opnd::I(k),
                    l => Opnd::R(self.leaf_reg(l)),
                })
                .collect());
        }
        // The zero register (e.g. the high half of a zero-extended i128) as the constant
        // it is, so that operations on it fold.
        let zero = self.zero;
        Ok(self.regs(v, user)?.into_iter().map(|r| if Some(r) == zero { Opnd::I(0) } else { Opnd::R(r) }).collect())
    }

    /// Computes `base + off` into a register.
    pub fn materialize(&mut self, base: Base, off: i64) -> VReg {
        match base {
            Base::Reg(r) if off == 0 => r,
            Base::Reg(r) => self.alu_i(Opcode::Add, r, off as u64),
            Base::Frame => {
                let d = self.vreg();
                self.emit(MInst::FpAddr { d, off });
                d
            }
            Base::Abs => self.li(off as u64),
        }
    }

    /// A pointer operand as `base + off`.
    pub fn addr(&mut self, v: Val, user: Val) -> Result<(Base, i64)> {
        if v.is_constant() {
            let leaves = self.const_leaves(v).map_err(|e| self.const_err(e, user))?;
            return match leaves.as_slice() {
                [CLeaf::K(k)] => Ok((Base::Abs, *k as i64)),
                [l @ CLeaf::Func(..)] => Ok((Base::Reg(self.leaf_reg(*l)), 0)),
                _ => Err(self.unsupported("pointer constant", user)),
            };
        }
        match self.vals.get(&v).cloned() {
            Some(Lowered::Addr(b, o)) => Ok((b, o)),
            _ => Ok((Base::Reg(self.reg(v, user)?), 0)),
        }
    }

    /// Base register and offset for a memory access at `base + off`.
    pub fn access_base(&mut self, base: Base, off: i64) -> (VReg, i64) {
        match base {
            Base::Reg(r) => (r, off),
            Base::Frame => (self.fbase(), off),
            Base::Abs => (self.zero(), off),
        }
    }

    /// Whether value `v` may be held with garbage above its width.
    pub fn is_dirty(&self, v: Val) -> bool {
        self.dirty_vals.contains(&v)
    }

    /// Records the result `r` of `inst`, a `w`-bit integer; a `dirty` result is masked
    /// unless every use of `inst` ignores the high bits.
    pub fn finish_int(&mut self, inst: Val, r: VReg, dirty: bool, w: u32) {
        if dirty && w < 64 {
            if self.allow_dirty.contains(&inst) {
                self.dirty_vals.insert(inst);
                self.set_reg(inst, r);
            } else {
                let m = self.alu_i(Opcode::And, r, mask(w));
                self.set_reg(inst, m);
            }
        } else {
            self.set_reg(inst, r);
        }
    }

    pub fn set(&mut self, v: Val, l: Lowered) {
        self.vals.insert(v, l);
    }
    pub fn set_regs(&mut self, v: Val, r: Vec<VReg>) {
        self.vals.insert(v, Lowered::Regs(r));
    }
    pub fn set_reg(&mut self, v: Val, r: VReg) {
        self.vals.insert(v, Lowered::Regs(vec![r]));
    }

    fn phi_regs(&mut self, phi: Val) -> Result<Vec<VReg>> {
        if let Some(Lowered::Regs(r)) = self.vals.get(&phi) {
            return Ok(r.clone());
        }
        let n = self.leaves(phi.ty()).map_err(|e| self.unsupported(e, phi))?.len();
        let r: Vec<VReg> = (0..n).map(|_| self.vreg()).collect();
        self.set_regs(phi, r.clone());
        if self.allow_dirty.contains(&phi) {
            self.dirty_vals.insert(phi);
        }
        Ok(r)
    }

    /// Whether every use of a pointer value is the address of a load, a store or a GEP.
    pub fn address_only(&self, v: Val) -> bool {
        v.uses().iter().all(|&(user, idx)| {
            user.is_instruction()
                && match user.opcode() {
                    Op::LLVMLoad => idx == 0,
                    Op::LLVMStore => idx == 1,
                    Op::LLVMGetElementPtr => idx == 0,
                    _ => false,
                }
        })
    }

    // ----- the function -----

    /// Lowers the whole function.
    pub fn run(mut self) -> Result<Lowering> {
        let f = self.f;
        let fty = f.function_type();
        self.variadic = fty.is_var_arg();
        // Reachable blocks, in layout order, and a reverse post-order to visit them.
        let blocks = f.blocks();
        let reachable = reachable_blocks(&blocks);
        let layout: Vec<Bb> = blocks.iter().copied().filter(|b| reachable.contains(b)).collect();
        for (i, b) in layout.iter().enumerate() {
            self.bmap.insert(*b, i as BlockId);
            self.m.blocks.push(MBlock::default());
            self.m.layout.push(i as BlockId);
        }
        let order = rpo(&layout);
        self.rpo_pos = order.iter().enumerate().map(|(i, &b)| (b, i)).collect();
        self.sha256 = sha256::find(f, &mut self.folded);
        self.andn = andn::find(f, &mut self.folded);
        mem::find_index_adds(f, &mut self.folded);
        self.allow_dirty = dirty::allowed(f, &self.folded);

        // Parameters live in own slots 1.. .
        let mut slot = 1;
        for p in f.params() {
            let n = self.leaves(p.ty()).map_err(|e| self.unsupported(e, f))?.len() as u32;
            let regs: Vec<VReg> = (0..n).map(|i| self.own(slot + i)).collect();
            slot += n;
            self.set_regs(p, regs);
        }
        self.nparam_slots = slot - 1;
        self.m.first_free = if self.variadic { slot + VA_RESERVE } else { slot };

        for bb in order {
            self.cur_bb = bb;
            self.cur = self.bmap[&bb];
            self.alu_cache.clear();
            for inst in bb.instructions() {
                self.lower_inst(inst)?;
            }
        }

        // Entry-block definitions of the constant registers.
        let mut prologue = Vec::new();
        if let Some(z) = self.zero {
            prologue.push(MInst::Li { d: z, k: 0 });
        }
        if let Some(fb) = self.fbase {
            prologue.push(MInst::FpAddr { d: fb, off: 0 });
        }
        if !prologue.is_empty() {
            let entry = &mut self.m.blocks[0].insts;
            entry.splice(0..0, prologue);
        }
        let reserved = if self.variadic { self.nparam_slots + 1..self.m.first_free } else { 0..0 };
        Ok(Lowering { mfunc: self.m, refs: self.refs, reserved })
    }

    fn lower_inst(&mut self, inst: Val) -> Result<()> {
        if self.folded.contains(&inst) {
            return Ok(());
        }
        let op = inst.opcode();
        match op {
            Op::LLVMPHI => {
                self.phi_regs(inst)?;
                Ok(())
            }
            Op::LLVMRet => self.lower_ret(inst),
            Op::LLVMBr => self.lower_br(inst),
            Op::LLVMSwitch => self.lower_switch(inst),
            Op::LLVMIndirectBr => self.lower_indirectbr(inst),
            Op::LLVMUnreachable | Op::LLVMResume => {
                self.emit(MInst::Trap { kind: 0 });
                Ok(())
            }
            Op::LLVMAdd
            | Op::LLVMSub
            | Op::LLVMMul
            | Op::LLVMUDiv
            | Op::LLVMSDiv
            | Op::LLVMURem
            | Op::LLVMSRem
            | Op::LLVMShl
            | Op::LLVMLShr
            | Op::LLVMAShr
            | Op::LLVMAnd
            | Op::LLVMOr
            | Op::LLVMXor => self.lower_binop(inst),
            Op::LLVMICmp => self.lower_icmp(inst),
            Op::LLVMSelect => self.lower_select(inst),
            Op::LLVMTrunc
            | Op::LLVMZExt
            | Op::LLVMSExt
            | Op::LLVMPtrToInt
            | Op::LLVMPtrToAddr
            | Op::LLVMIntToPtr
            | Op::LLVMBitCast
            | Op::LLVMAddrSpaceCast
            | Op::LLVMFreeze => self.lower_cast(inst),
            Op::LLVMAlloca => self.lower_alloca(inst),
            Op::LLVMLoad => self.lower_load(inst),
            Op::LLVMStore => self.lower_store(inst),
            Op::LLVMGetElementPtr => self.lower_gep(inst),
            Op::LLVMCall => self.lower_call(inst),
            Op::LLVMInvoke => {
                self.lower_call(inst)?;
                let normal = inst.successor(0);
                self.jump_edge(normal)
            }
            Op::LLVMExtractValue => self.lower_extractvalue(inst),
            Op::LLVMInsertValue => self.lower_insertvalue(inst),
            Op::LLVMExtractElement => self.lower_extractelement(inst),
            Op::LLVMInsertElement => self.lower_insertelement(inst),
            Op::LLVMShuffleVector => self.lower_shufflevector(inst),
            Op::LLVMFence => Ok(()),
            Op::LLVMFAdd
            | Op::LLVMFSub
            | Op::LLVMFMul
            | Op::LLVMFDiv
            | Op::LLVMFRem
            | Op::LLVMFNeg
            | Op::LLVMFCmp
            | Op::LLVMFPToUI
            | Op::LLVMFPToSI
            | Op::LLVMUIToFP
            | Op::LLVMSIToFP
            | Op::LLVMFPTrunc
            | Op::LLVMFPExt => self.lower_float(inst),
            Op::LLVMAtomicCmpXchg | Op::LLVMAtomicRMW => Err(self.unsupported("atomic instruction", inst)),
            Op::LLVMVAArg => Err(self.unsupported("va_arg instruction", inst)),
            Op::LLVMLandingPad => Err(self.unsupported("reachable landing pad", inst)),
            _ => Err(self.unsupported("instruction", inst)),
        }
    }

    // ----- control flow -----

    /// The parallel copies for edge `cur_bb -> succ`, emitted at the current point.
    fn edge_copies(&mut self, succ: Bb) -> Result<()> {
        let pred = self.cur_bb;
        let mut moves: Vec<(VReg, VReg)> = Vec::new();
        let mut consts: Vec<(VReg, CLeaf)> = Vec::new();
        for phi in succ.instructions() {
            if !crate::ir::is_opcode(phi, Op::LLVMPHI) {
                break;
            }
            let mut incoming = None;
            for i in 0..phi.num_incoming() {
                let (v, b) = phi.incoming(i);
                if b == pred {
                    incoming = Some(v);
                    break;
                }
            }
            let Some(v) = incoming else {
                return Err(self.unsupported("phi without a value for a predecessor", phi));
            };
            let dsts = self.phi_regs(phi)?;
            if v.is_undef() {
                continue;
            }
            if v.is_constant() {
                let leaves = self.const_leaves(v).map_err(|e| self.const_err(e, phi))?;
                for (d, l) in dsts.into_iter().zip(leaves) {
                    consts.push((d, l));
                }
            } else {
                let srcs = self.regs(v, phi)?;
                for (d, s) in dsts.into_iter().zip(srcs) {
                    if d != s {
                        moves.push((d, s));
                    }
                }
            }
        }
        self.parallel_moves(moves);
        for (d, l) in consts {
            match l {
                CLeaf::K(k) => self.emit(MInst::Li { d, k }),
                CLeaf::Func(..) => {
                    let r = self.leaf_reg(l);
                    self.mov(d, r);
                }
            }
        }
        Ok(())
    }

    /// Emits register moves with parallel semantics.
    fn parallel_moves(&mut self, mut moves: Vec<(VReg, VReg)>) {
        moves.retain(|(d, s)| d != s);
        while !moves.is_empty() {
            if let Some(i) = moves.iter().position(|(d, _)| !moves.iter().any(|(_, s)| s == d)) {
                let (d, s) = moves.remove(i);
                self.mov(d, s);
                continue;
            }
            // Only cycles remain: save one destination and redirect its readers.
            let (d, _) = moves[0];
            let t = self.vreg();
            self.mov(t, d);
            for m in moves.iter_mut() {
                if m.1 == d {
                    m.1 = t;
                }
            }
        }
    }

    /// The block to branch to for edge `cur -> succ`: the successor itself, or a new
    /// block holding the edge's phi copies.
    fn edge_target(&mut self, succ: Bb) -> Result<BlockId> {
        let target = self.bmap[&succ];
        if !has_phis(succ) {
            return Ok(target);
        }
        let stub = self.m.blocks.len() as BlockId;
        self.m.blocks.push(MBlock::default());
        self.m.layout.push(stub);
        let saved = self.cur;
        self.cur = stub;
        self.edge_copies(succ)?;
        self.emit(MInst::Jmp { t: target });
        self.cur = saved;
        if self.m.blocks[stub as usize].insts.len() == 1 {
            // No copies after all.
            self.m.blocks.pop();
            self.m.layout.pop();
            return Ok(target);
        }
        Ok(stub)
    }

    /// Copies for the edge, then a jump.
    fn jump_edge(&mut self, succ: Bb) -> Result<()> {
        self.edge_copies(succ)?;
        let t = self.bmap[&succ];
        self.emit(MInst::Jmp { t });
        Ok(())
    }

    fn lower_br(&mut self, inst: Val) -> Result<()> {
        if !inst.is_conditional() {
            let s = inst.successor(0);
            self.edge_copies(s)?;
            self.emit(MInst::Jmp { t: self.bmap[&s] });
            return Ok(());
        }
        let (mut t, mut f) = (inst.successor(0), inst.successor(1));
        let cond = inst.condition();
        if t == f {
            self.edge_copies(t)?;
            self.emit(MInst::Jmp { t: self.bmap[&t] });
            return Ok(());
        }
        let (reg, neg) = if cond.is_constant() {
            let k = match self.const_leaves(cond).map_err(|e| self.const_err(e, inst))?.as_slice() {
                [CLeaf::K(k)] => *k,
                _ => 1,
            };
            let s = if k & 1 != 0 { t } else { f };
            self.edge_copies(s)?;
            self.emit(MInst::Jmp { t: self.bmap[&s] });
            return Ok(());
        } else if self.fused.contains(&cond) {
            match self.cmp_for_branch(cond)? {
                ops::CmpRes::Reg(r, n) => (r, n),
                ops::CmpRes::Flex { a, yes, no } => {
                    // Either polarity costs one instruction. Fall through to the next
                    // block when possible, else keep the phi copies off the branch edge.
                    let next = self.next_in_layout();
                    let (back_t, back_f) = (self.is_back_edge(t), self.is_back_edge(f));
                    let use_yes = if next == Some(self.bmap[&f]) {
                        true
                    } else if next == Some(self.bmap[&t]) {
                        false
                    } else if back_t != back_f {
                        // A loop latch: branch back, so that the jump after the branch
                        // runs once, on exit. Copies on the back edge cost the same
                        // either way, and once coalesced the branch goes straight to
                        // the header.
                        back_t
                    } else if has_phis(t) != has_phis(f) {
                        !has_phis(t)
                    } else {
                        // Branch when different (`sub`) or below (`ltu`): usually the
                        // more frequent outcome.
                        matches!(yes.0, Opcode::Sub | Opcode::LtU)
                    };
                    let ((op, b), taken, other) = if use_yes { (yes, t, f) } else { (no, f, t) };
                    let r = self.alu(op, a, b);
                    let tb = self.edge_target(taken)?;
                    self.emit(MInst::Bnz { c: r, t: tb });
                    self.edge_copies(other)?;
                    self.emit(MInst::Jmp { t: self.bmap[&other] });
                    return Ok(());
                }
                ops::CmpRes::Const(b) => {
                    let s = if b { t } else { f };
                    self.edge_copies(s)?;
                    self.emit(MInst::Jmp { t: self.bmap[&s] });
                    return Ok(());
                }
            }
        } else {
            (self.reg(cond, inst)?, false)
        };
        if neg {
            std::mem::swap(&mut t, &mut f);
        }
        let tb = self.edge_target(t)?;
        self.emit(MInst::Bnz { c: reg, t: tb });
        self.edge_copies(f)?;
        self.emit(MInst::Jmp { t: self.bmap[&f] });
        Ok(())
    }

    fn lower_switch(&mut self, inst: Val) -> Result<()> {
        let cond = inst.operand(0);
        let w = cond.ty().int_width();
        if w > 64 {
            return Err(self.unsupported("switch on a wide integer", inst));
        }
        let x = self.opnd(cond, inst)?;
        let x = self.as_reg(x);
        let n = inst.num_successors();
        for i in 1..n {
            let k = match self.const_leaves(inst.switch_case_value(i)).map_err(|e| self.const_err(e, inst))?.as_slice()
            {
                [CLeaf::K(k)] => *k,
                _ => return Err(self.unsupported("switch case value", inst)),
            };
            let dest = inst.successor(i);
            let t = self.alu_i(Opcode::Eq, x, k);
            let tb = self.edge_target(dest)?;
            self.emit(MInst::Bnz { c: t, t: tb });
        }
        let default = inst.successor(0);
        self.edge_copies(default)?;
        self.emit(MInst::Jmp { t: self.bmap[&default] });
        Ok(())
    }

    /// `indirectbr`: the machine has no indirect jump, so the address (a number from
    /// [`crate::consts::block_address`]) is compared with each destination's in turn;
    /// the last destination takes what is left (any other address is undefined
    /// behaviour).
    fn lower_indirectbr(&mut self, inst: Val) -> Result<()> {
        let mut dests: Vec<Bb> = Vec::new();
        for i in 0..inst.num_successors() {
            let d = inst.successor(i);
            if !dests.contains(&d) {
                dests.push(d);
            }
        }
        let Some((&last, rest)) = dests.split_last() else {
            self.emit(MInst::Trap { kind: 0 });
            return Ok(());
        };
        let f = self.f;
        let id_of = |b: Bb| -> std::result::Result<u64, String> {
            let ba = Val(unsafe { inkwell::llvm_sys::core::LLVMBlockAddress(f.0, b.0) });
            crate::consts::block_address(self.ctx, ba).map(|k| k as u64)
        };
        match self.opnd(inst.operand(0), inst)? {
            Opnd::I(k) => {
                let mut target = last;
                for &d in rest {
                    if id_of(d).map_err(|e| self.unsupported(e, inst))? == k {
                        target = d;
                        break;
                    }
                }
                self.jump_edge(target)
            }
            Opnd::R(x) => {
                for &d in rest {
                    let k = id_of(d).map_err(|e| self.unsupported(e, inst))?;
                    let t = self.alu_i(Opcode::Eq, x, k);
                    let tb = self.edge_target(d)?;
                    self.emit(MInst::Bnz { c: t, t: tb });
                }
                self.jump_edge(last)
            }
        }
    }

    fn lower_ret(&mut self, inst: Val) -> Result<()> {
        let mut uses = Vec::new();
        if inst.num_operands() > 0 {
            let v = inst.operand(0);
            let leaves = self.leaf_opnds(v, inst)?;
            for (i, l) in leaves.into_iter().enumerate() {
                let d = self.own(1 + i as u32);
                match l {
                    Opnd::R(r) => self.mov(d, r),
                    Opnd::I(k) => self.emit(MInst::Li { d, k }),
                }
                uses.push(d);
            }
        }
        self.emit(MInst::Ret { uses });
        Ok(())
    }

    /// Marks compares used only by the branch that ends their block (fused into it).
    pub fn note_fusable(&mut self, cmp: Val) -> bool {
        let uses = cmp.uses();
        if uses.len() != 1 {
            return false;
        }
        let (user, _) = uses[0];
        if !crate::ir::is_opcode(user, Op::LLVMBr) || user.parent_block() != cmp.parent_block() {
            return false;
        }
        self.fused.insert(cmp);
        true
    }
}

fn has_phis(b: Bb) -> bool {
    b.first_instruction().is_some_and(|i| crate::ir::is_opcode(i, Op::LLVMPHI))
}

fn successors(b: Bb) -> Vec<Bb> {
    match b.terminator() {
        Some(t) => (0..t.num_successors()).map(|i| t.successor(i)).collect(),
        None => Vec::new(),
    }
}

fn reachable_blocks(blocks: &[Bb]) -> HashSet<Bb> {
    let mut seen = HashSet::new();
    let Some(&entry) = blocks.first() else {
        return seen;
    };
    let mut work = vec![entry];
    while let Some(b) = work.pop() {
        if seen.insert(b) {
            work.extend(successors(b));
        }
    }
    seen
}

/// Reverse post-order of the reachable blocks.
fn rpo(layout: &[Bb]) -> Vec<Bb> {
    let mut order = Vec::new();
    let Some(&entry) = layout.first() else {
        return order;
    };
    let mut seen = HashSet::new();
    let mut stack: Vec<(Bb, Vec<Bb>)> = vec![(entry, successors(entry))];
    seen.insert(entry);
    while let Some((b, succs)) = stack.last_mut() {
        if let Some(s) = succs.pop() {
            if seen.insert(s) {
                let ss = successors(s);
                stack.push((s, ss));
            }
        } else {
            order.push(*b);
            stack.pop();
        }
    }
    order.reverse();
    order
}
