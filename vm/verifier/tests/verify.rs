//! End-to-end: prove fixtures, verify them, and check that the verifier rejects every
//! altered statement and every damaged proof file without panicking.

use std::sync::OnceLock;

use winterfell::Proof;
use winterfell::math::fields::f64::BaseElement as Felt;
use zkvm_prover::fixtures::{Fixture, fixture};
use zkvm_verifier::{ProofFile, VerifyError, verify};

struct Proven {
    fixture: Fixture,
    file: ProofFile,
}

fn proven(name: &'static str) -> &'static Proven {
    static ALU: OnceLock<Proven> = OnceLock::new();
    static MEMORY: OnceLock<Proven> = OnceLock::new();
    let cell = if name == "alu" { &ALU } else { &MEMORY };
    cell.get_or_init(|| {
        let fixture = fixture(name);
        let (file, stats) = zkvm_prover::prove(&fixture.program, &fixture.input, None).unwrap();
        eprintln!("{name}: {stats:?}");
        Proven { fixture, file }
    })
}

#[test]
fn valid_proofs_verify_with_the_executors_statement() {
    for name in ["alu", "memory"] {
        let p = proven(name);
        let mut sink = std::io::sink();
        let mut sink2 = std::io::sink();
        let console = zkvm_executor::Console { stdout: &mut sink, stderr: &mut sink2 };
        let exit = zkvm_executor::execute(&p.fixture.program, &p.fixture.input, console, &Default::default()).unwrap();
        let st = verify(&p.fixture.program, &p.file).unwrap();
        assert_eq!(st.journal, exit.journal);
        assert_eq!(st.exit_code, exit.exit_code);
        assert!(st.security_bits >= 96, "{}", st.security_bits);
        // The file format round-trips.
        assert_eq!(ProofFile::from_bytes(&p.file.to_bytes()).unwrap(), p.file);
    }
}

#[test]
fn altered_statements_are_rejected() {
    let p = proven("alu");
    let program = &p.fixture.program;
    let rejected = |file: &ProofFile, what: &str| {
        let r = verify(program, file);
        assert!(matches!(r, Err(VerifyError::Rejected(_))), "{what}: {r:?}");
    };
    let mut f = p.file.clone();
    f.journal[0] ^= 1;
    rejected(&f, "journal byte");
    let mut f = p.file.clone();
    f.journal.push(0);
    rejected(&f, "longer journal");
    let mut f = p.file.clone();
    f.journal.pop();
    rejected(&f, "shorter journal");
    let mut f = p.file.clone();
    f.journal.swap(0, 1);
    rejected(&f, "swapped journal bytes");
    let mut f = p.file.clone();
    f.exit_code ^= 1;
    rejected(&f, "exit code");
    // Another program: refused by ID, and by the STARK when the ID is forged too.
    let other = &proven("memory").fixture.program;
    assert!(matches!(verify(other, &p.file), Err(VerifyError::WrongProgram { .. })));
    let mut forged = p.file.clone();
    forged.program_id = other.program_id();
    assert!(matches!(verify(other, &forged), Err(VerifyError::Rejected(_))));
    let mut changed = program.clone();
    changed.code[0].imm ^= 1;
    let mut forged = p.file.clone();
    forged.program_id = changed.program_id();
    assert!(matches!(verify(&changed, &forged), Err(VerifyError::Rejected(_))));
    // Same code, different initial data.
    let mem = proven("memory");
    let mut changed = mem.fixture.program.clone();
    changed.data[3] ^= 0x40;
    let mut forged = mem.file.clone();
    forged.program_id = changed.program_id();
    assert!(matches!(verify(&changed, &forged), Err(VerifyError::Rejected(_))));
}

#[test]
fn weak_options_are_rejected() {
    let p = proven("alu");
    let mut proof = Proof::from_bytes(&p.file.proof).unwrap();
    let ctx = &proof.context;
    let weak = winterfell::ProofOptions::new(
        20,
        4,
        0,
        winterfell::FieldExtension::Quadratic,
        8,
        31,
        winterfell::BatchingMethod::Linear,
        winterfell::BatchingMethod::Linear,
    );
    proof.context = winter_air::proof::Context::new::<Felt>(ctx.trace_info().clone(), weak, ctx.num_constraints());
    let mut f = p.file.clone();
    f.proof = proof.to_bytes();
    let r = verify(&p.fixture.program, &f);
    assert!(matches!(r, Err(VerifyError::WeakOptions(_))), "{r:?}");
}

#[test]
fn damaged_files_give_errors_not_panics() {
    let p = proven("alu");
    let bytes = p.file.to_bytes();
    let program = &p.fixture.program;
    let check = |b: &[u8]| match ProofFile::from_bytes(b) {
        Err(_) => {}
        Ok(f) => assert!(verify(program, &f).is_err(), "accepted a damaged proof"),
    };
    for len in (0..bytes.len()).step_by(997).chain([bytes.len() - 1, 7, 60]) {
        check(&bytes[..len]);
    }
    // Deterministic byte flips spread over the whole file.
    let mut seed = 0x1234_5678u64;
    let positions = 520;
    for i in 0..positions {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let pos = if i < 64 { i } else { (seed >> 33) as usize % bytes.len() };
        let mut b = bytes.clone();
        b[pos] ^= 1 << ((seed >> 60) % 8);
        check(&b);
    }
    check(b"");
    check(&[0xff; 200]);
}
