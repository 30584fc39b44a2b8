//! The zkvm AIR, shared by prover and verifier: trace layout ([`columns`]), transition
//! constraints ([`constraints`]), the LogUp buses ([`lookups`]), the fixed tables and
//! ROM ([`tables`]), public inputs, proof options and the proof file. The section
//! "The AIR" of `isa-spec/ISA.md` describes the design, its soundness argument and cost.

pub mod air;
pub mod buses;
pub mod columns;
pub mod commit;
pub mod constraints;
pub mod handoff;
pub mod hiding;
pub mod lookups;
pub mod options;
pub mod proof_file;
pub mod public;
pub mod segment;
pub mod tables;
pub mod value;

pub use air::ZkvmAir;
pub use options::{MIN_SECURITY_BITS, ProofConfig, ProofProfile, proof_options};
pub use proof_file::{FinalProof, ProofBody, ProofFile, ProofFileError, SegmentProof, Segments};
pub use public::PublicInputs;

/// Largest trace the prover builds (timestamps `3*clk + 3` and the 2^32 timestamp-gap
/// range stay far from the field size; memory use is the practical limit).
pub const MAX_TRACE_LEN: usize = 1 << 26;

/// Hash function for commitments and Fiat-Shamir (96-bit collision resistance, the
/// security target; see [`options`]).
pub type Hasher = winterfell::crypto::hashers::Blake3_192<winterfell::math::fields::f64::BaseElement>;

/// Bytes of one [`Hasher`] digest as a proof serializes it.
pub const DIGEST_BYTES: usize = 24;
/// Merkle trees, salted in hiding proofs ([`commit`]).
pub type VectorCommit = commit::SaltedMerkleTree;
pub type RandomCoin = winterfell::crypto::DefaultRandomCoin<Hasher>;

#[cfg(test)]
mod tests {
    use winter_utils::Serializable;
    use winterfell::crypto::ElementHasher;
    use winterfell::math::FieldElement;
    use winterfell::math::fields::f64::BaseElement as Felt;

    #[test]
    fn digest_bytes_is_the_serialized_digest_size() {
        let digest = <super::Hasher as ElementHasher>::hash_elements(&[Felt::ONE]);
        assert_eq!(digest.to_bytes().len(), super::DIGEST_BYTES);
    }
}
