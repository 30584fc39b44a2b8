//! C sources: compiled to LLVM bitcode with clang-22 and the guest headers
//! (`stdlib/include`), then linked with the other inputs like any `.bc` file.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{Failure, describe};

/// Environment variable naming the clang to run (default `clang-22`; also read by
/// zkcc's `build.rs`).
pub const CLANG_ENV: &str = "ZKCC_CLANG";
/// Environment variable overriding the guest include directory.
pub const INCLUDE_ENV: &str = "ZKCC_INCLUDE";

/// The flags every C guest is compiled with (DESIGN-NOTES §2). `-nostdlibinc`: headers
/// come from the guest libc and clang's own (`stddef.h`, `stdint.h`, `stdarg.h`, ...),
/// never from the host's `/usr/include`.
pub const C_FLAGS: &[&str] = &[
    "--target=x86_64-unknown-linux-gnu",
    "-ffreestanding",
    "-nostdlibinc",
    "-fno-stack-protector",
    "-O2",
    "-c",
    "-emit-llvm",
];

/// Whether `path` names a C source.
pub fn is_c_source(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "c")
}

/// The clang binary to run.
pub fn clang() -> OsString {
    std::env::var_os(CLANG_ENV).filter(|s| !s.is_empty()).unwrap_or_else(|| "clang-22".into())
}

/// The directory holding `zkvm.h` and the libc subset's headers: `$ZKCC_INCLUDE`, else
/// the repository's `stdlib/include` as it was when zkcc was built.
pub fn include_dir() -> Result<PathBuf, Failure> {
    if let Some(dir) = std::env::var_os(INCLUDE_ENV).filter(|s| !s.is_empty()) {
        let dir = PathBuf::from(dir);
        if !dir.join("zkvm.h").is_file() {
            return Err(Failure(format!("{INCLUDE_ENV}=`{}` holds no zkvm.h", dir.display())));
        }
        return Ok(dir);
    }
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../stdlib/include"));
    if !dir.join("zkvm.h").is_file() {
        return Err(Failure(format!(
            "guest headers not found at `{}` (set {INCLUDE_ENV} to the stdlib/include directory)",
            dir.display()
        )));
    }
    Ok(dir)
}

/// Extra arguments for clang given on zkcc's command line (`-I`, `-D`).
#[derive(Clone, Debug, Default)]
pub struct CFlags {
    pub includes: Vec<PathBuf>,
    pub defines: Vec<String>,
}

/// Compiles one C source to bitcode. clang's diagnostics go straight to stderr; a
/// failure is reported as one line naming the source.
pub fn compile_c(source: &Path, flags: &CFlags) -> Result<Vec<u8>, Failure> {
    if let Err(e) = std::fs::File::open(source) {
        return Err(Failure(format!("cannot read `{}`: {e}", source.display())));
    }
    let include = include_dir()?;
    let clang = clang();
    let mut cmd = Command::new(&clang);
    cmd.args(C_FLAGS);
    for dir in &flags.includes {
        cmd.arg("-I").arg(dir);
    }
    for def in &flags.defines {
        cmd.arg(format!("-D{def}"));
    }
    cmd.arg("-I").arg(&include).arg("-o").arg("-").arg(source);
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let shown = clang.to_string_lossy();
    let output = cmd.output().map_err(|e| {
        Failure(format!(
            "cannot run `{shown}` to compile `{}`: {e} (install clang-22, or set {CLANG_ENV})",
            source.display()
        ))
    })?;
    let diagnostics = String::from_utf8_lossy(&output.stderr);
    eprint!("{diagnostics}");
    if !output.status.success() {
        if let Some(header) = missing_header(&diagnostics) {
            return Err(Failure(format!(
                "`{}` includes <{header}>: no such header in the guest libc (docs/guest.md lists its headers)",
                source.display()
            )));
        }
        return Err(Failure(format!("`{shown}` failed on `{}` ({})", source.display(), describe(output.status))));
    }
    Ok(output.stdout)
}

/// The header of clang's "'foo.h' file not found" error, if that is how it failed.
fn missing_header(diagnostics: &str) -> Option<&str> {
    diagnostics.lines().find_map(|l| l.split("fatal error: '").nth(1)?.strip_suffix("' file not found"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn missing_headers_are_named() {
        let e = "x.c:1:10: fatal error: 'sys/mman.h' file not found\n    1 | #include <sys/mman.h>\n";
        assert_eq!(super::missing_header(e), Some("sys/mman.h"));
        assert_eq!(super::missing_header("x.c:2:1: error: expected ';'"), None);
    }
}
