//! `zkcc build [PATH]`: builds a Cargo guest crate into `PATH/target/zkvm/NAME.zkbin`.
//!
//! The crate is an ordinary library crate (`#![no_std]`, usually depending on the
//! `zkvm-guest` crate in `stdlib/rust`). zkcc runs
//! `cargo rustc --release --lib --crate-type cdylib -- --emit=llvm-ir=...` with the guest
//! profile forced through `--config` (`panic = "abort"`, `lto = "fat"`,
//! `codegen-units = 1`), so the `.ll` holds the whole program (`core`, `alloc` and every
//! dependency), then compiles that IR like any other input.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::Parser;

use super::{Failure, describe};

/// Builds a Cargo guest crate into a zkvm program (`target/zkvm/NAME.zkbin`, printed on
/// stdout).
#[derive(Parser, Debug)]
#[command(name = "zkcc build", version)]
struct BuildCli {
    /// The crate's directory or its `Cargo.toml` [default: the current directory].
    path: Option<PathBuf>,
    /// Output file [default: PATH/target/zkvm/NAME.zkbin, or `.s` with -S].
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Write the disassembly instead of the program.
    #[arg(short = 'S')]
    asm: bool,
    /// Passed to cargo: build without accessing the network.
    #[arg(long)]
    offline: bool,
    /// Passed to cargo: require `Cargo.lock` to be up to date.
    #[arg(long)]
    locked: bool,
    /// Passed to cargo: features of the guest crate to enable.
    #[arg(short = 'F', long)]
    features: Vec<String>,
    /// Passed to cargo: no progress output.
    #[arg(short = 'q', long)]
    quiet: bool,
}

/// Settings forced on the guest's release profile (DESIGN-NOTES §2).
pub const PROFILE: &[&str] =
    &["profile.release.panic=\"abort\"", "profile.release.lto=\"fat\"", "profile.release.codegen-units=1"];

/// Entry point of `zkcc build`; `args` follow the word `build`.
pub fn main(args: &[OsString]) -> ExitCode {
    let argv = std::iter::once(OsString::from("zkcc build")).chain(args.iter().cloned());
    let cli = match BuildCli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match build(&cli) {
        Ok(output) => {
            println!("{}", output.display());
            ExitCode::SUCCESS
        }
        Err(e) => crate::fail(e),
    }
}

/// The manifest a `zkcc build` path argument names.
fn manifest_of(path: Option<&Path>) -> Result<PathBuf, Failure> {
    let path = path.unwrap_or(Path::new("."));
    let manifest = if path.file_name().is_some_and(|n| n == "Cargo.toml") || path.is_file() {
        path.to_path_buf()
    } else {
        path.join("Cargo.toml")
    };
    if !manifest.is_file() {
        return Err(Failure(format!("no Cargo.toml at `{}`", manifest.display())));
    }
    Ok(manifest)
}

/// The `[package] name` of a manifest.
pub fn package_name(manifest_text: &str) -> Option<String> {
    let mut in_package = false;
    for line in manifest_text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
            continue;
        }
        if !in_package {
            continue;
        }
        let Some(rest) = line.strip_prefix("name") else { continue };
        let Some(value) = rest.trim_start().strip_prefix('=') else { continue };
        let value = value.trim();
        let quote = value.chars().next().filter(|&c| c == '"' || c == '\'')?;
        let end = value[1..].find(quote)?;
        return Some(value[1..1 + end].to_string());
    }
    None
}

fn build(cli: &BuildCli) -> Result<PathBuf, Failure> {
    let manifest = manifest_of(cli.path.as_deref())?;
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| Failure(format!("cannot read `{}`: {e}", manifest.display())))?;
    let name = package_name(&text)
        .ok_or_else(|| Failure(format!("`{}` has no [package] name (is it a workspace?)", manifest.display())))?;
    let dir = manifest.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let target = dir.join("target");
    let out_dir = target.join("zkvm");
    std::fs::create_dir_all(&out_dir).map_err(|e| Failure(format!("cannot create `{}`: {e}", out_dir.display())))?;
    let ir = out_dir.join(format!("{name}.ll"));
    // An absolute path: rustc runs in another directory.
    let ir_abs = std::path::absolute(&ir).map_err(|e| Failure(format!("bad path `{}`: {e}", ir.display())))?;

    let cargo = std::env::var_os("CARGO").filter(|s| !s.is_empty()).unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.args(["rustc", "--release", "--lib", "--crate-type", "cdylib", "--manifest-path"])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&target);
    for setting in PROFILE {
        cmd.args(["--config", setting]);
    }
    if cli.offline {
        cmd.arg("--offline");
    }
    if cli.locked {
        cmd.arg("--locked");
    }
    if cli.quiet {
        cmd.arg("-q");
    }
    for f in &cli.features {
        cmd.args(["--features", f]);
    }
    let mut emit = OsString::from("--emit=llvm-ir=");
    emit.push(&ir_abs);
    cmd.arg("--").arg(emit);
    let status = cmd.status().map_err(|e| Failure(format!("cannot run `{}`: {e}", cargo.to_string_lossy())))?;
    if !status.success() {
        return Err(Failure(format!("cargo failed to build `{}` ({})", manifest.display(), describe(status))));
    }
    let bytes = std::fs::read(&ir).map_err(|e| Failure(format!("cargo left no IR at `{}`: {e}", ir.display())))?;
    let output =
        cli.output.clone().unwrap_or_else(|| out_dir.join(format!("{name}.{}", if cli.asm { "s" } else { "zkbin" })));
    let inputs = [zkcc::Input { name: ir.display().to_string(), bytes }];
    crate::compile_to_file(&inputs, &output, cli.asm, true)?;
    Ok(output)
}

#[cfg(test)]
mod tests {
    use super::package_name;

    #[test]
    fn package_names() {
        assert_eq!(package_name("[package]\nname = \"fib\"\n").as_deref(), Some("fib"));
        assert_eq!(package_name("[workspace]\n\n[package]\nversion = \"1\"\nname='a-b' # x\n").as_deref(), Some("a-b"));
        assert_eq!(package_name("[lib]\nname = \"x\"\n[package]\nnamespace = 1\n"), None);
        assert_eq!(package_name("[workspace]\nmembers = []\n"), None);
    }
}
