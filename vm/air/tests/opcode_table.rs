//! The AIR's opcode groups must agree with the ISA's opcode table (`isa_spec::Form`), the
//! single source of truth for which operands an instruction reads and writes.

use isa_spec::{Form, Opcode};
use zkvm_air::columns::FLAG_OPS;
use zkvm_air::constraints::{ALU, LOADS, READS_B, SEQUENTIAL, STORES, WRITES_SLOT_A};

fn sorted(ops: &[Opcode]) -> Vec<Opcode> {
    let mut v = ops.to_vec();
    v.sort();
    v
}

fn select(pred: impl Fn(Form) -> bool) -> Vec<Opcode> {
    sorted(&FLAG_OPS.iter().copied().filter(|op| pred(op.form())).collect::<Vec<_>>())
}

#[test]
fn every_opcode_but_trap_has_a_flag() {
    let missing: Vec<_> = Opcode::ALL.iter().filter(|op| !FLAG_OPS.contains(op)).collect();
    assert_eq!(missing, [&Opcode::Trap]);
}

#[test]
fn opcode_groups_follow_the_forms() {
    assert_eq!(sorted(ALU), select(|f| f == Form::Alu));
    assert_eq!(sorted(LOADS), select(|f| f == Form::Load));
    assert_eq!(sorted(STORES), select(|f| f == Form::Store));
    // `ret` reads its link word from slot 0 through port B.
    assert_eq!(sorted(READS_B), select(|f| f.reads_b() || f == Form::Return));
    // Calls write the link word to the callee's slot 0, which is the caller's slot `a`.
    assert_eq!(sorted(WRITES_SLOT_A), select(|f| f.writes_a() || f.a_is_frame()));
    assert_eq!(
        sorted(SEQUENTIAL),
        select(|f| !matches!(
            f,
            Form::Jump | Form::BranchNonZero | Form::Call | Form::CallIndirect | Form::Return | Form::Halt | Form::Trap
        ))
    );
}
