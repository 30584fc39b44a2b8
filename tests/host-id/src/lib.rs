//! A host that knows its guest only by the program ID its build script computed: it
//! ships the `.zkbin` to provers, but verifies receipts with the constant alone.

include!(concat!(env!("OUT_DIR"), "/guest_id.rs"));

/// The guest, for proving (a verifier does not need it).
pub const GUEST_ZKBIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guest.zkbin"));
