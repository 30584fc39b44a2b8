//! zkcc on arbitrary bytes, as LLVM IR text or (with the bitcode magic) bitcode,
//! without the C runtime: it compiles or returns an error, never panics.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zkcc::{Input, Options, compile_inputs};

fuzz_target!(|data: &[u8]| {
    let input = Input { name: "fuzz.ll".into(), bytes: data.to_vec() };
    let _ = compile_inputs(&[input], &Options { runtime: false });
});
