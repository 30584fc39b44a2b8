//! The zkvm AIR, shared by prover and verifier: trace layout ([`columns`]), transition
//! constraints ([`constraints`]), the LogUp buses ([`lookups`]), the fixed tables and
//! ROM ([`tables`]), public inputs, proof options and the proof file. The section
//! "The AIR" of `isa-spec/ISA.md` describes the design, its soundness argument and cost.

pub mod air;
pub mod columns;
pub mod constraints;
pub mod lookups;
pub mod options;
pub mod proof_file;
pub mod public;
pub mod tables;
pub mod value;

pub use air::{EXEMPT_ROWS, ZkvmAir};
pub use options::{MIN_SECURITY_BITS, proof_options};
pub use proof_file::{ProofFile, ProofFileError};
pub use public::PublicInputs;

/// Largest trace the prover builds (timestamps `3*clk + 3` and the 2^32 timestamp-gap
/// range stay far from the field size; memory use is the practical limit).
pub const MAX_TRACE_LEN: usize = 1 << 26;

/// Hash function for commitments and Fiat-Shamir.
pub type Hasher = winterfell::crypto::hashers::Blake3_256<winterfell::math::fields::f64::BaseElement>;
pub type VectorCommit = winterfell::crypto::MerkleTree<Hasher>;
pub type RandomCoin = winterfell::crypto::DefaultRandomCoin<Hasher>;
