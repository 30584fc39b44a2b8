//! The wire format shared with the guest crate: input frames and journal values, byte
//! for byte (the guest side is tested against the same bytes in zkcc's guest tests).

use serde::{Deserialize, Serialize};
use zkvm_sdk::{Error, Input, Journal};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Job {
    id: u64,
    name: String,
    values: Vec<i32>,
    scale: Option<i16>,
}

#[test]
fn input_frames_are_length_prefixed_postcard() {
    let mut input = Input::new();
    input.write(&Job { id: 300, name: "ab".into(), values: vec![1, -2, 3], scale: Some(10) }).unwrap();
    input.write_slice(&[0x7f]).write(&7u8).unwrap();
    let job = [0xac, 0x02, 0x02, b'a', b'b', 0x03, 2, 3, 6, 0x01, 20];
    let expected = [&(job.len() as u32).to_le_bytes()[..], &job, &[0x7f], &[1, 0, 0, 0, 7]].concat();
    assert_eq!(input.as_bytes(), expected);
}

#[test]
fn journal_decodes_committed_values_in_order() {
    let job = Job { id: 1, name: "x".into(), values: vec![-1], scale: None };
    let mut bytes = postcard::to_allocvec(&job).unwrap();
    bytes.extend(postcard::to_allocvec(&u64::MAX).unwrap());
    let journal = Journal { bytes };

    let mut reader = journal.reader();
    assert_eq!(reader.read::<Job>().unwrap(), job);
    assert_eq!(reader.read::<u64>().unwrap(), u64::MAX);
    assert_eq!(reader.remaining(), 0);
    assert!(matches!(reader.read::<u8>(), Err(Error::Decode(_))));

    // `decode` wants exactly one value.
    assert!(matches!(journal.decode::<Job>(), Err(Error::TrailingJournal(10))));
    let single = Journal { bytes: postcard::to_allocvec(&job).unwrap() };
    assert_eq!(single.decode::<Job>().unwrap(), job);
    let err = Journal { bytes: vec![0x80] }.decode::<u32>().unwrap_err();
    assert!(err.to_string().starts_with("cannot decode the journal"), "{err}");
}
