//! Resource exhaustion in C guests ends in a clean trap (what `zkvm run` reports with
//! exit status 134): running out of heap is an out-of-memory trap raised by `malloc`,
//! unbounded recursion a stack-overflow trap raised by the machine.

use isa_spec::TrapKind;
use zkvm_executor::{Console, Options};
use zkvm_tests::*;

fn trap_of(name: &str) -> zkvm_executor::Trap {
    let dir = scratch("traps");
    let ir = c_to_ir(&repo_root().join("tests/programs/traps").join(name), &dir);
    let program = zkcc(&[ir]);
    let options = Options { cycle_limit: 1 << 30, profile: false };
    let console = Console { stdout: &mut std::io::sink(), stderr: &mut std::io::sink() };
    match zkvm_executor::execute(&program, b"", console, &options) {
        Ok(exit) => panic!("{name}: exited with {} instead of trapping", exit.exit_code),
        Err(trap) => trap,
    }
}

#[test]
fn heap_exhaustion_is_an_out_of_memory_trap() {
    let trap = trap_of("out_of_memory.c");
    assert_eq!(trap.kind, TrapKind::OutOfMemory, "{trap}");
}

#[test]
fn unbounded_recursion_is_a_stack_overflow_trap() {
    let trap = trap_of("stack_overflow.c");
    assert_eq!(trap.kind, TrapKind::StackOverflow, "{trap}");
    assert_eq!(trap.function.as_deref(), Some("depth"), "{trap}");
}
