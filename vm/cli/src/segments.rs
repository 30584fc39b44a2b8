//! `zkvm segments plan|prove|join`: one segmented proof made by several processes or
//! machines. Each command recomputes the plan (the first pass) from the program, input
//! and options it is given, so workers need nothing from each other but the part files.

use std::io::Write;
use std::path::{Path, PathBuf};

use zkvm_sdk::{Error, Input, Part, PartFile, Program, ProofProfile, ProveOptions, Seed, SegmentPlan};

use crate::proving::{EXIT_REJECTED, check_memory, prove_failure};
use crate::{Failure, fsutil, load_program, read_input, usage};

/// What every `zkvm segments` command is given: the run and how it is proven.
#[derive(clap::Args)]
pub struct RunArgs {
    program: PathBuf,
    /// Private input bytes.
    #[arg(long)]
    input: Option<PathBuf>,
    /// As for `zkvm prove`.
    #[arg(long, value_name = "NAME", value_parser = crate::profile_parser())]
    proof_options: Option<ProofProfile>,
    /// As for `zkvm prove`.
    #[arg(long)]
    no_zk: bool,
    /// The secret seed of a zero-knowledge proof's randomness, shared by every command
    /// of one proof (64 hex digits): `plan` writes a fresh one if FILE does not exist.
    /// Keep it as secret as the input.
    #[arg(long, value_name = "FILE")]
    zk_seed: Option<PathBuf>,
    /// Segments of 2^K rows, as for `zkvm prove`.
    #[arg(long, value_name = "K", default_value_t = zkvm_sdk::DEFAULT_SEGMENT_LOG,
          value_parser = clap::value_parser!(u32).range(16..=26))]
    segment_log: u32,
    /// As for `zkvm prove`.
    #[arg(long, default_value_t = zkvm_sdk::DEFAULT_CYCLE_LIMIT,
          value_parser = clap::value_parser!(u64).range(1..=zkvm_sdk::DEFAULT_CYCLE_LIMIT))]
    max_cycles: u64,
}

struct Run {
    program: Program,
    input: Input,
    options: ProveOptions,
}

impl RunArgs {
    /// The run; `plan` may create the seed file.
    fn load(&self, create_seed: bool) -> Result<Run, Failure> {
        let (profile, zero_knowledge) = crate::proof_mode(self.proof_options, self.no_zk)?;
        let zk_seed = match (&self.zk_seed, zero_knowledge) {
            (_, false) => None,
            (None, true) => {
                return Err(usage(
                    "error: the parts of a zero-knowledge proof share a secret seed: pass --zk-seed FILE (`plan` creates it), or --no-zk",
                ));
            }
            (Some(path), true) => Some(read_seed(path, create_seed)?),
        };
        let program = load_program(&self.program)?;
        let input = read_input(self.input.as_deref())?;
        let options = ProveOptions {
            profile,
            zero_knowledge,
            zk_seed,
            segment_log: self.segment_log,
            max_cycles: self.max_cycles,
            ..ProveOptions::default()
        };
        Ok(Run { program, input, options })
    }
}

/// A seed file's contents: 64 hex digits and a newline.
pub(crate) fn seed_hex(seed: Seed) -> String {
    let hex: String = seed.0.iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}\n")
}

/// Reads a seed file (64 hex digits), or with `create`, writes a fresh one where there
/// is none.
fn read_seed(path: &Path, create: bool) -> Result<Seed, Failure> {
    if create && !path.exists() {
        let seed = Seed::random();
        fsutil::write_atomic(path, seed_hex(seed).as_bytes())?;
        return Ok(seed);
    }
    let text = fsutil::read(path)?;
    let text = std::str::from_utf8(&text).unwrap_or("").trim();
    isa_spec::zkbin::parse_hex(text.as_bytes())
        .map(Seed)
        .ok_or_else(|| usage(format!("error: {}: not a seed (64 hex digits)", path.display())))
}

impl Run {
    /// The first pass (every segment executed and its boundary committed).
    fn plan(&self) -> Result<SegmentPlan, Failure> {
        self.program.plan_segments(&self.input, &self.options).map_err(prove_failure)
    }
}

/// Prints the parts, one per line.
pub fn plan(run: &RunArgs) -> Result<u8, Failure> {
    let plan = run.load(true)?.plan()?;
    let text: String = plan.parts().iter().map(|p| format!("{p}\n")).collect();
    // A closed pipe is a quiet exit, as for every command.
    let _ = std::io::stdout().write_all(text.as_bytes());
    note!("zkvm: {} cycles, {} parts", plan.cycles(), plan.parts().len());
    Ok(0)
}

/// Proves `part` into the part file `output`.
pub fn prove(run: &RunArgs, part: Part, output: &Path) -> Result<u8, Failure> {
    let r = run.load(false)?;
    // Before the first pass, which runs the whole program.
    check_memory(&r.program, &r.input, &r.options)?;
    let plan = r.plan()?;
    let file = r.program.prove_part(&r.input, &plan, part).map_err(prove_failure)?;
    fsutil::write_atomic(output, &file.to_bytes())?;
    note!("zkvm: proved {part} of {} parts, written to {}", plan.parts().len(), output.display());
    Ok(0)
}

/// Joins the part files into a proof file, which must verify before it is written.
pub fn join(run: &RunArgs, parts: &[PathBuf], output: &Path, embed_program: bool) -> Result<u8, Failure> {
    let mut files = Vec::new();
    for path in parts {
        let bytes = fsutil::read(path)?;
        files.push(PartFile::from_bytes(&bytes).map_err(|e| usage(format!("error: {}: {e}", path.display())))?);
    }
    let r = run.load(false)?;
    let options = ProveOptions { embed_program, ..r.options };
    let receipt = r.program.join_parts(&r.plan()?, files, &options).map_err(|e| match e {
        Error::UnexpectedProgram { .. } => usage(format!("error: a part is for another program: {e}")),
        e => prove_failure(e),
    })?;
    let statement = receipt.verify(&r.program).map_err(|e| Failure {
        status: EXIT_REJECTED,
        message: format!("error: the joined proof does not verify (a part of another run, or damaged): {e}"),
    })?;
    fsutil::write_atomic(output, &receipt.to_bytes())?;
    note!(
        "zkvm: joined {} parts: {} segments, exit code {}, journal {} bytes, written to {}",
        parts.len(),
        statement.segments,
        statement.exit_code,
        statement.journal.len(),
        output.display()
    );
    Ok(0)
}
