//! `make bench-segments`: a long run proven in segments (by default the 1 MiB sort,
//! about 60 M cycles, in segments of 2^19 rows), against a single-trace proof of the
//! LCG loop at 2^20 rows taken in the same session, both per 2^20 cycles. Each prove
//! runs in its own process, for its peak memory. `BENCH_SEGMENT_LOG` sets the segment
//! size, `BENCH_SEGMENT_KIB` the sort's size; verify is the median of `BENCH_RUNS`.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, anyhow, bail};
use zkvm_prover::ProofProfile;

use crate::child::{self, parse_report};
use crate::report::{self, mib};
use crate::suite::median;
use crate::workloads::{self, LCG_C};
use crate::{Config, env_number, guests};

/// N of the LCG loop whose single trace fills 2^20 rows (917,512 cycles).
const LCG_2_20: u32 = 114_671;

/// What one segmented prove reported.
struct Segmented {
    cycles: u64,
    segments: u64,
    height: u64,
    first_pass: f64,
    second_pass: f64,
    proof_bytes: u64,
    peak_rss: u64,
}

pub fn run(config: &Config) -> Result<()> {
    let log = env_number("BENCH_SEGMENT_LOG", zkvm_prover::DEFAULT_SEGMENT_LOG as u64)? as u32;
    let kib = env_number("BENCH_SEGMENT_KIB", 1024)? as u32;
    let sort = workloads::sort(kib << 10);
    let lcg = workloads::lcg(LCG_C, LCG_2_20);
    let built = guests::build_all(config, &[sort.guest, lcg.guest]);
    let out = config.out_dir();

    eprintln!("bench: single trace, {} (2^20 rows)", lcg.name);
    let (lcg_program, lcg_input) = (built.get(lcg.guest)?, out.join("lcg-2-20.in"));
    std::fs::write(&lcg_input, &lcg.input)?;
    let single = child::prove(lcg_program, &lcg_input, &out.join("lcg-2-20.proof"), ProofProfile::Fast)?;
    if single.journal != lcg.expected || single.height != 1 << 20 {
        bail!("the single-trace baseline did not prove the expected run at 2^20 rows");
    }

    eprintln!("bench: {} in segments of 2^{log} rows", sort.name);
    let (program, input, proof) = (built.get(sort.guest)?, out.join("sort.in"), out.join("sort.segments.proof"));
    std::fs::write(&input, &sort.input)?;
    let seg = prove_segmented(program, &input, &proof, log)?;
    let verify = verify_times(config, program, &proof, &sort.expected)?;

    let per = |secs: f64, cycles: u64| secs * (1u64 << 20) as f64 / cycles as f64;
    let single_total = single.execute + single.trace + single.prove;
    let seg_total = seg.first_pass + seg.second_pass;
    let (single_per, seg_per) = (per(single_total, single.cycles), per(seg_total, seg.cycles));
    let mut t = report::header(config, "make bench-segments");
    t.push_str(&format!(
        "\n\n| run | cycles | traces | prove (wall) | per 2^20 cycles | peak RSS | proof | verify |\n\
         |---|---|---|---|---|---|---|---|\n\
         | {} (C), one trace | {} | 1 x 2^20 | {:.1} s | {:.1} s | {} | {:.1} KiB | |\n\
         | {}, segments | {} | {} x 2^{} (+ handoff and final-memory proofs) | {:.1} s ({:.1} s first pass) | {:.1} s ({:+.1}%) | {} | {:.1} KiB | {:.1} ms |\n",
        lcg.name,
        single.cycles,
        single_total,
        single_per,
        mib(single.peak_rss),
        single.proof_bytes as f64 / 1024.0,
        sort.name,
        seg.cycles,
        seg.segments,
        seg.height.trailing_zeros(),
        seg_total,
        seg.first_pass,
        seg_per,
        (seg_per / single_per - 1.0) * 100.0,
        mib(seg.peak_rss),
        seg.proof_bytes as f64 / 1024.0,
        verify * 1e3,
    ));
    t.push_str(
        "\nprove (wall): execution, trace building and proving, in one process per run (one run each); \
         for segments both passes, the first (execute, commit every handoff trace) in brackets. \
         per 2^20 cycles: wall time scaled to 2^20 executed cycles, and the segmented run against the \
         single trace. verify: median of BENCH_RUNS in-process verifications of the whole proof file.",
    );
    println!("{t}");
    report::write_section(&config.root, "segments", &t)
}

fn prove_segmented(program: &Path, input: &Path, proof: &Path, log: u32) -> Result<Segmented> {
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("prove-segmented").arg(program).arg(input).arg(proof).arg("--segment-log").arg(log.to_string());
    let run = child::run(&mut cmd)?;
    let r = parse_report(&run.stdout);
    let num = |k: &str| -> Result<f64> {
        r.get(k)
            .ok_or_else(|| anyhow!("prove child did not report `{k}`"))?
            .parse()
            .with_context(|| format!("bad `{k}`"))
    };
    Ok(Segmented {
        cycles: num("cycles")? as u64,
        segments: num("segments")? as u64,
        height: num("height")? as u64,
        first_pass: num("execute_s")?,
        second_pass: num("prove_s")?,
        proof_bytes: num("proof_bytes")? as u64,
        peak_rss: run.peak_rss,
    })
}

/// Verifies the proof `BENCH_RUNS` times (after checking its journal); the median.
fn verify_times(config: &Config, program: &Path, proof: &Path, expected: &[u8]) -> Result<f64> {
    let program = isa_spec::Program::from_bytes(&std::fs::read(program)?).map_err(|e| anyhow!("{e}"))?;
    let file = zkvm_verifier::ProofFile::from_bytes(&std::fs::read(proof)?).map_err(|e| anyhow!("{e}"))?;
    let mut times = Vec::new();
    for _ in 0..config.runs {
        let t = Instant::now();
        let statement = zkvm_verifier::verify(&program, &file)?;
        times.push(t.elapsed().as_secs_f64());
        if statement.journal != expected {
            bail!("the segmented proof states another journal");
        }
    }
    Ok(median(&times))
}

/// The `prove-segmented` child: proves in segments and reports on stdout.
pub fn prove_child(program: &Path, input: &Path, proof_path: &Path, log: u32) -> Result<()> {
    let bytes = std::fs::read(program).with_context(|| format!("cannot read {}", program.display()))?;
    let program = isa_spec::Program::from_bytes(&bytes).map_err(|e| anyhow!("{e}"))?;
    let input = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    let progress = |s: zkvm_prover::Stage| eprintln!("bench: {s:?}");
    let (proof, s) = zkvm_prover::prove_segmented(&program, &input, ProofProfile::Fast, log, Some(&progress))?;
    std::fs::write(proof_path, proof.to_bytes()).with_context(|| format!("cannot write {}", proof_path.display()))?;
    println!("cycles={}", s.cycles);
    println!("segments={}", s.segments);
    println!("height={}", s.trace_height);
    println!("execute_s={}", s.execute_time.as_secs_f64());
    println!("prove_s={}", s.prove_time.as_secs_f64());
    println!("proof_bytes={}", s.proof_bytes);
    Ok(())
}
