//! Tokens of the assembly language.

use logos::Logos;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\r]+")]
#[logos(skip r";[^\n]*")]
pub enum Token {
    #[token("\n")]
    Newline,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[regex(r"\.[a-z]+", |lex| lex.slice()[1..].to_string())]
    Directive(String),
    #[regex(r"s[0-9]+", |lex| lex.slice()[1..].parse::<u32>().ok(), priority = 5)]
    Slot(u32),
    #[regex(r"@[0-9]+", |lex| lex.slice()[1..].parse::<u64>().ok())]
    Address(u64),
    #[regex(r"0x[0-9a-fA-F]+", |lex| u64::from_str_radix(&lex.slice()[2..], 16).ok())]
    #[regex(r"[0-9]+", |lex| lex.slice().parse::<u64>().ok())]
    Int(u64),
    #[regex(r"[A-Za-z_$][A-Za-z0-9_$.]*", |lex| lex.slice().to_string())]
    Ident(String),
    #[regex(r#""([^"\\\n]|\\.)*""#, |lex| unescape(&lex.slice()[1..lex.slice().len() - 1]))]
    Str(String),
}

fn unescape(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            'n' => out.push('\n'),
            'u' => {
                let hex: String = chars.by_ref().take(6).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Quotes a name so that [`Token::Str`] reads it back.
pub fn quote(name: &str) -> String {
    let mut out = String::from("\"");
    for c in name.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:06x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
