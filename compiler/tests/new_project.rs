//! `zkcc new NAME`: the scaffolded guest builds and runs as it is; the host program
//! (which compiles the prover) proves and verifies it under `make test-long`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

fn zkcc(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zkcc")).args(args).current_dir(dir).output().unwrap()
}

/// A fresh project `NAME` in a scratch directory.
fn new_project(scratch_name: &str, name: &str) -> PathBuf {
    let dir = scratch(scratch_name);
    let _ = std::fs::remove_dir_all(dir.join(name));
    let out = zkcc(&["new", name], &dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{name}\n"));
    dir.join(name)
}

#[test]
fn new_project_guest_builds_and_runs() {
    let project = new_project("new-project", "demo");
    let out = zkcc(&["build", "guest", "-q"], &project);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let program = project.join(String::from_utf8(out.stdout).unwrap().trim_end());
    assert_eq!(program, project.join("guest/target/zkvm/demo-guest.zkbin"));

    // Request { name: "ab", values: [3, 300] } as one input frame.
    let request = [2, b'a', b'b', 2, 3, 0xac, 0x02];
    let input = [&(request.len() as u32).to_le_bytes()[..], &request].concat();
    let program = isa_spec::Program::from_bytes(&std::fs::read(program).unwrap()).unwrap();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let console = zkvm_executor::Console { stdout: &mut stdout, stderr: &mut stderr };
    let exit = zkvm_executor::execute(&program, &input, console, &zkvm_executor::Options::default()).unwrap();
    assert_eq!((exit.exit_code, String::from_utf8(stdout).unwrap().as_str()), (0, "ab: 2 values\n"));
    // Summary { name: "ab", count: 2, sum: 303, max: 300 }
    assert_eq!(exit.journal, [2, b'a', b'b', 2, 0xaf, 0x02, 0xac, 0x02]);
}

#[test]
fn new_rejects_bad_names_and_existing_directories() {
    let dir = scratch("new-project-errors");
    for bad in ["1abc", "a b", "x!", "a.b"] {
        let out = zkcc(&["new", bad], &dir);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("zkcc: error: ") && err.lines().count() == 1, "{err}");
        assert!(!dir.join(bad).exists());
    }
    std::fs::create_dir_all(dir.join("taken")).unwrap();
    let out = zkcc(&["new", "taken"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    let out = Command::new(env!("CARGO_BIN_EXE_zkcc"))
        .args(["new", "elsewhere"])
        .env("ZKVM_REPO", &dir)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no zkvm checkout"));
    assert!(!dir.join("elsewhere").exists());
}

/// The host program as a user runs it: compiles zkvm-sdk (sharing this workspace's
/// target directory), proves, verifies and decodes the journal.
#[test]
#[ignore = "builds the host program and proves: make test-long"]
fn new_project_host_proves_and_verifies() {
    let project = new_project("new-project-host", "hostdemo");
    let out = zkcc(&["build", "guest", "-q"], &project);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["run", "-q", "--manifest-path", "host/Cargo.toml"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(&project)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("hostdemo: 8 values\n"), "{stdout}");
    assert!(
        stdout.contains(r#"Summary { name: "hostdemo", count: 8, sum: 31, max: 9 }"#) && stdout.contains("verified ("),
        "{stdout}"
    );
}
