//! Interpolates the byte table's three periodic columns (2^16 entries each) into their
//! polynomial coefficients, which `tables::byte_table_polys` embeds: Winterfell's
//! verifier would otherwise run three inverse FFTs of 2^16 points on every proof.

#[path = "src/tables/byte_table.rs"]
mod byte_table;

use winter_math::{fft, fields::f64::BaseElement as Felt};

fn main() {
    println!("cargo::rerun-if-changed=src/tables/byte_table.rs");
    let inv_twiddles = fft::get_inv_twiddles::<Felt>(byte_table::TABLE_LEN);
    let mut out = Vec::with_capacity(3 * byte_table::TABLE_LEN * 8);
    for k in 0..3 {
        let mut column: Vec<Felt> =
            (0..byte_table::TABLE_LEN).map(|i| Felt::new(byte_table::byte_entry(i)[k])).collect();
        fft::interpolate_poly(&mut column, &inv_twiddles);
        out.extend(column.iter().flat_map(|c| c.as_int().to_le_bytes()));
    }
    let dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("byte_table_polys.bin"), out).expect("cannot write OUT_DIR");
}
