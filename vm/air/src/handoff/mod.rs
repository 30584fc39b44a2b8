//! The handoff AIR: the memory boundary of a segmented proof, proven apart from the
//! execution traces so that it can be committed before the run-wide challenges exist
//! (`isa-spec/ISA.md`, "Segments"). One trace is one table of memory cells, addresses
//! strictly increasing, in one of two roles:
//!
//! - **segment** `k`: the cells segment `k` accessed. Each row closes one memory chain
//!   of the segment's execution trace on the *link* bus (challenges drawn by that
//!   trace's own proof): it starts the chain at `(addr, in, 0)` and ends it at
//!   `(addr, out, time)`. On the run-wide *handoff* bus it takes the value `in` that
//!   segment `prev < k + 1` left and leaves `out` with the segment's tag `k + 1`.
//! - **final**: a stretch of the run's final memory, every cell once, chained across
//!   proofs by address. Each row starts the cell's history at zero (or, for a cell of
//!   the initial image, lets the verifier's image entry do so) and takes the value the
//!   last segment left.
//!
//! Bus sums: the handoff bus's share of this trace is the public `sum` (the verifier
//! checks that the shares and the image add to zero); the link sum is the public
//! `claim` the execution proof left open.

pub mod columns;
pub mod constraints;

use winterfell::math::{ExtensionOf, FieldElement, ToElements, fields::f64::BaseElement as Felt};
use winterfell::{Air, AirContext, Assertion, AuxRandElements, EvaluationFrame, ProofOptions, TraceInfo};

use crate::hiding;
use crate::segment::{Ext, ext_elements};

pub use constraints::{
    AUX_WIDTH, BUS_SUM, BYTE_TABLE_LEN, LINK_SUM, NUM_FRACTIONS, NUM_RAND, fractions, image_sum, link_fractions,
};

/// What a handoff trace is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The memory boundary of segment `index`, whose execution proof drew the link
    /// challenges `link` and left `claim` open.
    Segment { index: u32, link: [Ext; 2], claim: Ext },
    /// A stretch of the final memory table, from address `first` to `last`.
    Final { first: u32, last: u32 },
}

/// The public inputs of a handoff proof.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandoffInputs {
    pub role: Role,
    /// The run-wide challenges (alpha, beta) of the handoff bus.
    pub bus: [Ext; 2],
    /// This trace's share of the handoff bus.
    pub sum: Ext,
}

/// The per-role constants the constraints use.
#[derive(Clone, Copy, Debug)]
pub struct RoleConsts {
    /// Bound of `prev`: the largest tag a cell may come from.
    pub top: Felt,
    /// Tag of the values the rows leave on the handoff bus.
    pub tag_out: Felt,
    /// 1 when the rows leave their `out` value (segments), 0 when they leave zero.
    pub keeps_out: Felt,
    /// 1 when `img` rows leave nothing (final), 0 when `img` means nothing.
    pub honours_img: Felt,
    /// 1 when the rows close memory chains on the link bus (segments).
    pub links: Felt,
}

impl HandoffInputs {
    pub fn consts(&self) -> RoleConsts {
        let f = |v: u64| Felt::new(v);
        match self.role {
            Role::Segment { index, .. } => RoleConsts {
                top: f(index as u64),
                tag_out: f(index as u64 + 1),
                keeps_out: Felt::ONE,
                honours_img: Felt::ZERO,
                links: Felt::ONE,
            },
            Role::Final { .. } => RoleConsts {
                top: f(MAX_TAG as u64),
                tag_out: Felt::ZERO,
                keeps_out: Felt::ZERO,
                honours_img: Felt::ONE,
                links: Felt::ZERO,
            },
        }
    }

    /// Challenges of the link bus (the final role has no link; its fractions vanish,
    /// and any challenges serve).
    pub fn link(&self) -> [Ext; 2] {
        match self.role {
            Role::Segment { link, .. } => link,
            Role::Final { .. } => self.bus,
        }
    }

    /// What the link bus must sum to.
    pub fn claim(&self) -> Ext {
        match self.role {
            Role::Segment { claim, .. } => claim,
            Role::Final { .. } => Ext::ZERO,
        }
    }
}

/// The largest segment tag (segments are numbered below it): `prev` gaps are two bytes.
pub const MAX_TAG: u32 = 0xffff;

impl ToElements<Felt> for HandoffInputs {
    fn to_elements(&self) -> Vec<Felt> {
        let mut out = Vec::new();
        match self.role {
            Role::Segment { index, link, claim } => {
                out.extend([Felt::ONE, Felt::new(index as u64)]);
                link.iter().for_each(|&e| out.extend(ext_elements(e)));
                out.extend(ext_elements(claim));
            }
            Role::Final { first, last } => out.extend([Felt::new(2), Felt::new(first as u64), Felt::new(last as u64)]),
        }
        self.bus.iter().for_each(|&e| out.extend(ext_elements(e)));
        out.extend(ext_elements(self.sum));
        out
    }
}

/// The handoff AIR.
pub struct HandoffAir {
    context: AirContext<Felt>,
    inputs: HandoffInputs,
    consts: RoleConsts,
    /// Whether the trace is hiding ([`hiding`]).
    hiding: bool,
}

impl HandoffAir {
    pub fn inputs(&self) -> &HandoffInputs {
        &self.inputs
    }

    /// Whether a trace of this shape is hiding: `None` when its aux width is neither a
    /// plain nor a hiding trace's.
    pub fn hiding_of(info: &TraceInfo) -> Option<bool> {
        hiding::is_hiding(info.aux_segment_width(), AUX_WIDTH)
    }

    /// Row of the last constrained "next" row, where the final assertions sit.
    pub fn last_row(&self) -> usize {
        self.trace_length() - hiding::exempt_rows(self.hiding)
    }

    fn main_assertions(inputs: &HandoffInputs, n: usize, hiding: bool) -> Vec<Assertion<Felt>> {
        let last = n - hiding::exempt_rows(hiding);
        let mut out = vec![Assertion::single(columns::ACT, last, Felt::ZERO)];
        if let Role::Final { first, last: last_addr } = inputs.role {
            out.push(Assertion::single(columns::ACT, 0, Felt::ONE));
            out.push(Assertion::single(columns::ADDR, 0, Felt::new(first as u64)));
            out.push(Assertion::single(columns::ADDR, last, Felt::new(last_addr as u64)));
        }
        out
    }
}

/// An extension element of the proof's field from the public coordinates (handoff
/// proofs use the quadratic extension, which the verifier checks first).
fn ext<E: FieldElement<BaseField = Felt>>(e: Ext) -> E {
    let coords = ext_elements(e);
    if E::EXTENSION_DEGREE == 2 { E::slice_from_base_elements(&coords)[0] } else { E::from(coords[0]) }
}

impl Air for HandoffAir {
    type BaseField = Felt;
    type PublicInputs = HandoffInputs;

    /// Panics on a trace whose aux width is neither a plain nor a hiding one (the
    /// verifier checks the shape first).
    fn new(trace_info: TraceInfo, inputs: HandoffInputs, options: ProofOptions) -> Self {
        let hiding = Self::hiding_of(&trace_info).expect("the aux width of a plain or hiding trace");
        let n = trace_info.length();
        let main_assertions = Self::main_assertions(&inputs, n, hiding).len();
        let mut aux_degrees = constraints::aux_degrees();
        if hiding {
            aux_degrees.extend(hiding::aux_degrees());
        }
        let context = AirContext::new_multi_segment(
            trace_info,
            constraints::main_degrees(),
            aux_degrees,
            main_assertions,
            4,
            options,
        )
        .set_num_transition_exemptions(hiding::exempt_rows(hiding));
        HandoffAir { context, consts: inputs.consts(), inputs, hiding }
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
        constraints::evaluate(frame.current(), frame.next(), E::from(self.consts.top), result);
    }

    fn evaluate_aux_transition<F, E>(
        &self,
        main_frame: &EvaluationFrame<F>,
        aux_frame: &EvaluationFrame<E>,
        periodic_values: &[F],
        _aux_rand_elements: &AuxRandElements<E>,
        result: &mut [E],
    ) where
        F: FieldElement<BaseField = Felt>,
        E: FieldElement<BaseField = Felt> + ExtensionOf<F>,
    {
        let bus = self.inputs.bus.map(ext::<E>);
        let link = self.inputs.link().map(ext::<E>);
        constraints::evaluate_aux(
            main_frame.current(),
            aux_frame.current(),
            aux_frame.next(),
            periodic_values,
            &bus,
            &link,
            &self.consts,
            result,
        );
        if self.hiding {
            // One constraint per aux column, then the masks'.
            hiding::evaluate(&aux_frame.current()[AUX_WIDTH..], &mut result[AUX_WIDTH..]);
        }
    }

    fn get_assertions(&self) -> Vec<Assertion<Felt>> {
        Self::main_assertions(&self.inputs, self.trace_length(), self.hiding)
    }

    fn get_aux_assertions<E: FieldElement<BaseField = Felt>>(&self, _rand: &AuxRandElements<E>) -> Vec<Assertion<E>> {
        let last = self.last_row();
        vec![
            Assertion::single(constraints::BUS_SUM, 0, E::ZERO),
            Assertion::single(constraints::BUS_SUM, last, ext(self.inputs.sum)),
            Assertion::single(constraints::LINK_SUM, 0, E::ZERO),
            Assertion::single(constraints::LINK_SUM, last, ext(self.inputs.claim())),
        ]
    }

    fn get_periodic_column_values(&self) -> Vec<Vec<Felt>> {
        vec![(0..BYTE_TABLE_LEN as u64).map(Felt::new).collect()]
    }
}
