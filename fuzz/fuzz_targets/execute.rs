//! The executor on any loadable program, with a small cycle limit: it halts or traps,
//! never panics. Inputs that are not `.zkbin` files are read as a bare instruction
//! stream (entry 0, no data), so that mutations reach the interpreter quickly.

#![no_main]

use isa_spec::{INSTRUCTION_BYTES, Instruction, Program};
use libfuzzer_sys::fuzz_target;
use zkvm_executor::{Console, Options, execute};

fuzz_target!(|data: &[u8]| {
    let Some(program) = Program::from_bytes(data).ok().or_else(|| bare(data)) else { return };
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let console = Console { stdout: &mut out, stderr: &mut err };
    let options = Options { cycle_limit: 4096, profile: false };
    // The first bytes double as the private input.
    let input = &data[..data.len().min(16)];
    if let Ok(exit) = execute(&program, input, console, &options) {
        assert!(exit.cycles <= options.cycle_limit);
    }
});

fn bare(data: &[u8]) -> Option<Program> {
    let code = data
        .chunks_exact(INSTRUCTION_BYTES)
        .map(|c| Instruction::decode(c.try_into().unwrap()))
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    let program = Program { code, ..Program::default() };
    program.validate().ok()?;
    Some(program)
}
