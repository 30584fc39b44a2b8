//! The build-time constant is the guest's ID, is usable in `const` items, and verifies
//! real receipts by ID; a dev-mode receipt is refused under it.

use zkvm_host_id_test::{GUEST_ID, GUEST_ZKBIN};
use zkvm_sdk::{Error, Input, Program, ProgramId, ProveOptions, VerifyError};

/// Evaluated at compile time: `GUEST_ID` is a constant, not a lazy value.
const FIRST_BYTE: u8 = GUEST_ID.as_bytes()[0];

#[test]
fn the_constant_is_the_guests_id() {
    let program = Program::from_bytes(GUEST_ZKBIN).unwrap();
    assert_eq!(program.id(), GUEST_ID);
    assert_eq!(FIRST_BYTE, program.id().as_bytes()[0]);
    assert_eq!(GUEST_ID.to_string().parse::<ProgramId>().unwrap(), GUEST_ID);
}

#[test]
fn receipts_verify_by_the_constant_alone() {
    let program = Program::from_bytes(GUEST_ZKBIN).unwrap();
    let input = Input::from(b"id".to_vec());
    let options = ProveOptions { embed_program: true, ..Default::default() };
    let receipt = program.prove_with(&input, &options, &|_| ()).unwrap();
    // Only the receipt's bytes and the constant: no .zkbin on the verifying side.
    let received = zkvm_sdk::Receipt::from_bytes(&receipt.to_bytes()).unwrap();
    let statement = received.verify_id(GUEST_ID).unwrap();
    assert_eq!((statement.program_id, statement.exit_code, &statement.journal[..]), (GUEST_ID, 3, &b"id"[..]));
    let mut other = *GUEST_ID.as_bytes();
    other[31] ^= 1;
    let err = received.verify_id(ProgramId::new(other)).unwrap_err();
    assert!(matches!(err, Error::Verify(VerifyError::WrongProgram { .. })), "{err}");

    let dev = program.prove_with(&input, &ProveOptions { dev_mode: true, ..Default::default() }, &|_| ()).unwrap();
    assert!(dev.is_dev_mode());
    assert_eq!((dev.exit_code, &dev.journal.bytes[..]), (3, &b"id"[..]));
    let err = zkvm_sdk::Receipt::from_bytes(&dev.to_bytes()).unwrap().verify_id(GUEST_ID).unwrap_err();
    assert!(matches!(err, Error::Verify(VerifyError::DevMode)), "{err}");
}
