#![no_std]
use core::fmt::Write;

unsafe extern "C" {
    fn putchar(c: i32) -> i32;
}

struct Out;
impl Write for Out {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for b in s.bytes() {
            unsafe { putchar(b as i32) };
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle { r: u32 },
    Rect(u16, u16),
    Empty,
}

trait Area {
    fn area(&self) -> u64;
}
impl Area for Shape {
    fn area(&self) -> u64 {
        match *self {
            Shape::Circle { r } => 3 * (r as u64) * (r as u64),
            Shape::Rect(a, b) => a as u64 * b as u64,
            Shape::Empty => 0,
        }
    }
}

fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let mut out = Out;
    let shapes = [Shape::Circle { r: 7 }, Shape::Rect(300, 4000), Shape::Empty];
    let dyns: [&dyn Area; 3] = [&shapes[0], &shapes[1], &shapes[2]];
    for (i, s) in shapes.iter().enumerate() {
        let _ = writeln!(out, "{i}: {:?} area={} {:>8}|{:<6x}|{:+}", s, dyns[i].area(), i * 1000, 255 + i, -(i as i64));
    }
    let big: u128 = 0xdead_beef_u128 * 0x1234_5678_9abc_def0_u128 * 1_000_000_007;
    let _ = writeln!(out, "u128 {} {:#x} i128 {}", big, big, -(big as i128) / 3);
    let mut total = 0u64;
    for n in 1..200u64 {
        total += collatz(n) as u64;
    }
    let _ = writeln!(out, "collatz total {total}");
    let words = ["zeta", "alpha", "mu", "beta"];
    let mut sorted = words;
    sorted.sort_unstable();
    let _ = writeln!(out, "{:?} {}", sorted, sorted.iter().map(|w| w.len()).sum::<usize>());
    let v: u32 = "12345".parse().unwrap_or(0);
    let _ = writeln!(out, "parsed {} checked {:?} {:?}", v, v.checked_mul(1_000_000), 250u8.checked_add(10));
    0
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    unsafe extern "C" {
        fn abort() -> !;
    }
    unsafe { abort() }
}
