//! The `.zkbin` loader on arbitrary bytes: never panics, and whatever loads is valid
//! and re-encodes to exactly the bytes it was read from.

#![no_main]

use isa_spec::Program;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(program) = Program::from_bytes(data) {
        assert!(program.validate().is_ok());
        assert_eq!(program.to_bytes(), data, "a loaded program re-encodes differently");
    }
});
