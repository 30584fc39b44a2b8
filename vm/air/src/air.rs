//! The Winterfell `Air` implementation: wires the column layout, the constraint code
//! and the LogUp buses into one AIR.

use winterfell::math::{ExtensionOf, FieldElement, fields::f64::BaseElement as Felt};
use winterfell::{
    Air, AirContext, Assertion, AuxRandElements, EvaluationFrame, ProofOptions, TraceInfo, TransitionConstraintDegree,
};

use crate::columns::{decoder, io, memory};
use crate::constraints::{self, Sink};
use crate::hiding;
use crate::lookups::{self, Rand};
use crate::public::PublicInputs;
use crate::tables;

/// The zkvm AIR.
pub struct ZkvmAir {
    context: AirContext<Felt>,
    pub_inputs: PublicInputs,
    /// The program ROM's periodic columns (the byte table's follow them).
    rom: Vec<Vec<Felt>>,
    /// `1/(n-e)`: the share of the claim each constrained row adds to the running sum.
    claim_share: Felt,
    /// Whether the trace is hiding (random rows and mask columns, [`hiding`]).
    hiding: bool,
}

impl ZkvmAir {
    pub fn public_inputs(&self) -> &PublicInputs {
        &self.pub_inputs
    }

    /// Row of the last constrained "next" row, where the final assertions sit.
    pub fn last_row(&self) -> usize {
        self.trace_length() - hiding::exempt_rows(self.hiding)
    }

    pub fn is_hiding(&self) -> bool {
        self.hiding
    }

    /// Whether a trace of this shape is hiding: `None` when its aux width is neither a
    /// plain nor a hiding trace's.
    pub fn hiding_of(info: &TraceInfo) -> Option<bool> {
        hiding::is_hiding(info.aux_segment_width(), lookups::AUX_WIDTH)
    }
}

impl ZkvmAir {
    /// The main-trace assertions: the first row is the start state, the last
    /// constrained row the end state. A single trace starts at the program's entry and
    /// halts; a segment starts where its predecessor ended, and either halts (the last
    /// segment) or runs every row and ends at the state the next one starts from. A
    /// segment's memory comes from its handoff proof, so its final-memory table is empty.
    fn assertions(p: &PublicInputs, n: usize, hiding: bool) -> Vec<Assertion<Felt>> {
        let last = n - hiding::exempt_rows(hiding);
        let f = |v: u64| Felt::new(v);
        let Some(s) = p.segment else {
            return vec![
                Assertion::single(decoder::PC, 0, f(p.program.entry as u64)),
                Assertion::single(decoder::FP, 0, f(isa_spec::layout::STACK_BASE as u64)),
                Assertion::single(decoder::CLK, 0, Felt::ZERO),
                Assertion::single(decoder::PAD, 0, Felt::ZERO),
                Assertion::single(io::JIDX, 0, Felt::ZERO),
                Assertion::single(io::EOF, 0, Felt::ZERO),
                Assertion::single(decoder::PAD, last, Felt::ONE),
                Assertion::single(io::JIDX, last, f(p.journal.len() as u64)),
            ];
        };
        let mut out = vec![
            Assertion::single(decoder::PC, 0, f(s.start.pc as u64)),
            Assertion::single(decoder::FP, 0, f(s.start.fp as u64)),
            Assertion::single(decoder::CLK, 0, Felt::ZERO),
            Assertion::single(decoder::PAD, 0, Felt::ZERO),
            Assertion::single(io::JIDX, 0, f(s.start.journal_len as u64)),
            Assertion::single(io::EOF, 0, f(s.start.eof as u64)),
            Assertion::single(memory::FM_ACT, 0, Felt::ZERO),
            Assertion::single(decoder::PAD, last, f(s.last as u64)),
            Assertion::single(io::JIDX, last, f(s.end.journal_len as u64)),
            Assertion::single(io::EOF, last, f(s.end.eof as u64)),
        ];
        if !s.last {
            out.push(Assertion::single(decoder::PC, last, f(s.end.pc as u64)));
            out.push(Assertion::single(decoder::FP, last, f(s.end.fp as u64)));
        }
        out
    }
}

impl Air for ZkvmAir {
    type BaseField = Felt;
    type PublicInputs = PublicInputs;

    /// Panics on a trace whose aux width is neither a plain nor a hiding one (the
    /// verifier checks the shape first).
    fn new(trace_info: TraceInfo, pub_inputs: PublicInputs, options: ProofOptions) -> Self {
        let hiding = Self::hiding_of(&trace_info).expect("the aux width of a plain or hiding trace");
        let main_degrees = constraints::degrees().into_iter().map(TransitionConstraintDegree::new).collect();
        let rom_period = tables::rom_period(pub_inputs.program.code.len());
        let mut aux_degrees = lookups::aux_degrees(rom_period);
        if hiding {
            aux_degrees.extend(hiding::aux_degrees());
        }
        let num_aux_assertions = if pub_inputs.segment.is_some() { 2 } else { 3 };
        let num_assertions = Self::assertions(&pub_inputs, trace_info.length(), hiding).len();
        let context = AirContext::new_multi_segment(
            trace_info.clone(),
            main_degrees,
            aux_degrees,
            num_assertions,
            num_aux_assertions,
            options,
        )
        .set_num_transition_exemptions(hiding::exempt_rows(hiding));
        let rom = tables::rom_columns(&pub_inputs.program);
        let claim_share = lookups::claim_share(trace_info.length(), hiding::exempt_rows(hiding));
        ZkvmAir { context, pub_inputs, rom, claim_share, hiding }
    }

    fn context(&self) -> &AirContext<Felt> {
        &self.context
    }

    fn evaluate_transition<E: FieldElement<BaseField = Felt>>(
        &self,
        frame: &EvaluationFrame<E>,
        _periodic_values: &[E],
        result: &mut [E],
    ) {
        let clk_base = E::from(Felt::new(self.pub_inputs.cycles_before()));
        constraints::evaluate(frame.current(), frame.next(), clk_base, &mut Sink::new(result));
    }

    fn evaluate_aux_transition<F, E>(
        &self,
        main_frame: &EvaluationFrame<F>,
        aux_frame: &EvaluationFrame<E>,
        periodic_values: &[F],
        aux_rand_elements: &AuxRandElements<E>,
        result: &mut [E],
    ) where
        F: FieldElement<BaseField = Felt>,
        E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
    {
        let rand = Rand::new(aux_rand_elements.rand_elements());
        lookups::evaluate_aux(
            main_frame.current(),
            aux_frame.current(),
            aux_frame.next(),
            periodic_values,
            &rand,
            self.claim_share,
            result,
        );
        if self.hiding {
            // One lookup constraint per aux column, then the masks'.
            let base = lookups::AUX_WIDTH;
            hiding::evaluate(&aux_frame.current()[base..], &mut result[base..]);
        }
    }

    fn get_assertions(&self) -> Vec<Assertion<Felt>> {
        Self::assertions(&self.pub_inputs, self.trace_length(), self.hiding)
    }

    /// The running sum starts at zero and ends at minus the verifier's own terms; a
    /// single trace's claim is zero, a segment's is what its handoff proof must match.
    fn get_aux_assertions<E: FieldElement<BaseField = Felt>>(
        &self,
        aux_rand_elements: &AuxRandElements<E>,
    ) -> Vec<Assertion<E>> {
        let rand = Rand::new(aux_rand_elements.rand_elements());
        let total = -self.pub_inputs.public_sum(&rand);
        let mut out = vec![Assertion::single(0, 0, E::ZERO), Assertion::single(0, self.last_row(), total)];
        if self.pub_inputs.segment.is_none() {
            out.push(Assertion::single(lookups::CLAIM, 0, E::ZERO));
        }
        out
    }

    fn get_periodic_column_values(&self) -> Vec<Vec<Felt>> {
        let mut columns = self.rom.clone();
        columns.extend(tables::byte_table());
        columns
    }

    /// As Winterfell's default, but with the byte table's polynomials from build time:
    /// interpolating them was most of a verifier's work.
    fn get_periodic_column_polys(&self) -> Vec<Vec<Felt>> {
        let mut polys = tables::interpolate_columns(&self.rom);
        polys.extend(tables::byte_table_polys());
        polys
    }
}
