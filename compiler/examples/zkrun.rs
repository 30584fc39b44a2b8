//! Runs a `.zkbin` with the executor (a development aid while `zkvm run` is not in the
//! workspace): guest stdout to stdout, cycles to stderr, exit status = exit code & 0xff,
//! 134 on a trap.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: zkrun PROGRAM.zkbin [INPUT]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("zkrun: {path}: {e}");
        std::process::exit(2)
    });
    let program = isa_spec::Program::from_bytes(&bytes).unwrap_or_else(|e| {
        eprintln!("zkrun: {path}: {e}");
        std::process::exit(2)
    });
    let input = args.get(2).map(|p| std::fs::read(p).expect("input")).unwrap_or_default();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr();
    let console = zkvm_executor::Console { stdout: &mut out, stderr: &mut err };
    let options = zkvm_executor::Options { profile: std::env::var_os("ZKRUN_PROFILE").is_some(), ..Default::default() };
    match zkvm_executor::execute(&program, &input, console, &options) {
        Ok(exit) => {
            let _ = std::io::stdout().flush();
            eprintln!("cycles: {}", exit.cycles);
            if let Some(profile) = exit.profile {
                let mut per_fn: std::collections::BTreeMap<String, u64> = Default::default();
                for (pc, n) in profile.iter().enumerate() {
                    let f = program.function_at(pc as u32).unwrap_or("?").to_string();
                    *per_fn.entry(f).or_default() += n;
                }
                let mut v: Vec<_> = per_fn.into_iter().collect();
                v.sort_by_key(|x| std::cmp::Reverse(x.1));
                for (f, n) in v.iter().take(15) {
                    eprintln!("{n:>12} {f}");
                }
            }
            std::process::exit((exit.exit_code & 0xff) as i32);
        }
        Err(trap) => {
            let _ = std::io::stdout().flush();
            eprintln!("zkrun: {trap}");
            std::process::exit(134);
        }
    }
}
