//! Corpus guest: trait objects (vtables, `Box<dyn Trait>`, `&mut dyn`, supertraits, `Any`
//! downcasts), closures (capturing by reference, by move, `FnMut` state, boxed and
//! returned closures), iterator adapters and generics monomorphised many times.
#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::Any;
use core::fmt::Debug;
use zkvm_guest::{commit_slice, entry, println, read_vec};

entry!(main);

trait Shape: Debug {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        alloc::format!("{self:?}")
    }
    fn as_any(&self) -> &dyn Any;
}

#[derive(Debug)]
struct Circle(f64);
#[derive(Debug)]
struct Rect {
    w: u32,
    h: u32,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        core::f64::consts::PI * self.0 * self.0
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        (self.w * self.h) as f64
    }
    fn name(&self) -> String {
        alloc::format!("rect {}x{}", self.w, self.h)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

trait Visitor {
    fn visit(&mut self, x: u64);
}

struct Stats {
    n: u64,
    max: u64,
}

impl Visitor for Stats {
    fn visit(&mut self, x: u64) {
        self.n += 1;
        self.max = self.max.max(x);
    }
}

fn walk(items: &[u64], v: &mut dyn Visitor) {
    items.iter().for_each(|&x| v.visit(x));
}

fn adder(k: u64) -> impl Fn(u64) -> u64 {
    move |x| x.wrapping_add(k)
}

fn compose<'a>(f: Box<dyn Fn(u64) -> u64 + 'a>, g: Box<dyn Fn(u64) -> u64 + 'a>) -> Box<dyn Fn(u64) -> u64 + 'a> {
    Box::new(move |x| g(f(x)))
}

fn apply_n<F: FnMut() -> u64>(n: usize, mut f: F) -> Vec<u64> {
    (0..n).map(|_| f()).collect()
}

fn main() {
    let input = read_vec();
    let bytes: Vec<u64> = input.iter().map(|&b| b as u64).collect();

    let shapes: Vec<Box<dyn Shape>> = input
        .iter()
        .take(6)
        .map(|&b| -> Box<dyn Shape> {
            if b % 2 == 0 { Box::new(Circle(b as f64 / 8.0)) } else { Box::new(Rect { w: b as u32, h: 3 }) }
        })
        .collect();
    for s in &shapes {
        let kind = if s.as_any().downcast_ref::<Circle>().is_some() { "circle" } else { "other" };
        println!("{} ({kind}): area {:.4}", s.name(), s.area());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {total:.6}");

    let mut stats = Stats { n: 0, max: 0 };
    walk(&bytes, &mut stats);
    println!("visited {} max {}", stats.n, stats.max);

    let offset = bytes.len() as u64;
    let pipeline = compose(Box::new(adder(offset)), Box::new(|x| x * 3));
    let pipeline = compose(pipeline, Box::new(move |x| x ^ offset));
    let transformed: Vec<u64> = bytes.iter().take(8).map(|&x| pipeline(x)).collect();
    println!("pipeline {transformed:?}");

    let mut state = 1u64;
    let fib = apply_n(20, || {
        let out = state;
        state = state.wrapping_mul(6364136223846793005).wrapping_add(offset);
        out >> 40
    });
    println!("lcg {:?}", &fib[..5]);

    let mut handlers: Vec<(&str, Box<dyn FnMut(u8) -> bool>)> = Vec::new();
    let mut seen_vowels = 0usize;
    handlers.push(("digit", Box::new(|b| b.is_ascii_digit())));
    handlers.push(("upper", Box::new(|b| b.is_ascii_uppercase())));
    let counts: Vec<usize> = handlers.iter_mut().map(|(_, h)| input.iter().filter(|&&b| h(b)).count()).collect();
    input.iter().for_each(|b| seen_vowels += b"aeiou".contains(b) as usize);
    for ((name, _), count) in handlers.iter().zip(&counts) {
        println!("{name}: {count}");
    }
    println!("vowels: {seen_vowels}");

    let groups = bytes.chunks(5).map(|c| c.iter().rev().fold(0u64, |acc, &b| acc * 256 + b)).filter(|v| v % 7 != 0);
    let (small, large): (Vec<u64>, Vec<u64>) = groups.partition(|&v| v < 1 << 32);
    println!("small {} large {} max {:?}", small.len(), large.len(), large.iter().max());
    let digest = bytes.iter().enumerate().fold(0u64, |h, (i, &b)| h.rotate_left(5) ^ (b + i as u64));
    commit_slice(&digest.to_le_bytes());
}
