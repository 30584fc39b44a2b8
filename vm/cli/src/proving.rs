//! `zkvm prove` and `zkvm verify`.

use std::path::Path;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use zkvm_sdk::{Error, Input, Program, ProofProfile, Receipt, Stage};

use crate::{EXIT_TRAP, Failure, fsutil, usage};

/// Exit status of a proof that does not verify (distinct from usage errors).
const EXIT_REJECTED: u8 = 1;

pub fn prove(
    program: &Program,
    input: &Input,
    output: &Path,
    journal: Option<&Path>,
    profile: ProofProfile,
) -> Result<u8, Failure> {
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed}] {msg}").unwrap());
    bar.enable_steady_tick(Duration::from_millis(120));
    let progress = |stage: Stage| {
        bar.set_message(match stage {
            Stage::Execute => "executing",
            Stage::BuildTrace => "building the trace",
            Stage::Prove => "proving (LDE, commitments, FRI)",
        })
    };
    let start = Instant::now();
    let result = program.prove_with_progress(input, profile, &progress);
    bar.finish_and_clear();
    let receipt = result.map_err(|e| match e {
        Error::Trap(trap) => Failure { status: EXIT_TRAP, message: trap.to_string() },
        other => Failure { status: EXIT_REJECTED, message: format!("error: {other}") },
    })?;
    let stats = receipt.stats.as_ref().expect("a fresh receipt has statistics");
    fsutil::write_atomic(output, &receipt.to_bytes())?;
    if let Some(path) = journal {
        fsutil::write_atomic(path, &receipt.journal.bytes)?;
    }
    eprintln!(
        "zkvm: proved {} cycles, exit code {}, journal {} bytes",
        stats.cycles,
        receipt.exit_code,
        receipt.journal.bytes.len()
    );
    eprintln!(
        "zkvm: trace {} x {} (main {} + aux {}x2), execute {:.2} s, trace {:.2} s, prove {:.2} s, total {:.2} s",
        stats.main_width + 2 * stats.aux_width,
        stats.trace_height,
        stats.main_width,
        stats.aux_width,
        stats.execute_time.as_secs_f64(),
        stats.trace_time.as_secs_f64(),
        stats.prove_time.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    eprintln!(
        "zkvm: proof {} bytes, {} bits conjectured security, written to {}",
        stats.proof_bytes,
        stats.security_bits,
        output.display()
    );
    Ok(0)
}

pub fn verify(program: &Program, proof_path: &Path, journal: Option<&Path>) -> Result<u8, Failure> {
    let bytes = fsutil::read(proof_path)?;
    let receipt = Receipt::from_bytes(&bytes).map_err(|e| match e {
        Error::Receipt(e) => usage(format!("error: {}: {e}", proof_path.display())),
        other => usage(format!("error: {}: {other}", proof_path.display())),
    })?;
    let start = Instant::now();
    let statement = receipt.verify(program).map_err(|e| Failure { status: EXIT_REJECTED, message: e.to_string() })?;
    let elapsed = start.elapsed();
    if let Some(path) = journal {
        fsutil::write_atomic(path, &statement.journal)?;
    }
    eprintln!(
        "zkvm: proof verified in {:.1} ms: program {}, exit code {}, journal {} bytes, {} bits conjectured security",
        elapsed.as_secs_f64() * 1e3,
        statement.program_id,
        statement.exit_code,
        statement.journal.len(),
        statement.security_bits
    );
    Ok(0)
}
