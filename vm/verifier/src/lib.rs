//! The zkvm verifier: checks a [`ProofFile`] against the program the verifier holds
//! and returns the proven statement (journal, exit code). It never panics on malformed
//! input: the proof file is parsed strictly, the proof is decoded with every count
//! bounded by the bytes present (`bounded.rs`), its shape is checked before Winterfell
//! verifies it, and any panic inside Winterfell's deserialiser or verifier is
//! turned into an error.

mod bounded;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use isa_spec::{Program, ProgramId};
use winterfell::{AcceptableOptions, FieldExtension, Proof};
use zkvm_air::lookups::{AUX_WIDTH, NUM_RAND};
use zkvm_air::{Hasher, MIN_SECURITY_BITS, PublicInputs, RandomCoin, VectorCommit, ZkvmAir};

pub use zkvm_air::{ProofFile, ProofFileError, proof_options};

/// What a valid proof establishes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub program_id: ProgramId,
    pub journal: Vec<u8>,
    pub exit_code: u32,
    /// Conjectured security of the proof, in bits.
    pub security_bits: u32,
}

/// Why a proof was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the proof is for program {proof}, not for this program ({program})")]
    WrongProgram { proof: String, program: String },
    #[error("invalid program: {0}")]
    BadProgram(String),
    #[error("malformed proof: {0}")]
    Malformed(String),
    #[error("proof options too weak: {0}")]
    WeakOptions(String),
    #[error("proof rejected: {0}")]
    Rejected(String),
}

/// Verifies `proof` for `program`.
pub fn verify(program: &Program, proof: &ProofFile) -> Result<Statement, VerifyError> {
    program.validate().map_err(|e| VerifyError::BadProgram(e.to_string()))?;
    let id = program.program_id();
    if proof.program_id != id {
        return Err(VerifyError::WrongProgram { proof: proof.program_id.to_string(), program: id.to_string() });
    }
    let stark = catch_unwind(|| bounded::decode(&proof.proof))
        .map_err(|_| VerifyError::Malformed("undecodable STARK proof".into()))?
        .map_err(|e| VerifyError::Malformed(format!("undecodable STARK proof: {e}")))?;
    check_shape(program, &stark)?;
    let security_bits = stark.conjectured_security::<Hasher>().bits();
    if security_bits < MIN_SECURITY_BITS {
        return Err(VerifyError::WeakOptions(format!(
            "{security_bits} bits of conjectured security, at least {MIN_SECURITY_BITS} required"
        )));
    }
    let pub_inputs = PublicInputs::new(Arc::new(program.clone()), proof.journal.clone(), proof.exit_code);
    let acceptable = AcceptableOptions::MinConjecturedSecurity(MIN_SECURITY_BITS);
    let result = catch_unwind(AssertUnwindSafe(|| {
        winterfell::verify::<ZkvmAir, Hasher, RandomCoin, VectorCommit>(stark, pub_inputs, &acceptable)
    }))
    .map_err(|_| VerifyError::Malformed("the verifier could not process the proof".into()))?;
    result.map_err(|e| VerifyError::Rejected(e.to_string()))?;
    Ok(Statement { program_id: id, journal: proof.journal.clone(), exit_code: proof.exit_code, security_bits })
}

/// Rejects proofs whose trace shape or options this AIR cannot have produced, before
/// Winterfell builds the AIR from them.
fn check_shape(program: &Program, proof: &Proof) -> Result<(), VerifyError> {
    let info = proof.trace_info();
    let bad = |m: String| Err(VerifyError::Malformed(m));
    if info.main_trace_width() != zkvm_air::columns::WIDTH
        || info.aux_segment_width() != AUX_WIDTH
        || info.get_num_aux_segment_rand_elements() != NUM_RAND
    {
        return bad(format!(
            "trace shape {}+{} columns does not match this AIR",
            info.main_trace_width(),
            info.aux_segment_width()
        ));
    }
    let len = info.length();
    let min = zkvm_air::tables::min_trace_len(program.code.len());
    if len < min || len > zkvm_air::MAX_TRACE_LEN {
        return bad(format!("trace length {len} outside [{min}, {}]", zkvm_air::MAX_TRACE_LEN));
    }
    let options = proof.options();
    if options.blowup_factor() < zkvm_air::options::BLOWUP {
        return Err(VerifyError::WeakOptions(format!(
            "blowup factor {} is below the {} the constraints need",
            options.blowup_factor(),
            zkvm_air::options::BLOWUP
        )));
    }
    if options.field_extension() != FieldExtension::Quadratic && options.field_extension() != FieldExtension::Cubic {
        return Err(VerifyError::WeakOptions("no field extension".into()));
    }
    Ok(())
}
