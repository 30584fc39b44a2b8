//! Continuations: a run cut into segments of `2^segment_log` rows, each proven on its
//! own, so that peak memory depends on the segment size and not on the run's length.
//! Design and soundness: `isa-spec/ISA.md`, "Segments".
//!
//! Two passes over the run. The first executes every segment and commits the main
//! trace of its handoff proof (its memory boundary: a few narrow columns), then the
//! final memory's; the run-wide challenges are drawn from those commitments and the
//! statement. The second executes again, proves each segment's execution trace (whose
//! own challenges close its memory chains against the handoff trace), then proves the
//! handoff traces with the run-wide challenges. Only one segment's traces are ever in
//! memory, and execution (about 100 M cycles/s) is cheap next to proving.
//!
//! The first pass is deterministic, so the second can be spread out: each worker makes
//! the [`SegmentPlan`] itself, proves some [`Part`]s, and [`join_parts`] puts them
//! together into the proof one process would have made: the same traces, commitments
//! and statement (Winterfell's proof-of-work nonce is the first a parallel search finds,
//! so the nonce and the queries it draws may differ from run to run).

use std::sync::Arc;
use std::time::Instant;

use isa_spec::Program;
use winterfell::ProofOptions;
use winterfell::math::FieldElement;
use zkvm_air::handoff::{HandoffInputs, Role};
use zkvm_air::hiding::{Seed, exempt_rows};
use zkvm_air::proof_file::{Part, PartProof};
use zkvm_air::segment::{Boundary, Ext, FinalStretch, SegmentInputs, handoff_challenges};
use zkvm_air::tables::min_prover_trace_len;
use zkvm_air::{
    FinalProof, ProofBody, ProofConfig, ProofFile, ProofProfile, PublicInputs, SegmentProof, Segments, proof_options,
};
use zkvm_executor::{Console, Fault, Injection, Machine, Options, SegmentEnd, State, Touches};

use crate::handoff::{self, FinalCell, HandoffTrace, Rows};
use crate::trace::{self, SegmentFrame};
use crate::{Execution, ProveError, ProveStats, Stage, ZkTrace, prove_trace};

/// Rows per segment when the caller does not choose: 2^19 rows take about 5.5 GiB to
/// prove, so a 24 GiB machine never runs short, and per cycle they prove a little
/// faster than 2^20 (`BENCHMARKS.md`).
pub const DEFAULT_SEGMENT_LOG: u32 = 19;

/// Most cycles a run may have: `cycles` values and the bound on them stay below 2^32.
/// Also the default limit of [`prove_segmented`] (as of `zkvm run`).
pub const MAX_RUN_CYCLES: u64 = 1 << 32;

/// Prover memory for a trace of `rows` rows (measured: 10.9 GiB at 2^20, 5.5 GiB at 2^19,
/// 0.7 GiB at 2^16, with the fast profile), scaled by the profile's blowup.
pub fn estimated_peak_memory(rows: usize, profile: ProofProfile) -> u64 {
    let blowup = proof_options(profile).blowup_factor() as u64;
    let per_row = 2_700 * blowup + 300;
    rows as u64 * per_row + (150 << 20)
}

/// Rows of the largest trace [`prove_segmented`] builds: a segment's, unless the run
/// halts within one segment (found by a fast execution of at most that many cycles).
pub fn proof_rows(program: &Program, input: &[u8], segment_log: u32, hiding: bool) -> Result<usize, ProveError> {
    let rows = 1usize.checked_shl(segment_log).unwrap_or(usize::MAX);
    let e = exempt_rows(hiding);
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let console = Console { stdout: &mut out, stderr: &mut err };
    let options = Options { cycle_limit: rows.saturating_sub(e) as u64, profile: false };
    match zkvm_executor::execute(program, input, console, &options) {
        Ok(exit) => Ok(min_prover_trace_len(program.code.len(), hiding)
            .max((exit.cycles as usize + e).next_power_of_two())
            .min(rows)),
        Err(trap) if matches!(trap.kind, isa_spec::TrapKind::CycleLimit(_)) => Ok(rows),
        Err(trap) => Err(trap.into()),
    }
}

/// What the first pass fixed: every segment's statement (with its handoff trace's
/// commitment), the final-memory stretches, the statement and the run-wide challenges.
pub(crate) struct Committed {
    pub base: PublicInputs,
    pub segments: Vec<SegmentInputs>,
    pub stretches: Vec<FinalStretch>,
    pub cycles: u64,
    pub bus: [Ext; 2],
    /// The run's cycle limit, for the second pass to execute as the first did.
    pub exec: Options,
    /// The run's secret seed, for a hiding proof: each trace's comes from it.
    pub hiding: Option<Seed>,
}

impl Committed {
    /// Cycles per segment (all but the exempt rows).
    fn budget(&self, rows: usize) -> usize {
        rows - exempt_rows(self.hiding.is_some())
    }
}

/// The seed of one trace of a run with seed `run`.
fn trace_seed(run: Option<Seed>, kind: &str, index: u32) -> Option<Seed> {
    run.map(|s| s.derive(kind, index as u64))
}

/// The segment size's row count, checked against the program and the prover's limits.
fn segment_rows(program: &Program, segment_log: u32, hiding: bool) -> Result<usize, ProveError> {
    let rows = 1usize.checked_shl(segment_log).unwrap_or(0);
    let min = min_prover_trace_len(program.code.len(), hiding);
    if rows < min || rows > zkvm_air::MAX_TRACE_LEN {
        let why = if hiding { ", twice that for zero knowledge" } else { "" };
        return Err(ProveError::Segments(format!(
            "segments of 2^{segment_log} rows: this program needs 2^{} to 2^{} (its ROM and the lookup tables set the least{why})",
            min.ilog2(),
            zkvm_air::MAX_TRACE_LEN.ilog2()
        )));
    }
    Ok(rows)
}

/// Execution options of a run limited to `max_cycles` (at most [`MAX_RUN_CYCLES`]).
fn exec_options(max_cycles: u64) -> Options {
    Options { cycle_limit: max_cycles.min(MAX_RUN_CYCLES), profile: false }
}

/// How the first pass ended.
pub(crate) enum FirstPass {
    /// The run fits one trace: its first (and only) segment, to prove as a whole run.
    Single {
        steps: Vec<zkvm_executor::Step>,
        journal: Vec<u8>,
        exit_code: u32,
    },
    Segmented(Box<Committed>),
}

/// The first pass: runs every segment and commits its handoff trace, then the final
/// memory's, and draws the run-wide challenges. With `allow_single`, a run that fits
/// one trace of `rows` rows stops there. A run longer than `max_cycles` is a cycle-limit trap.
#[allow(clippy::too_many_arguments)]
pub(crate) fn commit_pass(
    program: &Program,
    input: &[u8],
    rows: usize,
    max_cycles: u64,
    config: &ProofConfig,
    allow_single: bool,
    report: &dyn Fn(Stage),
    fault: Option<Fault>,
) -> Result<FirstPass, ProveError> {
    let options = &config.options();
    let e = exempt_rows(config.is_hiding());
    let budget = (rows - e) as u64;
    let exec = exec_options(max_cycles);
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let mut machine = Machine::new(program, input, Console { stdout: &mut out, stderr: &mut err });
    let mut touches = Touches::new();
    let mut fault = fault.map(Injection::new);
    let mut segments: Vec<SegmentInputs> = Vec::new();
    let exit_code = loop {
        let index = segments.len() as u32;
        if index >= zkvm_air::handoff::MAX_TAG - 1 {
            return Err(ProveError::Segments(format!("more than {index} segments: choose larger ones")));
        }
        let start = machine.state();
        let seg = machine.run_segment_with_fault(&exec, budget, &mut touches, fault.as_mut())?;
        let halted = match seg.end {
            SegmentEnd::Halted(code) => Some(code),
            SegmentEnd::Paused => None,
        };
        if allow_single
            && index == 0
            && let Some(exit_code) = halted
            && fits_one_trace(program, &touches, seg.touched.len(), seg.steps.len(), rows, config.is_hiding())
        {
            return Ok(FirstPass::Single { steps: seg.steps, journal: machine.journal().to_vec(), exit_code });
        }
        report(Stage::Commit { segment: index });
        let end = boundary(&machine.state());
        let frame =
            SegmentFrame { touched: &seg.touched, start: boundary(&start), next: halted.is_none().then_some(end) };
        let cells = trace::boundary(program, &seg.steps, &frame)?;
        let ht = handoff::build(Rows::Segment { index, cells: &cells }, trace_seed(config.hiding, "handoff", index));
        let root = handoff::commit(&ht, options);
        segments.push(SegmentInputs {
            index,
            last: halted.is_some(),
            start: frame.start,
            end,
            cycles_before: start.cycles,
            handoff_root: root,
        });
        if let Some(code) = halted {
            break code;
        }
    };
    let stretches = final_cells(program, &machine, &touches)
        .chunks(rows - e)
        .enumerate()
        .map(|(k, c)| FinalStretch {
            first: c[0].addr,
            last: c[c.len() - 1].addr,
            root: handoff::commit(
                &handoff::build(Rows::Final(c), trace_seed(config.hiding, "final", k as u32)),
                options,
            ),
        })
        .collect::<Vec<_>>();
    let base = PublicInputs::new(Arc::new(program.clone()), machine.journal().to_vec(), exit_code);
    let bus = handoff_challenges(&base, &segments, &stretches);
    let cycles = machine.state().cycles;
    Ok(FirstPass::Segmented(Box::new(Committed {
        cycles,
        base,
        segments,
        stretches,
        bus,
        exec,
        hiding: config.hiding,
    })))
}

/// The second pass: runs every segment again and hands `segment` the execution (trace
/// and statement) and handoff trace of each `wanted` one, then hands `last` each wanted
/// stretch of the final memory's trace. Unwanted parts are executed, not built.
#[allow(clippy::too_many_arguments)]
pub(crate) fn replay_pass(
    input: &[u8],
    rows: usize,
    c: &Committed,
    fault: Option<Fault>,
    wanted: &dyn Fn(Part) -> bool,
    mut segment: impl FnMut(Execution, HandoffTrace) -> Result<(), ProveError>,
    mut last: impl FnMut(usize, HandoffTrace) -> Result<(), ProveError>,
) -> Result<(), ProveError> {
    let program = &*c.base.program;
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let mut machine = Machine::new(program, input, Console { stdout: &mut out, stderr: &mut err });
    let mut touches = Touches::new();
    let mut fault = fault.map(Injection::new);
    for s in &c.segments {
        let seg = machine.run_segment_with_fault(&c.exec, c.budget(rows) as u64, &mut touches, fault.as_mut())?;
        if !wanted(Part::Segment(s.index)) {
            continue;
        }
        let frame = SegmentFrame { touched: &seg.touched, start: s.start, next: (!s.last).then_some(s.end) };
        let seed = trace_seed(c.hiding, "segment", s.index);
        let (main, cells) = trace::build(program, &seg.steps, s.end.journal_len as usize, Some(&frame), seed.as_ref())?;
        drop(seg);
        let exec = Execution {
            program: c.base.program.clone(),
            trace: main,
            journal: c.base.journal.clone(),
            exit_code: c.base.exit_code,
            segment: Some(*s),
        };
        let ht =
            handoff::build(Rows::Segment { index: s.index, cells: &cells }, trace_seed(c.hiding, "handoff", s.index));
        segment(exec, ht)?;
    }
    if (0..c.stretches.len() as u32).any(|k| wanted(Part::Final(k))) {
        for (k, chunk) in final_cells(program, &machine, &touches).chunks(c.budget(rows)).enumerate() {
            if wanted(Part::Final(k as u32)) {
                last(k, handoff::build(Rows::Final(chunk), trace_seed(c.hiding, "final", k as u32)))?;
            }
        }
    }
    Ok(())
}

/// What the first pass of a segmented proof fixes: every segment's boundary and the
/// commitments and challenges that join them. It is a function of the program, input
/// and configuration (with a hiding proof's secret seed) alone, so workers that each
/// make it agree on it, and the parts they prove from it join into one proof
/// ([`plan_segments`], [`prove_part`], [`join_parts`]).
pub struct SegmentPlan {
    committed: Committed,
    rows: usize,
    options: ProofOptions,
}

impl SegmentPlan {
    /// Every part of the proof, segments first.
    pub fn parts(&self) -> Vec<Part> {
        let segments = self.committed.segments.iter().map(|s| Part::Segment(s.index));
        segments.chain((0..self.committed.stretches.len() as u32).map(Part::Final)).collect()
    }

    /// The run's cycles.
    pub fn cycles(&self) -> u64 {
        self.committed.cycles
    }
}

/// The first pass of a segmented proof of `program` on `input` (always segments, even
/// for a run that would fit one trace), for proving its parts apart.
pub fn plan_segments(
    program: &Program,
    input: &[u8],
    config: impl Into<ProofConfig>,
    segment_log: u32,
    max_cycles: u64,
) -> Result<SegmentPlan, ProveError> {
    let config = config.into();
    let rows = segment_rows(program, segment_log, config.is_hiding())?;
    match commit_pass(program, input, rows, max_cycles, &config, false, &|_| (), None)? {
        FirstPass::Segmented(committed) => Ok(SegmentPlan { committed: *committed, rows, options: config.options() }),
        FirstPass::Single { .. } => unreachable!("segments were asked for"),
    }
}

/// Proves one part of `plan` (made from the same `input`).
pub fn prove_part(input: &[u8], plan: &SegmentPlan, part: Part) -> Result<PartProof, ProveError> {
    // Both closures may set it (only one does): shared, not borrowed twice.
    let proof = std::cell::RefCell::new(None);
    replay_pass(
        input,
        plan.rows,
        &plan.committed,
        None,
        &|p| p == part,
        |exec, ht| {
            let index = exec.segment.expect("a segment").index;
            let p = prove_segment(exec, ht, &plan.committed, &plan.options)?;
            *proof.borrow_mut() = Some(PartProof::Segment(index, p));
            Ok(())
        },
        |k, ht| {
            let p = prove_final(k, ht, &plan.committed, &plan.options)?;
            *proof.borrow_mut() = Some(PartProof::Final(k as u32, p));
            Ok(())
        },
    )?;
    proof.into_inner().ok_or_else(|| ProveError::Segments(format!("{part:?} is not a part of this run")))
}

/// The proof file of `plan` from its parts, each exactly once, in any order.
pub fn join_parts(plan: &SegmentPlan, mut parts: Vec<PartProof>) -> Result<ProofFile, ProveError> {
    parts.sort_by_key(PartProof::part);
    let got: Vec<Part> = parts.iter().map(PartProof::part).collect();
    if got != plan.parts() {
        return Err(ProveError::Segments(format!("the parts {got:?} are not the run's {:?}", plan.parts())));
    }
    let mut proofs = Segments::default();
    for p in parts {
        match p {
            PartProof::Segment(_, s) => proofs.segments.push(s),
            PartProof::Final(_, f) => proofs.finals.push(f),
        }
    }
    let c = &plan.committed;
    Ok(ProofFile::new(&c.base.program, c.base.exit_code, c.base.journal.clone(), ProofBody::Segmented(proofs)))
}

/// A segment's execution proof, then its handoff proof with the run-wide challenges.
fn prove_segment(
    exec: Execution,
    ht: HandoffTrace,
    committed: &Committed,
    options: &ProofOptions,
) -> Result<SegmentProof, ProveError> {
    let s = exec.segment.expect("a segment");
    let pub_inputs = exec.public_inputs();
    let trace = ZkTrace::from_columns(exec.trace.cols, exec.trace.len, &pub_inputs, exec.trace.hiding);
    let (execution, drawn) = prove_trace(trace, pub_inputs, options.clone())?;
    let role = Role::Segment { index: s.index, link: drawn.rand, claim: drawn.claim };
    let (handoff, sum) = prove_handoff(ht, role, committed.bus, options)?;
    Ok(SegmentProof { end: s.end, sum, execution, handoff })
}

/// The handoff proof of stretch `k` of the final memory.
fn prove_final(
    k: usize,
    ht: HandoffTrace,
    committed: &Committed,
    options: &ProofOptions,
) -> Result<FinalProof, ProveError> {
    let st = &committed.stretches[k];
    let (proof, sum) = prove_handoff(ht, Role::Final { first: st.first, last: st.last }, committed.bus, options)?;
    Ok(FinalProof { first: st.first, last: st.last, sum, proof })
}

/// Proves `program` on `input` in segments of `2^segment_log` rows, or as one trace
/// when the run fits in one.
pub fn prove_segmented(
    program: &Program,
    input: &[u8],
    config: impl Into<ProofConfig>,
    segment_log: u32,
    progress: Option<&dyn Fn(Stage)>,
) -> Result<(ProofFile, ProveStats), ProveError> {
    prove_segmented_with_limit(program, input, config, segment_log, MAX_RUN_CYCLES, progress)
}

/// [`prove_segmented`] of a run that must halt within `max_cycles` cycles (capped at
/// [`MAX_RUN_CYCLES`]): a longer one is a [`TrapKind::CycleLimit`](isa_spec::TrapKind)
/// trap, found in the first pass before any proving work, as `zkvm run --max-cycles` finds it.
pub fn prove_segmented_with_limit(
    program: &Program,
    input: &[u8],
    config: impl Into<ProofConfig>,
    segment_log: u32,
    max_cycles: u64,
    progress: Option<&dyn Fn(Stage)>,
) -> Result<(ProofFile, ProveStats), ProveError> {
    let report = |s| {
        if let Some(p) = progress {
            p(s)
        }
    };
    let config = config.into();
    let rows = segment_rows(program, segment_log, config.is_hiding())?;
    let options = config.options();
    let t0 = Instant::now();
    report(Stage::Execute);
    let committed = match commit_pass(program, input, rows, max_cycles, &config, true, &report, None)? {
        FirstPass::Single { steps, journal, exit_code } => {
            report(Stage::BuildTrace);
            let execute_time = t0.elapsed();
            let t1 = Instant::now();
            let exec = crate::execution_from_steps(program, &steps, journal, exit_code, config.hiding.as_ref())?;
            drop(steps);
            let trace_time = t1.elapsed();
            report(Stage::Prove);
            return crate::prove_timed(exec, &config, execute_time, trace_time);
        }
        FirstPass::Segmented(c) => *c,
    };
    let execute_time = t0.elapsed();
    let t1 = Instant::now();
    let count = committed.segments.len() as u32;
    let mut proofs = Segments::default();
    let mut height = 0;
    replay_pass(
        input,
        rows,
        &committed,
        None,
        &|_| true,
        |exec, ht| {
            let s = exec.segment.expect("a segment");
            report(Stage::ProveSegment { segment: s.index, count });
            height = height.max(exec.trace.len);
            proofs.segments.push(prove_segment(exec, ht, &committed, &options)?);
            Ok(())
        },
        |k, ht| {
            report(Stage::ProveFinal { index: k as u32, count: committed.stretches.len() as u32 });
            proofs.finals.push(prove_final(k, ht, &committed, &options)?);
            Ok(())
        },
    )?;
    let file =
        ProofFile::new(program, committed.base.exit_code, committed.base.journal.clone(), ProofBody::Segmented(proofs));
    let stats = ProveStats {
        cycles: committed.cycles,
        main_width: zkvm_air::columns::WIDTH,
        aux_width: crate::aux_width(config.is_hiding()),
        trace_height: height,
        segments: committed.segments.len(),
        execute_time,
        trace_time: std::time::Duration::ZERO,
        prove_time: t1.elapsed(),
        proof_bytes: file.to_bytes().len(),
        security_bits: crate::security_bits(&file),
    };
    Ok((file, stats))
}

/// Proves a handoff trace in `role`; returns the proof and its share of the bus.
fn prove_handoff(
    ht: HandoffTrace,
    role: Role,
    bus: [Ext; 2],
    options: &ProofOptions,
) -> Result<(Vec<u8>, [u64; 2]), ProveError> {
    let mut inputs = HandoffInputs { role, bus, sum: Ext::ZERO };
    inputs.sum = handoff::bus_sum(&ht, &inputs);
    Ok((handoff::prove(ht, inputs, options.clone())?, coords(inputs.sum)))
}

fn boundary(s: &State) -> Boundary {
    Boundary { pc: s.pc, fp: s.fp, journal_len: s.journal_len as u32, eof: s.eof }
}

fn coords(e: Ext) -> [u64; 2] {
    e.to_base_elements().map(|b| winterfell::math::StarkField::as_int(&b))
}

/// Whether a run that halted in its first segment fits one trace of at most `rows`
/// rows (a single trace also holds the final memory: every accessed or initialised cell).
fn fits_one_trace(
    program: &Program,
    touches: &Touches,
    touched: usize,
    cycles: usize,
    rows: usize,
    hiding: bool,
) -> bool {
    let untouched_image = program.initial_cells().iter().filter(|(addr, _)| touches.last(*addr) == 0).count();
    let cells = touched + untouched_image;
    let e = exempt_rows(hiding);
    let n = min_prover_trace_len(program.code.len(), hiding)
        .max((cycles + e).next_power_of_two())
        .max((cells + e).next_power_of_two());
    n <= rows
}

/// The final memory: every cell a segment accessed or the image holds, in address
/// order, with its value at the end of the run.
fn final_cells(program: &Program, machine: &Machine, touches: &Touches) -> Vec<FinalCell> {
    let image: Vec<(u32, u64)> = program.initial_cells();
    let mut out = Vec::new();
    let mut img = image.iter().peekable();
    let mut push = |addr: u32, last: u32, is_img: bool| {
        out.push(FinalCell { addr, value: machine.memory().read(addr), last, img: is_img })
    };
    for (addr, last) in touches.accessed() {
        while let Some(&&(a, _)) = img.peek().filter(|(a, _)| *a < addr) {
            push(a, 0, true);
            img.next();
        }
        let is_img = img.peek().is_some_and(|(a, _)| *a == addr);
        if is_img {
            img.next();
        }
        push(addr, last, is_img);
    }
    for &(a, _) in img {
        push(a, 0, true);
    }
    out
}
