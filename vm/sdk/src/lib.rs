//! Host SDK for zkvm: everything a Rust host program needs, in one crate.
//!
//! ```no_run
//! use serde::{Deserialize, Serialize};
//! use zkvm_sdk::{Input, Program};
//!
//! #[derive(Serialize)]
//! struct Job { n: u32 }
//!
//! # fn main() -> Result<(), zkvm_sdk::Error> {
//! let program = Program::load("guest/target/zkvm/guest.zkbin")?;
//! let mut input = Input::new();
//! input.write(&Job { n: 10 })?;
//!
//! let run = program.execute(&input)?;             // execute only: cycles, journal, exit code
//! println!("{} cycles", run.cycles);
//!
//! let receipt = program.prove(&input)?;           // proof + claimed journal + exit code
//! receipt.verify(&program)?;                      // checks the proof against this program
//! let doubled: u32 = receipt.journal.decode()?;   // what the guest committed
//! # let _ = doubled;
//! # Ok(())
//! # }
//! ```
//!
//! Values cross the guest boundary in one format, postcard 1.x (see [`Input`] and
//! [`Journal`] for the exact framing, and the guest crate `zkvm-guest`'s `read`/`commit`).
//! A proof is bound to the [`ProgramId`] of the program it was made for; a verifier that
//! holds only the ID uses [`Receipt::verify_id`] (the receipt must carry the program's
//! image: [`ProveOptions::embed_program`]), one that holds the `.zkbin` and pins its ID [`Receipt::verify_with_id`]. The
//! `zkvm-build` crate turns a `.zkbin` into a `ProgramId` constant at build time.
//! [`ProveOptions::dev_mode`] executes without proving: its receipts are refused by
//! every verifier.

mod error;
mod execution;
mod input;
mod input_spec;
mod journal;
mod program;
mod receipt;

pub use error::Error;
pub use execution::{Console, ExecuteOptions, Execution, FunctionCycles, Profile};
pub use input::Input;
pub use input_spec::SPEC_KINDS;
pub use journal::{Journal, JournalReader};
pub use program::{DEV_MODE_ENV, Program, ProveOptions, dev_mode_from_env};
pub use receipt::Receipt;

pub use isa_spec::ProgramId;
pub use zkvm_executor::{DEFAULT_CYCLE_LIMIT, Trap};
pub use zkvm_prover::{
    DEFAULT_SEGMENT_LOG, Part, PartFile, ProofProfile, ProveStats, Seed, SegmentPlan, Stage, estimated_peak_memory,
};
pub use zkvm_verifier::{ProofBody, Statement, VerifyError};

/// The serialisation crates the format is built on, for hosts that need them directly.
pub use {postcard, serde};
