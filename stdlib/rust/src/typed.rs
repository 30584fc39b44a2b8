//! Typed private input and journal, in the one serialisation format that guest and host
//! share: [postcard](https://docs.rs/postcard) 1.x, whose wire format is specified and
//! stable, compact (varint integers, no field names) and `no_std`.
//!
//! - Input: the host writes each typed value as a *frame*, a `u32` little-endian byte
//!   length followed by that many bytes of postcard. [`read`] consumes exactly one frame,
//!   so typed reads and raw [`read_slice`](crate::read_slice) reads can be interleaved in
//!   the order the host wrote them. The length is needed because the guest pulls the
//!   input as a stream and must not read past the value.
//! - Journal: [`commit`] appends the value's postcard bytes with no framing (postcard
//!   values delimit themselves given their type), so a journal holding one committed `T`
//!   is exactly `postcard::to_allocvec(&t)` and the host decodes committed values in
//!   order.

use alloc::vec::Vec;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// How much of a frame is read at a time.
const READ_CHUNK: usize = 64 << 10;

/// Reads the next typed value the host wrote to the private input.
///
/// Panics (exit status 101, with the message on stderr) when the input ends before the
/// frame does or when the frame does not decode as a `T`: in a guest a malformed input is
/// a failed run, which a verifier sees as exit code 101.
pub fn read<T: DeserializeOwned>() -> T {
    match try_read() {
        Ok(value) => value,
        Err(e) => panic!("zkvm_guest::read::<{}>: {e}", core::any::type_name::<T>()),
    }
}

/// [`read`] that returns an error instead of panicking.
pub fn try_read<T: DeserializeOwned>() -> Result<T, ReadError> {
    let mut len = [0u8; 4];
    let got = crate::read_slice(&mut len);
    if got == 0 {
        return Err(ReadError::EndOfInput);
    }
    if got < len.len() {
        return Err(ReadError::Truncated { expected: len.len(), got });
    }
    let len = u32::from_le_bytes(len) as usize;
    // The buffer grows with the bytes that arrive: a malformed length (up to 4 GiB) is a
    // truncated frame, not an allocation the heap cannot hold.
    let mut bytes = Vec::new();
    while bytes.len() < len {
        let start = bytes.len();
        let want = (len - start).min(READ_CHUNK);
        bytes.resize(start + want, 0);
        let got = crate::read_slice(&mut bytes[start..]);
        if got < want {
            return Err(ReadError::Truncated { expected: len, got: start + got });
        }
    }
    postcard::from_bytes(&bytes).map_err(ReadError::Decode)
}

/// Why [`try_read`] found no value.
#[derive(Debug)]
pub enum ReadError {
    /// The input was exhausted before the frame's length.
    EndOfInput,
    /// The input ended inside a frame.
    Truncated { expected: usize, got: usize },
    /// The frame's bytes are not a postcard encoding of the type asked for.
    Decode(postcard::Error),
}

impl core::fmt::Display for ReadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ReadError::EndOfInput => f.write_str("the input is exhausted"),
            ReadError::Truncated { expected, got } => {
                write!(f, "the input ends inside a frame ({got} of {expected} bytes)")
            }
            ReadError::Decode(e) => write!(f, "cannot decode the frame: {e}"),
        }
    }
}

/// Appends a typed value to the public journal (its postcard encoding, unframed).
pub fn commit<T: Serialize + ?Sized>(value: &T) {
    match postcard::to_allocvec(value) {
        Ok(bytes) => crate::commit_slice(&bytes),
        Err(e) => panic!("zkvm_guest::commit::<{}>: cannot encode: {e}", core::any::type_name::<T>()),
    }
}
