//! `zkvm prove` and `zkvm verify`.

use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use zkvm_sdk::{Error, Input, Program, ProgramId, ProveOptions, Receipt, Stage};

use crate::{EXIT_TRAP, Failure, fsutil, usage};

/// Exit status of a proof that does not verify (distinct from usage errors).
pub(crate) const EXIT_REJECTED: u8 = 1;
/// A proving error: a guest trap (134) or a failure to prove (1).
pub(crate) fn prove_failure(e: Error) -> Failure {
    match e {
        Error::Trap(trap) => Failure { status: EXIT_TRAP, message: trap.to_string() },
        other => Failure { status: EXIT_REJECTED, message: format!("error: {other}") },
    }
}

/// Exit status of a proof refused because its traces would not fit in memory.
const EXIT_MEMORY: u8 = 3;
/// Exit status of `zkvm verify` given an unproven dev-mode receipt: not a malformed
/// file, not a false proof, but no proof at all; scripts can tell it apart.
const EXIT_DEV_MODE: u8 = 4;

pub fn prove(
    program: &Program,
    input: &Input,
    output: &Path,
    journal: Option<&Path>,
    options: &ProveOptions,
) -> Result<u8, Failure> {
    if options.dev_mode {
        return prove_dev(program, input, output, journal, options);
    }
    check_memory(program, input, options)?;
    let tty = std::io::stderr().is_terminal();
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed}] {msg}").unwrap());
    if tty {
        bar.enable_steady_tick(Duration::from_millis(120));
    }
    let start = Instant::now();
    let progress = |stage: Stage| {
        let msg = match stage {
            Stage::Execute => "executing".to_string(),
            Stage::BuildTrace => "building the trace".to_string(),
            Stage::Prove => "proving (LDE, commitments, FRI)".to_string(),
            Stage::Commit { segment } => format!("segment {}: executing, committing its memory boundary", segment + 1),
            Stage::ProveSegment { segment, count } => format!("segment {} of {count}: proving", segment + 1),
            Stage::ProveFinal { index, count } => format!("final memory {} of {count}: proving", index + 1),
        };
        // Segments take minutes each: without a terminal, a plain line per stage.
        let segmented = !matches!(stage, Stage::Execute | Stage::BuildTrace | Stage::Prove);
        if !tty && segmented {
            note!("zkvm: [{:.0} s] {msg}", start.elapsed().as_secs_f64());
        }
        bar.set_message(msg);
    };
    let result = program.prove_with(input, options, &progress);
    bar.finish_and_clear();
    let receipt = result.map_err(prove_failure)?;
    let stats = receipt.stats.as_ref().expect("a fresh receipt has statistics");
    fsutil::write_atomic(output, &receipt.to_bytes())?;
    if let Some(path) = journal {
        fsutil::write_atomic(path, &receipt.journal.bytes)?;
    }
    note!(
        "zkvm: proved {} cycles, exit code {}, journal {} bytes",
        stats.cycles,
        receipt.exit_code,
        receipt.journal.bytes.len()
    );
    let shape = if stats.segments > 1 {
        format!("{} segments of up to {} rows", stats.segments, stats.trace_height)
    } else {
        format!("trace {} x {}", stats.main_width + 2 * stats.aux_width, stats.trace_height)
    };
    note!(
        "zkvm: {shape} (main {} + aux {}x2), execute {:.2} s, trace {:.2} s, prove {:.2} s, total {:.2} s",
        stats.main_width,
        stats.aux_width,
        stats.execute_time.as_secs_f64(),
        stats.trace_time.as_secs_f64(),
        stats.prove_time.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    note!(
        "zkvm: proof {} bytes, {} bits conjectured security, written to {}",
        stats.proof_bytes,
        stats.security_bits,
        output.display()
    );
    Ok(0)
}

/// Dev mode: executes, writes an unproven receipt, and says so on stderr before and after.
fn prove_dev(
    program: &Program,
    input: &Input,
    output: &Path,
    journal: Option<&Path>,
    options: &ProveOptions,
) -> Result<u8, Failure> {
    note!("zkvm: warning: dev mode: executing without proving; the receipt will NOT be a proof");
    let receipt = program.prove_with(input, options, &|_| ()).map_err(prove_failure)?;
    fsutil::write_atomic(output, &receipt.to_bytes())?;
    if let Some(path) = journal {
        fsutil::write_atomic(path, &receipt.journal.bytes)?;
    }
    let cycles = receipt.stats.as_ref().map_or(0, |s| s.cycles);
    note!(
        "zkvm: executed {cycles} cycles, exit code {}, journal {} bytes; wrote an unproven dev-mode receipt to {} (not a proof: every verifier refuses it)",
        receipt.exit_code,
        receipt.journal.bytes.len(),
        output.display()
    );
    Ok(0)
}

/// Prints the prover's memory estimate and refuses a trace that cannot fit in the
/// memory available now, before any proving work.
pub(crate) fn check_memory(program: &Program, input: &Input, options: &ProveOptions) -> Result<(), Failure> {
    let rows = program.proof_rows(input, options).map_err(prove_failure)?;
    let need = zkvm_sdk::estimated_peak_memory(rows, options.profile);
    let gib = |b: u64| b as f64 / (1u64 << 30) as f64;
    note!("zkvm: traces of up to 2^{} rows, estimated peak memory {:.1} GiB", rows.ilog2(), gib(need));
    if let Some(available) = available_memory()
        && need > available
    {
        return Err(Failure {
            status: EXIT_MEMORY,
            message: format!(
                "error: a trace of 2^{} rows needs about {:.1} GiB, but only {:.1} GiB are available: prove in smaller segments (--segment-log {})",
                rows.ilog2(),
                gib(need),
                gib(available),
                rows.ilog2() - 1
            ),
        });
    }
    Ok(())
}

/// Memory this process may still use: the system's available memory, capped by the
/// cgroup's limit (Linux); `None` where neither can be read.
fn available_memory() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok();
    let system = meminfo.as_deref().and_then(|m| {
        let line = m.lines().find(|l| l.starts_with("MemAvailable:"))?;
        line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
    });
    let read = |f: &str| std::fs::read_to_string(format!("/sys/fs/cgroup/{f}")).ok()?.trim().parse::<u64>().ok();
    let cgroup = read("memory.max").map(|max| max.saturating_sub(read("memory.current").unwrap_or(0)));
    match (system, cgroup) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// What `zkvm verify` checks a proof against.
pub enum Against {
    Program(Program),
    /// The program ID alone: the proof's embedded image (`--embed-program`) must hash to it.
    Id(ProgramId),
}

pub fn verify(against: &Against, proof_path: &Path, journal: Option<&Path>) -> Result<u8, Failure> {
    let bytes = fsutil::read(proof_path)?;
    let receipt = Receipt::from_bytes(&bytes).map_err(|e| match e {
        Error::Receipt(e) => usage(format!("error: {}: {e}", proof_path.display())),
        other => usage(format!("error: {}: {other}", proof_path.display())),
    })?;
    let start = Instant::now();
    let result = match against {
        Against::Program(program) => receipt.verify(program),
        Against::Id(id) => receipt.verify_id(*id),
    };
    let statement = result.map_err(|e| match e {
        Error::Verify(zkvm_sdk::VerifyError::DevMode) => Failure { status: EXIT_DEV_MODE, message: e.to_string() },
        Error::Verify(zkvm_sdk::VerifyError::NoImage) => usage(format!("error: {}: {e}", proof_path.display())),
        e => Failure { status: EXIT_REJECTED, message: e.to_string() },
    })?;
    let elapsed = start.elapsed();
    if let Some(path) = journal {
        fsutil::write_atomic(path, &statement.journal)?;
    }
    let segments = if statement.segments > 1 { format!(", {} segments", statement.segments) } else { String::new() };
    let zk = if statement.hiding { "zero-knowledge" } else { "not zero-knowledge" };
    note!(
        "zkvm: proof verified in {:.1} ms: program {}, exit code {}, journal {} bytes, {} bits conjectured security, {zk}{segments}",
        elapsed.as_secs_f64() * 1e3,
        statement.program_id,
        statement.exit_code,
        statement.journal.len(),
        statement.security_bits
    );
    Ok(0)
}
