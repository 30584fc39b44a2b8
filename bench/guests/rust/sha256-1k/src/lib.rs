//! Guest: SHA-256 of the whole private input (1 KiB in the benchmark) with the `sha2`
//! crate; commits the digest.
#![no_std]

use sha2::{Digest, Sha256};
use zkvm_guest::{commit_slice, entry, read_vec};

entry!(main);

fn main() {
    commit_slice(&Sha256::digest(read_vec()));
}
