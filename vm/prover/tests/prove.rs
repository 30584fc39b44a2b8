use std::panic::{AssertUnwindSafe, catch_unwind};

use isa_spec::asm::assemble;
use winterfell::math::{FieldElement, fields::f64::BaseElement as Felt};
use zkvm_air::columns::memory;
use zkvm_prover::{ProveError, fixtures::fixtures, testing};

#[test]
fn fixtures_satisfy_the_air() {
    for f in fixtures() {
        let exec = testing::build_trace(&f.program, &f.input).unwrap_or_else(|e| panic!("{}: {e}", f.name));
        testing::check(&exec).unwrap_or_else(|e| panic!("{}: {e}", f.name));
    }
}

/// The real (debug) prover refuses a tampered trace: a `commit` row claiming another
/// journal byte than memory holds.
#[test]
fn debug_prover_rejects_a_tampered_trace() {
    let f = &fixtures()[3];
    let mut exec = testing::build_trace(&f.program, &f.input).unwrap();
    let row = (0..exec.trace.cycles)
        .find(|&r| exec.trace.get(zkvm_air::columns::f(isa_spec::Opcode::Commit), r) == Felt::ONE)
        .unwrap();
    let b0 = exec.trace.get(memory::B0, row);
    exec.trace.set(memory::B0, row, b0 + Felt::ONE);
    exec.trace.set(zkvm_air::columns::bytes::x(0), row, b0 + Felt::ONE);
    exec.journal[0] += 1;
    let program = exec.program.clone();
    exec.trace.recompute_multiplicities(&program);
    assert!(testing::check(&exec).is_err());
    let result = catch_unwind(AssertUnwindSafe(|| zkvm_prover::prove_execution(&exec)));
    assert!(!matches!(result, Ok(Ok(_))), "a tampered trace was proven");
}

#[test]
fn unprovable_executions_are_refused() {
    for op in ["divu", "remu", "divs", "rems"] {
        let trap = assemble(&format!("li s1, 0\n{op} s2, s1, s1\nhalt s2\n")).unwrap();
        assert!(matches!(
            zkvm_prover::prove(&trap, &[], zkvm_prover::ProofProfile::Fast, None),
            Err(ProveError::Trap(_))
        ));
    }
    // A return through a forged link word with an unaligned frame pointer.
    let forged = assemble("li s0, 0x4000000400000002\nret\nhalt s0\n").unwrap();
    match testing::build_trace(&forged, &[]) {
        Err(ProveError::Unprovable(m)) => assert!(m.contains("frame pointer"), "{m}"),
        Ok(_) => panic!("forged frame pointer accepted"),
        Err(e) => panic!("{e}"),
    }
}

/// Signed division on a grid of edge values (signs, 0, ±1, MIN, MAX, limb borders) and
/// on pseudo-random pairs, with register and immediate divisors: the trace satisfies the AIR, every result is the
/// one `semantics::alu` defines, and changing a result limb or a sign bit is caught.
#[test]
fn signed_division_edge_grid() {
    use isa_spec::Opcode;
    use isa_spec::semantics::alu;
    use zkvm_air::columns::{f, helpers::H};
    let (min, max) = (i64::MIN, i64::MAX);
    let values: Vec<i64> = vec![
        0,
        1,
        -1,
        2,
        -2,
        7,
        -7,
        min,
        min + 1,
        max,
        max - 1,
        1 << 32,
        -(1 << 32),
        0xffff_ffff,
        -0xffff_ffff,
        1 << 31,
        -(1 << 31),
        0x1234_5678_9abc,
        -0x1234_5678_9abc,
    ];
    let mut pairs: Vec<(i64, i64)> =
        values.iter().flat_map(|&b| values.iter().filter(|&&c| c != 0).map(move |&c| (b, c))).collect();
    // Plus pseudo-random pairs of every magnitude.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut random = || {
        let v = (next() >> (next() % 64)) as i64;
        if next() & 1 == 0 { v } else { v.wrapping_neg() }
    };
    for _ in 0..300 {
        let (b, c) = (random(), random());
        if c != 0 {
            pairs.push((b, c));
        }
    }
    let mut text = String::new();
    for &(b, c) in &pairs {
        text.push_str(&format!(
            "li s1, {b}\nli s2, {c}\ndivs s3, s1, s2\nrems s4, s1, s2\n\
             divs s5, s1, {c}\nrems s6, s1, {c}\n"
        ));
    }
    text.push_str("halt s3\n");
    let program = assemble(&text).unwrap();
    let exec = testing::build_trace(&program, &[]).unwrap();
    testing::check(&exec).unwrap();
    let t = &exec.trace;
    let oracle = testing::TamperOracle::new(&exec);
    let word = |lo: usize, hi: usize, r: usize| t.get(lo, r).as_int() | t.get(hi, r).as_int() << 32;
    let mut rows = 0;
    for r in 0..t.cycles {
        for op in [Opcode::DivS, Opcode::RemS] {
            if t.get(f(op), r) != Felt::ONE {
                continue;
            }
            rows += 1;
            let (b, c) = (word(memory::B0, memory::B1, r), word(memory::C0, memory::C1, r));
            let a = word(memory::A0, memory::A1, r);
            assert_eq!(Ok(a), alu(op, b, c), "{} {b:#x} {c:#x}", op.mnemonic());
            for col in [memory::A0, memory::A1, H + 1, H + 2] {
                for d in [Felt::ONE, -Felt::ONE] {
                    let v = t.get(col, r) + d;
                    assert!(oracle.detect(col, r, v).is_some(), "row {r} col {col}");
                }
            }
        }
    }
    assert_eq!(rows, 4 * pairs.len());
}

/// `sha256sum` and `sha256sig`, both variants, slot and immediate variant operands, on
/// boundary words and pseudo-random ones (high limbs set or not): the trace satisfies
/// the AIR, every result is the one `semantics::alu` defines, and the debug prover's
/// proof verifies with the executor's journal.
#[test]
fn sha256_functions_prove_and_verify() {
    use isa_spec::Opcode;
    use isa_spec::semantics::alu;
    use zkvm_air::columns::f;
    let mut values: Vec<u64> =
        vec![0, 1, 0xffff_ffff, 0x8000_0000, 1 << 32, u64::MAX, 0x6a09_e667, 0xbb67_ae85_510e_527f];
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..40 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        values.push(x);
    }
    let mut text = String::from("li s10, 0\nli s11, 1\n");
    for &b in &values {
        text.push_str(&format!(
            "li s1, {b}\nsha256sum s2, s1, s10\nsha256sum s3, s1, 1\nsha256sig s4, s1, 0\nsha256sig s5, s1, s11\n\
             commit s2\ncommit s3\ncommit s4\ncommit s5\n"
        ));
    }
    text.push_str("halt s2\n");
    let program = assemble(&text).unwrap();
    let exec = testing::build_trace(&program, &[]).unwrap();
    testing::check(&exec).unwrap();
    let t = &exec.trace;
    let word = |lo: usize, hi: usize, r: usize| t.get(lo, r).as_int() | t.get(hi, r).as_int() << 32;
    let mut seen = std::collections::BTreeSet::new();
    for r in 0..t.cycles {
        for op in [Opcode::Sha256Sum, Opcode::Sha256Sig] {
            if t.get(f(op), r) == Felt::ONE {
                let (b, c) = (word(memory::B0, memory::B1, r), word(memory::C0, memory::C1, r));
                assert_eq!(Ok(word(memory::A0, memory::A1, r)), alu(op, b, c), "{} {b:#x} {c}", op.mnemonic());
                seen.insert((op, c));
            }
        }
    }
    assert_eq!(seen.len(), 4);
    let (file, _) = zkvm_prover::prove(&program, &[], zkvm_prover::ProofProfile::Fast, None).unwrap();
    let statement = zkvm_verifier::verify(&program, &file).unwrap();
    assert_eq!(statement.journal, exec.journal);
    assert_eq!(statement.journal.len(), 4 * values.len());
}

/// `rotl` by every amount 0..127 and by amounts with high bits set (2^32 + 33,
/// 2^64 − 3), as slots and immediates, and `andn` on every pair, over boundary words and
/// pseudo-random ones (both limbs non-zero): the trace satisfies the AIR, every result
/// is the one `semantics::alu` defines, and the debug prover's proof verifies with the
/// executor's journal.
#[test]
fn rotl_and_andn_prove_and_verify() {
    use isa_spec::Opcode;
    use isa_spec::semantics::alu;
    use zkvm_air::columns::f;
    let mut values: Vec<u64> = vec![0, 1, 0xffff_ffff, 1 << 32, 1 << 63, u64::MAX, 0x0123_4567_89ab_cdef];
    let mut x = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..6 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        values.push(x);
    }
    let mut text = String::new();
    for (i, &b) in values.iter().enumerate() {
        text.push_str(&format!("li s1, {b}\n"));
        // Sixteen amounts per word, continuing where the previous word stopped: the
        // words together run through 0..127 without 128 rows each.
        for k in 0..16 {
            let amount = (16 * i + k) % 128;
            text.push_str(&format!("li s2, {amount}\nrotl s3, s1, s2\nrotl s4, s1, {amount}\n"));
        }
        text.push_str("rotl s3, s1, 0x100000021\nli s2, -3\nrotl s4, s1, s2\ncommit s4\n");
        for &c in &values {
            text.push_str(&format!("li s2, {c}\nandn s3, s1, s2\ncommit s3\n"));
        }
        text.push_str("andn s3, s1, 0xf0f0f0f0\ncommit s3\n");
    }
    text.push_str("halt s3\n");
    let program = assemble(&text).unwrap();
    let exec = testing::build_trace(&program, &[]).unwrap();
    testing::check(&exec).unwrap();
    let t = &exec.trace;
    let word = |lo: usize, hi: usize, r: usize| t.get(lo, r).as_int() | t.get(hi, r).as_int() << 32;
    let mut amounts = std::collections::BTreeSet::new();
    let mut andn = 0;
    for r in 0..t.cycles {
        for op in [Opcode::Rotl, Opcode::AndN] {
            if t.get(f(op), r) == Felt::ONE {
                let (b, c) = (word(memory::B0, memory::B1, r), word(memory::C0, memory::C1, r));
                assert_eq!(Ok(word(memory::A0, memory::A1, r)), alu(op, b, c), "{} {b:#x} {c:#x}", op.mnemonic());
                if op == Opcode::Rotl {
                    amounts.insert(c);
                } else {
                    andn += 1;
                }
            }
        }
    }
    assert!((0..128).all(|c| amounts.contains(&c)) && amounts.contains(&(u64::MAX - 2)));
    assert_eq!(andn, values.len() * (values.len() + 1));
    let (file, _) = zkvm_prover::prove(&program, &[], zkvm_prover::ProofProfile::Fast, None).unwrap();
    let statement = zkvm_verifier::verify(&program, &file).unwrap();
    assert_eq!(statement.journal, exec.journal);
    assert_eq!(statement.journal.len(), values.len() * (values.len() + 2));
}
