//! Guest: SHA-256 of the private input with the `sha2` crate from crates.io; the digest
//! is committed to the journal and printed in hex.
//!
//! ```sh
//! zkcc build examples/rust/sha256
//! zkvm run examples/rust/sha256/target/zkvm/sha256-guest.zkbin --input FILE
//! ```
#![no_std]

use sha2::{Digest, Sha256};
use zkvm_guest::{commit_slice, entry, print, println, read_slice};

entry!(main);

fn main() {
    let mut hasher = Sha256::new();
    let mut buf = [0u8; 256];
    loop {
        let n = read_slice(&mut buf);
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    let digest = hasher.finalize();
    commit_slice(&digest);
    for byte in digest {
        print!("{byte:02x}");
    }
    println!();
}
