//! Corpus guest: BLAKE2b-512, BLAKE2s-256 (`blake2`), BLAKE3 plain, keyed and XOF
//! (`blake3`, portable code) of the private input; digests committed and printed in hex.
#![no_std]

use blake2::{Blake2b512, Blake2s256, Digest};
use zkvm_guest::{commit_slice, entry, print, println, read_vec};

entry!(main);

fn hex(label: &str, bytes: &[u8]) {
    print!("{label}: ");
    for b in bytes {
        print!("{b:02x}");
    }
    println!();
    commit_slice(bytes);
}

fn main() {
    let input = read_vec();
    println!("{} bytes", input.len());
    hex("blake2b-512", &Blake2b512::digest(&input));
    hex("blake2s-256", &Blake2s256::digest(&input));
    hex("blake3", blake3::hash(&input).as_bytes());
    hex("blake3-keyed", blake3::keyed_hash(&[7u8; 32], &input).as_bytes());
    hex("blake3-derive", &blake3::derive_key("zkvm corpus 2026 context", &input));

    let mut hasher = blake3::Hasher::new();
    for chunk in input.chunks(1000) {
        hasher.update(chunk);
    }
    let mut xof = [0u8; 131];
    hasher.finalize_xof().fill(&mut xof);
    hex("blake3-xof", &xof);
}
