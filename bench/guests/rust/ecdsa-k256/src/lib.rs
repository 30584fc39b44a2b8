//! Guest: verifies one secp256k1 ECDSA signature with the `k256` crate. Private input:
//! SEC1 compressed public key (33 bytes), message hash (32), signature r || s (64).
//! Commits 1 if the signature is valid, 0 if not.
#![no_std]

use k256::ecdsa::signature::hazmat::PrehashVerifier;
use k256::ecdsa::{Signature, VerifyingKey};
use zkvm_guest::{commit_slice, entry, read_slice};

entry!(main);

fn main() -> i32 {
    let mut input = [0u8; 33 + 32 + 64];
    if read_slice(&mut input) != input.len() {
        return 1;
    }
    let (key, rest) = input.split_at(33);
    let (hash, sig) = rest.split_at(32);
    let valid = match (VerifyingKey::from_sec1_bytes(key), Signature::from_slice(sig)) {
        (Ok(key), Ok(sig)) => key.verify_prehash(hash, &sig).is_ok(),
        _ => false,
    };
    commit_slice(&[valid as u8]);
    0
}
