//! zkcc: compiles LLVM IR, as clang-22 and rustc emit it for x86-64, to zkvm programs.
//!
//! The pipeline, one module per stage:
//! 1. [`driver`]: read `.ll`/`.bc` inputs and link them with the C runtime
//!    (`stdlib/runtime`) and zkcc's weak support routines (`compiler/rt`).
//! 2. [`canonicalize`]: LLVM passes that shrink the IR to what the selector handles.
//! 3. [`module`]: symbol table and the layout of global data.
//! 4. [`lower`]: instruction selection to machine IR on virtual registers, dead code
//!    removal ([`lower::dce`]), sinking ([`lower::sink`]), then slot assignment
//!    ([`lower::regalloc`]).
//! 5. [`emit`]: frame layout and machine code of each function.
//! 6. [`link`]: data image, code placement, relocations, symbols: an
//!    [`isa_spec::Program`].

pub mod canonicalize;
pub mod consts;
pub mod ctors;
pub mod driver;
pub mod dynalloca;
pub mod emit;
pub mod error;
pub mod ir;
pub mod link;
pub mod lower;
pub mod module;

use std::collections::{BTreeMap, BTreeSet};

use inkwell::context::Context;

pub use driver::Input;
pub use error::{Error, Result};
use isa_spec::Program;

/// Compilation options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Link the C runtime (`_start`, libc subset).
    pub runtime: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { runtime: true }
    }
}

/// A compiled program and the warnings met on the way.
pub struct Output {
    pub program: Program,
    pub warnings: Vec<String>,
}

/// Reads, compiles and links the IR files at `paths` into a program (warnings are
/// dropped; use [`compile_inputs`] to see them).
pub fn compile<P: AsRef<std::path::Path>>(paths: &[P], options: &Options) -> Result<Program> {
    let mut inputs = Vec::new();
    for p in paths {
        let p = p.as_ref();
        let bytes = std::fs::read(p).map_err(|e| Error::Input(format!("cannot read `{}`: {e}", p.display())))?;
        inputs.push(Input { name: p.display().to_string(), bytes });
    }
    Ok(compile_inputs(&inputs, options)?.program)
}

/// Compiles and links in-memory `inputs` into a program.
pub fn compile_inputs(inputs: &[Input], options: &Options) -> Result<Output> {
    let context = Context::create();
    let module = driver::load_and_link(&context, inputs, options.runtime)?;
    let has_ctors = ctors::synthesise(module.as_mut_ptr())?;
    dynalloca::run(module.as_mut_ptr())?;
    canonicalize::run(&module)?;
    let ctx = module::Ctx::new(module.as_mut_ptr())?;

    let data = link::data_image(&ctx)?;
    let entry = match ctx.func_named("_start").filter(|&f| ctx.funcs[f as usize].defined) {
        Some(f) => link::Entry::Func(f),
        None => match ctx.func_named("main").filter(|&f| ctx.funcs[f as usize].defined) {
            Some(m) => link::Entry::Main(m),
            None => {
                return Err(Error::Link("no entry point: define `_start` or `main`".into()));
            }
        },
    };
    let mut work: Vec<u32> = link::data_roots(&data).into_iter().collect();
    match entry {
        link::Entry::Func(f) => work.push(f),
        link::Entry::Main(f) => {
            work.push(f);
            // The synthetic entry runs the static constructors and destructors.
            work.extend(link::ctor_funcs(&ctx));
        }
    }
    let mut seen = BTreeSet::new();
    let mut funcs = BTreeMap::new();
    while let Some(id) = work.pop() {
        if !seen.insert(id) {
            continue;
        }
        let entry = &ctx.funcs[id as usize];
        if !entry.defined {
            // Reported by the linker if its address is really needed.
            continue;
        }
        let mut lowering = lower::FnLower::new(&ctx, entry.val).run()?;
        lower::dce::run(&mut lowering.mfunc);
        if std::env::var_os("ZKCC_NO_SINK").is_none() {
            lower::sink::run(&mut lowering.mfunc);
        }
        let slots = lower::regalloc::assign(&lowering.mfunc, lowering.reserved.clone());
        let code = emit::function(&lowering.mfunc, &slots)?;
        let mut refs: Vec<u32> = lowering.refs.into_iter().collect();
        refs.sort_unstable();
        work.extend(refs);
        funcs.insert(id, code);
    }
    if has_ctors && link::ctor_funcs(&ctx).iter().any(|f| !funcs.contains_key(f)) {
        ctx.warn(format!(
            "the program's `_start` does not call `{}` and `{}`: static constructors or destructors are not run",
            ctors::RUN_CTORS,
            ctors::RUN_DTORS
        ));
    }
    let program = link::program(&ctx, entry, &funcs, data)?;
    let warnings = ctx.warnings.borrow().clone();
    Ok(Output { program, warnings })
}
