//! Guest: parses a JSON account document from the private input with `serde-json-core`
//! (no_std, no allocation) and commits its `id` and `balance` fields (postcard: the host
//! decodes them as `(u32, u64)`); the rest of the document stays private. A document that
//! does not parse is an error (exit code 1).
//!
//! ```sh
//! zkcc build examples/rust/json
//! echo '{"id": 7, "owner": "ada", "balance": 1200, "tags": ["a"]}' > account.json
//! zkvm run examples/rust/json/target/zkvm/json.zkbin --input account.json
//! ```
#![no_std]

use serde::Deserialize;
use zkvm_guest::{commit, entry, println, read_vec};

#[derive(Deserialize)]
struct Account<'a> {
    id: u32,
    owner: &'a str,
    balance: u64,
}

entry!(main);

fn main() -> Result<(), serde_json_core::de::Error> {
    let document = read_vec();
    let (account, _) = serde_json_core::from_slice::<Account<'_>>(&document)?;
    println!("account {} of {}: balance {}", account.id, account.owner, account.balance);
    commit(&(account.id, account.balance));
    Ok(())
}
