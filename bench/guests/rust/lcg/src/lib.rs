//! Guest: the LCG loop of the Miden workload `lcg_loop.masm` (see `bench/guests/c/lcg.c`).
//! N is a little-endian u32 from the private input; commits x and acc (u32 each, LE).
#![no_std]

use zkvm_guest::{commit_slice, entry, read_slice};

entry!(main);

fn main() -> i32 {
    let mut n = [0u8; 4];
    if read_slice(&mut n) != n.len() {
        return 1;
    }
    let (mut x, mut acc) = (1u32, 0u32);
    for i in 0..u32::from_le_bytes(n) {
        x = x.wrapping_mul(1664525).wrapping_add(1013904223);
        acc = acc.wrapping_add(x >> 7) ^ i;
    }
    commit_slice(&x.to_le_bytes());
    commit_slice(&acc.to_le_bytes());
    0
}
