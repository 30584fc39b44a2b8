//! Handoff traces (`zkvm_air::handoff`): built from a segment's memory boundary or a
//! stretch of the final memory, committed before the run-wide challenges are drawn,
//! and proven once they are.

use std::sync::Arc;

use winterfell::crypto::Digest;
use winterfell::math::{FieldElement, StarkField, batch_inversion, fields::f64::BaseElement as Felt};
use winterfell::matrix::ColMatrix;
use winterfell::{
    AuxRandElements, CompositionPoly, CompositionPolyTrace, ConstraintCompositionCoefficients,
    DefaultConstraintCommitment, DefaultConstraintEvaluator, DefaultTraceLde, PartitionOptions, ProofOptions, Prover,
    StarkDomain, Trace, TraceInfo, TraceLde, TracePolyTable,
};
use zkvm_air::handoff::columns::{self as col, WIDTH};
use zkvm_air::handoff::{
    AUX_WIDTH, BUS_SUM, BYTE_TABLE_LEN, HandoffAir, HandoffInputs, LINK_SUM, MAX_TAG, NUM_RAND, Role, fractions,
    link_fractions,
};
use zkvm_air::hiding::{self, Seed};
use zkvm_air::lookups::Rand;
use zkvm_air::segment::Ext;
use zkvm_air::{DIGEST_BYTES, Hasher, RandomCoin, VectorCommit};

use crate::ProveError;
use crate::trace::HandoffCell;

/// Fewest rows of a handoff trace: two periods of the byte table, so that the table's
/// multiplicities sit in constrained rows.
pub const MIN_ROWS: usize = 2 * BYTE_TABLE_LEN;

/// One cell of the run's final memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FinalCell {
    pub addr: u32,
    pub value: u64,
    /// Tag of the last segment that accessed it (0: none; then it is an image cell).
    pub last: u32,
    /// Whether the cell is in the program's initial image.
    pub img: bool,
}

/// The rows of a handoff trace.
pub enum Rows<'a> {
    /// Segment `index`'s memory boundary.
    Segment { index: u32, cells: &'a [HandoffCell] },
    /// A stretch of the final memory.
    Final(&'a [FinalCell]),
}

/// A handoff trace's main columns.
pub struct HandoffTrace {
    pub cols: Vec<Vec<Felt>>,
    /// The seed of a hiding trace's randomness (`None`: a plain trace).
    pub hiding: Option<Seed>,
}

impl HandoffTrace {
    pub fn len(&self) -> usize {
        self.cols[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn row(&self, r: usize) -> Vec<Felt> {
        self.cols.iter().map(|c| c[r]).collect()
    }

    /// Rows exempt from the transition constraints at the end.
    pub fn exempt(&self) -> usize {
        hiding::exempt_rows(self.hiding.is_some())
    }
}

/// Builds the main trace for `rows`, hiding (random last rows from `hiding`) or not.
pub fn build(rows: Rows, hiding: Option<Seed>) -> HandoffTrace {
    let count = match rows {
        Rows::Segment { cells, .. } => cells.len(),
        Rows::Final(cells) => cells.len(),
    };
    let n = (count + hiding::exempt_rows(hiding.is_some())).next_power_of_two().max(MIN_ROWS);
    let mut t = vec![[0u64; WIDTH]; n];
    let mut set = |r: usize, addr: u32, input: u64, output: u64, time: u64, prev: u32, img: bool, top: u32| {
        let row = &mut t[r];
        row[col::ACT] = 1;
        row[col::ADDR] = addr as u64;
        row[col::IN0] = input & 0xffff_ffff;
        row[col::IN1] = input >> 32;
        row[col::OUT0] = output & 0xffff_ffff;
        row[col::OUT1] = output >> 32;
        row[col::TIME] = time;
        row[col::PREV] = prev as u64;
        row[col::IMG] = img as u64;
        let gap = top - prev;
        row[col::PREV_GAP] = (gap & 0xff) as u64;
        row[col::PREV_GAP + 1] = (gap >> 8) as u64;
    };
    let addrs: Vec<u32> = match rows {
        Rows::Segment { index, cells } => {
            for (r, c) in cells.iter().enumerate() {
                set(r, c.addr, c.before, c.after, c.time, c.prev, false, index);
            }
            cells.iter().map(|c| c.addr).collect()
        }
        Rows::Final(cells) => {
            for (r, c) in cells.iter().enumerate() {
                set(r, c.addr, c.value, 0, 0, c.last, c.img, MAX_TAG);
            }
            cells.iter().map(|c| c.addr).collect()
        }
    };
    for (r, w) in addrs.windows(2).enumerate() {
        let gap = w[1] - w[0] - 1;
        for k in 0..4 {
            t[r][col::GAP + k] = ((gap >> (8 * k)) & 0xff) as u64;
        }
    }
    let last_addr = addrs.last().copied().unwrap_or(0) as u64;
    for row in &mut t[count..] {
        row[col::ADDR] = last_addr;
    }
    // Random last row, so that every constraint has its full degree.
    let mut seed = 0x853c_49e6_748f_ea9bu64 ^ n as u64;
    for v in t[n - 1].iter_mut() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        *v = seed % Felt::MODULUS;
    }
    let cols = (0..WIDTH).map(|c| t.iter().map(|row| Felt::new(row[c])).collect()).collect();
    let mut trace = HandoffTrace { cols, hiding };
    trace.recompute_multiplicities();
    if let Some(seed) = &hiding {
        crate::trace::randomize_rows(&mut trace.cols, seed, "main rows");
    }
    trace
}

impl HandoffTrace {
    /// Counts the byte lookups of the constrained rows into the multiplicity column
    /// (values outside the table, possible only in tampered traces, are not counted).
    pub fn recompute_multiplicities(&mut self) {
        let n = self.len();
        let mut mult = [0u64; BYTE_TABLE_LEN];
        for r in 0..n - self.exempt() {
            for c in col::BYTES {
                if let Some(m) = mult.get_mut(self.cols[c][r].as_int() as usize) {
                    *m += 1;
                }
            }
        }
        for (r, m) in mult.into_iter().enumerate() {
            self.cols[col::MULT][r] = Felt::new(m);
        }
        // Up to the random rows (the last alone in a plain trace).
        for r in BYTE_TABLE_LEN..n - self.exempt() + 1 {
            self.cols[col::MULT][r] = Felt::ZERO;
        }
    }
}

/// The aux columns (hiding ones for a trace with a seed), and the two bus shares
/// (handoff, link) they end at.
pub fn build_aux(main: &ColMatrix<Felt>, inputs: &HandoffInputs, hiding: Option<&Seed>) -> (ColMatrix<Ext>, Ext, Ext) {
    let n = main.num_rows();
    let main_cols: Vec<&[Felt]> = (0..main.num_cols()).map(|c| main.get_column(c)).collect();
    let (mut cols, sum, claim) = running_sums(&main_cols, inputs, n - hiding::exempt_rows(hiding.is_some()));
    match hiding {
        // Random last rows (the plain one's among them) and the mask columns.
        Some(seed) => crate::aux::append_hiding(&mut cols, seed),
        // A random last row, so that every constraint has its full degree.
        None => {
            let mut seed = 0x2545_f491_4f6c_dd1du64;
            for c in cols.iter_mut() {
                let mut coords = [Felt::ZERO; 2];
                for v in coords.iter_mut() {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    *v = Felt::new(seed % Felt::MODULUS);
                }
                c[n - 1] = Ext::new(coords[0], coords[1]);
            }
        }
    }
    (ColMatrix::new(cols), sum, claim)
}

/// The lookup columns of the trace `main` (its columns), running over its first
/// `counted` rows, and the two bus shares (handoff, link) they end at.
fn running_sums(main: &[&[Felt]], inputs: &HandoffInputs, counted: usize) -> (Vec<Vec<Ext>>, Ext, Ext) {
    let n = main[0].len();
    let consts = inputs.consts();
    let (bus, link) = (Rand::new(&inputs.bus), Rand::new(&inputs.link()));
    let mut row = vec![Felt::ZERO; WIDTH];
    let mut nums = Vec::with_capacity(counted * 11);
    let mut dens = Vec::with_capacity(counted * 11);
    for r in 0..counted {
        row.iter_mut().zip(main).for_each(|(v, col)| *v = col[r]);
        let table = [Felt::new((r % BYTE_TABLE_LEN) as u64)];
        for (num, den) in fractions(&row, &table, &bus, &consts).into_iter().chain(link_fractions(&row, &link, &consts))
        {
            nums.push(num);
            dens.push(den);
        }
    }
    let inv = batch_inversion(&dens);
    let mut cols = vec![vec![Ext::ZERO; n]; AUX_WIDTH];
    for r in 0..counted {
        let f = |i: usize| nums[r * 11 + i] * inv[r * 11 + i];
        let helper1 = (4..8).fold(Ext::ZERO, |a, i| a + f(i));
        let helper2 = f(8);
        cols[1][r] = helper1;
        cols[2][r] = helper2;
        cols[BUS_SUM][r + 1] = cols[BUS_SUM][r] + f(0) + f(1) + f(2) + f(3) + helper1 + helper2;
        cols[LINK_SUM][r + 1] = cols[LINK_SUM][r] + f(9) + f(10);
    }
    let (sum, claim) = (cols[BUS_SUM][counted], cols[LINK_SUM][counted]);
    (cols, sum, claim)
}

/// This trace's share of the handoff bus under `bus` (what its proof's `sum` must be):
/// the running sums alone, without the random rows and mask columns of the proof's.
pub fn bus_sum(trace: &HandoffTrace, inputs: &HandoffInputs) -> Ext {
    let main: Vec<&[Felt]> = trace.cols.iter().map(Vec::as_slice).collect();
    running_sums(&main, inputs, trace.len() - trace.exempt()).1
}

/// The shape of a handoff trace of `len` rows.
pub fn trace_info(len: usize, hiding: bool) -> TraceInfo {
    TraceInfo::new_multi_segment(WIDTH, hiding::aux_width(AUX_WIDTH, hiding), NUM_RAND, len, Vec::new())
}

/// The commitment to the trace's LDE that its proof will carry, computed without
/// proving (the run-wide challenges are drawn from these).
pub fn commit(trace: &HandoffTrace, options: &ProofOptions) -> [u8; DIGEST_BYTES] {
    let info = trace_info(trace.len(), trace.hiding.is_some());
    let placeholder = HandoffInputs { role: Role::Final { first: 0, last: 0 }, bus: [Ext::ONE; 2], sum: Ext::ZERO };
    let air = <HandoffAir as winterfell::Air>::new(info.clone(), placeholder, options.clone());
    let domain = StarkDomain::new(&air);
    let main = ColMatrix::new(trace.cols.clone());
    let (lde, _) = zkvm_air::commit::with_salts(trace.hiding, || {
        DefaultTraceLde::<Ext, Hasher, VectorCommit>::new(&info, &main, &domain, options.partition_options())
    });
    digest_bytes(&lde.get_main_trace_commitment())
}

/// A digest as the bytes a proof serialises it to.
pub fn digest_bytes(d: &<Hasher as winterfell::crypto::Hasher>::Digest) -> [u8; DIGEST_BYTES] {
    d.as_bytes()[..DIGEST_BYTES].try_into().expect("a BLAKE3-192 digest")
}

/// Proves the trace with the public `inputs`.
pub fn prove(trace: HandoffTrace, inputs: HandoffInputs, options: ProofOptions) -> Result<Vec<u8>, ProveError> {
    let info = trace_info(trace.len(), trace.hiding.is_some());
    let hiding = trace.hiding;
    let wf = WfTrace { info, main: ColMatrix::new(trace.cols), hiding };
    let prover = HandoffProver { options, inputs: Arc::new(inputs) };
    let proof =
        zkvm_air::commit::with_salts(hiding, || prover.prove(wf)).map_err(|e| ProveError::Prover(e.to_string()))?;
    Ok(proof.to_bytes())
}

struct WfTrace {
    info: TraceInfo,
    main: ColMatrix<Felt>,
    hiding: Option<Seed>,
}

impl Trace for WfTrace {
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
}

struct HandoffProver {
    options: ProofOptions,
    inputs: Arc<HandoffInputs>,
}

impl Prover for HandoffProver {
    type BaseField = Felt;
    type Air = HandoffAir;
    type Trace = WfTrace;
    type HashFn = Hasher;
    type VC = VectorCommit;
    type RandomCoin = RandomCoin;
    type TraceLde<E: FieldElement<BaseField = Felt>> = DefaultTraceLde<E, Hasher, VectorCommit>;
    type ConstraintCommitment<E: FieldElement<BaseField = Felt>> = DefaultConstraintCommitment<E, Hasher, VectorCommit>;
    type ConstraintEvaluator<'a, E: FieldElement<BaseField = Felt>> = DefaultConstraintEvaluator<'a, HandoffAir, E>;

    fn get_pub_inputs(&self, _trace: &WfTrace) -> HandoffInputs {
        *self.inputs
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
        air: &'a HandoffAir,
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
        main_trace: &WfTrace,
        _aux_rand_elements: &AuxRandElements<E>,
    ) -> ColMatrix<E> {
        let (aux, _, _) = build_aux(&main_trace.main, &self.inputs, main_trace.hiding.as_ref());
        // The proof's extension field is the quadratic one (`proof_options`).
        let cols = (0..aux.num_cols())
            .map(|c| aux.get_column(c).iter().map(|&e| E::slice_from_base_elements(&e.to_base_elements())[0]).collect())
            .collect();
        ColMatrix::new(cols)
    }
}
