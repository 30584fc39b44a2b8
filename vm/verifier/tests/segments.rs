//! Segmented proofs: a multi-segment run proves (debug prover: every constraint and
//! its degree checked) and verifies, and the verifier refuses a chain that is not the
//! run's: segments missing, reordered, duplicated or from another run or program, a
//! forged boundary, a changed bus share, a dropped final-memory proof.

use std::sync::OnceLock;

use zkvm_prover::{ProofProfile, fixtures};
use zkvm_verifier::{ProofBody, ProofFile, VerifyError, verify};

struct Proven {
    program: isa_spec::Program,
    file: ProofFile,
    /// The same program on another input.
    other_run: ProofFile,
}

fn proven() -> &'static Proven {
    static P: OnceLock<Proven> = OnceLock::new();
    P.get_or_init(|| {
        let f = fixtures::segmented();
        let prove = |input: &[u8]| {
            zkvm_prover::prove_segmented(&f.program, input, ProofProfile::Fast, 16, None).expect("prove").0
        };
        Proven { file: prove(&f.input), other_run: prove(b"xyz"), program: f.program }
    })
}

fn segments(file: &mut ProofFile) -> &mut zkvm_verifier::Segments {
    match &mut file.body {
        ProofBody::Segmented(s) => s,
        ProofBody::Single(_) | ProofBody::DevMode => panic!("a segmented proof"),
    }
}

#[track_caller]
fn rejected(file: &ProofFile) -> VerifyError {
    match verify(&proven().program, file) {
        Ok(_) => panic!("accepted"),
        Err(e) => e,
    }
}

#[test]
fn a_segmented_proof_verifies() {
    let p = proven();
    let statement = verify(&p.program, &p.file).unwrap();
    assert_eq!(statement.segments, 3);
    assert_eq!(statement.exit_code, 7);
    let f = fixtures::segmented();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let console = zkvm_executor::Console { stdout: &mut out, stderr: &mut err };
    let exit = zkvm_executor::execute(&f.program, &f.input, console, &Default::default()).unwrap();
    assert_eq!(statement.journal, exit.journal);
    assert!(statement.security_bits >= 96);
    let round = ProofFile::from_bytes(&p.file.to_bytes()).unwrap();
    assert_eq!(round, p.file);
}

#[test]
fn the_chain_must_be_complete_and_in_order() {
    let p = proven();
    let n = segments(&mut p.file.clone()).segments.len();
    for k in 0..n {
        let mut f = p.file.clone();
        segments(&mut f).segments.remove(k);
        rejected(&f);
        let mut f = p.file.clone();
        let s = segments(&mut f);
        let dup = s.segments[k].clone();
        s.segments.insert(k, dup);
        rejected(&f);
    }
    for (a, b) in [(0, 1), (1, 2), (0, 2)] {
        let mut f = p.file.clone();
        segments(&mut f).segments.swap(a, b);
        rejected(&f);
    }
    let mut f = p.file.clone();
    segments(&mut f).finals.clear();
    rejected(&f);
}

#[test]
fn parts_of_another_run_or_program_are_rejected() {
    let p = proven();
    for k in 0..3 {
        // Another run's segment (same program, other input) in this run's chain.
        let mut f = p.file.clone();
        let theirs = segments(&mut p.other_run.clone()).segments[k].clone();
        segments(&mut f).segments[k] = theirs;
        rejected(&f);
        // Only its handoff proof, or only its execution proof.
        let theirs = segments(&mut p.other_run.clone()).segments[k].clone();
        let mut f = p.file.clone();
        segments(&mut f).segments[k].handoff = theirs.handoff.clone();
        rejected(&f);
        let mut f = p.file.clone();
        segments(&mut f).segments[k].execution = theirs.execution;
        rejected(&f);
    }
    // The other run's final memory.
    let mut f = p.file.clone();
    segments(&mut f).finals = segments(&mut p.other_run.clone()).finals.clone();
    rejected(&f);
    // The whole proof for another program.
    let other = isa_spec::asm::assemble(".entry main\n.func \"main\"\n li s1, 7\n halt s1\n.endfunc\n").unwrap();
    let mut f = p.file.clone();
    f.program_id = other.program_id();
    assert!(verify(&other, &f).is_err());
    let f = ProofFile::new(&other, p.file.exit_code, p.file.journal.clone(), p.file.body.clone()).with_image(&other);
    assert!(matches!(verify(&other, &f), Err(VerifyError::Malformed(_) | VerifyError::Rejected(_))));
    assert!(zkvm_verifier::verify_by_id(other.program_id(), &f).is_err());
    // By ID, the honest chain verifies as it does with the program.
    let with_image = p.file.clone().with_image(&p.program);
    let by_id = zkvm_verifier::verify_by_id(p.program.program_id(), &with_image).unwrap();
    assert_eq!(by_id, verify(&p.program, &p.file).unwrap());
}

#[test]
fn forged_boundaries_and_sums_are_rejected() {
    let p = proven();
    for k in 0..3 {
        for change in 0..5 {
            let mut f = p.file.clone();
            let end = &mut segments(&mut f).segments[k].end;
            match change {
                0 => end.pc += 1,
                1 => end.fp += 8,
                2 => end.journal_len += 1,
                3 => end.eof = !end.eof,
                _ => segments(&mut f).segments[k].sum[0] ^= 1,
            }
            rejected(&f);
        }
    }
    let mut f = p.file.clone();
    let s = segments(&mut f);
    s.finals[0].sum[1] ^= 1;
    rejected(&f);
    let mut f = p.file.clone();
    let s = segments(&mut f);
    s.finals[0].first += 8;
    rejected(&f);
    // The journal and exit code are still bound.
    let mut f = p.file.clone();
    f.journal[0] ^= 1;
    rejected(&f);
    let mut f = p.file.clone();
    f.exit_code += 1;
    rejected(&f);
}

/// Parts proven apart, each from a plan of its own (as separate workers make them), in
/// any order, join into the very proof that one process makes; a missing, doubled or
/// foreign part is refused.
#[test]
fn parts_proven_apart_join_into_the_same_proof() {
    use zkvm_prover::{MAX_RUN_CYCLES, Part, join_parts, plan_segments, prove_part};
    let p = proven();
    let f = fixtures::segmented();
    let plan = || plan_segments(&f.program, &f.input, ProofProfile::Fast, 16, MAX_RUN_CYCLES).unwrap();
    let parts = plan().parts();
    assert_eq!(parts, [Part::Segment(0), Part::Segment(1), Part::Segment(2), Part::Final(0)]);
    let proofs: Vec<_> = parts.iter().rev().map(|&part| prove_part(&f.input, &plan(), part).unwrap()).collect();
    let joined = join_parts(&plan(), proofs.clone()).unwrap();
    assert_eq!(joined.commitments().unwrap(), p.file.commitments().unwrap());
    assert_eq!(verify(&p.program, &joined).unwrap(), verify(&p.program, &p.file).unwrap());

    let plan = plan();
    assert!(join_parts(&plan, proofs[1..].to_vec()).is_err());
    let twice = [proofs.clone(), vec![proofs[0].clone()]].concat();
    assert!(join_parts(&plan, twice).is_err());
    assert!(prove_part(&f.input, &plan, Part::Segment(3)).is_err());
    assert!(prove_part(&f.input, &plan, Part::Final(1)).is_err());
    // A part of another run is not this run's, though it has its place.
    let other = plan_segments(&f.program, b"xyz", ProofProfile::Fast, 16, MAX_RUN_CYCLES).unwrap();
    let foreign = prove_part(b"xyz", &other, Part::Segment(1)).unwrap();
    let mixed: Vec<_> =
        proofs.iter().map(|q| if q.part() == Part::Segment(1) { foreign.clone() } else { q.clone() }).collect();
    let file = join_parts(&plan, mixed).unwrap();
    assert!(verify(&p.program, &file).is_err());
    assert_ne!(file.commitments().unwrap(), p.file.commitments().unwrap());
}
