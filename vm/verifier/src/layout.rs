//! A walk over the byte layout of a serialized Winterfell 0.13 proof, run before
//! `Proof::from_bytes`. Winterfell's decoder trusts the file in two ways that a hostile
//! proof can exploit: it reserves memory for a length prefix before checking that the
//! bytes are there (a `Vec<u8>` claiming terabytes aborts the process, which no
//! `catch_unwind` can stop; the Merkle batch proofs inside the query blobs, which the
//! verifier decodes later, have the same flaw), and it builds `ProofOptions` with `ProofOptions::new`,
//! which panics on out-of-range values. This walk checks every length against the bytes
//! that remain and every option against Winterfell's ranges, so that the decoder only
//! ever sees proofs it can parse or refuse with an error.
//!
//! ```text
//! context   trace info: main width u8, aux width u8, aux rands u8, log2 length u8,
//!           meta u16 length + bytes; modulus u8 length + bytes; options 10 x u8;
//!           number of constraints (vint64)
//! queries   u8
//! commits   u16 length + bytes
//! trace     per segment (main, aux): values, paths (each vint64 length + bytes);
//!           paths hold a salted batch opening: salt flag u8 (0, or 1 then a vint64
//!           count + digests), then a batch Merkle proof: depth u8, vint64 number of
//!           node vectors, each a vint64 count + digests (`DIGEST_BYTES` each)
//! quotient  values, paths (likewise)
//! ood       u16 length + bytes, twice
//! fri       u8 layers, each u32 length (> 0) + values, u32 length + paths;
//!           remainder u16 length + bytes; partitions u8 (log2; must be 0)
//! nonce     u64
//! ```

use zkvm_air::DIGEST_BYTES;

/// Checks that `bytes` has the layout above, with `segments` trace segments.
pub fn check(bytes: &[u8], segments: usize) -> Result<(), String> {
    let mut r = Reader { bytes, pos: 0 };
    r.skip(4)?;
    let meta = r.u16()?;
    r.skip(meta)?;
    let modulus = r.u8()?;
    r.skip(modulus)?;
    check_options(r.take(10)?)?;
    r.vint()?;
    r.skip(1)?;
    let commitments = r.u16()?;
    r.skip(commitments)?;
    for _ in 0..segments + 1 {
        let values = r.vint()?;
        r.skip(values)?;
        let paths = r.vint()?;
        check_batch_proof(r.take_n(paths)?)?;
    }
    for _ in 0..2 {
        let len = r.u16()?;
        r.skip(len)?;
    }
    for _ in 0..r.u8()? {
        let values = r.u32()?;
        if values == 0 {
            return Err("empty FRI layer".into());
        }
        r.skip(values)?;
        let paths = r.u32()?;
        check_batch_proof(r.take_n(paths)?)?;
    }
    let remainder = r.u16()?;
    r.skip(remainder)?;
    // FRI partitions (log2): the prover's FRI layers are never partitioned. Winterfell
    // does not bind this byte by Fiat-Shamir, so any other value would let a prover
    // choose among leaf orderings after seeing the queries.
    let partitions = r.u8()?;
    if partitions != 0 {
        return Err(format!("FRI partitions 2^{partitions}: only unpartitioned FRI layers are accepted"));
    }
    r.skip(8)?;
    if r.pos != bytes.len() {
        return Err(format!("{} trailing bytes", bytes.len() - r.pos));
    }
    Ok(())
}

/// Checks the counts of a salted batch opening ([`zkvm_air::commit`]) against the
/// bytes it has.
fn check_batch_proof(bytes: &[u8]) -> Result<(), String> {
    let mut r = Reader { bytes, pos: 0 };
    match r.u8()? {
        0 => {}
        1 => {
            let salts = r.vint()?;
            r.skip(salts.checked_mul(DIGEST_BYTES as u64).ok_or("salt count out of range")?)?;
        }
        flag => return Err(format!("salt flag {flag}")),
    }
    r.skip(1)?;
    let vectors = r.vint()?;
    if vectors > bytes.len() as u64 {
        return Err(format!("{vectors} Merkle node vectors in {} bytes", bytes.len()));
    }
    for _ in 0..vectors {
        let digests = r.vint()?;
        r.skip(digests.checked_mul(DIGEST_BYTES as u64).ok_or("Merkle node count out of range")?)?;
    }
    Ok(())
}

/// The ranges `ProofOptions::new` and `with_partitions` assert.
fn check_options(o: &[u8]) -> Result<(), String> {
    let &[queries, blowup, grinding, _extension, folding, remainder, _, _, partitions, hash_rate] = o else {
        unreachable!("ten bytes")
    };
    let ok = queries > 0
        && blowup.is_power_of_two()
        && (2..=128).contains(&blowup)
        && grinding <= 32
        && folding.is_power_of_two()
        && (2..=16).contains(&folding)
        && (remainder as u16 + 1).is_power_of_two()
        && (1..=16).contains(&partitions)
        && hash_rate >= 1;
    if ok { Ok(()) } else { Err(format!("invalid proof options {o:?}")) }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("truncated STARK proof")?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn take_n(&mut self, n: impl TryInto<usize>) -> Result<&'a [u8], String> {
        self.take(n.try_into().map_err(|_| "length out of range")?)
    }

    fn skip(&mut self, n: impl TryInto<usize>) -> Result<(), String> {
        self.take_n(n).map(|_| ())
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }

    /// Winterfell's `usize` encoding (vint64): the number of trailing zeros of the first
    /// byte gives the length.
    fn vint(&mut self) -> Result<u64, String> {
        let first = *self.bytes.get(self.pos).ok_or("truncated STARK proof")?;
        let len = first.trailing_zeros() as usize + 1;
        if len == 9 {
            self.skip(1)?;
            return Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()));
        }
        let mut word = [0u8; 8];
        word[..len].copy_from_slice(self.take(len)?);
        Ok(u64::from_le_bytes(word) >> len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// vint64 of `n` in its 9-byte form.
    fn vint9(n: u64) -> Vec<u8> {
        let mut out = vec![0];
        out.extend(n.to_le_bytes());
        out
    }

    #[test]
    fn batch_proof_counts_are_bounded_by_the_bytes() {
        // Regression (fuzz target `proof`): a claimed 2^61 digests overflowed Winterfell's
        // allocation inside the STARK verifier.
        let mut ok = vec![0, 5];
        ok.extend(vint9(1));
        ok.extend(vint9(2));
        ok.extend([7; 2 * DIGEST_BYTES]);
        assert_eq!(check_batch_proof(&ok), Ok(()));
        assert!(check_batch_proof(&ok[..ok.len() - 1]).is_err());
        for (vectors, digests) in [(u64::MAX, 0), (1 << 40, 0), (1, 1 << 61), (1, u64::MAX), (1, 3)] {
            let mut bad = vec![0, 5];
            bad.extend(vint9(vectors));
            bad.extend(vint9(digests));
            bad.extend([7; 2 * DIGEST_BYTES]);
            assert!(check_batch_proof(&bad).is_err(), "{vectors} x {digests}");
        }
        // Salts (hiding proofs): counted like the nodes, and the flag is 0 or 1.
        let mut salted = vec![1];
        salted.extend(vint9(2));
        salted.extend([9; 2 * DIGEST_BYTES]);
        salted.extend(&ok[1..]);
        assert_eq!(check_batch_proof(&salted), Ok(()));
        for salts in [100, 1 << 61, u64::MAX] {
            let mut bad = vec![1];
            bad.extend(vint9(salts));
            bad.extend([9; 2 * DIGEST_BYTES]);
            bad.extend(&ok[1..]);
            assert!(check_batch_proof(&bad).is_err(), "{salts} salts");
        }
        let mut flag = ok.clone();
        flag[0] = 2;
        assert!(check_batch_proof(&flag).is_err());
    }
}
