//! SHA-256 (FIPS 180-4): the compression function, a one-shot [`digest`] and an
//! incremental [`Sha256`] hasher.
//!
//! Plain Rust that zkcc compiles to the VM's SHA-256 instructions: each of Σ0, Σ1, σ0
//! and σ1 becomes one `sha256sum`/`sha256sig`, and the rounds are unrolled so that the
//! working variables are renamed rather than copied from round to round (about 1,400
//! cycles per 64-byte block). The `sha2` crate gets the same instructions through zkcc's
//! recognition of its code, so this module is for guests that would rather not depend
//! on it; both give the same digests.

/// The round constants.
const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

/// The initial hash value.
pub const H0: [u32; 8] =
    [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

fn sum0(x: u32) -> u32 {
    x.rotate_right(2) ^ x.rotate_right(13) ^ x.rotate_right(22)
}

fn sum1(x: u32) -> u32 {
    x.rotate_right(6) ^ x.rotate_right(11) ^ x.rotate_right(25)
}

fn sig0(x: u32) -> u32 {
    x.rotate_right(7) ^ x.rotate_right(18) ^ (x >> 3)
}

fn sig1(x: u32) -> u32 {
    x.rotate_right(17) ^ x.rotate_right(19) ^ (x >> 10)
}

fn ch(x: u32, y: u32, z: u32) -> u32 {
    z ^ (x & (y ^ z))
}

/// `x ^ y` here is `y ^ z` of the next round, where `x` and `y` have moved on to `y` and
/// `z`: LLVM computes it once.
fn maj(x: u32, y: u32, z: u32) -> u32 {
    y ^ ((x ^ y) & (y ^ z))
}

/// Round `i` with the working variables `v` named `a`..`h` by the indices given: the
/// schedule word `w[i % 16]` comes from the block in rounds 0-15, then is extended in
/// place.
macro_rules! round {
    ($v:ident, $w:ident, $block:ident, $i:expr, $a:literal, $b:literal, $c:literal, $d:literal, $e:literal, $f:literal, $g:literal, $h:literal) => {{
        let i: usize = $i;
        if i < 16 {
            $w[i] = u32::from_be_bytes([$block[4 * i], $block[4 * i + 1], $block[4 * i + 2], $block[4 * i + 3]]);
        } else {
            $w[i % 16] = $w[i % 16]
                .wrapping_add(sig1($w[(i - 2) % 16]))
                .wrapping_add($w[(i - 7) % 16])
                .wrapping_add(sig0($w[(i - 15) % 16]));
        }
        let t1 = $v[$h]
            .wrapping_add(sum1($v[$e]))
            .wrapping_add(ch($v[$e], $v[$f], $v[$g]))
            .wrapping_add(K[i])
            .wrapping_add($w[i % 16]);
        $v[$d] = $v[$d].wrapping_add(t1);
        $v[$h] = t1.wrapping_add(sum0($v[$a])).wrapping_add(maj($v[$a], $v[$b], $v[$c]));
    }};
}

/// Eight rounds from round `i`, after which the names are back where they started.
macro_rules! rounds8 {
    ($v:ident, $w:ident, $block:ident, $i:expr) => {
        round!($v, $w, $block, $i, 0, 1, 2, 3, 4, 5, 6, 7);
        round!($v, $w, $block, $i + 1, 7, 0, 1, 2, 3, 4, 5, 6);
        round!($v, $w, $block, $i + 2, 6, 7, 0, 1, 2, 3, 4, 5);
        round!($v, $w, $block, $i + 3, 5, 6, 7, 0, 1, 2, 3, 4);
        round!($v, $w, $block, $i + 4, 4, 5, 6, 7, 0, 1, 2, 3);
        round!($v, $w, $block, $i + 5, 3, 4, 5, 6, 7, 0, 1, 2);
        round!($v, $w, $block, $i + 6, 2, 3, 4, 5, 6, 7, 0, 1);
        round!($v, $w, $block, $i + 7, 1, 2, 3, 4, 5, 6, 7, 0);
    };
}

/// Compresses one 64-byte block into `state` (start from [`H0`] for a new message).
pub fn compress(state: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 16];
    let mut v = *state;
    rounds8!(v, w, block, 0);
    rounds8!(v, w, block, 8);
    rounds8!(v, w, block, 16);
    rounds8!(v, w, block, 24);
    rounds8!(v, w, block, 32);
    rounds8!(v, w, block, 40);
    rounds8!(v, w, block, 48);
    rounds8!(v, w, block, 56);
    for (s, x) in state.iter_mut().zip(v) {
        *s = s.wrapping_add(x);
    }
}

/// The SHA-256 digest of `data`.
pub fn digest(data: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(data);
    h.finalize()
}

/// An incremental SHA-256 hasher.
#[derive(Clone, Debug)]
pub struct Sha256 {
    state: [u32; 8],
    /// The bytes of a block not yet complete.
    buf: [u8; 64],
    /// Bytes hashed so far.
    len: u64,
}

impl Default for Sha256 {
    fn default() -> Self {
        Self::new()
    }
}

impl Sha256 {
    pub fn new() -> Self {
        Sha256 { state: H0, buf: [0; 64], len: 0 }
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, mut data: &[u8]) {
        let used = (self.len % 64) as usize;
        self.len += data.len() as u64;
        if used > 0 {
            let n = data.len().min(64 - used);
            self.buf[used..used + n].copy_from_slice(&data[..n]);
            data = &data[n..];
            if used + n < 64 {
                return;
            }
            compress(&mut self.state, &self.buf);
        }
        let mut blocks = data.chunks_exact(64);
        for block in &mut blocks {
            compress(&mut self.state, block.try_into().expect("a 64-byte chunk"));
        }
        let rest = blocks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
    }

    /// The digest of the message: the padding (0x80, zeros, the length in bits,
    /// big-endian) completes the last block, or needs one more when fewer than 9 bytes
    /// of it are free.
    pub fn finalize(mut self) -> [u8; 32] {
        let used = (self.len % 64) as usize;
        self.buf[used] = 0x80;
        self.buf[used + 1..].fill(0);
        if used + 9 > 64 {
            compress(&mut self.state, &self.buf);
            self.buf = [0; 64];
        }
        self.buf[56..].copy_from_slice(&(self.len * 8).to_be_bytes());
        compress(&mut self.state, &self.buf);
        let mut out = [0u8; 32];
        for (bytes, word) in out.chunks_exact_mut(4).zip(self.state) {
            bytes.copy_from_slice(&word.to_be_bytes());
        }
        out
    }
}
