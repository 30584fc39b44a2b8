//! Guest: verifies a secp256k1 ECDSA signature (the `k256` crate from crates.io) over a
//! message given in the private input, and commits the verification result, the message's
//! SHA-256 and the public key, so a proof shows "this key signed a message with this hash"
//! without revealing the message.
//!
//! Input: a 33-byte SEC1 compressed public key, a 64-byte signature (`r || s`, big
//! endian), then the message. Journal: 1 byte (1 = valid, 0 = invalid), 32 bytes
//! SHA-256(message), 33 bytes public key. Malformed input exits with status 2.
//! `examples/inputs/ecdsa.bin` holds a valid signature over "pay 10 coins to alice".
//!
//! ```sh
//! zkcc build examples/rust/ecdsa
//! zkvm run examples/rust/ecdsa/target/zkvm/ecdsa-guest.zkbin --input examples/inputs/ecdsa.bin
//! ```
#![no_std]

use k256::ecdsa::signature::Verifier;
use k256::ecdsa::{Signature, VerifyingKey};
use k256::sha2::{Digest, Sha256};
use zkvm_guest::{commit_slice, entry, print, println, read_vec};

entry!(main);

const KEY_LEN: usize = 33;
const SIGNATURE_LEN: usize = 64;

fn main() -> i32 {
    let input = read_vec();
    if input.len() < KEY_LEN + SIGNATURE_LEN {
        println!("input: 33-byte compressed public key, 64-byte signature, message");
        return 2;
    }
    let (key, rest) = input.split_at(KEY_LEN);
    let (signature, message) = rest.split_at(SIGNATURE_LEN);
    let Ok(key) = VerifyingKey::from_sec1_bytes(key) else {
        println!("not a public key on secp256k1");
        return 2;
    };
    let Ok(signature) = Signature::from_slice(signature) else {
        println!("malformed signature");
        return 2;
    };
    // `verify` hashes the message with SHA-256 (and rejects high-s signatures).
    let valid = key.verify(message, &signature).is_ok();
    let hash = Sha256::digest(message);

    commit_slice(&[valid as u8]);
    commit_slice(&hash);
    commit_slice(&key.to_encoded_point(true).as_bytes());
    print!("signature valid: {valid}\nmessage sha256: ");
    for byte in hash {
        print!("{byte:02x}");
    }
    println!();
    0
}
