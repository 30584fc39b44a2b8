//! Length checks on a proof's encoded parts before Winterfell decodes them. Winterfell's
//! deserialisers reserve `Vec` capacity for whatever element count the bytes claim, so a
//! single flipped bit in a count aborts the process on a failed multi-petabyte
//! allocation (which `catch_unwind` cannot catch). Here every part is decoded once
//! through a reader that refuses any count larger than the bytes left; a proof that
//! passes decodes with the same, bounded counts inside Winterfell.

use winter_crypto::BatchMerkleProof;
use winter_utils::{ByteReader, Deserializable, DeserializationError, Serializable};
use winterfell::Proof;
use zkvm_air::Hasher;

/// A byte-slice reader whose lengths and counts never exceed the unread bytes (every
/// element of a vector takes at least one byte).
struct BoundedReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BoundedReader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        BoundedReader { bytes, pos: 0 }
    }

    fn left(&self) -> usize {
        self.bytes.len() - self.pos
    }
}

impl ByteReader for BoundedReader<'_> {
    fn read_u8(&mut self) -> Result<u8, DeserializationError> {
        let byte = self.peek_u8()?;
        self.pos += 1;
        Ok(byte)
    }

    fn peek_u8(&self) -> Result<u8, DeserializationError> {
        self.bytes.get(self.pos).copied().ok_or(DeserializationError::UnexpectedEOF)
    }

    fn read_slice(&mut self, len: usize) -> Result<&[u8], DeserializationError> {
        self.check_eor(len)?;
        let out = &self.bytes[self.pos..self.pos + len];
        self.pos += len;
        Ok(out)
    }

    fn read_array<const N: usize>(&mut self) -> Result<[u8; N], DeserializationError> {
        Ok(self.read_slice(N)?.try_into().unwrap())
    }

    fn check_eor(&self, num_bytes: usize) -> Result<(), DeserializationError> {
        if num_bytes <= self.left() { Ok(()) } else { Err(DeserializationError::UnexpectedEOF) }
    }

    fn has_more_bytes(&self) -> bool {
        self.left() > 0
    }

    fn read_usize(&mut self) -> Result<usize, DeserializationError> {
        let mut word = [0u8; 9];
        let len = (self.peek_u8()?.trailing_zeros() + 1).min(9) as usize;
        word[..len].copy_from_slice(self.read_slice(len)?);
        // The encoding winter-utils writes: the length in unary in the low bits of the
        // first byte, then the value (a 9-byte encoding holds the value in bytes 1..9).
        let value = if len == 9 {
            u64::from_le_bytes(word[1..].try_into().unwrap())
        } else {
            u64::from_le_bytes(word[..8].try_into().unwrap()) >> len
        };
        let value = usize::try_from(value).map_err(|_| DeserializationError::InvalidValue("count too large".into()))?;
        if value > self.left() {
            return Err(DeserializationError::InvalidValue(format!(
                "count {value} exceeds the {} bytes left",
                self.left()
            )));
        }
        Ok(value)
    }

    fn read_many<D: Deserializable>(&mut self, num_elements: usize) -> Result<Vec<D>, DeserializationError> {
        self.check_eor(num_elements)?;
        (0..num_elements).map(|_| D::read_from(self)).collect()
    }
}

/// Decodes the proof, its query openings and its FRI layers' openings with bounded
/// counts; returns the proof.
pub fn decode(bytes: &[u8]) -> Result<Proof, String> {
    let err = |e: DeserializationError| e.to_string();
    let mut reader = BoundedReader::new(bytes);
    let proof = Proof::read_from(&mut reader).map_err(err)?;
    if reader.has_more_bytes() {
        return Err(format!("{} trailing bytes", reader.left()));
    }
    let opening = |paths: &[u8]| BatchMerkleProof::<Hasher>::read_from(&mut BoundedReader::new(paths)).map(|_| ());
    // Queries encode as their value bytes, then the opening proof's bytes.
    for queries in proof.trace_queries.iter().chain([&proof.constraint_queries]) {
        let bytes = queries.to_bytes();
        let mut reader = BoundedReader::new(&bytes);
        let _values = Vec::<u8>::read_from(&mut reader).map_err(err)?;
        opening(&Vec::<u8>::read_from(&mut reader).map_err(err)?).map_err(err)?;
    }
    // FRI: a layer count, then per layer the value bytes and the opening proof's bytes,
    // each behind a u32 length.
    let fri = proof.fri_proof.to_bytes();
    let mut reader = BoundedReader::new(&fri);
    for _ in 0..reader.read_u8().map_err(err)? {
        let len = reader.read_u32().map_err(err)? as usize;
        reader.read_slice(len).map_err(err)?;
        let len = reader.read_u32().map_err(err)? as usize;
        opening(reader.read_slice(len).map_err(err)?).map_err(err)?;
    }
    Ok(proof)
}

#[cfg(test)]
mod tests {
    use super::*;
    use winter_utils::ByteWriter;

    /// A count of 2^50 digests (what one flipped bit in a proof produced) is refused
    /// instead of reserved.
    #[test]
    fn huge_counts_are_errors_not_aborts() {
        let mut bytes = Vec::new();
        bytes.write_u8(20);
        bytes.write_usize(1);
        bytes.write_usize(1 << 50);
        bytes.extend([0u8; 64]);
        assert!(BatchMerkleProof::<Hasher>::read_from(&mut BoundedReader::new(&bytes)).is_err());
        assert!(decode(&bytes).is_err());
        // Honest counts still decode.
        let mut ok = Vec::new();
        ok.write_usize(3);
        ok.extend([1u8, 2, 3]);
        assert_eq!(Vec::<u8>::read_from(&mut BoundedReader::new(&ok)).unwrap(), [1, 2, 3]);
        let mut nine = Vec::new();
        nine.write_usize(usize::MAX);
        assert!(BoundedReader::new(&nine).read_usize().is_err());
    }
}
