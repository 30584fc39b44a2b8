//! `make bench`: builds the guests, measures every workload and the size series, and
//! compares each trace shape with the bare Winterfell prove of that shape.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use isa_spec::Program;
use zkvm_executor::{Console, Options};
use zkvm_prover::ProofProfile;

use crate::child::{self, ProveReport};
use crate::report::{self, Row};
use crate::workloads::{self, Workload};
use crate::{Config, guests};

/// The smallest trace the AIR allows (its 16-bit tables).
const MIN_LOG_HEIGHT: u32 = 16;
/// Cycles of the executor-speed run (no proof).
const EXECUTOR_CYCLES: u64 = 100_000_000;

/// Height at which the size series also proves with the smaller-proof profiles.
const SMALL_PROFILE_LOG: u32 = 18;

pub fn run(config: &Config) -> Result<()> {
    let built = guests::build_all(config, &workloads::guests());
    let mut bare = BareCache::default();
    let mut rows = Vec::new();
    for w in workloads::suite() {
        rows.push(measure(config, &built, &w, ProofProfile::Fast, &mut bare));
    }
    match size_series(config, &built, &mut bare) {
        Ok(series) => rows.extend(series),
        Err(e) => rows.push(Row::failed("LCG size series", "C", format!("{e:#}"))),
    }
    rows.push(executor_speed(config, &built).unwrap_or_else(|e| Row::failed("executor speed", "C", format!("{e:#}"))));
    let table = report::suite_table(config, &rows);
    println!("{table}");
    report::write_section(&config.root, "suite", &table)
}

/// Bare prove times per height (the widths never change). The runs at a height are taken
/// alternately with the prove runs of the first workload of that height, so that both see
/// the same load on a shared machine.
#[derive(Default)]
struct BareCache(HashMap<usize, Result<Vec<f64>, String>>);

impl BareCache {
    /// Takes one more bare run at this shape, unless there are enough already.
    fn sample(&mut self, config: &Config, p: &ProveReport) {
        let entry = self.0.entry(p.height).or_insert_with(|| Ok(Vec::new()));
        if !matches!(entry, Ok(times) if times.len() < config.runs) {
            return;
        }
        eprintln!("bench: bare Winterfell at {} x 2^{}", p.main_width, p.height.trailing_zeros());
        match child::bare(p.main_width, p.aux_width, p.height) {
            Ok(t) => {
                if let Ok(times) = entry {
                    times.push(t)
                }
            }
            Err(e) => *entry = Err(format!("failed: {e:#}")),
        }
    }

    fn median(&self, height: usize) -> Result<f64, String> {
        match self.0.get(&height) {
            Some(Ok(times)) if !times.is_empty() => Ok(median(times)),
            Some(Err(e)) => Err(e.clone()),
            _ => Err("not measured".into()),
        }
    }
}

pub fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

fn measure(config: &Config, built: &guests::Built, w: &Workload, profile: ProofProfile, bare: &mut BareCache) -> Row {
    eprintln!("bench: {} ({})", w.name, w.guest.lang());
    let result = (|| -> Result<Row> {
        let program_path = built.get(w.guest)?;
        let program = load(program_path)?;
        let (cycles, speed) = executor_speed_of(&program, &w.input, &w.expected)?;
        let mut row = Row::new(&w.name, w.guest.lang(), cycles, speed);
        let log = needed_log_height(cycles);
        if log > config.max_log {
            row.note = Some(format!("not proved: needs 2^{log} rows > BENCH_MAX_LOG={}", config.max_log));
            return Ok(row);
        }
        row.proved = Some(prove_runs(config, w, program_path, &program, profile, bare)?);
        Ok(row)
    })();
    result.unwrap_or_else(|e| Row::failed(&w.name, w.guest.lang(), format!("{e:#}")))
}

fn load(path: &Path) -> Result<Program> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Program::from_bytes(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// Rows the trace needs for `cycles` (a lower bound: the prover reports the real height).
fn needed_log_height(cycles: u64) -> u32 {
    (cycles + 2).next_power_of_two().trailing_zeros().max(MIN_LOG_HEIGHT)
}

/// Runs the program without a trace, repeated for at least a fifth of a second; checks the
/// journal and returns the cycles and cycles per second.
fn executor_speed_of(program: &Program, input: &[u8], expected: &[u8]) -> Result<(u64, f64)> {
    let options = Options::default();
    let start = Instant::now();
    let mut reps = 0u32;
    loop {
        let (mut out, mut err) = (std::io::sink(), std::io::sink());
        let exit = zkvm_executor::execute(program, input, Console { stdout: &mut out, stderr: &mut err }, &options)?;
        if exit.journal != expected {
            bail!("wrong journal {} (expected {})", child::hex(&exit.journal), child::hex(expected));
        }
        reps += 1;
        let elapsed = start.elapsed().as_secs_f64();
        if elapsed >= 0.2 || reps >= 1000 {
            return Ok((exit.cycles, exit.cycles as f64 * f64::from(reps) / elapsed));
        }
    }
}

fn prove_runs(
    config: &Config,
    w: &Workload,
    program_path: &Path,
    program: &Program,
    profile: ProofProfile,
    bare: &mut BareCache,
) -> Result<report::Proved> {
    let dir = config.out_dir();
    let input = dir.join("input.bin");
    std::fs::write(&input, &w.input)?;
    let proof_path = dir.join("proof.bin");
    let mut runs = Vec::new();
    for _ in 0..config.runs {
        let r = child::prove(program_path, &input, &proof_path, profile)?;
        if r.journal != w.expected {
            bail!("the proof's journal {} is not the expected {}", child::hex(&r.journal), child::hex(&w.expected));
        }
        if profile == ProofProfile::Fast {
            bare.sample(config, &r);
        }
        runs.push(r);
    }
    let verify = verify_time(config, program, &proof_path)?;
    let bare = match profile {
        ProofProfile::Fast => bare.median(runs[0].height),
        ProofProfile::Small | ProofProfile::Smallest => Err("n/a (fast profile only)".into()),
    };
    Ok(report::Proved::new(&runs, verify, bare))
}

/// Median verify time of the last proof, in seconds.
fn verify_time(config: &Config, program: &Program, proof_path: &Path) -> Result<f64> {
    let proof = zkvm_verifier::ProofFile::from_bytes(&std::fs::read(proof_path)?)
        .map_err(|e| anyhow::anyhow!("proof file: {e}"))?;
    let mut times = Vec::new();
    for _ in 0..config.runs.max(5) {
        let start = Instant::now();
        zkvm_verifier::verify(program, &proof).map_err(|e| anyhow::anyhow!("our proof does not verify: {e}"))?;
        times.push(start.elapsed().as_secs_f64());
    }
    Ok(median(&times))
}

/// The LCG loop (C) sized to fill traces of 2^16 .. 2^max_log rows.
fn size_series(config: &Config, built: &guests::Built, bare: &mut BareCache) -> Result<Vec<Row>> {
    let program = load(built.get(workloads::LCG_C)?)?;
    let (base, per_iter) = lcg_cost(&program)?;
    let mut rows = Vec::new();
    for log in MIN_LOG_HEIGHT..=config.max_log {
        // Fill 7/8 of the rows, leaving room for the prover's own rows.
        let target = (1u64 << log) / 8 * 7;
        let n = ((target.saturating_sub(base)) as f64 / per_iter) as u32;
        let mut w = workloads::lcg(workloads::LCG_C, n);
        w.name = format!("size 2^{log}: {}", w.name);
        rows.push(measure(config, built, &w, ProofProfile::Fast, bare));
        // The proof-size target is set at 2^18 rows: show the other profiles there too.
        if log == SMALL_PROFILE_LOG {
            for profile in [ProofProfile::Small, ProofProfile::Smallest] {
                let mut w = w.clone();
                w.name = format!("{}, {} profile", w.name, profile.name());
                rows.push(measure(config, built, &w, profile, bare));
            }
        }
    }
    Ok(rows)
}

/// Fixed cycles and cycles per iteration of the C LCG loop.
fn lcg_cost(program: &Program) -> Result<(u64, f64)> {
    let cycles = |n: u32| -> Result<u64> {
        let w = workloads::lcg(workloads::LCG_C, n);
        Ok(executor_speed_of(program, &w.input, &w.expected)?.0)
    };
    let (c0, c1) = (cycles(1000)?, cycles(11000)?);
    let per_iter = (c1 - c0) as f64 / 10000.0;
    Ok((c0.saturating_sub((per_iter * 1000.0) as u64), per_iter))
}

/// The executor alone on a long LCG run (no trace, no proof).
fn executor_speed(_config: &Config, built: &guests::Built) -> Result<Row> {
    let program = load(built.get(workloads::LCG_C)?)?;
    let (base, per_iter) = lcg_cost(&program)?;
    let n = ((EXECUTOR_CYCLES - base) as f64 / per_iter) as u32;
    let w = workloads::lcg(workloads::LCG_C, n);
    let (cycles, speed) = executor_speed_of(&program, &w.input, &w.expected)?;
    let mut row = Row::new(&format!("executor only: {}", w.name), "C", cycles, speed);
    row.note = Some("execution without trace, no proof".into());
    Ok(row)
}
