//! The `.zkbin` program format and the program ID.
//!
//! Layout (all integers little endian):
//! ```text
//! magic     8 bytes  "\0ZKBIN\r\n"
//! version   u32      FORMAT_VERSION
//! entry     u32      pc of the first instruction executed
//! code_len  u32      number of instructions, then code_len * 24 bytes of code
//! data_len  u32      bytes of initialised data at DATA_BASE, then the bytes
//! bss_len   u32      zero bytes that follow the data (the heap starts after them)
//! nsyms     u32      then per symbol: kind u8, start u32, end u32, len u16, UTF-8 name
//! ```
//! Nothing may follow the last symbol. The program ID hashes everything except the
//! symbols, which only serve diagnostics.

use crate::instruction::{DecodeError, INSTRUCTION_BYTES, Instruction};
use crate::layout::{CELL_BYTES, DATA_BASE, HEAP_END};

/// File magic.
pub const MAGIC: &[u8; 8] = b"\0ZKBIN\r\n";
/// Current format version.
pub const FORMAT_VERSION: u32 = 1;
/// Version of the instruction set; part of the program ID.
pub const ISA_VERSION: u32 = 1;

/// What a symbol names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    /// A function: `start..end` are code addresses.
    Function = 0,
    /// A data object: `start..end` are byte addresses.
    Object = 1,
}

/// A named range of code or data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub kind: SymbolKind,
    pub name: String,
    pub start: u32,
    pub end: u32,
}

/// A loaded program.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Program {
    pub entry: u32,
    pub code: Vec<Instruction>,
    /// Initialised data, placed at [`DATA_BASE`].
    pub data: Vec<u8>,
    /// Zero bytes after the data.
    pub bss_len: u32,
    pub symbols: Vec<Symbol>,
}

/// Why a `.zkbin` file was rejected.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("not a .zkbin file (bad magic)")]
    BadMagic,
    #[error("unsupported .zkbin version {0} (this build reads version {FORMAT_VERSION})")]
    Version(u32),
    #[error("truncated file")]
    Truncated,
    #[error("{0} trailing bytes after the symbol table")]
    Trailing(usize),
    #[error("instruction {pc}: {err}")]
    Instruction { pc: u32, err: DecodeError },
    #[error("instruction {pc}: code address {target} is outside the code (length {len})")]
    Target { pc: u32, target: u64, len: u32 },
    #[error("entry point {0} is outside the code")]
    Entry(u32),
    #[error("empty program")]
    Empty,
    #[error("data and bss ({0} bytes) do not fit below the heap end")]
    DataSize(u64),
    #[error("symbol {0}: {1}")]
    Symbol(usize, &'static str),
}

impl Program {
    /// First address after data and bss, rounded up to a cell: where the heap starts.
    pub fn heap_start(&self) -> u32 {
        let end = DATA_BASE as u64 + self.data.len() as u64 + self.bss_len as u64;
        end.next_multiple_of(CELL_BYTES as u64) as u32
    }

    /// Checks everything the loader checks, for programs built in memory.
    pub fn validate(&self) -> Result<(), FormatError> {
        let len = u32::try_from(self.code.len()).map_err(|_| FormatError::Truncated)?;
        if len == 0 {
            return Err(FormatError::Empty);
        }
        if self.entry >= len {
            return Err(FormatError::Entry(self.entry));
        }
        for (pc, inst) in self.code.iter().enumerate() {
            let pc = pc as u32;
            inst.validate().map_err(|err| FormatError::Instruction { pc, err })?;
            if inst.opcode.form().imm_is_target() && inst.imm >= len as u64 {
                return Err(FormatError::Target { pc, target: inst.imm, len });
            }
        }
        let end = DATA_BASE as u64 + self.data.len() as u64 + self.bss_len as u64;
        if end > HEAP_END as u64 {
            return Err(FormatError::DataSize(end - DATA_BASE as u64));
        }
        for (i, sym) in self.symbols.iter().enumerate() {
            if sym.start > sym.end {
                return Err(FormatError::Symbol(i, "start after end"));
            }
            if sym.kind == SymbolKind::Function && sym.end > len {
                return Err(FormatError::Symbol(i, "function outside the code"));
            }
            if sym.name.len() > u16::MAX as usize {
                return Err(FormatError::Symbol(i, "name too long"));
            }
        }
        Ok(())
    }

    /// Serialises the program.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.execution_bytes();
        out.extend((self.symbols.len() as u32).to_le_bytes());
        for sym in &self.symbols {
            out.push(sym.kind as u8);
            out.extend(sym.start.to_le_bytes());
            out.extend(sym.end.to_le_bytes());
            out.extend((sym.name.len() as u16).to_le_bytes());
            out.extend(sym.name.as_bytes());
        }
        out
    }

    /// The program as a `.zkbin` without symbols: exactly what the program ID hashes,
    /// in the loader's format (so [`Program::from_bytes`] reads it back, strictly). A
    /// proof file carries this, so that a verifier holding only the ID can check it.
    pub fn image_bytes(&self) -> Vec<u8> {
        let mut out = self.execution_bytes();
        out.extend(0u32.to_le_bytes());
        out
    }

    /// Whether `other` has the same image (entry, code, data, bss size): the same
    /// program ID, compared byte for byte rather than by hash. Symbols do not count.
    pub fn same_image(&self, other: &Program) -> bool {
        (self.entry, &self.code, &self.data, self.bss_len) == (other.entry, &other.code, &other.data, other.bss_len)
    }

    /// Everything that affects execution, in file order.
    fn execution_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + self.code.len() * INSTRUCTION_BYTES + self.data.len());
        out.extend(MAGIC);
        out.extend(FORMAT_VERSION.to_le_bytes());
        out.extend(self.entry.to_le_bytes());
        out.extend((self.code.len() as u32).to_le_bytes());
        for inst in &self.code {
            out.extend(inst.encode());
        }
        out.extend((self.data.len() as u32).to_le_bytes());
        out.extend(&self.data);
        out.extend(self.bss_len.to_le_bytes());
        out
    }

    /// Parses and validates a `.zkbin` file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Program, FormatError> {
        // A file shorter than the magic is truncated only if it starts like one.
        if !bytes.starts_with(&MAGIC[..bytes.len().min(MAGIC.len())]) {
            return Err(FormatError::BadMagic);
        }
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(FormatError::BadMagic);
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(FormatError::Version(version));
        }
        let entry = r.u32()?;
        let code_len = r.u32()? as usize;
        let code_bytes = r.take(code_len.checked_mul(INSTRUCTION_BYTES).ok_or(FormatError::Truncated)?)?;
        let code = code_bytes
            .chunks_exact(INSTRUCTION_BYTES)
            .enumerate()
            .map(|(pc, chunk)| {
                Instruction::decode(chunk.try_into().unwrap())
                    .map_err(|err| FormatError::Instruction { pc: pc as u32, err })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let data_len = r.u32()? as usize;
        let data = r.take(data_len)?.to_vec();
        let bss_len = r.u32()?;
        let nsyms = r.u32()? as usize;
        let mut symbols = Vec::with_capacity(nsyms.min(1 << 16));
        for i in 0..nsyms {
            let kind = match r.take(1)?[0] {
                0 => SymbolKind::Function,
                1 => SymbolKind::Object,
                _ => return Err(FormatError::Symbol(i, "unknown kind")),
            };
            let start = r.u32()?;
            let end = r.u32()?;
            let len = u16::from_le_bytes(r.take(2)?.try_into().unwrap()) as usize;
            let name =
                std::str::from_utf8(r.take(len)?).map_err(|_| FormatError::Symbol(i, "name is not UTF-8"))?.to_string();
            symbols.push(Symbol { kind, name, start, end });
        }
        if r.pos != bytes.len() {
            return Err(FormatError::Trailing(bytes.len() - r.pos));
        }
        let program = Program { entry, code, data, bss_len, symbols };
        program.validate()?;
        Ok(program)
    }

    /// The program ID: a BLAKE3 hash of the ISA version and everything that affects
    /// execution (entry, code, data, bss size). Proofs are bound to it.
    pub fn program_id(&self) -> ProgramId {
        let mut hasher = blake3::Hasher::new_derive_key("zkvm program id v1");
        hasher.update(&ISA_VERSION.to_le_bytes());
        hasher.update(&self.execution_bytes());
        ProgramId(*hasher.finalize().as_bytes())
    }

    /// The function symbol containing code address `pc`, if any.
    pub fn function_at(&self, pc: u32) -> Option<&str> {
        self.symbols
            .iter()
            .find(|s| s.kind == SymbolKind::Function && (s.start..s.end).contains(&pc))
            .map(|s| s.name.as_str())
    }

    /// The initial memory image as (cell address, value) pairs, non-zero cells only
    /// (all other memory starts at zero).
    pub fn initial_cells(&self) -> Vec<(u32, u64)> {
        self.data
            .chunks(CELL_BYTES as usize)
            .enumerate()
            .filter_map(|(i, chunk)| {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                let value = u64::from_le_bytes(word);
                (value != 0).then_some((DATA_BASE + i as u32 * CELL_BYTES, value))
            })
            .collect()
    }
}

/// A program ID (32 bytes), shown in hex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProgramId(pub [u8; 32]);

impl ProgramId {
    /// The ID with these bytes (usable in `const` items).
    pub const fn new(bytes: [u8; 32]) -> ProgramId {
        ProgramId(bytes)
    }

    /// Parses the 64 hex digits `zkvm info` prints, in a `const` item, so that a host
    /// can pin an ID in its source: `const GUEST: ProgramId = ProgramId::from_hex("..")`.
    /// Anything else panics, which in a `const` is a compile error; parse IDs read at
    /// run time with `str::parse`, which returns an error instead.
    pub const fn from_hex(hex: &str) -> ProgramId {
        match parse_hex(hex.as_bytes()) {
            Some(bytes) => ProgramId(bytes),
            None => panic!("a program ID is 64 hex digits"),
        }
    }

    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// 64 hex digits (either case) as 32 bytes (a program ID's form; zkvm's seed files too).
pub const fn parse_hex(hex: &[u8]) -> Option<[u8; 32]> {
    const fn digit(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    let mut i = 0;
    while i < 32 {
        match (digit(hex[2 * i]), digit(hex[2 * i + 1])) {
            (Some(hi), Some(lo)) => out[i] = hi << 4 | lo,
            _ => return None,
        }
        i += 1;
    }
    Some(out)
}

impl std::fmt::Display for ProgramId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// Parses the 64 hex digits that `Display` writes (what `zkvm info` prints).
impl std::str::FromStr for ProgramId {
    type Err = String;

    fn from_str(s: &str) -> Result<ProgramId, String> {
        parse_hex(s.as_bytes()).map(ProgramId).ok_or_else(|| format!("a program ID is 64 hex digits, not `{s}`"))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(FormatError::Truncated)?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcode::Opcode;

    fn sample() -> Program {
        Program {
            entry: 0,
            code: vec![
                Instruction { a: 1, imm: 42, ..Instruction::new(Opcode::LoadImm) },
                Instruction { b: 1, ..Instruction::new(Opcode::Halt) },
            ],
            data: vec![1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9],
            bss_len: 100,
            symbols: vec![Symbol { kind: SymbolKind::Function, name: "_start".into(), start: 0, end: 2 }],
        }
    }

    #[test]
    fn program_id_parses_what_it_prints() {
        let id = sample().program_id();
        assert_eq!(id.to_string().parse::<ProgramId>(), Ok(id));
        assert_eq!(id.to_string().to_uppercase().parse::<ProgramId>(), Ok(id));
        for bad in ["", "00", &"g".repeat(64), &"0".repeat(65), &"é".repeat(32), &format!("+{}", &"0".repeat(63))] {
            assert!(bad.parse::<ProgramId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn program_id_from_hex_in_const_context() {
        const ID: ProgramId = ProgramId::from_hex("00ff10Ab000000000000000000000000000000000000000000000000000000e1");
        let mut bytes = [0u8; 32];
        bytes[..4].copy_from_slice(&[0x00, 0xff, 0x10, 0xab]);
        bytes[31] = 0xe1;
        assert_eq!(ID, ProgramId::new(bytes));
        assert_eq!(ID.as_bytes(), &bytes);
        let id = sample().program_id();
        assert_eq!(ProgramId::from_hex(&id.to_string()), id);
        assert!(std::panic::catch_unwind(|| ProgramId::from_hex("12")).is_err());
    }

    /// The image is a valid `.zkbin` without symbols with the program's ID.
    #[test]
    fn image_bytes_load_back_with_the_same_id() {
        let p = sample();
        let image = Program::from_bytes(&p.image_bytes()).unwrap();
        assert!(image.symbols.is_empty());
        assert!(image.same_image(&p) && p.same_image(&image));
        assert_eq!(image.program_id(), p.program_id());
        assert_eq!(image.image_bytes(), p.image_bytes());
        let mut other = p.clone();
        other.bss_len += 1;
        assert!(!other.same_image(&p));
    }

    #[test]
    fn round_trip_and_id() {
        let p = sample();
        let bytes = p.to_bytes();
        let q = Program::from_bytes(&bytes).unwrap();
        assert_eq!(p, q);
        assert_eq!(p.program_id(), q.program_id());
        let mut renamed = p.clone();
        renamed.symbols[0].name = "other".into();
        assert_eq!(renamed.program_id(), p.program_id());
        let mut changed = p.clone();
        changed.data[0] = 7;
        assert_ne!(changed.program_id(), p.program_id());
        assert_eq!(p.initial_cells(), vec![(DATA_BASE, 0x030201), (DATA_BASE + 16, 9)]);
        assert_eq!(p.heap_start(), (DATA_BASE + 17 + 100).next_multiple_of(8));
    }

    /// A short file that is not the start of a program is "not a .zkbin", not a
    /// truncated one; a prefix of the magic is truncated.
    #[test]
    fn short_files_are_told_apart() {
        for short in [&b"hello!"[..], b"", b"\x7fELF"] {
            let expect_magic = !MAGIC.starts_with(short);
            let err = Program::from_bytes(short).unwrap_err();
            assert_eq!(matches!(err, FormatError::BadMagic), expect_magic, "{short:?}: {err}");
        }
        assert!(matches!(Program::from_bytes(&MAGIC[..5]), Err(FormatError::Truncated)));
    }

    #[test]
    fn every_truncation_and_extension_is_rejected() {
        let bytes = sample().to_bytes();
        for len in 0..bytes.len() {
            assert!(Program::from_bytes(&bytes[..len]).is_err(), "prefix {len} accepted");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(Program::from_bytes(&longer), Err(FormatError::Trailing(1))));
    }

    #[test]
    fn bad_targets_are_rejected() {
        let mut p = sample();
        p.code.insert(0, Instruction { imm: 5, ..Instruction::new(Opcode::Jump) });
        assert!(matches!(Program::from_bytes(&p.to_bytes()), Err(FormatError::Target { pc: 0, target: 5, .. })));
    }
}
