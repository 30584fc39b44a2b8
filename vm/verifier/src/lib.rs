//! The zkvm verifier: checks a [`ProofFile`] against the program the verifier holds
//! ([`verify`]) or against a program ID alone ([`verify_by_id`]: the file must carry the
//! program's image, which must hash to the ID), and returns the proven statement
//! (journal, exit code). A dev-mode receipt is refused by both. It never panics on malformed
//! input: the proof file is parsed strictly, the proof's shape and byte layout are
//! checked before Winterfell sees it (see [`layout`]), and any panic left inside
//! Winterfell's deserialiser or verifier is turned into an error.

mod layout;
mod segments;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use isa_spec::{Program, ProgramId};
use winterfell::{AcceptableOptions, FieldExtension, Proof};
use zkvm_air::lookups::{AUX_WIDTH, NUM_RAND};
use zkvm_air::{Hasher, MIN_SECURITY_BITS, PublicInputs, RandomCoin, VectorCommit, ZkvmAir};

pub use zkvm_air::{FinalProof, ProofBody, ProofFile, ProofFileError, SegmentProof, Segments, proof_options};

/// What a valid proof establishes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub program_id: ProgramId,
    pub journal: Vec<u8>,
    pub exit_code: u32,
    /// Conjectured security of the proof, in bits (the least of its parts).
    pub security_bits: u32,
    /// Segments the run was proven in (1 for a single trace).
    pub segments: usize,
    /// Whether every part of the proof is hiding (zero knowledge, `docs/security.md`).
    pub hiding: bool,
}

/// Why a proof was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the proof is for program {proof}, not for the expected program {program}")]
    WrongProgram { proof: String, program: String },
    #[error(
        "an unproven dev-mode receipt is not a proof: it was made by executing without proving, and no verifier accepts it"
    )]
    DevMode,
    #[error(
        "the proof file does not carry its program, so it cannot be verified by ID alone: verify it with the \
         program's .zkbin, or prove with --embed-program (ProveOptions::embed_program)"
    )]
    NoImage,
    #[error("invalid program: {0}")]
    BadProgram(String),
    #[error("malformed proof: {0}")]
    Malformed(String),
    #[error("proof options too weak: {0}")]
    WeakOptions(String),
    #[error("proof rejected: {0}")]
    Rejected(String),
}

/// Verifies `proof` for `program`, whose image must be the one the file carries, if it
/// carries one.
pub fn verify(program: &Program, proof: &ProofFile) -> Result<Statement, VerifyError> {
    refuse_dev_mode(proof)?;
    program.validate().map_err(|e| VerifyError::BadProgram(e.to_string()))?;
    let id = program.program_id();
    if proof.program_id != id {
        return Err(VerifyError::WrongProgram { proof: proof.program_id.to_string(), program: id.to_string() });
    }
    // Compared byte for byte, not by hash: a file built in memory need not be consistent.
    if proof.image.as_ref().is_some_and(|image| !image.same_image(program)) {
        return Err(VerifyError::Malformed("the program embedded in the proof is not this program".into()));
    }
    verify_statement(program, id, proof)
}

/// Verifies `proof` for the program with ID `expected`, as a verifier that pins only
/// the ID (RISC Zero's image ID, SP1's verifying key): the program is the image the
/// file carries (proven with `--embed-program`), which must hash to `expected`. The ID is a BLAKE3 hash of everything
/// the AIR reads from the program, so this proves exactly what [`verify`] with the
/// `.zkbin` proves.
pub fn verify_by_id(expected: ProgramId, proof: &ProofFile) -> Result<Statement, VerifyError> {
    refuse_dev_mode(proof)?;
    if proof.program_id != expected {
        return Err(VerifyError::WrongProgram { proof: proof.program_id.to_string(), program: expected.to_string() });
    }
    let Some(image) = &proof.image else { return Err(VerifyError::NoImage) };
    image.validate().map_err(|e| VerifyError::Malformed(format!("the embedded program is invalid: {e}")))?;
    if image.program_id() != expected {
        return Err(VerifyError::Malformed("the program embedded in the proof does not hash to its program ID".into()));
    }
    verify_statement(image, expected, proof)
}

fn refuse_dev_mode(proof: &ProofFile) -> Result<(), VerifyError> {
    if proof.is_dev_mode() { Err(VerifyError::DevMode) } else { Ok(()) }
}

/// The STARK check of `proof`'s statement for `program` (validated, with ID `id`).
fn verify_statement(program: &Program, id: ProgramId, proof: &ProofFile) -> Result<Statement, VerifyError> {
    let pub_inputs = PublicInputs::new(Arc::new(program.clone()), proof.journal.clone(), proof.exit_code);
    let (Verified { security_bits, hiding }, segments) = match &proof.body {
        ProofBody::Single(bytes) => {
            let (stark, hiding) = decode_execution(program, bytes)?;
            (Verified { security_bits: verify_execution(stark, pub_inputs)?, hiding }, 1)
        }
        ProofBody::Segmented(s) => (segments::verify(program, pub_inputs, s)?, s.segments.len()),
        ProofBody::DevMode => return Err(VerifyError::DevMode),
    };
    Ok(Statement {
        program_id: id,
        journal: proof.journal.clone(),
        exit_code: proof.exit_code,
        security_bits,
        segments,
        hiding,
    })
}

/// What the STARK checks of a proof found: its least conjectured security, and whether
/// all its parts are hiding.
struct Verified {
    security_bits: u32,
    hiding: bool,
}

/// Decodes an execution proof after checking its shape and byte layout; says whether
/// it is hiding.
fn decode_execution(program: &Program, bytes: &[u8]) -> Result<(Proof, bool), VerifyError> {
    let hiding = check_shape(program, bytes)?;
    Ok((decode(bytes, hiding)?, hiding))
}

/// Decodes a STARK proof whose layout (two trace segments: main and aux) is checked
/// first, so that Winterfell's decoder sees only what it can parse; a hiding one must
/// have the blowup its quotient mask needs.
fn decode(bytes: &[u8], hiding: bool) -> Result<Proof, VerifyError> {
    layout::check(bytes, 2).map_err(|e| VerifyError::Malformed(format!("undecodable STARK proof: {e}")))?;
    let stark = catch_unwind(|| Proof::from_bytes(bytes))
        .map_err(|_| VerifyError::Malformed("undecodable STARK proof".into()))?
        .map_err(|e| VerifyError::Malformed(format!("undecodable STARK proof: {e}")))?;
    check_options(&stark)?;
    if hiding && stark.options().blowup_factor() < zkvm_air::hiding::MIN_BLOWUP {
        return Err(VerifyError::WeakOptions(format!(
            "a hiding proof needs blowup {}, not {}",
            zkvm_air::hiding::MIN_BLOWUP,
            stark.options().blowup_factor()
        )));
    }
    let security_bits = stark.conjectured_security::<Hasher>().bits();
    if security_bits < MIN_SECURITY_BITS {
        return Err(VerifyError::WeakOptions(format!(
            "{security_bits} bits of conjectured security, at least {MIN_SECURITY_BITS} required"
        )));
    }
    Ok(stark)
}

/// Runs Winterfell's verifier for `AIR`, turning a panic inside it into an error;
/// returns the proof's conjectured security.
fn run_verifier<A>(stark: Proof, pub_inputs: A::PublicInputs) -> Result<u32, VerifyError>
where
    A: winterfell::Air<BaseField = winterfell::math::fields::f64::BaseElement>,
{
    let security_bits = stark.conjectured_security::<Hasher>().bits();
    let acceptable = AcceptableOptions::MinConjecturedSecurity(MIN_SECURITY_BITS);
    let result = catch_unwind(AssertUnwindSafe(|| {
        winterfell::verify::<A, Hasher, RandomCoin, VectorCommit>(stark, pub_inputs, &acceptable)
    }))
    .map_err(|_| VerifyError::Malformed("the verifier could not process the proof".into()))?;
    result.map_err(|e| VerifyError::Rejected(e.to_string()))?;
    Ok(security_bits)
}

fn verify_execution(stark: Proof, pub_inputs: PublicInputs) -> Result<u32, VerifyError> {
    run_verifier::<ZkvmAir>(stark, pub_inputs)
}

/// Rejects proofs whose trace shape this AIR cannot have produced, from the first bytes
/// of the serialized proof and before Winterfell parses it: Winterfell 0.13's decoder
/// overflows on some trace lengths, and its AIR is built from the shape.
///
/// A proof starts with its context's trace info: main width, aux width and number of
/// aux random elements (one byte each), then log2 of the trace length (one byte).
fn check_shape(program: &Program, proof: &[u8]) -> Result<bool, VerifyError> {
    let min = zkvm_air::tables::min_trace_len(program.code.len());
    check_trace_shape(proof, (zkvm_air::columns::WIDTH, AUX_WIDTH, NUM_RAND), min)
}

/// Checks a proof's trace info: its widths (the aux one a plain or a hiding trace's)
/// and number of aux random elements, and a trace length in `[min, MAX_TRACE_LEN]`
/// (at least twice the exempt rows); says whether the trace is hiding.
fn check_trace_shape(proof: &[u8], shape: (usize, usize, usize), min: usize) -> Result<bool, VerifyError> {
    let bad = |m: String| Err(VerifyError::Malformed(m));
    let Some(&[main, aux, rands, log_len]) = proof.first_chunk::<4>() else {
        return bad("truncated STARK proof".into());
    };
    let hiding = zkvm_air::hiding::is_hiding(aux as usize, shape.1);
    let Some(hiding) = hiding.filter(|_| (main as usize, rands as usize) == (shape.0, shape.2)) else {
        return bad(format!("trace shape {main}+{aux} columns does not match this AIR"));
    };
    let len = 1usize.checked_shl(log_len.into()).unwrap_or(0);
    let min = min.max(4 * zkvm_air::hiding::exempt_rows(hiding));
    if !(min..=zkvm_air::MAX_TRACE_LEN).contains(&len) {
        return bad(format!("trace length 2^{log_len} outside [{min}, {}]", zkvm_air::MAX_TRACE_LEN));
    }
    Ok(hiding)
}

/// Rejects options too weak for this AIR, whatever their conjectured security.
fn check_options(proof: &Proof) -> Result<(), VerifyError> {
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
