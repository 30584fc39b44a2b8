//! `zkvm-bench`: the benchmark suite (`make bench`), the side-by-side run with Miden VM
//! (`make bench-compare`), segmented proving (`make bench-segments`), and the child
//! processes they measure in.
//!
//! Run from the repository root. `BENCH_RUNS` (default 3) sets the runs per median,
//! `BENCH_MAX_LOG` (default 20) the largest trace proved, as a power of two.

mod bare;
mod child;
mod guests;
mod miden;
mod report;
mod segments;
mod suite;
mod workloads;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "zkvm-bench", about = "Benchmarks the zkvm prover")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Measures every workload and writes the table to BENCHMARKS.md.
    Suite,
    /// Proves the LCG loop and the SHA-256 chain with us and with Miden VM, alternating.
    Compare {
        /// The `miden-vm` executable.
        #[arg(long)]
        miden: PathBuf,
        /// The folder with the Miden workloads (`lcg_loop.masm`, `sha_chain.masm`, inputs).
        #[arg(long)]
        workloads: PathBuf,
    },
    /// Proves a long run in segments against a single-trace proof; writes BENCHMARKS.md.
    Segments,
    /// (child) Proves one program in segments and reports its statistics on stdout.
    #[command(hide = true)]
    ProveSegmented {
        program: PathBuf,
        input: PathBuf,
        proof: PathBuf,
        #[arg(long)]
        segment_log: u32,
    },
    /// (child) Proves one program and reports its statistics on stdout.
    #[command(hide = true)]
    Prove {
        program: PathBuf,
        input: PathBuf,
        proof: PathBuf,
        /// The proof options (`fast`, `small` or `smallest`), named as on `zkvm prove`.
        #[arg(long = "proof-options", default_value = "fast", value_parser = child::parse_profile)]
        profile: zkvm_prover::ProofProfile,
    },
    /// (child) Proves a bare trace of this shape and reports the prove time.
    #[command(hide = true)]
    Bare { main_width: usize, aux_width: usize, height: usize },
}

/// Settings of one benchmark run.
pub struct Config {
    pub root: PathBuf,
    pub runs: usize,
    pub max_log: u32,
    pub load_at_start: String,
}

impl Config {
    fn from_env() -> Result<Config> {
        let root = std::env::current_dir()?;
        if !root.join("bench/guests").is_dir() {
            bail!("run from the repository root (no bench/guests here)");
        }
        let runs = env_number("BENCH_RUNS", 3)?;
        let max_log = env_number("BENCH_MAX_LOG", 20)?;
        if runs == 0 || !(16..=26).contains(&max_log) {
            bail!("BENCH_RUNS must be at least 1 and BENCH_MAX_LOG within 16..=26");
        }
        let config =
            Config { root, runs: runs as usize, max_log: max_log as u32, load_at_start: report::load_average() };
        std::fs::create_dir_all(config.out_dir())?;
        Ok(config)
    }

    /// Where built guests, inputs and proofs go.
    pub fn out_dir(&self) -> PathBuf {
        self.root.join("target/bench")
    }
}

pub fn env_number(name: &str, default: u64) -> Result<u64> {
    match std::env::var(name) {
        Ok(v) => v.trim().parse().with_context(|| format!("{name}={v} is not a number")),
        Err(_) => Ok(default),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zkvm-bench: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cmd: Cmd) -> Result<()> {
    match cmd {
        Cmd::Suite => suite::run(&Config::from_env()?),
        Cmd::Compare { miden, workloads } => miden::compare(&Config::from_env()?, &miden, &workloads),
        Cmd::Segments => segments::run(&Config::from_env()?),
        Cmd::ProveSegmented { program, input, proof, segment_log } => {
            segments::prove_child(&program, &input, &proof, segment_log)
        }
        Cmd::Prove { program, input, proof, profile } => prove_child(&program, &input, &proof, profile),
        Cmd::Bare { main_width, aux_width, height } => {
            if !height.is_power_of_two() || height < 8 || main_width == 0 || aux_width == 0 {
                bail!("bare trace: height must be a power of two >= 8 and widths positive");
            }
            let (time, _) = bare::prove(main_width, aux_width, height)?;
            println!("prove_s={}", time.as_secs_f64());
            Ok(())
        }
    }
}

fn prove_child(program: &Path, input: &Path, proof_path: &Path, profile: zkvm_prover::ProofProfile) -> Result<()> {
    let bytes = std::fs::read(program).with_context(|| format!("cannot read {}", program.display()))?;
    let program = isa_spec::Program::from_bytes(&bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
    let input = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    let (proof, s) = zkvm_prover::prove(&program, &input, profile, None)?;
    std::fs::write(proof_path, proof.to_bytes()).with_context(|| format!("cannot write {}", proof_path.display()))?;
    println!("cycles={}", s.cycles);
    println!("main_width={}", s.main_width);
    println!("aux_width={}", s.aux_width);
    println!("height={}", s.trace_height);
    println!("execute_s={}", s.execute_time.as_secs_f64());
    println!("trace_s={}", s.trace_time.as_secs_f64());
    println!("prove_s={}", s.prove_time.as_secs_f64());
    println!("proof_bytes={}", s.proof_bytes);
    println!("security_bits={}", s.security_bits);
    println!("journal={}", child::hex(&proof.journal));
    Ok(())
}
