//! Corpus guest: secp256k1 ECDSA with `k256`. The input is a 32-byte secret key followed
//! by the message; the guest signs the message deterministically (RFC 6979), verifies the
//! signature, checks that a tampered message and a tampered signature are rejected. Public key and signature are committed and printed.
#![no_std]

use k256::ecdsa::signature::{Signer, Verifier};
use k256::ecdsa::{Signature, SigningKey, VerifyingKey};
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

fn main() -> i32 {
    let input = read_vec();
    if input.len() < 32 {
        println!("input: 32-byte secret key, then the message");
        return 2;
    }
    let (secret, message) = input.split_at(32);
    let Ok(signing_key) = SigningKey::from_slice(secret) else {
        println!("invalid secret key");
        return 3;
    };
    let verifying_key = VerifyingKey::from(&signing_key);
    hex("public key", &verifying_key.to_encoded_point(true).as_bytes());

    let signature: Signature = signing_key.sign(message);
    hex("signature", &signature.to_bytes());
    println!("normalized: {}", signature.normalize_s().is_none());

    let ok = verifying_key.verify(message, &signature).is_ok();
    println!("verify: {ok}");

    let mut tampered = message.to_vec();
    tampered.push(b'!');
    let forged_message = verifying_key.verify(&tampered, &signature).is_ok();
    println!("verify tampered message: {forged_message}");

    let mut bytes = signature.to_bytes();
    bytes[63] ^= 1;
    let forged_signature = Signature::from_slice(&bytes).is_ok_and(|s| verifying_key.verify(message, &s).is_ok());
    println!("verify tampered signature: {forged_signature}");
    commit_slice(&[ok as u8]);
    if ok && !forged_message && !forged_signature { 0 } else { 1 }
}
