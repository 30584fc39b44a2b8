//! A proof with the statement it claims.

use isa_spec::ProgramId;
use zkvm_verifier::{ProofBody, ProofFile};

use crate::{Error, Journal, Program, ProveStats, Statement};

/// What [`Program::prove`] returns: a STARK proof that the program, run on some private
/// input, halted with [`exit_code`](Receipt::exit_code) after committing
/// [`journal`](Receipt::journal). Nothing here is trusted until [`verify`](Receipt::verify)
/// succeeds. Its bytes are the `.proof` file format that `zkvm prove` writes.
#[derive(Clone, Debug)]
pub struct Receipt {
    /// The program the proof claims to be about.
    pub program_id: ProgramId,
    /// That program's image (code and data, no symbols), if the proof carries it
    /// ([`ProveOptions::embed_program`](crate::ProveOptions::embed_program)), so that a
    /// verifier holding only the ID can check the proof ([`verify_id`](Receipt::verify_id)).
    pub image: Option<Program>,
    pub exit_code: u32,
    pub journal: Journal,
    /// The STARK proof: one trace, or the segments of a long run (Winterfell's encoding);
    /// [`ProofBody::DevMode`] for an unproven dev-mode receipt.
    pub proof: ProofBody,
    /// What proving cost; `None` for a receipt read from bytes.
    pub stats: Option<ProveStats>,
}

impl Receipt {
    pub(crate) fn from_proof_file(file: ProofFile, stats: Option<ProveStats>) -> Receipt {
        Receipt {
            program_id: file.program_id,
            image: file.image.map(Program::from),
            exit_code: file.exit_code,
            journal: Journal { bytes: file.journal },
            proof: file.body,
            stats,
        }
    }

    fn to_proof_file(&self) -> ProofFile {
        ProofFile {
            program_id: self.program_id,
            image: self.image.as_ref().map(|p| p.as_isa().clone()),
            exit_code: self.exit_code,
            journal: self.journal.bytes.clone(),
            body: self.proof.clone(),
        }
    }

    /// Parses a `.proof` file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Receipt, Error> {
        Ok(Receipt::from_proof_file(ProofFile::from_bytes(bytes)?, None))
    }

    /// The `.proof` file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_proof_file().to_bytes()
    }

    /// Whether this is an unproven dev-mode receipt ([`ProveOptions::dev_mode`](crate::ProveOptions::dev_mode)),
    /// which every `verify` refuses.
    pub fn is_dev_mode(&self) -> bool {
        self.proof == ProofBody::DevMode
    }

    /// Checks the proof against `program` (whose code is part of what is proven): `Ok`
    /// means `program` halted with this exit code and journal. The exit code is part of
    /// the statement, not a condition of validity: check it as the application requires.
    pub fn verify(&self, program: &Program) -> Result<Statement, Error> {
        Ok(zkvm_verifier::verify(program.as_isa(), &self.to_proof_file())?)
    }

    /// Checks the proof against the program with ID `expected` (e.g. a constant from
    /// `zkvm-build`, or what `zkvm info` printed), without the `.zkbin`: the receipt's
    /// image must hash to `expected`, and the proof is verified against that image. A
    /// receipt proven without [`embed_program`](crate::ProveOptions::embed_program) has
    /// none: [`VerifyError::NoImage`](crate::VerifyError::NoImage).
    pub fn verify_id(&self, expected: ProgramId) -> Result<Statement, Error> {
        Ok(zkvm_verifier::verify_by_id(expected, &self.to_proof_file())?)
    }

    /// [`verify`](Receipt::verify), after checking that `program` is the one the verifier
    /// expects (e.g. an ID pinned from `zkvm info`), so that a substituted program file
    /// is rejected.
    pub fn verify_with_id(&self, program: &Program, expected: ProgramId) -> Result<Statement, Error> {
        if program.id() != expected {
            return Err(Error::UnexpectedProgram { expected, actual: program.id() });
        }
        self.verify(program)
    }
}
