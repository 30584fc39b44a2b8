//! `make bench-compare`: the LCG loop and the SHA-256 chain proved by us and by Miden VM
//! in the same run, alternating, with Miden's outputs checked against ours. Miden runs at
//! its default (96-bit security, BLAKE3); our proofs only count at >= 96 bits.

use std::path::{Path, PathBuf};
use std::process::Command;
use zkvm_prover::ProofProfile;

use anyhow::{Context, Result, anyhow, bail};

use crate::child::{self, ProveReport};
use crate::report::{self, mib};
use crate::suite::median;
use crate::workloads::{self, Guest, Workload};
use crate::{Config, guests};

/// A workload in both systems.
struct Pair {
    masm: &'static str,
    inputs: &'static str,
    ours: Vec<Workload>,
    /// Our journal as the u32 values Miden leaves on top of its stack.
    expected_stack: Vec<u64>,
}

fn pairs() -> Vec<Pair> {
    let lcg = workloads::lcg(workloads::LCG_C, workloads::LCG_N);
    let sha = workloads::sha_chain(workloads::SHA_CHAIN_C, workloads::SHA_CHAIN_N);
    vec![
        Pair {
            masm: "lcg_loop.masm",
            inputs: "lcg_loop.n8000.inputs",
            expected_stack: words(&lcg.expected, u32::from_le_bytes),
            ours: vec![lcg, workloads::lcg(workloads::LCG_RUST, workloads::LCG_N)],
        },
        Pair {
            masm: "sha_chain.masm",
            inputs: "sha_chain.n16.inputs",
            expected_stack: words(&sha.expected, u32::from_be_bytes),
            ours: vec![sha, workloads::sha_chain(workloads::SHA_CHAIN_RUST, workloads::SHA_CHAIN_N)],
        },
    ]
}

fn words(bytes: &[u8], word: fn([u8; 4]) -> u32) -> Vec<u64> {
    bytes.chunks_exact(4).map(|c| u64::from(word(c.try_into().unwrap()))).collect()
}

/// One Miden prove.
struct MidenRun {
    /// Miden's own "Program proved in" time (execution, trace and proof), seconds.
    prove: f64,
    peak_rss: u64,
    proof_bytes: u64,
}

pub fn compare(config: &Config, miden: &Path, dir: &Path) -> Result<()> {
    if !miden.is_file() {
        bail!("no Miden VM at {} (`make bench-compare` installs it)", miden.display());
    }
    if !dir.join("README.md").is_file() {
        bail!("no Miden workloads in {}", dir.display());
    }
    let pairs = pairs();
    let guests: Vec<Guest> = pairs.iter().flat_map(|p| p.ours.iter().map(|w| w.guest)).collect();
    let built = guests::build_all(config, &guests);
    let mut table = format!("{}\n\n", report::header(config, "make bench-compare"));
    table +=
        "| workload | system | cycles | trace height | prove (median) | peak RSS | proof | bits | ours / Miden |\n";
    table += "|---|---|---|---|---|---|---|---|---|\n";
    for pair in &pairs {
        table += &compare_pair(config, miden, dir, &built, pair)?;
    }
    table += &format!(
        "\nprove: median of {} runs, run alternately. Ours: execution + trace building + prove stage \
         (the prove stage alone in brackets); Miden: its own `Program proved in` time, which also \
         covers execution and trace building. Miden's outputs were checked against ours.\n",
        config.runs
    );
    println!("{table}");
    report::write_section(&config.root, "compare", &table)
}

fn compare_pair(config: &Config, miden: &Path, dir: &Path, built: &guests::Built, pair: &Pair) -> Result<String> {
    let masm = dir.join(pair.masm);
    let inputs = dir.join(pair.inputs);
    let (miden_cycles, miden_height) = miden_cycles(miden, &masm, &inputs, &pair.expected_stack)?;
    let out = config.out_dir();
    let mut ours: Vec<Result<Vec<ProveReport>, String>> = vec![Ok(Vec::new()); pair.ours.len()];
    let mut theirs = Vec::new();
    for run in 0..config.runs {
        for (w, results) in pair.ours.iter().zip(&mut ours) {
            eprintln!("bench: {} ({}), run {}", w.name, w.guest.lang(), run + 1);
            if let Ok(reports) = results {
                match prove_ours(&out, built, w) {
                    Ok(r) => reports.push(r),
                    Err(e) => *results = Err(format!("{e:#}")),
                }
            }
        }
        eprintln!("bench: {} (Miden), run {}", pair.masm, run + 1);
        theirs.push(prove_miden(miden, &masm, &inputs, &out.join("miden.proof"), &pair.expected_stack)?);
    }
    let miden_prove = median(&theirs.iter().map(|r| r.prove).collect::<Vec<_>>());
    let mut rows = String::new();
    for (w, results) in pair.ours.iter().zip(ours) {
        let reports = match results {
            Ok(r) => r,
            Err(e) => {
                rows += &format!("| {} | ours ({}) | failed: {e} | | | | | | |\n", w.name, w.guest.lang());
                continue;
            }
        };
        let total = median(&reports.iter().map(|r| r.execute + r.trace + r.prove).collect::<Vec<_>>());
        let stage = median(&reports.iter().map(|r| r.prove).collect::<Vec<_>>());
        let bits = reports.iter().map(|r| r.security_bits).min().unwrap_or(0);
        let ratio = if bits >= 96 { format!("{:.3}", total / miden_prove) } else { "does not count: < 96 bits".into() };
        let r = &reports[0];
        rows += &format!(
            "| {} | ours ({}) | {} | 2^{} | {total:.2} s ({stage:.2} s) | {} | {:.1} KiB | {bits} | {ratio} |\n",
            w.name,
            w.guest.lang(),
            r.cycles,
            r.height.trailing_zeros(),
            mib(reports.iter().map(|r| r.peak_rss).max().unwrap_or(0)),
            r.proof_bytes as f64 / 1024.0,
        );
    }
    rows += &format!(
        "| {} | Miden VM 0.23.5 | {miden_cycles} | 2^{} | {miden_prove:.2} s | {} | {:.1} KiB | 96 | |\n",
        pair.masm,
        miden_height.trailing_zeros(),
        mib(theirs.iter().map(|r| r.peak_rss).max().unwrap_or(0)),
        theirs[0].proof_bytes as f64 / 1024.0,
    );
    Ok(rows)
}

fn prove_ours(out: &Path, built: &guests::Built, w: &Workload) -> Result<ProveReport> {
    let input = out.join("input.bin");
    std::fs::write(&input, &w.input)?;
    let r = child::prove(built.get(w.guest)?, &input, &out.join("proof.bin"), ProofProfile::Fast)?;
    if r.journal != w.expected {
        bail!("wrong journal {}", child::hex(&r.journal));
    }
    Ok(r)
}

/// Miden's cycle count and padded trace height, from an execution (not timed).
fn miden_cycles(miden: &Path, masm: &Path, inputs: &Path, expected: &[u64]) -> Result<(u64, u64)> {
    let run = child::run(Command::new(miden).arg("run").arg(masm).arg("-i").arg(inputs).arg("--release"))?;
    check_output(&run.stdout, expected)?;
    let line =
        run.stdout.lines().find(|l| l.starts_with("VM cycles:")).ok_or_else(|| anyhow!("no `VM cycles` line"))?;
    let nums: Vec<u64> = line.split_whitespace().filter_map(|t| t.parse().ok()).collect();
    match nums[..] {
        [cycles, height, ..] => Ok((cycles, height)),
        _ => bail!("cannot read Miden's cycle line `{line}`"),
    }
}

fn prove_miden(miden: &Path, masm: &Path, inputs: &Path, proof: &PathBuf, expected: &[u64]) -> Result<MidenRun> {
    let run = child::run(
        Command::new(miden).arg("prove").arg(masm).arg("-i").arg(inputs).arg("-p").arg(proof).arg("--release"),
    )?;
    check_output(&run.stdout, expected)?;
    let ms: f64 = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("Program proved in ")?.strip_suffix(" ms")?.parse().ok())
        .ok_or_else(|| anyhow!("Miden did not print `Program proved in N ms`"))?;
    let proof_bytes = std::fs::metadata(proof).with_context(|| format!("no Miden proof at {}", proof.display()))?.len();
    Ok(MidenRun { prove: ms / 1e3, peak_rss: run.peak_rss, proof_bytes })
}

/// Checks that Miden's `Output: [...]` starts with `expected`.
fn check_output(stdout: &str, expected: &[u64]) -> Result<()> {
    let line = stdout.lines().find_map(|l| l.strip_prefix("Output: ")).ok_or_else(|| anyhow!("no Miden output"))?;
    let values: Vec<u64> = line.trim_matches(['[', ']']).split(',').filter_map(|v| v.trim().parse().ok()).collect();
    if !values.starts_with(expected) {
        bail!("Miden's output {line} differs from ours {expected:?}");
    }
    Ok(())
}
