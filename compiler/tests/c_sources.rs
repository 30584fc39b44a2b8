//! `zkcc prog.c [more.c|.ll|.bc] -o prog.zkbin`: C sources compiled through clang-22 with
//! the guest headers, linked with IR inputs; clang errors are passed through and end with
//! one `zkcc: error:` line and exit status 2.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;

fn zkcc(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zkcc")).args(args).current_dir(dir).output().unwrap()
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn load(path: &Path) -> isa_spec::Program {
    isa_spec::Program::from_bytes(&std::fs::read(path).unwrap()).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn c_example_compiles_and_runs() {
    let dir = scratch("c-collatz");
    let src = manifest_dir().join("../examples/c/collatz.c");
    let _ = std::fs::remove_file(dir.join("collatz.zkbin"));
    let out = zkcc(&[src.to_str().unwrap()], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{}", stderr_of(&out));
    let program = load(&dir.join("collatz.zkbin"));
    let (outcome, _) = run_zkvm(&program, b"27");
    assert_eq!(outcome.status, 0);
    assert_eq!(outcome.stdout, "collatz(27): 111 steps, peak 9232\n");
}

#[test]
fn c_and_ir_inputs_link_together() {
    let dir = scratch("c-mixed");
    write(
        &dir,
        "main.c",
        "#include <stdio.h>\n#include <zkvm.h>\n#include \"helper.h\"\n\
         int main(void) { unsigned char b[8]; size_t n = zk_read(b, sizeof b); int s = sum(b, n) + twice(OFFSET);\n\
         zk_commit(&s, sizeof s); printf(\"sum %d\\n\", s); return s & 0x7f; }\n",
    );
    std::fs::create_dir_all(dir.join("inc")).unwrap();
    write(&dir, "inc/helper.h", "int sum(const unsigned char *p, unsigned long n);\nint twice(int x);\n");
    write(
        &dir,
        "sum.c",
        "int sum(const unsigned char *p, unsigned long n) { int s = 0; while (n--) s += *p++; return s; }\n",
    );
    // `twice` comes as IR text and as bitcode (built from IR by clang).
    write(&dir, "twice.ll", &format!("{HEADER}define i32 @twice(i32 %x) {{\n  %r = shl i32 %x, 1\n  ret i32 %r\n}}\n"));
    for (extra, name) in [("twice.ll", "mixed-ll.zkbin"), ("twice.bc", "mixed-bc.zkbin")] {
        if extra.ends_with(".bc") {
            let ok = Command::new("clang-22")
                .args(["-c", "-emit-llvm", "-Wno-override-module", "-o", "twice.bc", "twice.ll"])
                .current_dir(&dir)
                .status()
                .unwrap();
            assert!(ok.success());
        }
        let out = zkcc(&["main.c", "sum.c", extra, "-I", "inc", "-D", "OFFSET=10", "-o", name], &dir);
        assert!(out.status.success(), "{}", stderr_of(&out));
        let program = load(&dir.join(name));
        let (outcome, _) = run_zkvm(&program, &[1, 2, 3]);
        assert_eq!(outcome.stdout, "sum 26\n");
        assert_eq!(outcome.status, 26);
    }
}

#[test]
fn clang_errors_pass_through_then_one_line() {
    let dir = scratch("c-errors");
    write(&dir, "bad.c", "int main(void) { return undeclared_thing; }\n");
    let _ = std::fs::remove_file(dir.join("bad.zkbin"));
    let out = zkcc(&["bad.c"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("undeclared_thing"), "clang's diagnostics missing: {err}");
    let last = err.lines().last().unwrap();
    assert!(last.starts_with("zkcc: error: ") && last.contains("bad.c"), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("zkcc:")).count(), 1, "{err}");
    assert!(!dir.join("bad.zkbin").exists());

    // Missing source: one line, no clang run.
    let out = zkcc(&["missing.c"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("zkcc: error: ") && err.contains("missing.c"), "{err}");

    // A C program zkcc cannot link: the usual one-line zkcc error.
    write(&dir, "undef.c", "int nowhere(int);\nint main(void) { return nowhere(1); }\n");
    let out = zkcc(&["undef.c"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("undefined symbol `nowhere`"), "{}", stderr_of(&out));

    // A clang that cannot be run.
    let out = Command::new(env!("CARGO_BIN_EXE_zkcc"))
        .arg("bad.c")
        .env("ZKCC_CLANG", "/nonexistent/clang-22")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("ZKCC_CLANG"), "{err}");

    // A bad include override.
    let out = Command::new(env!("CARGO_BIN_EXE_zkcc"))
        .arg("bad.c")
        .env("ZKCC_INCLUDE", &dir)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("ZKCC_INCLUDE"), "{}", stderr_of(&out));
}

/// Headers come from the guest libc and clang's own, never from the host: one outside
/// the subset is "no such header", while clang's freestanding ones stay available.
#[test]
fn headers_outside_the_libc_subset_are_missing() {
    let dir = scratch("c-headers");
    for header in ["unistd.h", "sys/mman.h", "pthread.h"] {
        write(&dir, "host.c", &format!("#include <{header}>\nint main(void) {{ return 0; }}\n"));
        let _ = std::fs::remove_file(dir.join("host.zkbin"));
        let out = zkcc(&["host.c"], &dir);
        assert_eq!(out.status.code(), Some(2), "{header}");
        let last = stderr_of(&out).lines().last().unwrap_or_default().to_string();
        assert_eq!(
            last,
            format!(
                "zkcc: error: `host.c` includes <{header}>: no such header in the guest libc (docs/guest.md lists its headers)"
            )
        );
        assert!(!dir.join("host.zkbin").exists());
    }
    write(
        &dir,
        "ok.c",
        "#include <stdint.h>\n#include <stdbool.h>\n#include <limits.h>\n#include <float.h>\n#include <stdarg.h>\n\
         #include <complex.h>\n#include <alloca.h>\nint main(void) { bool b = INT_MAX > 0; return b && FLT_DIG > 0 ? 0 : 1; }\n",
    );
    let out = zkcc(&["ok.c"], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let (outcome, _) = run_zkvm(&load(&dir.join("ok.zkbin")), b"");
    assert_eq!(outcome.status, 0);
}
