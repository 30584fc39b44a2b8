//! The AIR decodes every opcode of the ISA's table except `trap`, which must stay
//! unprovable.

use isa_spec::Opcode;
use zkvm_air::columns::FLAG_OPS;

#[test]
fn every_opcode_but_trap_has_a_flag() {
    let missing: Vec<_> = Opcode::ALL.iter().filter(|op| !FLAG_OPS.contains(op)).collect();
    assert_eq!(missing, [&Opcode::Trap]);
}
