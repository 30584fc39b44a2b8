//! Builds the guest (here: assembles it; a real host points at the `.zkbin` that
//! `zkcc build` wrote) and pins its program ID as the constant `GUEST_ID`.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=guest.s");
    let source = std::fs::read_to_string("guest.s").expect("guest.s");
    let program = isa_spec::asm::assemble(&source).unwrap_or_else(|e| panic!("guest.s:{e}"));
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let zkbin = Path::new(&out_dir).join("guest.zkbin");
    std::fs::write(&zkbin, program.to_bytes()).expect("write guest.zkbin");
    zkvm_build::write_program_id("GUEST_ID", &zkbin).unwrap_or_else(|e| panic!("{e}"));
}
