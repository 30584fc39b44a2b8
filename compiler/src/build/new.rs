//! `zkcc new NAME`: scaffolds a project that builds and runs as it is, a guest crate
//! (`NAME/guest`, on `zkvm-guest`) and a host program (`NAME/host`, on `zkvm-sdk`).
//!
//! Our crates are not published, so the manifests point path dependencies at this
//! checkout: `$ZKVM_REPO` when set, else the repository zkcc was built from.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use super::Failure;

/// Creates a new zkvm project: a guest crate and a host program.
#[derive(Parser, Debug)]
#[command(name = "zkcc new", version)]
struct NewCli {
    /// Directory to create; its last component names the packages (`NAME-guest`,
    /// `NAME-host`).
    path: PathBuf,
}

/// Environment variable naming the zkvm checkout the project depends on.
pub const REPO_ENV: &str = "ZKVM_REPO";

/// The template's files: (path in the project, contents with `{name}` and `{repo}`).
const FILES: &[(&str, &str)] = &[
    ("README.md", include_str!("template/README.md")),
    (".gitignore", include_str!("template/gitignore")),
    ("guest/Cargo.toml", include_str!("template/guest_Cargo.toml")),
    ("guest/src/lib.rs", include_str!("template/guest_lib.rs")),
    ("host/Cargo.toml", include_str!("template/host_Cargo.toml")),
    ("host/src/main.rs", include_str!("template/host_main.rs")),
];

/// Entry point of `zkcc new`; `args` follow the word `new`.
pub fn main(args: &[OsString]) -> ExitCode {
    let argv = std::iter::once(OsString::from("zkcc new")).chain(args.iter().cloned());
    let cli = match NewCli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match scaffold(&cli.path) {
        Ok(()) => {
            println!("{}", cli.path.display());
            ExitCode::SUCCESS
        }
        Err(e) => crate::fail(e),
    }
}

/// The checkout holding `stdlib/rust` and `vm/sdk`.
fn repo() -> Result<PathBuf, Failure> {
    let repo = match std::env::var_os(REPO_ENV).filter(|s| !s.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")),
    };
    let repo = std::path::absolute(&repo).map_err(|e| Failure(format!("bad path `{}`: {e}", repo.display())))?;
    for krate in ["stdlib/rust", "vm/sdk"] {
        if !repo.join(krate).join("Cargo.toml").is_file() {
            return Err(Failure(format!(
                "no zkvm checkout at `{}` (no {krate}); set {REPO_ENV} to one",
                repo.display()
            )));
        }
    }
    // Normalised, so that the manifests hold a plain path.
    repo.canonicalize().map_err(|e| Failure(format!("bad path `{}`: {e}", repo.display())))
}

/// A package name Cargo accepts and that is safe to splice into the templates.
fn valid_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A TOML basic string's contents.
fn toml_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn scaffold(path: &Path) -> Result<(), Failure> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !valid_name(name) {
        return Err(Failure(format!(
            "`{name}` is not a valid project name (a letter, then letters, digits, `-` or `_`)"
        )));
    }
    if path.exists() {
        return Err(Failure(format!("`{}` already exists", path.display())));
    }
    let repo = repo()?;
    let repo = repo.to_str().ok_or_else(|| Failure(format!("`{}` is not UTF-8", repo.display())))?;
    // Written beside the destination, then renamed: no partial project on failure.
    let tmp = path.with_file_name(format!(".{name}.tmp{}", std::process::id()));
    let result = write_files(&tmp, name, &toml_escape(repo)).and_then(|()| {
        std::fs::rename(&tmp, path).map_err(|e| Failure(format!("cannot create `{}`: {e}", path.display())))
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn write_files(dir: &Path, name: &str, repo: &str) -> Result<(), Failure> {
    for (file, template) in FILES {
        let file = dir.join(file);
        let cannot = |e: std::io::Error| Failure(format!("cannot write `{}`: {e}", file.display()));
        std::fs::create_dir_all(file.parent().unwrap()).map_err(cannot)?;
        std::fs::write(&file, template.replace("{name}", name).replace("{repo}", repo)).map_err(cannot)?;
    }
    Ok(())
}
