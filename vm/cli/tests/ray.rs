//! `zkvm prove --workers N` and `--cluster ADDR`: segments proven as Ray tasks, on a local
//! Ray that zkvm starts and on a two-node cluster started here, in a network namespace of
//! its own where the machine allows one (loopback only), with a worker killed mid-run.
//! Needs Python with ray: `make deps` installs it into .venv (ZKVM_PYTHON names it).

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{assemble, counting_loop, stderr_lines, zkvm};

/// One Ray at a time: the tests count Ray's processes and kill some.
static RAY: Mutex<()> = Mutex::new(());

/// The Python with ray: ZKVM_PYTHON (the Makefile sets it), else the workspace's .venv.
fn python() -> PathBuf {
    let path = std::env::var_os("ZKVM_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/python"));
    assert!(path.exists(), "{}: no Python with ray; `make deps` installs one", path.display());
    path
}

fn zkvm_with_ray(args: &[&str], dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_zkvm"));
    cmd.args(args).current_dir(dir).env("ZKVM_PYTHON", python());
    cmd
}

/// The parts each "proven" line names, in order, and the parts each "worker lost" line names.
fn events(lines: &[String]) -> (Vec<String>, Vec<String>) {
    let named = |l: &String| {
        let rest = l.split("] ").nth(1)?;
        let mut words = rest.splitn(2, ' ');
        Some((words.next()?.trim_end_matches(':').to_string(), words.next()?.to_string()))
    };
    let (mut proven, mut lost) = (Vec::new(), Vec::new());
    for (part, rest) in lines.iter().filter_map(named) {
        if rest.starts_with("proven on node") {
            proven.push(part);
        } else if rest.starts_with("worker lost") {
            lost.push(part);
        }
    }
    (proven, lost)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

const PARTS: [&str; 5] = ["final:0", "segment:0", "segment:1", "segment:2", "segment:3"];

/// A local Ray with two workers proves a four-segment run; usage and setup errors are
/// one line each, with no proof file.
#[test]
fn local_workers_prove_a_segmented_run() {
    let _ray = RAY.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "long", &counting_loop(60_000));
    let run = ["prove", "long.zkbin", "--no-zk", "--segment-log", "16"];
    let out = zkvm_with_ray(&[&run[..], &["--workers", "2", "-o", "w.proof"]].concat(), dir.path()).output().unwrap();
    let err = stderr_lines(&out);
    assert!(out.status.success(), "{err:?}");
    assert!(err.iter().any(|l| l.contains("Ray: 1 node, ")), "{err:?}");
    let (proven, lost) = events(&err);
    assert_eq!(sorted(proven), PARTS, "{err:?}");
    assert!(lost.is_empty(), "{err:?}");
    let out = zkvm(&["verify", "w.proof", "long.zkbin"], dir.path());
    let verified = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && verified.contains("exit code 5") && verified.contains("4 segments"), "{verified}");

    // A run that fits one trace is proven here.
    assemble(dir.path(), "short", &counting_loop(10));
    let args = ["prove", "short.zkbin", "--no-zk", "--segment-log", "16", "--workers", "2", "-o", "s.proof"];
    let out = zkvm_with_ray(&args, dir.path()).output().unwrap();
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    assert!(stderr_lines(&out)[1].ends_with("proving it here, without Ray"), "{:?}", stderr_lines(&out));
    assert!(zkvm(&["verify", "s.proof", "short.zkbin"], dir.path()).status.success());

    let status = |args: &[&str], python: &str| -> (Option<i32>, Vec<String>) {
        let out: Output = zkvm_with_ray(args, dir.path()).env("ZKVM_PYTHON", python).output().unwrap();
        (out.status.code(), stderr_lines(&out))
    };
    let py = python();
    let py = py.to_str().unwrap();
    let with = |extra: &[&'static str]| [&run[..], extra, &["-o", "x.proof"]].concat();
    for bad in [&["--workers", "0"][..], &["--workers", "2", "--cluster", "auto"], &["--cpus-per-segment", "2"]] {
        let (code, err) = status(&with(bad), py);
        assert_eq!(code, Some(2), "{bad:?}: {err:?}");
    }
    let (code, err) = status(&with(&["--workers", "2"]), "/nonexistent/python3");
    assert_eq!((code, err.len()), (Some(1), 3), "{err:?}");
    assert!(err[2].contains("need Python with ray") && err[2].contains("make deps"), "{err:?}");
    let (code, err) = status(&with(&["--cluster", "127.0.0.1:1"]), py);
    assert_eq!(code, Some(1), "{err:?}");
    assert!(err.last().unwrap().starts_with("zkvm: error: cannot reach the Ray cluster at 127.0.0.1:1"), "{err:?}");
    assert!(!dir.path().join("x.proof").exists());

    // A part that zkvm refuses stops the run with zkvm's own error (the driver, run directly).
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/distributed/driver.py");
    let args = ["--program", "long.zkbin", "--flag=--bogus", "--part", "segment:0", "--out", ".", "--workers", "1"];
    let out = Command::new(python())
        .arg(driver)
        .args(["--zkvm", env!("CARGO_BIN_EXE_zkvm"), "--cpus", "1", "--memory", "1000000"])
        .args(args)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let events = String::from_utf8_lossy(&out.stdout);
    assert_eq!(events.lines().last(), Some("error segment:0: unexpected argument '--bogus' found"), "{events}");
}

/// The default, zero-knowledge proofs: the workers share the coordinator's secret seed.
#[test]
#[ignore = "two hiding 2^17-row segments on one thread each: make test-long"]
fn local_workers_prove_zero_knowledge() {
    let _ray = RAY.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "long", &counting_loop(40_000));
    let args = ["prove", "long.zkbin", "--segment-log", "17", "--workers", "2", "-o", "z.proof"];
    let out = zkvm_with_ray(&args, dir.path()).output().unwrap();
    let err = stderr_lines(&out);
    assert!(out.status.success(), "{err:?}");
    assert_eq!(sorted(events(&err).0), ["final:0", "segment:0", "segment:1"], "{err:?}");
    let out = zkvm(&["verify", "z.proof", "long.zkbin"], dir.path());
    let verified = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{verified}");
    assert!(verified.contains(", zero-knowledge, 2 segments"), "{verified}");
}

/// A Ray cluster of two nodes on this machine, stopped (every process of it killed)
/// when dropped.
struct Cluster {
    /// The holder of the cluster's network namespace (only loopback), if one could be made.
    netns: Option<Child>,
    temp: tempfile::TempDir,
    token: String,
    address: String,
}

impl Cluster {
    fn start() -> Cluster {
        let mut netns = Command::new("unshare")
            .args(["--net", "sh", "-c", "ip link set lo up && exec sleep 3600"])
            .stdin(Stdio::null())
            .spawn()
            .ok();
        std::thread::sleep(Duration::from_millis(300));
        if netns.as_mut().is_some_and(|holder| holder.try_wait().unwrap().is_some()) {
            eprintln!("no network namespace here (unshare --net refused): the cluster listens on every interface");
            netns = None;
        }
        // Short: Ray's socket paths live under it.
        let temp = tempfile::Builder::new().prefix("zr").tempdir_in("/tmp").unwrap();
        let token: String = zkvm_air::hiding::Seed::random().0.iter().map(|b| format!("{b:02x}")).collect();
        let port = if netns.is_some() { 6379 } else { free_port() };
        let cluster = Cluster { netns, temp, token, address: format!("127.0.0.1:{port}") };
        let temp_dir = cluster.temp.path().display().to_string();
        let head = ["start", "--head", "--port", &port.to_string(), "--num-cpus", "1", "--include-dashboard", "false"];
        let worker = ["start", "--address", &cluster.address, "--num-cpus", "1"];
        for args in [&head[..], &worker[..]] {
            // A small object store: it holds the zkvm binary, the program and the parts.
            let store = ["--temp-dir", &temp_dir, "--object-store-memory", "536870912"];
            let out = cluster.command(&ray()).args(args).args(store).output().unwrap();
            assert!(out.status.success(), "ray {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        }
        cluster
    }

    /// `program`, run in the cluster's namespace with its token.
    fn command(&self, program: &Path) -> Command {
        let mut cmd = match &self.netns {
            Some(holder) => {
                let mut c = Command::new("nsenter");
                c.arg(format!("--net=/proc/{}/ns/net", holder.id())).arg("--").arg(program);
                c
            }
            None => Command::new(program),
        };
        cmd.env("RAY_AUTH_MODE", "token").env("RAY_AUTH_TOKEN", &self.token).env("RAY_USAGE_STATS_ENABLED", "0");
        cmd
    }

    /// Every process of the cluster: those that name its directory, and their descendants.
    fn processes(&self) -> Vec<u32> {
        let dir = self.temp.path().to_str().unwrap();
        let all = processes();
        let mut found: Vec<u32> = all.iter().filter(|p| p.cmdline.contains(dir)).map(|p| p.pid).collect();
        let mut k = 0;
        while k < found.len() {
            let parent = found[k];
            found.extend(
                all.iter().filter(|p| p.ppid == parent && !found.contains(&p.pid)).map(|p| p.pid).collect::<Vec<_>>(),
            );
            k += 1;
        }
        found
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for pid in self.processes() {
            kill(pid);
        }
        if let Some(holder) = &mut self.netns {
            let _ = holder.kill();
            let _ = holder.wait();
        }
    }
}

fn ray() -> PathBuf {
    python().with_file_name("ray")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Process {
    pid: u32,
    ppid: u32,
    /// The arguments, joined by spaces.
    cmdline: String,
}

fn processes() -> Vec<Process> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let (Ok(stat), Ok(cmdline)) =
            (std::fs::read_to_string(entry.path().join("stat")), std::fs::read(entry.path().join("cmdline")))
        else {
            continue;
        };
        // `pid (comm) state ppid ...`: comm may hold spaces, so after the last ')'.
        let ppid = stat.rsplit(')').next().and_then(|r| r.split_whitespace().nth(1)).and_then(|p| p.parse().ok());
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        out.push(Process { pid, ppid: ppid.unwrap_or(0), cmdline });
    }
    out
}

fn kill(pid: u32) {
    let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).stderr(Stdio::null()).status();
}

fn alive(pid: u32) -> bool {
    // A zombie has exited: it only waits to be reaped.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| !s.rsplit(')').next().unwrap().trim_start().starts_with('Z'))
}

/// The done criterion of distributed proving: a two-node Ray cluster proves a
/// four-segment run while one of its workers is killed in the middle of a segment. The
/// lost segment is proven again, no finished one is, and the proof verifies.
#[test]
fn a_cluster_proves_through_a_killed_worker() {
    let _ray = RAY.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    assemble(dir.path(), "long", &counting_loop(60_000));
    let cluster = Cluster::start();
    let zkvm_bin = PathBuf::from(env!("CARGO_BIN_EXE_zkvm"));
    let args =
        ["prove", "long.zkbin", "--no-zk", "--segment-log", "16", "--cluster", &cluster.address, "-o", "c.proof"];
    let mut child = cluster
        .command(&zkvm_bin)
        .args(args)
        .current_dir(dir.path())
        .env("ZKVM_PYTHON", python())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut lines = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(600);
    // Wait for the first finished part, then kill the Ray worker of a part in progress.
    while !lines.iter().any(|l: &String| l.contains("proven on node")) {
        let line = rx.recv_timeout(deadline - Instant::now()).unwrap_or_else(|_| panic!("no part proven: {lines:?}"));
        lines.push(line);
    }
    let done_before: Vec<String> = events(&lines).0;
    let (killed_part, prover) = loop {
        // Only this cluster's: another test run may have a cluster of its own.
        let ours = cluster.processes();
        let provers: Vec<Process> = processes()
            .into_iter()
            .filter(|p| ours.contains(&p.pid) && p.cmdline.contains(" segments prove "))
            .collect();
        let busy = provers.iter().find_map(|p| {
            let part = p.cmdline.split("--part ").nth(1)?.split(' ').next()?.to_string();
            (!done_before.contains(&part)).then_some((part, p.pid, p.ppid))
        });
        if let Some((part, pid, worker)) = busy {
            let parent = processes().into_iter().find(|p| p.pid == worker).map(|p| p.cmdline).unwrap_or_default();
            assert!(parent.starts_with("ray::prove_part"), "the prover's parent is a Ray worker: {parent}");
            kill(worker);
            break (part, pid);
        }
        assert!(Instant::now() < deadline, "no part in progress: {lines:?}");
        std::thread::sleep(Duration::from_millis(50));
    };
    while let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        lines.push(line);
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "{lines:?}");
    assert!(!alive(prover), "the killed worker's prover died with it");
    assert!(lines.iter().any(|l| l.contains("Ray: 2 nodes, 2 CPUs")), "{lines:?}");
    let (proven, lost) = events(&lines);
    assert_eq!(lost, std::slice::from_ref(&killed_part), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains(&format!("{killed_part}: worker lost")) && l.ends_with("attempt 2")),
        "{lines:?}"
    );
    // Each part is delivered once: none finished before the kill was proven again.
    assert_eq!(sorted(proven.clone()), PARTS, "{lines:?}");
    assert_eq!(proven[..done_before.len()], done_before[..]);
    let out = zkvm(&["verify", "c.proof", "long.zkbin", "--journal", "j.bin"], dir.path());
    let verified = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && verified.contains("exit code 5") && verified.contains("4 segments"), "{verified}");
    assert_eq!(std::fs::read(dir.path().join("j.bin")).unwrap(), [0]);
    drop(cluster);
}
