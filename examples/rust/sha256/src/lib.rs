//! Guest: SHA-256 of the private input, committed to the journal and printed as hex.
#![no_std]

use sha2::{Digest, Sha256};

unsafe extern "C" {
    fn zk_read(buf: *mut u8, len: usize) -> usize;
    fn zk_commit(buf: *const u8, len: usize);
    fn putchar(c: i32) -> i32;
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let mut hasher = Sha256::new();
    let mut buf = [0u8; 256];
    loop {
        let n = unsafe { zk_read(buf.as_mut_ptr(), buf.len()) };
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    let digest = hasher.finalize();
    unsafe { zk_commit(digest.as_ptr(), digest.len()) };
    for byte in digest {
        for nibble in [byte >> 4, byte & 15] {
            let c = if nibble < 10 { b'0' + nibble } else { b'a' + nibble - 10 };
            unsafe { putchar(c as i32) };
        }
    }
    unsafe { putchar(b'\n' as i32) };
    0
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    unsafe extern "C" {
        fn abort() -> !;
    }
    unsafe { abort() }
}
