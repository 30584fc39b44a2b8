//! Measurements that need a process of their own: a prove (for its peak memory and so
//! that one run's allocations do not shape the next), the bare prove, and Miden. The
//! parent reads each child's peak resident set from `wait4`.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};
use zkvm_prover::ProofProfile;

/// What a finished child left.
pub struct ChildRun {
    pub stdout: String,
    /// Peak resident set size in bytes.
    pub peak_rss: u64,
}

/// Runs `cmd` to completion; a non-zero exit is an error carrying the child's last
/// stderr line.
pub fn run(cmd: &mut Command) -> Result<ChildRun> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {:?}", cmd.get_program()))?;
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err_pipe.read_to_string(&mut s);
        s
    });
    let mut stdout = String::new();
    child.stdout.take().expect("piped stdout").read_to_string(&mut stdout)?;
    let stderr = err_reader.join().unwrap_or_default();
    let (status, peak_rss) = wait(child.id())?;
    if status != 0 {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no message");
        let program = Path::new(cmd.get_program()).file_name().unwrap_or_default().to_string_lossy();
        bail!("{program} failed (status {status}): {}", last.trim());
    }
    Ok(ChildRun { stdout, peak_rss })
}

/// Reaps child `pid`: its exit status (128 + signal when killed) and peak RSS in bytes.
fn wait(pid: u32) -> Result<(i32, u64)> {
    let mut status = 0;
    // SAFETY: rusage is plain old data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    if r < 0 {
        return Err(anyhow!("wait4: {}", std::io::Error::last_os_error()));
    }
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { 128 + libc::WTERMSIG(status) };
    Ok((code, usage.ru_maxrss as u64 * 1024))
}

/// A child's `key=value` report lines.
pub fn parse_report(stdout: &str) -> HashMap<String, String> {
    stdout.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// One prove of ours, as the `prove` child reports it.
#[derive(Clone, Debug)]
pub struct ProveReport {
    pub cycles: u64,
    pub main_width: usize,
    pub aux_width: usize,
    pub height: usize,
    pub execute: f64,
    pub trace: f64,
    pub prove: f64,
    pub proof_bytes: usize,
    pub security_bits: u32,
    pub journal: Vec<u8>,
    pub peak_rss: u64,
}

/// Parses a profile name (the child's `--proof-options`).
pub fn parse_profile(name: &str) -> Result<ProofProfile, String> {
    ProofProfile::from_name(name).ok_or_else(|| format!("unknown profile `{name}`"))
}

/// Proves `program` on `input` in a child `zkvm-bench prove`, writing the proof to `proof`.
pub fn prove(program: &Path, input: &Path, proof: &Path, profile: ProofProfile) -> Result<ProveReport> {
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("prove").arg(program).arg(input).arg(proof);
    cmd.arg("--proof-options").arg(profile.name());
    let run = run(&mut cmd)?;
    let r = parse_report(&run.stdout);
    let get = |k: &str| r.get(k).cloned().ok_or_else(|| anyhow!("prove child did not report `{k}`"));
    let num = |k: &str| -> Result<f64> { get(k)?.parse().with_context(|| format!("bad `{k}`")) };
    Ok(ProveReport {
        cycles: num("cycles")? as u64,
        main_width: num("main_width")? as usize,
        aux_width: num("aux_width")? as usize,
        height: num("height")? as usize,
        execute: num("execute_s")?,
        trace: num("trace_s")?,
        prove: num("prove_s")?,
        proof_bytes: num("proof_bytes")? as usize,
        security_bits: num("security_bits")? as u32,
        journal: hex_decode(&get("journal")?)?,
        peak_rss: run.peak_rss,
    })
}

/// Proves a bare trace of this shape in a child; returns its prove time in seconds.
pub fn bare(main_width: usize, aux_width: usize, height: usize) -> Result<f64> {
    let exe = std::env::current_exe()?;
    let run =
        run(Command::new(exe).args(["bare", &main_width.to_string(), &aux_width.to_string(), &height.to_string()]))?;
    let r = parse_report(&run.stdout);
    r.get("prove_s").and_then(|v| v.parse().ok()).ok_or_else(|| anyhow!("bare child did not report `prove_s`"))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hex_decode(s: &str) -> Result<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        bail!("odd-length hex");
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).context("bad hex")).collect()
}
