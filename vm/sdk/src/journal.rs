//! The public journal: what the guest committed, part of the proven statement.

use serde::de::DeserializeOwned;

use crate::Error;

/// The bytes a guest committed, in order. Each `commit(&T)` appended `T`'s postcard
/// encoding with no framing (postcard values delimit themselves given their type), so
/// the host decodes them with the same types in the same order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    pub bytes: Vec<u8>,
}

impl Journal {
    /// Decodes a journal that holds exactly one committed value.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, Error> {
        let mut reader = self.reader();
        let value = reader.read()?;
        match reader.remaining() {
            0 => Ok(value),
            n => Err(Error::TrailingJournal(n)),
        }
    }

    /// Decodes several committed values one after the other.
    pub fn reader(&self) -> JournalReader<'_> {
        JournalReader { rest: &self.bytes }
    }
}

/// Reads committed values from a [`Journal`] in order.
#[derive(Clone, Debug)]
pub struct JournalReader<'a> {
    rest: &'a [u8],
}

impl JournalReader<'_> {
    /// The next committed value.
    pub fn read<T: DeserializeOwned>(&mut self) -> Result<T, Error> {
        let (value, rest) = postcard::take_from_bytes(self.rest).map_err(Error::Decode)?;
        self.rest = rest;
        Ok(value)
    }

    /// Bytes not decoded yet.
    pub fn remaining(&self) -> usize {
        self.rest.len()
    }
}
