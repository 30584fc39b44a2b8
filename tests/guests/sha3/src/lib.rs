//! Corpus guest: Keccak-256, SHA3-256, SHA3-512 and SHAKE128 (`sha3` crate) of the private
//! input, whole and in uneven chunks; the digests are committed and printed in hex.
#![no_std]

extern crate alloc;

use sha3::digest::{ExtendableOutput, Update, XofReader};
use sha3::{Digest, Keccak256, Sha3_256, Sha3_512, Shake128};
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
    hex("keccak256", &Keccak256::digest(&input));
    hex("sha3-256", &Sha3_256::digest(&input));
    hex("sha3-512", &Sha3_512::digest(&input));

    // Chunk boundaries that straddle the 136-byte rate must not change the digest.
    let mut chunked = Sha3_256::new();
    for (i, chunk) in input.chunks(1 + input.len() / 7).enumerate() {
        Digest::update(&mut chunked, chunk);
        if i == 0 {
            Digest::update(&mut chunked, b"");
        }
    }
    let chunked = chunked.finalize();
    println!("chunked matches: {}", chunked == Sha3_256::digest(&input));

    let mut shake = Shake128::default();
    shake.update(&input);
    let mut out = [0u8; 200];
    shake.finalize_xof().read(&mut out);
    hex("shake128", &out);
}
