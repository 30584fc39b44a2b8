//! Corpus guest: `core::fmt` for floats (`Display`, `Debug`, `{:e}`, precision, width,
//! sign, special values, shortest round-trip), 128-bit integers and `str::parse` of floats
//! and integers, on values derived from the input.
#![no_std]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use zkvm_guest::{commit_slice, entry, println, read_vec};

entry!(main);

fn main() {
    let input = read_vec();
    let seed = input.iter().fold(0x243f_6a88_85a3_08d3u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));

    let specials = [0.0f64, -0.0, 1.0, 0.1, 1.0 / 3.0, 2.5, -1e-300, 1e300, 5e-324, f64::MAX, f64::MIN_POSITIVE];
    for x in specials {
        println!("{x} {x:?} {x:e} {x:.3} {x:+.0} {x:>12.2e} {:?}", x as f32);
    }
    println!("{} {} {} {:?}", f64::NAN, f64::INFINITY, -f64::INFINITY, f32::NAN);

    let mut state = seed;
    let mut floats = Vec::new();
    for _ in 0..40 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let bits = state & !(0x7ffu64 << 52) | ((state % 160 + 943) << 52);
        floats.push(f64::from_bits(bits));
    }
    let mut rendered = String::new();
    for &x in &floats {
        let shortest = alloc::format!("{x:?}");
        let back: f64 = shortest.parse().unwrap();
        assert_eq!(back.to_bits(), x.to_bits(), "round trip of {shortest}");
        rendered.push_str(&alloc::format!("{shortest} {:.17e} {:.5}\n", x, x as f32));
    }
    println!("{rendered}");
    let sum: f64 = floats.iter().sum();
    let product: f32 = floats.iter().take(10).map(|&x| x as f32).product();
    let cube = (sum.abs() + 1.0) * (sum.abs() + 1.0) * (sum.abs() + 1.0);
    println!("sum {sum:?} product {product:?} cube/7 {:?}", cube / 7.0);

    let big = (seed as u128) * 0x1234_5678_9abc_def0_1122_3344u128 + 17;
    let signed = -(big as i128) / 3;
    println!("u128 {big} {big:#x} {big:o} {big:b}");
    println!("i128 {signed} {signed:e} {:>45}", i128::MIN);
    println!("u128::MAX {} leading zeros {}", u128::MAX, big.leading_zeros());
    for text in ["3.25", "-0.000123e-5", "1e309", "NaN", "inf", "12345678901234567890.5", "0x10", "1_0"] {
        println!("parse {text:?}: {:?} {:?}", text.parse::<f64>(), text.parse::<u128>());
    }
    commit_slice(&sum.to_bits().to_le_bytes());
    commit_slice(&big.to_le_bytes());
}
