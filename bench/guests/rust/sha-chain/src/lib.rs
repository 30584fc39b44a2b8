//! Guest: the SHA-256 chain of the Miden workload `sha_chain.masm`, d = SHA-256(d || d)
//! N times from d = the SHA-256 initial hash value, with the `sha2` crate. N is a
//! little-endian u32 from the private input; commits the final d (32 bytes).
#![no_std]

use sha2::{Digest, Sha256};
use zkvm_guest::{commit_slice, entry, read_slice};

entry!(main);

/// The SHA-256 initial hash value as bytes (big-endian words).
const H0: [u32; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

fn main() -> i32 {
    let mut n = [0u8; 4];
    if read_slice(&mut n) != n.len() {
        return 1;
    }
    let mut d = [0u8; 32];
    for (bytes, word) in d.chunks_exact_mut(4).zip(H0) {
        bytes.copy_from_slice(&word.to_be_bytes());
    }
    for _ in 0..u32::from_le_bytes(n) {
        d = Sha256::new().chain_update(d).chain_update(d).finalize().into();
    }
    commit_slice(&d);
    0
}
