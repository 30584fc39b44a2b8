//! The versioned proof file.
//!
//! ```text
//! magic      8 bytes  "\0ZKPROOF"
//! version    u32      PROOF_VERSION
//! program    32 bytes program ID
//! exit code  u32
//! journal    u32 length, then the bytes
//! proof      u32 length, then the Winterfell proof bytes
//! ```
//! All integers little endian; nothing may follow the proof.

use isa_spec::ProgramId;

pub const PROOF_MAGIC: &[u8; 8] = b"\0ZKPROOF";
/// Version 2: BLAKE3-192 commitments (version 1 used BLAKE3-256).
pub const PROOF_VERSION: u32 = 2;

/// A proof with its public statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProofFile {
    pub program_id: ProgramId,
    pub exit_code: u32,
    pub journal: Vec<u8>,
    /// Serialized `winterfell::Proof`.
    pub proof: Vec<u8>,
}

/// Why a proof file was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofFileError {
    #[error("not a zkvm proof file (bad magic)")]
    BadMagic,
    #[error("unsupported proof file version {0} (this build reads version {PROOF_VERSION})")]
    Version(u32),
    #[error("truncated proof file")]
    Truncated,
    #[error("{0} trailing bytes after the proof")]
    Trailing(usize),
}

impl ProofFile {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(60 + self.journal.len() + self.proof.len());
        out.extend(PROOF_MAGIC);
        out.extend(PROOF_VERSION.to_le_bytes());
        out.extend(self.program_id.0);
        out.extend(self.exit_code.to_le_bytes());
        out.extend((self.journal.len() as u32).to_le_bytes());
        out.extend(&self.journal);
        out.extend((self.proof.len() as u32).to_le_bytes());
        out.extend(&self.proof);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ProofFile, ProofFileError> {
        let mut pos = 0usize;
        let mut take = |n: usize| -> Result<&[u8], ProofFileError> {
            let end = pos.checked_add(n).filter(|&e| e <= bytes.len()).ok_or(ProofFileError::Truncated)?;
            let out = &bytes[pos..end];
            pos = end;
            Ok(out)
        };
        if take(8)? != PROOF_MAGIC {
            return Err(ProofFileError::BadMagic);
        }
        let u32_at = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap());
        let version = u32_at(take(4)?);
        if version != PROOF_VERSION {
            return Err(ProofFileError::Version(version));
        }
        let program_id = ProgramId(take(32)?.try_into().unwrap());
        let exit_code = u32_at(take(4)?);
        let journal_len = u32_at(take(4)?) as usize;
        let journal = take(journal_len)?.to_vec();
        let proof_len = u32_at(take(4)?) as usize;
        let proof = take(proof_len)?.to_vec();
        if pos != bytes.len() {
            return Err(ProofFileError::Trailing(bytes.len() - pos));
        }
        Ok(ProofFile { program_id, exit_code, journal, proof })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_every_truncation() {
        let file =
            ProofFile { program_id: ProgramId([7; 32]), exit_code: 3, journal: b"hi".to_vec(), proof: vec![1, 2, 3] };
        let bytes = file.to_bytes();
        assert_eq!(ProofFile::from_bytes(&bytes), Ok(file));
        for len in 0..bytes.len() {
            assert!(ProofFile::from_bytes(&bytes[..len]).is_err());
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(ProofFile::from_bytes(&longer), Err(ProofFileError::Trailing(1)));
        let mut bad = bytes;
        bad[0] = 1;
        assert_eq!(ProofFile::from_bytes(&bad), Err(ProofFileError::BadMagic));
    }
}
