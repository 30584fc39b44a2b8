//! Exercises the `zkvm-guest` API; the first input byte picks the case.
#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};
use zkvm_guest::{commit, commit_slice, eprint, eprintln, print, println, read, read_slice, read_vec};

zkvm_guest::entry!(main);

/// Typed input: one of each kind of field postcard encodes differently.
#[derive(Deserialize)]
struct Job {
    id: u64,
    name: String,
    values: Vec<i32>,
    scale: Option<i16>,
    shape: Shape,
}

#[derive(Deserialize)]
enum Shape {
    Point,
    Square(u32),
}

#[derive(Serialize)]
struct Summary<'a> {
    id: u64,
    name: &'a str,
    sum: i64,
    area: u64,
}

#[repr(align(4096))]
struct Page([u8; 4096]);

fn main() -> Result<i32, &'static str> {
    let mut case = [0u8; 1];
    if read_slice(&mut case) == 0 {
        return Err("no input");
    }
    match case[0] {
        b'e' => {
            let rest = read_vec();
            commit_slice(&rest);
            print!("read {} bytes", rest.len());
            println!();
            eprint!("to ");
            eprintln!("stderr");
            Ok(0)
        }
        b'a' => {
            // Alignment above malloc's 16 bytes, zeroed and reallocated memory.
            let pages: Vec<Box<Page>> = (0..3).map(|i| Box::new(Page([i as u8; 4096]))).collect();
            for (i, p) in pages.iter().enumerate() {
                assert_eq!(p.as_ref() as *const Page as usize % 4096, 0, "page {i} misaligned");
                assert_eq!(p.0[4095], i as u8);
            }
            let zeros = alloc::vec![0u64; 10_000];
            assert!(zeros.iter().all(|&z| z == 0));
            let mut grown = Vec::new();
            for i in 0..100_000u32 {
                grown.push(i as u8);
            }
            assert_eq!(grown.iter().map(|&b| b as u64).sum::<u64>(), (0..100_000u64).map(|i| i & 0xff).sum());
            let mut map = BTreeMap::new();
            let mut text = String::new();
            for i in 0..200u32 {
                map.insert(i * 7 % 101, i);
                text.push_str("ab");
            }
            // 3000 MiB in total: only fits in the heap if freed memory is reused.
            for round in 0..3000u32 {
                let mut block: Vec<u8> = Vec::with_capacity(1 << 20);
                block.push(round as u8);
                assert_eq!(block[0], round as u8);
            }
            println!("alloc ok {} {}", map.len(), text.len());
            Ok(0)
        }
        b't' => {
            // Typed values, then a raw byte after them: frames are consumed exactly.
            let jobs: u8 = read();
            for _ in 0..jobs {
                let job: Job = read();
                let scale = job.scale.unwrap_or(1) as i64;
                let sum = job.values.iter().map(|&v| v as i64 * scale).sum();
                let area = match job.shape {
                    Shape::Point => 0,
                    Shape::Square(side) => side as u64 * side as u64,
                };
                commit(&Summary { id: job.id, name: &job.name, sum, area });
            }
            let mut tail = [0u8; 1];
            read_slice(&mut tail);
            commit(&tail[0]);
            Ok(0)
        }
        b'b' => {
            // A frame that does not decode as the type asked for.
            let v: (u8, bool) = read();
            Ok(v.0 as i32)
        }
        b'r' => Err("bad input"),
        b'x' => zkvm_guest::exit(42),
        b'c' => Ok(7),
        b'p' => {
            let v: Vec<u32> = Vec::new();
            let i = read_vec().len() + 3;
            Ok(v[i] as i32)
        }
        _ => panic!("unknown case {}", case[0] as char),
    }
}
