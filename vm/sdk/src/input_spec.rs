//! Input values written as text, `TYPE:VALUE` (what `zkvm input` takes): a host without
//! Rust code, a shell script or a test, builds the same input stream as [`Input::write`].

use std::path::Path;

use crate::{Error, Input};

/// The value kinds [`Input::write_spec`] knows, for error messages and `--help`.
pub const SPEC_KINDS: &str = "bool u8 u16 u32 u64 u128 i8 i16 i32 i64 i128 f32 f64 char str bytes hex (typed frames); \
     raw rawhex u16le u32le u64le i16le i32le i64le f32le f64le (unframed bytes)";

impl Input {
    /// Appends the value that `spec` describes:
    ///
    /// - `TYPE:VALUE` is one typed frame, exactly what [`write`](Input::write) appends
    ///   for that Rust type (the guest reads it with `read::<TYPE>()`): `bool`, `u8` to
    ///   `u128`, `i8` to `i128` (decimal, or `0x`/`0o`/`0b` with an optional `-`), `f32`,
    ///   `f64`, `char`, `str` (a `String`), `bytes` (a `Vec<u8>`), `hex` (a `Vec<u8>`
    ///   written in hex digits);
    /// - `raw:DATA` and `rawhex:HEX` are bytes without a frame (for C's `zk_read` and
    ///   Rust's `read_slice`);
    /// - `u32le:N` and the other `le` kinds are the integer or float in little endian at
    ///   its full width, unframed: what `zk_read(&x, sizeof x)` fills a C variable with.
    ///
    /// For `str`, `bytes` and `raw`, a VALUE of `@PATH` is the contents of that file, and
    /// `@@...` stands for text that starts with `@`.
    pub fn write_spec(&mut self, spec: &str) -> Result<&mut Input, Error> {
        let bad = |why: String| Error::InputSpec(format!("`{spec}`: {why}"));
        let (kind, value) =
            spec.split_once(':').ok_or_else(|| bad(format!("expected TYPE:VALUE, with TYPE one of {SPEC_KINDS}")))?;
        macro_rules! int {
            ($t:ty) => {{
                let v = parse_int::<$t>(value).map_err(|e| bad(e))?;
                self.write(&v)
            }};
        }
        macro_rules! le {
            ($t:ty) => {{
                let v = parse_int::<$t>(value).map_err(|e| bad(e))?;
                Ok(self.write_slice(&v.to_le_bytes()))
            }};
        }
        let f32 = || value.parse::<f32>().map_err(|_| bad("not a number of type f32".into()));
        let f64 = || value.parse::<f64>().map_err(|_| bad("not a number of type f64".into()));
        match kind {
            "bool" => match value {
                "true" => self.write(&true),
                "false" => self.write(&false),
                _ => Err(bad("expected `true` or `false`".into())),
            },
            "u8" => int!(u8),
            "u16" => int!(u16),
            "u32" => int!(u32),
            "u64" => int!(u64),
            "u128" => int!(u128),
            "i8" => int!(i8),
            "i16" => int!(i16),
            "i32" => int!(i32),
            "i64" => int!(i64),
            "i128" => int!(i128),
            "f32" => self.write(&f32()?),
            "f64" => self.write(&f64()?),
            "char" => {
                let mut chars = value.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => self.write(&c),
                    _ => Err(bad("expected exactly one character".into())),
                }
            }
            "str" => {
                let bytes = data(value).map_err(bad)?;
                let text =
                    String::from_utf8(bytes).map_err(|_| bad("not UTF-8 (use bytes: for binary data)".into()))?;
                self.write(&text)
            }
            "bytes" => self.write(&data(value).map_err(bad)?),
            "hex" => self.write(&hex(value).map_err(bad)?),
            "raw" => Ok(self.write_slice(&data(value).map_err(bad)?)),
            "rawhex" => Ok(self.write_slice(&hex(value).map_err(bad)?)),
            "u8le" => le!(u8),
            "u16le" => le!(u16),
            "u32le" => le!(u32),
            "u64le" => le!(u64),
            "i8le" => le!(i8),
            "i16le" => le!(i16),
            "i32le" => le!(i32),
            "i64le" => le!(i64),
            "f32le" => Ok(self.write_slice(&f32()?.to_le_bytes())),
            "f64le" => Ok(self.write_slice(&f64()?.to_le_bytes())),
            _ => Err(bad(format!("unknown type `{kind}`; expected one of {SPEC_KINDS}"))),
        }
    }
}

/// An integer as people write it: decimal, or `0x`/`0o`/`0b` digits, `-` first for a
/// negative one, `_` between digits.
fn parse_int<T: TryFrom<i128> + TryFrom<u128>>(text: &str) -> Result<T, String> {
    let type_name = std::any::type_name::<T>();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (radix, digits) = match digits.get(..2) {
        Some("0x" | "0X") => (16, &digits[2..]),
        Some("0o" | "0O") => (8, &digits[2..]),
        Some("0b" | "0B") => (2, &digits[2..]),
        _ => (10, digits),
    };
    let digits = digits.replace('_', "");
    if digits.is_empty() || digits.starts_with('+') {
        return Err(format!("not an integer of type {type_name}"));
    }
    let magnitude = u128::from_str_radix(&digits, radix).map_err(|_| format!("not an integer of type {type_name}"))?;
    let out_of_range = || format!("out of range for {type_name}");
    if negative {
        let v = 0i128.checked_sub_unsigned(magnitude).ok_or_else(out_of_range)?;
        T::try_from(v).map_err(|_| out_of_range())
    } else {
        T::try_from(magnitude).map_err(|_| out_of_range())
    }
}

/// Bytes given as text: `@PATH` is a file's contents, `@@...` the text `@...`.
fn data(value: &str) -> Result<Vec<u8>, String> {
    match value.strip_prefix('@') {
        Some(rest) if rest.starts_with('@') => Ok(rest.as_bytes().to_vec()),
        Some(path) => std::fs::read(Path::new(path)).map_err(|e| format!("cannot read {path}: {e}")),
        None => Ok(value.as_bytes().to_vec()),
    }
}

/// Hex digits, two per byte (`_` and spaces between bytes allowed).
fn hex(value: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = value.bytes().filter(|b| *b != b'_' && *b != b' ').collect();
    if !digits.len().is_multiple_of(2) {
        return Err("an odd number of hex digits".into());
    }
    let nibble = |c: u8| (c as char).to_digit(16).ok_or_else(|| format!("`{}` is not a hex digit", c as char));
    digits.chunks(2).map(|pair| Ok((nibble(pair[0])? * 16 + nibble(pair[1])?) as u8)).collect()
}

#[cfg(test)]
mod tests {
    use crate::Input;

    fn spec(specs: &[&str]) -> Vec<u8> {
        let mut input = Input::new();
        for s in specs {
            input.write_spec(s).unwrap();
        }
        input.as_bytes().to_vec()
    }

    #[test]
    fn typed_specs_are_the_frames_of_write() {
        let mut expected = Input::new();
        expected.write(&10u32).unwrap().write(&-3i64).unwrap().write("hé").unwrap();
        expected.write(&vec![0u8, 255]).unwrap().write(&true).unwrap().write(&'z').unwrap();
        expected.write(&1.5f64).unwrap().write(&u128::MAX).unwrap().write(&255u8).unwrap();
        let got = spec(&[
            "u32:10",
            "i64:-3",
            "str:hé",
            "hex:00ff",
            "bool:true",
            "char:z",
            "f64:1.5",
            "u128:0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff",
            "u8:0b11111111",
        ]);
        assert_eq!(got, expected.as_bytes());
        assert_eq!(spec(&["bytes:ab"]), spec(&["hex:6162"]));
    }

    #[test]
    fn unframed_specs_are_raw_bytes() {
        assert_eq!(
            spec(&["raw:ab", "rawhex:00 ff", "u32le:10", "i16le:-2", "raw:@@x"]),
            b"ab\0\xff\x0a\0\0\0\xfe\xff@x"
        );
        assert_eq!(spec(&["f64le:1.5"]), 1.5f64.to_le_bytes());
    }

    #[test]
    fn bad_specs_are_one_line_errors() {
        for (s, why) in [
            ("u8:256", "out of range for u8"),
            ("i8:-129", "out of range for i8"),
            ("u32:-1", "out of range for u32"),
            ("u32:ten", "not an integer of type u32"),
            ("u32:", "not an integer"),
            ("hex:0", "odd number"),
            ("hex:zz", "not a hex digit"),
            ("bool:yes", "`true` or `false`"),
            ("char:ab", "exactly one character"),
            ("u33:1", "unknown type `u33`"),
            ("10", "expected TYPE:VALUE"),
            ("bytes:@/nonexistent/file", "cannot read /nonexistent/file"),
        ] {
            let e = Input::new().write_spec(s).map(|_| ()).unwrap_err().to_string();
            assert!(e.contains(why) && e.contains(&format!("`{s}`")), "{s}: {e}");
            assert!(!e.contains('\n'), "{s}: {e}");
        }
    }
}
