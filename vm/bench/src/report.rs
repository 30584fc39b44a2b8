//! The tables: rows, formatting, the machine they were measured on, and the dated
//! sections of `BENCHMARKS.md` that the tool keeps up to date.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::Config;
use crate::child::ProveReport;
use crate::suite::median;

/// One workload's line in the suite table.
pub struct Row {
    pub name: String,
    pub lang: &'static str,
    pub cycles: Option<u64>,
    /// Executor speed without trace recording, cycles per second.
    pub exec_speed: Option<f64>,
    pub proved: Option<Proved>,
    /// Why the row has no proof (skipped or failed).
    pub note: Option<String>,
}

impl Row {
    pub fn new(name: &str, lang: &'static str, cycles: u64, exec_speed: f64) -> Row {
        Row { name: name.into(), lang, cycles: Some(cycles), exec_speed: Some(exec_speed), proved: None, note: None }
    }

    pub fn failed(name: &str, lang: &'static str, reason: String) -> Row {
        eprintln!("bench: {name} ({lang}) failed: {reason}");
        Row {
            name: name.into(),
            lang,
            cycles: None,
            exec_speed: None,
            proved: None,
            note: Some(format!("failed: {reason}")),
        }
    }
}

/// Medians over the prove runs of one workload.
pub struct Proved {
    pub main_width: usize,
    pub aux_width: usize,
    pub height: usize,
    pub execute: f64,
    pub trace: f64,
    pub prove: f64,
    pub peak_rss: u64,
    pub proof_bytes: usize,
    pub security_bits: u32,
    pub verify: f64,
    pub bare: Result<f64, String>,
}

impl Proved {
    pub fn new(runs: &[ProveReport], verify: f64, bare: Result<f64, String>) -> Proved {
        let med = |f: fn(&ProveReport) -> f64| median(&runs.iter().map(f).collect::<Vec<_>>());
        let first = &runs[0];
        Proved {
            main_width: first.main_width,
            aux_width: first.aux_width,
            height: first.height,
            execute: med(|r| r.execute),
            trace: med(|r| r.trace),
            prove: med(|r| r.prove),
            peak_rss: runs.iter().map(|r| r.peak_rss).max().unwrap_or(0),
            proof_bytes: first.proof_bytes,
            security_bits: runs.iter().map(|r| r.security_bits).min().unwrap_or(0),
            verify,
            bare,
        }
    }
}

fn mega(x: f64) -> String {
    format!("{:.1}", x / 1e6)
}

pub fn mib(bytes: u64) -> String {
    format!("{} MiB", bytes >> 20)
}

/// The suite table with its header lines.
pub fn suite_table(config: &Config, rows: &[Row]) -> String {
    let mut t = String::new();
    t += &format!("{}\n\n", header(config, "make bench"));
    t += "| workload | lang | cycles | trace (width x height) | prove | bare WF | prove / bare | peak RSS | proof | verify | bits | exec Mc/s (no trace) | exec Mc/s (traced) | trace gen Mc/s |\n";
    t += "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for r in rows {
        let cycles = r.cycles.map_or("-".into(), |c| c.to_string());
        let exec = r.exec_speed.map_or("-".into(), mega);
        match &r.proved {
            Some(p) => {
                let (bare, ratio) = match &p.bare {
                    Ok(b) => (format!("{b:.2} s"), format!("{:.2}", p.prove / b)),
                    Err(e) => (e.clone(), "-".into()),
                };
                let c = r.cycles.unwrap_or(0) as f64;
                t += &format!(
                    "| {} | {} | {cycles} | {} ({}+{}x2) x 2^{} | {:.2} s | {bare} | {ratio} | {} | {:.1} KiB | {:.1} ms | {} | {exec} | {} | {} |\n",
                    r.name,
                    r.lang,
                    p.main_width + 2 * p.aux_width,
                    p.main_width,
                    p.aux_width,
                    p.height.trailing_zeros(),
                    p.prove,
                    mib(p.peak_rss),
                    p.proof_bytes as f64 / 1024.0,
                    p.verify * 1e3,
                    p.security_bits,
                    mega(c / p.execute),
                    mega(c / (p.execute + p.trace)),
                );
            }
            None => {
                let note = shorten(r.note.as_deref().unwrap_or("-")).replace('|', "\\|");
                t += &format!("| {} | {} | {cycles} | {note} | | | | | | | | {exec} | | |\n", r.name, r.lang);
            }
        }
    }
    t += &format!(
        "\nprove: median of {runs} runs of the prove stage (LDE, constraints, commitments, FRI; execution and trace \
         building excluded), each in its own process; peak RSS: the largest of those processes (whole prove). \
         bare WF: median of {runs} Winterfell proves of a degree-1 AIR of the same width and height with our proof \
         options, run alternately with the prove runs of the first workload of that height. exec Mc/s (traced): the recording executor; trace gen: recording executor plus trace building. \
         Proofs use the fast profile (blowup 4, 40 queries) except the rows marked small profile (blowup 8, 27 \
         queries: `zkvm prove --proof-options small`) and smallest profile (blowup 16, 20 queries: `--proof-options smallest`). Traces above 2^{} rows are skipped (BENCH_MAX_LOG).\n",
        config.max_log,
        runs = config.runs,
    );
    t
}

/// A reason cut to a table cell (the full text is on stderr).
fn shorten(reason: &str) -> String {
    const MAX: usize = 140;
    match reason.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}...", &reason[..at]),
        None => reason.to_string(),
    }
}

/// The section header: title, date, machine, command and load.
pub fn header(config: &Config, command: &str) -> String {
    let date = Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown date".into());
    format!(
        "## {date}: `{command}`\n\nMachine: {}. Command: `{command}` (BENCH_RUNS={}, BENCH_MAX_LOG={}). \
         Load average at the start: {}.",
        machine(),
        config.runs,
        config.max_log,
        config.load_at_start,
    )
}

/// Cores, memory and CPU model, read now.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").and_then(|r| r.split_once(':')).map(|(_, m)| m.trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_kib: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|r| r.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    format!("{cores} cores, {:.1} GiB RAM, {model}", mem_kib as f64 / (1 << 20) as f64)
}

/// The 1-minute load average, as `/proc/loadavg` has it.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

/// Replaces the section `kind` that the tool wrote before in `BENCHMARKS.md`, or inserts
/// it as the newest section, before the first section heading or section of the tool.
pub fn write_section(root: &Path, kind: &str, body: &str) -> Result<()> {
    let path = root.join("BENCHMARKS.md");
    let old = std::fs::read_to_string(&path).unwrap_or_else(|_| "# Benchmarks\n".into());
    let (begin, end) = (format!("<!-- zkvm-bench {kind} -->"), format!("<!-- /zkvm-bench {kind} -->"));
    let section = format!("{begin}\n{}\n{end}\n", body.trim_end());
    let new = match (old.find(&begin), old.find(&end)) {
        (Some(b), Some(e)) if b < e => {
            format!("{}{section}{}", &old[..b], old[e + end.len()..].trim_start_matches('\n'))
        }
        _ => {
            let at =
                ["\n<!-- zkvm-bench ", "\n## "].iter().filter_map(|m| old.find(m)).min().map_or(old.len(), |i| i + 1);
            format!("{}{section}\n{}", &old[..at], &old[at..])
        }
    };
    let tmp = path.with_extension("md.tmp");
    std::fs::write(&tmp, new).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!("bench: table written to BENCHMARKS.md");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rerun replaces the tool's own section and keeps everything else.
    #[test]
    fn sections_are_inserted_then_replaced() {
        let dir = std::env::temp_dir().join(format!("zkvm-bench-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("BENCHMARKS.md");
        std::fs::write(&path, "# Benchmarks\n\nIntro.\n\n## Older numbers\n\nkept\n").unwrap();
        write_section(&dir, "suite", "## run 1\n\nfirst\n").unwrap();
        write_section(&dir, "compare", "## compare\n\nratio\n").unwrap();
        write_section(&dir, "suite", "## run 2\n\nsecond\n").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!text.contains("first"), "{text}");
        assert_eq!(text.matches("<!-- zkvm-bench suite -->").count(), 1, "{text}");
        let order: Vec<usize> = ["Intro.", "## compare", "## run 2", "## Older numbers", "kept"]
            .iter()
            .map(|s| text.find(s).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    }

    #[test]
    fn long_reasons_are_cut() {
        assert_eq!(shorten("short"), "short");
        let long = "x".repeat(500);
        assert_eq!(shorten(&long).len(), 143);
    }
}
