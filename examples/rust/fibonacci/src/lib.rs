//! Guest: reads n (u32, little endian) from the private input, prints fib(n) and commits
//! n and fib(n) (u32 and u64, little endian) to the journal. fib(n) beyond u64 panics
//! (exit status 101).
//!
//! ```sh
//! zkcc build examples/rust/fibonacci
//! printf '\x5a\x00\x00\x00' > n.bin     # n = 90
//! zkvm run examples/rust/fibonacci/target/zkvm/fibonacci.zkbin --input n.bin
//! ```
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use zkvm_guest::{commit_slice, entry, println, read_slice};

entry!(main);

fn main() {
    let mut bytes = [0u8; 4];
    let len = read_slice(&mut bytes);
    assert!(len == 4, "expected n as 4 bytes (u32, little endian), got {len}");
    let n = u32::from_le_bytes(bytes);

    let mut fib: Vec<u64> = Vec::with_capacity(n as usize + 1);
    fib.extend([0, 1]);
    for i in 2..=n as usize {
        let next = fib[i - 1].checked_add(fib[i - 2]).expect("fib(n) overflows u64");
        fib.push(next);
    }
    let result = fib[n as usize];
    println!("fib({n}) = {result}");
    commit_slice(&n.to_le_bytes());
    commit_slice(&result.to_le_bytes());
}
