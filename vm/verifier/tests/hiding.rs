//! Hiding (zero-knowledge) proofs: they verify, are randomised by their seed alone,
//! stay sound (trace tampers, byte flips, statement binding), and the values they open
//! are distributed independently of the private input, which plain proofs are not.
//!
//! The guest takes a different path for each of the two inputs (a multiply/divide
//! branch or an add/xor one) and commits the same journal, so the statement is the
//! same and only the witness differs.

use std::sync::{Arc, OnceLock};

use isa_spec::Program;
use winterfell::math::fields::QuadExtension;
use winterfell::math::fields::f64::BaseElement as Felt;
use winterfell::math::{FieldElement, StarkField};
use winterfell::{Air, Proof};
use zkvm_air::{Hasher, VectorCommit};
use zkvm_prover::{ProofBody, ProofConfig, ProofFile, ProofProfile, Seed, testing};
use zkvm_verifier::verify;

type Ext = QuadExtension<Felt>;

const GUEST: &str = "\
.func \"_start\"
    read s1
    li s5, 7
    eq s2, s1, 97
    bnz s2, divide
    xor s3, s1, s5
    add s3, s3, s5
    jmp done
divide:
    mul s3, s1, s5
    divu s3, s3, s5
    remu s4, s3, s5
done:
    li s6, 1
    commit s6
    li s7, 0
    halt s7
";

const INPUTS: [&[u8]; 2] = [b"a", b"b"];

fn program() -> &'static Program {
    static P: OnceLock<Program> = OnceLock::new();
    P.get_or_init(|| isa_spec::asm::assemble(GUEST).unwrap())
}

/// Hiding proofs per input (more with `ZKVM_TEST_LONG`).
fn samples() -> usize {
    if std::env::var_os("ZKVM_TEST_LONG").is_some() { 6 } else { 2 }
}

fn hiding(seed: u64) -> ProofConfig {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    ProofConfig::hiding_with_seed(ProofProfile::Small, Seed(bytes)).unwrap()
}

struct Proofs {
    /// `hiding[i]`: hiding proofs of input `i`, seeds `100 i + k`.
    hiding: [Vec<ProofFile>; 2],
    plain: [ProofFile; 2],
}

fn proofs() -> &'static Proofs {
    static P: OnceLock<Proofs> = OnceLock::new();
    P.get_or_init(|| {
        let prove = |input: &[u8], config: ProofConfig| zkvm_prover::prove(program(), input, config, None).unwrap().0;
        let hiding =
            [0, 1].map(|i| (0..samples()).map(|k| prove(INPUTS[i], hiding(100 * i as u64 + k as u64))).collect());
        let plain = [0, 1].map(|i| prove(INPUTS[i], ProofProfile::Fast.into()));
        Proofs { hiding, plain }
    })
}

fn stark(file: &ProofFile) -> Proof {
    let ProofBody::Single(bytes) = &file.body else { panic!("a single trace") };
    Proof::from_bytes(bytes).unwrap()
}

/// What a proof opens: the out-of-domain values of every trace column and quotient
/// segment (at z and gz), then every queried row of the main, aux and quotient LDEs,
/// as base-field coordinates. The first part's columns are named for the zero test.
struct Opened {
    ood_main: Vec<Ext>,
    all: Vec<Felt>,
}

fn opened(file: &ProofFile) -> Opened {
    let proof = stark(file);
    let info = proof.trace_info().clone();
    let (main_w, aux_w) = (info.main_trace_width(), info.aux_segment_width());
    let pub_inputs = zkvm_air::PublicInputs::new(Arc::new(program().clone()), file.journal.clone(), file.exit_code);
    let air = <zkvm_air::ZkvmAir as Air>::new(info.clone(), pub_inputs, proof.options().clone());
    let segments = air.context().num_constraint_composition_columns();
    let (trace, quotient) = proof.ood_frame.clone().parse::<Ext>(main_w, aux_w, segments).unwrap();
    // The claim column (the public claim, zero for a single trace, and a fixed last row)
    // and the two fixed aux columns (PZ, P1) are public polynomials: their values say
    // nothing about the witness, and being base-field values, half their coordinates are 0.
    let base = zkvm_air::lookups::AUX_WIDTH;
    let public = [zkvm_air::lookups::CLAIM, base, base + 1];
    let witness = |row: &[Ext]| -> Vec<Ext> {
        row.iter().enumerate().filter(|(k, _)| !public.contains(k)).map(|(_, e)| *e).collect()
    };
    let mut all = Vec::new();
    let mut push = |e: &Ext| all.extend(e.to_base_elements());
    let (current, next) = (trace.current_row(), trace.next_row());
    current[..main_w].iter().chain(&next[..main_w]).for_each(&mut push);
    witness(&current[main_w..]).iter().chain(&witness(&next[main_w..])).for_each(&mut push);
    quotient.current_row().iter().chain(quotient.next_row()).for_each(&mut push);
    let lde = proof.lde_domain_size();
    let q = proof.num_unique_queries as usize;
    let (_, main) = proof.trace_queries[0].clone().parse::<Felt, Hasher, VectorCommit>(lde, q, main_w).unwrap();
    let (_, aux) = proof.trace_queries[1].clone().parse::<Ext, Hasher, VectorCommit>(lde, q, aux_w).unwrap();
    let (_, quot) = proof.constraint_queries.clone().parse::<Ext, Hasher, VectorCommit>(lde, q, segments).unwrap();
    main.rows().flatten().for_each(|v| all.push(*v));
    aux.rows().flat_map(witness).for_each(|e| all.extend(e.to_base_elements()));
    quot.rows().flatten().for_each(|e| all.extend(e.to_base_elements()));
    Opened { ood_main: trace.current_row()[..main_w].to_vec(), all }
}

/// Main columns whose queried values are proportional to another column's.
fn proportional_columns(file: &ProofFile) -> Vec<usize> {
    let proof = stark(file);
    let width = proof.trace_info().main_trace_width();
    let (lde, q) = (proof.lde_domain_size(), proof.num_unique_queries as usize);
    let (_, rows) = proof.trace_queries[0].clone().parse::<Felt, Hasher, VectorCommit>(lde, q, width).unwrap();
    let rows: Vec<&[Felt]> = rows.rows().collect();
    let proportional = |c: usize, d: usize| {
        rows.iter().all(|r| r[c] != Felt::ZERO) && rows.iter().all(|r| r[c] * rows[0][d] == r[d] * rows[0][c])
    };
    (0..width).filter(|&c| (0..width).any(|d| d != c && proportional(c, d))).collect()
}

/// Counts of values in 16 equal bins of the field.
fn histogram(values: &[Felt]) -> [f64; 16] {
    let mut bins = [0f64; 16];
    for v in values {
        bins[((v.as_int() as u128 * 16) / Felt::MODULUS as u128) as usize] += 1.0;
    }
    bins
}

/// Pearson's chi-square statistic of `observed` against equal expected counts.
fn chi_square_uniform(observed: &[f64; 16]) -> f64 {
    let expected = observed.iter().sum::<f64>() / 16.0;
    observed.iter().map(|o| (o - expected).powi(2) / expected).sum()
}

/// Chi-square statistic of two samples against one distribution (a 2 x 16 table).
fn chi_square_two_samples(a: &[f64; 16], b: &[f64; 16]) -> f64 {
    let (na, nb) = (a.iter().sum::<f64>(), b.iter().sum::<f64>());
    let mut stat = 0.0;
    for k in 0..16 {
        let total = a[k] + b[k];
        for (obs, n) in [(a[k], na), (b[k], nb)] {
            let exp = total * n / (na + nb);
            if exp > 0.0 {
                stat += (obs - exp).powi(2) / exp;
            }
        }
    }
    stat
}

/// 15 degrees of freedom: P(chi-square > 45) is about 7e-5.
const CHI_SQUARE_15: f64 = 45.0;

#[test]
fn hiding_proofs_verify_and_depend_on_their_seed_alone() {
    let p = proofs();
    for (i, proofs) in p.hiding.iter().enumerate() {
        for file in proofs {
            let statement = verify(program(), file).unwrap();
            assert!(statement.hiding);
            assert_eq!((statement.journal.as_slice(), statement.exit_code), (&[1u8][..], 0), "input {i}");
        }
    }
    let (again, _) = zkvm_prover::prove(program(), INPUTS[0], hiding(0), None).unwrap();
    let commitments = |f: &ProofFile| f.commitments().unwrap();
    assert_eq!(commitments(&again), commitments(&p.hiding[0][0]), "the same seed, the same commitments");
    assert_ne!(commitments(&p.hiding[0][0]), commitments(&p.hiding[0][1]));
    for file in &p.plain {
        assert!(!verify(program(), file).unwrap().hiding);
    }
}

/// Plain proofs leak the path: a column that is zero on every constrained row (an
/// operation the run never used) is a multiple of the last row's Lagrange polynomial, so
/// its queried values are proportional to those of every other unused column, and
/// which columns those are depends on the input. Hiding proofs open no zero and no two
/// proportional columns, and every opened value is uniform, with the same
/// distribution for both inputs.
#[test]
fn opened_values_do_not_depend_on_the_private_input() {
    let p = proofs();
    let (plain_a, plain_b) = (proportional_columns(&p.plain[0]), proportional_columns(&p.plain[1]));
    assert!(plain_a.len() > 10 && plain_a != plain_b, "plain proofs: {plain_a:?} vs {plain_b:?}");
    for i in 0..2 {
        for f in &p.hiding[i] {
            assert_eq!(proportional_columns(f), Vec::<usize>::new(), "input {i}");
        }
    }
    let pooled = |i: usize| -> Vec<Felt> { p.hiding[i].iter().flat_map(|f| opened(f).all).collect() };
    let (a, b) = (pooled(0), pooled(1));
    assert!(a.len() > 10_000, "{} values", a.len());
    for (i, values) in [&a, &b].into_iter().enumerate() {
        assert!(values.iter().all(|v| *v != Felt::ZERO), "input {i}: a hiding proof opened a zero");
        let stat = chi_square_uniform(&histogram(values));
        assert!(stat < CHI_SQUARE_15, "input {i}: chi-square {stat} against uniform");
    }
    let stat = chi_square_two_samples(&histogram(&a), &histogram(&b));
    assert!(stat < CHI_SQUARE_15, "inputs a and b: chi-square {stat}");
    // Column by column: no opened column value repeats across proofs, as a fixed
    // (witness-determined) one would.
    for i in 0..2 {
        let first = opened(&p.hiding[i][0]).ood_main;
        let second = opened(&p.hiding[i][1]).ood_main;
        assert!(first.iter().zip(&second).all(|(x, y)| x != y), "input {i}");
    }
}

/// Hiding proofs are as sound as plain ones: a changed statement, any flipped byte, and
/// a tampered constrained cell are all rejected; the random rows alone are free.
#[test]
fn hiding_proofs_stay_sound() {
    let file = &proofs().hiding[0][0];
    let mut journal = file.clone();
    journal.journal = vec![2];
    assert!(verify(program(), &journal).is_err());
    let mut exit = file.clone();
    exit.exit_code = 1;
    assert!(verify(program(), &exit).is_err());
    let ProofBody::Single(bytes) = &file.body else { panic!("a single trace") };
    let step = (bytes.len() / 97).max(1);
    for pos in (0..bytes.len()).step_by(step) {
        let mut flipped = file.clone();
        let ProofBody::Single(b) = &mut flipped.body else { unreachable!() };
        b[pos] ^= 0x10;
        assert!(verify(program(), &flipped).is_err(), "byte {pos} of {}", bytes.len());
    }

    let exec = testing::build_hiding_trace(program(), INPUTS[0], Seed([9; 32])).unwrap();
    testing::check(&exec).unwrap();
    let n = exec.trace.len;
    for (col, row) in [(zkvm_air::columns::decoder::PC, 1), (zkvm_air::columns::decoder::CLK, 3)] {
        let mut tampered = testing::build_hiding_trace(program(), INPUTS[0], Seed([9; 32])).unwrap();
        tampered.trace.set(col, row, tampered.trace.get(col, row) + Felt::ONE);
        assert!(testing::check(&tampered).is_err(), "column {col} row {row}");
    }
    let mut free = testing::build_hiding_trace(program(), INPUTS[0], Seed([9; 32])).unwrap();
    for col in 0..zkvm_air::columns::WIDTH {
        free.trace.set(col, n - 1 - col % zkvm_air::hiding::RANDOM_ROWS, Felt::new(12345));
    }
    testing::check(&free).unwrap();
}

/// A hiding segmented proof (two 2^17-row segments) verifies, and its parts proven apart
/// from plans made with the same seed join into the one-process proof.
#[test]
#[ignore = "two hiding 2^17-row segments: make test-long"]
fn hiding_segmented_proofs_verify_and_join() {
    let f = zkvm_prover::fixtures::segmented();
    let config = hiding(7);
    let (file, stats) = zkvm_prover::prove_segmented(&f.program, &f.input, config, 17, None).unwrap();
    assert_eq!(stats.segments, 2);
    let statement = verify(&f.program, &file).unwrap();
    assert!(statement.hiding && statement.segments == 2);
    let plan = zkvm_prover::plan_segments(&f.program, &f.input, config, 17, zkvm_prover::MAX_RUN_CYCLES).unwrap();
    let parts = plan.parts().into_iter().map(|p| zkvm_prover::prove_part(&f.input, &plan, p).unwrap()).collect();
    let joined = zkvm_prover::join_parts(&plan, parts).unwrap();
    assert_eq!(joined.commitments().unwrap(), file.commitments().unwrap());
}
