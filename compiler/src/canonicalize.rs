//! Canonicalisation with LLVM's own passes, so that instruction selection sees a small
//! subset of the IR: everything but the entry point internalised and dead globals
//! removed; atomics made plain; `invoke` turned into calls; vectors scalarised;
//! switches lowered to compare trees; constant intrinsics folded.

use inkwell::OptimizationLevel;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple};

use crate::driver::TRIPLE;
use crate::error::{Error, Result, one_line};

/// Symbols that stay external: the entry points and the routines instruction
/// selection may call.
pub const PRESERVED: &[&str] = &[
    "_start",
    "main",
    crate::ctors::RUN_CTORS,
    crate::ctors::RUN_DTORS,
    "memcpy",
    "memmove",
    "memset",
    "__udivti3",
    "__umodti3",
    "__divti3",
    "__modti3",
    // Soft float (compiler/rt/softfloat.c) and the libm functions intrinsics become.
    "__adddf3",
    "__subdf3",
    "__muldf3",
    "__divdf3",
    "__addsf3",
    "__subsf3",
    "__mulsf3",
    "__divsf3",
    "__extendsfdf2",
    "__truncdfsf2",
    "__fixdfdi",
    "__fixunsdfdi",
    "__fixsfdi",
    "__fixunssfdi",
    "__floatdidf",
    "__floatundidf",
    "__floatdisf",
    "__floatundisf",
    "__fixdfti",
    "__fixunsdfti",
    "__fixsfti",
    "__fixunssfti",
    "__floattidf",
    "__floatuntidf",
    "__floattisf",
    "__floatuntisf",
    "__zkcc_fixsatdf",
    "__zkcc_fixsatsf",
    "__zkcc_fixsatdfti",
    "__zkcc_fixsatsfti",
    "__zkcc_cmpdf",
    "__zkcc_cmpsf",
    "__zkcc_sqrtdf",
    "__zkcc_sqrtsf",
    "__zkcc_rounddf",
    "__zkcc_roundsf",
    "__zkcc_fmadf",
    "__zkcc_fmasf",
    "__zkcc_classdf",
    "__zkcc_classsf",
    "__zkcc_minnumdf",
    "__zkcc_maxnumdf",
    "__zkcc_minimumdf",
    "__zkcc_maximumdf",
    "__zkcc_minnumsf",
    "__zkcc_maxnumsf",
    "__zkcc_minimumsf",
    "__zkcc_maximumsf",
    // x86_fp80 (compiler/rt/softfloat_xf.c).
    "__addxf3",
    "__subxf3",
    "__mulxf3",
    "__divxf3",
    "__extendsfxf2",
    "__extenddfxf2",
    "__truncxfsf2",
    "__truncxfdf2",
    "__fixxfdi",
    "__fixunsxfdi",
    "__fixxfti",
    "__fixunsxfti",
    "__floatdixf",
    "__floatundixf",
    "__floattixf",
    "__floatuntixf",
    "__zkcc_cmpxf",
    "__zkcc_sqrtxf",
    "__zkcc_roundxf",
    "__zkcc_fmaxf",
    "__zkcc_classxf",
    "__zkcc_minnumxf",
    "__zkcc_maxnumxf",
    "__zkcc_minimumxf",
    "__zkcc_maximumxf",
    "fmod",
    "fmodf",
    "fmodl",
    "pow",
    "powf",
    "exp",
    "expf",
    "exp2",
    "exp2f",
    "log",
    "logf",
    "log2",
    "log2f",
    "log10",
    "log10f",
    "sin",
    "sinf",
    "cos",
    "cosf",
];

fn target_machine() -> Result<TargetMachine> {
    Target::initialize_x86(&InitializationConfig::default());
    let triple = TargetTriple::create(TRIPLE);
    let target = Target::from_triple(&triple).map_err(|e| Error::Input(format!("LLVM target: {e}")))?;
    target
        .create_target_machine(&triple, "x86-64", "", OptimizationLevel::Default, RelocMode::Static, CodeModel::Default)
        .ok_or_else(|| Error::Input("cannot create the x86-64 target machine".into()))
}

/// The pass pipeline.
pub fn pipeline() -> String {
    let preserve: Vec<String> = PRESERVED.iter().map(|s| format!("preserve-gv={s}")).collect();
    let extra = std::env::var("ZKCC_EXTRA_PASSES").map(|s| format!("{s},")).unwrap_or_default();
    format!(
        "internalize<{}>,globaldce,{extra}function(lower-atomic,lower-invoke,lower-constant-intrinsics,\
         lower-expect,expand-reductions,scalarize-masked-mem-intrin,scalarizer<load-store;variable-insert-extract>,lower-switch,mem2reg,dce),globaldce",
        preserve.join(";")
    )
}

/// Prefix of the names given to unnamed values, so that messages can show the
/// numbers the input file used even after the passes changed the function.
pub const NUMBER_PREFIX: &str = "zkcc.";

/// Names every unnamed argument, block and instruction after the number LLVM's printer
/// gives it (`%7` becomes `%zkcc.7`).
fn name_numbered_values(module: &Module) {
    use inkwell::llvm_sys::core::LLVMSetValueName2;
    let set = |v: crate::ir::Val, n: &mut u32| {
        let name = format!("{NUMBER_PREFIX}{n}");
        unsafe { LLVMSetValueName2(v.0, name.as_ptr() as *const _, name.len()) };
        *n += 1;
    };
    for f in crate::ir::functions(module.as_mut_ptr()) {
        if f.is_declaration() {
            continue;
        }
        let mut n = 0;
        for p in f.params() {
            if p.name().is_empty() {
                set(p, &mut n);
            }
        }
        for b in f.blocks() {
            let bv = crate::ir::Val(unsafe { inkwell::llvm_sys::core::LLVMBasicBlockAsValue(b.0) });
            if bv.name().is_empty() {
                set(bv, &mut n);
            }
            for i in b.instructions() {
                if i.name().is_empty() && !i.ty().is_void() {
                    set(i, &mut n);
                }
            }
        }
    }
}

/// Shows names given by [`name_numbered_values`] as the numbers they stand for.
pub fn unnumber(text: &str) -> String {
    text.replace(&format!("%{NUMBER_PREFIX}"), "%")
}

/// Makes the volatile loads and stores of stack slots whose address never escapes plain
/// ones, so that `mem2reg` keeps their values in registers. Nothing can observe such a
/// slot in the zkvm (no device memory, no other thread), so this only removes memory
/// traffic: e.g. `subtle::black_box` (store a value, load it back volatile) shrinks
/// from five instructions to a call and a return; k256 makes 3,000 such calls per
/// signature check.
fn devolatilize_private_slots(module: &Module) {
    use crate::ir::{Op, is_opcode};
    use inkwell::llvm_sys::core::LLVMSetVolatile;
    for f in crate::ir::functions(module.as_mut_ptr()) {
        let Some(entry) = f.blocks().first().copied() else { continue };
        for slot in entry.instructions().into_iter().filter(|&i| is_opcode(i, Op::LLVMAlloca)) {
            let uses = slot.uses();
            let private = uses
                .iter()
                .all(|&(u, idx)| (is_opcode(u, Op::LLVMLoad) && idx == 0) || (is_opcode(u, Op::LLVMStore) && idx == 1));
            if private {
                uses.iter().for_each(|&(u, _)| unsafe { LLVMSetVolatile(u.0, 0) });
            }
        }
    }
}

/// Runs the pipeline on the linked module.
pub fn run(module: &Module) -> Result<()> {
    name_numbered_values(module);
    devolatilize_private_slots(module);
    let tm = target_machine()?;
    let options = PassBuilderOptions::create();
    options.set_loop_vectorization(false);
    options.set_loop_slp_vectorization(false);
    module
        .run_passes(&pipeline(), &tm, options)
        .map_err(|e| Error::Input(format!("LLVM passes failed: {}", one_line(e.to_str().unwrap_or("?")))))?;
    module.verify().map_err(|e| {
        Error::Malformed(format!("module invalid after canonicalisation: {}", one_line(e.to_str().unwrap_or("?"))))
    })?;
    Ok(())
}
