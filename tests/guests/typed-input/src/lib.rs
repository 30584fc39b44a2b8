//! Test guest: reads typed values (as `zkvm input` and `Input::write_spec` write them)
//! inside a cycle span, then raw bytes, hashes inside another span, and commits it all
//! back (tests/tests/profiling.rs).
#![no_std]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use zkvm_guest::{commit, cycle_span, entry, read, read_vec, span_begin, span_end};

entry!(main);

#[inline(never)]
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |h, &b| h.wrapping_mul(31).wrapping_add(b as u64))
}

fn main() {
    let values = cycle_span("parse", || {
        (read::<u32>(), read::<String>(), read::<Vec<u8>>(), read::<i64>(), read::<bool>(), read::<char>())
    });
    let rest = read_vec();
    span_begin("hash");
    let hash = checksum(&values.2) ^ checksum(&rest);
    span_end();
    commit(&(values, rest, hash));
}
