//! Hand-written IR exercising specific lowering paths (tests/ir/*.ll), each linked with
//! the printing helpers and compared with the same IR compiled natively.

mod common;

use common::*;

#[test]
fn ir_programs_match_native() {
    let dir = scratch("ir");
    let helpers = print_helpers(&dir);
    let mut files: Vec<_> = std::fs::read_dir(manifest_dir().join("tests/ir"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        .collect();
    files.sort();
    assert!(files.len() >= 8);
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let irs = vec![file.clone(), helpers.clone()];
        let native = run_native(&irs, &dir, &name);
        let out = match zkcc_bare(&irs) {
            Ok(out) => out,
            Err(e) => {
                failures.push(format!("{name}: zkcc: {e}"));
                continue;
            }
        };
        let (zk, cycles) = run_zkvm(&out.program, b"");
        eprintln!("{name}: {cycles} cycles, {} instructions", out.program.code.len());
        if zk != native {
            failures.push(format!(
                "{name}:\n--- native ({})\n{}--- zkvm ({})\n{}",
                native.status, native.stdout, zk.status, zk.stdout
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
