//! The assembler: text to [`Program`].

use indexmap::IndexMap;
use logos::Logos;

use super::lexer::Token;
use crate::instruction::Instruction;
use crate::opcode::{Form, Opcode};
use crate::zkbin::{Program, Symbol, SymbolKind};

/// An assembly error with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct AsmError {
    pub line: usize,
    pub message: String,
}

/// A code-address operand, resolved after all labels are known.
enum Target {
    Address(u64),
    Label(String),
}

struct Line<'t> {
    tokens: &'t [Token],
    pos: usize,
}

impl Line<'_> {
    fn next(&mut self) -> Option<&Token> {
        let t = self.tokens.get(self.pos);
        self.pos += 1;
        t
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn expect(&mut self, want: Token, what: &str) -> Result<(), String> {
        match self.next() {
            Some(t) if *t == want => Ok(()),
            other => Err(format!("expected {what}, found {}", describe(other))),
        }
    }

    fn slot(&mut self) -> Result<u32, String> {
        match self.next() {
            Some(Token::Slot(s)) => Ok(*s),
            other => Err(format!("expected a slot, found {}", describe(other))),
        }
    }

    /// A possibly negative integer, as two's complement.
    fn int(&mut self) -> Result<u64, String> {
        match self.next() {
            Some(Token::Int(v)) => Ok(*v),
            Some(Token::Minus) => match self.next() {
                Some(Token::Int(v)) => Ok(v.wrapping_neg()),
                other => Err(format!("expected an integer, found {}", describe(other))),
            },
            other => Err(format!("expected an integer, found {}", describe(other))),
        }
    }

    fn name(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Token::Ident(s) | Token::Str(s)) => Ok(s.clone()),
            other => Err(format!("expected a name, found {}", describe(other))),
        }
    }

    fn target(&mut self) -> Result<Target, String> {
        match self.next() {
            Some(Token::Address(a)) => Ok(Target::Address(*a)),
            Some(Token::Ident(l)) => Ok(Target::Label(l.clone())),
            other => Err(format!("expected a code address or label, found {}", describe(other))),
        }
    }

    /// `[sB]`, `[sB + imm]` or `[sB - imm]`.
    fn address(&mut self) -> Result<(u32, u64), String> {
        self.expect(Token::LBracket, "`[`")?;
        let base = self.slot()?;
        let offset = match self.next() {
            Some(Token::RBracket) => return Ok((base, 0)),
            Some(Token::Plus) => self.int()?,
            Some(Token::Minus) => self.int()?.wrapping_neg(),
            other => {
                return Err(format!("expected `+`, `-` or `]`, found {}", describe(other)));
            }
        };
        self.expect(Token::RBracket, "`]`")?;
        Ok((base, offset))
    }

    fn comma(&mut self) -> Result<(), String> {
        self.expect(Token::Comma, "`,`")
    }

    fn end(&mut self) -> Result<(), String> {
        match self.next() {
            None => Ok(()),
            other => Err(format!("unexpected {} at end of line", describe(other))),
        }
    }
}

fn describe(t: Option<&Token>) -> String {
    match t {
        None => "end of line".into(),
        Some(t) => format!("{t:?}"),
    }
}

fn parse_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// Parses one instruction's operands (after the mnemonic).
fn instruction(op: Opcode, line: &mut Line) -> Result<(Instruction, Option<Target>), String> {
    let mut inst = Instruction::new(op);
    let mut target = None;
    match op.form() {
        Form::Alu => {
            inst.a = line.slot()?;
            line.comma()?;
            inst.b = line.slot()?;
            line.comma()?;
            if let Some(Token::Slot(_)) = line.peek() {
                inst.c = line.slot()?;
            } else {
                inst.c_is_imm = true;
                inst.imm = line.int()?;
            }
        }
        Form::LoadImm | Form::FpAddr => {
            inst.a = line.slot()?;
            line.comma()?;
            inst.imm = line.int()?;
        }
        Form::Load => {
            inst.a = line.slot()?;
            line.comma()?;
            (inst.b, inst.imm) = line.address()?;
        }
        Form::Store => {
            (inst.b, inst.imm) = line.address()?;
            line.comma()?;
            inst.c = line.slot()?;
        }
        Form::Jump => target = Some(line.target()?),
        Form::BranchNonZero => {
            inst.b = line.slot()?;
            line.comma()?;
            target = Some(line.target()?);
        }
        Form::Call => {
            target = Some(line.target()?);
            line.comma()?;
            inst.a = line.int()? as u32;
        }
        Form::CallIndirect => {
            inst.b = line.slot()?;
            line.comma()?;
            inst.a = line.int()? as u32;
        }
        Form::Return => {}
        Form::Read | Form::CycleCount => inst.a = line.slot()?,
        Form::Write => {
            inst.imm = line.int()?;
            line.comma()?;
            inst.b = line.slot()?;
        }
        Form::Commit | Form::Halt => inst.b = line.slot()?,
        Form::Trap => inst.imm = line.int()?,
    }
    line.end()?;
    inst.validate().map_err(|e| e.to_string())?;
    Ok((inst, target))
}

/// Assembles program text. See the module documentation for the syntax.
pub fn assemble(text: &str) -> Result<Program, AsmError> {
    let mut program = Program::default();
    let mut labels: IndexMap<String, u32> = IndexMap::new();
    let mut fixups: Vec<(usize, usize, Target)> = Vec::new();
    let mut entry: Option<(usize, Target)> = None;
    let mut open_func: Option<usize> = None;

    for (index, source) in text.lines().enumerate() {
        let line_no = index + 1;
        let err = |message: String| AsmError { line: line_no, message };
        let tokens = Token::lexer(source).collect::<Result<Vec<_>, _>>().map_err(|_| err("invalid token".into()))?;
        let mut line = Line { tokens: &tokens, pos: 0 };
        let pc = program.code.len() as u32;
        let close = |program: &mut Program, open: &mut Option<usize>| {
            if let Some(i) = open.take() {
                program.symbols[i].end = pc;
            }
        };
        match line.next().cloned() {
            None | Some(Token::Newline) => continue,
            Some(Token::Directive(d)) => {
                (|| -> Result<(), String> {
                    match d.as_str() {
                        "entry" => entry = Some((line_no, line.target()?)),
                        "data" => match line.next() {
                            Some(Token::Str(hex)) => {
                                program.data.extend(parse_hex(hex).ok_or("`.data` takes a hex string")?)
                            }
                            other => {
                                return Err(format!("expected a hex string, found {}", describe(other)));
                            }
                        },
                        "bss" => program.bss_len = u32::try_from(line.int()?).map_err(|_| "bss too large")?,
                        "object" => {
                            let name = line.name()?;
                            let start = u32::try_from(line.int()?).map_err(|_| "address too large")?;
                            let end = u32::try_from(line.int()?).map_err(|_| "address too large")?;
                            program.symbols.push(Symbol { kind: SymbolKind::Object, name, start, end });
                        }
                        "func" => {
                            close(&mut program, &mut open_func);
                            let name = line.name()?;
                            labels.entry(name.clone()).or_insert(pc);
                            open_func = Some(program.symbols.len());
                            program.symbols.push(Symbol { kind: SymbolKind::Function, name, start: pc, end: pc });
                        }
                        "endfunc" => close(&mut program, &mut open_func),
                        other => return Err(format!("unknown directive `.{other}`")),
                    }
                    line.end()
                })()
                .map_err(err)?;
            }
            Some(Token::Ident(word)) => {
                if line.peek() == Some(&Token::Colon) {
                    line.next();
                    if labels.insert(word.clone(), pc).is_some() {
                        return Err(err(format!("label `{word}` defined twice")));
                    }
                    line.end().map_err(err)?;
                    continue;
                }
                let op = Opcode::from_mnemonic(&word).ok_or_else(|| err(format!("unknown mnemonic `{word}`")))?;
                let (inst, target) = instruction(op, &mut line).map_err(err)?;
                if let Some(t) = target {
                    fixups.push((line_no, program.code.len(), t));
                }
                program.code.push(inst);
            }
            Some(t) => return Err(err(format!("unexpected {t:?} at start of line"))),
        }
    }
    let pc = program.code.len() as u32;
    if let Some(i) = open_func {
        program.symbols[i].end = pc;
    }
    let resolve = |line: usize, t: &Target| match t {
        Target::Address(a) => Ok(*a),
        Target::Label(l) => labels
            .get(l)
            .map(|&pc| pc as u64)
            .ok_or_else(|| AsmError { line, message: format!("undefined label `{l}`") }),
    };
    for (line, index, target) in &fixups {
        program.code[*index].imm = resolve(*line, target)?;
    }
    if let Some((line, target)) = &entry {
        program.entry = u32::try_from(resolve(*line, target)?)
            .map_err(|_| AsmError { line: *line, message: "entry out of range".into() })?;
    }
    program.validate().map_err(|e| AsmError { line: 0, message: e.to_string() })?;
    Ok(program)
}
