//! The limit: a trivial AIR with the shape of ours (main width, aux width, height) proved
//! with the same options, hash and commitment. Its constraints are degree 1 (a counter in
//! one main and one aux column), so its prove time is what Winterfell needs for the trace
//! LDE, the commitments and FRI alone; ours divided by it is what our constraints, aux
//! trace and periodic columns add.

use std::time::{Duration, Instant};

use winterfell::math::{ExtensionOf, FieldElement, ToElements, fields::f64::BaseElement as Felt};
use winterfell::matrix::ColMatrix;
use winterfell::{
    Air, AirContext, Assertion, AuxRandElements, CompositionPoly, CompositionPolyTrace,
    ConstraintCompositionCoefficients, DefaultConstraintCommitment, DefaultConstraintEvaluator, DefaultTraceLde,
    EvaluationFrame, PartitionOptions, Proof, ProofOptions, Prover, StarkDomain, Trace, TraceInfo, TracePolyTable,
    TransitionConstraintDegree,
};
use zkvm_air::{Hasher, RandomCoin, VectorCommit};

/// Random elements drawn for the aux segment (as many as our AIR draws).
const NUM_RAND: usize = zkvm_air::lookups::NUM_RAND;

/// The bare AIR has no public inputs.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoInputs;

impl ToElements<Felt> for NoInputs {
    fn to_elements(&self) -> Vec<Felt> {
        Vec::new()
    }
}

/// Main column 0 counts rows (`c' = c + 1`); aux column 0 adds the first random element
/// each row. All other columns are unconstrained pseudo-random values.
pub struct BareAir {
    context: AirContext<Felt>,
}

impl Air for BareAir {
    type BaseField = Felt;
    type PublicInputs = NoInputs;

    fn new(trace_info: TraceInfo, _: NoInputs, options: ProofOptions) -> Self {
        let degree = || vec![TransitionConstraintDegree::new(1)];
        BareAir { context: AirContext::new_multi_segment(trace_info, degree(), degree(), 1, 1, options) }
    }

    fn context(&self) -> &AirContext<Felt> {
        &self.context
    }

    fn evaluate_transition<E: FieldElement<BaseField = Felt>>(
        &self,
        frame: &EvaluationFrame<E>,
        _: &[E],
        result: &mut [E],
    ) {
        result[0] = frame.next()[0] - frame.current()[0] - E::ONE;
    }

    fn evaluate_aux_transition<F, E>(
        &self,
        _: &EvaluationFrame<F>,
        aux_frame: &EvaluationFrame<E>,
        _: &[F],
        aux_rand_elements: &AuxRandElements<E>,
        result: &mut [E],
    ) where
        F: FieldElement<BaseField = Felt>,
        E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
    {
        result[0] = aux_frame.next()[0] - aux_frame.current()[0] - aux_rand_elements.rand_elements()[0];
    }

    fn get_assertions(&self) -> Vec<Assertion<Felt>> {
        vec![Assertion::single(0, 0, Felt::ZERO)]
    }

    fn get_aux_assertions<E: FieldElement<BaseField = Felt>>(&self, _: &AuxRandElements<E>) -> Vec<Assertion<E>> {
        vec![Assertion::single(0, 0, E::ZERO)]
    }
}

/// The main segment of the bare trace.
pub struct BareTrace {
    info: TraceInfo,
    main: ColMatrix<Felt>,
}

impl BareTrace {
    /// A trace of `main_width` base and `aux_width` extension columns, `height` rows.
    pub fn new(main_width: usize, aux_width: usize, height: usize) -> Self {
        let mut cols = vec![(0..height as u64).map(Felt::new).collect::<Vec<_>>()];
        cols.extend((1..main_width).map(|c| (0..height).map(|r| noise(c, r)).collect()));
        BareTrace {
            info: TraceInfo::new_multi_segment(main_width, aux_width, NUM_RAND, height, Vec::new()),
            main: ColMatrix::new(cols),
        }
    }
}

/// A pseudo-random field element for cell (`col`, `row`) (splitmix64), so that no
/// column is cheaper to hash or extend than a real one.
fn noise(col: usize, row: usize) -> Felt {
    let mut z = ((col as u64) << 40 ^ row as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    Felt::new(z ^ (z >> 31))
}

impl Trace for BareTrace {
    type BaseField = Felt;

    fn info(&self) -> &TraceInfo {
        &self.info
    }

    fn main_segment(&self) -> &ColMatrix<Felt> {
        &self.main
    }

    fn read_main_frame(&self, row_idx: usize, frame: &mut EvaluationFrame<Felt>) {
        let next = (row_idx + 1) % self.main.num_rows();
        self.main.read_row_into(row_idx, frame.current_mut());
        self.main.read_row_into(next, frame.next_mut());
    }
}

/// Proves a [`BareTrace`] with our proof options.
pub struct BareProver {
    options: ProofOptions,
}

impl BareProver {
    pub fn new() -> Self {
        BareProver { options: zkvm_air::proof_options(zkvm_air::ProofProfile::Fast) }
    }
}

impl Prover for BareProver {
    type BaseField = Felt;
    type Air = BareAir;
    type Trace = BareTrace;
    type HashFn = Hasher;
    type VC = VectorCommit;
    type RandomCoin = RandomCoin;
    type TraceLde<E: FieldElement<BaseField = Felt>> = DefaultTraceLde<E, Hasher, VectorCommit>;
    type ConstraintCommitment<E: FieldElement<BaseField = Felt>> = DefaultConstraintCommitment<E, Hasher, VectorCommit>;
    type ConstraintEvaluator<'a, E: FieldElement<BaseField = Felt>> = DefaultConstraintEvaluator<'a, BareAir, E>;

    fn get_pub_inputs(&self, _: &BareTrace) -> NoInputs {
        NoInputs
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
        air: &'a BareAir,
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

    /// Column 0 accumulates the first random element; the others are random extension
    /// elements built from main-trace noise.
    fn build_aux_trace<E: FieldElement<BaseField = Felt>>(
        &self,
        trace: &BareTrace,
        aux_rand_elements: &AuxRandElements<E>,
    ) -> ColMatrix<E> {
        let rand = aux_rand_elements.rand_elements();
        let height = trace.main.num_rows();
        let width = trace.info.aux_segment_width();
        let mut sum = E::ZERO;
        let mut cols = vec![
            (0..height)
                .map(|_| {
                    let v = sum;
                    sum += rand[0];
                    v
                })
                .collect::<Vec<E>>(),
        ];
        cols.extend((1..width).map(|c| {
            (0..height).map(|r| rand[1] * E::from(noise(c + 1000, r)) + E::from(noise(c + 2000, r))).collect()
        }));
        ColMatrix::new(cols)
    }
}

/// Proves a bare trace of this shape; returns the prove time (trace building excluded)
/// and the proof.
pub fn prove(main_width: usize, aux_width: usize, height: usize) -> anyhow::Result<(Duration, Proof)> {
    let trace = BareTrace::new(main_width, aux_width, height);
    let start = Instant::now();
    let proof = BareProver::new().prove(trace).map_err(|e| anyhow::anyhow!("bare prover: {e}"))?;
    Ok((start.elapsed(), proof))
}

#[cfg(test)]
mod tests {
    use winterfell::AcceptableOptions;

    use super::*;

    #[test]
    fn bare_proof_verifies() {
        let (_, proof) = prove(8, 2, 256).unwrap();
        let acceptable = AcceptableOptions::MinConjecturedSecurity(zkvm_air::MIN_SECURITY_BITS);
        winterfell::verify::<BareAir, Hasher, RandomCoin, VectorCommit>(proof, NoInputs, &acceptable).unwrap();
    }
}
