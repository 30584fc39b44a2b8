//! `zkvm prove --workers N | --cluster ADDR`: the parts of a segmented proof proven as
//! Ray tasks. This process plans the run (the first pass), hands the parts to the Ray
//! driver (`distributed/driver.py`, run by the Python that has `ray`), shows its events
//! as progress lines, then joins the part files and verifies the proof before writing it.
//! Scheduling, placement and worker failure are Ray's; the driver only resubmits a part
//! whose worker was lost.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use zkvm_sdk::{Error, Input, Part, PartFile, Program, ProveOptions, Seed};

use crate::proving::{EXIT_REJECTED, prove_failure};
use crate::{Failure, fsutil, segments, usage};

const DRIVER: &str = include_str!("distributed/driver.py");
/// The driver's exit status when its Python cannot import ray.
const EXIT_NO_RAY: i32 = 3;
/// Where zkvm looks for the Python that has ray first.
const PYTHON_ENV: &str = "ZKVM_PYTHON";

/// Where the parts are proven.
pub enum Cluster {
    /// A local Ray started for this proof, with this many workers.
    Workers(u32),
    /// An existing Ray cluster, by the address `ray.init` takes.
    Address(String),
}

/// How the parts are spread.
pub struct Spread {
    pub cluster: Cluster,
    /// Prover threads (Ray CPUs) per part; for local workers, the cores shared out.
    pub cpus_per_part: Option<u32>,
}

/// Tries of a part whose worker is lost.
const ATTEMPTS: u32 = 3;

/// What is proven: the files as given (the driver ships them to the workers).
pub struct Job<'a> {
    pub program_path: &'a Path,
    pub input_path: Option<&'a Path>,
    pub program: &'a Program,
    pub input: &'a Input,
    pub options: ProveOptions,
}

pub fn prove(job: Job, spread: &Spread, output: &Path, journal: Option<&Path>) -> Result<u8, Failure> {
    let start = Instant::now();
    let mut options = job.options;
    if options.zero_knowledge && options.zk_seed.is_none() {
        options.zk_seed = Some(Seed::random());
    }
    let rows = 1usize << options.segment_log;
    let memory = zkvm_sdk::estimated_peak_memory(rows, options.profile);
    note!(
        "zkvm: segments of 2^{} rows, estimated peak memory {:.1} GiB each; planning (the first pass)",
        options.segment_log,
        memory as f64 / (1u64 << 30) as f64
    );
    let plan = job.program.plan_segments(job.input, &options).map_err(prove_failure)?;
    let parts = plan.parts();
    if !parts.contains(&Part::Segment(1)) {
        note!("zkvm: the run fits in one trace: proving it here, without Ray");
        return crate::proving::prove(job.program, job.input, output, journal, &options);
    }
    note!("zkvm: [{:.0} s] {} cycles, {} parts to prove", start.elapsed().as_secs_f64(), plan.cycles(), parts.len());

    // Private (mode 0700): the seed is as secret as the input.
    let dir = tempfile::Builder::new()
        .prefix("zkvm-ray-")
        .tempdir()
        .map_err(|e| failure(format!("cannot create a temporary directory: {e}")))?;
    let seed = match options.zk_seed {
        Some(seed) if options.zero_knowledge => {
            let path = dir.path().join("seed");
            fsutil::write_atomic(&path, segments::seed_hex(seed).as_bytes())?;
            Some(path)
        }
        _ => None,
    };
    let driver = dir.path().join("driver.py");
    fsutil::write_atomic(&driver, DRIVER.as_bytes())?;
    let zkvm = std::env::current_exe().map_err(|e| usage(format!("error: cannot find the zkvm binary: {e}")))?;
    let cpus = spread.cpus_per_part.unwrap_or_else(|| match spread.cluster {
        Cluster::Workers(n) => (available_cores() / n).max(1),
        Cluster::Address(_) => 1,
    });

    let mut args: Vec<String> = vec![
        driver.display().to_string(),
        "--zkvm".into(),
        zkvm.display().to_string(),
        "--program".into(),
        job.program_path.display().to_string(),
        "--out".into(),
        dir.path().display().to_string(),
        "--cpus".into(),
        cpus.to_string(),
        "--memory".into(),
        memory.to_string(),
        "--attempts".into(),
        ATTEMPTS.to_string(),
    ];
    if let Some(path) = job.input_path {
        args.extend(["--input".into(), path.display().to_string()]);
    }
    if let Some(path) = &seed {
        args.extend(["--seed".into(), path.display().to_string()]);
    }
    for flag in run_flags(&options) {
        args.push(format!("--flag={flag}"));
    }
    for part in &parts {
        args.extend(["--part".into(), part.to_string()]);
    }
    match &spread.cluster {
        Cluster::Workers(n) => args.extend(["--workers".into(), n.to_string()]),
        Cluster::Address(a) => args.extend(["--cluster".into(), a.clone()]),
    }
    drive(&args, parts.len(), start)?;

    let mut files = Vec::with_capacity(parts.len());
    for part in &parts {
        let path = dir.path().join(format!("{part}.part"));
        let bytes = fsutil::read(&path)?;
        files.push(PartFile::from_bytes(&bytes).map_err(|e| failure(format!("{part}: a worker's part file: {e}")))?);
    }
    let receipt = job.program.join_parts(&plan, files, &options).map_err(|e| match e {
        Error::UnexpectedProgram { .. } => failure(format!("a worker proved another program: {e}")),
        e => prove_failure(e),
    })?;
    // Workers are trusted with the input, not with the proof: check what they sent.
    let statement = receipt
        .verify(job.program)
        .map_err(|e| failure(format!("the proof joined from the workers' parts does not verify: {e}")))?;
    let bytes = receipt.to_bytes();
    fsutil::write_atomic(output, &bytes)?;
    if let Some(path) = journal {
        fsutil::write_atomic(path, &statement.journal)?;
    }
    note!(
        "zkvm: proved {} cycles in {} segments, exit code {}, journal {} bytes, total {:.2} s",
        plan.cycles(),
        statement.segments,
        statement.exit_code,
        statement.journal.len(),
        start.elapsed().as_secs_f64()
    );
    note!(
        "zkvm: proof {} bytes, {} bits conjectured security, written to {}",
        bytes.len(),
        statement.security_bits,
        output.display()
    );
    Ok(0)
}

fn failure(message: String) -> Failure {
    Failure { status: EXIT_REJECTED, message: format!("error: {message}") }
}

/// The `zkvm segments prove` options that make every worker's plan this one.
fn run_flags(options: &ProveOptions) -> Vec<String> {
    let mut flags = vec![
        format!("--proof-options={}", options.profile.name()),
        format!("--segment-log={}", options.segment_log),
        format!("--max-cycles={}", options.max_cycles),
    ];
    if !options.zero_knowledge {
        flags.push("--no-zk".into());
    }
    flags
}

/// Runs the driver, turning its events into progress lines; its stderr (Ray's own
/// logging) is shown only if it fails without saying why.
fn drive(args: &[String], parts: usize, start: Instant) -> Result<(), Failure> {
    let python = python();
    let no_ray = || {
        failure(format!(
            "--workers and --cluster need Python with ray: `{python}` cannot import it \
             (`make deps` installs one into .venv; set {PYTHON_ENV}=.venv/bin/python)"
        ))
    };
    let mut child = Command::new(&python)
        .args(args)
        .env("RAY_USAGE_STATS_ENABLED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| no_ray())?;
    let mut stderr = child.stderr.take().expect("piped");
    let logs = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut error = None;
    let mut proven = 0;
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let Ok(line) = line else { break };
        let elapsed = start.elapsed().as_secs_f64();
        let words: Vec<&str> = line.splitn(4, ' ').collect();
        match words.as_slice() {
            ["nodes", n, cpus, memory] => {
                let gib = memory.parse::<f64>().unwrap_or(0.0) / (1u64 << 30) as f64;
                let nodes = if *n == "1" { "node" } else { "nodes" };
                note!("zkvm: [{elapsed:.0} s] Ray: {n} {nodes}, {cpus} CPUs, {gib:.1} GiB for tasks");
            }
            ["proven", part, node, seconds] => {
                proven += 1;
                note!("zkvm: [{elapsed:.0} s] {part} proven on node {node} in {seconds} s ({proven} of {parts})");
            }
            ["retry", part, attempt, reason] => {
                note!("zkvm: [{elapsed:.0} s] {part}: worker lost ({reason}); attempt {attempt}");
            }
            ["error", ..] => error = Some(line["error ".len()..].to_string()),
            _ => note!("zkvm: driver: {line}"),
        }
    }
    let status = child.wait().map_err(|e| failure(format!("the Ray driver: {e}")))?;
    let logs = logs.join().unwrap_or_default();
    if status.success() && proven == parts {
        return Ok(());
    }
    if status.code() == Some(EXIT_NO_RAY) {
        return Err(no_ray());
    }
    let last = logs.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no message").trim();
    Err(failure(error.unwrap_or_else(|| format!("the Ray driver failed ({status}): {last}"))))
}

/// The Python to run the driver with: `ZKVM_PYTHON`, else the checkout's `.venv` (as
/// `make deps` makes it) when this is its `target/*/zkvm`, else `python3`.
fn python() -> String {
    if let Ok(python) = std::env::var(PYTHON_ENV) {
        return python;
    }
    let exe = std::env::current_exe().ok();
    let venv = exe.as_deref().and_then(|e| Some(e.parent()?.parent()?.parent()?.join(".venv/bin/python")));
    match venv {
        Some(path) if path.exists() => path.display().to_string(),
        _ => "python3".into(),
    }
}

/// The cores this process may use.
fn available_cores() -> u32 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as u32)
}
