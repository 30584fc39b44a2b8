//! zkcc on arbitrary bytes read as LLVM IR text, without the C runtime: it compiles or
//! returns an error, never panics.
//!
//! Bitcode is not fuzzed: LLVM's bitcode reader is not hardened against hostile input.
//! A one-bit change to a valid module's size field makes it stop the process with
//! `LLVM ERROR: out of memory` (`llvm-dis-22` aborts on the same file), and other
//! mutations take seconds and gigabytes each. zkcc's input is the developer's own IR:
//! see `docs/security.md`. Text inputs that start with the bitcode magic are skipped.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zkcc::{Input, Options, compile_inputs};

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"BC\xC0\xDE") || data.starts_with(&[0xDE, 0xC0, 0x17, 0x0B]) {
        return;
    }
    let input = Input { name: "fuzz.ll".into(), bytes: data.to_vec() };
    let _ = compile_inputs(&[input], &Options { runtime: false });
});
