//! Reading inputs (`.ll` text or `.bc` bitcode) and linking them with the runtime.

use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Module;

use crate::error::{Error, Result, one_line};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The target every guest is compiled for.
pub const TRIPLE: &str = "x86_64-unknown-linux-gnu";
/// Its data layout (used for modules that do not state one).
pub const DATA_LAYOUT: &str = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

/// One input file.
pub struct Input {
    /// Shown in messages.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Whether `bytes` start like LLVM bitcode (raw or in the wrapper header).
pub fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B])
}

/// Parses and verifies one module.
pub fn load<'c>(context: &'c Context, input: &Input) -> Result<Module<'c>> {
    let buffer = MemoryBuffer::create_from_memory_range_copy(&input.bytes, &input.name);
    let module = if is_bitcode(&input.bytes) {
        Module::parse_bitcode_from_buffer(&buffer, context).map_err(|e| {
            Error::Malformed(format!("{}: invalid bitcode: {}", input.name, one_line(e.to_str().unwrap_or("?"))))
        })?
    } else {
        if std::str::from_utf8(&input.bytes).is_err() {
            return Err(Error::Malformed(format!("{}: neither LLVM IR text nor bitcode", input.name)));
        }
        context
            .create_module_from_ir(buffer)
            .map_err(|e| Error::Malformed(format!("{}: {}", input.name, one_line(e.to_str().unwrap_or("?")))))?
    };
    module.verify().map_err(|e| {
        Error::Malformed(format!("{}: invalid module: {}", input.name, one_line(e.to_str().unwrap_or("?"))))
    })?;
    drop_host_cpu(&module);
    let empty_layout = module.get_data_layout().as_str().to_bytes().is_empty();
    if empty_layout {
        let c = std::ffi::CString::new(DATA_LAYOUT).expect("no NUL");
        unsafe { inkwell::llvm_sys::core::LLVMSetDataLayout(module.as_mut_ptr(), c.as_ptr()) };
    }
    Ok(module)
}

/// Removes the host CPU that functions were compiled for (`target-cpu`, `tune-cpu`):
/// zkcc targets its own ISA, and LLVM stops the process (`LLVM ERROR: 64-bit code
/// requested on a subtarget that doesn't support it!`) when a pass builds the x86
/// subtarget of a CPU name it does not know. `target-features` stay: they decide which
/// functions may be inlined into which, and unknown features only draw a warning.
fn drop_host_cpu(module: &Module) {
    for function in module.get_functions() {
        for key in ["target-cpu", "tune-cpu"] {
            function.remove_string_attribute(AttributeLoc::Function, key);
        }
    }
}

/// Loads every input and links them, then the runtime (unless `runtime` is false),
/// then zkcc's weak support routines.
pub fn load_and_link<'c>(context: &'c Context, inputs: &[Input], runtime: bool) -> Result<Module<'c>> {
    let Some((first, rest)) = inputs.split_first() else {
        return Err(Error::Input("no input files".into()));
    };
    let module = load(context, first)?;
    let mut extra: Vec<Input> = Vec::new();
    if runtime {
        for (name, bytes) in embedded::RUNTIME {
            extra.push(Input { name: name.to_string(), bytes: bytes.to_vec() });
        }
    }
    for (name, bytes) in embedded::SUPPORT {
        extra.push(Input { name: name.to_string(), bytes: bytes.to_vec() });
    }
    for (i, input) in rest.iter().chain(extra.iter()).enumerate() {
        let other = load(context, input)?;
        if i >= rest.len() {
            make_weak(&other);
        }
        module
            .link_in_module(other)
            .map_err(|e| Error::Link(format!("linking {}: {}", input.name, one_line(e.to_str().unwrap_or("?")))))?;
    }
    Ok(module)
}

/// Makes every external definition of a runtime module weak, so that a program's own
/// `strlen` or `llabs` replaces the runtime's, as with a native libc.
fn make_weak(module: &Module) {
    use inkwell::module::Linkage;
    for f in module.get_functions() {
        if f.count_basic_blocks() > 0 && f.get_linkage() == Linkage::External {
            f.set_linkage(Linkage::WeakAny);
        }
    }
    for g in module.get_globals() {
        if g.get_initializer().is_some() && g.get_linkage() == Linkage::External {
            g.set_linkage(Linkage::WeakAny);
        }
    }
}

/// Names of the embedded runtime sources (for `--version`-like reports and tests).
pub fn runtime_sources() -> Vec<&'static str> {
    embedded::RUNTIME.iter().map(|(n, _)| *n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_host_cpus_are_ignored() {
        // Regression (fuzz target `zkcc`): an unknown `target-cpu` made LLVM stop the
        // process during canonicalisation.
        let ir = "define i32 @main() #0 {\n  ret i32 7\n}\n\
                  attributes #0 = { \"target-cpu\"=\"h86-64\" \"tune-cpu\"=\"nonesuch\" }\n";
        let input = Input { name: "cpu.ll".into(), bytes: ir.as_bytes().to_vec() };
        let out = crate::compile_inputs(&[input], &crate::Options { runtime: false }).unwrap();
        let (mut o, mut e) = (std::io::sink(), std::io::sink());
        let console = zkvm_executor::Console { stdout: &mut o, stderr: &mut e };
        let exit = zkvm_executor::execute(&out.program, &[], console, &Default::default()).unwrap();
        assert_eq!(exit.exit_code, 7);
    }
}
