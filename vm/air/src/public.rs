//! Public inputs: everything the verifier knows. The AIR rebuilds the ROM and the
//! initial memory image from the program itself, so a proof is bound to the program's
//! code and data, not just to a claimed hash.

use std::sync::Arc;

use isa_spec::Program;
use winterfell::math::{FieldElement, ToElements, batch_inversion, fields::f64::BaseElement as Felt};

use crate::lookups::{Rand, TAG_EXIT, TAG_JOURNAL, TAG_MEM, den};

/// The public statement: program, journal and exit code.
#[derive(Clone, Debug)]
pub struct PublicInputs {
    pub program: Arc<Program>,
    pub program_id: [u8; 32],
    pub journal: Vec<u8>,
    pub exit_code: u32,
}

impl PublicInputs {
    pub fn new(program: Arc<Program>, journal: Vec<u8>, exit_code: u32) -> Self {
        let program_id = program.program_id().0;
        PublicInputs { program, program_id, journal, exit_code }
    }

    /// The verifier's own terms of the LogUp sum: the initial image enters memory, the
    /// journal bytes and the exit code leave through their buses. The trace's running
    /// sum must end at the negation of this.
    pub fn public_sum<E: FieldElement<BaseField = Felt>>(&self, rand: &Rand<E>) -> E {
        let image = self.program.initial_cells();
        let mut dens = Vec::with_capacity(image.len() + self.journal.len() + 1);
        let f = |v: u64| Felt::new(v);
        for &(addr, value) in &image {
            dens.push(den::<Felt, E>(
                rand,
                TAG_MEM,
                &[f(addr as u64), f(value & 0xffff_ffff), f(value >> 32), Felt::ZERO],
            ));
        }
        for (j, &byte) in self.journal.iter().enumerate() {
            dens.push(den::<Felt, E>(rand, TAG_JOURNAL, &[f(j as u64), f(byte as u64)]));
        }
        dens.push(den::<Felt, E>(rand, TAG_EXIT, &[f(self.exit_code as u64)]));
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
        for chunk in self.journal.chunks(4) {
            let mut w = [0u8; 4];
            w[..chunk.len()].copy_from_slice(chunk);
            out.push(Felt::new(u32::from_le_bytes(w) as u64));
        }
        out
    }
}
