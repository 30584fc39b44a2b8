//! Guest: a memory-heavy workload. Fills `len` bytes of u32 words from an xorshift32
//! generator seeded from the input, sorts them with `sort_unstable` and commits a
//! position-weighted checksum of the sorted words. Private input: len and seed, u32 LE.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use zkvm_guest::{commit_slice, entry, read_slice};

entry!(main);

fn main() -> i32 {
    let mut input = [0u8; 8];
    if read_slice(&mut input) != input.len() {
        return 1;
    }
    let len = u32::from_le_bytes(input[..4].try_into().unwrap()) as usize;
    let mut state = u32::from_le_bytes(input[4..].try_into().unwrap());
    let mut words: Vec<u32> = (0..len / 4)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        })
        .collect();
    words.sort_unstable();
    let sum = words.iter().zip(1u64..).fold(0u64, |s, (&w, i)| s.wrapping_add(u64::from(w).wrapping_mul(i)));
    commit_slice(&sum.to_le_bytes());
    0
}
