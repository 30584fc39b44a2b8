//! Corpus guest: `alloc` collections driven by the input bytes: `Vec` sorts (stable,
//! unstable, by key), `BTreeMap`/`BTreeSet`, `VecDeque`, `BinaryHeap`, `String` building
//! and formatting, dedup/retain/split; results printed and a summary committed.
#![no_std]

extern crate alloc;

use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use alloc::{format, vec};
use core::cmp::Reverse;
use core::fmt::Write;
use zkvm_guest::{commit_slice, entry, println, read_vec};

entry!(main);

/// xorshift64*, seeded from the input, to make larger data sets.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn main() {
    let input = read_vec();
    let seed = input.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3)) | 1;
    let mut rng = Rng(seed);

    let mut numbers: Vec<i64> = (0..2000).map(|_| (rng.next() % 100_000) as i64 - 50_000).collect();
    let mut stable = numbers.clone();
    stable.sort_by_key(|n| n.rem_euclid(100));
    numbers.sort_unstable();
    println!("min {} max {} median {}", numbers[0], numbers[numbers.len() - 1], numbers[numbers.len() / 2]);
    println!("stable by last two digits: {:?}", &stable[..8]);
    let sum: i64 = numbers.iter().sum();
    numbers.dedup();
    numbers.retain(|n| n % 3 != 0);
    println!("sum {sum}, distinct non-multiples of 3: {}", numbers.len());

    let text = String::from_utf8_lossy(&input);
    let mut words: BTreeMap<String, usize> = BTreeMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *words.entry(word.to_lowercase()).or_default() += 1;
    }
    let mut by_count: Vec<(&String, &usize)> = words.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{} distinct words; top: {:?}", words.len(), &by_count[..by_count.len().min(5)]);
    if let Some((first, _)) = words.range("m".to_string()..).next() {
        println!("first word from m: {first}");
    }

    let set: BTreeSet<u16> = (0..500).map(|_| (rng.next() % 1000) as u16).collect();
    let evens: BTreeSet<u16> = set.iter().copied().filter(|n| n % 2 == 0).collect();
    println!("set {} evens {} difference {}", set.len(), evens.len(), set.difference(&evens).count());

    let mut deque: VecDeque<u32> = VecDeque::with_capacity(4);
    for i in 0..100u32 {
        if i % 3 == 0 {
            deque.push_front(i)
        } else {
            deque.push_back(i)
        }
        if deque.len() > 10 {
            deque.pop_front();
        }
    }
    deque.rotate_left(3);
    println!("deque {:?}", deque);

    let mut heap: BinaryHeap<Reverse<(u8, usize)>> = input.iter().enumerate().map(|(i, &b)| Reverse((b, i))).collect();
    let mut smallest = Vec::new();
    while let Some(Reverse(x)) = heap.pop() {
        smallest.push(x);
        if smallest.len() == 6 {
            break;
        }
    }
    println!("smallest bytes {:?}", smallest);

    let mut report = String::new();
    for (i, chunk) in input.chunks(7).take(4).enumerate() {
        let _ = write!(report, "[{i}:{}]", chunk.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(""));
    }
    let nested = vec![vec![1u8; 3], Vec::new(), vec![2, 3]];
    println!("{report} {nested:?} {:>12}|{:<8}|{:^9}|", "right", "left", "mid");
    let mut summary = Vec::new();
    summary.extend_from_slice(&sum.to_le_bytes());
    summary.extend_from_slice(&(words.len() as u32).to_le_bytes());
    commit_slice(&summary);
}
