//! The host: writes a `Request` for the guest, executes it, proves the execution,
//! verifies the proof and decodes the journal.
//!
//! `cargo run [-- PROGRAM.zkbin]` (default: the guest crate's build output).

use serde::{Deserialize, Serialize};
use zkvm_sdk::{Input, Program};

/// Must match the guest's `Request` field for field: postcard is not self-describing.
#[derive(Serialize)]
struct Request {
    name: String,
    values: Vec<u64>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Summary {
    name: String,
    count: u32,
    sum: u64,
    max: u64,
}

const GUEST: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../guest/target/zkvm/{name}-guest.zkbin");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| GUEST.to_string());
    let program = Program::load(&path).map_err(|e| format!("{e} (build the guest with `zkcc build guest`)"))?;
    println!("program {}", program.id());

    let request = Request { name: "{name}".into(), values: vec![3, 1, 4, 1, 5, 9, 2, 6] };
    let mut input = Input::new();
    input.write(&request)?;

    let run = program.execute(&input)?;
    print!("{}", String::from_utf8_lossy(&run.stdout));
    println!("executed: {} cycles, exit code {}", run.cycles, run.exit_code);

    let receipt = program.prove(&input)?;
    let statement = receipt.verify(&program)?;
    if statement.exit_code != 0 {
        return Err(format!("the guest failed with exit code {}", statement.exit_code).into());
    }
    let summary: Summary = receipt.journal.decode()?;
    println!("verified ({} bits): {summary:?}", statement.security_bits);
    let expected = Summary { name: request.name, count: 8, sum: 31, max: 9 };
    if summary != expected {
        return Err(format!("expected {expected:?}").into());
    }
    Ok(())
}
