use std::panic::{AssertUnwindSafe, catch_unwind};

use isa_spec::asm::assemble;
use winterfell::math::{FieldElement, fields::f64::BaseElement as Felt};
use zkvm_air::columns::memory;
use zkvm_prover::{ProveError, fixtures::fixtures, testing};

#[test]
fn fixtures_satisfy_the_air() {
    for f in fixtures() {
        let exec = testing::build_trace(&f.program, &f.input)
            .unwrap_or_else(|e| panic!("{}: {e}", f.name));
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
        .find(|&r| {
            exec.trace
                .get(zkvm_air::columns::f(isa_spec::Opcode::Commit), r)
                == Felt::ONE
        })
        .unwrap();
    let b0 = exec.trace.get(memory::B0, row);
    exec.trace.set(memory::B0, row, b0 + Felt::ONE);
    exec.trace
        .set(zkvm_air::columns::bytes::x(0), row, b0 + Felt::ONE);
    exec.journal[0] += 1;
    let program = exec.program.clone();
    exec.trace.recompute_multiplicities(&program);
    assert!(testing::check(&exec).is_err());
    let result = catch_unwind(AssertUnwindSafe(|| zkvm_prover::prove_execution(&exec)));
    assert!(!matches!(result, Ok(Ok(_))), "a tampered trace was proven");
}

#[test]
fn unprovable_executions_are_refused() {
    let divs = assemble("li s1, 7\nli s2, 2\ndivs s3, s1, s2\nhalt s3\n").unwrap();
    match zkvm_prover::prove(&divs, &[], None) {
        Err(ProveError::Unprovable(m)) => assert!(m.contains("`divs` is not provable yet"), "{m}"),
        other => panic!("{other:?}"),
    }
    let trap = assemble("li s1, 0\ndivu s2, s1, s1\nhalt s2\n").unwrap();
    assert!(matches!(
        zkvm_prover::prove(&trap, &[], None),
        Err(ProveError::Trap(_))
    ));
    // A return through a forged link word with an unaligned frame pointer.
    let forged = assemble("li s0, 0x4000000400000002\nret\nhalt s0\n").unwrap();
    match testing::build_trace(&forged, &[]) {
        Err(ProveError::Unprovable(m)) => assert!(m.contains("frame pointer"), "{m}"),
        Ok(_) => panic!("forged frame pointer accepted"),
        Err(e) => panic!("{e}"),
    }
}
