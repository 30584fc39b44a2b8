//! Builds the main trace from the executor's steps and the program: replays memory
//! (to know each access's previous value and timestamp), fills every column per the
//! AIR's layout, appends the final-memory table and the table multiplicities.

use std::collections::HashMap;

use isa_spec::layout::STACK_BASE;
use isa_spec::semantics::{END_OF_INPUT, cell_of};
use isa_spec::{Form, Opcode, Program};
use winterfell::math::{FieldElement, StarkField, fields::f64::BaseElement as Felt};
use zkvm_air::columns::{self, WIDTH, bytes, decoder::*, helpers::H, io, memory::*, range, tables};
use zkvm_air::constraints::{CELL_HI_MAX, CELL_MIN, FP_Q1_MAX, READS_B, WRITES_SLOT_A};
use zkvm_air::lookups::port_time;
use zkvm_air::tables::{TABLE_LEN, min_trace_len, rom_period};
use zkvm_executor::Step;

use crate::ProveError;

/// The main trace as columns.
pub struct MainTrace {
    pub cols: Vec<Vec<Felt>>,
    pub len: usize,
    /// Executed cycles (rows before the padding).
    pub cycles: usize,
    /// Rows of the final-memory table.
    pub cells: usize,
}

impl MainTrace {
    pub fn get(&self, col: usize, row: usize) -> Felt {
        self.cols[col][row]
    }

    pub fn set(&mut self, col: usize, row: usize, v: Felt) {
        self.cols[col][row] = v;
    }

    /// One row as a vector.
    pub fn row(&self, row: usize) -> Vec<Felt> {
        self.cols.iter().map(|c| c[row]).collect()
    }

    /// Recomputes the lookup multiplicities of the ROM, range and byte tables from the
    /// rows that count (all but the last two).
    pub fn recompute_multiplicities(&mut self, program: &Program) {
        let n = self.len;
        for c in [tables::M_ROM, tables::M_RANGE, tables::M_AND] {
            self.cols[c][..n - 1].fill(Felt::ZERO);
        }
        let mut tails = [0u64; 4];
        let code_len = program.code.len() as u64;
        for row in 0..n - 2 {
            if self.cols[PAD][row] == Felt::ZERO {
                let pc = self.cols[PC][row].as_int();
                if pc < code_len {
                    self.cols[tables::M_ROM][pc as usize] += Felt::ONE;
                }
            }
            for i in 0..range::COUNT {
                let v = self.cols[range::START + i][row].as_int();
                match v {
                    v if v < TABLE_LEN as u64 - 2 => self.cols[tables::M_RANGE][v as usize] += Felt::ONE,
                    v if v < TABLE_LEN as u64 => tails[(v - (TABLE_LEN as u64 - 2)) as usize] += 1,
                    _ => {}
                }
            }
            for j in 0..bytes::COUNT {
                let x = self.cols[bytes::x(j)][row].as_int();
                let y = self.cols[bytes::y(j)][row].as_int();
                if x < 256 && y < 256 {
                    let idx = (x + 256 * y) as usize;
                    if idx < TABLE_LEN - 2 {
                        self.cols[tables::M_AND][idx] += Felt::ONE;
                    } else {
                        tails[2 + idx - (TABLE_LEN - 2)] += 1;
                    }
                }
            }
        }
        for (k, t) in tails.iter().enumerate() {
            self.cols[tables::M_TAIL + k][..n - 1].fill(Felt::ZERO);
            self.cols[tables::M_TAIL + k][0] = Felt::new(*t);
        }
    }
}

/// Memory as the AIR sees it: per cell its value and the time of its last access.
struct Mem {
    cells: HashMap<u32, (u64, u64)>,
}

impl Mem {
    fn get(&self, addr: u32) -> (u64, u64) {
        self.cells.get(&addr).copied().unwrap_or((0, 0))
    }

    /// Accesses `addr` at time `now`, storing `new`; returns (old value, old time).
    fn access(&mut self, addr: u32, now: u64, new: u64) -> (u64, u64) {
        let old = self.get(addr);
        self.cells.insert(addr, (new, now));
        old
    }
}

fn lo(v: u64) -> u64 {
    v & 0xffff_ffff
}

fn hi(v: u64) -> u64 {
    v >> 32
}

/// A tiny deterministic generator for the random last row.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Row writer.
struct Row<'a> {
    cols: &'a mut [Vec<Felt>],
    r: usize,
}

impl Row<'_> {
    fn set(&mut self, col: usize, v: u64) {
        self.cols[col][self.r] = Felt::new(v);
    }
    fn setf(&mut self, col: usize, v: Felt) {
        self.cols[col][self.r] = v;
    }
    fn s(&mut self, i: usize, v: u64) {
        debug_assert!(v < 1 << 16, "slot s{i} = {v}");
        self.set(range::S + i, v);
    }
    /// Two 16-bit limbs of a u32 into shared slots i, i+1.
    fn s32(&mut self, i: usize, v: u64) {
        self.s(i, v & 0xffff);
        self.s(i + 1, v >> 16);
    }
    fn h(&mut self, i: usize, v: u64) {
        self.set(H + i, v);
    }
    /// Byte slot j holding (x, y, x & y).
    fn byte(&mut self, j: usize, x: u64, y: u64) {
        self.set(bytes::x(j), x);
        self.set(bytes::y(j), y);
        self.set(bytes::z(j), x & y);
    }
    /// A 64-bit value as four 16-bit limbs in byte slots j..j+4 (x = low byte, y = high).
    fn limbs16(&mut self, j: usize, v: u64) {
        for k in 0..4 {
            let l = (v >> (16 * k)) & 0xffff;
            self.byte(j + k, l & 0xff, l >> 8);
        }
    }
    /// The bytes of a 64-bit value into byte slots j..j+4 (two bytes per slot).
    fn bytes_of(&mut self, j: usize, v: u64) {
        for k in 0..4 {
            self.byte(j + k, (v >> (16 * k)) & 0xff, (v >> (16 * k + 8)) & 0xff);
        }
    }
}

fn inverse(v: u64) -> u64 {
    Felt::new(v).inv().as_int()
}

/// Builds the main trace of an execution that halted.
pub fn build(program: &Program, steps: &[Step], journal_len: usize) -> Result<MainTrace, ProveError> {
    let cycles = steps.len();
    // Cells touched or initialised determine the final-memory table's size; replay once
    // to count them.
    let image = program.initial_cells();
    let mut mem = Mem { cells: image.iter().map(|&(a, v)| (a, (v, 0))).collect() };
    let n_est = cycles + 2;
    let mut n = min_trace_len(program.code.len()).max(n_est.next_power_of_two());
    // The final table size is only known after the replay; grow if needed below.
    let mut cols: Vec<Vec<Felt>> = vec![vec![Felt::ZERO; n]; WIDTH];
    let mut eof = 0u64;
    let mut jidx = 0u64;
    for (i, step) in steps.iter().enumerate() {
        let inst = program.code[step.pc as usize];
        let op = inst.opcode;
        let form = op.form();
        let flag = columns::flag(op)
            .ok_or_else(|| ProveError::Unprovable(format!("`{}` is not provable yet", op.mnemonic())))?;
        let mut row = Row { cols: &mut cols, r: i };
        let clk = i as u64;
        row.set(CLK, clk);
        row.set(PC, step.pc as u64);
        row.set(FP, step.fp as u64);
        row.set(IA, inst.a as u64);
        row.set(IB, inst.b as u64);
        row.set(IC, inst.c as u64);
        row.set(IMM0, lo(inst.imm));
        row.set(IMM1, hi(inst.imm));
        row.set(CIMM, inst.c_is_imm as u64);
        row.set(flag, 1);
        row.set(io::JIDX, jidx);
        row.set(io::EOF, eof);
        let (b, c, a) = (step.b, step.c, step.a);
        row.set(B0, lo(b));
        row.set(B1, hi(b));
        row.set(C0, lo(c));
        row.set(C1, hi(c));
        row.set(A0, lo(a));
        row.set(A1, hi(a));

        // ---- memory ports, in order B, C, A ----
        let fp = step.fp;
        let slot = |idx: u32| fp.wrapping_add(idx.wrapping_mul(8));
        let is_load = form == Form::Load;
        let is_store = form == Form::Store;
        let gap = |row: &mut Row, col: usize, now: u64, old: u64| {
            let d = now - old - 1;
            row.set(col, d & 0xffff);
            row.set(col + 1, d >> 16);
        };
        if READS_B.contains(&op) {
            let now = port_time(clk, 0);
            // The port's value is the step's, even where it disagrees with memory (a
            // faulty step in soundness tests): the memory argument is what rejects that.
            let (_, t) = mem.access(slot(inst.b), now, b);
            gap(&mut row, range::TS_B, now, t);
        }
        let cell = cell_of(step.addr);
        if (form == Form::Alu && !inst.c_is_imm) || is_load || is_store {
            let addr = if is_load { cell } else { slot(inst.c) };
            let now = port_time(clk, 1);
            let (_, t) = mem.access(addr, now, c);
            row.set(ADDR_C, addr as u64);
            gap(&mut row, range::TS_C, now, t);
        }
        let mut old_a = 0;
        if WRITES_SLOT_A.contains(&op) || is_store {
            let addr = if is_store { cell } else { slot(inst.a) };
            let now = port_time(clk, 2);
            let (old, t) = mem.access(addr, now, a);
            old_a = old;
            row.set(ADDR_A, addr as u64);
            row.set(OA0, lo(old));
            row.set(OA1, hi(old));
            gap(&mut row, range::TS_A, now, t);
        }

        // ---- op-specific helpers ----
        let (b0, b1, c0, c1) = (lo(b), hi(b), lo(c), hi(c));
        match op {
            Opcode::Add | Opcode::Sub | Opcode::FpAddr => {
                row.s32(0, lo(a));
                row.s32(2, hi(a));
                let (x0, y0, x1, y1) = match op {
                    Opcode::Add => (b0, c0, b1, c1),
                    Opcode::Sub => (lo(a), c0, hi(a), c1),
                    _ => (fp as u64, lo(inst.imm), 0, hi(inst.imm)),
                };
                let k0 = (x0 + y0) >> 32;
                let k1 = (x1 + y1 + k0) >> 32;
                row.h(0, k0);
                row.h(1, k1);
            }
            Opcode::LtU | Opcode::LtS => {
                let (bb, cc) = if op == Opcode::LtS { (b ^ 1 << 63, c ^ 1 << 63) } else { (b, c) };
                let d = bb.wrapping_sub(cc);
                row.s32(0, lo(d));
                row.s32(2, hi(d));
                let k0 = (lo(d) + lo(cc)) >> 32;
                let k1 = (hi(d) + hi(cc) + k0) >> 32;
                row.h(0, k0);
                row.h(1, k1);
                if op == Opcode::LtS {
                    row.s32(4, hi(bb));
                    row.s32(6, hi(cc));
                    row.h(2, b >> 63);
                    row.h(3, c >> 63);
                }
            }
            Opcode::Eq => {
                if b0 != c0 {
                    row.setf(H, (Felt::new(b0) - Felt::new(c0)).inv());
                } else if b1 != c1 {
                    row.setf(H + 1, (Felt::new(b1) - Felt::new(c1)).inv());
                }
            }
            Opcode::And | Opcode::Or | Opcode::Xor => {
                for j in 0..8 {
                    row.byte(j, (b >> (8 * j)) & 0xff, (c >> (8 * j)) & 0xff);
                }
            }
            Opcode::Mul | Opcode::MulHu => {
                row.limbs16(0, b);
                row.limbs16(4, c);
                let p = b as u128 * c as u128;
                let (l, h) = (p as u64, (p >> 64) as u64);
                row.s32(0, lo(l));
                row.s32(2, hi(l));
                row.s32(4, lo(h));
                row.s32(6, hi(h));
                let col = column_sums(b, c);
                let k1 = (col[0] + (col[1] << 16) - lo(l) as u128) >> 32;
                let k2 = (col[2] + (col[3] << 16) + k1 - hi(l) as u128) >> 32;
                let k3 = (col[4] + (col[5] << 16) + k2 - lo(h) as u128) >> 32;
                for (i, k) in [(8, k1), (10, k2), (12, k3)] {
                    row.s(i, (k & 31) as u64);
                    row.s(i + 1, (k >> 5) as u64);
                }
            }
            Opcode::DivU | Opcode::RemU | Opcode::DivS | Opcode::RemS => {
                // Signed division divides the absolute values (|i64::MIN| = 2^63 fits).
                let signed = matches!(op, Opcode::DivS | Opcode::RemS);
                let (sb, sc) = if signed { (b >> 63, c >> 63) } else { (0, 0) };
                let (bb, cc) = if signed { ((b as i64).unsigned_abs(), (c as i64).unsigned_abs()) } else { (b, c) };
                let (q, r) = (bb / cc, bb % cc);
                row.limbs16(0, q);
                row.limbs16(4, cc);
                let e = cc - r - 1;
                row.s32(0, lo(r));
                row.s32(2, hi(r));
                row.s32(4, lo(e));
                row.s32(6, hi(e));
                // |b| as the AIR writes it: limbs b0 (1 - 2sb), b1 (1 - 2sb) + 2^32 sb.
                let bs0 = if sb == 1 { -(b0 as i128) } else { b0 as i128 };
                let col = column_sums(q, cc);
                let k1 = (col[0] as i128 + ((col[1] as i128) << 16) + lo(r) as i128 - bs0) >> 32;
                debug_assert!(k1 >= 0);
                row.s(8, (k1 & 31) as u64);
                row.s(9, (k1 >> 5) as u64);
                row.h(0, (lo(r) + lo(e) + 1) >> 32);
                if signed {
                    row.h(1, sb);
                    row.h(2, sc);
                    row.s32(10, b1 ^ 0x8000_0000);
                    row.s32(12, c1 ^ 0x8000_0000);
                    if sc == 1 {
                        row.h(3, (lo(cc) + c0) >> 32);
                    }
                    let v = if op == Opcode::DivS { q } else { r };
                    let n0 = (lo(v) != 0) as u64;
                    row.h(4, n0);
                    if n0 == 1 {
                        row.h(5, inverse(lo(v)));
                    }
                    if hi(v) + n0 != 0 {
                        row.h(6, 1);
                        row.h(7, inverse(hi(v) + n0));
                    }
                }
            }
            Opcode::Shl | Opcode::Shr | Opcode::Sra => {
                let s = c0 & 63;
                let v = if op == Opcode::Shl { s } else { (64 - s) & 63 };
                let q = if op == Opcode::Shl { (c0 - v) / 64 } else { (c0 + v) / 64 };
                row.s32(0, q);
                for i in 0..6 {
                    row.h(i, (v >> i) & 1);
                }
                let t = v & 31;
                row.h(6, 1 << (v & 7));
                row.h(7, 1 << t);
                let sg = if op == Opcode::Sra { b >> 63 } else { 0 };
                row.h(10, sg);
                if op == Opcode::Sra {
                    row.s32(10, b1 ^ 0x8000_0000);
                }
                let beta = if sg == 1 { !b } else { b };
                let x = lo(beta) << t;
                let y = hi(beta) << t;
                row.s32(2, lo(x));
                row.s(4, hi(x) & 0x7fff);
                row.s(5, hi(x) >> 15);
                row.s32(6, lo(y));
                row.s(8, hi(y) & 0x7fff);
                row.s(9, hi(y) >> 15);
                if op != Opcode::Shl {
                    if v == 0 {
                        row.h(8, 1);
                    } else {
                        row.h(9, inverse(v));
                    }
                }
            }
            Opcode::Load8
            | Opcode::Load16
            | Opcode::Load32
            | Opcode::Load64
            | Opcode::Store8
            | Opcode::Store16
            | Opcode::Store32
            | Opcode::Store64 => {
                let addr = step.addr as u64;
                row.h((addr & 7) as usize, 1);
                let ka0 = (b0 + lo(inst.imm)) >> 32;
                let ka1 = (b1 + hi(inst.imm) + ka0) >> 32;
                row.h(8, ka0);
                row.h(9, ka1);
                let cidx = addr >> 3;
                let (s0, s1) = (cidx & 0xffff, cidx >> 16);
                let bw = (s0 < CELL_MIN) as u64;
                row.s(0, s0);
                row.s(1, s1);
                row.s(2, CELL_HI_MAX - s1);
                row.s(3, s0 + (bw << 16) - CELL_MIN);
                row.s(4, s1 - bw);
                row.h(10, bw);
                if is_load {
                    row.bytes_of(0, c);
                } else {
                    row.bytes_of(0, old_a);
                    row.bytes_of(4, c0);
                }
            }
            Opcode::Call | Opcode::CallIndirect | Opcode::Return => {
                let next_fp = if op == Opcode::Return { b1 } else { fp as u64 + 8 * inst.a as u64 };
                let q = next_fp / 8;
                if next_fp % 8 != 0 || q >> 16 > FP_Q1_MAX {
                    return Err(ProveError::Unprovable(format!(
                        "`{}` at pc {} sets the frame pointer to 0x{next_fp:x}, which the AIR \
                         cannot represent (it must be 8-aligned and below the stack limit)",
                        op.mnemonic(),
                        step.pc
                    )));
                }
                row.s(0, q & 0xffff);
                row.s(1, q >> 16);
                row.s(2, FP_Q1_MAX - (q >> 16));
            }
            Opcode::BranchNonZero if b0 + b1 != 0 => row.h(0, inverse(b0 + b1)),
            Opcode::Read => {
                if a == END_OF_INPUT {
                    row.h(0, 1);
                    eof = 1;
                } else {
                    row.byte(0, a, 0);
                }
            }
            Opcode::Commit => {
                row.bytes_of(0, b0);
                jidx += 1;
            }
            _ => {}
        }
    }
    if jidx as usize != journal_len {
        return Err(ProveError::Unprovable(format!("{jidx} commits for a journal of {journal_len} bytes")));
    }

    // ---- final-memory table ----
    let image_set: std::collections::HashSet<u32> = image.iter().map(|&(a, _)| a).collect();
    let mut cells: Vec<(u32, (u64, u64))> = mem.cells.into_iter().collect();
    cells.sort_unstable_by_key(|&(a, _)| a);
    let needed = (cells.len() + 2).next_power_of_two();
    if needed > n {
        for col in cols.iter_mut() {
            col.resize(needed, Felt::ZERO);
        }
        n = needed;
    }
    if n > zkvm_air::MAX_TRACE_LEN {
        return Err(ProveError::TooLong { rows: n });
    }
    // ---- padding rows ----
    cols[PAD][cycles..n - 1].fill(Felt::ONE);
    cols[io::JIDX][cycles..n - 1].fill(Felt::new(jidx));
    cols[io::EOF][cycles..n - 1].fill(Felt::new(eof));
    for (r, clk) in cols[CLK].iter_mut().enumerate().take(n - 1).skip(cycles) {
        *clk = Felt::new(r as u64);
    }
    for (k, &(addr, (value, ts))) in cells.iter().enumerate() {
        cols[FM_ACT][k] = Felt::ONE;
        cols[FM_ADDR][k] = Felt::new(addr as u64);
        cols[FM_V0][k] = Felt::new(lo(value));
        cols[FM_V1][k] = Felt::new(hi(value));
        cols[FM_TS][k] = Felt::new(ts);
        cols[FM_IMG][k] = Felt::new(image_set.contains(&addr) as u64);
        if let Some(&(next, _)) = cells.get(k + 1) {
            let d = (next - addr - 1) as u64;
            cols[range::FM_GAP][k] = Felt::new(d & 0xffff);
            cols[range::FM_GAP + 1][k] = Felt::new(d >> 16);
        }
    }
    let mut trace = MainTrace { cols, len: n, cycles, cells: cells.len() };
    trace.recompute_multiplicities(program);
    // ---- random last row ----
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15 ^ n as u64);
    for col in trace.cols.iter_mut() {
        col[n - 1] = Felt::new(rng.next() % Felt::MODULUS);
    }
    debug_assert_eq!(STACK_BASE as u64, trace.cols[FP][0].as_int());
    debug_assert!(rom_period(program.code.len()) <= n);
    Ok(trace)
}

/// `col_m = sum_{i+j=m} x_i y_j` over the 16-bit limbs of x and y.
fn column_sums(x: u64, y: u64) -> [u128; 7] {
    let xl = |k: usize| ((x >> (16 * k)) & 0xffff) as u128;
    let yl = |k: usize| ((y >> (16 * k)) & 0xffff) as u128;
    let mut col = [0u128; 7];
    for i in 0..4 {
        for j in 0..4 {
            col[i + j] += xl(i) * yl(j);
        }
    }
    col
}
