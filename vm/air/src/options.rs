//! Proof parameters. Conjectured security (Winterfell's formula) is
//! `min(128, queries * log2(blowup) + grinding) - 1` bits with the quadratic extension
//! of Goldilocks and BLAKE3-256 (128-bit collision resistance): 42 queries at blowup 4
//! give 84 bits, 16 bits of grinding raise that to 100, so 99 bits.

use winterfell::{BatchingMethod, FieldExtension, ProofOptions};

/// Queries, blowup (max constraint degree 5 needs 4), grinding bits.
pub const NUM_QUERIES: usize = 42;
pub const BLOWUP: usize = 4;
pub const GRINDING_BITS: u32 = 16;
/// The verifier rejects proofs whose conjectured security is below this.
pub const MIN_SECURITY_BITS: u32 = 96;

/// The options the prover uses.
pub fn proof_options() -> ProofOptions {
    ProofOptions::new(
        NUM_QUERIES,
        BLOWUP,
        GRINDING_BITS,
        FieldExtension::Quadratic,
        8,
        31,
        BatchingMethod::Linear,
        BatchingMethod::Linear,
    )
}
