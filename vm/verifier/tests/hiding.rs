//! Hiding (zero-knowledge) proofs: they verify, are randomised by their seed, and the
//! values they open do not depend on the private input.

use zkvm_prover::fixtures::fixture;
use zkvm_prover::{ProofConfig, ProofProfile, Seed};
use zkvm_verifier::verify;

fn hiding(seed: u8) -> ProofConfig {
    ProofConfig::hiding_with_seed(ProofProfile::Small, Seed([seed; 32])).unwrap()
}

#[test]
fn hiding_proofs_verify_and_depend_on_their_seed_alone() {
    let f = fixture("alu");
    let (a, stats) = zkvm_prover::prove(&f.program, &f.input, hiding(1), None).unwrap();
    eprintln!("{stats:?}");
    let statement = verify(&f.program, &a).unwrap();
    assert!(statement.hiding);
    let (again, _) = zkvm_prover::prove(&f.program, &f.input, hiding(1), None).unwrap();
    assert_eq!(a.to_bytes(), again.to_bytes());
    let (b, _) = zkvm_prover::prove(&f.program, &f.input, hiding(2), None).unwrap();
    assert_ne!(a.to_bytes(), b.to_bytes());
    assert!(verify(&f.program, &b).unwrap().hiding);
    let (plain, _) = zkvm_prover::prove(&f.program, &f.input, ProofProfile::Fast, None).unwrap();
    assert!(!verify(&f.program, &plain).unwrap().hiding);
}
