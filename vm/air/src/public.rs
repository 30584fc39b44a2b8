//! Public inputs: everything the verifier knows. The AIR rebuilds the ROM and the
//! initial memory image from the program itself, so a proof is bound to the program's
//! code and data, not just to a claimed hash. A segment of a segmented proof adds its
//! boundaries ([`SegmentInputs`]).

use std::sync::Arc;

use isa_spec::Program;
use winterfell::math::{FieldElement, ToElements, batch_inversion, fields::f64::BaseElement as Felt};

use crate::lookups::{Rand, TAG_EXIT, TAG_JOURNAL, TAG_MEM, den};
use crate::segment::SegmentInputs;

/// The public statement: program, journal and exit code; for one segment of a
/// segmented proof, also where the segment starts and ends.
#[derive(Clone, Debug)]
pub struct PublicInputs {
    pub program: Arc<Program>,
    pub program_id: [u8; 32],
    pub journal: Vec<u8>,
    pub exit_code: u32,
    pub segment: Option<SegmentInputs>,
}

impl PublicInputs {
    pub fn new(program: Arc<Program>, journal: Vec<u8>, exit_code: u32) -> Self {
        let program_id = program.program_id().0;
        PublicInputs { program, program_id, journal, exit_code, segment: None }
    }

    /// The inputs of one segment of a segmented proof of the same statement.
    pub fn for_segment(&self, segment: SegmentInputs) -> Self {
        PublicInputs { segment: Some(segment), ..self.clone() }
    }

    /// Cycles run before this trace's first row.
    pub fn cycles_before(&self) -> u64 {
        self.segment.map_or(0, |s| s.cycles_before)
    }

    /// The verifier's own terms of the LogUp sum: the initial image enters memory, the
    /// journal bytes and the exit code leave through their buses. The trace's running
    /// sum must end at the negation of this. A segment's memory enters and leaves
    /// through its handoff proof instead, it commits its own stretch of the journal,
    /// and only the last segment halts.
    pub fn public_sum<E: FieldElement<BaseField = Felt>>(&self, rand: &Rand<E>) -> E {
        let image = if self.segment.is_none() { self.program.initial_cells() } else { Vec::new() };
        let journal = match self.segment {
            Some(s) => s.start.journal_len as usize..s.end.journal_len as usize,
            None => 0..self.journal.len(),
        };
        let halts = self.segment.is_none_or(|s| s.last);
        let mut dens = Vec::with_capacity(image.len() + journal.len() + 1);
        let f = |v: u64| Felt::new(v);
        for &(addr, value) in &image {
            dens.push(den::<Felt, E>(
                rand,
                TAG_MEM,
                &[f(addr as u64), f(value & 0xffff_ffff), f(value >> 32), Felt::ZERO],
            ));
        }
        for j in journal {
            let byte = self.journal.get(j).copied().unwrap_or_default();
            dens.push(den::<Felt, E>(rand, TAG_JOURNAL, &[f(j as u64), f(byte as u64)]));
        }
        if halts {
            dens.push(den::<Felt, E>(rand, TAG_EXIT, &[f(self.exit_code as u64)]));
        }
        let inv = batch_inversion(&dens);
        let (img, rest) = inv.split_at(image.len());
        img.iter().fold(E::ZERO, |a, &x| a + x) - rest.iter().fold(E::ZERO, |a, &x| a + x)
    }
}

impl ToElements<Felt> for PublicInputs {
    /// Seeds Fiat-Shamir with the program ID, exit code and journal.
    fn to_elements(&self) -> Vec<Felt> {
        let mut out: Vec<Felt> =
            self.program_id.chunks(4).map(|c| Felt::new(u32::from_le_bytes(c.try_into().unwrap()) as u64)).collect();
        out.push(Felt::new(self.exit_code as u64));
        out.push(Felt::new(self.journal.len() as u64));
        crate::segment::push_bytes(&self.journal, &mut out);
        if let Some(segment) = &self.segment {
            segment.push_elements(&mut out);
        }
        out
    }
}
