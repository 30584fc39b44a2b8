//! The zkvm prover: runs the program with the tracing executor, builds the AIR's trace
//! (`trace.rs`, `aux.rs`) and proves it with Winterfell. [`prove`] is the entry point;
//! [`testing`] exposes the trace for tamper tests.

mod aux;
#[doc(hidden)]
pub mod fixtures;
pub mod handoff;
mod segments;
mod trace;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use isa_spec::Program;
use winterfell::math::{FieldElement, fields::f64::BaseElement as Felt};
use winterfell::matrix::ColMatrix;
use winterfell::{
    AuxRandElements, AuxTraceWithMetadata, CompositionPoly, CompositionPolyTrace, ConstraintCompositionCoefficients,
    DefaultConstraintCommitment, DefaultConstraintEvaluator, DefaultTraceLde, PartitionOptions, ProofOptions, Prover,
    StarkDomain, Trace, TraceInfo, TracePolyTable,
};
use zkvm_air::hiding;
use zkvm_air::lookups::{AUX_WIDTH, CLAIM, NUM_RAND};
use zkvm_air::segment::{Ext, FinalStretch, SegmentInputs};
use zkvm_air::{Hasher, PublicInputs, RandomCoin, VectorCommit, ZkvmAir};
use zkvm_executor::{Console, Options, Trap};

pub use segments::{
    DEFAULT_SEGMENT_LOG, MAX_RUN_CYCLES, SegmentPlan, estimated_peak_memory, join_parts, plan_segments, proof_rows,
    prove_part, prove_segmented, prove_segmented_with_limit,
};
pub use trace::{HandoffCell, MainTrace};
pub use zkvm_air::hiding::Seed;
pub use zkvm_air::proof_file::{Part, PartFile, PartProof};
pub use zkvm_air::{ProofBody, ProofConfig, ProofFile, ProofProfile, proof_options};

/// Progress of [`prove`] and [`prove_segmented`], reported when each stage starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Execute,
    BuildTrace,
    Prove,
    /// Segmented proving, first pass: running segment `segment` and committing its
    /// memory boundary.
    Commit {
        segment: u32,
    },
    /// Second pass: proving segment `segment` of `count`.
    ProveSegment {
        segment: u32,
        count: u32,
    },
    /// Proving stretch `index` of `count` of the final memory.
    ProveFinal {
        index: u32,
        count: u32,
    },
}

/// What a proof cost.
#[derive(Clone, Debug)]
pub struct ProveStats {
    pub cycles: u64,
    /// Main trace columns (base field).
    pub main_width: usize,
    /// Aux columns (each an element of the quadratic extension).
    pub aux_width: usize,
    /// Rows of the trace (of the largest segment's trace, for a segmented proof).
    pub trace_height: usize,
    /// Segments of a segmented proof (1 for a single trace).
    pub segments: usize,
    pub execute_time: Duration,
    pub trace_time: Duration,
    pub prove_time: Duration,
    pub proof_bytes: usize,
    /// Conjectured security of the proof, in bits.
    pub security_bits: u32,
}

/// Why no proof was produced.
#[derive(Debug, thiserror::Error)]
pub enum ProveError {
    #[error("{0}")]
    Trap(#[from] Trap),
    #[error("cannot prove this execution: {0}")]
    Unprovable(String),
    #[error("the trace would need {rows} rows, more than the prover supports")]
    TooLong { rows: usize },
    #[error("{0}")]
    Segments(String),
    #[error("proving failed: {0}")]
    Prover(String),
}

/// An execution turned into a trace, ready to prove.
pub struct Execution {
    pub program: Arc<Program>,
    pub trace: MainTrace,
    pub journal: Vec<u8>,
    pub exit_code: u32,
    /// Where the trace sits in a segmented proof (`None`: a whole run).
    pub segment: Option<SegmentInputs>,
}

impl Execution {
    pub fn public_inputs(&self) -> PublicInputs {
        let inputs = PublicInputs::new(self.program.clone(), self.journal.clone(), self.exit_code);
        PublicInputs { segment: self.segment, ..inputs }
    }
}

/// Proves that `program` halts on some input with the journal and exit code it
/// produces on `input` (hiding that input when `config` says so; a bare profile is a
/// plain proof).
pub fn prove(
    program: &Program,
    input: &[u8],
    config: impl Into<ProofConfig>,
    progress: Option<&dyn Fn(Stage)>,
) -> Result<(ProofFile, ProveStats), ProveError> {
    let config = config.into();
    let report = |s| {
        if let Some(p) = progress {
            p(s)
        }
    };
    report(Stage::Execute);
    let t0 = Instant::now();
    let (exit, steps) = run(program, input)?;
    let execute_time = t0.elapsed();
    report(Stage::BuildTrace);
    let t1 = Instant::now();
    let exec = execution_from_steps(program, &steps, exit.journal, exit.exit_code, config.hiding.as_ref())?;
    drop(steps);
    let trace_time = t1.elapsed();
    report(Stage::Prove);
    prove_timed(exec, &config, execute_time, trace_time)
}

/// Proves a built single trace and reports what it cost.
fn prove_timed(
    exec: Execution,
    config: &ProofConfig,
    execute_time: Duration,
    trace_time: Duration,
) -> Result<(ProofFile, ProveStats), ProveError> {
    let t2 = Instant::now();
    let height = exec.trace.len;
    let cycles = exec.trace.cycles as u64;
    let file = prove_owned(exec, config.options())?;
    let prove_time = t2.elapsed();
    let stats = ProveStats {
        cycles,
        main_width: zkvm_air::columns::WIDTH,
        aux_width: aux_width(config.is_hiding()),
        trace_height: height,
        segments: 1,
        execute_time,
        trace_time,
        prove_time,
        proof_bytes: file.to_bytes().len(),
        security_bits: security_bits(&file),
    };
    Ok((file, stats))
}

/// Aux columns of an execution trace.
fn aux_width(hiding: bool) -> usize {
    hiding::aux_width(AUX_WIDTH, hiding)
}

/// Conjectured security of a proof file's (first) execution proof.
fn security_bits(file: &ProofFile) -> u32 {
    let proof = match &file.body {
        ProofBody::Single(p) => p,
        ProofBody::Segmented(s) => s.segments.first().map_or(&[][..], |s| &s.execution),
        ProofBody::DevMode => return 0,
    };
    winterfell::Proof::from_bytes(proof).map(|p| p.conjectured_security::<Hasher>().bits()).unwrap_or(0)
}

fn run(program: &Program, input: &[u8]) -> Result<(zkvm_executor::Exit, Vec<zkvm_executor::Step>), ProveError> {
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let console = Console { stdout: &mut out, stderr: &mut err };
    let options = Options { cycle_limit: zkvm_air::MAX_TRACE_LEN as u64 - 2, profile: false };
    Ok(zkvm_executor::execute_traced(program, input, console, &options)?)
}

fn execution_from_steps(
    program: &Program,
    steps: &[zkvm_executor::Step],
    journal: Vec<u8>,
    exit_code: u32,
    hiding: Option<&Seed>,
) -> Result<Execution, ProveError> {
    let (trace, _) = trace::build(program, steps, journal.len(), None, hiding)?;
    Ok(Execution { program: Arc::new(program.clone()), trace, journal, exit_code, segment: None })
}

/// Proves an execution (possibly tampered with, in tests): with the fast profile, or
/// the default hiding one for a hiding trace.
pub fn prove_execution(exec: &Execution) -> Result<ProofFile, ProveError> {
    let pub_inputs = exec.public_inputs();
    let trace = ZkTrace::new(&exec.trace, &pub_inputs);
    prove_trace_with(trace, pub_inputs, exec, default_options(exec.trace.hiding.is_some()))
}

/// The options [`prove_execution`] and the checks of [`testing`] use for a (hiding)
/// trace.
fn default_options(hiding: bool) -> ProofOptions {
    proof_options(if hiding { ProofProfile::HIDING_DEFAULT } else { ProofProfile::Fast })
}

/// Like [`prove_execution`], without copying the trace.
fn prove_owned(mut exec: Execution, options: ProofOptions) -> Result<ProofFile, ProveError> {
    let pub_inputs = exec.public_inputs();
    let cols = std::mem::take(&mut exec.trace.cols);
    let trace = ZkTrace::from_columns(cols, exec.trace.len, &pub_inputs, exec.trace.hiding);
    prove_trace_with(trace, pub_inputs, &exec, options)
}

fn prove_trace_with(
    trace: ZkTrace,
    pub_inputs: PublicInputs,
    exec: &Execution,
    options: ProofOptions,
) -> Result<ProofFile, ProveError> {
    let (proof, _) = prove_trace(trace, pub_inputs, options)?;
    Ok(ProofFile::new(&exec.program, exec.exit_code, exec.journal.clone(), ProofBody::Single(proof)))
}

/// What an execution proof drew and left open: its aux challenges (alpha, beta) and
/// its claim.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Drawn {
    pub rand: [Ext; 2],
    pub claim: Ext,
}

/// Proves a trace; returns the proof bytes and what the prover drew.
fn prove_trace(
    trace: ZkTrace,
    pub_inputs: PublicInputs,
    options: ProofOptions,
) -> Result<(Vec<u8>, Drawn), ProveError> {
    let seed = trace.hiding;
    let prover = ZkProver { options, pub_inputs, drawn: Mutex::new(None) };
    let proof =
        zkvm_air::commit::with_salts(seed, || prover.prove(trace)).map_err(|e| ProveError::Prover(e.to_string()))?;
    let drawn = prover.drawn.into_inner().ok().flatten().ok_or_else(|| ProveError::Prover("no aux segment".into()))?;
    Ok((proof.to_bytes(), drawn))
}

/// The trace handed to Winterfell.
pub struct ZkTrace {
    info: TraceInfo,
    main: ColMatrix<Felt>,
    periodic: Vec<Vec<Felt>>,
    /// The seed of a hiding trace's randomness.
    hiding: Option<Seed>,
}

impl ZkTrace {
    fn new(trace: &MainTrace, pub_inputs: &PublicInputs) -> Self {
        Self::from_columns(trace.cols.clone(), trace.len, pub_inputs, trace.hiding)
    }

    fn from_columns(cols: Vec<Vec<Felt>>, len: usize, pub_inputs: &PublicInputs, hiding: Option<Seed>) -> Self {
        let width = zkvm_air::columns::WIDTH;
        let info = TraceInfo::new_multi_segment(width, aux_width(hiding.is_some()), NUM_RAND, len, Vec::new());
        let mut periodic = zkvm_air::tables::rom_columns(&pub_inputs.program);
        periodic.extend(zkvm_air::tables::byte_table());
        ZkTrace { info, main: ColMatrix::new(cols), periodic, hiding }
    }
}

impl Trace for ZkTrace {
    type BaseField = Felt;

    fn info(&self) -> &TraceInfo {
        &self.info
    }

    fn main_segment(&self) -> &ColMatrix<Felt> {
        &self.main
    }

    fn read_main_frame(&self, row_idx: usize, frame: &mut winterfell::EvaluationFrame<Felt>) {
        let next = (row_idx + 1) % self.main.num_rows();
        self.main.read_row_into(row_idx, frame.current_mut());
        self.main.read_row_into(next, frame.next_mut());
    }

    /// Same checks as Winterfell's default, but reading periodic values by index.
    fn validate<A, E>(&self, air: &A, aux: Option<&AuxTraceWithMetadata<E>>)
    where
        A: winterfell::Air<BaseField = Felt>,
        E: FieldElement<BaseField = Felt>,
    {
        let aux = aux.map(|a| (&a.aux_trace, &a.aux_rand_elements));
        if let Err(e) = aux::validate(air, &self.main, aux) {
            panic!("trace does not satisfy the AIR: {e}");
        }
    }
}

struct ZkProver {
    options: ProofOptions,
    pub_inputs: PublicInputs,
    drawn: Mutex<Option<Drawn>>,
}

impl Prover for ZkProver {
    type BaseField = Felt;
    type Air = ZkvmAir;
    type Trace = ZkTrace;
    type HashFn = Hasher;
    type VC = VectorCommit;
    type RandomCoin = RandomCoin;
    type TraceLde<E: FieldElement<BaseField = Felt>> = DefaultTraceLde<E, Hasher, VectorCommit>;
    type ConstraintCommitment<E: FieldElement<BaseField = Felt>> = DefaultConstraintCommitment<E, Hasher, VectorCommit>;
    type ConstraintEvaluator<'a, E: FieldElement<BaseField = Felt>> = DefaultConstraintEvaluator<'a, ZkvmAir, E>;

    fn get_pub_inputs(&self, _trace: &ZkTrace) -> PublicInputs {
        self.pub_inputs.clone()
    }

    fn options(&self) -> &ProofOptions {
        &self.options
    }

    fn new_trace_lde<E: FieldElement<BaseField = Felt>>(
        &self,
        trace_info: &TraceInfo,
        main_trace: &ColMatrix<Felt>,
        domain: &StarkDomain<Felt>,
        partition_options: PartitionOptions,
    ) -> (Self::TraceLde<E>, TracePolyTable<E>) {
        DefaultTraceLde::new(trace_info, main_trace, domain, partition_options)
    }

    fn new_evaluator<'a, E: FieldElement<BaseField = Felt>>(
        &self,
        air: &'a ZkvmAir,
        aux_rand_elements: Option<AuxRandElements<E>>,
        composition_coefficients: ConstraintCompositionCoefficients<E>,
    ) -> Self::ConstraintEvaluator<'a, E> {
        DefaultConstraintEvaluator::new(air, aux_rand_elements, composition_coefficients)
    }

    fn build_constraint_commitment<E: FieldElement<BaseField = Felt>>(
        &self,
        composition_poly_trace: CompositionPolyTrace<E>,
        num_constraint_composition_columns: usize,
        domain: &StarkDomain<Felt>,
        partition_options: PartitionOptions,
    ) -> (Self::ConstraintCommitment<E>, CompositionPoly<E>) {
        DefaultConstraintCommitment::new(
            composition_poly_trace,
            num_constraint_composition_columns,
            domain,
            partition_options,
        )
    }

    fn build_aux_trace<E: FieldElement<BaseField = Felt>>(
        &self,
        main_trace: &ZkTrace,
        aux_rand_elements: &AuxRandElements<E>,
    ) -> ColMatrix<E> {
        let aux = aux::build(
            &main_trace.main,
            &main_trace.periodic,
            aux_rand_elements.rand_elements(),
            &self.pub_inputs,
            main_trace.hiding.as_ref(),
        );
        // The proof's extension field is the quadratic one (`proof_options`).
        let ext = |e: &E| {
            let b = E::slice_as_base_elements(std::slice::from_ref(e));
            Ext::new(b[0], b.get(1).copied().unwrap_or(Felt::ZERO))
        };
        let rand = aux_rand_elements.rand_elements();
        let drawn = Drawn { rand: [ext(&rand[0]), ext(&rand[1])], claim: ext(&aux.get(CLAIM, 0)) };
        *self.drawn.lock().expect("not poisoned") = Some(drawn);
        aux
    }
}

/// Access to the trace for tests: build it, tamper with it, check or prove it.
#[doc(hidden)]
pub mod testing {
    use super::*;
    use winterfell::Air;
    use winterfell::math::fields::QuadExtension;

    pub type Ext = QuadExtension<Felt>;

    /// Runs the program and builds its trace.
    pub fn build_trace(program: &Program, input: &[u8]) -> Result<Execution, ProveError> {
        let (exit, steps) = run(program, input)?;
        execution_from_steps(program, &steps, exit.journal, exit.exit_code, None)
    }

    /// [`build_trace`] of a hiding trace, its randomness from `seed`.
    pub fn build_hiding_trace(program: &Program, input: &[u8], seed: Seed) -> Result<Execution, ProveError> {
        let (exit, steps) = run(program, input)?;
        execution_from_steps(program, &steps, exit.journal, exit.exit_code, Some(&seed))
    }

    /// A run with a fault injected (see [`zkvm_executor::Fault`]).
    pub enum FaultyRun {
        /// The fault changed nothing (its cycle never ran, or had no value at its site).
        NotInjected,
        /// The faulty machine trapped (or ran past the cycle limit): nothing to prove.
        Trapped(Trap),
        /// The faulty machine halted, but the trace builder refused its steps.
        Unprovable { journal: Vec<u8>, exit_code: u32, error: ProveError },
        /// The faulty machine halted; its trace, built as faithfully as the trace builder can.
        Built(Execution),
    }

    /// Runs `program` with `fault` injected and builds the trace of what the faulty
    /// machine did, as a cheating prover would before trying to prove it.
    pub fn build_faulty_trace(
        program: &Program,
        input: &[u8],
        fault: zkvm_executor::Fault,
        cycle_limit: u64,
    ) -> FaultyRun {
        let (mut out, mut err) = (std::io::sink(), std::io::sink());
        let console = Console { stdout: &mut out, stderr: &mut err };
        let options = Options { cycle_limit, profile: false };
        let (result, injected) = zkvm_executor::execute_traced_with_fault(program, input, console, &options, fault);
        if !injected {
            return FaultyRun::NotInjected;
        }
        let (exit, steps) = match result {
            Ok(run) => run,
            Err(trap) => return FaultyRun::Trapped(trap),
        };
        match execution_from_steps(program, &steps, exit.journal.clone(), exit.exit_code, None) {
            Ok(exec) => FaultyRun::Built(exec),
            Err(error) => FaultyRun::Unprovable { journal: exit.journal, exit_code: exit.exit_code, error },
        }
    }

    /// Fixed "random" elements for checks outside the prover.
    pub fn rand_elements() -> Vec<Ext> {
        vec![
            Ext::new(Felt::new(0x1234_5678_9abc_def1), Felt::new(0x0fed_cba9_8765_4321)),
            Ext::new(Felt::new(0x7777_1111_3333_5555), Felt::new(0x2222_9999_4444_6666)),
        ]
    }

    /// Checks the trace against every constraint and assertion, as the debug prover
    /// does, building the aux segment as an honest prover would from this main trace.
    pub fn check(exec: &Execution) -> Result<(), String> {
        let pub_inputs = exec.public_inputs();
        let trace = ZkTrace::new(&exec.trace, &pub_inputs);
        let air = ZkvmAir::new(trace.info.clone(), pub_inputs, default_options(exec.trace.hiding.is_some()));
        let rand = rand_elements();
        let aux = aux::build(&trace.main, &trace.periodic, &rand, &exec.public_inputs(), trace.hiding.as_ref());
        aux::validate(&air, &trace.main, Some((&aux, &AuxRandElements::new(rand))))
    }

    /// [`check`] with the aux columns changed by `tamper` after an honest build.
    pub fn check_with_aux(exec: &Execution, tamper: impl FnOnce(&mut [Vec<Ext>])) -> Result<(), String> {
        let pub_inputs = exec.public_inputs();
        let trace = ZkTrace::new(&exec.trace, &pub_inputs);
        let air = ZkvmAir::new(trace.info.clone(), pub_inputs.clone(), default_options(exec.trace.hiding.is_some()));
        let rand = rand_elements();
        let aux = aux::build(&trace.main, &trace.periodic, &rand, &pub_inputs, trace.hiding.as_ref());
        let mut cols: Vec<Vec<Ext>> = (0..aux.num_cols()).map(|c| aux.get_column(c).to_vec()).collect();
        tamper(&mut cols);
        aux::validate(&air, &trace.main, Some((&ColMatrix::new(cols), &AuxRandElements::new(rand))))
    }

    /// Decides whether a single-cell change of a valid trace makes it unprovable.
    pub struct TamperOracle<'a> {
        exec: &'a Execution,
        assertions: Vec<winterfell::Assertion<Felt>>,
        periodic: Vec<Vec<Felt>>,
        rand: zkvm_air::lookups::Rand<Ext>,
        clk_base: Felt,
    }

    impl<'a> TamperOracle<'a> {
        pub fn new(exec: &'a Execution) -> Self {
            let pub_inputs = exec.public_inputs();
            let trace = ZkTrace::new(&exec.trace, &pub_inputs);
            let air = ZkvmAir::new(trace.info.clone(), pub_inputs, default_options(exec.trace.hiding.is_some()));
            TamperOracle {
                exec,
                assertions: air.get_assertions(),
                periodic: trace.periodic,
                rand: zkvm_air::lookups::Rand::new(&rand_elements()),
                clk_base: Felt::new(exec.public_inputs().cycles_before()),
            }
        }

        /// Whether changing main-trace cell (`col`, `row`) to `value` makes the trace
        /// unprovable, assuming the cheater rebuilds the multiplicity columns and the
        /// aux segment to suit the tampered trace (as a cheating prover would). This is
        /// exact: the cell only enters the constraints of rows `row - 1` and `row`, the
        /// assertions, the lookups of its row (which must stay in their tables) and the
        /// memory/journal/exit fractions of its row (whose sum must not change, since
        /// the verifier fixes the total). A tampered multiplicity column is not
        /// rebuilt. Returns the reason when detected.
        pub fn detect(&self, col: usize, row: usize, value: Felt) -> Option<String> {
            use zkvm_air::columns::{FLAG_OPS, bytes, decoder, name, range, tables as tcols};
            use zkvm_air::constraints::{Sink, evaluate};
            use zkvm_air::lookups::{NUM_FRACTIONS, fractions};
            let t = &self.exec.trace;
            let n = t.len;
            let lo = row.saturating_sub(1);
            let hi = (row + 1).min(n - 1);
            let mut rows: Vec<Vec<Felt>> = (lo..=hi).map(|r| t.row(r)).collect();
            let orig_row = t.row(row);
            rows[row - lo][col] = value;
            for a in &self.assertions {
                if a.column() == col && a.first_step() == row && a.values()[0] != value {
                    return Some(format!("assertion on {} at row {row}", name(col)));
                }
            }
            let mut res = vec![Felt::ZERO; zkvm_air::constraints::count()];
            for r in lo..hi {
                if r >= n - t.exempt() {
                    continue;
                }
                let mut sink = Sink::new(&mut res);
                evaluate(&rows[r - lo], &rows[r - lo + 1], self.clk_base, &mut sink);
                if let Some(i) = res.iter().position(|v| *v != Felt::ZERO) {
                    return Some(format!("main constraint {i} at row {r}"));
                }
            }
            if row >= n - t.exempt() {
                return None;
            }
            let new_row = &rows[row - lo];
            if (tcols::M_ROM..tcols::END).contains(&col) {
                return (value != orig_row[col]).then(|| "table multiplicity".to_string());
            }
            let int = |v: Felt| v.as_int();
            for i in 0..range::COUNT {
                if int(new_row[range::START + i]) >= 1 << 16 {
                    return Some(format!("range lookup of {}", name(range::START + i)));
                }
            }
            for j in 0..bytes::COUNT {
                let (x, y, z) = (int(new_row[bytes::x(j)]), int(new_row[bytes::y(j)]), int(new_row[bytes::z(j)]));
                if x > 255 || y > 255 || z != x & y {
                    return Some(format!("byte lookup {j}"));
                }
            }
            if new_row[decoder::PAD] != Felt::ONE {
                let mut opcode = Felt::ZERO;
                for (i, op) in FLAG_OPS.iter().enumerate() {
                    opcode += Felt::new(*op as u64) * new_row[decoder::FLAGS + i];
                }
                let pc = int(new_row[decoder::PC]);
                let got = [
                    pc,
                    int(opcode),
                    int(new_row[decoder::IA]),
                    int(new_row[decoder::IB]),
                    int(new_row[decoder::IC]),
                    int(new_row[decoder::IMM0]),
                    int(new_row[decoder::IMM1]),
                    int(new_row[decoder::CIMM]),
                ];
                let program = &self.exec.program;
                if (pc as usize) >= program.code.len() || zkvm_air::tables::rom_entry(program, pc as usize) != got {
                    return Some("ROM lookup".to_string());
                }
            }
            let per: Vec<Felt> = self.periodic.iter().map(|c| c[row % c.len()]).collect();
            let sum = |r: &[Felt]| {
                let mut fr = [(Ext::ZERO, Ext::ZERO); NUM_FRACTIONS];
                fractions(r, &per, &self.rand, &mut fr);
                fr[..11]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != 8)
                    .fold(Ext::ZERO, |a, (_, &(num, den))| a + num / den)
            };
            if sum(new_row) != sum(&orig_row) {
                return Some("memory/journal/exit bus".to_string());
            }
            None
        }
    }

    /// A segmented run's traces as the prover builds them (every run is cut into
    /// segments here, however short), with the run-wide challenges.
    pub struct SegmentedRun {
        pub executions: Vec<Execution>,
        pub handoffs: Vec<handoff::HandoffTrace>,
        pub finals: Vec<(handoff::HandoffTrace, FinalStretch)>,
        pub bus: [Ext; 2],
    }

    /// Runs `program` in segments of `2^segment_log` rows and builds every trace.
    pub fn build_segmented(program: &Program, input: &[u8], segment_log: u32) -> Result<SegmentedRun, ProveError> {
        build_segmented_with(program, input, segment_log, ProofProfile::Fast.into(), None)
    }

    /// [`build_segmented`] of hiding traces, their randomness from `seed`.
    pub fn build_hiding_segmented(
        program: &Program,
        input: &[u8],
        segment_log: u32,
        seed: Seed,
    ) -> Result<SegmentedRun, ProveError> {
        let config = ProofConfig::hiding_with_seed(ProofProfile::HIDING_DEFAULT, seed).map_err(ProveError::Segments)?;
        build_segmented_with(program, input, segment_log, config, None)
    }

    /// [`build_segmented`] of a machine with `fault` injected (in both passes, so
    /// that they agree), as a cheating prover would build it; `None` when the fault
    /// changes nothing (its cycle never runs, or has no value at its site that the
    /// corruption changes).
    pub fn build_segmented_with_fault(
        program: &Program,
        input: &[u8],
        segment_log: u32,
        fault: zkvm_executor::Fault,
    ) -> Option<Result<SegmentedRun, ProveError>> {
        let (mut out, mut err) = (std::io::sink(), std::io::sink());
        let options = Options { cycle_limit: fault.cycle + 1, profile: false };
        let console = Console { stdout: &mut out, stderr: &mut err };
        let injected = zkvm_executor::execute_traced_with_fault(program, input, console, &options, fault).1;
        injected.then(|| build_segmented_with(program, input, segment_log, ProofProfile::Fast.into(), Some(fault)))
    }

    fn build_segmented_with(
        program: &Program,
        input: &[u8],
        segment_log: u32,
        config: ProofConfig,
        fault: Option<zkvm_executor::Fault>,
    ) -> Result<SegmentedRun, ProveError> {
        let rows = 1usize << segment_log;
        let first =
            segments::commit_pass(program, input, rows, segments::MAX_RUN_CYCLES, &config, false, &|_| (), fault)?;
        let segments::FirstPass::Segmented(c) = first else {
            unreachable!("segments were asked for");
        };
        let mut run = SegmentedRun { executions: Vec::new(), handoffs: Vec::new(), finals: Vec::new(), bus: c.bus };
        segments::replay_pass(
            input,
            rows,
            &c,
            fault,
            &|_| true,
            |exec, ht| {
                run.executions.push(exec);
                run.handoffs.push(ht);
                Ok(())
            },
            |k, ht| {
                run.finals.push((ht, c.stretches[k]));
                Ok(())
            },
        )?;
        Ok(run)
    }

    /// Checks a handoff trace against its AIR with the aux columns given.
    pub fn validate_handoff(
        air: &zkvm_air::handoff::HandoffAir,
        main: &ColMatrix<Felt>,
        aux: &ColMatrix<Ext>,
        rand: &AuxRandElements<Ext>,
    ) -> Result<(), String> {
        aux::validate_named(air, main, Some((aux, rand)), zkvm_air::handoff::columns::name)
    }

    /// The claim an execution trace leaves open, with the aux segment built from
    /// [`rand_elements`].
    pub fn claim(exec: &Execution) -> Ext {
        let pub_inputs = exec.public_inputs();
        let trace = ZkTrace::new(&exec.trace, &pub_inputs);
        aux::build(&trace.main, &trace.periodic, &rand_elements(), &pub_inputs, trace.hiding.as_ref()).get(CLAIM, 0)
    }

    /// The public inputs of every handoff proof of `run` (segments, then the final
    /// memory), as an honest prover would give them with [`rand_elements`] as each
    /// execution proof's challenges.
    pub fn handoff_inputs(run: &SegmentedRun) -> Vec<zkvm_air::handoff::HandoffInputs> {
        use zkvm_air::handoff::{HandoffInputs, Role};
        let rand = rand_elements();
        let with_sum = |ht: &handoff::HandoffTrace, role: Role| {
            let mut inputs = HandoffInputs { role, bus: run.bus, sum: Ext::ZERO };
            inputs.sum = handoff::bus_sum(ht, &inputs);
            inputs
        };
        let segments = run.executions.iter().zip(&run.handoffs).enumerate().map(|(k, (exec, ht))| {
            with_sum(ht, Role::Segment { index: k as u32, link: [rand[0], rand[1]], claim: claim(exec) })
        });
        let finals = run.finals.iter().map(|(ht, st)| with_sum(ht, Role::Final { first: st.first, last: st.last }));
        segments.chain(finals).collect()
    }

    /// Checks a segmented run as the verifier judges its proofs, with the debug
    /// prover's full constraint check on every trace: each execution trace (aux built
    /// with [`rand_elements`]) and the claim it leaves, each segment's handoff trace
    /// closing that claim with the same link challenges, the final-memory traces, and
    /// the handoff shares plus the initial image adding to zero. The handoff traces'
    /// shares are recomputed from the traces, as a cheating prover would claim them.
    pub fn check_segmented(run: &SegmentedRun) -> Result<(), String> {
        use zkvm_air::handoff::{HandoffAir, HandoffInputs, Role};
        let rand = rand_elements();
        let mut total = zkvm_air::handoff::image_sum::<Ext>(&run.executions[0].program, &run.bus);
        let check_handoff = |ht: &handoff::HandoffTrace, role: Role, what: &str| -> Result<Ext, String> {
            let mut inputs = HandoffInputs { role, bus: run.bus, sum: Ext::ZERO };
            let main = ColMatrix::new(ht.cols.clone());
            let (aux, sum, _) = handoff::build_aux(&main, &inputs, ht.hiding.as_ref());
            inputs.sum = sum;
            let info = handoff::trace_info(ht.len(), ht.hiding.is_some());
            let air = HandoffAir::new(info, inputs, default_options(ht.hiding.is_some()));
            let none = AuxRandElements::new(vec![Ext::ONE]);
            aux::validate_named(&air, &main, Some((&aux, &none)), zkvm_air::handoff::columns::name)
                .map_err(|e| format!("{what}: {e}"))?;
            Ok(sum)
        };
        for (k, (exec, ht)) in run.executions.iter().zip(&run.handoffs).enumerate() {
            let pub_inputs = exec.public_inputs();
            let trace = ZkTrace::new(&exec.trace, &pub_inputs);
            let aux = aux::build(&trace.main, &trace.periodic, &rand, &pub_inputs, trace.hiding.as_ref());
            let claim = aux.get(CLAIM, 0);
            let air = ZkvmAir::new(trace.info.clone(), pub_inputs, default_options(exec.trace.hiding.is_some()));
            aux::validate(&air, &trace.main, Some((&aux, &AuxRandElements::new(rand.clone()))))
                .map_err(|e| format!("segment {k} execution: {e}"))?;
            let role = Role::Segment { index: k as u32, link: [rand[0], rand[1]], claim };
            total += check_handoff(ht, role, &format!("segment {k} handoff"))?;
        }
        for (j, (ht, st)) in run.finals.iter().enumerate() {
            total += check_handoff(ht, Role::Final { first: st.first, last: st.last }, &format!("final memory {j}"))?;
        }
        if total != Ext::ZERO {
            return Err("the handoff bus does not balance".into());
        }
        Ok(())
    }

    /// Periodic columns of the execution's AIR.
    pub fn periodic(exec: &Execution) -> Vec<Vec<Felt>> {
        ZkTrace::new(&exec.trace, &exec.public_inputs()).periodic
    }

    /// Proves an execution honestly under other proof options, to check that the
    /// verifier refuses weak ones.
    pub fn prove_with_options(exec: &Execution, options: ProofOptions) -> Result<ProofFile, ProveError> {
        let pub_inputs = exec.public_inputs();
        let trace = ZkTrace::new(&exec.trace, &pub_inputs);
        prove_trace_with(trace, pub_inputs, exec, options)
    }
}
