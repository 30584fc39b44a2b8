//! Proof files on arbitrary bytes, verified against one fixed program
//! (`fuzz/statement.s`, which reads no input and so has exactly one provable
//! statement): decoding and verification never panic, and a proof that verifies states
//! the honest program ID, journal and exit code.

#![no_main]

use std::sync::LazyLock;

use isa_spec::Program;
use libfuzzer_sys::fuzz_target;
use zkvm_executor::{Console, Options, execute};
use zkvm_verifier::{ProofFile, verify};

struct Honest {
    program: Program,
    journal: Vec<u8>,
    exit_code: u32,
}

static HONEST: LazyLock<Honest> = LazyLock::new(|| {
    let program = isa_spec::asm::assemble(include_str!("../statement.s")).expect("statement.s assembles");
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let console = Console { stdout: &mut out, stderr: &mut err };
    let exit = execute(&program, &[], console, &Options::default()).expect("statement.s halts");
    Honest { program, journal: exit.journal, exit_code: exit.exit_code }
});

fuzz_target!(|data: &[u8]| {
    let honest = &*HONEST;
    let Ok(file) = ProofFile::from_bytes(data) else { return };
    assert_eq!(file.to_bytes(), data, "a decoded proof file re-encodes differently");
    if let Ok(statement) = verify(&honest.program, &file) {
        assert_eq!(statement.program_id, honest.program.program_id());
        assert_eq!(statement.journal, honest.journal, "accepted a false journal");
        assert_eq!(statement.exit_code, honest.exit_code, "accepted a false exit code");
    }
});
