//! Corpus guest that panics: prints a line, commits to the journal, then indexes out of
//! bounds with an index read from the input. The panic handler of `zkvm-guest` prints
//! `panicked at FILE:LINE:COL: MESSAGE` to stderr and exits with status 101.
#![no_std]

use zkvm_guest::{commit_slice, entry, println, read_vec};

entry!(main);

fn main() {
    let input = read_vec();
    let table = [1u32, 2, 3, 5, 8];
    println!("before the panic");
    commit_slice(b"partial");
    let index = input.first().copied().unwrap_or(0) as usize;
    println!("table[{index}] = {}", core::hint::black_box(table)[index]);
}
