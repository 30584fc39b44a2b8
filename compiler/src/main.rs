//! The `zkcc` command.

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

/// Compiles LLVM IR (from clang-22 or rustc) to a zkvm program.
#[derive(Parser, Debug)]
#[command(name = "zkcc", version)]
struct Cli {
    /// Input modules (`.ll` text or `.bc` bitcode), linked together.
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
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("zkcc: error: {message}");
    ExitCode::from(2)
}

/// Writes `bytes` to `path` atomically (temporary file, then rename).
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let asm = cli.asm || cli.emit == Emit::Asm;
    let mut inputs = Vec::new();
    for path in &cli.inputs {
        match std::fs::read(path) {
            Ok(bytes) => inputs.push(zkcc::Input { name: path.display().to_string(), bytes }),
            Err(e) => return fail(format!("cannot read `{}`: {e}", path.display())),
        }
    }
    let output = cli.output.clone().unwrap_or_else(|| {
        let stem = cli.inputs[0].file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
        PathBuf::from(format!("{stem}.{}", if asm { "s" } else { "zkbin" }))
    });
    let options = zkcc::Options { runtime: !cli.no_runtime };
    let out = match zkcc::compile_inputs(&inputs, &options) {
        Ok(out) => out,
        Err(e) => return fail(e),
    };
    for w in &out.warnings {
        eprintln!("zkcc: warning: {w}");
    }
    let bytes = if asm { isa_spec::asm::disassemble(&out.program).into_bytes() } else { out.program.to_bytes() };
    if let Err(e) = write_atomic(&output, &bytes) {
        return fail(format!("cannot write `{}`: {e}", output.display()));
    }
    ExitCode::SUCCESS
}
