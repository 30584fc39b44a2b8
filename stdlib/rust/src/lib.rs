//! Guest library for zkvm programs written in Rust.
//!
//! A guest is a `#![no_std]` library crate that depends on this crate and names its entry
//! point with [`entry!`]; `zkcc build` turns it into a `.zkbin`:
//!
//! ```ignore
//! #![no_std]
//! use serde::{Deserialize, Serialize};
//! use zkvm_guest::{commit, entry, println, read};
//!
//! #[derive(Deserialize)]
//! struct Job { n: u32 }
//!
//! entry!(main);
//!
//! fn main() {
//!     let job: Job = read();
//!     println!("n = {}", job.n);
//!     commit(&(job.n * 2));
//! }
//! ```
//!
//! Everything here goes through the C runtime that zkcc links into every program
//! (`zk_read`, `zk_commit`, `zk_exit`, `fwrite`, `malloc`/`free`), so Rust and C guests
//! share one ABI. This crate provides:
//!
//! - [`entry!`]: the program's `main` symbol; the function may return `()`, an `i32`
//!   exit code or a `Result<(), E: Debug>` (an error is printed, exit code 1);
//! - private input: typed values with [`read`] (postcard, see [`typed`]), raw bytes with
//!   [`read_slice`], [`read_vec`]; public journal: [`commit`], [`commit_slice`]; [`exit`];
//! - console output (not part of the proof): [`print!`], [`println!`], [`eprint!`],
//!   [`eprintln!`];
//! - a global allocator over the runtime's `malloc`/`free` (freed memory is reused);
//! - a panic handler that prints `panicked at FILE:LINE:COL: MESSAGE` to stderr and exits
//!   with status 101, as Rust programs do;
//! - [`sha256`]: SHA-256 that zkcc compiles to the VM's SHA-256 instructions;
//! - [`cycle_count`], and cycle spans for `zkvm run --profile`: [`cycle_span`],
//!   [`span_begin`], [`span_end`].

#![no_std]

extern crate alloc;

pub mod sha256;
pub mod typed;

use alloc::vec::Vec;
use core::alloc::{GlobalAlloc, Layout};
use core::ffi::c_void;
use core::fmt;

pub use typed::{ReadError, commit, read, try_read};

/// The C runtime's functions (see `stdlib/include`).
mod sys {
    use core::ffi::{c_int, c_void};

    unsafe extern "C" {
        pub fn zk_read(buf: *mut u8, len: usize) -> usize;
        pub fn zk_commit(buf: *const u8, len: usize);
        pub fn zk_exit(code: c_int) -> !;
        pub fn fwrite(p: *const c_void, size: usize, n: usize, f: *mut c_void) -> usize;
        pub static stdout: *mut c_void;
        pub static stderr: *mut c_void;
        pub fn malloc(n: usize) -> *mut c_void;
        pub fn calloc(count: usize, size: usize) -> *mut c_void;
        pub fn realloc(p: *mut c_void, n: usize) -> *mut c_void;
        pub fn aligned_alloc(align: usize, n: usize) -> *mut c_void;
        pub fn free(p: *mut c_void);
    }
}

/// Fills `buf` from the private input; returns the number of bytes read, which is less
/// than `buf.len()` only at the end of the input (0 once it is exhausted).
pub fn read_slice(buf: &mut [u8]) -> usize {
    unsafe { sys::zk_read(buf.as_mut_ptr(), buf.len()) }
}

/// Reads all the remaining private input.
pub fn read_vec() -> Vec<u8> {
    let mut out = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        let n = read_slice(&mut chunk);
        out.extend_from_slice(&chunk[..n]);
        if n < chunk.len() {
            return out;
        }
    }
}

/// Appends `bytes` to the public journal (the program's proven output).
pub fn commit_slice(bytes: &[u8]) {
    unsafe { sys::zk_commit(bytes.as_ptr(), bytes.len()) }
}

/// Stops the program with an exit code (part of the proven statement; `zkvm run` exits
/// with `code & 0xff`).
pub fn exit(code: i32) -> ! {
    unsafe { sys::zk_exit(code) }
}

/// A console stream: [`STDOUT`] or [`STDERR`] (unbuffered; not part of the proof).
#[derive(Clone, Copy, Debug)]
pub struct Console {
    stderr: bool,
}

/// The guest's standard output.
pub const STDOUT: Console = Console { stderr: false };
/// The guest's standard error.
pub const STDERR: Console = Console { stderr: true };

impl Console {
    /// Writes raw bytes.
    pub fn write_bytes(&self, bytes: &[u8]) {
        unsafe {
            let f = if self.stderr { sys::stderr } else { sys::stdout };
            sys::fwrite(bytes.as_ptr().cast(), 1, bytes.len(), f);
        }
    }
}

impl fmt::Write for Console {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.write_bytes(s.as_bytes());
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(stderr: bool, args: fmt::Arguments<'_>) {
    let _ = fmt::write(&mut Console { stderr }, args);
}

/// Prints to the guest's stdout.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::_print(false, format_args!($($arg)*)) };
}

/// Prints to the guest's stdout, with a newline.
#[macro_export]
macro_rules! println {
    () => { $crate::_print(false, format_args!("\n")) };
    ($($arg:tt)*) => { $crate::_print(false, format_args!("{}\n", format_args!($($arg)*))) };
}

/// Prints to the guest's stderr.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => { $crate::_print(true, format_args!($($arg)*)) };
}

/// Prints to the guest's stderr, with a newline.
#[macro_export]
macro_rules! eprintln {
    () => { $crate::_print(true, format_args!("\n")) };
    ($($arg:tt)*) => { $crate::_print(true, format_args!("{}\n", format_args!($($arg)*))) };
}

/// What an entry function may return: `()` (exit code 0), an `i32` exit code, or a
/// `Result` whose error is printed to stderr (exit code 1).
pub trait ExitStatus {
    fn exit_code(self) -> i32;
}

impl ExitStatus for () {
    fn exit_code(self) -> i32 {
        0
    }
}

impl ExitStatus for i32 {
    fn exit_code(self) -> i32 {
        self
    }
}

impl<T: ExitStatus, E: fmt::Debug> ExitStatus for Result<T, E> {
    fn exit_code(self) -> i32 {
        match self {
            Ok(v) => v.exit_code(),
            Err(e) => {
                eprintln!("Error: {e:?}");
                1
            }
        }
    }
}

/// Defines the program's entry point (the C symbol `main`, which the runtime's `_start`
/// calls) to run the given function: `entry!(main);` with `fn main()`, `fn main() -> i32`
/// or `fn main() -> Result<(), E>`.
#[macro_export]
macro_rules! entry {
    ($path:path) => {
        #[doc(hidden)]
        #[unsafe(export_name = "main")]
        pub extern "C" fn __zkvm_guest_main() -> i32 {
            $crate::ExitStatus::exit_code($path())
        }
    };
}

/// The global allocator: the runtime's `malloc`/`free` (16-byte aligned payloads; larger
/// alignments through `aligned_alloc`). Running out of memory traps.
pub struct Allocator;

/// Alignment of `malloc`'s payloads.
const MALLOC_ALIGN: usize = 16;

unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if layout.align() <= MALLOC_ALIGN {
                sys::malloc(layout.size()).cast()
            } else {
                sys::aligned_alloc(layout.align(), layout.size()).cast()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { sys::free(ptr.cast::<c_void>()) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if layout.align() <= MALLOC_ALIGN {
                sys::calloc(1, layout.size()).cast()
            } else {
                let p = self.alloc(layout);
                if !p.is_null() {
                    core::ptr::write_bytes(p, 0, layout.size());
                }
                p
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if layout.align() <= MALLOC_ALIGN {
                return sys::realloc(ptr.cast(), new_size).cast();
            }
            let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    match info.location() {
        Some(loc) => eprintln!("panicked at {}:{}:{}: {}", loc.file(), loc.line(), loc.column(), info.message()),
        None => eprintln!("panicked: {}", info.message()),
    }
    exit(101)
}

/// Cycles the guest has executed so far (the runtime's `zk_cycle_count`): the
/// difference of two readings is the exact cost, in cycles, of the code between them.
pub fn cycle_count() -> u64 {
    unsafe extern "C" {
        fn zk_cycle_count() -> u64;
    }
    // SAFETY: the runtime's `zk_cycle_count` takes nothing and only reads the counter.
    unsafe { zk_cycle_count() }
}

/// Runs `f` inside a cycle span named `name`: `zkvm run --profile` and `--profile-folded`
/// show the cycles it takes as a frame `span:NAME` under the calling function.
///
/// A span marker is one `write` to a descriptor that the executor ignores unless it is
/// profiling (about two cycles each): the proven statement does not change, and a run
/// that is not profiled pays nothing else.
pub fn cycle_span<R>(name: &str, f: impl FnOnce() -> R) -> R {
    span_begin(name);
    let result = f();
    span_end();
    result
}

/// Opens a cycle span named `name` (read at once, so it need not outlive the call);
/// [`span_end`] closes it, and so does a return from the function that opened it.
/// Prefer [`cycle_span`], which cannot leave a span open.
pub fn span_begin(name: &str) {
    // Guest addresses fit in 32 bits; the length goes in the high half (a length of 0
    // would mean a NUL-terminated name, so an empty one points at a NUL).
    let marker = if name.is_empty() {
        b"\0".as_ptr() as u64
    } else {
        (name.as_ptr() as u64 & 0xffff_ffff) | ((name.len() as u64) << 32)
    };
    // SAFETY: zkcc compiles the call to one `write` instruction; it reads nothing.
    unsafe { span_marker(marker) }
}

/// Closes the innermost cycle span opened by [`span_begin`].
pub fn span_end() {
    // SAFETY: as in `span_begin`.
    unsafe { span_marker(0) }
}

unsafe extern "C" {
    /// zkcc's builtin: `write` of the whole value to the span descriptor.
    #[link_name = "__zkvm_span_marker"]
    fn span_marker(marker: u64);
}
