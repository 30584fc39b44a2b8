//! The LogUp buses, each named by the tag that opens every tuple on it (see
//! [`crate::lookups::den`]): distinct tags keep the buses' multisets apart even where they
//! share a challenge.

/// Memory of one trace: (address, low limb, high limb, timestamp).
pub const TAG_MEM: u64 = 1;
/// The program ROM: (pc, opcode, a, b, c, imm0, imm1, c_is_imm).
pub const TAG_ROM: u64 = 2;
/// The journal: (index, byte).
pub const TAG_JOURNAL: u64 = 3;
/// The exit code: (code).
pub const TAG_EXIT: u64 = 4;
/// 16-bit range table: (value).
pub const TAG_RANGE: u64 = 5;
/// Byte-AND table: (x, y, x & y).
pub const TAG_AND: u64 = 6;
/// Memory across the segments of a run: (address, low limb, high limb, tag of the
/// segment that left the value; 0 = the initial memory).
pub const TAG_HANDOFF: u64 = 7;
/// 8-bit range table of the handoff proofs: (value).
pub const TAG_BYTE: u64 = 8;
