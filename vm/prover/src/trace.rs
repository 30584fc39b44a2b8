//! Builds the main trace from the executor's steps and the program, in two passes:
//! a sequential replay of memory (each access's previous time, the running journal
//! index and end-of-input flag, and the final-memory table), then the rows themselves,
//! in parallel chunks. Each row is assembled as integers in a buffer, tallied into the
//! lookup multiplicities from there, and only then written to the columns as field
//! elements, so no column is ever read back.

use std::mem::MaybeUninit;

use isa_spec::layout::STACK_BASE;
use isa_spec::semantics::{END_OF_INPUT, cell_of};
use isa_spec::{Form, Instruction, Opcode, Program};
use rayon::prelude::*;
use winterfell::math::{FieldElement, StarkField, fields::f64::BaseElement as Felt};
use zkvm_air::columns::{self, SHA256_BITS, WIDTH, bytes, decoder::*, helpers::H, io, memory::*, range, tables};
use zkvm_air::constraints::{CELL_HI_MAX, CELL_MIN, FP_Q1_MAX, READS_B, WRITES_SLOT_A};
use zkvm_air::hiding::{self, Seed};
use zkvm_air::lookups::port_time;
use zkvm_air::segment::Boundary;
use zkvm_air::tables::{TABLE_LEN, min_prover_trace_len, rom_period};
use zkvm_executor::{Step, Touched};

use crate::ProveError;

/// Rows built by one task: large enough to amortise the task, small enough that the
/// row buffers stay in cache.
const CHUNK_ROWS: usize = 256;

/// The main trace as columns.
pub struct MainTrace {
    pub cols: Vec<Vec<Felt>>,
    pub len: usize,
    /// Executed cycles (rows before the padding).
    pub cycles: usize,
    /// Rows of the final-memory table.
    pub cells: usize,
    /// The seed of a hiding trace's randomness (`None`: a plain trace).
    pub hiding: Option<Seed>,
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

    /// Rows exempt from the transition constraints at the end.
    pub fn exempt(&self) -> usize {
        hiding::exempt_rows(self.hiding.is_some())
    }

    /// Recomputes the lookup multiplicities of the ROM, range and byte tables from the
    /// rows that count (all but the exempt ones), after the columns were changed.
    pub fn recompute_multiplicities(&mut self, program: &Program) {
        let mut counts = Counts::new(program.code.len());
        for r in 0..self.len - self.exempt() {
            counts.tally(|c| self.cols[c][r].as_int());
        }
        let exempt = self.exempt();
        counts.write(&mut self.cols, self.len, exempt);
    }
}

/// Lookups into the fixed tables, counted per table entry. The range and byte tables
/// share the row index `x + 256 y`; their last two entries sit in rows that are exempt
/// from the multiplicity constraint, so they are counted apart ("tails").
struct Counts {
    rom: Vec<u64>,
    range: Vec<u64>,
    and: Vec<u64>,
    tails: [u64; 4],
}

impl Counts {
    fn new(code_len: usize) -> Self {
        Counts { rom: vec![0; code_len], range: vec![0; TABLE_LEN], and: vec![0; TABLE_LEN], tails: [0; 4] }
    }

    /// Counts the lookups of one row, reading only the columns they use (`row(c)` is
    /// column c's value). Values outside a table (possible only in tampered traces) are
    /// not counted: the lookup argument rejects them anyway.
    fn tally(&mut self, row: impl Fn(usize) -> u64) {
        let tail = TABLE_LEN as u64 - 2;
        if row(PAD) == 0
            && let Some(m) = self.rom.get_mut(row(PC) as usize)
        {
            *m += 1;
        }
        for v in (range::START..range::END).map(&row) {
            if v < tail {
                self.range[v as usize] += 1;
            } else if v < TABLE_LEN as u64 {
                self.tails[(v - tail) as usize] += 1;
            }
        }
        for j in 0..bytes::COUNT {
            let (x, y) = (row(bytes::x(j)), row(bytes::y(j)));
            if x < 256 && y < 256 {
                let idx = x + 256 * y;
                if idx < tail {
                    self.and[idx as usize] += 1;
                } else {
                    self.tails[(2 + idx - tail) as usize] += 1;
                }
            }
        }
    }

    fn merge(mut self, other: Counts) -> Counts {
        for (a, b) in [(&mut self.rom, &other.rom), (&mut self.range, &other.range), (&mut self.and, &other.and)] {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        }
        self.tails.iter_mut().zip(other.tails).for_each(|(x, y)| *x += y);
        self
    }

    /// Writes the multiplicity columns (all rows but the random ones).
    fn write(&self, cols: &mut [Vec<Felt>], n: usize, exempt: usize) {
        let end = n - exempt + 1;
        for (c, m) in [(tables::M_ROM, &self.rom), (tables::M_RANGE, &self.range), (tables::M_AND, &self.and)] {
            let col = &mut cols[c][..end];
            col.fill(Felt::ZERO);
            col.iter_mut().zip(m).for_each(|(x, &v)| *x = Felt::new(v));
        }
        for (k, &t) in self.tails.iter().enumerate() {
            let col = &mut cols[tables::M_TAIL + k][..end];
            col.fill(Felt::ZERO);
            col[0] = Felt::new(t);
        }
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

/// Memory as the AIR sees it during the replay: per cell its value and the time of its
/// last access, in pages indexed like the executor's memory.
struct Shadow {
    pages: Vec<Option<Box<Page>>>,
}

const PAGE_CELLS: usize = 512;
const PAGE_SHIFT: u32 = 12;

#[derive(Clone)]
struct Page {
    value: [u64; PAGE_CELLS],
    time: [u64; PAGE_CELLS],
    /// Cells that belong in the final-memory table: initialised or accessed.
    present: [u64; PAGE_CELLS / 64],
    /// Cells of the initial image.
    image: [u64; PAGE_CELLS / 64],
}

impl Shadow {
    /// Memory at the start of a whole run: the program's image.
    fn new(program: &Program) -> Self {
        let mut s = Shadow::empty();
        for (addr, value) in program.initial_cells() {
            let (page, i) = s.slot(addr);
            page.value[i] = value;
            page.image[i / 64] |= 1 << (i % 64);
            page.present[i / 64] |= 1 << (i % 64);
        }
        s
    }

    /// Memory at the start of a segment: the cells it accesses, with their values then.
    fn of_segment(touched: &[Touched]) -> Self {
        let mut s = Shadow::empty();
        for t in touched {
            let (page, i) = s.slot(t.cell);
            page.value[i] = t.value;
            page.present[i / 64] |= 1 << (i % 64);
        }
        s
    }

    fn empty() -> Self {
        // Zeroed (`None` is a null pointer), so the OS maps the table lazily.
        Shadow { pages: vec![None; 1usize << (32 - PAGE_SHIFT)] }
    }

    fn slot(&mut self, addr: u32) -> (&mut Page, usize) {
        let page = self.pages[(addr >> PAGE_SHIFT) as usize].get_or_insert_with(|| {
            Box::new(Page {
                value: [0; PAGE_CELLS],
                time: [0; PAGE_CELLS],
                present: [0; PAGE_CELLS / 64],
                image: [0; PAGE_CELLS / 64],
            })
        });
        (page, (addr as usize >> 3) % PAGE_CELLS)
    }

    /// Accesses `addr` at time `now`, storing `new`; returns (old value, old time).
    fn access(&mut self, addr: u32, now: u64, new: u64) -> (u64, u64) {
        let (page, i) = self.slot(addr);
        let old = (page.value[i], page.time[i]);
        page.value[i] = new;
        page.time[i] = now;
        page.present[i / 64] |= 1 << (i % 64);
        old
    }

    /// The final-memory table, in address order: (address, value, time, initialised).
    fn final_cells(&self) -> Vec<(u32, u64, u64, bool)> {
        let mut cells = Vec::new();
        for (p, page) in self.pages.iter().enumerate() {
            let Some(page) = page else { continue };
            for i in 0..PAGE_CELLS {
                if page.present[i / 64] >> (i % 64) & 1 == 1 {
                    let addr = ((p << PAGE_SHIFT) + 8 * i) as u32;
                    cells.push((addr, page.value[i], page.time[i], page.image[i / 64] >> (i % 64) & 1 == 1));
                }
            }
        }
        cells
    }
}

/// What the replay learns about one step: the distance `now - old time - 1` of each
/// memory port's access (B, C, A), the old value of the cell port A overwrites, and the
/// running journal index and end-of-input flag before the step.
#[derive(Clone, Copy, Default)]
struct Replayed {
    gaps: [u64; 3],
    old_a: u64,
    jidx: u64,
    eof: bool,
}

/// The cells the three memory ports access in `step` (`None` for an unused port), in
/// port order B, C, A.
fn ports(step: &Step, inst: &Instruction) -> [Option<u32>; 3] {
    let op = inst.opcode;
    let form = op.form();
    let slot = |idx: u32| step.fp.wrapping_add(idx.wrapping_mul(8));
    let (is_load, is_store) = (form == Form::Load, form == Form::Store);
    let cell = cell_of(step.addr);
    let b = READS_B.contains(&op).then(|| slot(inst.b));
    let c = ((form == Form::Alu && !inst.c_is_imm) || is_load || is_store)
        .then(|| if is_load { cell } else { slot(inst.c) });
    let a = (WRITES_SLOT_A.contains(&op) || is_store).then(|| if is_store { cell } else { slot(inst.a) });
    [b, c, a]
}

/// The frame pointer a call or return sets.
fn next_fp(op: Opcode, step: &Step, inst: &Instruction) -> u64 {
    if op == Opcode::Return { hi(step.b) } else { step.fp as u64 + 8 * inst.a as u64 }
}

/// Replays memory over all steps, from journal length `jidx` and end-of-input flag
/// `eof`. Also refuses steps the AIR cannot represent.
fn replay(
    program: &Program,
    steps: &[Step],
    shadow: &mut Shadow,
    (mut jidx, mut eof): (u64, bool),
) -> Result<(Vec<Replayed>, u64, bool), ProveError> {
    let mut out = Vec::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        let inst = &program.code[step.pc as usize];
        let op = inst.opcode;
        if columns::flag(op).is_none() {
            return Err(ProveError::Unprovable(format!("`{}` is not provable yet", op.mnemonic())));
        }
        if matches!(op, Opcode::Call | Opcode::CallIndirect | Opcode::Return) {
            let fp = next_fp(op, step, inst);
            if !fp.is_multiple_of(8) || (fp / 8) >> 16 > FP_Q1_MAX {
                return Err(ProveError::Unprovable(format!(
                    "`{}` at pc {} sets the frame pointer to 0x{fp:x}, which the AIR cannot represent \
                     (it must be 8-aligned and below the stack limit)",
                    op.mnemonic(),
                    step.pc
                )));
            }
        }
        let mut r = Replayed { jidx, eof, ..Replayed::default() };
        // The port's value is the step's, even where it disagrees with memory (a faulty
        // step in soundness tests): the memory argument is what rejects that.
        for (port, (addr, value)) in ports(step, inst).into_iter().zip([step.b, step.c, step.a]).enumerate() {
            if let Some(addr) = addr {
                let now = port_time(i as u64, port);
                let (old, t) = shadow.access(addr, now, value);
                r.gaps[port] = now - t - 1;
                if port == 2 {
                    r.old_a = old;
                }
            }
        }
        match op {
            Opcode::Read if step.a == END_OF_INPUT => eof = true,
            Opcode::Commit => jidx += 1,
            _ => {}
        }
        out.push(r);
    }
    Ok((out, jidx, eof))
}

/// Row writer over one row's integers.
struct Row<'a> {
    v: &'a mut [u64; WIDTH],
}

impl Row<'_> {
    fn set(&mut self, col: usize, v: u64) {
        self.v[col] = v;
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
    /// A 32-bit distance as two 16-bit limbs in range columns col, col+1.
    fn gap(&mut self, col: usize, d: u64) {
        self.set(col, d & 0xffff);
        self.set(col + 1, d >> 16);
    }
    /// Byte slot j holding (x, y, x & y).
    fn byte(&mut self, j: usize, x: u64, y: u64) {
        self.set(bytes::x(j), x);
        self.set(bytes::y(j), y);
        self.set(bytes::z(j), x & y);
    }
    /// Completes every byte slot whose `x, y` were set directly with `z = x & y`.
    fn and_bytes(&mut self) {
        for j in 0..bytes::COUNT {
            self.v[bytes::z(j)] = self.v[bytes::x(j)] & self.v[bytes::y(j)];
        }
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

/// Where one segment's trace starts and what follows it.
pub struct SegmentFrame<'a> {
    /// The cells the segment accesses, with their values before it (from the executor).
    pub touched: &'a [Touched],
    pub start: Boundary,
    /// The state after the segment's last step, where the next segment starts; `None`
    /// for the last segment, which halts.
    pub next: Option<Boundary>,
}

/// One cell of a segment's memory boundary: a row of its handoff trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandoffCell {
    pub addr: u32,
    /// Value before the segment.
    pub before: u64,
    /// Value after it.
    pub after: u64,
    /// Timestamp of the segment's last access (`3 clk + port`, clk counted in the segment).
    pub time: u64,
    /// Tag of the last earlier segment that accessed the cell (0: none).
    pub prev: u32,
}

/// Builds the main trace of an execution that halted (`segment` is `None`), or of one
/// segment of it, with the segment's memory boundary; hiding (random last rows from
/// `hiding`) or not.
pub fn build(
    program: &Program,
    steps: &[Step],
    journal_len: usize,
    segment: Option<&SegmentFrame>,
    hiding: Option<&Seed>,
) -> Result<(MainTrace, Vec<HandoffCell>), ProveError> {
    let e = hiding::exempt_rows(hiding.is_some());
    let cycles = steps.len();
    let (mut shadow, start) = match segment {
        Some(s) => (Shadow::of_segment(s.touched), (s.start.journal_len as u64, s.start.eof)),
        None => (Shadow::new(program), (0, false)),
    };
    let (replayed, jidx, eof) = replay(program, steps, &mut shadow, start)?;
    if jidx as usize != journal_len {
        return Err(ProveError::Unprovable(format!("{jidx} commits for a journal of {journal_len} bytes")));
    }
    let final_cells = shadow.final_cells();
    drop(shadow);
    let min = min_prover_trace_len(program.code.len(), hiding.is_some()).max((cycles + e).next_power_of_two());
    let (n, cells, handoff) = match segment {
        None => (min.max((final_cells.len() + e).next_power_of_two()), final_cells, Vec::new()),
        Some(s) => {
            if s.next.is_some() && min != cycles + e {
                return Err(ProveError::Unprovable(format!(
                    "a segment that does not halt must run 2^k - {e} >= {} cycles, not {cycles}",
                    min - e
                )));
            }
            (min, Vec::new(), handoff_cells(s.touched, &final_cells)?)
        }
    };
    if n > zkvm_air::MAX_TRACE_LEN {
        return Err(ProveError::TooLong { rows: n });
    }
    let next = segment.and_then(|s| s.next);

    // The rows, chunk by chunk: each task assembles its rows as integers, counts their
    // lookups, then writes each column's stretch in one sequential run. Every cell is
    // written exactly once, so the columns need no zeroing first.
    let mut last = [0u64; WIDTH];
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15 ^ n as u64);
    last.iter_mut().for_each(|v| *v = rng.next() % Felt::MODULUS);
    let mut cols: Vec<Vec<Felt>> = (0..WIDTH).map(|_| Vec::with_capacity(n)).collect();
    let mut tasks: Vec<Vec<&mut [MaybeUninit<Felt>]>> =
        (0..n / CHUNK_ROWS).map(|_| Vec::with_capacity(WIDTH)).collect();
    for col in cols.iter_mut() {
        for (task, part) in tasks.iter_mut().zip(col.spare_capacity_mut()[..n].chunks_mut(CHUNK_ROWS)) {
            task.push(part);
        }
    }
    let new_counts = || (Counts::new(program.code.len()), vec![[0u64; WIDTH]; CHUNK_ROWS]);
    // Each split gets its own counters (a megabyte): a few splits per thread suffice.
    let min_len = (tasks.len() / (4 * rayon::current_num_threads())).max(1);
    let (counts, _) = tasks
        .into_par_iter()
        .enumerate()
        .with_min_len(min_len)
        .fold(new_counts, |(mut counts, mut rows), (t, mut parts)| {
            for (k, row) in rows.iter_mut().enumerate() {
                let r = t * CHUNK_ROWS + k;
                if r == n - 1 {
                    *row = last;
                    break;
                }
                row.fill(0);
                let mut w = Row { v: row };
                if r < cycles {
                    cpu_row(&mut w, program, &steps[r], r as u64, &replayed[r]);
                } else if let Some(b) = next {
                    // The state the next segment starts from, reached from the last step.
                    w.set(CLK, r as u64);
                    w.set(PC, b.pc as u64);
                    w.set(FP, b.fp as u64);
                    w.set(io::JIDX, jidx);
                    w.set(io::EOF, eof as u64);
                } else {
                    w.set(PAD, 1);
                    w.set(CLK, r as u64);
                    w.set(io::JIDX, jidx);
                    w.set(io::EOF, eof as u64);
                }
                if let Some(&(addr, value, ts, img)) = cells.get(r) {
                    final_memory_row(&mut w, addr, value, ts, img, cells.get(r + 1).map(|c| c.0));
                }
                if r < n - e {
                    counts.tally(|c| row[c]);
                }
            }
            for (c, part) in parts.iter_mut().enumerate() {
                for (cell, row) in part.iter_mut().zip(&rows) {
                    cell.write(Felt::new(row[c]));
                }
            }
            (counts, rows)
        })
        .reduce(new_counts, |(a, rows), (b, _)| (a.merge(b), rows));
    for col in cols.iter_mut() {
        // SAFETY: the tasks above initialised all n elements of every column (n is a
        // multiple of CHUNK_ROWS, and each task wrote every row of its chunk).
        unsafe { col.set_len(n) };
    }
    counts.write(&mut cols, n, e);
    if let Some(seed) = hiding {
        randomize_rows(&mut cols, seed, "main rows");
    }
    debug_assert!(segment.is_some() || STACK_BASE as u64 == cols[FP][0].as_int());
    debug_assert!(rom_period(program.code.len()) <= n);
    Ok((MainTrace { cols, len: n, cycles, cells: cells.len(), hiding: hiding.copied() }, handoff))
}

/// Fills the last [`hiding::RANDOM_ROWS`] rows of every column with uniform elements
/// (from `seed`'s stream `label`).
pub fn randomize_rows<E: FieldElement<BaseField = Felt>>(cols: &mut [Vec<E>], seed: &Seed, label: &str) {
    let mut rng = seed.elements(label);
    for col in cols.iter_mut() {
        let n = col.len();
        rng.fill(&mut col[n - hiding::RANDOM_ROWS..]);
    }
}

/// A segment's memory boundary alone: the replay, without the trace.
pub fn boundary(program: &Program, steps: &[Step], frame: &SegmentFrame) -> Result<Vec<HandoffCell>, ProveError> {
    let mut shadow = Shadow::of_segment(frame.touched);
    replay(program, steps, &mut shadow, (frame.start.journal_len as u64, frame.start.eof))?;
    handoff_cells(frame.touched, &shadow.final_cells())
}

/// The segment's memory boundary: each cell it accessed, in address order, from its
/// value before the segment (`touched`, from the executor) to its last access in the
/// replay (`after`: the replay's final cells, which are exactly those).
fn handoff_cells(touched: &[Touched], after: &[(u32, u64, u64, bool)]) -> Result<Vec<HandoffCell>, ProveError> {
    let mut before = touched.to_vec();
    before.sort_unstable_by_key(|t| t.cell);
    if before.len() != after.len() || before.iter().zip(after).any(|(b, a)| b.cell != a.0) {
        return Err(ProveError::Unprovable("the steps access other cells than the executor reported".into()));
    }
    Ok(before
        .iter()
        .zip(after)
        .map(|(b, &(addr, value, time, _))| HandoffCell { addr, before: b.value, after: value, time, prev: b.prev })
        .collect())
}

/// The final-memory table's entry in a row; `next` is the following entry's address.
fn final_memory_row(row: &mut Row, addr: u32, value: u64, ts: u64, img: bool, next: Option<u32>) {
    row.set(FM_ACT, 1);
    row.set(FM_ADDR, addr as u64);
    row.set(FM_V0, lo(value));
    row.set(FM_V1, hi(value));
    row.set(FM_TS, ts);
    row.set(FM_IMG, img as u64);
    if let Some(next) = next {
        row.gap(range::FM_GAP, (next - addr - 1) as u64);
    }
}

/// The CPU part of the row of cycle `clk`.
fn cpu_row(row: &mut Row, program: &Program, step: &Step, clk: u64, rep: &Replayed) {
    let inst = &program.code[step.pc as usize];
    let op = inst.opcode;
    let fp = step.fp;
    row.set(CLK, clk);
    row.set(PC, step.pc as u64);
    row.set(FP, fp as u64);
    row.set(IA, inst.a as u64);
    row.set(IB, inst.b as u64);
    row.set(IC, inst.c as u64);
    row.set(IMM0, lo(inst.imm));
    row.set(IMM1, hi(inst.imm));
    row.set(CIMM, inst.c_is_imm as u64);
    row.set(columns::flag(op).expect("the replay refused unprovable opcodes"), 1);
    row.set(io::JIDX, rep.jidx);
    row.set(io::EOF, rep.eof as u64);
    let (b, c, a) = (step.b, step.c, step.a);
    row.set(B0, lo(b));
    row.set(B1, hi(b));
    row.set(C0, lo(c));
    row.set(C1, hi(c));
    row.set(A0, lo(a));
    row.set(A1, hi(a));

    // ---- memory ports, in order B, C, A ----
    let [pb, pc, pa] = ports(step, inst);
    let is_load = op.form() == Form::Load;
    if pb.is_some() {
        row.gap(range::TS_B, rep.gaps[0]);
    }
    if let Some(addr) = pc {
        row.set(ADDR_C, addr as u64);
        row.gap(range::TS_C, rep.gaps[1]);
    }
    let old_a = rep.old_a;
    if let Some(addr) = pa {
        row.set(ADDR_A, addr as u64);
        row.set(OA0, lo(old_a));
        row.set(OA1, hi(old_a));
        row.gap(range::TS_A, rep.gaps[2]);
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
                row.h(0, (Felt::new(b0) - Felt::new(c0)).inv().as_int());
            } else if b1 != c1 {
                row.h(1, (Felt::new(b1) - Felt::new(c1)).inv().as_int());
            }
        }
        Opcode::And | Opcode::Or | Opcode::Xor | Opcode::AndN => {
            for j in 0..8 {
                row.byte(j, (b >> (8 * j)) & 0xff, (c >> (8 * j)) & 0xff);
            }
        }
        Opcode::Sha256Sum | Opcode::Sha256Sig => {
            for (i, &col) in SHA256_BITS.iter().enumerate() {
                row.set(col, (b0 >> i) & 1);
            }
            row.and_bytes();
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
        Opcode::Shl | Opcode::Shr | Opcode::Sra | Opcode::Rotl => {
            let s = c0 & 63;
            let left = matches!(op, Opcode::Shl | Opcode::Rotl);
            let v = if left { s } else { (64 - s) & 63 };
            let q = if left { (c0 - v) / 64 } else { (c0 + v) / 64 };
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
            if !left {
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
            let q = next_fp(op, step, inst) / 8;
            row.s(0, q & 0xffff);
            row.s(1, q >> 16);
            row.s(2, FP_Q1_MAX - (q >> 16));
        }
        Opcode::BranchNonZero if b0 + b1 != 0 => row.h(0, inverse(b0 + b1)),
        Opcode::Read => {
            if a == END_OF_INPUT {
                row.h(0, 1);
            } else {
                row.byte(0, a, 0);
            }
        }
        Opcode::Commit => row.bytes_of(0, b0),
        _ => {}
    }
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
