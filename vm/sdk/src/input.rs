//! The private input a host hands to a guest.

use serde::Serialize;

use crate::Error;

/// The guest's private input stream, built value by value.
///
/// [`write`](Input::write) appends one *frame*: the value's postcard encoding preceded by
/// its length as a `u32` little endian; the guest's `read::<T>()` consumes exactly one
/// frame. [`write_slice`](Input::write_slice) appends raw bytes for the guest's
/// `read_slice`/`read_vec`. The guest reads everything in the order it was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    bytes: Vec<u8>,
}

impl Input {
    pub fn new() -> Input {
        Input::default()
    }

    /// Appends a typed value (one frame) for the guest's `read::<T>()`.
    pub fn write<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<&mut Input, Error> {
        let encoded = postcard::to_allocvec(value).map_err(Error::Encode)?;
        let len = u32::try_from(encoded.len()).map_err(|_| Error::Encode(postcard::Error::SerializeBufferFull))?;
        self.bytes.extend(len.to_le_bytes());
        self.bytes.extend(encoded);
        Ok(self)
    }

    /// Appends raw bytes for the guest's `read_slice`/`read_vec`.
    pub fn write_slice(&mut self, bytes: &[u8]) -> &mut Input {
        self.bytes.extend_from_slice(bytes);
        self
    }

    /// The input stream as the guest sees it (what `zkvm run --input FILE` takes).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl From<Vec<u8>> for Input {
    fn from(bytes: Vec<u8>) -> Input {
        Input { bytes }
    }
}
