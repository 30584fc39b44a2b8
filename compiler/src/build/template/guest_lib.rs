//! The guest: reads a `Request` from the private input, commits a `Summary` to the
//! journal. Only the journal and the exit code are public; the values stay private.
#![no_std]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};
use zkvm_guest::{commit, entry, println, read};

/// Must match the host's `Request` field for field: postcard is not self-describing.
#[derive(Deserialize)]
struct Request {
    name: String,
    values: Vec<u64>,
}

#[derive(Serialize)]
struct Summary {
    name: String,
    count: u32,
    sum: u64,
    max: u64,
}

entry!(main);

fn main() {
    let request: Request = read();
    let sum = request.values.iter().try_fold(0u64, |acc, &v| acc.checked_add(v)).expect("sum overflows u64");
    let max = request.values.iter().copied().max().unwrap_or(0);
    println!("{}: {} values", request.name, request.values.len());
    commit(&Summary { name: request.name, count: request.values.len() as u32, sum, max });
}
