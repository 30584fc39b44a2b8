//! Corpus guest: deflate/inflate round trip with `miniz_oxide` at several levels, raw and
//! zlib-wrapped; compressed sizes and checksums are committed and printed.
#![no_std]

extern crate alloc;

use miniz_oxide::deflate::{compress_to_vec, compress_to_vec_zlib};
use miniz_oxide::inflate::{decompress_to_vec, decompress_to_vec_zlib};
use zkvm_guest::{commit_slice, entry, println, read_vec};

entry!(main);

/// FNV-1a, to print a short fingerprint of a buffer.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

fn main() -> i32 {
    let input = read_vec();
    println!("{} bytes, fnv {:016x}", input.len(), fnv(&input));
    let mut failures = 0;
    for level in [0u8, 1, 6, 9] {
        let raw = compress_to_vec(&input, level);
        let zlib = compress_to_vec_zlib(&input, level);
        let back = decompress_to_vec(&raw).map_err(|e| e.status);
        let back_zlib = decompress_to_vec_zlib(&zlib).map_err(|e| e.status);
        let ok = back.as_deref() == Ok(&input[..]) && back_zlib.as_deref() == Ok(&input[..]);
        failures += !ok as i32;
        println!(
            "level {level}: raw {} bytes fnv {:016x}, zlib {} bytes fnv {:016x}, round trip {ok}",
            raw.len(),
            fnv(&raw),
            zlib.len(),
            fnv(&zlib)
        );
        commit_slice(&(raw.len() as u32).to_le_bytes());
        commit_slice(&zlib[zlib.len() - 4..]);
    }
    // A corrupt stream must fail cleanly, not crash.
    let mut broken = compress_to_vec_zlib(&input, 6);
    let last = broken.len() - 1;
    broken[last] ^= 0x55;
    println!("corrupt stream: {:?}", decompress_to_vec_zlib(&broken).map_err(|e| e.status));
    failures
}
