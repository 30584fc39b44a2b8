//! The `zkcc` command line contract: outputs, one-line errors with exit status 2, no
//! partial output files, warnings.

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

/// Asserts a failed run: status 2 and exactly one line on stderr, which is returned.
fn one_line_error(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr_of(out));
    let err = stderr_of(out);
    assert_eq!(err.lines().count(), 1, "not one line: {err:?}");
    assert!(err.starts_with("zkcc: error: "), "{err}");
    err
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn unsupported_instruction_names_function_block_and_instruction() {
    let dir = scratch("cli-unsupported");
    // IEEE quadruple precision has no soft-float routines.
    let ir = format!(
        "{HEADER}define fp128 @f(fp128 %a) {{\n  %x = fadd fp128 %a, 0xL00000000000000003FFF000000000000\n  ret fp128 %x\n}}\n\
         define i32 @main() {{\nentry:\n  %d = call fp128 @f(fp128 0xL00000000000000003FFF000000000000)\n  ret i32 0\n}}\n"
    );
    write(&dir, "fp128.ll", &ir);
    let _ = std::fs::remove_file(dir.join("fp128.zkbin"));
    let err = one_line_error(&zkcc(&["fp128.ll", "--no-runtime", "-o", "fp128.zkbin"], &dir));
    assert!(err.contains("unsupported type fp128 in function `"), "{err}");
    assert!(err.contains(", block `"), "{err}");
    assert!(!dir.join("fp128.zkbin").exists(), "partial output written");
}

#[test]
fn half_arithmetic_is_a_clear_error() {
    let ir = format!("{HEADER}define half @main(half %a) {{\n  %x = fmul half %a, 0xH3C00\n  ret half %x\n}}\n");
    let err = zkcc_text(&ir).err().expect("must fail").to_string();
    assert!(err.contains("unsupported floating-point operation in function `main`"), "{err}");
    assert!(err.contains("fmul half"), "{err}");
}

#[test]
fn unnamed_blocks_are_numbered_like_llvm() {
    let ir = format!(
        "{HEADER}define i32 @main(i32 %n) {{\n  br label %1\n1:\n  %2 = zext i32 %n to i64\n  %3 = alloca i64, align 128\n  \
         store i64 %2, ptr %3\n  ret i32 0\n}}\n"
    );
    let err = zkcc_text(&ir).err().expect("must fail").to_string();
    assert!(err.contains("in function `main`, block `%1`: %3 = alloca i64, align 128"), "{err}");
}

#[test]
fn malformed_and_missing_inputs() {
    let dir = scratch("cli-malformed");
    write(&dir, "bad.ll", "define i32 @main( {\n ret i32 0\n}\n");
    let err = one_line_error(&zkcc(&["bad.ll", "-o", "bad.zkbin"], &dir));
    assert!(err.contains("bad.ll"), "{err}");
    assert!(!dir.join("bad.zkbin").exists());
    let err = one_line_error(&zkcc(&["nonexistent.ll"], &dir));
    assert!(err.contains("nonexistent.ll"), "{err}");
    std::fs::write(dir.join("junk.bc"), b"BC\xC0\xDE\x00\x01garbage").unwrap();
    one_line_error(&zkcc(&["junk.bc"], &dir));
    // A type error that parses but does not verify.
    write(&dir, "invalid.ll", &format!("{HEADER}define i32 @main() {{\n  ret i64 0\n}}\n"));
    one_line_error(&zkcc(&["invalid.ll"], &dir));
    // Usage errors are status 2 too.
    assert_eq!(zkcc(&[], &dir).status.code(), Some(2));
    assert_eq!(zkcc(&["--bogus-flag", "x.ll"], &dir).status.code(), Some(2));
}

#[test]
fn link_errors() {
    let undefined = format!(
        "{HEADER}declare i32 @missing(i32)\ndefine i32 @main() {{\n  %r = call i32 @missing(i32 1)\n  ret i32 %r\n}}\n"
    );
    let err = zkcc_text(&undefined).err().expect("must fail").to_string();
    assert!(err.contains("undefined symbol `missing`"), "{err}");
    let no_entry = format!("{HEADER}define i32 @helper() {{\n  ret i32 0\n}}\n");
    let err = zkcc_text(&no_entry).err().expect("must fail").to_string();
    assert!(err.contains("no entry point"), "{err}");
    let undefined_data = format!(
        "{HEADER}@ext = external global i32\ndefine i32 @main() {{\n  %v = load i32, ptr @ext\n  ret i32 %v\n}}\n"
    );
    let err = zkcc_text(&undefined_data).err().expect("must fail").to_string();
    assert!(err.contains("undefined symbol `ext`"), "{err}");
}

/// The runtime's definitions are weak: a program's own `puts` or `strlen` replaces them,
/// as with a native libc (and the runtime's `printf` then calls the program's `strlen`).
#[test]
fn programs_may_define_runtime_functions() {
    let dir = scratch("cli-override");
    write(
        &dir,
        "own.ll",
        &format!(
            "{HEADER}@s = private constant [3 x i8] c\"hi\\00\"\n\
             declare void @__zkvm_write_byte(i32, i32)\n\
             define i32 @puts(ptr %s) {{\n  call void @__zkvm_write_byte(i32 1, i32 80)\n  ret i32 1\n}}\n\
             define i64 @strlen(ptr %s) {{\n  ret i64 41\n}}\n\
             define i32 @main() {{\n  %n = call i64 @strlen(ptr @s)\n  %r = call i32 @puts(ptr @s)\n  %t = trunc i64 %n to i32\n  ret i32 %t\n}}\n"
        ),
    );
    let _ = std::fs::remove_file(dir.join("own.zkbin"));
    let out = zkcc(&["own.ll"], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let (outcome, _) =
        run_zkvm(&isa_spec::Program::from_bytes(&std::fs::read(dir.join("own.zkbin")).unwrap()).unwrap(), b"");
    assert_eq!((outcome.status, outcome.stdout.as_str()), (41, "P"));
}

#[test]
fn outputs_binary_and_assembly() {
    let dir = scratch("cli-outputs");
    write(&dir, "prog.ll", &format!("{HEADER}define i32 @main() {{\n  ret i32 7\n}}\n"));
    let _ = std::fs::remove_file(dir.join("prog.zkbin"));
    let out = zkcc(&["prog.ll"], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let bin = std::fs::read(dir.join("prog.zkbin")).expect("default output name");
    let program = isa_spec::Program::from_bytes(&bin).unwrap();
    assert_eq!(run_zkvm(&program, b"").0.status, 7);
    let out = zkcc(&["prog.ll", "-S", "-o", "prog.s"], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = std::fs::read_to_string(dir.join("prog.s")).unwrap();
    assert_eq!(isa_spec::asm::assemble(&text).unwrap(), program);
    let out = zkcc(&["prog.ll", "--emit", "asm", "-o", "prog2.s"], &dir);
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(dir.join("prog2.s")).unwrap(), text);
    // Function and data symbols are present.
    assert!(program.symbols.iter().any(|s| s.name == "main"));
    assert!(program.symbols.iter().any(|s| s.name == "_start"));
    assert!(program.symbols.iter().any(|s| s.name == "zk_exit"));
    // Unused runtime functions are not linked in.
    assert!(!program.symbols.iter().any(|s| s.name == "printf"));
}

#[test]
fn x86_intrinsics_compile_to_a_trap_with_a_warning() {
    let dir = scratch("cli-x86");
    let ir = format!(
        "{HEADER}@which = global i32 0\n\
         define i32 @main() {{\nentry:\n  %w = load volatile i32, ptr @which\n  %c = icmp eq i32 %w, 1\n  br i1 %c, label %fast, label %slow\n\
         fast:\n  %v = call <4 x i32> @llvm.x86.sha256msg1(<4 x i32> zeroinitializer, <4 x i32> zeroinitializer)\n  \
         %e = extractelement <4 x i32> %v, i64 0\n  ret i32 %e\nslow:\n  ret i32 3\n}}\n\
         declare <4 x i32> @llvm.x86.sha256msg1(<4 x i32>, <4 x i32>)\n"
    );
    write(&dir, "x86.ll", &ir);
    let out = zkcc(&["x86.ll", "--no-runtime", "-o", "x86.zkbin"], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.starts_with("zkcc: warning: ") && err.contains("llvm.x86.sha256msg1"), "{err}");
    let program = isa_spec::Program::from_bytes(&std::fs::read(dir.join("x86.zkbin")).unwrap()).unwrap();
    assert_eq!(run_zkvm(&program, b"").0.status, 3);
    // Taking the guarded path traps with "unsupported target code".
    let mut patched = program.clone();
    let base = patched.symbols.iter().find(|s| s.name == "which").unwrap().start;
    let off = (base - isa_spec::layout::DATA_BASE) as usize;
    if patched.data.len() < off + 4 {
        patched.bss_len -= (off + 4 - patched.data.len()) as u32;
        patched.data.resize(off + 4, 0);
    }
    patched.data[off] = 1;
    let mut out = Vec::new();
    let mut err = Vec::new();
    let trap = zkvm_executor::execute(
        &patched,
        b"",
        zkvm_executor::Console { stdout: &mut out, stderr: &mut err },
        &zkvm_executor::Options::default(),
    )
    .unwrap_err();
    assert_eq!(trap.kind, isa_spec::TrapKind::UnsupportedTarget);
}

#[test]
fn cpu_probe_reports_no_extensions() {
    let ir = format!(
        "{HEADER}define i32 @main() {{\n  \
         %cpu = call {{ i32, i32, i32, i32 }} asm sideeffect \"xchg %rbx, $1; cpuid; xchg %rbx, $1\", \"={{ax}},=r,={{cx}},={{dx}},0,2\"(i32 7, i32 0)\n  \
         %b = extractvalue {{ i32, i32, i32, i32 }} %cpu, 1\n  %c = extractvalue {{ i32, i32, i32, i32 }} %cpu, 2\n  \
         %x = call {{ i32, i32 }} asm sideeffect \"xgetbv\", \"={{ax}},={{dx}},{{cx}}\"(i32 0)\n  %xa = extractvalue {{ i32, i32 }} %x, 0\n  \
         %s = or i32 %b, %c\n  %t = or i32 %s, %xa\n  %r = add i32 %t, 9\n  ret i32 %r\n}}\n"
    );
    let out = zkcc_text(&ir).unwrap();
    assert_eq!(run_zkvm(&out.program, b"").0.status, 9);
}

#[test]
fn runtime_is_linked_by_default() {
    let dir = scratch("cli-runtime");
    let src = dir.join("hello.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\n#include <zkvm.h>\nint main(void) { char b[4]; size_t n = zk_read(b, 4); \
         zk_commit(b, n); printf(\"hello %d %s\\n\", 42, \"zk\"); return (int)n; }\n",
    )
    .unwrap();
    let ll = dir.join("hello.ll");
    c_to_ir(&src, &ll);
    let program = zkcc::compile(&[&ll], &zkcc::Options::default()).unwrap();
    let mut stdout = Vec::new();
    let exit = zkvm_executor::execute(
        &program,
        b"abc",
        zkvm_executor::Console { stdout: &mut stdout, stderr: &mut std::io::sink() },
        &zkvm_executor::Options::default(),
    )
    .unwrap();
    assert_eq!(String::from_utf8(stdout).unwrap(), "hello 42 zk\n");
    assert_eq!(exit.exit_code, 3);
    assert_eq!(exit.journal, b"abc");
}

/// A bitcode file (collatz.c with one bit flipped) on which LLVM 22's bitcode reader
/// crashes the process: zkcc parses user bitcode in a child first, so it still ends
/// with one line and status 2, and writes nothing.
#[test]
fn bitcode_that_crashes_llvm_is_a_one_line_error() {
    let dir = scratch("cli-reader-crash");
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed/reader_crash.bc");
    let out = zkcc(&[bad.to_str().unwrap(), "-o", "out.zkbin"], &dir);
    let err = one_line_error(&out);
    assert!(err.contains("invalid bitcode"), "{err}");
    assert!(!dir.join("out.zkbin").exists());
}

/// An output path that is a FIFO (or `/dev/null`) is written through, not replaced by a
/// regular file: the atomic rename must only ever replace regular files.
#[test]
fn output_to_a_fifo_writes_through_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("cli-fifo");
    write(&dir, "ok.ll", &format!("{HEADER}define i32 @main() {{\n  ret i32 0\n}}\n"));
    let fifo = dir.join("out.fifo");
    let _ = std::fs::remove_file(&fifo);
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = zkcc(&["ok.ll", "-o", "out.fifo"], &dir);
    assert!(out.status.success(), "{}", stderr_of(&out));
    // Checked before joining: had the FIFO been replaced, the reader would wait forever.
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
    assert!(isa_spec::Program::from_bytes(&reader.join().unwrap()).is_ok());
}

/// Assembly zkcc cannot give a meaning to is an error naming the function as the crate
/// wrote it (demangled) and as the IR spells it.
#[test]
fn unknown_inline_assembly_names_the_rust_function() {
    let f = "_ZN8bigcrate4wide3mul17h0123456789abcdefE";
    let ir = format!(
        "{HEADER}define i64 @{f}(i64 %a) {{\n  %r = call i64 asm \"mulx $0, $1\", \"=r,r\"(i64 %a)\n  ret i64 %r\n}}\n\
         define i32 @main() {{\n  %x = call i64 @{f}(i64 3)\n  %t = trunc i64 %x to i32\n  ret i32 %t\n}}\n"
    );
    let err = zkcc_text(&ir).err().expect("must fail").to_string();
    assert!(err.contains(&format!("unsupported inline assembly in function `bigcrate::wide::mul` (`{f}`)")), "{err}");
    assert!(err.contains("mulx"), "{err}");
}

/// x86's divide error (a quotient wider than the register, or a zero divisor) traps.
#[test]
fn inline_div_overflow_traps() {
    for (hi, d) in [(7, 7), (0, 0), (9, 3)] {
        let ir = format!(
            "{HEADER}define i32 @main() {{\n  %r = call {{ i64, i64 }} asm \"divq $4\", \"={{dx}},={{ax}},{{dx}},{{ax}},r\"(i64 {hi}, i64 1, i64 {d})\n  \
             %q = extractvalue {{ i64, i64 }} %r, 1\n  %t = trunc i64 %q to i32\n  ret i32 %t\n}}\n"
        );
        let out = zkcc_text(&ir).unwrap_or_else(|e| panic!("{e}"));
        let (outcome, _) = run_zkvm(&out.program, b"");
        assert_eq!(outcome.status, 134, "hi {hi}, divisor {d}");
    }
}
