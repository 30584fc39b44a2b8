//! The SDK's one error type.

use std::path::PathBuf;

use isa_spec::ProgramId;

/// Everything that can go wrong between loading a program and decoding its journal.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("not a valid program: {0}")]
    Program(#[from] isa_spec::zkbin::FormatError),
    #[error("{0}")]
    Trap(#[from] zkvm_executor::Trap),
    #[error("{0}")]
    Prove(zkvm_prover::ProveError),
    #[error("malformed receipt: {0}")]
    Receipt(#[from] zkvm_verifier::ProofFileError),
    #[error("verification failed: {0}")]
    Verify(#[from] zkvm_verifier::VerifyError),
    #[error("the program's ID is {actual}, not the expected {expected}")]
    UnexpectedProgram { expected: ProgramId, actual: ProgramId },
    #[error("{0}")]
    Options(String),
    #[error("ZKVM_DEV_MODE must be 1 (dev mode), 0 or empty, not `{0}`")]
    DevModeEnv(String),
    #[error("cannot encode the input value: {0}")]
    Encode(postcard::Error),
    #[error("bad input value {0}")]
    InputSpec(String),
    #[error("cannot decode the journal: {0}")]
    Decode(postcard::Error),
    #[error("the journal has {0} bytes left after the decoded value")]
    TrailingJournal(usize),
}

/// A trap while proving is reported as a trap, as it is while executing.
impl From<zkvm_prover::ProveError> for Error {
    fn from(e: zkvm_prover::ProveError) -> Error {
        match e {
            zkvm_prover::ProveError::Trap(trap) => Error::Trap(trap),
            other => Error::Prove(other),
        }
    }
}
