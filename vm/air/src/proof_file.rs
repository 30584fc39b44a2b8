//! The versioned proof file.
//!
//! ```text
//! magic      8 bytes  "\0ZKPROOF"
//! version    u32      PROOF_VERSION
//! program    32 bytes program ID
//! image      u32 length (0: none), then the program as a `.zkbin` without symbols
//!            (what the program ID hashes; it must hash to the ID above)
//! exit code  u32
//! journal    u32 length, then the bytes
//! kind       u8       0: one trace, 1: segments, 2: dev mode (no proof; nothing follows)
//! one trace  u32 length, then the Winterfell proof bytes
//! segments   u32 count, then per segment:
//!              end state: pc u32, fp u32, journal length u32, eof u8
//!              handoff sum: 2 x u64 (an element of the quadratic extension)
//!              execution proof, handoff proof: u32 length, then the bytes, each
//!            u32 count of final-memory proofs, then per proof:
//!              first address u32, last address u32, handoff sum 2 x u64, u32 length + bytes
//! ```
//! All integers little endian; nothing may follow the last proof.
//!
//! The verifier rebuilds the program ROM and the initial memory from the code and data.
//! A file that carries the image (`zkvm prove --embed-program`) can be checked by a
//! verifier that holds only the 32-byte ID (hash the image, compare, verify against
//! it); without it, which keeps proofs of large programs small, the verifier needs the
//! `.zkbin`.

use isa_spec::{Program, ProgramId};

use crate::segment::Boundary;

pub const PROOF_MAGIC: &[u8; 8] = b"\0ZKPROOF";
/// Version 5: salted openings (a salt flag in every batch opening) and hiding proofs
/// (version 4 added the program image and dev-mode receipts; version 3 segmented proofs
/// and the claim column of the execution trace; version 2 BLAKE3-192 commitments and one
/// trace; version 1 BLAKE3-256).
pub const PROOF_VERSION: u32 = 5;

/// A proof with its public statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProofFile {
    pub program_id: ProgramId,
    /// The program the proof is about, without symbols, if the file carries it; a
    /// parsed file's image hashes to `program_id` (the verifier checks it again).
    pub image: Option<Program>,
    pub exit_code: u32,
    pub journal: Vec<u8>,
    pub body: ProofBody,
}

/// The proof proper: one trace, or a run cut into segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProofBody {
    /// Serialized `winterfell::Proof` of the whole run.
    Single(Vec<u8>),
    Segmented(Segments),
    /// No proof: the program was executed without proving (dev mode). The statement is
    /// only what the executor reported; every verifier refuses it.
    DevMode,
}

/// A segmented proof: the segments in order, then the final memory in stretches of
/// increasing addresses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segments {
    pub segments: Vec<SegmentProof>,
    pub finals: Vec<FinalProof>,
}

/// One segment: its execution proof and the handoff proof of its memory boundary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentProof {
    /// Where the segment ends (the next one starts there).
    pub end: Boundary,
    /// The handoff proof's share of the run-wide bus, as the two coordinates of an
    /// element of the quadratic extension.
    pub sum: [u64; 2],
    pub execution: Vec<u8>,
    pub handoff: Vec<u8>,
}

/// A stretch of the final memory, addresses `first..=last`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinalProof {
    pub first: u32,
    pub last: u32,
    pub sum: [u64; 2],
    pub proof: Vec<u8>,
}

/// Why a proof file was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofFileError {
    #[error("not a zkvm proof file (bad magic)")]
    BadMagic,
    #[error("not a zkvm part file (bad magic)")]
    BadPartMagic,
    #[error("unsupported proof file version {0} (this build reads version {PROOF_VERSION})")]
    Version(u32),
    #[error("truncated proof file")]
    Truncated,
    #[error("{0} trailing bytes after the proof")]
    Trailing(usize),
    #[error("unknown proof kind {0}")]
    Kind(u8),
    #[error("invalid end-of-input flag {0}")]
    Flag(u8),
    #[error("the embedded program is not a valid image: {0}")]
    Image(String),
    #[error("the embedded program does not hash to the proof's program ID")]
    ImageId,
}

impl ProofFile {
    /// A file for `program`'s statement, without its image.
    pub fn new(program: &Program, exit_code: u32, journal: Vec<u8>, body: ProofBody) -> ProofFile {
        ProofFile { program_id: program.program_id(), image: None, exit_code, journal, body }
    }

    /// The file with `program`'s image (without its symbols), so that it verifies by ID.
    pub fn with_image(self, program: &Program) -> ProofFile {
        ProofFile { image: Some(Program { symbols: Vec::new(), ..program.clone() }), ..self }
    }

    /// The proof of a single-trace file.
    pub fn single(&self) -> Option<&[u8]> {
        match &self.body {
            ProofBody::Single(p) => Some(p),
            ProofBody::Segmented(_) | ProofBody::DevMode => None,
        }
    }

    /// Whether this is a dev-mode receipt (no proof at all).
    pub fn is_dev_mode(&self) -> bool {
        self.body == ProofBody::DevMode
    }

    /// The file with each Winterfell proof cut down to what its prover fixed before the
    /// proof-of-work search: the context, every commitment and the out-of-domain frame.
    /// Winterfell searches the nonce in parallel and keeps the first one found, so two
    /// proofs of the same traces (and seed) may differ in the nonce and in the queries it
    /// draws, never in this. `None` if a proof does not parse.
    pub fn commitments(&self) -> Option<Vec<u8>> {
        use winter_utils::Serializable;
        let cut = |bytes: &Vec<u8>| -> Option<Vec<u8>> {
            let proof = winterfell::Proof::from_bytes(bytes).ok()?;
            let mut out = proof.context.to_bytes();
            proof.commitments.write_into(&mut out);
            proof.ood_frame.write_into(&mut out);
            Some(out)
        };
        let body = match &self.body {
            ProofBody::Single(p) => ProofBody::Single(cut(p)?),
            ProofBody::Segmented(s) => ProofBody::Segmented(Segments {
                segments: s
                    .segments
                    .iter()
                    .map(|seg| {
                        Some(SegmentProof {
                            execution: cut(&seg.execution)?,
                            handoff: cut(&seg.handoff)?,
                            ..seg.clone()
                        })
                    })
                    .collect::<Option<_>>()?,
                finals: s
                    .finals
                    .iter()
                    .map(|f| Some(FinalProof { proof: cut(&f.proof)?, ..f.clone() }))
                    .collect::<Option<_>>()?,
            }),
            ProofBody::DevMode => ProofBody::DevMode,
        };
        Some(ProofFile { body, ..self.clone() }.to_bytes())
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = header(PROOF_MAGIC, self.program_id);
        put_bytes(&mut out, &self.image.as_ref().map(Program::image_bytes).unwrap_or_default());
        out.extend(self.exit_code.to_le_bytes());
        put_bytes(&mut out, &self.journal);
        match &self.body {
            ProofBody::Single(proof) => {
                out.push(0);
                put_bytes(&mut out, proof);
            }
            ProofBody::Segmented(s) => {
                out.push(1);
                out.extend((s.segments.len() as u32).to_le_bytes());
                s.segments.iter().for_each(|seg| seg.write(&mut out));
                out.extend((s.finals.len() as u32).to_le_bytes());
                s.finals.iter().for_each(|f| f.write(&mut out));
            }
            ProofBody::DevMode => out.push(2),
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ProofFile, ProofFileError> {
        let mut r = Reader { bytes, pos: 0 };
        let program_id = r.header(PROOF_MAGIC, ProofFileError::BadMagic)?;
        let image = match r.take_bytes()? {
            [] => None,
            bytes => {
                let image = Program::from_bytes(bytes).map_err(|e| ProofFileError::Image(e.to_string()))?;
                // One encoding per file: symbols would be ignored, so they may not be there.
                if !image.symbols.is_empty() {
                    return Err(ProofFileError::Image("it has symbols".into()));
                }
                if image.program_id() != program_id {
                    return Err(ProofFileError::ImageId);
                }
                Some(image)
            }
        };
        let exit_code = r.u32()?;
        let journal = r.bytes()?;
        let body = match r.u8()? {
            0 => ProofBody::Single(r.bytes()?),
            1 => {
                let mut s = Segments::default();
                for _ in 0..r.count(SegmentProof::MIN_BYTES)? {
                    s.segments.push(SegmentProof::read(&mut r)?);
                }
                for _ in 0..r.count(FinalProof::MIN_BYTES)? {
                    s.finals.push(FinalProof::read(&mut r)?);
                }
                ProofBody::Segmented(s)
            }
            2 => ProofBody::DevMode,
            k => return Err(ProofFileError::Kind(k)),
        };
        if r.pos != bytes.len() {
            return Err(ProofFileError::Trailing(bytes.len() - r.pos));
        }
        Ok(ProofFile { program_id, image, exit_code, journal, body })
    }
}

impl SegmentProof {
    const MIN_BYTES: usize = 4 * 3 + 1 + 16 + 8;

    fn write(&self, out: &mut Vec<u8>) {
        for v in [self.end.pc, self.end.fp, self.end.journal_len] {
            out.extend(v.to_le_bytes());
        }
        out.push(self.end.eof as u8);
        self.sum.iter().for_each(|v| out.extend(v.to_le_bytes()));
        put_bytes(out, &self.execution);
        put_bytes(out, &self.handoff);
    }

    fn read(r: &mut Reader) -> Result<SegmentProof, ProofFileError> {
        let (pc, fp, journal_len) = (r.u32()?, r.u32()?, r.u32()?);
        let eof = match r.u8()? {
            b @ 0..=1 => b == 1,
            b => return Err(ProofFileError::Flag(b)),
        };
        let sum = [r.u64()?, r.u64()?];
        let (execution, handoff) = (r.bytes()?, r.bytes()?);
        Ok(SegmentProof { end: Boundary { pc, fp, journal_len, eof }, sum, execution, handoff })
    }
}

impl FinalProof {
    const MIN_BYTES: usize = 4 * 2 + 16 + 4;

    fn write(&self, out: &mut Vec<u8>) {
        out.extend(self.first.to_le_bytes());
        out.extend(self.last.to_le_bytes());
        self.sum.iter().for_each(|v| out.extend(v.to_le_bytes()));
        put_bytes(out, &self.proof);
    }

    fn read(r: &mut Reader) -> Result<FinalProof, ProofFileError> {
        let (first, last, sum) = (r.u32()?, r.u32()?, [r.u64()?, r.u64()?]);
        Ok(FinalProof { first, last, sum, proof: r.bytes()? })
    }
}

pub const PART_MAGIC: &[u8; 8] = b"\0ZKPARTS";

/// One independently proven part of a segmented proof, as a file (what a worker sends
/// back):
/// ```text
/// magic 8 bytes "\0ZKPARTS", version u32 (PROOF_VERSION), program ID 32 bytes,
/// kind u8 (0: segment, 1: final-memory stretch), index u32, then the part as in a proof file
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartFile {
    pub program_id: ProgramId,
    pub proof: PartProof,
}

/// One part of a segmented proof that can be proven on its own, by another process or
/// machine: a segment (its execution and handoff proofs) or a stretch of the final
/// memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Segment(u32),
    Final(u32),
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Part::Segment(k) => write!(f, "segment:{k}"),
            Part::Final(k) => write!(f, "final:{k}"),
        }
    }
}

impl std::str::FromStr for Part {
    type Err = String;

    /// `segment:K` or `final:K`, as [`Display`](std::fmt::Display) writes them.
    fn from_str(s: &str) -> Result<Part, String> {
        let bad = || format!("`{s}` is not a part: segment:K or final:K");
        let (kind, k) = s.split_once(':').ok_or_else(bad)?;
        let k: u32 = k.parse().map_err(|_| bad())?;
        match kind {
            "segment" => Ok(Part::Segment(k)),
            "final" => Ok(Part::Final(k)),
            _ => Err(bad()),
        }
    }
}

/// A proven part: segment `k`'s proofs, or those of stretch `k` of the final memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartProof {
    Segment(u32, SegmentProof),
    Final(u32, FinalProof),
}

impl PartProof {
    pub fn part(&self) -> Part {
        match self {
            PartProof::Segment(k, _) => Part::Segment(*k),
            PartProof::Final(k, _) => Part::Final(*k),
        }
    }
}

impl PartFile {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = header(PART_MAGIC, self.program_id);
        match &self.proof {
            PartProof::Segment(k, s) => {
                out.push(0);
                out.extend(k.to_le_bytes());
                s.write(&mut out);
            }
            PartProof::Final(k, f) => {
                out.push(1);
                out.extend(k.to_le_bytes());
                f.write(&mut out);
            }
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<PartFile, ProofFileError> {
        let mut r = Reader { bytes, pos: 0 };
        let program_id = r.header(PART_MAGIC, ProofFileError::BadPartMagic)?;
        let proof = match (r.u8()?, r.u32()?) {
            (0, k) => PartProof::Segment(k, SegmentProof::read(&mut r)?),
            (1, k) => PartProof::Final(k, FinalProof::read(&mut r)?),
            (kind, _) => return Err(ProofFileError::Kind(kind)),
        };
        if r.pos != bytes.len() {
            return Err(ProofFileError::Trailing(bytes.len() - r.pos));
        }
        Ok(PartFile { program_id, proof })
    }
}

/// What proof and part files start with: magic, version, program ID.
fn header(magic: &[u8; 8], program_id: ProgramId) -> Vec<u8> {
    let mut out = magic.to_vec();
    out.extend(PROOF_VERSION.to_le_bytes());
    out.extend(program_id.0);
    out
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend((bytes.len() as u32).to_le_bytes());
    out.extend(bytes);
}

/// A strict reader: every length is checked against the bytes that remain before
/// anything is allocated.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// The [`header`]: `bad_magic` unless it starts with `magic`, then the version, which
    /// must be this build's; returns the program ID.
    fn header(&mut self, magic: &[u8; 8], bad_magic: ProofFileError) -> Result<ProgramId, ProofFileError> {
        if self.take(8)? != magic {
            return Err(bad_magic);
        }
        let version = self.u32()?;
        if version != PROOF_VERSION {
            return Err(ProofFileError::Version(version));
        }
        Ok(ProgramId(self.take(32)?.try_into().unwrap()))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ProofFileError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(ProofFileError::Truncated)?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, ProofFileError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, ProofFileError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }

    fn u64(&mut self) -> Result<u64, ProofFileError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }

    fn bytes(&mut self) -> Result<Vec<u8>, ProofFileError> {
        Ok(self.take_bytes()?.to_vec())
    }

    /// A u32 length, then that many bytes.
    fn take_bytes(&mut self) -> Result<&'a [u8], ProofFileError> {
        let len = self.u32()? as usize;
        self.take(len)
    }

    /// A count of records of at least `min_bytes` each, bounded by the bytes left.
    fn count(&mut self, min_bytes: usize) -> Result<usize, ProofFileError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_bytes) > self.bytes.len() - self.pos {
            return Err(ProofFileError::Truncated);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program() -> Program {
        isa_spec::asm::assemble(".func \"_start\"\n    li s1, 3\n    halt s1\n").unwrap()
    }

    /// Where the exit code starts: after the header and the image.
    fn after_image(file: &ProofFile) -> usize {
        8 + 4 + 32 + 4 + file.image.as_ref().map_or(0, |p| p.image_bytes().len())
    }

    #[test]
    fn round_trip_and_every_truncation() {
        let program = program();
        assert!(!program.symbols.is_empty());
        let bare = ProofFile::new(&program, 3, b"hi".to_vec(), ProofBody::Single(vec![1, 2, 3]));
        assert_eq!(bare.image, None);
        let file = bare.clone().with_image(&program);
        let image = file.image.as_ref().unwrap();
        assert!(image.symbols.is_empty() && image.same_image(&program));
        assert_eq!(file.program_id, program.program_id());
        // Without the image, the file is the image's bytes shorter.
        assert_eq!(file.to_bytes().len() - bare.to_bytes().len(), image.image_bytes().len());
        for file in [bare, file] {
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

    /// Older versions (without the image) are refused by version, before anything else.
    #[test]
    fn other_versions_are_refused_by_number() {
        let file = ProofFile::new(&program(), 0, vec![], ProofBody::DevMode);
        for version in [1u32, 2, 3, 4, 6, u32::MAX] {
            let mut bytes = file.to_bytes();
            bytes[8..12].copy_from_slice(&version.to_le_bytes());
            let err = ProofFile::from_bytes(&bytes).unwrap_err();
            assert_eq!(err, ProofFileError::Version(version));
            assert_eq!(
                err.to_string(),
                format!("unsupported proof file version {version} (this build reads version 5)")
            );
        }
    }

    /// The image must be a strict `.zkbin` without symbols that hashes to the ID.
    #[test]
    fn the_image_must_match_the_id() {
        let program = program();
        let file = ProofFile::new(&program, 0, vec![], ProofBody::Single(vec![9])).with_image(&program);
        let bytes = file.to_bytes();
        let mut wrong_id = bytes.clone();
        wrong_id[12] ^= 1;
        assert_eq!(ProofFile::from_bytes(&wrong_id), Err(ProofFileError::ImageId));
        // Another valid image under the same ID.
        let mut other = file.clone();
        other.image.as_mut().unwrap().code[0].imm += 1;
        assert_eq!(ProofFile::from_bytes(&other.to_bytes()), Err(ProofFileError::ImageId));
        // Symbols, or a damaged image.
        let mut b = bytes[..44].to_vec();
        let full = program.to_bytes();
        b.extend((full.len() as u32).to_le_bytes());
        b.extend(&full);
        b.extend(&bytes[after_image(&file)..]);
        assert_eq!(ProofFile::from_bytes(&b), Err(ProofFileError::Image("it has symbols".into())));
        let mut damaged = bytes;
        damaged[44 + 4] ^= 0xff;
        assert!(matches!(ProofFile::from_bytes(&damaged), Err(ProofFileError::Image(m)) if m.contains("magic")));
    }

    #[test]
    fn dev_mode_round_trips_and_has_nothing_after_its_tag() {
        let file = ProofFile::new(&program(), 7, b"j".to_vec(), ProofBody::DevMode);
        assert!(file.is_dev_mode() && file.single().is_none());
        let bytes = file.to_bytes();
        assert_eq!(bytes[bytes.len() - 1], 2);
        assert_eq!(ProofFile::from_bytes(&bytes), Ok(file));
        let mut longer = bytes.clone();
        longer.extend([0, 0, 0, 0]);
        assert_eq!(ProofFile::from_bytes(&longer), Err(ProofFileError::Trailing(4)));
        let mut unknown = bytes;
        *unknown.last_mut().unwrap() = 3;
        assert_eq!(ProofFile::from_bytes(&unknown), Err(ProofFileError::Kind(3)));
    }

    #[test]
    fn part_files_round_trip_and_every_truncation() {
        let seg = SegmentProof {
            end: Boundary { pc: 3, fp: 0x4000_0000, journal_len: 2, eof: true },
            sum: [1, 2],
            execution: vec![7; 5],
            handoff: vec![8; 3],
        };
        let fin = FinalProof { first: 8, last: 64, sum: [3, 4], proof: vec![2; 5] };
        for proof in [PartProof::Segment(4, seg), PartProof::Final(1, fin)] {
            let file = PartFile { program_id: program().program_id(), proof };
            let bytes = file.to_bytes();
            assert_eq!(PartFile::from_bytes(&bytes), Ok(file.clone()));
            for len in 0..bytes.len() {
                assert!(PartFile::from_bytes(&bytes[..len]).is_err(), "prefix {len}");
            }
            let mut kind = bytes.clone();
            kind[44] = 2;
            assert_eq!(PartFile::from_bytes(&kind), Err(ProofFileError::Kind(2)));
            let mut longer = bytes.clone();
            longer.push(0);
            assert_eq!(PartFile::from_bytes(&longer), Err(ProofFileError::Trailing(1)));
        }
        assert_eq!(
            PartFile::from_bytes(&ProofFile::new(&program(), 0, vec![], ProofBody::DevMode).to_bytes()),
            Err(ProofFileError::BadPartMagic)
        );
        for (text, part) in [("segment:0", Part::Segment(0)), ("final:12", Part::Final(12))] {
            assert_eq!(text.parse::<Part>(), Ok(part));
            assert_eq!(part.to_string(), text);
        }
        for bad in ["segment", "segment:", "final:-1", "page:1", "segment:1:2"] {
            assert!(bad.parse::<Part>().is_err(), "{bad}");
        }
    }

    #[test]
    fn segmented_round_trip_and_every_truncation() {
        let seg = |k: u32| SegmentProof {
            end: Boundary { pc: k, fp: 0x4000_0000, journal_len: 2 * k, eof: k % 2 == 1 },
            sum: [k as u64, 9],
            execution: vec![k as u8; 3],
            handoff: vec![1; k as usize],
        };
        let file = ProofFile::new(
            &program(),
            0,
            vec![5; 4],
            ProofBody::Segmented(Segments {
                segments: vec![seg(0), seg(1), seg(2)],
                finals: vec![FinalProof { first: 8, last: 64, sum: [3, 4], proof: vec![2; 5] }],
            }),
        )
        .with_image(&program());
        let bytes = file.to_bytes();
        assert_eq!(ProofFile::from_bytes(&bytes), Ok(file.clone()));
        for len in 0..bytes.len() {
            assert!(ProofFile::from_bytes(&bytes[..len]).is_err(), "prefix {len}");
        }
        let segments_at = after_image(&file) + 4 + 4 + 4 + 1;
        let mut bad_flag = bytes.clone();
        bad_flag[segments_at + 4 + 12] = 2;
        assert_eq!(ProofFile::from_bytes(&bad_flag), Err(ProofFileError::Flag(2)));
        let mut huge = bytes;
        huge[segments_at..][..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(ProofFile::from_bytes(&huge), Err(ProofFileError::Truncated));
    }
}
