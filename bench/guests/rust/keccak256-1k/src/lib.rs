//! Guest: Keccak-256 of the whole private input (1 KiB in the benchmark) with the `sha3`
//! crate; commits the digest.
#![no_std]

use sha3::{Digest, Keccak256};
use zkvm_guest::{commit_slice, entry, read_vec};

entry!(main);

fn main() {
    commit_slice(&Keccak256::digest(read_vec()));
}
