//! `zkvm`: run, prove and verify `.zkbin` programs (see DESIGN-NOTES §3 for the contract).

/// A line on stderr. Unlike `eprintln!`, a closed stderr (`zkvm run p 2>&1 | head -1`)
/// does not panic: the line is lost, and the command goes on to its normal exit.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod distributed;
mod fsutil;
mod proving;
mod segments;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};
use isa_spec::asm;
use zkvm_sdk::{Console, Error, ExecuteOptions, FunctionCycles, Input, Program, ProofProfile, ProveOptions};

/// Exit status for bad usage and unreadable or malformed files.
const EXIT_USAGE: u8 = 2;
/// Exit status for a guest trap.
pub(crate) const EXIT_TRAP: u8 = 134;

#[derive(Parser)]
#[command(name = "zkvm", version, about = "Run, prove and verify zkvm programs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The profile and zero knowledge of `--proof-options` and `--no-zk`: zero-knowledge
/// proofs by default, with the small profile (the fast one cannot hide: refused).
fn proof_mode(profile: Option<ProofProfile>, no_zk: bool) -> Result<(ProofProfile, bool), Failure> {
    if no_zk {
        return Ok((profile.unwrap_or(ProofProfile::Fast), false));
    }
    let profile = profile.unwrap_or(ProofProfile::HIDING_DEFAULT);
    profile.check_hiding().map_err(|e| usage(format!("error: {e} (--no-zk)")))?;
    Ok((profile, true))
}

/// Parses `--proof-options` of `zkvm prove`: one of the names of [`ProofProfile::ALL`].
fn profile_parser() -> impl TypedValueParser<Value = ProofProfile> {
    PossibleValuesParser::new(ProofProfile::ALL.map(ProofProfile::name))
        .try_map(|name| ProofProfile::from_name(&name).ok_or("not a profile"))
}

#[derive(Subcommand)]
enum Command {
    /// Execute a program without proving. Guest output goes to stdout/stderr,
    /// statistics to stderr, and the exit status is the guest's exit code & 0xff.
    Run {
        program: PathBuf,
        /// Private input bytes.
        #[arg(long)]
        input: Option<PathBuf>,
        /// Write the journal (public output) to this file.
        #[arg(long)]
        journal: Option<PathBuf>,
        /// Stop with a trap after this many cycles.
        #[arg(long, default_value_t = zkvm_sdk::DEFAULT_CYCLE_LIMIT)]
        max_cycles: u64,
        /// Print the functions and spans that used the most cycles (top N, inclusive and
        /// self cycles) to stderr.
        #[arg(long, value_name = "N", num_args = 0..=1, require_equals = true, default_missing_value = "20")]
        profile: Option<usize>,
        /// Write the cycles per call stack to FILE as folded stacks (`a;b;c CYCLES` lines,
        /// as inferno-flamegraph and flamegraph.pl read them).
        #[arg(long, value_name = "FILE")]
        profile_folded: Option<PathBuf>,
    },
    /// Execute a program and prove the execution. A progress bar and a summary go to
    /// stderr; the journal can be written with --journal.
    Prove {
        program: PathBuf,
        /// Private input bytes.
        #[arg(long)]
        input: Option<PathBuf>,
        /// Where to write the proof [default: PROGRAM with extension .proof].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write the journal (public output) to this file.
        #[arg(long)]
        journal: Option<PathBuf>,
        /// Proof options: `fast` (blowup 4, only with --no-zk), `small` (blowup 8: the
        /// default; a proof about a quarter smaller than fast for about twice the prove
        /// time) or `smallest` (blowup 16: about 40% smaller than fast for about four
        /// times the prove time and memory). All give 96-bit security.
        #[arg(long, value_name = "NAME", value_parser = profile_parser())]
        proof_options: Option<ProofProfile>,
        /// A proof that is not zero-knowledge: it leaks information about the private
        /// input, but proves in about half the time (the fast profile is its default).
        #[arg(long)]
        no_zk: bool,
        /// The old name of --proof-options, refused with a hint: on `run`, `--profile`
        /// is the cycle profile, and one flag must not mean two things.
        #[arg(long = "profile", hide = true, num_args = 0..=1, value_name = "NAME")]
        old_profile: Option<Option<String>>,
        /// Stop with a trap, proving nothing, if the run exceeds this many cycles.
        #[arg(long, default_value_t = zkvm_sdk::DEFAULT_CYCLE_LIMIT,
              value_parser = clap::value_parser!(u64).range(1..=zkvm_sdk::DEFAULT_CYCLE_LIMIT))]
        max_cycles: u64,
        /// Prove a long run in segments of 2^K rows (each about 5.5 GiB to prove at
        /// K = 19); a run that fits one segment is proven as one trace. From 16 to 26.
        #[arg(long, value_name = "K", default_value_t = zkvm_sdk::DEFAULT_SEGMENT_LOG,
              value_parser = clap::value_parser!(u32).range(16..=26))]
        segment_log: u32,
        /// Put the program's image in the proof file (24 bytes per instruction plus the
        /// data), so that `zkvm verify PROOF --id HEX` needs no .zkbin.
        #[arg(long)]
        embed_program: bool,
        /// Dev mode (also ZKVM_DEV_MODE=1): execute without proving and write an
        /// unproven receipt, which every verifier refuses. Fast, for developing hosts.
        #[arg(long)]
        dev: bool,
        /// Prove the segments in parallel as tasks of a local Ray started for this proof,
        /// with N workers (needs Python with ray: ZKVM_PYTHON, else python3).
        #[arg(long, value_name = "N", conflicts_with_all = ["cluster", "dev"],
              value_parser = clap::value_parser!(u32).range(1..=4096))]
        workers: Option<u32>,
        /// Prove the segments as tasks of the Ray cluster at ADDR: `auto` or HOST:PORT
        /// from one of its nodes, ray://HOST:PORT from elsewhere. Workers need only Ray:
        /// zkvm, the program, the input and the seed travel with the tasks.
        #[arg(long, value_name = "ADDR", conflicts_with = "dev")]
        cluster: Option<String>,
        /// Prover threads (Ray CPUs) per segment task [default: the cores / N with
        /// --workers, 1 with --cluster].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=4096))]
        cpus_per_segment: Option<u32>,
    },
    /// Verify a proof of a program, given as its .zkbin or as its ID alone (--id, as
    /// `zkvm info` prints it); exit 0 only if it is valid for that program.
    Verify {
        proof: PathBuf,
        program: Option<PathBuf>,
        /// The expected program ID (64 hex digits) instead of PROGRAM: the proof carries
        /// the program's image, which must hash to it.
        #[arg(long, value_name = "HEX")]
        id: Option<String>,
        /// Write the verified journal to this file.
        #[arg(long)]
        journal: Option<PathBuf>,
    },
    /// Write a private input file for --input: typed values as the guest's
    /// `read::<T>()` reads them, or raw bytes for `zk_read`.
    #[command(after_help = INPUT_HELP)]
    Input {
        /// Where to write the input.
        #[arg(short, long)]
        output: PathBuf,
        /// Values in order, each TYPE:VALUE (see below).
        #[arg(value_name = "TYPE:VALUE", required = true)]
        values: Vec<String>,
    },
    /// Prove one segmented proof with several processes or machines: `plan` lists the
    /// parts, `prove --part P` proves one into a part file, `join` makes the proof file
    /// from all of them. Every command takes the same program, input and options.
    Segments {
        #[command(subcommand)]
        command: SegmentsCommand,
    },
    /// Show a program's ID and sizes.
    Info { program: PathBuf },
    /// Assemble text into a .zkbin.
    Asm {
        source: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Disassemble a .zkbin to text (stdout, or -o FILE).
    Disasm {
        program: PathBuf,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

const INPUT_HELP: &str = "\
Values (one frame each, as the SDK's Input::write and the guest's read::<T>()):
  bool:true  u8..u128:N  i8..i128:N  f32:X  f64:X  char:C  str:TEXT  bytes:DATA  hex:00ff
Unframed (for C's zk_read and Rust's read_slice):
  raw:DATA  rawhex:00ff  u32le:N (also u8le..u64le, i8le..i64le, f32le, f64le: full width, little endian)
N: decimal, 0x/0o/0b, `_` between digits. DATA: text, @PATH for a file's contents, @@TEXT for `@TEXT`.
Example: zkvm input -o in.bin u32:10 str:hello bytes:@photo.jpg";

#[derive(Subcommand)]
enum SegmentsCommand {
    /// Print the run's parts, one per line (`segment:K`, then `final:K`).
    Plan {
        #[command(flatten)]
        run: segments::RunArgs,
    },
    /// Prove one part into a part file.
    Prove {
        #[command(flatten)]
        run: segments::RunArgs,
        /// The part, as `plan` prints it: `segment:K` or `final:K`.
        #[arg(long, value_name = "PART")]
        part: zkvm_sdk::Part,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Join every part's file into the proof file; it is verified before it is written.
    Join {
        #[command(flatten)]
        run: segments::RunArgs,
        /// The part files, in any order.
        #[arg(long = "part", value_name = "FILE", required = true)]
        parts: Vec<PathBuf>,
        /// Where to write the proof.
        #[arg(short, long)]
        output: PathBuf,
        /// As for `zkvm prove`.
        #[arg(long)]
        embed_program: bool,
    },
}

/// A failure reported as one line on stderr with an exit status.
pub(crate) struct Failure {
    status: u8,
    message: String,
}

pub(crate) fn usage(message: impl Into<String>) -> Failure {
    Failure { status: EXIT_USAGE, message: message.into() }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli.command) {
        Ok(status) => ExitCode::from(status),
        Err(f) => {
            note!("zkvm: {}", f.message);
            ExitCode::from(f.status)
        }
    }
}

fn load_program(path: &Path) -> Result<Program, Failure> {
    let bytes = fsutil::read(path)?;
    let program =
        isa_spec::Program::from_bytes(&bytes).map_err(|e| usage(format!("error: {}: {e}", path.display())))?;
    Ok(program.into())
}

/// The private input file's bytes, or no input.
fn read_input(path: Option<&Path>) -> Result<Input, Failure> {
    Ok(path.map(fsutil::read).transpose()?.unwrap_or_default().into())
}

fn dispatch(command: Command) -> Result<u8, Failure> {
    match command {
        Command::Run { program, input, journal, max_cycles, profile, profile_folded } => {
            let prog = load_program(&program)?;
            let input = read_input(input.as_deref())?;
            let profiling = Profiling { top: profile, folded: profile_folded };
            run(&prog, &input, journal.as_deref(), max_cycles, &profiling)
        }
        Command::Prove { old_profile: Some(_), .. } => Err(usage(
            "error: `zkvm prove --profile` is now `--proof-options fast|small|smallest` \
             (`--profile` is the cycle profile of `zkvm run`)",
        )),
        Command::Prove {
            program,
            input,
            output,
            journal,
            proof_options,
            no_zk,
            old_profile: None,
            max_cycles,
            segment_log,
            embed_program,
            dev,
            workers,
            cluster,
            cpus_per_segment,
        } => {
            let dev_mode = dev || zkvm_sdk::dev_mode_from_env().map_err(|e| usage(format!("error: {e}")))?;
            let (profile, zero_knowledge) = proof_mode(proof_options, no_zk)?;
            let prog = load_program(&program)?;
            let input_path = input;
            let input = read_input(input_path.as_deref())?;
            let output = output.unwrap_or_else(|| program.with_extension("proof"));
            let options = ProveOptions {
                profile,
                zero_knowledge,
                zk_seed: None,
                segment_log,
                max_cycles,
                embed_program,
                dev_mode,
            };
            let cluster = match (workers, cluster) {
                (Some(n), _) => Some(distributed::Cluster::Workers(n)),
                (None, Some(address)) => Some(distributed::Cluster::Address(address)),
                (None, None) if cpus_per_segment.is_some() => {
                    return Err(usage("error: --cpus-per-segment is for --workers and --cluster"));
                }
                (None, None) => None,
            };
            match cluster {
                // Dev mode (ZKVM_DEV_MODE) proves nothing, so nothing to spread.
                Some(cluster) if !options.dev_mode => {
                    let job = distributed::Job {
                        program_path: &program,
                        input_path: input_path.as_deref(),
                        program: &prog,
                        input: &input,
                        options,
                    };
                    let spread = distributed::Spread { cluster, cpus_per_part: cpus_per_segment };
                    distributed::prove(job, &spread, &output, journal.as_deref())
                }
                _ => proving::prove(&prog, &input, &output, journal.as_deref(), &options),
            }
        }
        Command::Input { output, values } => {
            let mut input = Input::new();
            for value in &values {
                input.write_spec(value).map_err(|e| usage(format!("error: {e}")))?;
            }
            fsutil::write_atomic(&output, input.as_bytes())?;
            Ok(0)
        }
        Command::Verify { proof, program, id, journal } => {
            let against = match (program, id) {
                (Some(program), None) => proving::Against::Program(load_program(&program)?),
                (None, Some(hex)) => proving::Against::Id(hex.parse().map_err(|e| usage(format!("error: --id: {e}")))?),
                (Some(_), Some(_)) => return Err(usage("error: give either PROGRAM or --id, not both")),
                (None, None) => return Err(usage("error: give the program: PROGRAM (a .zkbin) or --id HEX")),
            };
            proving::verify(&against, &proof, journal.as_deref())
        }
        Command::Segments { command } => match command {
            SegmentsCommand::Plan { run } => segments::plan(&run),
            SegmentsCommand::Prove { run, part, output } => segments::prove(&run, part, &output),
            SegmentsCommand::Join { run, parts, output, embed_program } => {
                segments::join(&run, &parts, &output, embed_program)
            }
        },
        Command::Info { program } => {
            let prog = load_program(&program)?;
            let id = prog.id();
            let prog = prog.as_isa();
            let functions = prog.symbols.iter().filter(|s| s.kind == isa_spec::SymbolKind::Function).count();
            let text = format!(
                "program id:   {id}\nentry:        @{}\ncode:         {} instructions ({functions} functions)\n\
                 data:         {} bytes + {} bss\nheap start:   0x{:x}\n",
                prog.entry,
                prog.code.len(),
                prog.data.len(),
                prog.bss_len,
                prog.heap_start()
            );
            // A closed pipe (`zkvm info p.zkbin | head -1`) is a quiet exit, as for any
            // command-line tool; so is every other write error of stdout.
            let _ = io::stdout().write_all(text.as_bytes());
            Ok(0)
        }
        Command::Asm { source, output } => {
            let bytes = fsutil::read(&source)?;
            let text =
                std::str::from_utf8(&bytes).map_err(|_| usage(format!("error: {}: not UTF-8", source.display())))?;
            let prog = asm::assemble(text).map_err(|e| usage(format!("error: {}:{e}", source.display())))?;
            fsutil::write_atomic(&output, &prog.to_bytes())?;
            Ok(0)
        }
        Command::Disasm { program, output } => {
            let text = asm::disassemble(load_program(&program)?.as_isa());
            match output {
                Some(path) => fsutil::write_atomic(&path, text.as_bytes())?,
                None => {
                    let _ = io::stdout().write_all(text.as_bytes());
                }
            }
            Ok(0)
        }
    }
}

/// What `zkvm run` reports of a profiled run.
struct Profiling {
    /// Print this many functions.
    top: Option<usize>,
    /// Write the folded stacks here.
    folded: Option<PathBuf>,
}

fn run(
    program: &Program,
    input: &Input,
    journal: Option<&Path>,
    max_cycles: u64,
    profiling: &Profiling,
) -> Result<u8, Failure> {
    let profile = profiling.top.is_some() || profiling.folded.is_some();
    let options = ExecuteOptions { max_cycles, console: Console::Forward, profile };
    let start = Instant::now();
    let result = program.execute_with(input, &options);
    let elapsed = start.elapsed();
    let exit = result.map_err(|e| match e {
        Error::Trap(trap) => Failure { status: EXIT_TRAP, message: trap.to_string() },
        other => Failure { status: EXIT_USAGE, message: format!("error: {other}") },
    })?;
    if let Some(path) = journal {
        fsutil::write_atomic(path, &exit.journal.bytes)?;
    }
    let secs = elapsed.as_secs_f64().max(1e-9);
    note!(
        "zkvm: {} cycles in {:.3} s ({:.1} M cycles/s), exit code {}",
        exit.cycles,
        secs,
        exit.cycles as f64 / secs / 1e6,
        exit.exit_code
    );
    if let Some(p) = &exit.profile {
        if let Some(path) = &profiling.folded {
            fsutil::write_atomic(path, p.folded().as_bytes())?;
        }
        if let Some(top) = profiling.top {
            print_profile(&p.functions, exit.cycles, top);
        }
    }
    Ok((exit.exit_code & 0xff) as u8)
}

/// Inclusive and self cycles per function and span, most inclusive first.
fn print_profile(functions: &[FunctionCycles], total: u64, top: usize) {
    let pct = |c: u64| c as f64 * 100.0 / total.max(1) as f64;
    note!("zkvm: profile, top {top} by inclusive cycles (callees included), then self cycles:");
    note!("{:>14} {:>7} {:>14} {:>7}  function or span", "inclusive", "", "self", "");
    for f in functions.iter().take(top) {
        note!("{:>14} {:>6.2}% {:>14} {:>6.2}%  {}", f.inclusive, pct(f.inclusive), f.cycles, pct(f.cycles), f.name);
    }
}
