//! A loaded guest program and what a host does with it.

use std::ffi::OsStr;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use isa_spec::ProgramId;
use zkvm_prover::{Part, PartFile, ProofConfig, ProofProfile, ProveStats, SegmentPlan, Stage};
use zkvm_verifier::{ProofBody, ProofFile};

use crate::execution::summarize;
use crate::{Console, Error, ExecuteOptions, Execution, Input, Journal, Receipt};

/// A `.zkbin` program (as `zkcc` writes it), validated, with its [`ProgramId`].
#[derive(Clone, Debug)]
pub struct Program {
    inner: isa_spec::Program,
    id: ProgramId,
}

impl Program {
    /// Reads a `.zkbin` file.
    pub fn load(path: impl AsRef<Path>) -> Result<Program, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_path_buf(), source })?;
        Program::from_bytes(&bytes)
    }

    /// Parses the bytes of a `.zkbin` file (e.g. from `include_bytes!`).
    pub fn from_bytes(bytes: &[u8]) -> Result<Program, Error> {
        Ok(Program::from(isa_spec::Program::from_bytes(bytes)?))
    }

    /// The ID proofs of this program are bound to (what `zkvm info` prints).
    pub fn id(&self) -> ProgramId {
        self.id
    }

    /// The program itself: code, data and symbols.
    pub fn as_isa(&self) -> &isa_spec::Program {
        &self.inner
    }

    /// Executes without proving, capturing the console output.
    pub fn execute(&self, input: &Input) -> Result<Execution, Error> {
        self.execute_with(input, &ExecuteOptions::default())
    }

    /// Executes without proving.
    pub fn execute_with(&self, input: &Input, options: &ExecuteOptions) -> Result<Execution, Error> {
        let exec_options = zkvm_executor::Options { cycle_limit: options.max_cycles, profile: options.profile };
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let exit = match options.console {
            Console::Capture => self.run(input, &mut stdout, &mut stderr, &exec_options),
            Console::Discard => self.run(input, &mut std::io::sink(), &mut std::io::sink(), &exec_options),
            Console::Forward => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                let result = self.run(input, &mut out, &mut std::io::stderr().lock(), &exec_options);
                // Console output is best effort, as the guest's own writes are.
                let _ = out.flush();
                result
            }
        }?;
        Ok(Execution {
            cycles: exit.cycles,
            exit_code: exit.exit_code,
            journal: Journal { bytes: exit.journal },
            stdout,
            stderr,
            profile: exit.profile.map(|p| summarize(&self.inner, &p)),
        })
    }

    fn run(
        &self,
        input: &Input,
        stdout: &mut dyn Write,
        stderr: &mut dyn Write,
        options: &zkvm_executor::Options,
    ) -> Result<zkvm_executor::Exit, Error> {
        let console = zkvm_executor::Console { stdout, stderr };
        Ok(zkvm_executor::execute(&self.inner, input.as_bytes(), console, options)?)
    }

    /// Executes (console output is discarded) and proves the execution with the
    /// default [`ProveOptions`].
    pub fn prove(&self, input: &Input) -> Result<Receipt, Error> {
        self.prove_with(input, &ProveOptions::default(), &|_| ())
    }

    /// [`prove`](Program::prove) with `options`, calling `progress` as each stage
    /// starts. A run longer than one segment of `2^options.segment_log` rows is proven
    /// in segments, so that memory stays bounded whatever its length. With
    /// `options.dev_mode`, the program is only executed and the receipt is unproven.
    /// With `options.embed_program`, the receipt carries the program's image.
    pub fn prove_with(
        &self,
        input: &Input,
        options: &ProveOptions,
        progress: &dyn Fn(Stage),
    ) -> Result<Receipt, Error> {
        if options.dev_mode {
            progress(Stage::Execute);
            return self.execute_dev(input, options.max_cycles);
        }
        let (mut file, mut stats) = zkvm_prover::prove_segmented_with_limit(
            &self.inner,
            input.as_bytes(),
            options.config()?,
            options.segment_log,
            options.max_cycles,
            Some(progress),
        )?;
        if options.embed_program {
            file = file.with_image(&self.inner);
            stats.proof_bytes = file.to_bytes().len();
        }
        Ok(Receipt::from_proof_file(file, Some(stats)))
    }
}

/// Segmented proving in parts, to spread one proof over processes or machines: each
/// worker makes the same plan (it is a function of the program, input and options),
/// proves some of its parts, and one joins them into the receipt [`prove_with`] would
/// give.
///
/// [`prove_with`]: Program::prove_with
impl Program {
    /// The first pass: the run's segments and the commitments that join them. `options`
    /// as for [`prove_with`](Program::prove_with) (its `dev_mode` does not apply); a
    /// hiding proof needs `options.zk_seed`, the same for every worker.
    pub fn plan_segments(&self, input: &Input, options: &ProveOptions) -> Result<SegmentPlan, Error> {
        if options.zero_knowledge && options.zk_seed.is_none() {
            return Err(Error::Options(
                "the parts of a zero-knowledge proof must share a secret seed (ProveOptions::zk_seed)".into(),
            ));
        }
        let (segment_log, max_cycles) = (options.segment_log, options.max_cycles);
        Ok(zkvm_prover::plan_segments(&self.inner, input.as_bytes(), options.config()?, segment_log, max_cycles)?)
    }

    /// Proves one part of `plan` (made by [`plan_segments`](Program::plan_segments) for
    /// this program and `input`).
    pub fn prove_part(&self, input: &Input, plan: &SegmentPlan, part: Part) -> Result<PartFile, Error> {
        Ok(PartFile { program_id: self.id, proof: zkvm_prover::prove_part(input.as_bytes(), plan, part)? })
    }

    /// The receipt of `plan` from all its parts, in any order (with the program's image
    /// if `options.embed_program`). A part from another run makes a receipt that does
    /// not verify: verify it before handing it on.
    pub fn join_parts(
        &self,
        plan: &SegmentPlan,
        parts: Vec<PartFile>,
        options: &ProveOptions,
    ) -> Result<Receipt, Error> {
        if let Some(p) = parts.iter().find(|p| p.program_id != self.id) {
            return Err(Error::UnexpectedProgram { expected: self.id, actual: p.program_id });
        }
        let mut file = zkvm_prover::join_parts(plan, parts.into_iter().map(|p| p.proof).collect())?;
        if options.embed_program {
            file = file.with_image(&self.inner);
        }
        Ok(Receipt::from_proof_file(file, None))
    }
}

impl Program {
    /// A dev-mode receipt: the executor's journal and exit code, no proof. Runs as long
    /// as proving would (`max_cycles`), so that it accepts what proving would.
    fn execute_dev(&self, input: &Input, max_cycles: u64) -> Result<Receipt, Error> {
        let start = Instant::now();
        let options = ExecuteOptions { console: Console::Discard, max_cycles, ..ExecuteOptions::default() };
        let run = self.execute_with(input, &options)?;
        let file = ProofFile::new(&self.inner, run.exit_code, run.journal.bytes, ProofBody::DevMode);
        let stats = ProveStats {
            cycles: run.cycles,
            main_width: 0,
            aux_width: 0,
            trace_height: 0,
            segments: 0,
            execute_time: start.elapsed(),
            trace_time: Duration::ZERO,
            prove_time: Duration::ZERO,
            proof_bytes: file.to_bytes().len(),
            security_bits: 0,
        };
        Ok(Receipt::from_proof_file(file, Some(stats)))
    }

    /// Rows of the largest trace that proving `input` with `options` builds (a fast
    /// execution of at most one segment).
    pub fn proof_rows(&self, input: &Input, options: &ProveOptions) -> Result<usize, Error> {
        Ok(zkvm_prover::proof_rows(&self.inner, input.as_bytes(), options.segment_log, options.zero_knowledge)?)
    }
}

/// How [`Program::prove_with`] proves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProveOptions {
    /// The proof's parameters; the fast profile cannot hide, so the default is small.
    pub profile: ProofProfile,
    /// Hiding (zero-knowledge) proofs, on by default: the proof reveals nothing about
    /// the private input beyond the statement (`docs/security.md`). Off, proofs are
    /// about half the prove time (fast profile), and leak.
    pub zero_knowledge: bool,
    /// The secret seed of a hiding proof's randomness (`None`: fresh from the operating
    /// system). The same seed gives the same commitments: the workers proving parts of one
    /// segmented proof need it, and it must stay as secret as the input.
    pub zk_seed: Option<zkvm_prover::Seed>,
    /// Rows per segment, as a power of two: the prover's memory is about
    /// [`estimated_peak_memory`](zkvm_prover::estimated_peak_memory) of `2^segment_log` rows.
    pub segment_log: u32,
    /// A run longer than this many cycles is an [`Error::Trap`] (cycle limit) instead of
    /// a proof: a bound on the prover's work, as `max_cycles` of [`ExecuteOptions`] is on
    /// an execution's. At most (and by default) 2^32.
    pub max_cycles: u64,
    /// Put the program's image (code and data, 24 bytes per instruction plus the data)
    /// in the proof, so that it verifies by the program ID alone
    /// ([`Receipt::verify_id`]); without it, a verifier needs the `.zkbin`.
    pub embed_program: bool,
    /// Execute without proving and return an unproven dev-mode receipt, which every
    /// verifier refuses ([`Receipt::is_dev_mode`]): for iterating on a host quickly.
    /// The SDK never turns it on by itself; [`dev_mode_from_env`] reads `ZKVM_DEV_MODE`
    /// as `zkvm prove` does.
    pub dev_mode: bool,
}

impl Default for ProveOptions {
    fn default() -> Self {
        ProveOptions {
            profile: ProofProfile::HIDING_DEFAULT,
            zero_knowledge: true,
            zk_seed: None,
            segment_log: zkvm_prover::DEFAULT_SEGMENT_LOG,
            max_cycles: zkvm_prover::MAX_RUN_CYCLES,
            embed_program: false,
            dev_mode: false,
        }
    }
}

impl ProveOptions {
    /// Plain (not hiding) proofs of the fast profile: today's fastest.
    pub fn plain() -> Self {
        ProveOptions { profile: ProofProfile::Fast, zero_knowledge: false, ..ProveOptions::default() }
    }

    /// The prover's configuration; an error for a profile that cannot hide.
    pub fn config(&self) -> Result<ProofConfig, Error> {
        if !self.zero_knowledge {
            return Ok(ProofConfig::plain(self.profile));
        }
        let seed = self.zk_seed.unwrap_or_else(zkvm_prover::Seed::random);
        ProofConfig::hiding_with_seed(self.profile, seed).map_err(Error::Options)
    }
}

/// The environment variable that turns on dev mode in `zkvm prove` (and in hosts that
/// ask [`dev_mode_from_env`]).
pub const DEV_MODE_ENV: &str = "ZKVM_DEV_MODE";

/// Whether `ZKVM_DEV_MODE` asks for dev mode: `1` does; unset, empty or `0` does not;
/// any other value is an error rather than a guess.
pub fn dev_mode_from_env() -> Result<bool, Error> {
    parse_dev_mode(std::env::var_os(DEV_MODE_ENV).as_deref())
}

fn parse_dev_mode(value: Option<&OsStr>) -> Result<bool, Error> {
    match value.map(|v| v.to_str()) {
        None => Ok(false),
        Some(Some("" | "0")) => Ok(false),
        Some(Some("1")) => Ok(true),
        Some(v) => Err(Error::DevModeEnv(v.unwrap_or("(not UTF-8)").to_string())),
    }
}

impl From<isa_spec::Program> for Program {
    fn from(inner: isa_spec::Program) -> Program {
        let id = inner.program_id();
        Program { inner, id }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dev_mode_env_values() {
        let parse = |v: Option<&str>| parse_dev_mode(v.map(OsStr::new));
        assert!(!parse(None).unwrap() && !parse(Some("")).unwrap() && !parse(Some("0")).unwrap());
        assert!(parse(Some("1")).unwrap());
        for bad in ["true", "yes", " 1", "2"] {
            let err = parse(Some(bad)).unwrap_err();
            assert_eq!(err.to_string(), format!("ZKVM_DEV_MODE must be 1 (dev mode), 0 or empty, not `{bad}`"));
        }
    }
}
