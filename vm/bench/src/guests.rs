//! Builds the benchmark guests with the release `zkcc`: C files directly (through
//! clang-22), Rust crates with `zkcc build`. A guest that does not build is recorded with
//! its one-line reason, and its workloads are reported as failed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Result, anyhow};

use crate::Config;
use crate::child;
use crate::workloads::Guest;

/// The outcome of building each guest.
pub struct Built(HashMap<Guest, Result<PathBuf, String>>);

impl Built {
    pub fn get(&self, guest: Guest) -> Result<&Path> {
        match self.0.get(&guest) {
            Some(Ok(path)) => Ok(path),
            Some(Err(e)) => Err(anyhow!("guest does not build: {e}")),
            None => Err(anyhow!("guest {guest:?} was not built")),
        }
    }
}

pub fn build_all(config: &Config, guests: &[Guest]) -> Built {
    Built(guests.iter().map(|&g| (g, build(config, g).map_err(|e| format!("{e:#}")))).collect())
}

fn build(config: &Config, guest: Guest) -> Result<PathBuf> {
    eprintln!("bench: building {}", guest.path());
    let zkcc = config.root.join("target/release/zkcc");
    let out = config.out_dir().join(guest.artifact());
    let mut cmd = Command::new(&zkcc);
    match guest {
        Guest::C(_) => cmd.arg(guest.source(&config.root)),
        Guest::Rust(_) => cmd.arg("build").arg(guest.source(&config.root)),
    };
    child::run(cmd.arg("-o").arg(&out))?;
    Ok(out)
}
