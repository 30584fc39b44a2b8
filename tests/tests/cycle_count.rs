//! The cycle counter through the whole pipeline: `zk_cycle_count()` in C lowers to the
//! `cycles` instruction, whose value is the trace row it executes in.

use isa_spec::{Opcode, Program};
use zkvm_executor::{Console, Options};
use zkvm_tests::*;

/// Reads the counter twice back to back, then around a loop of `n` iterations (`n` from
/// the input); commits the three readings.
const SOURCE: &str = r#"
#include <stdint.h>
#include <zkvm.h>

int main(void) {
    unsigned char n = 0;
    zk_read(&n, 1);
    volatile uint64_t sink = 0;
    uint64_t t[3];
    t[0] = zk_cycle_count();
    t[1] = zk_cycle_count();
#pragma clang loop unroll(disable) vectorize(disable)
    for (unsigned i = 0; i < n; i++)
        sink += i;
    t[2] = zk_cycle_count();
    zk_commit(t, sizeof t);
    return 0;
}
"#;

fn program() -> Program {
    let dir = scratch("cycle-count");
    let source = dir.join("cycle_count.c");
    std::fs::write(&source, SOURCE).unwrap();
    zkcc(&[c_to_ir(&source, &dir)])
}

fn readings(journal: &[u8]) -> [u64; 3] {
    std::array::from_fn(|i| u64::from_le_bytes(journal[8 * i..8 * i + 8].try_into().unwrap()))
}

#[test]
fn counter_readings_are_the_executed_cycles() {
    let program = program();
    assert!(program.code.iter().any(|i| i.opcode == Opcode::CycleCount));
    let mut loop_costs = Vec::new();
    for n in [5u8, 10, 15] {
        let (mut out, mut err) = (std::io::sink(), std::io::sink());
        let console = Console { stdout: &mut out, stderr: &mut err };
        let (exit, steps) = zkvm_executor::execute_traced(&program, &[n], console, &Options::default()).unwrap();
        let t = readings(&exit.journal);
        // Each reading is the index of the `cycles` step that took it.
        let rows: Vec<u64> = (0..steps.len() as u64)
            .filter(|&k| program.code[steps[k as usize].pc as usize].opcode == Opcode::CycleCount)
            .collect();
        assert_eq!(rows, t, "n = {n}");
        // Two readings in a row differ by the cost of one `zk_cycle_count` call.
        assert!(t[1] > t[0] && t[1] - t[0] < 20, "{t:?}");
        loop_costs.push(t[2] - t[1]);
    }
    // The (not unrolled) loop costs the same number of cycles per iteration.
    let per5 = loop_costs[1] - loop_costs[0];
    assert!(per5 >= 10, "{loop_costs:?}");
    assert_eq!(loop_costs[2] - loop_costs[1], per5, "{loop_costs:?}");
}

#[test]
#[ignore = "slow: proves a 2^16-row trace (make test-long); the verifier's tests prove a fixture using `cycles`"]
fn counter_readings_are_proven() {
    let program = program();
    let (proof, _) = zkvm_prover::prove(&program, &[5], zkvm_prover::ProofProfile::Fast, None).expect("prove");
    let statement = zkvm_verifier::verify(&program, &proof).expect("verify");
    let (zk, _) = run_zkvm(&program, &[5]);
    assert_eq!(statement.journal, zk.journal);
    let t = readings(&statement.journal);
    assert!(t[0] < t[1] && t[1] < t[2], "{t:?}");
}
