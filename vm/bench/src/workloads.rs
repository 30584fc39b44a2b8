//! The benchmark workloads: which guest, which input, and the journal it must produce
//! (computed here on the host, so a wrong result never passes as a fast one).

use std::path::{Path, PathBuf};

use k256::ecdsa::signature::hazmat::PrehashSigner;
use k256::ecdsa::{Signature, SigningKey};
use sha2::{Digest, Sha256};
use sha3::Keccak256;

/// Where a guest's source lives, relative to the repository root.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Guest {
    /// A C file, compiled by `zkcc` through clang-22.
    C(&'static str),
    /// A Cargo guest crate, built by `zkcc build`.
    Rust(&'static str),
}

impl Guest {
    /// The source, relative to the repository root.
    pub fn path(self) -> &'static str {
        match self {
            Guest::C(path) | Guest::Rust(path) => path,
        }
    }

    pub fn source(self, root: &Path) -> PathBuf {
        root.join(self.path())
    }

    /// A file name for the built program.
    pub fn artifact(self) -> String {
        match self {
            Guest::C(path) => format!("c-{}.zkbin", stem(path)),
            Guest::Rust(path) => format!("rust-{}.zkbin", stem(path)),
        }
    }

    pub fn lang(self) -> &'static str {
        match self {
            Guest::C(_) => "C",
            Guest::Rust(_) => "Rust",
        }
    }
}

fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".c").unwrap_or(name)
}

pub const LCG_C: Guest = Guest::C("bench/guests/c/lcg.c");
pub const LCG_RUST: Guest = Guest::Rust("bench/guests/rust/lcg");
pub const SHA_CHAIN_C: Guest = Guest::C("bench/guests/c/sha_chain.c");
pub const SHA_CHAIN_RUST: Guest = Guest::Rust("bench/guests/rust/sha-chain");
const SHA256: Guest = Guest::Rust("bench/guests/rust/sha256-1k");
const KECCAK256: Guest = Guest::Rust("bench/guests/rust/keccak256-1k");
const ECDSA: Guest = Guest::Rust("bench/guests/rust/ecdsa-k256");
const SORT: Guest = Guest::Rust("bench/guests/rust/sort");

/// N of the LCG loop in the side-by-side comparison (`lcg_loop.n8000.inputs`).
pub const LCG_N: u32 = 8000;
/// N of the SHA-256 chain in the side-by-side comparison (`sha_chain.n16.inputs`).
pub const SHA_CHAIN_N: u32 = 16;

/// One guest run: program, input and the expected journal.
#[derive(Clone, Debug)]
pub struct Workload {
    pub name: String,
    pub guest: Guest,
    pub input: Vec<u8>,
    pub expected: Vec<u8>,
}

/// The LCG loop for `n` iterations (the computation of `lcg_loop.masm`).
pub fn lcg(guest: Guest, n: u32) -> Workload {
    let (mut x, mut acc) = (1u32, 0u32);
    for i in 0..n {
        x = x.wrapping_mul(1664525).wrapping_add(1013904223);
        acc = acc.wrapping_add(x >> 7) ^ i;
    }
    let expected = [x.to_le_bytes(), acc.to_le_bytes()].concat();
    Workload { name: format!("LCG loop N={n}"), guest, input: n.to_le_bytes().to_vec(), expected }
}

/// The SHA-256 chain for `n` steps (the computation of `sha_chain.masm`).
pub fn sha_chain(guest: Guest, n: u32) -> Workload {
    Workload {
        name: format!("SHA-256 chain N={n}"),
        guest,
        input: n.to_le_bytes().to_vec(),
        expected: sha_chain_digest(n).to_vec(),
    }
}

/// d = SHA-256(d || d), `n` times from the SHA-256 initial hash value.
pub fn sha_chain_digest(n: u32) -> [u8; 32] {
    const H0: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut d = [0u8; 32];
    for (bytes, word) in d.chunks_exact_mut(4).zip(H0) {
        bytes.copy_from_slice(&word.to_be_bytes());
    }
    for _ in 0..n {
        d = Sha256::new().chain_update(d).chain_update(d).finalize().into();
    }
    d
}

/// 1 KiB of fixed, irregular bytes.
fn kib() -> Vec<u8> {
    (0..1024u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect()
}

fn ecdsa() -> Workload {
    let key = SigningKey::from_bytes(&[0x42; 32].into()).expect("a valid secret scalar");
    let hash: [u8; 32] = Sha256::digest(b"zkvm benchmark message").into();
    let signature: Signature = key.sign_prehash(&hash).expect("signing a prehash");
    let public = key.verifying_key().to_encoded_point(true);
    let input = [public.as_bytes(), &hash, &signature.to_bytes()].concat();
    Workload { name: "ECDSA verify (k256)".into(), guest: ECDSA, input, expected: vec![1] }
}

/// Sorting `bytes` bytes of xorshift32 words (the computation of the sort guest).
pub fn sort(bytes: u32) -> Workload {
    let seed = 0x2545_f491u32;
    let mut state = seed;
    let mut words: Vec<u32> = (0..bytes / 4)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        })
        .collect();
    words.sort_unstable();
    let sum = words.iter().zip(1u64..).fold(0u64, |s, (&w, i)| s.wrapping_add(u64::from(w).wrapping_mul(i)));
    let name = if bytes >= 1 << 20 { format!("sort {} MiB", bytes >> 20) } else { format!("sort {} KiB", bytes >> 10) };
    Workload {
        name,
        guest: SORT,
        input: [bytes.to_le_bytes(), seed.to_le_bytes()].concat(),
        expected: sum.to_le_bytes().to_vec(),
    }
}

/// The fixed workloads of `make bench`, in table order.
pub fn suite() -> Vec<Workload> {
    let data = kib();
    vec![
        lcg(LCG_C, LCG_N),
        lcg(LCG_RUST, LCG_N),
        sha_chain(SHA_CHAIN_C, SHA_CHAIN_N),
        sha_chain(SHA_CHAIN_RUST, SHA_CHAIN_N),
        Workload {
            name: "SHA-256 1 KiB (sha2)".into(),
            guest: SHA256,
            expected: Sha256::digest(&data).to_vec(),
            input: data.clone(),
        },
        Workload {
            name: "Keccak-256 1 KiB (sha3)".into(),
            guest: KECCAK256,
            expected: Keccak256::digest(&data).to_vec(),
            input: data,
        },
        ecdsa(),
        sort(4 << 10),
        sort(1 << 20),
    ]
}

/// Every guest the suite and the size series use.
pub fn guests() -> Vec<Guest> {
    vec![LCG_C, LCG_RUST, SHA_CHAIN_C, SHA_CHAIN_RUST, SHA256, KECCAK256, ECDSA, SORT]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chain's first step is SHA-256 of H0 || H0, computed independently.
    #[test]
    fn sha_chain_starts_from_h0() {
        assert_eq!(sha_chain_digest(0)[..4], [0x6a, 0x09, 0xe6, 0x67]);
        let h0 = sha_chain_digest(0);
        let mut twice = h0.to_vec();
        twice.extend_from_slice(&h0);
        assert_eq!(sha_chain_digest(1), <[u8; 32]>::from(Sha256::digest(&twice)));
    }
}
