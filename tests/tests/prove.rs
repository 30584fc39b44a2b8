//! Whole pipeline: source -> IR -> zkcc -> prove -> verify, for a C guest (the demo)
//! and a Rust guest built from the `sha2` crate. The prover runs with debug assertions,
//! so every constraint is checked on the trace before the proof is made.

use sha2::{Digest, Sha256};
use zkvm_tests::*;

fn prove_and_verify(program: &isa_spec::Program, input: &[u8], expected_journal: &[u8]) {
    let (proof, stats) = zkvm_prover::prove(program, input, zkvm_prover::ProofProfile::Fast, None).expect("prove");
    assert!(stats.security_bits >= 96, "{} bits", stats.security_bits);
    let bytes = proof.to_bytes();
    let statement =
        zkvm_verifier::verify(program, &zkvm_verifier::ProofFile::from_bytes(&bytes).unwrap()).expect("verify");
    assert_eq!(statement.journal, expected_journal);
    assert_eq!(statement.exit_code, 0);
    assert_eq!(statement.program_id, program.program_id());
    eprintln!("{} cycles, {} rows, {} byte proof", stats.cycles, stats.trace_height, stats.proof_bytes);
}

#[test]
fn c_demo_proves_and_verifies() {
    let dir = scratch("demo");
    let ir = c_to_ir(&repo_root().join("examples/c/collatz.c"), &dir);
    let program = zkcc(std::slice::from_ref(&ir));
    let native = run_native(&native_binary(&ir, &dir), b"27");
    let (zk, _) = run_zkvm(&program, b"27");
    assert_eq!(zk, native);
    assert_eq!(zk.journal, b"27 111 9232");
    prove_and_verify(&program, b"27", b"27 111 9232");
}

/// `arith64.c` exercises every ALU opcode zkcc emits, signed division included.
#[test]
fn c_arithmetic_proves_and_verifies() {
    let dir = scratch("arith-prove");
    let ir = c_to_ir(&repo_root().join("tests/programs/c/arith64.c"), &dir);
    let program = zkcc(std::slice::from_ref(&ir));
    let used: std::collections::BTreeSet<_> = program.code.iter().map(|i| i.opcode).collect();
    for op in [isa_spec::Opcode::DivS, isa_spec::Opcode::RemS, isa_spec::Opcode::DivU, isa_spec::Opcode::RemU] {
        assert!(used.contains(&op), "{} not emitted", op.mnemonic());
    }
    let (zk, _) = run_zkvm(&program, b"");
    let (proof, _) = zkvm_prover::prove(&program, b"", zkvm_prover::ProofProfile::Fast, None).expect("prove");
    let statement = zkvm_verifier::verify(&program, &proof).expect("verify");
    assert_eq!((statement.journal, statement.exit_code as u8), (zk.journal, zk.exit_code));
    assert_eq!(zk.exit_code, run_native(&native_binary(&ir, &dir), b"").exit_code);
}

#[test]
fn rust_sha2_guest_digests_input_proves_and_verifies() {
    let ir = rust_to_ir(&repo_root().join("examples/rust/sha256"));
    let program = zkcc(std::slice::from_ref(&ir));
    let mut sizes = vec![0usize, 1, 55, 56, 64, 1000];
    sizes.dedup();
    for size in sizes {
        let input: Vec<u8> = (0..size).map(|i| (i * 131 + 7) as u8).collect();
        let digest = Sha256::digest(&input);
        let (zk, cycles) = run_zkvm(&program, &input);
        eprintln!("sha256 of {size} bytes: {cycles} cycles");
        assert_eq!(zk.journal, digest.as_slice());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(String::from_utf8(zk.stdout).unwrap(), hex + "\n");
    }
    let input = b"abc";
    prove_and_verify(&program, input, &Sha256::digest(input));
}

/// Programs above this are not proven in the corpus run: a 2^21-row proof needs about
/// 20 GiB on a 24 GiB machine.
const MAX_CORPUS_PROOF_CYCLES: u64 = (1 << 20) - 3;

/// Every differential C program up to 2^20 cycles, proven and verified (`make test-long`).
#[test]
#[ignore = "slow: proves every C program of the corpus"]
fn c_corpus_proves_and_verifies() {
    let dir = scratch("c-prove");
    for source in c_programs() {
        let ir = c_to_ir(&source, &dir);
        let program = zkcc(std::slice::from_ref(&ir));
        let (zk, cycles) = run_zkvm(&program, b"");
        eprintln!("{}: {cycles} cycles", source.display());
        if cycles > MAX_CORPUS_PROOF_CYCLES {
            eprintln!("  skipped: longer than {MAX_CORPUS_PROOF_CYCLES} cycles (prover memory)");
            continue;
        }
        let (proof, _) = zkvm_prover::prove(&program, b"", zkvm_prover::ProofProfile::Fast, None).expect("prove");
        let statement = zkvm_verifier::verify(&program, &proof).expect("verify");
        assert_eq!((statement.journal, statement.exit_code as u8), (zk.journal, zk.exit_code));
    }
}

/// The sort guest (heap, stack and `sort_unstable` of the `core` crate) on 4 KiB, proven
/// in segments of 2^16 rows: three segments, verified as one statement.
#[test]
fn rust_sort_guest_proves_in_segments() {
    let program = build_guest(&repo_root().join("bench/guests/rust/sort"));
    let input = [4096u32.to_le_bytes(), 0x2545_f491u32.to_le_bytes()].concat();
    let (zk, cycles) = run_zkvm(&program, &input);
    assert!(cycles > 2 * (1 << 16), "{cycles} cycles");
    let (proof, stats) =
        zkvm_prover::prove_segmented(&program, &input, zkvm_prover::ProofProfile::Fast, 16, None).expect("prove");
    assert_eq!(stats.segments as u64, cycles.div_ceil((1 << 16) - 2));
    let file = zkvm_verifier::ProofFile::from_bytes(&proof.to_bytes()).unwrap();
    let statement = zkvm_verifier::verify(&program, &file).expect("verify");
    assert_eq!((statement.journal, statement.exit_code as u8), (zk.journal, zk.exit_code));
    assert_eq!(statement.segments, stats.segments);
}

/// `make test-long`: a guest of more than 2^24 cycles (the C LCG loop, 2.1 M iterations)
/// proven in the default segments of 2^19 rows and verified.
#[test]
#[ignore = "slow: make test-long"]
fn long_guest_proves_in_default_segments() {
    let dir = scratch("lcg-long");
    let ir = c_to_ir(&repo_root().join("bench/guests/c/lcg.c"), &dir);
    let program = zkcc(std::slice::from_ref(&ir));
    let input = 2_100_000u32.to_le_bytes();
    let (zk, cycles) = run_zkvm(&program, &input);
    assert!(cycles >= 1 << 24, "{cycles} cycles");
    let progress = |s: zkvm_prover::Stage| eprintln!("{s:?}");
    let (proof, stats) = zkvm_prover::prove_segmented(
        &program,
        &input,
        zkvm_prover::ProofProfile::Fast,
        zkvm_prover::DEFAULT_SEGMENT_LOG,
        Some(&progress),
    )
    .expect("prove");
    eprintln!("{cycles} cycles, {} segments, {} byte proof, {:?}", stats.segments, stats.proof_bytes, stats.prove_time);
    let statement = zkvm_verifier::verify(&program, &proof).expect("verify");
    assert_eq!(statement.journal, zk.journal);
    assert_eq!(statement.segments, stats.segments);
    assert_eq!(native_exit(&ir, &dir, &input), zk.exit_code);
}

fn native_exit(ir: &std::path::Path, dir: &std::path::Path, input: &[u8]) -> u8 {
    run_native(&native_binary(ir, dir), input).exit_code
}
