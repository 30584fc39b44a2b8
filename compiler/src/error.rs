//! Compilation errors. Every error is reported as one line (`zkcc: error: ...`) and exit
//! status 2 by the command line; the library never panics on bad input.

use std::fmt;

/// Why compilation stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Bad usage or an unreadable input file.
    Input(String),
    /// The IR could not be parsed or is malformed.
    Malformed(String),
    /// A construct zkcc cannot compile (yet).
    Unsupported { what: String, function: String, block: String, inst: String },
    /// Linking failed (duplicate or undefined symbols, no entry point, ...).
    Link(String),
    /// A program limit was exceeded (frame too large, too many variadic arguments, ...).
    Limit(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(m) | Error::Malformed(m) | Error::Link(m) | Error::Limit(m) => {
                write!(f, "{}", one_line(m))
            }
            Error::Unsupported { what, function, block, inst } => write!(
                f,
                "unsupported {} in function {}, block `{}`: {}",
                one_line(what),
                function_label(function),
                block,
                one_line(inst)
            ),
        }
    }
}

impl std::error::Error for Error {}

/// A function's name for messages, quoted: a Rust symbol demangled (without its hash),
/// then the symbol as the IR spells it; any other name as it is.
pub fn function_label(symbol: &str) -> String {
    let demangled = format!("{:#}", rustc_demangle::demangle(symbol));
    if demangled == symbol { format!("`{symbol}`") } else { format!("`{demangled}` (`{symbol}`)") }
}

/// Collapses a (possibly multi-line) message to one line.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('\n').map(str::trim).filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(part);
    }
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
