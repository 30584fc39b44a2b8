//! Corpus guest: SHA-256 of the private input with the guest library's `sha256` module
//! (one-shot, incremental in uneven chunks, and every prefix up to 130 bytes, across
//! the padding boundaries) against the `sha2` crate; the digest is committed and printed
//! in hex.
#![no_std]

use sha2::Digest;
use zkvm_guest::sha256::{self, Sha256};
use zkvm_guest::{commit_slice, entry, print, println, read_vec};

entry!(main);

fn main() {
    let input = read_vec();
    let digest = sha256::digest(&input);
    print!("sha256: ");
    for b in digest {
        print!("{b:02x}");
    }
    println!();
    commit_slice(&digest);
    println!("one-shot matches sha2: {}", digest[..] == sha2::Sha256::digest(&input)[..]);

    let mut chunked = Sha256::new();
    for (i, chunk) in input.chunks(1 + input.len() / 7).enumerate() {
        chunked.update(chunk);
        if i == 0 {
            chunked.update(b"");
        }
    }
    println!("chunked matches: {}", chunked.finalize() == digest);

    let prefixes = (0..=input.len().min(130))
        .filter(|&n| sha256::digest(&input[..n])[..] != sha2::Sha256::digest(&input[..n])[..]);
    println!("prefixes differing from sha2: {}", prefixes.count());
}
