//! Build-script helpers for zkvm host crates: pin a guest's [`ProgramId`] as a Rust
//! constant computed from its `.zkbin` at build time, so that the host verifies by ID
//! (`Receipt::verify_id`) with nothing to load or paste by hand, and a rebuilt guest
//! changes the constant on the next build.
//!
//! In the host's `build.rs` (with `zkvm-build` under `[build-dependencies]`):
//!
//! ```no_run
//! zkvm_build::write_program_id("GUEST_ID", "../guest/target/zkvm/guest.zkbin").unwrap();
//! ```
//!
//! and in its source (with `zkvm-sdk` as a dependency):
//!
//! ```ignore
//! include!(concat!(env!("OUT_DIR"), "/guest_id.rs")); // pub const GUEST_ID: ProgramId
//! receipt.verify_id(GUEST_ID)?;
//! ```
//!
//! A crate of its own, depending only on `isa-spec`, because build-dependencies are
//! compiled separately from the host's own dependencies: `zkvm-sdk` there would build
//! the prover a second time.

use std::path::{Path, PathBuf};

pub use isa_spec::ProgramId;

/// Why no constant was written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: not a valid program: {source}")]
    Program { path: PathBuf, source: isa_spec::zkbin::FormatError },
    #[error("`{0}` is not a Rust identifier for a constant")]
    Name(String),
    #[error("OUT_DIR is not set: call this from a build script")]
    NoOutDir,
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

/// The ID of the program in the `.zkbin` file at `zkbin`.
pub fn program_id(zkbin: impl AsRef<Path>) -> Result<ProgramId, Error> {
    let path = zkbin.as_ref();
    let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_path_buf(), source })?;
    let program =
        isa_spec::Program::from_bytes(&bytes).map_err(|source| Error::Program { path: path.to_path_buf(), source })?;
    Ok(program.program_id())
}

/// Rust source declaring `pub const NAME: ::zkvm_sdk::ProgramId` with value `id` (an
/// item for `include!`; the host depends on `zkvm-sdk`). The ID is written in hex, as
/// `zkvm info` prints it, and parsed at compile time by `ProgramId::from_hex`.
pub fn program_id_source(name: &str, id: ProgramId) -> Result<String, Error> {
    let mut chars = name.chars();
    let ident = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_";
    if !ident {
        return Err(Error::Name(name.to_string()));
    }
    Ok(format!(
        "/// The guest's program ID, computed from its .zkbin when this crate was built (zkvm-build).\n\
         pub const {name}: ::zkvm_sdk::ProgramId = ::zkvm_sdk::ProgramId::from_hex(\"{id}\");\n"
    ))
}

/// For `build.rs`: writes the constant `NAME` holding the ID of the program at `zkbin`
/// to `$OUT_DIR/name.rs` (the name in lower case), tells Cargo to rebuild when the
/// `.zkbin` changes, and returns the path written. Include it with
/// `include!(concat!(env!("OUT_DIR"), "/name.rs"))`.
pub fn write_program_id(name: &str, zkbin: impl AsRef<Path>) -> Result<PathBuf, Error> {
    let zkbin = zkbin.as_ref();
    // Before reading, so that a missing file is picked up once it exists.
    println!("cargo:rerun-if-changed={}", zkbin.display());
    let out_dir = std::env::var_os("OUT_DIR").ok_or(Error::NoOutDir)?;
    let source = program_id_source(name, program_id(zkbin)?)?;
    let path = Path::new(&out_dir).join(format!("{}.rs", name.to_lowercase()));
    std::fs::write(&path, source).map_err(|source| Error::Write { path: path.clone(), source })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zkbin(dir: &Path) -> (PathBuf, ProgramId) {
        let program = isa_spec::asm::assemble(".func \"_start\"\n    li s1, 3\n    halt s1\n").unwrap();
        let path = dir.join("guest.zkbin");
        std::fs::write(&path, program.to_bytes()).unwrap();
        (path, program.program_id())
    }

    #[test]
    fn source_declares_the_id_in_hex() {
        let dir = tempfile::tempdir().unwrap();
        let (path, id) = zkbin(dir.path());
        assert_eq!(program_id(&path).unwrap(), id);
        let source = program_id_source("GUEST_ID", id).unwrap();
        let line = format!("pub const GUEST_ID: ::zkvm_sdk::ProgramId = ::zkvm_sdk::ProgramId::from_hex(\"{id}\");");
        assert_eq!(source.lines().nth(1), Some(line.as_str()), "{source}");
        assert!(source.lines().next().unwrap().starts_with("///"));
        // What the constant evaluates to is the ID.
        assert_eq!(ProgramId::from_hex(&id.to_string()), id);
    }

    #[test]
    fn bad_names_and_files_are_errors() {
        let id = ProgramId::new([0; 32]);
        for bad in ["", "_", "1D", "GUEST-ID", "a b", "ÉTÉ", "X\"); panic!(\""] {
            assert!(matches!(program_id_source(bad, id), Err(Error::Name(_))), "{bad}");
        }
        assert!(program_id_source("_ID2", id).is_ok());
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.zkbin");
        assert!(matches!(program_id(&missing), Err(Error::Read { .. })));
        let bad = dir.path().join("bad.zkbin");
        std::fs::write(&bad, b"not a program").unwrap();
        let err = program_id(&bad).unwrap_err();
        assert!(matches!(err, Error::Program { .. }));
        assert!(err.to_string().ends_with("not a valid program: not a .zkbin file (bad magic)"), "{err}");
    }
}
