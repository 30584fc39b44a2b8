//! Driver features of the `zkcc` command beyond compiling IR: C sources through clang-22
//! ([`clang`]), Cargo guest crates (`zkcc build`, [`cargo`]) and new projects
//! (`zkcc new`, [`new`]).

pub mod cargo;
pub mod clang;
pub mod new;

use std::fmt;
use std::process::ExitStatus;

/// A driver failure: one line for `zkcc: error: ...` (exit status 2).
#[derive(Debug)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<E: std::error::Error> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

/// "exit status N" or "killed by a signal".
pub(crate) fn describe(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => format!("exit status {code}"),
        None => "killed by a signal".into(),
    }
}
