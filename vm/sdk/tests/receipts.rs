//! Receipts: verified with the program, with a pinned ID, or by the ID alone; dev-mode
//! receipts carry the executor's statement and are refused by every verify.

use std::sync::OnceLock;

use zkvm_sdk::{Error, Input, Program, ProgramId, ProveOptions, Receipt, VerifyError};

/// Commits its input bytes and halts with exit code 3.
const GUEST: &str = "\
.func \"_start\"
loop:
    read s1
    eq s2, s1, -1
    bnz s2, done
    commit s1
    jmp loop
done:
    li s3, 3
    halt s3
";

fn program() -> Program {
    Program::from(isa_spec::asm::assemble(GUEST).unwrap())
}

/// A receipt that carries the program's image.
fn proven() -> &'static Receipt {
    static R: OnceLock<Receipt> = OnceLock::new();
    let options = ProveOptions { embed_program: true, ..seeded() };
    R.get_or_init(|| program().prove_with(&Input::from(b"sdk".to_vec()), &options, &|_| ()).unwrap())
}

/// The default options with a fixed seed: the same traces and commitments every time.
fn seeded() -> ProveOptions {
    ProveOptions { zk_seed: Some(zkvm_sdk::Seed([7; 32])), ..ProveOptions::default() }
}

#[test]
fn receipts_verify_by_program_and_by_id() {
    let program = program();
    let receipt = Receipt::from_bytes(&proven().to_bytes()).unwrap();
    assert!(!receipt.is_dev_mode());
    let image = receipt.image.as_ref().unwrap();
    assert_eq!(image.id(), program.id());
    assert!(image.as_isa().symbols.is_empty());
    assert_eq!(proven().stats.as_ref().unwrap().proof_bytes, receipt.to_bytes().len());
    let statement = receipt.verify(&program).unwrap();
    assert_eq!((statement.exit_code, &statement.journal[..]), (3, &b"sdk"[..]));
    assert_eq!(receipt.verify_id(program.id()).unwrap(), statement);
    assert_eq!(receipt.verify_with_id(&program, program.id()).unwrap(), statement);
    let other = ProgramId::new([0x5a; 32]);
    assert!(matches!(receipt.verify_id(other), Err(Error::Verify(VerifyError::WrongProgram { .. }))));
    assert!(matches!(receipt.verify_with_id(&program, other), Err(Error::UnexpectedProgram { .. })));
}

/// By default a receipt does not carry the image: it verifies with the program only.
#[test]
fn receipts_without_the_image_need_the_program() {
    let program = program();
    let bare = program.prove_with(&Input::from(b"sdk".to_vec()), &seeded(), &|_| ()).unwrap();
    assert!(bare.image.is_none());
    let embedded = proven();
    let image_len = program.as_isa().image_bytes().len();
    // The same proof without its image (two proofs may differ in their proof-of-work
    // nonce, and so in the queries they open and their size).
    let stripped = Receipt { image: None, ..embedded.clone() };
    assert_eq!(embedded.to_bytes().len() - stripped.to_bytes().len(), image_len);
    assert_eq!(bare.stats.as_ref().unwrap().proof_bytes, bare.to_bytes().len());
    let received = Receipt::from_bytes(&bare.to_bytes()).unwrap();
    assert_eq!(received.verify(&program).unwrap().journal, b"sdk");
    let err = received.verify_id(program.id()).unwrap_err();
    assert!(matches!(err, Error::Verify(VerifyError::NoImage)), "{err}");
    assert!(err.to_string().contains("--embed-program"), "{err}");
}

#[test]
fn dev_mode_receipts_hold_the_executors_statement_and_never_verify() {
    let program = program();
    let input = Input::from(b"dev".to_vec());
    let options = ProveOptions { dev_mode: true, ..ProveOptions::default() };
    let stages = std::cell::RefCell::new(Vec::new());
    let receipt = program.prove_with(&input, &options, &|s| stages.borrow_mut().push(s)).unwrap();
    assert_eq!(*stages.borrow(), [zkvm_sdk::Stage::Execute]);
    assert!(receipt.is_dev_mode());
    let run = program.execute(&input).unwrap();
    assert_eq!((receipt.exit_code, &receipt.journal), (run.exit_code, &run.journal));
    let stats = receipt.stats.as_ref().unwrap();
    assert_eq!((stats.cycles, stats.security_bits, stats.proof_bytes), (run.cycles, 0, receipt.to_bytes().len()));
    // What a verifier gets: the same receipt from bytes.
    let received = Receipt::from_bytes(&receipt.to_bytes()).unwrap();
    assert!(received.is_dev_mode());
    for result in
        [received.verify(&program), received.verify_id(program.id()), received.verify_with_id(&program, program.id())]
    {
        let err = result.unwrap_err();
        assert!(matches!(err, Error::Verify(VerifyError::DevMode)), "{err}");
        assert!(err.to_string().contains("an unproven dev-mode receipt is not a proof"), "{err}");
    }
    // A real receipt relabelled as dev mode is refused too (nothing is checked).
    let mut relabelled = proven().clone();
    relabelled.proof = zkvm_sdk::ProofBody::DevMode;
    assert!(matches!(relabelled.verify(&program), Err(Error::Verify(VerifyError::DevMode))));
    // A trap in dev mode is a trap.
    let trap = Program::from(isa_spec::asm::assemble(".func \"_start\"\nli s1, 0\nld8 s2, [s1]\nhalt s2\n").unwrap());
    assert!(matches!(trap.prove_with(&input, &options, &|_| ()), Err(Error::Trap(_))));
}
