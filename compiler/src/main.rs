//! The `zkcc` command: compiles LLVM IR and C sources (`zkcc prog.c more.ll -o prog.zkbin`)
//! builds Cargo guest crates (`zkcc build [PATH]`) and scaffolds projects (`zkcc new NAME`).

mod build;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// A `.zkbin` program.
    Bin,
    /// Disassembly text.
    Asm,
}

/// Compiles LLVM IR (from clang-22 or rustc) and C sources to a zkvm program.
#[derive(Parser, Debug)]
#[command(
    name = "zkcc",
    version,
    after_help = "To build a Cargo guest crate into a program: zkcc build [PATH] (see zkcc build --help).\nTo start a project (a guest crate and a host program): zkcc new NAME."
)]
struct Cli {
    /// Inputs, linked together: `.ll` (IR text), `.bc` (bitcode) or `.c` (C, compiled
    /// with clang-22 and the guest headers).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output file (default: the first input's stem with `.zkbin`, or `.s` with -S).
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Write the disassembly instead of the program (same as `--emit asm`).
    #[arg(short = 'S')]
    asm: bool,
    /// What to write.
    #[arg(long, value_enum, default_value = "bin")]
    emit: Emit,
    /// Do not link the C runtime.
    #[arg(long)]
    no_runtime: bool,
    /// Add a directory to the include path of C sources.
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Define a macro for C sources (`NAME` or `NAME=VALUE`).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    define: Vec<String>,
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("zkcc: error: {message}");
    ExitCode::from(2)
}

/// Writes `bytes` to `path` atomically (temporary file, then rename). An existing path
/// that is not a regular file (`/dev/null`, a FIFO) is written directly: renaming over
/// it would replace the device with a file.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return std::fs::write(path, bytes);
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Compiles `inputs` and writes the program (or its disassembly with `asm`) to `output`.
/// Warnings go to stderr.
pub(crate) fn compile_to_file(
    inputs: &[zkcc::Input],
    output: &Path,
    asm: bool,
    runtime: bool,
) -> Result<(), build::Failure> {
    let out = zkcc::compile_inputs(inputs, &zkcc::Options { runtime })?;
    for w in &out.warnings {
        eprintln!("zkcc: warning: {w}");
    }
    let bytes = if asm { isa_spec::asm::disassemble(&out.program).into_bytes() } else { out.program.to_bytes() };
    write_atomic(output, &bytes).map_err(|e| build::Failure(format!("cannot write `{}`: {e}", output.display())))
}

/// Reads the inputs; C sources are compiled to bitcode first.
fn read_inputs(paths: &[PathBuf], flags: &build::clang::CFlags) -> Result<Vec<zkcc::Input>, build::Failure> {
    let mut inputs = Vec::new();
    for path in paths {
        let bytes = if build::clang::is_c_source(path) {
            build::clang::compile_c(path, flags)?
        } else {
            std::fs::read(path).map_err(|e| build::Failure(format!("cannot read `{}`: {e}", path.display())))?
        };
        let input = zkcc::Input { name: path.display().to_string(), bytes };
        if zkcc::driver::is_bitcode(&input.bytes) {
            check_bitcode_isolated(path)?;
        }
        inputs.push(input);
    }
    Ok(inputs)
}

/// Hidden first argument: parse one bitcode file and exit (see [`check_bitcode_isolated`]).
const CHECK_BITCODE: &str = "__check-bitcode";

/// LLVM's bitcode reader is not hardened: on some corrupt files it stops the whole process
/// (`LLVM ERROR: out of memory` on a size field, then `abort`), which no error handling
/// in this process can catch. So a user's bitcode is first parsed in a child zkcc; if
/// that child dies, the file is reported as malformed instead of taking zkcc down.
fn check_bitcode_isolated(path: &Path) -> Result<(), build::Failure> {
    let exe = std::env::current_exe().map_err(|e| build::Failure(format!("cannot find zkcc itself: {e}")))?;
    let out = std::process::Command::new(exe)
        .arg(CHECK_BITCODE)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| build::Failure(format!("cannot run zkcc to check `{}`: {e}", path.display())))?;
    // Exit 0: parsed; exit 2: a clean parse error, reported again by the real parse.
    if matches!(out.status.code(), Some(0 | 2)) {
        return Ok(());
    }
    use std::os::unix::process::ExitStatusExt;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let reason = match stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        Some(line) => line.trim().to_string(),
        None => match out.status.signal() {
            Some(signal) => format!("signal {signal}"),
            None => out.status.to_string(),
        },
    };
    Err(build::Failure(format!("{}: invalid bitcode (LLVM's reader crashed on it: {reason})", path.display())))
}

fn check_bitcode_main(path: &Path) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(format!("cannot read `{}`: {e}", path.display())),
    };
    let context = inkwell::context::Context::create();
    match zkcc::driver::load(&context, &zkcc::Input { name: path.display().to_string(), bytes }) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "build") {
        return build::cargo::main(&args[2..]);
    }
    if args.get(1).is_some_and(|a| a == "new") {
        return build::new::main(&args[2..]);
    }
    if args.get(1).is_some_and(|a| a == CHECK_BITCODE) && args.len() == 3 {
        return check_bitcode_main(Path::new(&args[2]));
    }
    let cli = match Cli::try_parse_from(&args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let asm = cli.asm || cli.emit == Emit::Asm;
    let flags = build::clang::CFlags { includes: cli.include.clone(), defines: cli.define.clone() };
    let inputs = match read_inputs(&cli.inputs, &flags) {
        Ok(inputs) => inputs,
        Err(e) => return fail(e),
    };
    let output = cli.output.clone().unwrap_or_else(|| {
        let stem = cli.inputs[0].file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
        PathBuf::from(format!("{stem}.{}", if asm { "s" } else { "zkbin" }))
    });
    match compile_to_file(&inputs, &output, asm, !cli.no_runtime) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}
