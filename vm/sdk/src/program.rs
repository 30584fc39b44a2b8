//! A loaded guest program and what a host does with it.

use std::io::Write;
use std::path::Path;

use isa_spec::ProgramId;
use zkvm_prover::{ProofProfile, Stage};

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
    /// in segments, so that memory stays bounded whatever its length.
    pub fn prove_with(
        &self,
        input: &Input,
        options: &ProveOptions,
        progress: &dyn Fn(Stage),
    ) -> Result<Receipt, Error> {
        let (file, stats) = zkvm_prover::prove_segmented_with_limit(
            &self.inner,
            input.as_bytes(),
            options.profile,
            options.segment_log,
            options.max_cycles,
            Some(progress),
        )?;
        Ok(Receipt::from_proof_file(file, Some(stats)))
    }
}

impl Program {
    /// Rows of the largest trace that proving `input` with segments of
    /// `2^segment_log` rows builds (a fast execution of at most one segment).
    pub fn proof_rows(&self, input: &Input, segment_log: u32) -> Result<usize, Error> {
        Ok(zkvm_prover::proof_rows(&self.inner, input.as_bytes(), segment_log)?)
    }
}

/// How [`Program::prove_with`] proves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProveOptions {
    pub profile: ProofProfile,
    /// Rows per segment, as a power of two: the prover's memory is about
    /// [`estimated_peak_memory`](zkvm_prover::estimated_peak_memory) of `2^segment_log` rows.
    pub segment_log: u32,
    /// A run longer than this many cycles is an [`Error::Trap`] (cycle limit) instead of
    /// a proof: a bound on the prover's work, as `max_cycles` of [`ExecuteOptions`] is on
    /// an execution's. At most (and by default) 2^32.
    pub max_cycles: u64,
}

impl Default for ProveOptions {
    fn default() -> Self {
        ProveOptions {
            profile: ProofProfile::Fast,
            segment_log: zkvm_prover::DEFAULT_SEGMENT_LOG,
            max_cycles: zkvm_prover::MAX_RUN_CYCLES,
        }
    }
}

impl From<isa_spec::Program> for Program {
    fn from(inner: isa_spec::Program) -> Program {
        let id = inner.program_id();
        Program { inner, id }
    }
}
